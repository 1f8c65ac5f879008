"""A surprise visit run from the first screen to the minutes with the keyboard alone (issue 12):
new visit, arrival, answers, roll call, case files, a finding, conclusion, the minutes, saved
as PDF and printed.

Every key goes to the widget that has the focus (`QApplication.focusWidget()`), as on a
keyboard; nothing is clicked and no method of a widget is called to act, so a step
that only the mouse can take fails here."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication, QFileDialog

from inspector_app.workspace import Workspace
from tests.helpers.factories import setup_visit
from tests.helpers.keyboard import (
    CTRL,
    SHIFT,
    in_next_dialog,
    keyboard_window,
    pdf_pages,
    pdf_text,
    press,
    type_over,
    type_text,
)
from ui.main_window import MainWindow
from ui.visit.findings import FindingDialog
from ui.visit.header import TimeDialog
from ui.visit.participants import ParticipantDialog
from ui.visit_dialog import NewVisitDialog


# The file dialog's completer pops up as a path is typed: a popup raises itself and grabs the
# keyboard, which the offscreen platform (no window manager) says it cannot do.
@pytest.mark.qt_log_ignore(r"This plugin does not support (raise|grabbing the keyboard)")
def test_a_surprise_visit_from_new_visit_to_the_minutes_without_the_mouse(qtbot, tmp_path):
    ws = Workspace.create(tmp_path / "ws", "field", builtin_checklists=False)
    ids = setup_visit(ws, start=False)                   # units, a plan and its team, a checklist
    ws.plans.add_member(ids["team"], "Nguyễn Văn An", "head", position="Phó Chánh Văn phòng")
    window, said = keyboard_window(qtbot, ws, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    before = {v["id"] for v in ws.visits.list()}

    # 1. Ctrl+N: a new visit. Tab to the unit, Down to the ward, Tab on to the checklists,
    #    Space ticks the first, Enter creates it.
    def new_visit(dialog: NewVisitDialog):
        for _ in range(2):   # the plan, its team
            press(qtbot, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is dialog.unit
        while dialog.unit.currentData() != ids["unit"]:
            press(qtbot, Qt.Key.Key_Down)
        for _ in range(5):   # "Add a unit…", kind, date, title, the checklists
            press(qtbot, Qt.Key.Key_Tab)
        press(qtbot, Qt.Key.Key_Space)
        press(qtbot, Qt.Key.Key_Return)
    seen = in_next_dialog(NewVisitDialog, new_visit)
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert len(seen) == 1 and not said
    (visit,) = {v["id"] for v in ws.visits.list()} - before
    page = window.visit_workspace
    assert page is not None and page.visit_id == visit and window.pages.currentIndex() == MainWindow.VISIT

    # 2. Ctrl+Shift+D: arrived.
    press(qtbot, Qt.Key.Key_D, CTRL | SHIFT)
    assert ws.visits.get(visit)["status"] == "in_progress"

    # 3. The answers with the number keys: A1 and A3 compliant, A2 not, A4 not applicable.
    assert QApplication.focusWidget() is page.checklist.view
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_1, Qt.Key.Key_3):
        press(qtbot, key)
    items = ids["items"]
    held = ws.answers.of_visit(visit)
    assert [held[(items[c], None)]["value"] for c in ("A1", "A2", "A3", "A4")] == \
        ["dat", "khong_dat", "dat", "khong_ap_dung"]

    # 4. Ctrl+Tab to the roll call: Ctrl+N a row, the name typed, Tab, 1 (present), Tab, 1 (badge).
    press(qtbot, Qt.Key.Key_Tab, CTRL)
    roll = next(p for p in page.records if p.section["code"] == "DD")
    assert page.tabs.currentWidget() is roll and QApplication.focusWidget() is roll.view
    press(qtbot, Qt.Key.Key_N, CTRL)
    type_text("Đỗ Văn Hùng")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: roll.view.state() == roll.view.State.NoState)
    for key in (Qt.Key.Key_Tab, Qt.Key.Key_1, Qt.Key.Key_Tab, Qt.Key.Key_1):
        press(qtbot, key)
    record = roll.model.record_id(0)
    held = ws.answers.of_visit(visit)
    assert [held[(items[c], record)]["value"] for c in ("DD1", "DD2", "DD3")] == ["Đỗ Văn Hùng", "co_mat", True]

    # 5. Ctrl+Tab to the case files: a file's number, its due date and its return date, typed.
    press(qtbot, Qt.Key.Key_Tab, CTRL)
    files = next(p for p in page.records if p.section["code"] == "HS")
    assert page.tabs.currentWidget() is files and QApplication.focusWidget() is files.view
    press(qtbot, Qt.Key.Key_N, CTRL)
    type_text("HS-2026-001")
    press(qtbot, Qt.Key.Key_Tab)                          # stored; the date's editor opens
    type_text("10/11/2026")
    press(qtbot, Qt.Key.Key_Tab)
    type_text("12/11/2026")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: files.view.state() == files.view.State.NoState)
    file_id = files.model.record_id(0)
    held = ws.answers.of_visit(visit)
    assert [held[(items[c], file_id)]["value"] for c in ("HS1", "HS2", "HS3", "HS4")] == \
        ["HS-2026-001", "2026-11-10", "2026-11-12", True]     # late: derived

    # 6. Ctrl+Tab to the participants: Shift+Tab to "Add the team's members", Space; Shift+Tab to
    #    "Add participant… (Ctrl+N)", Space, the unit's representative typed, Enter.
    press(qtbot, Qt.Key.Key_Tab, CTRL)
    people = page.participants
    assert page.tabs.currentWidget() is people and QApplication.focusWidget() is people.view

    def back_to_button(text: str) -> None:
        for _ in range(8):
            press(qtbot, Qt.Key.Key_Tab, SHIFT)
            if getattr(QApplication.focusWidget(), "text", lambda: "")() == text:
                return
        raise AssertionError(f"no button {text!r} on the way back")
    back_to_button("Add the team's members")
    press(qtbot, Qt.Key.Key_Space)
    back_to_button("Add participant… (Ctrl+N)")

    def participant(dialog: ParticipantDialog):
        press(qtbot, Qt.Key.Key_Tab)                       # the side is the unit's; on to the name
        type_text("Trần Thị Mai")
        press(qtbot, Qt.Key.Key_Return)
    seen = in_next_dialog(ParticipantDialog, participant)
    press(qtbot, Qt.Key.Key_Space)
    assert len(seen) == 1 and not said
    people_now = {(p["side"], p["name"]): p["role"] for p in ws.visits.participants(visit)}
    assert people_now[("team", "Nguyễn Văn An")] == "head" and ("unit", "Trần Thị Mai") in people_now

    # 7. Ctrl+1 back to the checklist, Up to A2, Ctrl+Shift+F: a finding from it, a word added, Ctrl+Enter.
    press(qtbot, Qt.Key.Key_1, CTRL)
    assert page.tabs.currentIndex() == 0 and QApplication.focusWidget() is page.checklist.view
    while page.checklist.current_item()["code"] != "A2":
        press(qtbot, Qt.Key.Key_Up)

    def finding(dialog: FindingDialog):
        while QApplication.focusWidget() is not dialog.text:
            press(qtbot, Qt.Key.Key_Tab)
        press(qtbot, Qt.Key.Key_End, CTRL)
        type_text(" — chưa niêm yết")
        press(qtbot, Qt.Key.Key_Return, CTRL)
    seen = in_next_dialog(FindingDialog, finding)
    press(qtbot, Qt.Key.Key_F, CTRL | SHIFT)
    assert len(seen) == 1 and not said
    (found,) = ws.findings.of_visit(visit)
    assert found["text"].startswith("A2") and found["text"].endswith("chưa niêm yết")

    # 8. Ctrl+Shift+E: conclude. The optional items left, a reason typed where the focus is, Enter.
    def conclude(dialog: TimeDialog):
        type_text("Đã kiểm tra đủ các nội dung chính")
        press(qtbot, Qt.Key.Key_Return)
    seen = in_next_dialog(TimeDialog, conclude)
    press(qtbot, Qt.Key.Key_E, CTRL | SHIFT)
    assert len(seen) == 1 and not said
    assert ws.visits.get(visit)["status"] == "concluded"

    # 9. Ctrl+Shift+M: the minutes of the visit, rendered on the Minutes page.
    press(qtbot, Qt.Key.Key_M, CTRL | SHIFT)
    assert window.pages.currentIndex() == MainWindow.MINUTES
    minutes = window.minutes_page
    assert minutes.visit_id == visit
    qtbot.waitUntil(lambda: minutes.pdf is not None or bool(said), timeout=30_000)
    assert not said and minutes.pdf.startswith(b"%PDF")
    assert minutes.isAncestorOf(QApplication.focusWidget()), QApplication.focusWidget()   # Tab goes on in the page

    # 10. Ctrl+S: "Save as PDF"; the file's name typed over the proposed one, Enter.
    saved = tmp_path / "Biên bản kiểm tra.pdf"

    def save(dialog: QFileDialog):
        assert QApplication.focusWidget().objectName() == "fileNameEdit"
        type_over(qtbot, str(saved))
        press(qtbot, Qt.Key.Key_Return)
    seen = in_next_dialog(QFileDialog, save)
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert len(seen) == 1 and not said
    text = pdf_text(saved)
    assert "BIÊN BẢN" in text and "Ủy ban nhân dân phường Ba Đình" in text and "chưa niêm yết" in text

    # 11. Ctrl+P: the print dialog. No printer here, so "Print to File (PDF)" is the printer:
    #     Tab to the file's name, typed, Enter prints.
    printed = tmp_path / "in.pdf"

    def print_it(dialog: QPrintDialog):
        while getattr(QApplication.focusWidget(), "objectName", lambda: "")() != "filename":
            press(qtbot, Qt.Key.Key_Tab)
        assert QApplication.focusWidget().text() == str(minutes.default_pdf_path())   # not the home folder
        type_over(qtbot, str(printed))
        press(qtbot, Qt.Key.Key_Return)
    seen = in_next_dialog(QPrintDialog, print_it)
    press(qtbot, Qt.Key.Key_P, CTRL)
    assert len(seen) == 1 and not said
    assert printed.read_bytes().startswith(b"%PDF") and pdf_pages(printed) == minutes.preview.page_count()

    listed = dict(window.shortcuts())                       # Help → Phím tắt, read from the actions
    assert {"Ctrl+Shift+D", "Ctrl+Shift+E", "Ctrl+Shift+M", "Ctrl+S", "Ctrl+P"} <= set(listed)
    page.shutdown()
    window.close()
    ws.close()
