"""The first start with the keyboard alone (issue 12): the first-run wizard filled with keys
(the computer's name, the inspector's name, position and agency), then the main window on the
workspace it made: a new visit to a unit added on the spot with a built-in checklist, arrival,
an answer, the head of the team and the unit's representative, conclusion, the minutes rendered and saved as PDF.

Every key goes to the widget that has the focus, as in tests/ui/visit/test_keyboard_visit.py
(tests/helpers/keyboard.py): a step that only the mouse can take fails here."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QListView

from inspector_app.workspace import Workspace
from tests.helpers.keyboard import (
    CTRL,
    SHIFT,
    in_next_dialog,
    keyboard_window,
    pdf_text,
    press,
    type_over,
    type_text,
)
from ui.visit.header import TimeDialog
from ui.visit.participants import ParticipantDialog
from ui.visit_dialog import NewVisitDialog
from ui.wizard import FirstRunWizard

UNIT = "Ủy ban nhân dân phường Hoàn Kiếm"


def run_the_wizard(qtbot, folder) -> FirstRunWizard:
    """The wizard on a new folder, answered with keys; returns it, finished."""
    wizard = FirstRunWizard(default_path=folder, lang="vi")
    qtbot.addWidget(wizard)
    with qtbot.waitActive(wizard):
        wizard.show()
        wizard.activateWindow()
    page = wizard.workspace_page
    # Page 1: the folder proposed is kept; Tab on to the computer's name, typed over; Enter.
    assert QApplication.focusWidget() is page.folder_edit
    while QApplication.focusWidget() is not page.device_edit:
        press(qtbot, Qt.Key.Key_Tab)
    type_over(qtbot, "Laptop đoàn 1")
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentId() == FirstRunWizard.INSPECTOR_PAGE
    # Page 2: name, Tab, position, Tab, agency, Enter (creates the workspace).
    person = wizard.inspector_page
    assert QApplication.focusWidget() is person.name_edit
    type_text("Phạm Thị Lan Anh")
    press(qtbot, Qt.Key.Key_Tab)
    type_text("Chuyên viên")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is person.agency_edit
    type_text("Sở Nội vụ thành phố Hà Nội")
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentId() == FirstRunWizard.DONE_PAGE, person.error_label.text()
    # Page 3: Enter finishes.
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.result() == FirstRunWizard.DialogCode.Accepted and not wizard.isVisible()
    return wizard


@pytest.mark.qt_log_ignore(r"This plugin does not support (raise|grabbing the keyboard)")   # see there
def test_the_first_start_to_saved_minutes_without_the_mouse(qtbot, tmp_path):
    wizard = run_the_wizard(qtbot, tmp_path / "Inspector")
    ws = Workspace.open(wizard.workspace_path)
    current = ws.people.current()
    assert (ws.device_name, current["name"], current["position"], current["agency"]) == \
        ("Laptop đoàn 1", "Phạm Thị Lan Anh", "Chuyên viên", "Sở Nội vụ thành phố Hà Nội")

    window, said = keyboard_window(qtbot, ws, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))

    # 1. Ctrl+N: a new visit. No unit yet: Tab to "Add a unit…", Space, its name typed, Enter;
    #    Tab on to the checklists, Down to the built-in one for surprise visits at a one-stop
    #    shop, Space ticks it, Enter creates the visit.
    def add_unit(dialog: QInputDialog):
        type_text(UNIT)
        press(qtbot, Qt.Key.Key_Return)

    def new_visit(dialog: NewVisitDialog):
        assert dialog.unit.count() == 0
        while getattr(QApplication.focusWidget(), "text", lambda: "")() != "Add a unit…":
            press(qtbot, Qt.Key.Key_Tab)
        asked = in_next_dialog(QInputDialog, add_unit)
        press(qtbot, Qt.Key.Key_Space)
        assert len(asked) == 1 and dialog.unit.currentText().startswith(UNIT)
        while not isinstance(QApplication.focusWidget(), QListView):
            press(qtbot, Qt.Key.Key_Tab)
        while "Một cửa" not in QApplication.focusWidget().currentIndex().data():   # the surprise visit's list
            press(qtbot, Qt.Key.Key_Down)
        press(qtbot, Qt.Key.Key_Space)
        press(qtbot, Qt.Key.Key_Return)
    seen = in_next_dialog(NewVisitDialog, new_visit)
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert len(seen) == 1 and not said
    (visit,) = ws.visits.list()
    assert visit["unit_name"] == UNIT
    page = window.visit_workspace
    assert page is not None and page.visit_id == visit["id"]

    # 2. Ctrl+Shift+D: arrived; 1 answers the first item "compliant".
    press(qtbot, Qt.Key.Key_D, CTRL | SHIFT)
    assert QApplication.focusWidget() is page.checklist.view
    press(qtbot, Qt.Key.Key_1)
    assert [a["value"] for a in ws.answers.of_visit(visit["id"]).values()] == ["dat"]

    # 3. Ctrl+Tab to the participants. Ctrl+N: the inspector, on the team's side, head of the
    #    team; Ctrl+N again: the unit's representative (its side is proposed).
    while page.tabs.currentWidget() is not page.participants:
        press(qtbot, Qt.Key.Key_Tab, CTRL)
    assert QApplication.focusWidget() is page.participants.view

    def head(dialog: ParticipantDialog):
        while dialog.side.currentData() != "team":
            press(qtbot, Qt.Key.Key_Up)
        press(qtbot, Qt.Key.Key_Tab)
        type_text("Phạm Thị Lan Anh")
        while QApplication.focusWidget() is not dialog.role:
            press(qtbot, Qt.Key.Key_Tab)
        while dialog.role.currentData() != "head":
            press(qtbot, Qt.Key.Key_Down)
        press(qtbot, Qt.Key.Key_Return)

    def representative(dialog: ParticipantDialog):
        press(qtbot, Qt.Key.Key_Tab)
        type_text("Trần Thị Mai")
        press(qtbot, Qt.Key.Key_Return)
    for steps in (head, representative):
        seen = in_next_dialog(ParticipantDialog, steps)
        press(qtbot, Qt.Key.Key_N, CTRL)
        assert len(seen) == 1 and not said
    people = {(p["side"], p["name"]): p["role"] for p in ws.visits.participants(visit["id"])}
    assert people[("team", "Phạm Thị Lan Anh")] == "head" and ("unit", "Trần Thị Mai") in people

    # 4. Ctrl+Shift+E: conclude, a reason typed for what is left, Enter.
    def conclude(dialog: TimeDialog):
        assert QApplication.focusWidget() is dialog.reason   # not the list of what is left
        type_text("Kiểm tra đột xuất một nội dung")
        press(qtbot, Qt.Key.Key_Return)
    seen = in_next_dialog(TimeDialog, conclude)
    press(qtbot, Qt.Key.Key_E, CTRL | SHIFT)
    assert len(seen) == 1 and not said
    assert ws.visits.get(visit["id"])["status"] == "concluded"

    # 5. Ctrl+Shift+M: the minutes; Ctrl+S saves them, the name typed, Enter.
    press(qtbot, Qt.Key.Key_M, CTRL | SHIFT)
    minutes = window.minutes_page
    qtbot.waitUntil(lambda: minutes.pdf is not None or bool(said) or bool(minutes.message_label.text()
                                                                          and minutes.job is None),
                    timeout=30_000)
    assert not said and minutes.pdf is not None, minutes.message_label.text()
    saved = tmp_path / "bien-ban.pdf"

    def save(dialog: QFileDialog):
        type_over(qtbot, str(saved))
        press(qtbot, Qt.Key.Key_Return)
    seen = in_next_dialog(QFileDialog, save)
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert len(seen) == 1 and not said
    text = pdf_text(saved)
    assert UNIT in text and "Phạm Thị Lan Anh" in text
    page.shutdown()
    window.close()
    ws.close()
