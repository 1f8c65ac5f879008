"""Dialogs for plans, teams, members and assignments."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from inspector_app.services.plans import ROLES
from ui.models import label

from .common import FormDialog, OptionalDateEdit, OptionCombo, date_edit, iso_of, text_edit
from .unit_dialogs import unit_options


def plan_options(ws, none_text: str) -> list[tuple[str | None, str]]:
    return [(None, none_text)] + [(p["id"], f"{p['number']} — {p['title']}") for p in ws.plans.list()]


class PlanDialog(FormDialog):
    """Number (87/KH-UBND), title, issuer, issue date, legal basis and decision of a plan."""

    def __init__(self, submit, plan: dict | None = None, parent=None) -> None:
        super().__init__(self.tr("Edit plan") if plan else self.tr("New plan"), submit, parent)
        plan = plan or {}
        self.number_edit = QLineEdit(plan.get("number") or "")
        self.number_edit.setPlaceholderText("87/KH-UBND")
        self.title_edit = QLineEdit(plan.get("title") or "")
        self.title_edit.setPlaceholderText(self.tr("e.g. Kiểm tra công tác cải cách hành chính năm 2026"))
        self.issuer_edit = QLineEdit(plan.get("issuer") or "")
        self.issued_on_edit = OptionalDateEdit(plan.get("issued_on"))
        self.legal_basis_edit = text_edit(plan.get("legal_basis"))
        self.decision_edit = QLineEdit(plan.get("decision") or "")
        self.decision_edit.setPlaceholderText(self.tr("decision setting up the inspection, if any"))
        self.form.addRow(self.tr("&Number:"), self.number_edit)
        self.form.addRow(self.tr("&Title:"), self.title_edit)
        self.form.addRow(self.tr("&Issuer:"), self.issuer_edit)
        self.form.addRow(self.tr("Issue &date:"), self.issued_on_edit)
        self.form.addRow(self.tr("&Legal basis:"), self.legal_basis_edit)
        self.form.addRow(self.tr("D&ecision:"), self.decision_edit)
        self.setMinimumWidth(600)

    def values(self) -> dict:
        return {"number": self.number_edit.text().strip(), "title": self.title_edit.text().strip(),
                "issuer": self.issuer_edit.text().strip(), "issued_on": self.issued_on_edit.iso(),
                "legal_basis": self.legal_basis_edit.toPlainText().strip(),
                "decision": self.decision_edit.text().strip()}


class TeamDialog(FormDialog):
    """A team's name, plan and the decision that set it up."""

    def __init__(self, ws, submit, team: dict | None = None, plan_id: str | None = None, parent=None) -> None:
        super().__init__(self.tr("Edit team") if team else self.tr("New team"), submit, parent)
        team = team or {"plan_id": plan_id}
        self.name_edit = QLineEdit(team.get("name") or "")
        self.name_edit.setPlaceholderText(self.tr("e.g. Đoàn kiểm tra công vụ số 1"))
        self.plan_combo = OptionCombo(plan_options(ws, self.tr("— no plan —")), team.get("plan_id"))
        self.decision_edit = QLineEdit(team.get("decision") or "")
        self.form.addRow(self.tr("&Name:"), self.name_edit)
        self.form.addRow(self.tr("&Plan:"), self.plan_combo)
        self.form.addRow(self.tr("&Decision:"), self.decision_edit)

    def values(self) -> dict:
        return {"name": self.name_edit.text().strip(), "plan_id": self.plan_combo.current_id(),
                "decision": self.decision_edit.text().strip()}


class MemberDialog(FormDialog):
    """A team member: name, role (Trưởng đoàn, Thành viên…), position, agency."""

    def __init__(self, lang: str, submit, member: dict | None = None, parent=None) -> None:
        super().__init__(self.tr("Edit member") if member else self.tr("New member"), submit, parent)
        member = member or {"role": "member"}
        self.name_edit = QLineEdit(member.get("name") or "")
        self.role_combo = OptionCombo([(k, label(v, lang)) for k, v in ROLES.items()], member["role"])
        self.position_edit = QLineEdit(member.get("position") or "")
        self.position_edit.setPlaceholderText(self.tr("e.g. Chuyên viên"))
        self.agency_edit = QLineEdit(member.get("agency") or "")
        self.agency_edit.setPlaceholderText(self.tr("e.g. Sở Nội vụ"))
        self.form.addRow(self.tr("&Name:"), self.name_edit)
        self.form.addRow(self.tr("&Role:"), self.role_combo)
        self.form.addRow(self.tr("&Position:"), self.position_edit)
        self.form.addRow(self.tr("&Agency:"), self.agency_edit)

    def values(self) -> dict:
        return {"name": self.name_edit.text().strip(), "role": self.role_combo.current_id(),
                "position": self.position_edit.text().strip(), "agency": self.agency_edit.text().strip()}


class AssignmentDialog(FormDialog):
    """A unit the team inspects and the period."""

    def __init__(self, ws, lang: str, submit, parent=None) -> None:
        super().__init__(self.tr("Assign the team to a unit"), submit, parent)
        self.unit_combo = OptionCombo(unit_options(ws, lang), searchable=True)
        self.start_edit = date_edit()
        self.end_edit = date_edit()
        self.form.addRow(self.tr("&Unit:"), self.unit_combo)
        self.form.addRow(self.tr("&From:"), self.start_edit)
        self.form.addRow(self.tr("&To:"), self.end_edit)
        self.setMinimumWidth(560)

    def values(self) -> dict:
        return {"unit_id": self.unit_combo.current_id(), "period_start": iso_of(self.start_edit),
                "period_end": iso_of(self.end_edit)}
