"""Findings and requests can be edited and deleted from the keyboard until the minutes are
signed (issue 12, point 2), through the core's edit and delete operations."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from tests.ui.visit.conftest import answer_next_dialog
from ui.visit.findings import FindingDialog
from ui.visit.workspace import VisitWorkspace


def _page(qtbot, ws, visit_id) -> VisitWorkspace:
    page = VisitWorkspace(ws, visit_id, "vi")
    qtbot.addWidget(page)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    page.show_tab(page.tabs.indexOf(page.findings))
    return page


def test_enter_edits_a_finding_and_a_request_and_delete_removes_them_undoably(qtbot, ws, visit):
    finding, request, _ = ws.findings.add_with_request(
        visit["visit"], "Chưa niêm yết thủ tục", item_id=visit["items"]["A1"],
        request={"text": "Niêm yết đủ thủ tục", "responsible": "Chủ tịch UBND phường", "deadline": "2026-12-20"})
    page = _page(qtbot, ws, visit["visit"])
    panel = page.findings

    view = panel.findings_view
    view.setFocus()
    view.setCurrentIndex(panel.findings.index(0, 1))

    def edit_finding(dialog: FindingDialog):
        assert dialog.text.toPlainText() == "Chưa niêm yết thủ tục" and not dialog.deadline.isVisible()
        dialog.text.setPlainText("Chưa niêm yết 3 thủ tục hành chính")
        dialog.accept()
    answer_next_dialog(edit_finding)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert ws.findings.get(finding)["text"] == "Chưa niêm yết 3 thủ tục hành chính"
    assert panel.findings.index(0, 1).data() == "Chưa niêm yết 3 thủ tục hành chính"

    requests = panel.requests_view
    requests.setFocus()
    requests.setCurrentIndex(panel.requests.index(0, 0))
    seen = {}

    def edit_request(dialog: FindingDialog):
        assert dialog.request_text.text() == "Niêm yết đủ thủ tục" and not dialog.text.isVisible()
        dialog.request_text.setText("Niêm yết đủ 3 thủ tục")
        dialog.deadline.setDate(QDate(2026, 11, 1))             # before the visit: refused
        dialog.accept()
        seen["refused"] = dialog.isVisible() and page.ops.last_message.text()
        page.ops.last_message.close()
        dialog.deadline.setDate(QDate(2026, 12, 31))
        dialog.accept()
    answer_next_dialog(edit_request)
    qtbot.keyClick(requests, Qt.Key.Key_Return)
    assert "01/11/2026" in seen["refused"]                        # said, and what was typed kept
    stored = ws.findings.request(request)
    assert (stored["text"], stored["deadline"]) == ("Niêm yết đủ 3 thủ tục", "2026-12-31")

    page.activateWindow()            # back in the window once the dialogs are gone, as a person is
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    requests.setFocus()
    qtbot.keyClick(requests, Qt.Key.Key_Delete)
    assert ws.findings.requests(visit["visit"]) == [] and panel.requests.rowCount() == 0
    qtbot.keyClick(requests, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)   # undo brings it back
    assert [r["id"] for r in ws.findings.requests(visit["visit"])] == [request]

    view.setFocus()
    view.setCurrentIndex(panel.findings.index(0, 1))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Delete)   # the finding, with its request
    assert ws.findings.of_visit(visit["visit"]) == [] and ws.findings.requests(visit["visit"]) == []
