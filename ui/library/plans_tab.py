"""The Plans tab: inspection plans (kế hoạch kiểm tra), created and edited through the core."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from inspector_app.changes import Changes
from inspector_app.checklists import citations
from ui.widgets import make_table

from ..ops import OpRunner
from .common import note_label
from .plan_dialogs import PlanDialog
from .table_models import PlansModel


class PlansTab(QWidget):
    """The list of plans, the selected plan's legal basis and decision, New / Edit.

    Every edit goes through `ops`; the tab refreshes from its change bus.
    """

    def __init__(self, ws, lang: str = "vi", parent=None, ops: OpRunner | None = None) -> None:
        super().__init__(parent)
        self.ws, self.lang = ws, lang
        self.ops = ops if ops is not None else OpRunner(lang, parent=self)
        self.ops.bus.subscribe(self, self.on_operation)
        self.dialog = None
        self.model = PlansModel(ws, lang, self)
        self.model.refresh()
        self.view = make_table(self.model, PlansModel.TITLE)
        self.new_button = QPushButton(self.tr("New plan…"))
        self.edit_button = QPushButton(self.tr("Edit plan…"))
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty_note = note_label(self.tr("No plans yet. Enter the plan your team works under with “New plan…”."))

        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.details)

        self.view.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self.view.doubleClicked.connect(self.edit_plan)
        self.new_button.clicked.connect(self.new_plan)
        self.edit_button.clicked.connect(self.edit_plan)
        if self.model.rowCount():
            self.view.selectRow(0)
        self._selection_changed()

    def selected(self) -> dict | None:
        row = self.view.currentIndex().row()
        return self.model.plan(row) if 0 <= row < self.model.rowCount() else None

    def select_plan(self, plan_id: str) -> None:
        row = self.model.row_of(plan_id)
        if row >= 0:
            self.view.selectRow(row)

    def _selection_changed(self, *_args) -> None:
        plan = self.selected()
        self.edit_button.setEnabled(plan is not None)
        self.empty_note.setVisible(self.model.rowCount() == 0)
        lines = []
        if plan and plan["legal_basis"]:
            lines.append(self.tr("Legal basis: %1").replace("%1", plan["legal_basis"]))
        if plan and plan["decision"]:
            lines.append(self.tr("Decision: %1").replace("%1", citations.decision(
                citations.decision_parts(plan["decision"]), gap=citations.GAP)))
        self.details.setText("\n".join(lines))

    def on_operation(self, changes: Changes, _initiator) -> None:
        """A change stored anywhere (the bus): refresh what it touched."""
        self.apply_changes(changes)

    def apply_changes(self, changes: Changes) -> None:
        plan = self.selected()
        if self.model.apply_changes(changes) and plan:
            self.select_plan(plan["id"])

    def _stored(self, changes: Changes, plan_id: str) -> None:
        self.select_plan(plan_id)

    def new_plan(self) -> None:
        def submit(values: dict) -> bool:
            number, title = values.pop("number"), values.pop("title")
            result = self.ops.run(
                lambda: self.ws.plans.create(number, title, **values),
                initiator=self, parent=self.dialog)
            ok = result is not None
            if ok:
                plan_id, changes = result
                self._stored(changes, plan_id)
            return ok

        self._open(PlanDialog(submit, parent=self))

    def edit_plan(self, *_args) -> None:
        plan = self.selected()
        if plan is None:
            return

        def submit(values: dict) -> bool:
            values = {k: (v or None) if k in ("issuer", "legal_basis", "decision") else v for k, v in values.items()}
            changes = self.ops.run(
                lambda: self.ws.plans.update(plan["id"], **values),
                initiator=self, parent=self.dialog)
            ok = changes is not None
            if ok:
                self._stored(changes, plan["id"])
            return ok

        self._open(PlanDialog(submit, plan, parent=self))

    def _open(self, dialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
