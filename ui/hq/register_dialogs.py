"""The register's dialogs: the unit's report (number, date, scans) and a decision with its reason.

Both are opened without blocking (`open()`); `values()` gives what was typed,
and the page calls the core with it through the op runner, which shows a
refusal (a missing number, a date after today) over the dialog left open.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..messages import translate_buttons
from ..widgets import DateEdit, accept_on_ctrl_enter

SCAN_FILTER = "*.pdf *.jpg *.jpeg *.png *.tif *.tiff"


class _Dialog(QDialog):
    """OK runs `on_ok()` when set (the dialog stays open until the caller closes it, so a
    refusal is shown over it and the user corrects what was typed); else it accepts."""

    on_ok = None

    def _buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        translate_buttons(box)
        box.accepted.connect(self.ok)
        box.rejected.connect(self.reject)
        self.button_box = box
        return box

    def ok(self) -> None:
        if self.on_ok is not None:
            self.on_ok()
        else:
            self.accept()


class ScanList(QWidget):
    """Files chosen to attach: a list and "Add scans…" (a file dialog, not blocking)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.files = QListWidget()
        self.files.setMaximumHeight(90)
        self.add_button = QPushButton(self.tr("Add scans…"))
        self.add_button.clicked.connect(self.choose)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(lambda: self.files.takeItem(self.files.currentRow()))
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.files, 1)
        layout.addLayout(buttons)
        self.chooser: QFileDialog | None = None

    def choose(self) -> QFileDialog:
        self.chooser = QFileDialog(self, self.tr("Scanned report"), "",
                                   self.tr("Scans and documents (%1)").replace("%1", SCAN_FILTER))
        self.chooser.setFileMode(QFileDialog.FileMode.ExistingFiles)
        self.chooser.filesSelected.connect(self.add)
        self.chooser.open()
        return self.chooser

    def add(self, paths) -> None:
        present = set(self.paths())
        for path in paths:
            if str(path) not in present:
                self.files.addItem(str(path))

    def paths(self) -> list[str]:
        return [self.files.item(n).text() for n in range(self.files.count())]


class ReportDialog(_Dialog):
    """The unit's report of its remedy: number, date, scanned documents, a note."""

    def __init__(self, request_text: str, today: dt.date, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unit's report"))
        intro = QLabel(request_text)
        intro.setWordWrap(True)
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("e.g. 12/BC-UBND"))
        self.date = DateEdit()
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setCalendarPopup(True)
        self.date.setDate(QDate(today.year, today.month, today.day))
        self.scans = ScanList()
        self.note = QPlainTextEdit()
        self.note.setMaximumHeight(60)
        form = QFormLayout()
        form.addRow(self.tr("Report number"), self.number)
        form.addRow(self.tr("Report date"), self.date)
        form.addRow(self.tr("Scans"), self.scans)
        form.addRow(self.tr("Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self._buttons())
        accept_on_ctrl_enter(self, self.note)
        self.resize(560, self.sizeHint().height())

    def values(self) -> dict:
        day = self.date.date()
        return {"number": self.number.text(), "date": dt.date(day.year(), day.month(), day.day()),
                "scans": [Path(p) for p in self.scans.paths()], "note": self.note.toPlainText()}


class ReasonDialog(_Dialog):
    """A decision on a request with its reason or note (required when `required`)."""

    def __init__(self, title: str, prompt: str, request_text: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        intro = QLabel(request_text)
        intro.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setMaximumHeight(90)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(prompt))
        layout.addWidget(self.reason)
        layout.addWidget(self._buttons())
        accept_on_ctrl_enter(self, self.reason)
        self.resize(520, self.sizeHint().height())

    def text(self) -> str:
        return self.reason.toPlainText()
