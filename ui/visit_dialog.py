"""Creating a visit: plan, team, unit (a missing unit can be added on the spot,
marked as added locally), kind, date and the checklists to use."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListView,
    QPushButton,
    QWidget,
)

from inspector_app.services.visits import KINDS

from .models import label
from .ops import OpRunner
from .widgets import DateEdit

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")



class NewVisitDialog(QDialog):
    """On accept, `visit_id` holds the created visit; `ops` stores it (and the unit added here)."""

    def __init__(self, ws, lang: str = "vi", parent=None, ops: OpRunner | None = None) -> None:
        super().__init__(parent)
        self.ws, self.lang = ws, lang
        self.ops = ops if ops is not None else OpRunner(lang, parent=self)
        self.visit_id: str | None = None
        self.setWindowTitle(translate("NewVisitDialog", "New visit"))
        self.plan = QComboBox()
        self.plan.addItem(translate("NewVisitDialog", "(no plan)"), None)
        for plan in ws.plans.list():
            self.plan.addItem(f"{plan['number']} — {plan['title']}", plan["id"])
        self.team = QComboBox()
        self.unit = QComboBox()
        self.unit.setEditable(False)
        self._fill_units()
        add_unit = QPushButton(translate("NewVisitDialog", "Add a unit…"))
        add_unit.clicked.connect(lambda: self.add_unit())
        unit_row = QHBoxLayout()
        unit_row.addWidget(self.unit, 1)
        unit_row.addWidget(add_unit)
        unit_box = QWidget()
        unit_box.setLayout(unit_row)
        unit_row.setContentsMargins(0, 0, 0, 0)
        self.kind = QComboBox()
        for key, pair in KINDS.items():
            self.kind.addItem(label(pair, lang), key)
        self.kind.setCurrentIndex(self.kind.findData("surprise"))
        self.day = DateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.checklists = QStandardItemModel(self)
        for template in ws.checklists.list():
            if template["status"] != "published":
                continue
            entry = QStandardItem(f"{template['title']} (v{template['version']})")
            entry.setData(template["id"], Qt.ItemDataRole.UserRole)
            entry.setCheckable(True)
            entry.setEditable(False)
            self.checklists.appendRow(entry)
        self.title = QLineEdit()
        self.title.setPlaceholderText(translate("NewVisitDialog", "Optional; by default the kind and the unit"))
        checklist_view = QListView()
        checklist_view.setModel(self.checklists)
        # Asked as the visit is set up: the minutes state why a surprise visit was made.
        self.trigger = QLineEdit()
        self.trigger.setPlaceholderText(translate(
            "NewVisitDialog", "A leader's direction or a citizen's report: whose, of which day, about what"))
        form = QFormLayout(self)
        form.addRow(translate("NewVisitDialog", "Plan"), self.plan)
        form.addRow(translate("NewVisitDialog", "Team"), self.team)
        form.addRow(translate("NewVisitDialog", "Unit"), unit_box)
        form.addRow(translate("NewVisitDialog", "Kind of visit"), self.kind)
        form.addRow(translate("NewVisitDialog", "Date"), self.day)
        form.addRow(translate("NewVisitDialog", "Title"), self.title)
        form.addRow(translate("NewVisitDialog", "Checklists"), checklist_view)
        form.addRow(translate("NewVisitDialog", "Reason for the surprise visit"), self.trigger)
        self.kind.currentIndexChanged.connect(
            lambda: form.setRowVisible(self.trigger, self.kind.currentData() == "surprise"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.plan.currentIndexChanged.connect(self._fill_teams)
        self._fill_teams()

    def _fill_units(self, select: str | None = None) -> None:
        self.unit.clear()
        for unit in self.ws.units.list(as_of=dt.date.today().isoformat()):
            mark = " " + translate("NewVisitDialog", "(added on this laptop)") if unit["added_locally"] else ""
            self.unit.addItem(unit["name"] + mark, unit["id"])
        if select:
            self.unit.setCurrentIndex(self.unit.findData(select))

    def _fill_teams(self) -> None:
        self.team.clear()
        self.team.addItem(translate("NewVisitDialog", "(no team)"), None)
        for team in self.ws.plans.teams(self.plan.currentData()):
            self.team.addItem(team["name"], team["id"])
        if self.team.count() > 1:
            self.team.setCurrentIndex(1)

    def add_unit(self, name: str | None = None) -> str | None:
        """A unit missing from the list, created on the spot and marked as added locally."""
        if name is None:
            name, ok = QInputDialog.getText(self, translate("NewVisitDialog", "Add a unit"),
                                            translate("NewVisitDialog", "Full name of the unit"))
            if not ok:
                return None
        created = self.ops.run(lambda: self.ws.units.create(name, _guess_kind(name), added_locally=True),
                               initiator=self)
        if created is None:
            return None
        unit_id = created[0]
        self._fill_units(unit_id)
        return unit_id

    def set_checked(self, template_id: str, on: bool = True) -> None:
        for row in range(self.checklists.rowCount()):
            entry = self.checklists.item(row)
            if entry.data(Qt.ItemDataRole.UserRole) == template_id:
                entry.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def chosen_templates(self) -> list[str]:
        return [self.checklists.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.checklists.rowCount())
                if self.checklists.item(r).checkState() == Qt.CheckState.Checked]

    def create(self) -> None:
        if not self.chosen_templates():   # said here: the core's "chưa nhập" is for typed fields
            self.ops.show_error(translate("NewVisitDialog", "No checklist chosen. Tick at least one checklist "
                                                            "in the list."), self)
            return
        day = self.day.date()
        reason = self.trigger.text().strip() if self.kind.currentData() == "surprise" else ""
        created = self.ops.run(lambda: self.ws.visits.create(
            self.unit.currentData(), self.kind.currentData(), dt.date(day.year(), day.month(), day.day()),
            self.chosen_templates(), plan_id=self.plan.currentData(), team_id=self.team.currentData(),
            title=self.title.text().strip() or None, trigger=reason or None),
            initiator=self)
        if created is None:
            return
        self.visit_id = created[0]
        self.accept()


def _guess_kind(name: str) -> str:
    # What the unit is comes first, where it is after: "Trung tâm Phục vụ hành chính công
    # phường Ba Đình" is a service centre, not a ward.
    lowered = name.lower()
    if "trung tâm phục vụ" in lowered or "một cửa" in lowered:
        return "service_centre"
    if "xã" in lowered or "phường" in lowered or "đặc khu" in lowered:
        return "commune"
    if lowered.startswith("sở") or "ban " in lowered:
        return "department"
    return "other"


