""""Add the team's members" never does nothing silently (issue 12)."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from tests.helpers.factories import setup_visit
from ui.visit.workspace import VisitWorkspace


def _button(page) -> QPushButton:
    return next(b for b in page.participants.findChildren(QPushButton) if b.text() == "Add the team's members")


def _page(qtbot, ws, visit_id) -> VisitWorkspace:
    page = VisitWorkspace(ws, visit_id, "vi")
    qtbot.addWidget(page)
    page.show()
    page.show_tab(page.tabs.indexOf(page.participants))
    return page


def test_a_visit_without_a_team_says_what_to_do(qtbot, ws):
    ids = setup_visit(ws)
    alone, _ = ws.visits.create(ids["unit"], "surprise", "2026-11-21", [ids["template"]])
    ws.visits.start(alone, "2026-11-21T08:00:00+07:00")
    page = _page(qtbot, ws, alone)
    _button(page).click()
    box = page.ops.last_message
    assert box is not None and box.isVisible()
    assert "chưa gắn với đoàn kiểm tra nào" in box.text() and "thêm từng người" in box.text()
    assert ws.visits.participants(alone) == []


def test_a_team_without_members_or_all_listed_says_so(qtbot, ws):
    ids = setup_visit(ws)
    page = _page(qtbot, ws, ids["visit"])
    _button(page).click()
    box = page.ops.last_message
    assert box is not None and box.isVisible()
    assert "Đoàn kiểm tra số 1 has no members yet" in box.text()
    box.close()
    ws.plans.add_member(ids["team"], "Nguyễn Thị Thu Hà", "head")
    _button(page).click()
    assert page.participants.model.rowCount() == 1
    _button(page).click()                                   # again: nobody new
    assert "Every member of Đoàn kiểm tra số 1 is already in the list." in page.ops.last_message.text()


def test_delete_removes_a_participant_and_ctrl_delete_a_record_row(qtbot, ws):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    ids = setup_visit(ws)
    ws.visits.add_participant(ids["visit"], "unit", "Lê Thị Hạnh", "Phó Chủ tịch")
    page = _page(qtbot, ws, ids["visit"])
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    view = page.participants.view
    view.setCurrentIndex(page.participants.model.index(0, 0))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert ws.visits.participants(ids["visit"]) == []

    roll = page.records[0]
    page.show_tab(page.tabs.indexOf(roll))
    roll.add_record()
    roll.add_record()
    roll.view.setCurrentIndex(roll.model.index(0, 1))
    qtbot.keyClick(roll.view, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert len(ws.answers.records(ids["visit"], ids["sections"]["DD"])) == 1


def test_a_visit_without_a_team_gets_one_in_its_details_then_adds_its_members(qtbot, ws):
    from ui.visit.header import DetailsDialog

    ids = setup_visit(ws)
    ws.plans.add_member(ids["team"], "Nguyễn Thị Thu Hà", "head")
    alone, _ = ws.visits.create(ids["unit"], "surprise", "2026-11-21", [ids["template"]], plan_id=ids["plan"])
    ws.visits.start(alone, "2026-11-21T08:00:00+07:00")
    page = _page(qtbot, ws, alone)
    assert page.header.details_button.isVisible()
    dialog = DetailsDialog(ws, ws.visits.get(alone), page)
    dialog.team.setCurrentIndex(dialog.team.findData(ids["team"]))
    dialog.title.setText("Kiểm tra đột xuất lần 2 tại phường Ba Đình")
    dialog.setResult(DetailsDialog.DialogCode.Accepted)
    assert page.header.edit_details(dialog)
    assert page.header.title.text() == "Kiểm tra đột xuất lần 2 tại phường Ba Đình"
    _button(page).click()
    assert [p["name"] for p in ws.visits.participants(alone)] == ["Nguyễn Thị Thu Hà"]
