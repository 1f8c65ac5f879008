"""The pages of the main window: Visits and Library.

Each page gets its model through the constructor, so a test can build it
alone on any workspace.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector_app.services.visits import KINDS

from .icons import icon
from .models import VisitsModel
from .widgets import make_table


# Cells and header sections share one horizontal padding so titles sit over their text.
def _title(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.35)
    font.setBold(True)
    label.setFont(font)
    return label


# Quick views of the list: (key, statuses shown; None = all, "today" = today's date).
QUICK_VIEWS = ("all", "today", "planned", "in_progress", "concluded")
_QUICK_STATUSES = {"planned": "draft", "in_progress": "in_progress",
                   "concluded": ["concluded", "minutes_signed", "exported", "received"]}


class VisitsPage(QWidget):
    """Today's, planned, in-progress and concluded visits: search without accents,
    filters by unit, plan, kind and status; a new visit; open one (Enter)."""

    open_visit = Signal(str)
    new_visit = Signal()

    def __init__(self, model: VisitsModel, parent=None) -> None:
        super().__init__(parent)
        self.model = model
        lang = model.lang
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search without accents…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.model.set_text)
        self.quick = QComboBox()
        for key, text in zip(QUICK_VIEWS, (self.tr("All visits"), self.tr("Today's"), self.tr("Planned"),
                                           self.tr("In progress"), self.tr("Concluded"))):
            self.quick.addItem(text, key)
        self.unit_filter, self.plan_filter, self.kind_filter = QComboBox(), QComboBox(), QComboBox()
        self.reload_filters()
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for key, pair in KINDS.items():
            self.kind_filter.addItem(pair[1] if lang == "en" else pair[0], key)
        for combo in (self.unit_filter, self.plan_filter, self.kind_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.quick.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # five short names
        for combo in (self.quick, self.unit_filter, self.plan_filter, self.kind_filter):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.new_button = QPushButton(icon("plus"), self.tr("New visit…"))
        self.new_button.clicked.connect(self.new_visit)
        self.view = make_table(model, VisitsModel.TITLE)
        # The title and the unit share the spare width, so the status and count stay on screen.
        self.view.horizontalHeader().setSectionResizeMode(VisitsModel.UNIT, QHeaderView.ResizeMode.Stretch)
        self.view.activated.connect(lambda index: self.open_visit.emit(model.row_id(index.row())))
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: palette(placeholder-text);")

        # Two short rows rather than one long one: the window must fit a small
        # laptop screen at 200 % scaling.
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.quick)
        top.addWidget(self.new_button)
        filters = QHBoxLayout()
        for combo in (self.unit_filter, self.plan_filter, self.kind_filter):
            filters.addWidget(combo, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(_title(self.tr("Visits")))
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        model.modelReset.connect(self._update_empty)
        self._update_empty()

    def reload_filters(self) -> None:
        """The unit and plan lists, after units or plans were added or renamed."""
        ws = self.model.ws
        for combo, rows, label, text in ((self.unit_filter, ws.units.list(), self.tr("All units"), "name"),
                                         (self.plan_filter, ws.plans.list(), self.tr("All plans"), "number")):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(label, None)
            for row in rows:
                combo.addItem(row[text], row["id"])
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.blockSignals(False)

    def _apply_filters(self) -> None:
        quick = self.quick.currentData()
        self.model.set_filters(
            status=_QUICK_STATUSES.get(quick), day=dt.date.today().isoformat() if quick == "today" else None,
            unit_id=self.unit_filter.currentData(), plan_id=self.plan_filter.currentData(),
            kind=self.kind_filter.currentData())

    def _update_empty(self) -> None:
        if self.model.rowCount():
            self.empty_label.hide()
            return
        if self.model.text:
            self.empty_label.setText(self.tr("No visit matches “%1”.").replace("%1", self.model.text))
        else:
            self.empty_label.setText(self.tr("No visits yet."))
        self.empty_label.show()
