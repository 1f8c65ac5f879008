"""`ask_moment`: a date, time or date-and-time answer picked the Vietnamese way.

The core stores ISO text ("2026-11-20", "08:30", "2026-11-20T08:30"); the
inspector sees and types "20/11/2026" and "08:30", with a calendar pop-up.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QDialog, QDialogButtonBox, QLabel, QTimeEdit, QVBoxLayout

FORMATS = {"date": "dd/MM/yyyy", "time": "HH:mm", "datetime": "dd/MM/yyyy HH:mm"}


class MomentDialog(QDialog):
    """One editor for `kind` ("date", "time" or "datetime"), set to `value` (ISO) or now."""

    def __init__(self, kind: str, title: str, value: str | None, parent=None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setWindowTitle({"date": self.tr("Date"), "time": self.tr("Time"),
                             "datetime": self.tr("Date and time")}[kind])
        editor_class = {"date": QDateEdit, "time": QTimeEdit, "datetime": QDateTimeEdit}[kind]
        self.editor = editor_class(self)
        self.editor.setDisplayFormat(FORMATS[kind])
        if kind != "time":
            self.editor.setCalendarPopup(True)
        self.editor.setDateTime(_to_qt(kind, value))
        label = QLabel(title)
        label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.setMinimumWidth(360)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.editor)
        layout.addWidget(buttons)

    def value(self) -> str:
        """The chosen moment as the core stores it."""
        moment = self.editor.dateTime().toPython()
        if self.kind == "date":
            return moment.date().isoformat()
        if self.kind == "time":
            return moment.time().strftime("%H:%M")
        return moment.strftime("%Y-%m-%dT%H:%M")


def ask_moment(parent, kind: str, title: str, value: str | None) -> tuple[str | None, bool]:
    """Show a MomentDialog; returns (ISO value, True) or (None, False) when cancelled."""
    dialog = MomentDialog(kind, title, value, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None, False
    return dialog.value(), True


def _to_qt(kind: str, value: str | None) -> QDateTime:
    now = dt.datetime.now().replace(second=0, microsecond=0)
    try:
        if kind == "date" and value:
            moment = dt.datetime.combine(dt.date.fromisoformat(value), dt.time())
        elif kind == "time" and value:
            moment = dt.datetime.combine(now.date(), dt.time.fromisoformat(value))
        elif kind == "datetime" and value:
            moment = dt.datetime.fromisoformat(value).replace(tzinfo=None)
        else:
            moment = now
    except ValueError:  # a value stored by an older version in another form: start from now
        moment = now
    return QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))
