"""Plans (kế hoạch kiểm tra), teams (đoàn), their members and assignments."""

from __future__ import annotations

import builtins
import re

from ..catalogue import COMMANDS, render
from ..changes import Changes
from ..checklists import citations
from ..errors import ValidationError
from ..ids import uuid7
from ..text import day
from .base import Service, check_choice, check_date, require

ROLES = {
    "head": ("Trưởng đoàn", "Team head"),
    "deputy": ("Phó Trưởng đoàn", "Deputy head"),
    "member": ("Thành viên", "Member"),
    "secretary": ("Thư ký", "Secretary"),
}
# "87/KH-UBND": number, slash, symbol of hyphen-joined abbreviations (NĐ 30/2020).
_NUMBER = re.compile(r"^\d+/[A-ZĐ0-9]+(-[A-ZĐ0-9]+)*$")


class Plans(Service):
    ENTITY = "plan"

    def team(self, team_id: str) -> dict:
        """A live team, or NotFoundError."""
        return self._row("team", team_id)

    def find_team(self, team_id: str | None) -> dict | None:
        """A live team, or None."""
        return self._row_or_none("team", team_id)

    def member(self, member_id: str) -> dict:
        """A live team member, or NotFoundError."""
        return self._row("team_member", member_id)

    def create(self, number: str, title: str, *, issuer: str = "", issued_on=None,
               year: int | None = None, legal_basis: str = "", decision: str | dict = "") -> tuple[str, Changes]:
        """A plan; `decision` is the decision it rests on, as parts (`decision_value`)."""
        number = _check_number(number)
        title = require(title, ("trích yếu kế hoạch", "plan title"))
        issued = check_date(issued_on, ("ngày ban hành", "issue date"))
        plan_id = uuid7()
        return plan_id, self.write([("plan", plan_id, {
            "number": number, "title": title, "issuer": issuer or None,
            "issued_on": issued, "year": year or (int(issued[:4]) if issued else None),
            "legal_basis": legal_basis or None, "decision": decision_value(decision)})])

    def update(self, plan_id: str, **fields) -> Changes:
        self._row("plan", plan_id)
        fields = dict(fields)
        if "title" in fields:
            fields["title"] = require(fields["title"], ("trích yếu kế hoạch", "plan title"))
        if "number" in fields:
            fields["number"] = _check_number(fields["number"])
        if "issued_on" in fields:
            fields["issued_on"] = check_date(fields["issued_on"], ("ngày ban hành", "issue date"))
            if fields["issued_on"] and "year" not in fields:
                fields["year"] = int(fields["issued_on"][:4])
        if "decision" in fields:
            fields["decision"] = decision_value(fields["decision"])
        return self.write([("plan", plan_id, fields)])

    def list(self) -> list[dict]:
        return self._rows("plan", order="issued_on DESC, number")

    def decision_gaps(self, plan_id: str | None, team_id: str | None) -> builtins.list[tuple[str, str]]:
        """(Vietnamese, English) lines for each decision the minutes cite with a part missing
        (its date, issuer or subject line: the paper dots it for the clerk), saying where to add it.
        A team's decision needs no subject line (it is "về việc thành lập <the team>");
        decisions typed before parts existed say more than a number and are taken as typed."""
        out = []
        plan, team = self._row_or_none("plan", plan_id), self._row_or_none("team", team_id)
        for row, tab, button, default in (
                (plan, ("Kế hoạch", "Kế hoạch (Plans)"), ("Sửa kế hoạch…", "Sửa kế hoạch… (Edit plan…)"), ""),
                (team, ("Đoàn kiểm tra", "Đoàn kiểm tra (Teams)"), ("Sửa đoàn…", "Sửa đoàn… (Edit team…)"),
                 "về việc thành lập")):
            parts = citations.decision_parts(row["decision"]) if row else None
            gaps = citations.decision_gaps(parts, default)
            if not gaps or row is None:
                continue
            owner = row["number"] if row is plan else row["name"]
            params = {"which": citations.decision(parts), "owner": owner, "tab": tab, "button": button,
                      "parts": (", ".join(_GAP_WORDS[g][0] for g in gaps), ", ".join(_GAP_WORDS[g][1] for g in gaps))}
            out.append((render(COMMANDS["minutes.decision_gap"], "vi", params),
                        render(COMMANDS["minutes.decision_gap"], "en", params)))
        return out

    # -- teams ------------------------------------------------------------------
    def create_team(self, name: str, plan_id: str | None = None, decision: str | dict = "") -> tuple[str, Changes]:
        name = require(name, ("tên đoàn kiểm tra", "team name"))
        if plan_id:
            self._row("plan", plan_id)
        team_id = uuid7()
        return team_id, self.write([("team", team_id, {"name": name, "plan_id": plan_id,
                                                       "decision": decision_value(decision)})])

    def update_team(self, team_id: str, **fields) -> Changes:
        """Change a team's name, plan or decision."""
        self._row("team", team_id)
        unknown = set(fields) - {"name", "plan_id", "decision"}
        if unknown:
            raise ValidationError("unknown_field", field=", ".join(sorted(unknown)), what=("đoàn", "team"))
        fields = dict(fields)
        if "name" in fields:
            fields["name"] = require(fields["name"], ("tên đoàn kiểm tra", "team name"))
        if fields.get("plan_id"):
            self._row("plan", fields["plan_id"])
        if "decision" in fields:
            fields["decision"] = decision_value(fields["decision"])
        return self.write([("team", team_id, fields)])

    def add_member(self, team_id: str, name: str, role: str = "member", *, position: str = "",
                   agency: str = "", person_id: str | None = None) -> tuple[str, Changes]:
        self._row("team", team_id)
        name = require(name, ("họ và tên thành viên", "member name"))
        check_choice(role, ROLES, ("vai trò trong đoàn", "role in the team"))
        if person_id:
            self._row("person", person_id)
        member_id = uuid7()
        return member_id, self.write([("team_member", member_id, {
            "team_id": team_id, "name": name, "role": role, "position": position or None,
            "agency": agency or None, "person_id": person_id})])

    def update_member(self, member_id: str, **fields) -> Changes:
        """Change a member's name, role, position or agency."""
        self._row("team_member", member_id)
        unknown = set(fields) - {"name", "role", "position", "agency", "person_id"}
        if unknown:
            raise ValidationError("unknown_field", field=", ".join(sorted(unknown)),
                                  what=("thành viên đoàn", "team member"))
        fields = dict(fields)
        if "name" in fields:
            fields["name"] = require(fields["name"], ("họ và tên thành viên", "member name"))
        if "role" in fields:
            check_choice(fields["role"], ROLES, ("vai trò trong đoàn", "role in the team"))
        if fields.get("person_id"):
            self._row("person", fields["person_id"])
        for key in ("position", "agency"):
            if key in fields:
                fields[key] = (fields[key] or "").strip() or None
        return self.write([("team_member", member_id, fields)])

    def remove_member(self, member_id: str) -> Changes:
        self._row("team_member", member_id)
        return self.write([("team_member", member_id, {"deleted": True})])

    def teams(self, plan_id: str | None = None) -> builtins.list[dict]:
        if plan_id:
            return self._rows("team", order="name", plan_id=plan_id)
        return self._rows("team", order="name")

    def members(self, team_id: str) -> builtins.list[dict]:
        order = list(ROLES)
        return sorted(self._rows("team_member", order="name", team_id=team_id),
                      key=lambda m: (order.index(m["role"]) if m["role"] in order else 9, m["name"]))

    # -- assignments ------------------------------------------------------------
    def assign(self, team_id: str, unit_id: str, period_start, period_end,
               plan_id: str | None = None) -> tuple[str, Changes]:
        team = self._row("team", team_id)
        self._row("org_unit", unit_id)
        start = check_date(period_start, ("từ ngày", "from"))
        end = check_date(period_end, ("đến ngày", "to"))
        require(start, ("từ ngày", "from"))
        require(end, ("đến ngày", "to"))
        assert start is not None and end is not None    # require() raised otherwise
        if end < start:
            raise ValidationError("invalid_value", field=("đến ngày", "to"),
                                  detail=(f"{day(end)} trước {day(start)}", f"{day(end)} is before {day(start)}"))
        assignment_id = uuid7()
        return assignment_id, self.write([("assignment", assignment_id, {
            "team_id": team_id, "unit_id": unit_id, "plan_id": plan_id or team["plan_id"],
            "period_start": start, "period_end": end})])

    def assignments(self, team_id: str | None = None) -> builtins.list[dict]:
        if team_id:
            return self._rows("assignment", order="period_start", team_id=team_id)
        return self._rows("assignment", order="period_start")

    def remove_assignment(self, assignment_id: str) -> Changes:
        self._row("assignment", assignment_id)
        return self.write([("assignment", assignment_id, {"deleted": True})])


