"""Shared fixtures. Qt runs offscreen: CI has no display."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from inspector_app.workspace import Workspace
from tests.helpers.factories import setup_visit


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
