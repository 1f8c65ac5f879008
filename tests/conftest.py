"""Shared fixtures. Qt runs offscreen: CI has no display."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from inspector_app.workspace import Workspace
from tests.helpers.factories import setup_visit
from tests.helpers.images import make_photo


@pytest.fixture(scope="session", autouse=True)
def compiled_translations_elsewhere(tmp_path_factory):
    """Compiled `.qm` catalogues go to a folder of the test run, never into resources/."""
    folder = tmp_path_factory.mktemp("qm")
    saved = os.environ.get("INSPECTOR_QM_DIR")
    os.environ["INSPECTOR_QM_DIR"] = str(folder)
    yield folder
    if saved is None:
        os.environ.pop("INSPECTOR_QM_DIR", None)
    else:
        os.environ["INSPECTOR_QM_DIR"] = saved


@pytest.fixture
def ws(tmp_path):
    """An empty field workspace (no built-in checklists), closed afterwards."""
    workspace = Workspace.create(tmp_path / "ws", "field", builtin_checklists=False)
    yield workspace
    workspace.close()


@pytest.fixture
def visit(ws):
    """A started surprise visit with a small checklist; a dict of ids."""
    return setup_visit(ws)


@pytest.fixture(scope="session")
def builtin_template(tmp_path_factory):
    """A workspace made with the built-in checklists (shared, read-only)."""
    workspace = Workspace.create(tmp_path_factory.mktemp("builtin") / "ws", "field")
    yield workspace
    workspace.close()


@pytest.fixture
def photos(tmp_path):
    """Three photos in a folder: upright, turned (orientation 6), upside down (3)."""
    folder = tmp_path / "camera"
    folder.mkdir()
    return [make_photo(folder / "IMG_0001.jpg", "2026:11:20 08:40:00"),
            make_photo(folder / "IMG_0002.jpg", "2026:11:20 08:41:00", orientation=6, colour=(60, 160, 90)),
            make_photo(folder / "IMG_0003.jpg", "2026:11:20 08:42:00", orientation=3, colour=(190, 90, 60))]
