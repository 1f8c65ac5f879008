"""The period an HQ view is about: a quarter, six or nine months or the year of a chosen
year, with the official cut-offs (inspector_app/hq/periods.py), or any range of days.
One widget for the Overview and the report dialog, so both choose a period alike."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from inspector_app.hq import periods

from ..widgets import DateEdit

PERIOD_KINDS = ("q1", "h1", "q3", "year", "range")


class PeriodBox(QWidget):
    """The kind of period, its year (or, for a range, its first and last day).
    `changed` is emitted whenever the chosen period may have changed."""

    changed = Signal()

    def __init__(self, today: dt.date, parent=None) -> None:
        super().__init__(parent)
        current = periods.containing(today, "year")
        self.kind_box = QComboBox()
        for kind, text in zip(PERIOD_KINDS, (self.tr("First quarter"), self.tr("Six months"),
                                             self.tr("Nine months"), self.tr("Year"), self.tr("Any range"))):
            self.kind_box.addItem(text, kind)
        self.kind_box.setCurrentIndex(PERIOD_KINDS.index("year"))
        self.year_box = QSpinBox()
        self.year_box.setRange(2000, 2100)
        self.year_box.setValue(current.year or today.year)
        self.first_edit, self.last_edit = DateEdit(), DateEdit()
        for edit, day in ((self.first_edit, current.start), (self.last_edit, current.end)):
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setCalendarPopup(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.dateChanged.connect(lambda _d: self.changed.emit())
        self.dash = QLabel("–")
        self.kind_box.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.year_box.valueChanged.connect(lambda _v: self.changed.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.kind_box, self.year_box, self.first_edit, self.dash, self.last_edit):
            layout.addWidget(widget)
        self._show_kind()

    def period(self) -> periods.Period:
        kind = self.kind_box.currentData()
        if kind == "range":
            first, last = self.first_edit.date().toPython(), self.last_edit.date().toPython()
            return periods.between(first, max(first, last))
        return periods.official(kind, self.year_box.value())

    def _kind_changed(self) -> None:
        self._show_kind()
        self.changed.emit()

    def _show_kind(self) -> None:
        ranged = self.kind_box.currentData() == "range"
        for widget in (self.first_edit, self.dash, self.last_edit):
            widget.setVisible(ranged)
        self.year_box.setVisible(not ranged)
