"""A workspace for the Library: legal bases, one published checklist not yet used, no visits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from inspector_app.workspace import Workspace
from tests.helpers.factories import LEGAL, small_checklist


@pytest.fixture
def lib(tmp_path):
    """A field workspace with the small checklist published and two units; `lib.template` is its id."""
    workspace = Workspace.create(tmp_path / "lib", "field", builtin_checklists=False)
    workspace.checklists.import_legal(LEGAL)
    workspace.template, _ = workspace.checklists.import_data(small_checklist())
    workspace.province, _ = workspace.units.create("Ủy ban nhân dân thành phố Hà Nội", "province", code="01")
    workspace.ward, _ = workspace.units.create("Ủy ban nhân dân phường Ba Đình", "commune",
                                               parent_id=workspace.province, code="00004")
    yield workspace
    workspace.close()


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_into(qtbot, edit, text: str) -> None:
    """Replace the text of a line edit or plain-text edit by typing it key by key.

    QTest's keyClicks asserts on non-ASCII characters, so Vietnamese letters
    are sent as key events carrying their text, as an input method does.
    """
    edit.clear()
    for char in text:
        if char.isascii():
            qtbot.keyClick(edit, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(edit, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
