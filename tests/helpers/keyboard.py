"""Driving the app with the keyboard alone, as a user would (tests/ui/visit/test_keyboard_visit.py,
tests/ui/test_keyboard_first_start.py): every key goes to the widget that has the focus
(`QApplication.focusWidget()`); nothing is clicked and no widget's method is called to act."""

from __future__ import annotations

import subprocess

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.helpers.evidence import simulated_evidence
from ui.main_window import MainWindow

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


def keyboard_window(qtbot, ws, settings: QSettings) -> tuple[MainWindow, list[str]]:
    """The main window on `ws` at 1366×728, active, with simulated media (no camera, no
    microphone), and the texts of every message box it shows (each closed at once)."""
    evidence = simulated_evidence(settings)

    window = MainWindow(ws, "vi", settings, evidence_factory=evidence)
    qtbot.addWidget(window)
    said = message_boxes(window)
    window.resize(1366, 728)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window, said
