"""A visit whose checklist has 40 plain items, a roll call and a case-file sample."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from inspector_app.workspace import Workspace
from tests.helpers.factories import setup_visit


@pytest.fixture
def big(tmp_path):
    workspace = Workspace.create(tmp_path / "ws40", "field", builtin_checklists=False)
    ids = setup_visit(workspace, items=40)
    yield workspace, ids
    workspace.close()


def answer_next_dialog(action, delay: int = 0) -> None:
    """Run `action(dialog)` on the next modal dialog, once it is shown."""
    def run():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, run)
            return
        action(dialog)
    QTimer.singleShot(delay, run)
