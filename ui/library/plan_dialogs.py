"""Dialogs for plans, teams, members and assignments."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLineEdit

from inspector_app.checklists import citations
from inspector_app.services.plans import ROLES
from ui.models import label

from .common import FormDialog, OptionalDateEdit, OptionCombo, date_edit, iso_of, text_edit
from .unit_dialogs import unit_options

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


def plan_options(ws, none_text: str) -> list[tuple[str | None, str]]:
    return [(None, none_text)] + [(p["id"], f"{p['number']} — {p['title']}") for p in ws.plans.list()]


class DecisionFields:
    """The decision a plan or team rests on, by its parts — number, date, issuer, subject
    line — so the minutes cite it in full ("Quyết định số 123/QĐ-SNV ngày 05 tháng 3 năm
    2026 của Giám đốc Sở Nội vụ về việc …") and dot what is left blank. A decision typed as
    one text before parts existed is shown split as far as it reads; left untouched, it is
    kept as typed (`value()` returns the text), edited, its parts are stored."""

    def __init__(self, form: QFormLayout, stored: str | None, subject_hint: str) -> None:
        self.stored = stored
        self.shown = citations.decision_fields(stored)
        self.number = QLineEdit(self.shown["number"])
        self.number.setPlaceholderText("123/QĐ-SNV")
        self.issued_on = OptionalDateEdit(self.shown["issued_on"] or None)
        self.issuer = QLineEdit(self.shown["issuer"])
        self.issuer.setPlaceholderText(translate("DecisionFields", "e.g. Giám đốc Sở Nội vụ"))
        self.subject = QLineEdit(self.shown["subject"])
        self.subject.setPlaceholderText(subject_hint)
        form.addRow(translate("DecisionFields", "Decision nu&mber:"), self.number)
        form.addRow(translate("DecisionFields", "Decision d&ate:"), self.issued_on)
        form.addRow(translate("DecisionFields", "Decision issued b&y:"), self.issuer)
        form.addRow(translate("DecisionFields", "Decision su&bject:"), self.subject)

    def parts(self) -> dict:
        return {"number": self.number.text().strip(), "issued_on": self.issued_on.iso() or "",
                "issuer": self.issuer.text().strip(), "subject": self.subject.text().strip()}

    def value(self) -> str | dict:
        """What the core's `decision` takes: the parts, or the text typed before parts existed
        when nothing was changed (so a decision the form cannot split is never rewritten)."""
        parts = self.parts()
        legacy = citations.decision_parts(self.stored)
        if legacy and "text" in legacy and parts == self.shown:
            return self.stored or ""
        return parts


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
        self.form.addRow(self.tr("&Number:"), self.number_edit)
        self.form.addRow(self.tr("&Title:"), self.title_edit)
        self.form.addRow(self.tr("&Issuer:"), self.issuer_edit)
        self.form.addRow(self.tr("Issue &date:"), self.issued_on_edit)
        self.form.addRow(self.tr("&Legal basis:"), self.legal_basis_edit)
        # The decision the inspection rests on, if any ("Căn cứ Quyết định số …" in the minutes).
        self.decision = DecisionFields(self.form, plan.get("decision"),
                                       self.tr("e.g. về việc ban hành Kế hoạch kiểm tra công tác cải cách hành chính"))
        self.setMinimumWidth(600)

    def values(self) -> dict:
        return {"number": self.number_edit.text().strip(), "title": self.title_edit.text().strip(),
                "issuer": self.issuer_edit.text().strip(), "issued_on": self.issued_on_edit.iso(),
                "legal_basis": self.legal_basis_edit.toPlainText().strip(),
                "decision": self.decision.value()}


class TeamDialog(FormDialog):
    """A team's name, plan and the decision that set it up."""

    def __init__(self, ws, submit, team: dict | None = None, plan_id: str | None = None, parent=None) -> None:
        super().__init__(self.tr("Edit team") if team else self.tr("New team"), submit, parent)
        team = team or {"plan_id": plan_id}
        self.name_edit = QLineEdit(team.get("name") or "")
        self.name_edit.setPlaceholderText(self.tr("e.g. Đoàn kiểm tra công vụ số 1"))
        self.plan_combo = OptionCombo(plan_options(ws, self.tr("— no plan —")), team.get("plan_id"))
        self.form.addRow(self.tr("&Name:"), self.name_edit)
        self.form.addRow(self.tr("&Plan:"), self.plan_combo)
        # Left blank, the subject line is "về việc thành lập <the team>" in the minutes.
        self.decision = DecisionFields(self.form, team.get("decision"),
                                       self.tr("về việc thành lập <the team> if left blank"))

    def values(self) -> dict:
        return {"name": self.name_edit.text().strip(), "plan_id": self.plan_combo.current_id(),
                "decision": self.decision.value()}


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
