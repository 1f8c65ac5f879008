"""Ctrl+J to the next required item not answered, and Help → Keyboard shortcuts listing the
keys from the actions themselves (issue 12, point 5)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.helpers.evidence import simulated_evidence
from ui.main_window import MainWindow


def _window(qtbot, ws, settings) -> MainWindow:
    evidence = simulated_evidence(settings, microphone=True)

    window = MainWindow(ws, "vi", settings, evidence_factory=evidence)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def test_ctrl_j_goes_to_the_next_required_item_not_answered(qtbot, big, settings):
    ws, ids = big
    window = _window(qtbot, ws, settings)
    page = window.open_visit(ids["visit"])
    view = page.checklist.view
    view.setFocus()
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_1)                    # A1-A3 answered, now on A4
    page.checklist.select_item(ids["items"]["A1"])
    qtbot.keyClick(view, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert page.checklist.current_item()["code"] == "A4"
    page.show_tab(2)                                           # from another tab: back to the checklist first
    qtbot.keyClick(page.records[1].view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert page.checklist.current_item()["code"] == "A5"


def test_help_lists_the_keys_of_the_window_and_the_visit(qtbot, big, settings):
    ws, ids = big
    window = _window(qtbot, ws, settings)
    window.open_visit(ids["visit"])
    qtbot.keyClick(window.visit_workspace.checklist.view, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    dialog = window.shortcuts_dialog
    assert dialog.isVisible()
    rows = dict(window.shortcuts())
    for keys in ("Ctrl+N", "Ctrl+Tab, Ctrl+PgDown", "Ctrl+Shift+R", "Ctrl+B", "Ctrl+J", "Ctrl+Shift+F",
                 "Ctrl+Shift+P"):
        assert keys in rows, keys
    assert rows["Ctrl+J"] == "Next required item not answered"


def test_only_items_not_answered_yet_and_answering_goes_on_among_them(qtbot, big, settings):
    ws, ids = big
    window = _window(qtbot, ws, settings)
    page = window.open_visit(ids["visit"])
    panel = page.checklist
    view = panel.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_1)                        # A1 answered
    panel.only_unanswered.setChecked(True)
    codes = [item["code"] for item in panel.model.items()]
    assert "A1" not in codes and codes[0] == "A2" and panel.current_item()["code"] == "A2"
    qtbot.keyClick(view, Qt.Key.Key_2)                        # A2 answered: it leaves the list
    assert panel.current_item()["code"] == "A3"
    assert ws.answers.of_visit(ids["visit"])[(ids["items"]["A2"], None)]["value"] == "khong_dat"
    assert "Answered 2 of" in panel.summary.text()             # the totals still count every item
    panel.only_unanswered.setChecked(False)
    assert [item["code"] for item in panel.model.items()][:2] == ["A1", "A2"]
