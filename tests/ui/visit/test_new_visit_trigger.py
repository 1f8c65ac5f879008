"""A new surprise visit asks why it is made (issue 11, point 6): the reason typed in the
new-visit dialog is the visit's trigger, which the minutes state in their opening."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from ui.visit_dialog import NewVisitDialog

REASON = "Theo phản ánh của công dân qua Đường dây nóng ngày 15/11/2026 về việc chậm tiếp nhận hồ sơ"


def _type(qtbot, edit, text: str) -> None:
    """Typed key by key (QTest's keyClicks aborts on Vietnamese letters: they are sent
    as key events carrying their text, as an input method does)."""
    edit.setFocus()
    for char in text:
        if char.isascii():
            qtbot.keyClick(edit, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(edit, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def _dialog(qtbot, ws, ids) -> NewVisitDialog:
    dialog = NewVisitDialog(ws, "vi")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.plan.setCurrentIndex(dialog.plan.findData(ids["plan"]))
    dialog.set_checked(ids["template"])
    return dialog


def test_a_surprise_visit_records_the_reason_typed_when_it_is_set_up(qtbot, big, vi_translator):
    ws, ids = big
    dialog = _dialog(qtbot, ws, ids)
    assert dialog.kind.currentData() == "surprise" and dialog.trigger.isVisible()
    label = dialog.layout().labelForField(dialog.trigger)
    assert label.text() == "Lý do kiểm tra đột xuất"
    _type(qtbot, dialog.trigger, "  " + REASON + ". ")
    dialog.create()
    assert dialog.visit_id and ws.visits.trigger(dialog.visit_id) == REASON     # stored with the visit
    ws.visits.start(dialog.visit_id, "2026-11-20T08:05:00+07:00")
    assert ws.visits.trigger(dialog.visit_id) == REASON                          # arriving keeps it


def test_a_planned_visit_is_not_asked_and_records_no_reason(qtbot, big):
    ws, ids = big
    dialog = _dialog(qtbot, ws, ids)
    _type(qtbot, dialog.trigger, REASON)
    dialog.kind.setCurrentIndex(dialog.kind.findData("planned"))
    assert not dialog.trigger.isVisible()
    dialog.create()
    assert ws.visits.get(dialog.visit_id)["kind"] == "planned" and ws.visits.trigger(dialog.visit_id) == ""
