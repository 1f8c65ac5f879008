"""Plan re-inspections at headquarters (issue 13, point 3): from the units whose requests
are still to do (late ones first), choose the requests to check, the day, the team and plan.

Above, the units (`ws.reinspection.candidates`); below, the chosen unit's requests, each
ticked unless a re-inspection not yet signed already covers it. "Plan the re-inspection"
makes the visit through `ws.reinspection.plan` (the op runner shows a refusal over the
dialog, which stays open to plan the next unit). The register page opens it
(`ReinspectionDialog(ws, ops, lang, parent).open()`); the command line does the same
with `inspector-cli reinspection plan`.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from inspector_app.hq.register import label as status_label

from ..models import RIGHT, RowsModel, format_date
from ..widgets import DateEdit, set_empty_text

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")
LEAD_DAYS = 14
"""The day offered for a re-inspection: two weeks ahead, time to tell the unit."""


class UnitsModel(RowsModel):
    """Units with requests still to do: open, late, the first deadline, re-inspections planned."""

    ENTITIES = ("request", "request_check", "visit", "org_unit")
    UNIT, OPEN, LATE, FIRST, PLANNED = range(5)

    def __init__(self, ws, lang: str = "vi", today: str | None = None, parent=None) -> None:
        super().__init__(ws, lang, parent)
        self.today = today

    def load(self) -> list[dict]:
        return [{**u, "id": u["unit_id"]} for u in self.ws.reinspection.candidates(self.today)]

    def headers(self) -> list[str]:
        return [translate("ReinspectionDialog", "Unit"), translate("ReinspectionDialog", "Still to do"),
                translate("ReinspectionDialog", "Overdue"), translate("ReinspectionDialog", "First deadline"),
                translate("ReinspectionDialog", "Re-inspections planned")]

    def cell(self, row: dict, column: int) -> str | int:
        return [row["unit_name"], row["open"], row["overdue"], format_date(row["first_deadline"]),
                len(row["planned"])][column]

    def alignment(self, column: int):
        return RIGHT if column in (self.OPEN, self.LATE, self.PLANNED) else None


class UnitRequestsModel(RowsModel):
    """One unit's requests still to do, each with a box: ticked ones are checked again."""

    TEXT, DEADLINE, STATUS, PLANNED = range(4)

    def __init__(self, ws, lang: str = "vi", parent=None) -> None:
        super().__init__(ws, lang, parent)
        self.unit: dict | None = None
        self.ticked: set[str] = set()

    def show_unit(self, unit: dict | None) -> None:
        self.unit = unit
        self.ticked = {r["id"] for r in (unit or {}).get("requests", []) if not r["planned_visit_id"]}
        self.refresh()

    def load(self) -> list[dict]:
        # The planned day is read here, once, not in cell(): a view may paint after the
        # workspace is closed (a dialog not yet deleted), and painting must not query it.
        rows = []
        for row in (self.unit["requests"] if self.unit else []):
            visit = (self.ws.visits.find(row["planned_visit_id"]) or {}) if row["planned_visit_id"] else {}
            rows.append({**row, "planned_on": visit.get("scheduled_on")})
        return rows

    def headers(self) -> list[str]:
        return [translate("ReinspectionDialog", "Request"), translate("ReinspectionDialog", "Deadline"),
                translate("ReinspectionDialog", "Status"), translate("ReinspectionDialog", "Re-inspection")]

    def cell(self, row: dict, column: int) -> str:
        planned = ""
        if row["planned_visit_id"]:
            planned = translate("ReinspectionDialog", "planned for %1").replace("%1", format_date(row["planned_on"]))
        return [row["text"], format_date(row["deadline"]), status_label(row["effective"], self.lang), planned][column]

    def tooltip(self, row: dict, column: int) -> str:
        return str(self.cell(row, column))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid() and index.column() == self.TEXT \
                and 0 <= index.row() < self.rowCount():
            ticked = self._rows[index.row()]["id"] in self.ticked
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        return super().data(index, role)

    def flags(self, index):
        flags = super().flags(index)
        if index.isValid() and index.column() == self.TEXT and not self._rows[index.row()]["planned_visit_id"]:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != self.TEXT \
                or not self.flags(index) & Qt.ItemFlag.ItemIsUserCheckable:
            return False
        row_id = self._rows[index.row()]["id"]
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.ticked.add(row_id)
        else:
            self.ticked.discard(row_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def chosen(self) -> list[str]:
        """The ticked requests, in the order shown."""
        return [r["id"] for r in self._rows if r["id"] in self.ticked]


class ReinspectionDialog(QDialog):
    """Units with requests still to do → a re-inspection visit of one of them."""

    def __init__(self, ws, ops, lang: str = "vi", parent=None, today: str | None = None) -> None:
        super().__init__(parent)
        self.ws, self.ops, self.lang = ws, ops, lang
        self.setWindowTitle(translate("ReinspectionDialog", "Plan re-inspections"))
        self.units = UnitsModel(ws, lang, today, self)
        self.units_view = _table(self.units, UnitsModel.UNIT)
        set_empty_text(self.units_view, translate(
            "ReinspectionDialog", "No unit has a request still to do: nothing to re-inspect."))
        self.requests = UnitRequestsModel(ws, lang, self)
        self.requests_view = _table(self.requests, UnitRequestsModel.TEXT)
        self.requests_view.setWordWrap(True)
        self.day = DateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        ahead = dt.date.fromisoformat(today) if today else dt.date.today()
        ahead += dt.timedelta(days=LEAD_DAYS)
        self.day.setDate(QDate(ahead.year, ahead.month, ahead.day))
        self.team, self.plan = QComboBox(), QComboBox()
        self.team.setObjectName("team")
        self.plan.setObjectName("plan")
        self.team.addItem("—", "")
        for team in ws.plans.teams():
            self.team.addItem(team["name"], team["id"])
        self.plan.addItem("—", "")
        for plan in ws.plans.list():
            self.plan.addItem(f"{plan['number']} — {plan['title']}", plan["id"])
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setObjectName("outcome")
        form = QFormLayout()
        form.addRow(translate("ReinspectionDialog", "Day of the re-inspection"), self.day)
        form.addRow(translate("ReinspectionDialog", "Team"), self.team)
        form.addRow(translate("ReinspectionDialog", "Plan"), self.plan)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.plan_button = QPushButton(translate("ReinspectionDialog", "Plan the re-inspection"))
        self.plan_button.setDefault(True)
        buttons.addButton(self.plan_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.plan_button.clicked.connect(lambda: self.make())
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(translate("ReinspectionDialog", "Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("ReinspectionDialog", "Units with requests still to do (overdue first)")))
        layout.addWidget(self.units_view, 2)
        layout.addWidget(QLabel(translate("ReinspectionDialog", "Requests to check again (ticked)")))
        layout.addWidget(self.requests_view, 3)
        layout.addLayout(form)
        layout.addWidget(self.outcome)
        layout.addWidget(buttons)
        self.units_view.selectionModel().currentRowChanged.connect(lambda current, _previous: self._unit(current))
        self.units.refresh()
        if self.units.rowCount():
            self.units_view.setCurrentIndex(self.units.index(0, 0))
        self.resize(900, 640)

    def _unit(self, index: QModelIndex) -> None:
        rows = self.units.rows()
        self.requests.show_unit(rows[index.row()] if index.isValid() and index.row() < len(rows) else None)
        self.requests_view.resizeRowsToContents()
        self.plan_button.setEnabled(self.requests.unit is not None)

    def make(self) -> str | None:
        """Plan the re-inspection of the current unit's ticked requests; its visit id, or None."""
        unit = self.requests.unit
        if unit is None:
            return None
        d = self.day.date()
        day = dt.date(d.year(), d.month(), d.day()).isoformat()
        chosen = self.requests.chosen()
        result = self.ops.run(lambda: self.ws.reinspection.plan(
            unit["unit_id"], day, request_ids=chosen, team_id=self.team.currentData() or None,
            plan_id=self.plan.currentData() or None), initiator=self, parent=self)
        if result is None:
            return None
        visit_id = result[0]
        # self.tr: lupdate reads plurals (%n) only from it; the context is this class's name.
        text = self.tr("Planned: %1, on %2, %n request(s) to check. The next distribution package takes it "
                       "to the team.", "", len(chosen))
        self.outcome.setText(text.replace("%1", unit["unit_name"]).replace("%2", format_date(day)))
        current = self.units_view.currentIndex().row()
        self.units.refresh()
        if self.units.rowCount():
            self.units_view.setCurrentIndex(self.units.index(min(max(current, 0), self.units.rowCount() - 1), 0))
        return visit_id


def _table(model, stretch: int) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view