def _check_number(number, field: tuple[str, str] = ("số, ký hiệu kế hoạch", "plan number"),
                  example: str = "87/KH-UBND") -> str:
    """"87/KH-UBND" without spaces, or a ValidationError with an example."""
    number = require(number, field)
    if not _NUMBER.match(number.replace(" ", "")):
        raise ValidationError("invalid_value", field=field,
                              detail=(f"{number} (ví dụ {example})", f"{number} (for example {example})"))
    return number.replace(" ", "")


_DECISION_NUMBER = ("số, ký hiệu quyết định", "decision number")
_GAP_WORDS = {"number": ("số, ký hiệu", "its number"), "issued_on": ("ngày ban hành", "its date"),
              "issuer": ("cơ quan, người ban hành", "its issuer"),
              "subject": ("trích yếu (về việc …)", "its subject line")}


def decision_value(decision: str | dict | None) -> str | None:
    """What a plan's or team's `decision` field stores. Parts — {"number": "123/QĐ-SNV",
    "issued_on": ISO date, "issuer": "Giám đốc Sở Nội vụ", "subject": "về việc ban hành
    Kế hoạch kiểm tra …"} — are checked (the number as NĐ 30/2020 writes it, required when
    any part is given; a real date) and kept as JSON in the text field (no schema change);
    text is kept as typed, as before parts existed (checklists/citations.py reads both)."""
    if not isinstance(decision, dict):
        return (decision or "").strip() or None
    parts = {k: str(decision.get(k) or "").strip() for k in citations.DECISION_PARTS}
    if not any(parts.values()):
        return None
    parts["number"] = _check_number(parts["number"], _DECISION_NUMBER, "123/QĐ-SNV")
    parts["issued_on"] = check_date(parts["issued_on"], ("ngày ban hành quyết định", "decision date")) or ""
    parts["subject"] = citations.words_lower(parts["subject"])
    return citations.decision_store(parts)
