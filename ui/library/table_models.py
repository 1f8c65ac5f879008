"""Table models of the Library: templates, legal documents, citations, plans, teams, members, assignments.

They follow `ui.models`: plain dicts read through the services, `refresh()`
and `apply_changes(changes)`; explicit values only for supported roles.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from inspector_app.services.plans import ROLES
from ui.models import RIGHT, RowsModel, format_date, label

from .common import number_text
from .labels import source_label, status_label

translate = QCoreApplication.translate


class TemplatesModel(RowsModel):
    """Every checklist version: code, version, title, status, source, item count."""

    ENTITIES = ("checklist_template", "checklist_section", "checklist_item", "visit_checklist")
    CODE, VERSION, TITLE, STATUS, SOURCE, ITEMS = range(6)

    def load(self) -> list[dict]:
        return [{**t, "item_count": self.ws.checklists.item_count(t["id"])} for t in self.ws.checklists.list()]

    def headers(self) -> list[str]:
        return [
            translate("TemplatesModel", "Code"),
            translate("TemplatesModel", "Version"),
            translate("TemplatesModel", "Title"),
            translate("TemplatesModel", "Status"),
            translate("TemplatesModel", "Source"),
            translate("TemplatesModel", "Items"),
        ]

    def cell(self, row: dict, column: int):
        values = (
            row["code"],
            row["version"],
            row["title"],
            status_label(row["status"]),
            source_label(row["source"]),
            row["item_count"],
        )
        return values[column]

    def alignment(self, column: int):
        return RIGHT if column in (self.VERSION, self.ITEMS) else None

    def tooltip(self, row: dict, column: int):
        return row.get("description") if column == self.TITLE else None

    def row_of(self, template_id: str) -> int:
        return next((n for n, r in enumerate(self._rows) if r["id"] == template_id), -1)

    def template(self, row: int) -> dict:
        return self._rows[row]


class LegalDocumentsModel(RowsModel):
    """The legal documents the checklists cite, with the dates they are in force."""

    ENTITIES = ("legal_document",)
    NUMBER, KIND, TITLE, ISSUER, FROM, TO, REPLACED_BY = range(7)

    def load(self) -> list[dict]:
        docs = self.ws.checklists.legal_documents()
        numbers = {d["ref"]: d["number"] for d in docs}
        return [{**d, "replaced_by_number": numbers.get(d["replaced_by"], d["replaced_by"] or "")} for d in docs]

    def headers(self) -> list[str]:
        return [
            translate("LegalDocumentsModel", "Number"),
            translate("LegalDocumentsModel", "Kind"),
            translate("LegalDocumentsModel", "Title"),
            translate("LegalDocumentsModel", "Issuer"),
            translate("LegalDocumentsModel", "In force from"),
            translate("LegalDocumentsModel", "In force until"),
            translate("LegalDocumentsModel", "Replaced by"),
        ]

    def cell(self, row: dict, column: int):
        values = (
            row["number"],
            row["kind"] or "",
            row["title"] or "",
            row["issuer"] or "",
            format_date(row["effective_from"]),
            format_date(row["effective_to"]),
            row["replaced_by_number"],
        )
        return values[column]

    def tooltip(self, row: dict, column: int):
        return row["title"] if column == self.TITLE else None


class CitationsModel(RowsModel):
    """The legal bases of one checklist item in force on a date (`ws.checklists.citations`).

    Column CITATION says it all in one line ("Nghị định 118/2025/NĐ-CP, Điều 5 — về …")
    for a narrow list; the other columns split it for a table.
    """

    ENTITIES = ("legal_document",)
    CITATION, NUMBER, ARTICLE, TITLE = range(4)

    def __init__(self, ws, lang: str = "vi", parent=None) -> None:
        super().__init__(ws, lang, parent)
        self.item: dict | None = None
        self.on_date = ""

    def set_item(self, item: dict | None, on_date: str) -> None:
        self.item, self.on_date = item, on_date
        self.refresh()

    def load(self) -> list[dict]:
        if self.item is None:
            return []
        return [{**c, "id": c["ref"]} for c in self.ws.checklists.citations(self.item, self.on_date)]

    def headers(self) -> list[str]:
        return [
            translate("CitationsModel", "Legal basis"),
            translate("CitationsModel", "Document"),
            translate("CitationsModel", "Article"),
            translate("CitationsModel", "Title"),
        ]

    def cell(self, row: dict, column: int):
        document = f"{row['kind']} {row['number']}" if row["kind"] else row["number"]
        if column == self.CITATION:
            text = f"{document}, {row['article']}" if row["article"] else document
            return f"{text} — {row['title']}" if row["title"] else text
        if column == self.NUMBER:
            return document
        return row["article"] if column == self.ARTICLE else (row["title"] or "")

    def tooltip(self, row: dict, column: int):
        return row["title"] if column == self.TITLE else None


class PlansModel(RowsModel):
    """Inspection plans, newest first."""

    ENTITIES = ("plan",)
    NUMBER, TITLE, ISSUER, ISSUED_ON, YEAR = range(5)

    def load(self) -> list[dict]:
        return self.ws.plans.list()

    def headers(self) -> list[str]:
        return [
            translate("PlansModel", "Number"),
            translate("PlansModel", "Title"),
            translate("PlansModel", "Issuer"),
            translate("PlansModel", "Issue date"),
            translate("PlansModel", "Year"),
        ]

    def cell(self, row: dict, column: int):
        values = (
            row["number"],
            row["title"],
            row["issuer"] or "",
            format_date(row["issued_on"]),
            str(row["year"] or ""),
        )
        return values[column]

    def alignment(self, column: int):
        return RIGHT if column == self.YEAR else None

    def tooltip(self, row: dict, column: int):
        return row["title"] if column == self.TITLE else None

    def row_of(self, plan_id: str) -> int:
        return next((n for n, r in enumerate(self._rows) if r["id"] == plan_id), -1)

    def plan(self, row: int) -> dict:
        return self._rows[row]


class TeamsModel(RowsModel):
    """Teams, all or those of one plan (`set_plan`), with their head and size."""

    ENTITIES = ("team", "team_member", "plan")
    NAME, PLAN, MEMBERS = range(3)

    def __init__(self, ws, lang: str = "vi", parent=None) -> None:
        super().__init__(ws, lang, parent)
        self.plan_id: str | None = None

    def set_plan(self, plan_id: str | None) -> None:
        self.plan_id = plan_id
        self.refresh()

    def load(self) -> list[dict]:
        plans = {p["id"]: p["number"] for p in self.ws.plans.list()}
        out = []
        for team in self.ws.plans.teams(self.plan_id):
            members = self.ws.plans.members(team["id"])
            head = next((m["name"] for m in members if m["role"] == "head"), "")
            out.append(
                {**team, "plan_number": plans.get(team["plan_id"], ""), "head": head, "member_count": len(members)}
            )
        return out

    def headers(self) -> list[str]:
        return [translate("TeamsModel", "Team"), translate("TeamsModel", "Plan"), translate("TeamsModel", "Members")]

    def cell(self, row: dict, column: int):
        return (row["name"], row["plan_number"], row["member_count"])[column]

    def alignment(self, column: int):
        return RIGHT if column == self.MEMBERS else None

    def tooltip(self, row: dict, column: int):
        if column == self.NAME:
            return row["name"] + (f"\n{row['head']}" if row["head"] else "")
        return None

    def row_of(self, team_id: str) -> int:
        return next((n for n, r in enumerate(self._rows) if r["id"] == team_id), -1)

    def team(self, row: int) -> dict:
        return self._rows[row]


class MembersModel(RowsModel):
    """The members of one team, head first, with their role label."""

    ENTITIES = ("team_member",)
    NAME, ROLE, POSITION, AGENCY = range(4)

    def __init__(self, ws, lang: str = "vi", parent=None) -> None:
        super().__init__(ws, lang, parent)
        self.team_id: str | None = None

    def set_team(self, team_id: str | None) -> None:
        self.team_id = team_id
        self.refresh()

    def load(self) -> list[dict]:
        return self.ws.plans.members(self.team_id) if self.team_id else []

    def headers(self) -> list[str]:
        return [
            translate("MembersModel", "Name"),
            translate("MembersModel", "Role"),
            translate("MembersModel", "Position"),
            translate("MembersModel", "Agency"),
        ]

    def cell(self, row: dict, column: int):
        return (
            row["name"],
            label(ROLES.get(row["role"]), self.lang, row["role"]),
            row["position"] or "",
            row["agency"] or "",
        )[column]

    def member(self, row: int) -> dict:
        return self._rows[row]


class AssignmentsModel(RowsModel):
    """Where one team inspects and when: unit, period."""

    ENTITIES = ("assignment", "org_unit")
    UNIT, START, END = range(3)

    def __init__(self, ws, lang: str = "vi", parent=None) -> None:
        super().__init__(ws, lang, parent)
        self.team_id: str | None = None

    def set_team(self, team_id: str | None) -> None:
        self.team_id = team_id
        self.refresh()

    def load(self) -> list[dict]:
        if not self.team_id:
            return []
        out = []
        for row in self.ws.plans.assignments(self.team_id):
            unit = self.ws.units.find(row["unit_id"])
            out.append({**row, "unit_name": unit["name"] if unit else "—"})
        return out

    def headers(self) -> list[str]:
        return [
            translate("AssignmentsModel", "Unit"),
            translate("AssignmentsModel", "From"),
            translate("AssignmentsModel", "To"),
        ]

    def cell(self, row: dict, column: int):
        return (row["unit_name"], format_date(row["period_start"]), format_date(row["period_end"]))[column]


def points_text(item: dict, lang: str) -> str:
    """An item's points: "1", or "0–3" for a score out of 3."""
    if item["answer_type"] == "score":
        return "0–" + number_text(item.get("max_score") or 0, lang)
    return number_text(item.get("points"), lang)
