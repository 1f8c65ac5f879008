"""A surprise visit run from the first screen to the minutes with the keyboard alone (issue 12):
new visit, arrival, answers, roll call, case files, a finding, conclusion, the minutes, saved
as PDF and printed.

Every key goes to the widget that has the focus (`QApplication.focusWidget()`), as on a
keyboard; nothing is clicked and no method of a widget is called to act, so a step
that only the mouse can take fails here."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from inspector_app.workspace import Workspace
from tests.helpers.factories import setup_visit
from ui.main_window import MainWindow
from ui.media import EvidencePanel, FakeDevices, SimulatedPlayer, SimulatedRecorder
from ui.visit.findings import FindingDialog
from ui.visit.header import TimeDialog
from ui.visit.participants import ParticipantDialog
from ui.visit_dialog import NewVisitDialog

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def press(qtbot, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """One key to the focused widget."""
    back_to_the_window(qtbot)
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)


def back_to_the_window(qtbot) -> None:
    """A closed dialog gives the keyboard back to the window (or the dialog) under it: the window manager does it;
    the offscreen platform has none, so it is done here, nothing else (the focus inside the
    window is the window's own)."""
    if QApplication.activeWindow() is None and QApplication.activeModalWidget() is None:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2_000)
    elif QApplication.focusWidget() is None and QApplication.activeModalWidget() is not None:
        QApplication.activeModalWidget().activateWindow()   # a dialog over a dialog closed: back to that one
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2_000)


def type_text(text: str) -> None:
    """Text typed key by key into the focused widget (Vietnamese letters as an input method sends them)."""
    for char in text:
        assert QApplication.focusWidget() is not None
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(QApplication.focusWidget(), QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                                         char))


def type_over(qtbot, text: str) -> None:
    """Ctrl+A, then `text` typed: what is in the focused field is replaced."""
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(text)


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def pdf_pages(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def in_next_dialog(kind, steps) -> list:
    """Run `steps(dialog)` once a modal dialog of `kind` has the focus; [dialog] once done, with
    "left open" after it when the keys did not close it."""
    seen: list = []

    def run():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind) or QApplication.focusWidget() is None \
                or not dialog.isAncestorOf(QApplication.focusWidget()):
            QTimer.singleShot(20, run)
            return
        seen.append(dialog)
        try:
            steps(dialog)
        finally:   # a failed step too: the dialog is closed so the test goes on to say it
            QTimer.singleShot(1_000, dialog, lambda: stuck(dialog))   # not called once the dialog is gone

    def stuck(dialog):   # the keys did not close it: said to the test, closed so the test goes on
        if dialog.isVisible():
            seen.append("left open")
            dialog.reject()
    QTimer.singleShot(0, run)
    return seen


class _Boxes(QObject):
    """Sees every message box as it is shown (a Show event, in the call that opens it), so a
    refusal is in `said` by the time the test asserts, not one timer tick later; then closes it."""

    def __init__(self, owner, said: list[str]) -> None:
        super().__init__(owner)   # goes with the window at the end of the test
        self.said = said
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QMessageBox):
            self.said.append(watched.text())
            QTimer.singleShot(0, watched, watched.reject)
        return False


def message_boxes(owner) -> list[str]:
    """Every message box shown while `owner` lives, closed at once (a refusal the run did not
    expect would otherwise wait for a click forever); their texts, for the test."""
    said: list[str] = []
    _Boxes(owner, said)
    return said


# The file dialog's completer pops up as a path is typed: a popup raises itself and grabs the
# keyboard, which the offscreen platform (no window manager) says it cannot do.
@pytest.mark.qt_log_ignore(r"This plugin does not support (raise|grabbing the keyboard)")
def test_a_surprise_visit_from_new_visit_to_the_minutes_without_the_mouse(qtbot, tmp_path):
    ws = Workspace.create(tmp_path / "ws", "field", builtin_checklists=False)
    ids = setup_visit(ws, start=False)                   # units, a plan and its team, a checklist
    ws.plans.add_member(ids["team"], "Nguyễn Văn An", "head", position="Phó Chánh Văn phòng")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)

    def evidence(ws_, visit_id, lang, parent, ops):
        return EvidencePanel(ws_, visit_id, lang, parent, settings=settings, ops=ops,
                             devices=FakeDevices(camera=False, microphone=False),
                             recorder=SimulatedRecorder(), player=SimulatedPlayer())

    window = MainWindow(ws, "vi", settings, evidence_factory=evidence)
    qtbot.addWidget(window)
    said = message_boxes(window)
    window.resize(1366, 728)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
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
