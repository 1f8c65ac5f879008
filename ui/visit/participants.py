"""Who takes part: the team members present, who records on this laptop, the
inspected unit's representatives and any witnesses."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QKeyCombination, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspector_app.changes import Changes
from inspector_app.services.plans import ROLES
from inspector_app.services.visits import GENDERS, SIDES, UNIT_ROLES

from ..icons import icon
from ..models import VisitRowsModel, label
from ..widgets import set_empty_text

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


class ParticipantsModel(VisitRowsModel):
    """Who takes part: the team, the unit's representatives, witnesses."""

    ENTITIES = ("participant",)

    def load(self) -> list[dict]:
        return self.ws.visits.participants(self.visit_id)

    def headers(self) -> list[str]:
        return [translate("ParticipantsPanel", "Side"), translate("ParticipantsPanel", "Name"),
                translate("ParticipantsPanel", "Position"), translate("ParticipantsPanel", "Role"),
                translate("ParticipantsPanel", "Present"), translate("ParticipantsPanel", "Mr/Ms")]

    def cell(self, row: dict, column: int) -> str:
        present = translate("ParticipantsPanel", "Present") if row["present"] or row["present"] is None \
            else translate("ParticipantsPanel", "Absent")
        gender = label(GENDERS[row["gender"]], self.lang) if row.get("gender") in GENDERS else ""
        return [label(SIDES[row["side"]], self.lang), row["name"], row["position"] or "", role_text(row, self.lang),
                present, gender][column]


def role_text(row: dict, lang: str) -> str:
    """The participant's role as read: a role code's label (the team's or the unit's
    side: "representative" reads "Đại diện đơn vị"), or the words typed."""
    codes = {**ROLES, **UNIT_ROLES}
    return label(codes[row["role"]], lang) if row["role"] in codes else (row["role"] or "")


# The roles each side picks from (codes stored, their words shown): never typed.
SIDE_ROLES = {
    "team": ROLES,
    "unit": {k: v for k, v in UNIT_ROLES.items() if k != "witness"},
    "witness": {"witness": UNIT_ROLES["witness"]},
}


