"""The Teams tab: teams (đoàn kiểm tra) per plan, their members and their assignments to units."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from inspector_app.changes import Changes
from inspector_app.checklists import citations
from ui.widgets import make_table

from ..ops import OpRunner
from .common import OptionCombo, confirm, note_label, title_label
from .plan_dialogs import AssignmentDialog, MemberDialog, TeamDialog, plan_options
from .table_models import AssignmentsModel, MembersModel, TeamsModel


def _buttons(*buttons) -> QVBoxLayout:
    """Buttons two to a row, so the page stays narrow enough for 200 % scaling."""
    rows = QVBoxLayout()
    for start in range(0, len(buttons), 2):
        row = QHBoxLayout()
        for button in buttons[start:start + 2]:
            row.addWidget(button)
        row.addStretch(1)
        rows.addLayout(row)
    return rows


class TeamsTab(QWidget):
    """Teams of a chosen plan (or all), the selected team's members and assignments.

    Every edit goes through `ops`; the tab refreshes from its change bus.
    """

    def __init__(self, ws, lang: str = "vi", parent=None, ops: OpRunner | None = None) -> None:
        super().__init__(parent)
        self.ws, self.lang = ws, lang
        self.ops = ops if ops is not None else OpRunner(lang, parent=self)
        self.ops.bus.subscribe(self, self.on_operation)
        self.dialog = None
        self.teams = TeamsModel(ws, lang, self)
        self.members = MembersModel(ws, lang, self)
        self.assignments = AssignmentsModel(ws, lang, self)
        self.teams.refresh()

        self.plan_combo = OptionCombo(plan_options(ws, self.tr("All plans")))
        self.teams_view = make_table(self.teams, TeamsModel.NAME)
        self.new_team_button = QPushButton(self.tr("New team…"))
        self.edit_team_button = QPushButton(self.tr("Edit team…"))
        self.team_title = title_label("", 1.1)
        self.team_note = note_label()
        self.members_view = make_table(self.members, MembersModel.AGENCY)
        self.add_member_button = QPushButton(self.tr("Add member…"))
        self.edit_member_button = QPushButton(self.tr("Edit member…"))
        self.remove_member_button = QPushButton(self.tr("Remove member"))
        self.assignments_view = make_table(self.assignments, AssignmentsModel.UNIT)
        self.assign_button = QPushButton(self.tr("Assign to a unit…"))
        self.unassign_button = QPushButton(self.tr("Remove assignment"))
        self.empty_note = note_label(self.tr("No teams yet. Create the team with “New team…”, then add its members."))
        self._layout()
        self._connect()
        if self.teams.rowCount():
            self.teams_view.selectRow(0)
        self._team_changed()

    def _layout(self) -> None:
        plan_row = QHBoxLayout()
        plan_row.addWidget(QLabel(self.tr("Plan:")))
        plan_row.addWidget(self.plan_combo, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.addLayout(plan_row)
        left_layout.addWidget(self.teams_view, 1)
        left_layout.addWidget(self.empty_note)
        left_layout.addLayout(_buttons(self.new_team_button, self.edit_team_button))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.addWidget(self.team_title)
        right_layout.addWidget(self.team_note)
        right_layout.addWidget(QLabel(self.tr("Members")))
        right_layout.addWidget(self.members_view, 3)
        right_layout.addLayout(_buttons(self.add_member_button, self.edit_member_button, self.remove_member_button))
        right_layout.addWidget(QLabel(self.tr("Assignments: units and periods")))
        right_layout.addWidget(self.assignments_view, 2)
        right_layout.addLayout(_buttons(self.assign_button, self.unassign_button))
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([420, 620])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(split)

    def _connect(self) -> None:
        self.plan_combo.currentIndexChanged.connect(self._plan_changed)
        self.teams_view.selectionModel().currentRowChanged.connect(self._team_changed)
        self.teams.modelReset.connect(self._team_changed)
        self.members_view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.assignments_view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.teams_view.doubleClicked.connect(self.edit_team)
        self.members_view.doubleClicked.connect(self.edit_member)
        self.new_team_button.clicked.connect(self.new_team)
        self.edit_team_button.clicked.connect(self.edit_team)
        self.add_member_button.clicked.connect(self.add_member)
        self.edit_member_button.clicked.connect(self.edit_member)
        self.remove_member_button.clicked.connect(self.remove_member)
        self.assign_button.clicked.connect(self.assign)
        self.unassign_button.clicked.connect(self.remove_assignment)

    # -- state ---------------------------------------------------------------------
    def selected_team(self) -> dict | None:
        row = self.teams_view.currentIndex().row()
        return self.teams.team(row) if 0 <= row < self.teams.rowCount() else None

    def selected_member(self) -> dict | None:
        row = self.members_view.currentIndex().row()
        return self.members.member(row) if 0 <= row < self.members.rowCount() else None

    def selected_assignment_id(self) -> str | None:
        row = self.assignments_view.currentIndex().row()
        return self.assignments.row_id(row) if 0 <= row < self.assignments.rowCount() else None

    def select_team(self, team_id: str) -> None:
        row = self.teams.row_of(team_id)
        if row >= 0:
            self.teams_view.selectRow(row)
        self._team_changed()

    def _plan_changed(self, *_args) -> None:
        team = self.selected_team()
        self.teams.set_plan(self.plan_combo.current_id())
        if team:
            self.select_team(team["id"])

    def _team_changed(self, *_args) -> None:
        team = self.selected_team()
        team_id = team["id"] if team else None
        if team_id != self.members.team_id:
            self.members.set_team(team_id)
            self.assignments.set_team(team_id)
        self.team_title.setText(team["name"] if team else self.tr("No team selected."))
        # As the minutes cite it: a decision without a subject line sets up this team.
        self.team_note.setText(self.tr("Decision: %1").replace("%1", citations.decision(
            citations.decision_parts(team["decision"]), f"về việc thành lập {team['name']}", gap=citations.GAP))
            if team and team["decision"] else "")
        self.empty_note.setVisible(self.teams.rowCount() == 0)
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        has_team = self.selected_team() is not None
        for button in (self.edit_team_button, self.add_member_button, self.assign_button):
            button.setEnabled(has_team)
        has_member = self.selected_member() is not None
        self.edit_member_button.setEnabled(has_member)
        self.remove_member_button.setEnabled(has_member)
        self.unassign_button.setEnabled(self.selected_assignment_id() is not None)

    # -- refreshing ----------------------------------------------------------------
    def on_operation(self, changes: Changes, _initiator) -> None:
        """A change stored anywhere (the bus): refresh what it touched."""
        self.apply_changes(changes)

    def apply_changes(self, changes: Changes) -> None:
        team = self.selected_team()
        if changes.touches("plan"):
            plan_id = self.plan_combo.current_id()
            self.plan_combo.blockSignals(True)
            self.plan_combo.options.set_options(plan_options(self.ws, self.tr("All plans")))
            self.plan_combo.set_current(plan_id)
            self.plan_combo.blockSignals(False)
        if self.teams.apply_changes(changes) and team:
            self.select_team(team["id"])
        self.members.apply_changes(changes)
        self.assignments.apply_changes(changes)
        self._team_changed()

    def _stored(self, changes: Changes, team_id: str | None = None) -> None:
        if team_id:
            self.select_team(team_id)

    # -- actions -------------------------------------------------------------------
    def new_team(self) -> None:
        def submit(values: dict) -> bool:
            result = self.ops.run(
                lambda: self.ws.plans.create_team(values["name"], values["plan_id"], values["decision"]),
                initiator=self, parent=self.dialog)
            ok = result is not None
            if ok:
                team_id, changes = result
                self._stored(changes, team_id)
            return ok

        self._open(TeamDialog(self.ws, submit, plan_id=self.plan_combo.current_id(), parent=self))

    def edit_team(self, *_args) -> None:
        team = self.selected_team()
        if team is None:
            return

        def submit(values: dict) -> bool:
            changes = self.ops.run(
                lambda: self.ws.plans.update_team(team["id"], **values),
                initiator=self, parent=self.dialog)
            ok = changes is not None
            if ok:
                self._stored(changes, team["id"])
            return ok

        self._open(TeamDialog(self.ws, submit, team, parent=self))

    def add_member(self) -> None:
        team = self.selected_team()
        if team is None:
            return

        def submit(values: dict) -> bool:
            name, role = values.pop("name"), values.pop("role")
            result = self.ops.run(
                lambda: self.ws.plans.add_member(team["id"], name, role, **values),
                initiator=self, parent=self.dialog)
            ok = result is not None
            if ok:
                self._stored(result[1], team["id"])
            return ok

        self._open(MemberDialog(self.lang, submit, parent=self))

    def edit_member(self, *_args) -> None:
        member = self.selected_member()
        if member is None:
            return

        def submit(values: dict) -> bool:
            changes = self.ops.run(
                lambda: self.ws.plans.update_member(member["id"], **values),
                initiator=self, parent=self.dialog)
            ok = changes is not None
            if ok:
                self._stored(changes, member["team_id"])
            return ok

        self._open(MemberDialog(self.lang, submit, member, parent=self))

    def remove_member(self) -> None:
        member = self.selected_member()
        if member is None:
            return

        def remove_now() -> None:
            changes = self.ops.run(lambda: self.ws.plans.remove_member(member["id"]), initiator=self)
            ok = changes is not None
            if ok:
                self._stored(changes, member["team_id"])

        self.dialog = confirm(self, self.tr("Remove %1 from the team?").replace("%1", member["name"]), remove_now)

    def assign(self) -> None:
        team = self.selected_team()
        if team is None:
            return

        def submit(values: dict) -> bool:
            result = self.ops.run(
                lambda: self.ws.plans.assign(team["id"], values["unit_id"], values["period_start"],
                                             values["period_end"]),
                initiator=self, parent=self.dialog)
            ok = result is not None
            if ok:
                self._stored(result[1], team["id"])
            return ok

        self._open(AssignmentDialog(self.ws, self.lang, submit, parent=self))

    def remove_assignment(self) -> None:
        assignment_id = self.selected_assignment_id()
        if assignment_id is None:
            return

        def remove_now() -> None:
            changes = self.ops.run(lambda: self.ws.plans.remove_assignment(assignment_id), initiator=self)
            ok = changes is not None
            if ok:
                self._stored(changes)

        self.dialog = confirm(self, self.tr("Remove this assignment?"), remove_now)

    def _open(self, dialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
