"""Dates typed into a case-file cell reached by Tab, as dd/MM/yyyy digits (issue 12).

The wrong dates of the issue ("20/12/1", 01/11/2026 for 10/11/2026) did not come back
here, offscreen or on Xvfb with real key events (xdotool), fast or slow: these pin
the keyboard path (F2, Tab to the next cell with its editor open, a key that opens
the editor over a stored date) in the Vietnamese locale the app runs in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from ui import i18n
from ui.visit.workspace import VisitWorkspace


@pytest.fixture(autouse=True)
def vietnamese_locale():
    """As the app runs in Vietnamese (ui.i18n.apply_locale)."""
    previous = i18n.apply_locale("vi")
    yield
    QLocale.setDefault(previous)


def _files(qtbot, ws, ids):
    page = VisitWorkspace(ws, ids["visit"], "vi")
    qtbot.addWidget(page)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    files = next(p for p in page.records if p.section["code"] == "HS")
    page.tabs.setCurrentWidget(files)
    return files


def _type(qtbot, text: str) -> None:
    """Keys as a person presses them: each to the widget that has the focus (the first opens the editor)."""
    for char in text:
        qtbot.keyClick(QApplication.focusWidget(), char)


def test_dates_typed_after_tab_are_the_dates_typed(qtbot, big):
    ws, ids = big
    files = _files(qtbot, ws, ids)
    view = files.view
    record = files.add_record()
    view.setCurrentIndex(files.model.index(0, 0))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.insert("HS-001")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)                 # commit, on to "Ngày hẹn trả"
    qtbot.waitUntil(lambda: view.currentIndex().column() == 1)
    _type(qtbot, "10112026")                         # typed straight away: the editor opens
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: view.currentIndex().column() == 2)
    _type(qtbot, "20/12/2026")                       # with slashes, as written on paper
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() == view.State.NoState)
    held = ws.answers.of_visit(ids["visit"])
    assert held[(ids["items"]["HS1"], record)]["value"] == "HS-001"
    assert held[(ids["items"]["HS2"], record)]["value"] == "2026-11-10"
    assert held[(ids["items"]["HS3"], record)]["value"] == "2026-12-20"
    assert files.model.data(files.model.index(0, 1)) == "10/11/2026"


def test_a_date_typed_over_a_stored_one_replaces_it(qtbot, big):
    ws, ids = big
    files = _files(qtbot, ws, ids)
    view = files.view
    record = files.add_record()
    ws.answers.answer(ids["visit"], ids["items"]["HS2"], "2026-01-05", record_id=record)
    files.model.refresh()
    view.setCurrentIndex(files.model.index(0, 1))
    view.setFocus()
    _type(qtbot, "01022026")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() == view.State.NoState)
    assert ws.answers.of_visit(ids["visit"])[(ids["items"]["HS2"], record)]["value"] == "2026-02-01"