class ParticipantDialog(QDialog):
    """A participant: side, name, Ông/Bà, position and role, the last two picked from lists."""

    def __init__(self, lang: str = "vi", parent=None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setWindowTitle(translate("ParticipantsPanel", "Add a participant"))
        self.side = QComboBox()
        for key, pair in SIDES.items():
            self.side.addItem(label(pair, lang), key)
        self.side.setCurrentIndex(self.side.findData("unit"))
        self.name, self.position = QLineEdit(), QLineEdit()
        self.role = QComboBox()
        self.role.setObjectName("role")
        self.gender = QComboBox()
        self.gender.setObjectName("gender")
        self.gender.addItem(translate("ParticipantsPanel", "— (not recorded)"), "")
        for key, pair in GENDERS.items():
            self.gender.addItem(label(pair, lang), key)
        self._fill_roles()
        self.side.currentIndexChanged.connect(lambda _i: self._fill_roles())
        form = QFormLayout(self)
        form.addRow(translate("ParticipantsPanel", "Side"), self.side)
        form.addRow(translate("ParticipantsPanel", "Name"), self.name)
        form.addRow(translate("ParticipantsPanel", "Mr/Ms"), self.gender)
        form.addRow(translate("ParticipantsPanel", "Position"), self.position)
        form.addRow(translate("ParticipantsPanel", "Role"), self.role)
        self.present = QCheckBox(translate("ParticipantsPanel", "Present at the visit"))
        self.present.setChecked(True)
        form.addRow("", self.present)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        # Stores what the dialog says; False when the core refused (the runner said why).
        self.submit: Callable[[], bool] | None = None

    def _fill_roles(self, keep: str | None = None) -> None:
        """The side's roles; `keep` (a stored role not in the list: words typed before the
        lists) stays shown and chosen, so editing another field never changes it."""
        current = keep if keep is not None else self.role.currentData()
        self.role.clear()
        self.role.addItem("—", "")
        for key, pair in SIDE_ROLES[self.side.currentData()].items():
            self.role.addItem(label(pair, self.lang), key)
        if current and self.role.findData(current) < 0 and keep is not None:
            self.role.addItem(current, current)
        self.role.setCurrentIndex(max(self.role.findData(current or ""), 0))

    def role_code(self) -> str:
        return self.role.currentData() or ""

    def gender_code(self) -> str:
        return self.gender.currentData() or ""

    def accept(self) -> None:
        """OK stores first: a refused change keeps the dialog open with everything typed."""
        if self.submit is not None and not self.submit():
            return
        super().accept()

    def editing(self, row: dict) -> ParticipantDialog:
        """Set up to edit the participant `row`: every field filled with what is stored."""
        self.setWindowTitle(translate("ParticipantsPanel", "Edit participant"))
        self.side.setCurrentIndex(self.side.findData(row["side"]))
        self.name.setText(row["name"])
        self.position.setText(row["position"] or "")
        self._fill_roles(keep=row["role"] or "")
        self.gender.setCurrentIndex(max(self.gender.findData(row.get("gender") or ""), 0))
        self.present.setChecked(bool(row["present"]) or row["present"] is None)
        return self


class ParticipantsPanel(QWidget):
    def __init__(self, ws, visit_id: str, ops, lang: str = "vi", parent=None) -> None:
        super().__init__(parent)
        self.ws, self.visit_id, self.ops, self.lang = ws, visit_id, ops, lang
        self.model = ParticipantsModel(ws, visit_id, lang, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        set_empty_text(self.view, translate(
            "ParticipantsPanel", "No participants yet. “Add the team's members”, then the unit's people "
                                 "with “Add participant…”."))
        self.recorder = QComboBox()
        self.recorder.setObjectName("recorder")
        add = QPushButton(icon("plus"), translate("ParticipantsPanel", "Add participant… (Ctrl+N)"))
        add.clicked.connect(lambda: self.add())
        from_team = QPushButton(icon("users-plus"), translate("ParticipantsPanel", "Add the team's members"))
        from_team.clicked.connect(self.add_team)
        edit = QPushButton(icon("pencil"), translate("ParticipantsPanel", "Edit… (Enter)"))
        edit.clicked.connect(lambda: self.edit_current())
        self.view.activated.connect(lambda _index: self.edit_current())   # Enter or double-click
        remove = QPushButton(icon("trash"), translate("ParticipantsPanel", "Remove (Delete)"))
        remove.clicked.connect(self.remove_current)
        delete = QAction(self.view)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.remove_current)
        self.view.addAction(delete)
        self.view.installEventFilter(self)
        buttons = QHBoxLayout()
        for button in (add, from_team, edit, remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        # The recorder on a line of its own: with the four buttons it would not fit 960 px (200 %).
        recorder = QHBoxLayout()
        recorder.addWidget(QLabel(translate("ParticipantsPanel", "Recording on this laptop:")))
        recorder.addWidget(self.recorder)
        recorder.addStretch(1)
        # Why a surprise visit was made: the minutes state it in their opening.
        self.trigger = QLineEdit(ws.visits.trigger(visit_id))
        self.trigger.setObjectName("trigger")
        self.trigger.setPlaceholderText(translate(
            "ParticipantsPanel", "e.g. Theo phản ánh của người dân qua Đường dây nóng ngày 05/11/2026 về …"))
        self.trigger.editingFinished.connect(self._trigger_edited)
        trigger = QHBoxLayout()
        trigger_label = QLabel(translate("ParticipantsPanel", "Reason for the surprise visit:"))
        trigger_label.setBuddy(self.trigger)
        trigger.addWidget(trigger_label)
        trigger.addWidget(self.trigger, 1)
        # Made with its parent: a parentless widget made visible is a window of its own, which
        # flashed up and took the focus from the main window when a surprise visit opened.
        self.trigger_row = QWidget(self)
        self.trigger_row.setLayout(trigger)
        trigger.setContentsMargins(0, 0, 0, 0)
        self.trigger_row.setHidden(ws.visits.get(visit_id)["kind"] != "surprise" and not self.trigger.text())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addLayout(recorder)
        layout.addWidget(self.trigger_row)
        layout.addWidget(self.view, 1)
        self.model.refresh()
        self._fill_recorders()
        self.recorder.currentIndexChanged.connect(self._recorder_chosen)

    def _fill_recorders(self) -> None:
        visit = self.ws.visits.get(self.visit_id)
        self.recorder.blockSignals(True)
        self.recorder.clear()
        self.recorder.addItem("—", "")
        for person in self.ws.people.list():
            self.recorder.addItem(person["name"], person["id"])
        self.recorder.setCurrentIndex(max(self.recorder.findData(visit["recorder_id"] or ""), 0))
        self.recorder.blockSignals(False)

    def _trigger_edited(self) -> None:
        """Store the reason as typed (one undoable step); refused after signing with the
        core's message, the stored reason then shown again."""
        text = self.trigger.text()
        if " ".join(text.split()).rstrip(".;") == self.ws.visits.trigger(self.visit_id):
            return
        if not self._store(lambda: self.ws.visits.set_trigger(self.visit_id, text)):
            self.trigger.setText(self.ws.visits.trigger(self.visit_id))

    def _recorder_chosen(self) -> None:
        person_id = self.recorder.currentData()
        if person_id:
            self._store(lambda: self.ws.visits.set_recorder(self.visit_id, person_id))

    def apply_changes(self, changes: Changes) -> None:
        self.model.apply_changes(changes)

    def on_operation(self, changes: Changes, _initiator) -> None:
        """A change stored anywhere (the bus): refresh what it touched."""
        self.apply_changes(changes)
        if changes.touches("person"):
            self._fill_recorders()
        if changes.touches("visit") and not self.trigger.hasFocus():     # an undo, a synced change
            self.trigger.setText(self.ws.visits.trigger(self.visit_id))

    def eventFilter(self, watched, event) -> bool:
        ctrl_n = QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_N)
        if watched is self.view and event.type() == QEvent.Type.ShortcutOverride \
                and event.keyCombination() == ctrl_n:
            # Inside the table, Ctrl+N adds a participant: it must win over the window's "New visit".
            event.accept()
            return True
        if watched is self.view and event.type() == QEvent.Type.KeyPress \
                and (event.keyCombination() == ctrl_n or event.key() == Qt.Key.Key_Insert):
            self.add()
            return True
        return super().eventFilter(watched, event)

    def add(self, dialog: ParticipantDialog | None = None) -> bool:
        dialog = dialog or ParticipantDialog(self.lang, self)
        if dialog.result() != QDialog.DialogCode.Accepted and dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self._store(lambda: self.ws.visits.add_participant(
            self.visit_id, dialog.side.currentData(), dialog.name.text(), dialog.position.text(),
            dialog.role_code(), dialog.present.isChecked(), gender=dialog.gender_code() or None)[1])

    def edit_current(self, dialog: ParticipantDialog | None = None) -> bool:
        """Edit the current participant in the dialog they were added with, through the core
        (which refuses once the minutes are signed and offers the amendment)."""
        index = self.view.currentIndex()
        if not index.isValid():
            return False
        row = self.model.rows()[index.row()]
        dialog = (dialog or ParticipantDialog(self.lang, self)).editing(row)

        def store() -> Changes:
            return self.ws.visits.edit_participant(
                row["id"], side=dialog.side.currentData(), name=dialog.name.text(),
                position=dialog.position.text(), present=dialog.present.isChecked(),
                role=dialog.role_code(), gender=dialog.gender_code())

        if dialog.result() == QDialog.DialogCode.Accepted:     # filled and accepted by the caller
            return self._store(store)
        dialog.submit = lambda: self.ops.run(store, initiator=self, parent=dialog) is not None
        return dialog.exec() == QDialog.DialogCode.Accepted

    def add_team(self) -> None:
        """The team's members as participants; a visit without a team is refused with the
        core's message, and a click that adds nobody says why instead of doing nothing."""
        changes = self.ops.run(lambda: self.ws.visits.add_team_members(self.visit_id), initiator=self)
        if changes is None or changes:
            return
        visit = self.ws.visits.get(self.visit_id)
        team = self.ws.plans.find_team(visit["team_id"])
        name = team["name"] if team else ""
        if self.ws.plans.members(visit["team_id"]):
            text = translate("ParticipantsPanel", "Every member of %1 is already in the list.")
        else:
            text = translate("ParticipantsPanel", "%1 has no members yet. Add them in Library → Teams, "
                                                  "or add people one by one with “Add participant…”.")
        self.ops.show_error(text.replace("%1", name), self)

    def remove_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self._store(lambda: self.ws.visits.remove_participant(self.model.row_id(index.row())))

    def _store(self, action) -> bool:
        return self.ops.run(action, initiator=self) is not None
