"""The visit's tabs from the keyboard, all visible at 1366 px, the focus inside them (issue 12)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolButton

from inspector_app.workspace import Workspace
from tests.helpers.evidence import simulated_evidence
from ui.main_window import MainWindow

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def _window(qtbot, ws, settings, width=1366, height=768) -> MainWindow:
    evidence = simulated_evidence(settings, microphone=True)

    window = MainWindow(ws, "vi", settings, evidence_factory=evidence)
    qtbot.addWidget(window)
    window.resize(width, height)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def test_ctrl_tab_and_ctrl_page_keys_switch_tabs_and_the_focus_goes_into_them(qtbot, big, settings):
    ws, ids = big
    window = _window(qtbot, ws, settings)
    page = window.open_visit(ids["visit"])
    tabs = page.tabs
    view = page.checklist.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab, CTRL)
    assert tabs.currentIndex() == 1 and QApplication.focusWidget() is page.records[0].view
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown, CTRL)
    assert tabs.currentIndex() == 2 and QApplication.focusWidget() is page.records[1].view
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp, CTRL)
    assert tabs.currentIndex() == 1
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab, CTRL | SHIFT)
    assert tabs.currentIndex() == 0 and QApplication.focusWidget() is view
    qtbot.keyClick(view, Qt.Key.Key_Backtab, CTRL | SHIFT)             # round the end
    assert tabs.currentWidget() is page.evidence
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1, CTRL)     # back to the checklist from anywhere
    assert tabs.currentIndex() == 0 and QApplication.focusWidget() is view
    qtbot.keyClick(view, Qt.Key.Key_1)                                  # and answering works at once
    assert ws.answers.of_visit(ids["visit"])[(ids["items"]["A1"], None)]["value"] == "dat"
    qtbot.keyClick(view, Qt.Key.Key_4, CTRL)                            # participants: a button has the focus
    assert tabs.currentWidget() is page.participants
    assert page.participants.isAncestorOf(QApplication.focusWidget())


def test_tab_never_stops_on_the_tab_bar(qtbot, big, settings):
    ws, ids = big
    window = _window(qtbot, ws, settings)
    page = window.open_visit(ids["visit"])
    assert not page.tabs.tabBar().focusPolicy() & Qt.FocusPolicy.TabFocus


def test_the_key_hints_show_on_the_checklist_tab_only(qtbot, big, settings):
    ws, ids = big
    window = _window(qtbot, ws, settings)
    page = window.open_visit(ids["visit"])
    assert page.key_hint.isVisible()
    page.show_tab(1)
    assert not page.key_hint.isVisible()
    page.show_tab(0)
    assert page.key_hint.isVisible()


def test_all_tabs_of_the_built_in_one_stop_checklist_fit_at_1366_px(qtbot, tmp_path, settings):
    ws = Workspace.create(tmp_path / "ws", "field")
    try:
        template = next(t for t in ws.checklists.list() if t["code"] == "mot-cua-dot-xuat")
        unit, _ = ws.units.create("Trung tâm Phục vụ hành chính công phường Ba Đình", "commune")
        visit, _ = ws.visits.create(unit, "surprise", "2026-11-20", [template["id"]])
        window = _window(qtbot, ws, settings)
        window.showMaximized()
        qtbot.waitUntil(lambda: window.width() >= 1300 or window.width() == 1366, timeout=2_000)
        page = window.open_visit(visit)
        qtbot.wait(50)
        bar = page.tabs.tabBar()
        assert bar.count() == 7
        assert not any(button.isVisible() for button in bar.findChildren(QToolButton))   # no scroll arrows
        assert all(bar.tabRect(n).right() <= bar.width() for n in range(bar.count()))
        texts = [bar.tabText(n) for n in range(bar.count())]
        assert texts[1:4] == ["Cán bộ", "Hồ sơ", "Người dân"]
        assert "Điểm danh cán bộ" in bar.tabToolTip(1)
    finally:
        ws.close()
