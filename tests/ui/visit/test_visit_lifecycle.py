"""Creating a visit, arriving, concluding, and coming back to it after a restart."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import Qt

from inspector_app.text import moment
from inspector_app.workspace import Workspace
from tests.ui.visit.conftest import answer_next_dialog
from ui.main_window import MainWindow
from ui.visit.header import TimeDialog, clock_text, elapsed_text
from ui.visit.workspace import VisitWorkspace
from ui.visit_dialog import NewVisitDialog


def test_a_new_visit_with_a_unit_added_on_the_spot(qtbot, big):
    ws, ids = big
    dialog = NewVisitDialog(ws, "vi")
    qtbot.addWidget(dialog)
    unit_id = dialog.add_unit("Ủy ban nhân dân xã Hùng Sơn")
    assert ws.units.get(unit_id)["added_locally"] is True
    assert ws.units.get(unit_id)["kind"] == "commune"
    assert dialog.unit.currentText().endswith("(added on this laptop)")
    dialog.plan.setCurrentIndex(dialog.plan.findData(ids["plan"]))
    assert dialog.team.currentData() == ids["team"]
    dialog.set_checked(ids["template"])
    dialog.create()
    visit = ws.visits.get(dialog.visit_id)
    assert (visit["unit_id"], visit["plan_id"], visit["team_id"], visit["kind"], visit["status"]) == (
        unit_id, ids["plan"], ids["team"], "surprise", "draft")
    assert ws.visits.template_ids(dialog.visit_id) == [ids["template"]]


def test_a_visit_without_a_checklist_is_refused_with_a_message(qtbot, big, vi_translator):
    ws, _ids = big
    dialog = NewVisitDialog(ws, "vi")
    qtbot.addWidget(dialog)
    dialog.create()
    assert dialog.visit_id is None
    assert dialog.ops.last_message.text() == "Chưa chọn phiếu kiểm tra. Hãy đánh dấu ít nhất một phiếu trong danh sách."


def test_arrive_correct_the_time_and_conclude_with_a_reason(qtbot, tmp_path):
    ws = Workspace.create(tmp_path / "ws", "field", builtin_checklists=False)
    from tests.helpers.factories import setup_visit
    ids = setup_visit(ws, start=False)
    window = MainWindow(ws, "vi", _settings(tmp_path))
    qtbot.addWidget(window)
    page = window.open_visit(ids["visit"])
    header = page.header
    assert header.start_button.isVisibleTo(page) and not header.conclude_button.isVisibleTo(page)
    assert header.start()
    assert ws.visits.get(ids["visit"])["arrived_at"]
    assert header.conclude_button.isVisibleTo(page)
    fix = TimeDialog("", "2026-11-20T08:05:00+07:00", "lý do")
    fix.reason.setText("Đồng hồ máy tính chạy sai")
    fix.accept()
    assert header.correct_arrival(fix)
    assert "Đồng hồ máy tính chạy sai" in ws.visits.get(ids["visit"])["arrival_note"]
    missing = header.missing_labels()
    assert missing and missing[0].startswith("A1")
    leave = TimeDialog("", "2026-11-20T10:35:00+07:00", "lý do", missing)
    leave.accept()
    answer_next_dialog(lambda box: box.accept())        # the refusal's message box
    assert not header.conclude(leave)                    # no reason: refused
    leave.reason.setText("Đơn vị đề nghị dừng kiểm tra vì có cuộc họp đột xuất")
    assert header.conclude(leave)
    visit = ws.visits.get(ids["visit"])
    assert visit["status"] == "concluded"
    assert dt.datetime.fromisoformat(visit["left_at"]) == dt.datetime.fromisoformat("2026-11-20T10:35:00+07:00")
    assert header.reopen_button.isVisibleTo(page)
    ws.close()


def test_the_clock_shows_time_since_arrival():
    start = "2026-11-20T08:00:00+07:00"
    now = dt.datetime.fromisoformat("2026-11-20T09:23:45+07:00")
    assert elapsed_text(start, now) == "01:23:45"
    assert elapsed_text(None, now) == ""


def test_the_clock_of_a_visit_arrived_days_ago_shows_the_arrival_not_hundreds_of_hours(qtbot, tmp_path):
    """Issue 12: the demo visit read "Tại đơn vị 208:45:34"."""
    arrived = "2026-11-20T08:17:00+07:00"
    ten_days_later = dt.datetime.fromisoformat("2026-11-30T09:00:00+07:00")
    text = clock_text(arrived, None, ten_days_later)
    assert "20/11/2026 08:17" in text and "248:" not in text and ":43:00" not in text
    assert clock_text(arrived, None, dt.datetime.fromisoformat("2026-11-20T09:23:45+07:00")).endswith(" 01:06:45")
    # Concluded two days later: the time on site counts days, not hours.
    assert clock_text(arrived, "2026-11-22T10:20:05+07:00").endswith(" 02:03:05")
    assert "50:03:05" not in clock_text(arrived, "2026-11-22T10:20:05+07:00")
    assert clock_text(None, None) == ""

    ws = Workspace.create(tmp_path / "ws", "field", builtin_checklists=False)
    from tests.helpers.factories import setup_visit
    ids = setup_visit(ws)                                          # arrived 20/11/2026, long before today
    page = VisitWorkspace(ws, ids["visit"], "vi")
    qtbot.addWidget(page)
    arrived_at = ws.visits.get(ids["visit"])["arrived_at"]
    assert arrived_at[:10] != dt.date.today().isoformat()
    assert moment(arrived_at) in page.header.clock.text()
    assert moment(arrived_at) in page.header.status.text()        # dd/MM/yyyy HH:mm, as everywhere
    assert not re.search(r"\d{3,}:\d\d:\d\d", page.header.clock.text())
    page.shutdown()
    ws.close()


def _settings(tmp_path):
    from PySide6.QtCore import QSettings
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_restart_comes_back_to_the_visit_as_it_was(qtbot, tmp_path):
    path = tmp_path / "ws"
    ws = Workspace.create(path, "field", builtin_checklists=False)
    from tests.helpers.factories import setup_visit
    ids = setup_visit(ws)
    window = MainWindow(ws, "vi", _settings(tmp_path))
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    page = window.open_visit(ids["visit"])
    qtbot.keyClick(page.checklist.view, Qt.Key.Key_2)
    qtbot.keyClick(page.checklist.view, Qt.Key.Key_1)
    roll = next(p for p in page.records if p.section["code"] == "DD")
    roll.add_record()
    window.close()
    ws.close()                                          # as after a crash: nothing saved on exit

    again = Workspace.open(path)
    window = MainWindow(again, "vi", _settings(tmp_path))
    qtbot.addWidget(window)
    assert window.pages.currentIndex() == MainWindow.VISIT
    restored = window.visit_workspace
    assert restored.visit_id == ids["visit"]
    model = restored.checklist.model
    assert model.value_of(ids["items"]["A1"]) == "khong_dat"
    assert model.index_of_item(ids["items"]["A-why"]).isValid()        # the follow-up it opened
    assert model.value_of(ids["items"]["A-why"]) is None
    roll = next(p for p in restored.records if p.section["code"] == "DD")
    assert roll.model.rowCount() == 1
    again.close()
