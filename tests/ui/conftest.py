"""UI fixtures: a populated workspace, private settings, the Vietnamese translator."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QSettings

from inspector_app.workspace import Workspace
from tests.helpers.factories import setup_visit
from ui import i18n


@pytest.fixture
def _populated(tmp_path):
    workspace = Workspace.create(tmp_path / "ws", "field", builtin_checklists=False)
    ids = setup_visit(workspace)
    yield workspace, ids
    workspace.close()


@pytest.fixture
def ws(_populated):
    """A field workspace holding one checklist and one started visit at phường Ba Đình."""
    return _populated[0]


@pytest.fixture
def visit(_populated):
    """The ids `setup_visit` returned for `ws` (visit, template, unit, items...)."""
    return _populated[1]


@pytest.fixture
def settings(tmp_path):
    """QSettings in a temporary ini file, so tests never touch the user's."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def vi_translator(qapp):
    """The Vietnamese translator installed on the app for one test."""
    i18n.compile_translations()
    translators = i18n.install_translator(qapp, "vi")
    yield translators
    i18n.remove_translators(qapp, translators)
