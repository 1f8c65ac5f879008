"""A visit with an amendment not signed yet says so, in the header and the list (issue 12);
a corrected arrival keeps no seconds."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QTime

from inspector_app import demo
from inspector_app.workspace import Workspace
from ui.models import VisitsModel
from ui.visit.header import TimeDialog
from ui.visit.workspace import VisitWorkspace


def test_a_pending_amendment_is_not_shown_as_concluded(qtbot, tmp_path):
    ws = Workspace.create(tmp_path / "ws", "field")
    try:
        visit_id = demo.fill(ws)["visits"][0]
        ws.minutes.update_draft(visit_id, number="05/BB-ĐKT", unit_opinion="Đơn vị thống nhất.")
        ws.minutes.sign(visit_id, ws.minutes.render(visit_id, tmp_path / "signed.pdf").pdf)
        page = VisitWorkspace(ws, visit_id, "vi")
        qtbot.addWidget(page)
        model = VisitsModel(ws, "vi")
        model.refresh()
        row = next(r for r in range(model.rowCount()) if model.row_id(r) == visit_id)
        assert model.index(row, VisitsModel.STATUS).data() == "Đã ký biên bản"

        page.ops.run(lambda: ws.minutes.start_amendment(visit_id, "Bổ sung ý kiến", "06/BB-ĐKT"))
        assert ws.visits.get(visit_id)["status"] == "concluded"
        assert "Amendment not signed yet" in page.header.status.text()
        assert "Đã kết thúc" not in page.header.status.text()
        model.refresh()
        assert model.index(row, VisitsModel.STATUS).data() == "Amendment not signed yet"
    finally:
        ws.close()


def test_a_corrected_arrival_time_has_no_seconds(qtbot, ws, visit):
    page = VisitWorkspace(ws, visit["visit"], "vi")
    qtbot.addWidget(page)
    dialog = TimeDialog("Sửa giờ đến", "2026-11-20T07:30:24+07:00", "Lý do", parent=page)
    shown = dialog.when.dateTime()
    dialog.when.setDateTime(QDateTime(shown.date(), QTime(shown.time().hour(), 35, 24)))
    dialog.reason.setText("Đồng hồ máy chạy nhanh")
    dialog.setResult(TimeDialog.DialogCode.Accepted)
    assert page.header.correct_arrival(dialog)
    arrived = ws.visits.get(visit["visit"])["arrived_at"]
    assert arrived[14:19] == "35:00", arrived
    assert page.header.status.text().count(":") == 1           # "đến lúc 07:35 20/11/2026"-like, no seconds


def test_a_new_visit_takes_a_title_and_a_service_centre_added_on_the_spot_is_one(qtbot, ws, visit):
    from ui.visit_dialog import NewVisitDialog

    dialog = NewVisitDialog(ws, "vi")
    qtbot.addWidget(dialog)
    centre = dialog.add_unit("Trung tâm Phục vụ hành chính công phường Ba Đình")
    assert ws.units.get(centre)["kind"] == "service_centre"
    ward = dialog.add_unit("Ủy ban nhân dân phường Kim Mã")
    assert ws.units.get(ward)["kind"] == "commune"
    dialog.set_checked(visit["template"])
    dialog.title.setText("Kiểm tra lại buổi chiều")
    dialog.create()
    assert ws.visits.get(dialog.visit_id)["title"] == "Kiểm tra lại buổi chiều"


def test_a_new_visit_without_a_checklist_says_to_choose_one(qtbot, ws, visit):
    from ui.visit_dialog import NewVisitDialog

    dialog = NewVisitDialog(ws, "vi")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.create()
    assert dialog.visit_id is None and dialog.isVisible()
    text = dialog.ops.last_message.text()
    assert "No checklist chosen" in text and "Chưa nhập" not in text


def test_a_change_refused_after_signing_offers_the_amendment_in_one_step(qtbot, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QInputDialog

    from tests.ui.visit.conftest import answer_next_dialog

    ws = Workspace.create(tmp_path / "ws", "field")
    try:
        visit_id = demo.fill(ws)["visits"][0]
        ws.minutes.update_draft(visit_id, number="05/BB-ĐKT", unit_opinion="Đơn vị thống nhất.")
        ws.minutes.sign(visit_id, ws.minutes.render(visit_id, tmp_path / "signed.pdf").pdf)
        page = VisitWorkspace(ws, visit_id, "vi")
        qtbot.addWidget(page)
        page.show()
        assert page.header.amend_button.isVisible()
        view = page.checklist.view
        view.setFocus()
        item = page.checklist.current_item()
        before = page.checklist.model.value_of(item["id"])
        qtbot.keyClick(view, Qt.Key.Key_0)                       # refused: the minutes are signed
        box = page.ops.last_message
        assert "biên bản bổ sung" in box.text() and page.checklist.model.value_of(item["id"]) == before

        def reason(dialog: QInputDialog):
            dialog.setTextValue("Bổ sung kết quả đã thống nhất lại")
            dialog.accept()
        answer_next_dialog(reason)
        page.amend_offer.click()                                 # the way out, from the message itself
        assert ws.visits.get(visit_id)["status"] == "concluded"
        assert ws.minutes.current(visit_id)["amendment_reason"] == "Bổ sung kết quả đã thống nhất lại"
        assert not page.header.amend_button.isVisible()
        view.setFocus()
        qtbot.keyClick(view, Qt.Key.Key_0)                       # now the change is taken
        assert page.checklist.model.value_of(item["id"]) is None
    finally:
        ws.close()
