"""Dates typed into a case-file cell reached by Tab, as dd/MM/yyyy (issue 12).

The wrong dates of the issue ("20/12/1") came from Qt's date box: it moves to the
next section by itself once one is full ("10" fills the day, "5" cannot grow), so
the "/" typed next moved once more, to the year; "1" there cannot reach the box's
minimum year and every later key was refused, leaving the old date stored. Typed
with slashes, straight after Tab, each key to the widget that has the focus, as on
a keyboard; also in the shared date boxes (ui/widgets.py) with times."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtWidgets import QApplication, QLineEdit

from ui import i18n
from ui.visit.workspace import VisitWorkspace
from ui.widgets import DateEdit, DateTimeEdit, TimeEdit


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


def test_dates_typed_with_slashes_in_a_cell_reached_by_tab(qtbot, big):
    """Tab from a stored cell (no editor open), then "10/11/2026": the first key opens the editor."""
    ws, ids = big
    files = _files(qtbot, ws, ids)
    view = files.view
    record = files.add_record()
    view.setCurrentIndex(files.model.index(0, 0))
    view.setFocus()
    _type(qtbot, "HS-001")                           # the first key opens the text editor
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() == view.State.NoState)     # Return commits once events run
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: view.currentIndex().column() == 1)
    _type(qtbot, "10/11/2026")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)     # commit, on with the next editor open
    qtbot.waitUntil(lambda: view.currentIndex().column() == 2)
    _type(qtbot, "5/3/2027")                         # a day and a month of one digit
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() == view.State.NoState)
    held = ws.answers.of_visit(ids["visit"])
    assert held[(ids["items"]["HS2"], record)]["value"] == "2026-11-10"
    assert held[(ids["items"]["HS3"], record)]["value"] == "2027-03-05"
    assert files.model.data(files.model.index(0, 2)) == "05/03/2027"


@pytest.mark.parametrize(("box", "shown", "typed", "expected"), [
    (DateEdit, "dd/MM/yyyy", "20/12/2026", "20/12/2026"),
    (DateEdit, "dd/MM/yyyy", "1/11/2026", "01/11/2026"),
    (DateEdit, "dd/MM/yyyy", "05.03.2026", "05/03/2026"),
    (DateTimeEdit, "dd/MM/yyyy HH:mm", "10/11/2026 8:05", "10/11/2026 08:05"),
    (TimeEdit, "HH:mm", "8:30", "08:30"),
])
def test_the_date_boxes_take_what_is_typed_with_separators(qtbot, box, shown, typed, expected):
    widget = box()
    widget.setDisplayFormat(shown)
    widget.setDateTime(QDateTime(QDate(2026, 12, 2), QTime(9, 0)))
    qtbot.addWidget(widget)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)
    for char in typed:
        qtbot.keyClick(QApplication.focusWidget(), char)
    assert widget.lineEdit().text() == expected


def test_tab_leaves_a_date_box_for_the_next_field(qtbot):
    """One Tab a field, a date's too (Qt's box walked its day, month and year first)."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    form = QWidget()
    day, after = DateEdit(), QLineEdit()
    layout = QVBoxLayout(form)
    layout.addWidget(day)
    layout.addWidget(after)
    qtbot.addWidget(form)
    with qtbot.waitActive(form):
        form.show()
        form.activateWindow()
    day.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(day.hasFocus)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is after
    qtbot.keyClick(after, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is day
