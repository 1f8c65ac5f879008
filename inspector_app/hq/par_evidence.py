"""The inspections' evidence for each criterion of the PAR index, per unit and year, and the
deduction it suggests (issue 13, point 5).

**Which unit.** The index scores departments, districts (before 07/2025) and communes
(`SCORED_KINDS`). A visit counts for the unit visited when it is of such a kind, else for the
nearest such unit above it (a commune's service centre counts for the commune); a unit with
none above it counts for itself. A request counts for the unit that must act (its responsible
unit, else the visited unit), by the same rule.

**Evidence for a criterion** (a node of the index without children):

- *checks*: each item of an ordinary section mapped to the criterion and checked at a visit of
  the year (answered other than "Không áp dụng", or breached by records); its *shortfall* is 1
  when non-compliant (own answer or records, as `checklists/counts.py` counts), (max − score) ÷
  max for a scored item, 0 otherwise;
- *requests outstanding at the year's end*: requests from visits up to 31/12 whose status on
  that day (today, while the year is not over: `as_of_day`), derived as the register derives
  it (`services/request_status.effective_status`, with the stored status only if set by then
  and the re-inspections concluded by then), is
  still to be done (`OUTSTANDING`); *late* when past their deadline on that day (`is_late`).
  A request follows its item's mapping; one with no mapped item goes to the index's fallback
  criterion ("Xử lý, khắc phục các tồn tại … phát hiện qua kiểm tra").

**Proposed deduction** (`propose`, the rule also held in the index's data as text):
points × shortfall ÷ checks + points × `request_share` × late requests, at most the points,
rounded to `step` (0,01). Only a proposal: staff accept or override it (`ws.par.decide`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..checklists import answer_types
from ..checklists.breaches import derived_verdicts
from ..checklists.counts import NOT_APPLICABLE, applicable, value_of
from ..services.request_status import CONCLUDED_VISITS, OUTSTANDING, effective_status, is_late
from ..storage import hq_par

if TYPE_CHECKING:
    from ..workspace import Workspace

SCORED_KINDS = ("department", "district", "commune")
DEFAULT_RULE = {"request_share": 0.25, "step": 0.01}


@dataclass
class Check:
    """One mapped item checked at one visit."""

    visit_id: str
    day: str
    visited_unit_id: str
    template_code: str
    item_code: str
    item_text: str
    answer: str
    note: str
    shortfall: float
    by_records: bool = False          # non-compliant because records (roll call, case files) breach it


@dataclass
class OpenRequest:
    """A request still to be done on the year's last day (or today, while the year is not over)."""

    request_id: str
    visit_id: str
    visit_day: str
    text: str
    deadline: str | None
    status: str
    late: bool
    item_code: str | None
    visited_unit_id: str = ""


@dataclass
class CriterionEvidence:
    """What the year's inspections say about one criterion of one unit."""

    unit_id: str
    criterion: dict
    area: dict
    checks: list[Check] = field(default_factory=list)
    requests: list[OpenRequest] = field(default_factory=list)
    proposed: float = 0.0
    decision: dict | None = None

    @property
    def failed(self) -> list[Check]:
        return [c for c in self.checks if c.shortfall > 0]

    @property
    def shortfall(self) -> float:
        return sum(c.shortfall for c in self.checks)

    @property
    def late(self) -> int:
        return sum(r.late for r in self.requests)

    @property
    def accepted(self) -> float | None:
        return self.decision["accepted"] if self.decision else None

    @property
    def stale(self) -> bool:
        """A decision taken on a proposal that has changed since (new visits, requests closed)."""
        return self.decision is not None and abs((self.decision["proposed"] or 0) - self.proposed) > 1e-9


def propose(points: float, checks: int, shortfall: float, late: int, rule: dict | None = None) -> float:
    """The proposed deduction of the module's rule, between 0 and `points`."""
    rule = {**DEFAULT_RULE, **(rule or {})}
    share = shortfall / checks if checks else 0.0
    raw = points * share + points * float(rule["request_share"]) * late
    step = float(rule["step"]) or 0.01
    return round(min(points, round(raw / step) * step), 6)


class Owners:
    """Which scored unit each unit's visits and requests count for."""

    def __init__(self, ws: Workspace) -> None:
        self.units = {u["id"]: u for u in hq_par.units(ws.db.conn)}
        self._owner: dict[str, str] = {}

    def owner(self, unit_id: str) -> str:
        if unit_id not in self._owner:
            node = unit_id
            found = unit_id
            seen: set[str] = set()
            while node in self.units and node not in seen:
                seen.add(node)
                if self.units[node]["kind"] in SCORED_KINDS:
                    found = node
                    break
                node = self.units[node]["parent_id"]
            self._owner[unit_id] = found
        return self._owner[unit_id]

    def belongs(self, unit_id: str, target: str) -> bool:
        """Whether `unit_id`'s visits count for `target`: `target` is met going up from it
        before any other scored unit."""
        node: str | None = unit_id
        seen: set[str] = set()
        while node and node not in seen:
            if node == target:
                return True
            seen.add(node)
            unit = self.units.get(node)
            if unit is None or unit["kind"] in SCORED_KINDS:
                return False
            node = unit["parent_id"]
        return False

    def name(self, unit_id: str) -> str:
        return (self.units.get(unit_id) or {}).get("name") or ""

    def code(self, unit_id: str) -> str:
        return (self.units.get(unit_id) or {}).get("code") or ""


def as_of_day(year: int, today: dt.date | str | None = None) -> str:
    """The day requests are judged on for `year`: 31/12, or today while the year is not over
    (a request due on 20/12 is not late on 02/12)."""
    day = (today.isoformat() if isinstance(today, dt.date) else str(today)[:10]) if today \
        else dt.date.today().isoformat()
    return min(f"{int(year):04d}-12-31", day)


def year_evidence(ws: Workspace, year: int, unit_id: str | None = None, index_id: str | None = None,
                  today: dt.date | str | None = None) -> dict[str, list[CriterionEvidence]]:
    """scored unit id → its evidence, one entry per criterion without children in the index's
    order, for every unit with a visit in `year` or a request outstanding on 31/12 — or for
    `unit_id` alone (then present even with no evidence at all)."""
    index = ws.par.index(index_id)
    first, last = f"{int(year):04d}-01-01", f"{int(year):04d}-12-31"
    cut = as_of_day(year, today)
    leaves = ws.par.leaves(index["id"])
    areas = {leaf["id"]: ws.par.area_of(leaf, index["id"]) for leaf in leaves}
    by_code = {leaf["code"]: leaf for leaf in leaves}
    leaf_ids = {leaf["id"] for leaf in leaves}
    mapped: dict[tuple[str, str], list[str]] = {}
    for row in ws.par.mappings(index["id"]):
        if row["criterion_id"] in leaf_ids:
            mapped.setdefault((row["template_code"], row["item_code"]), []).append(row["criterion_id"])
    fallback = by_code.get(index.get("fallback_code") or "")
    owners = Owners(ws)
    units: dict[str, dict[str, CriterionEvidence]] = {}

    def slot(owner: str, criterion_id: str) -> CriterionEvidence:
        if owner not in units:
            units[owner] = {leaf["id"]: CriterionEvidence(owner, leaf, areas[leaf["id"]]) for leaf in leaves}
        return units[owner][criterion_id]

    conn = ws.db.conn
    for visit in hq_par.visits(conn, first, last):
        owner = unit_id if unit_id and owners.belongs(visit["unit_id"], unit_id) else owners.owner(visit["unit_id"])
        if unit_id and owner != unit_id:
            continue
        for template_code, item, value, shortfall, note, by_records in _checked_items(ws, visit["id"]):
            for criterion_id in mapped.get((template_code, item["code"]), ()):
                slot(owner, criterion_id).checks.append(Check(
                    visit["id"], visit["day"], visit["unit_id"], template_code, item["code"], item["text"],
                    answer_types.format_value(item, value) if value is not None else "", note or "", shortfall,
                    by_records))
    found_checks = hq_par.checks(conn, cut, CONCLUDED_VISITS)
    for request in hq_par.requests(conn, cut):
        owner = unit_id if unit_id and owners.belongs(request["unit_id"], unit_id) else \
            owners.owner(request["unit_id"])
        if unit_id and owner != unit_id:
            continue
        status, late = year_end_status(request, found_checks.get(request["id"], ()), cut)
        if status not in OUTSTANDING:
            continue
        targets = mapped.get((request["template_code"], request["item_code"])) or \
            ([fallback["id"]] if fallback else [])
        for criterion_id in targets:
            slot(owner, criterion_id).requests.append(OpenRequest(
                request["id"], request["visit_id"], request["visit_day"], request["text"] or "",
                request["deadline"], status, late, request["item_code"], request["visited_unit_id"] or ""))
    if unit_id and unit_id not in units:
        for leaf in leaves:
            slot(unit_id, leaf["id"])
    rule = index.get("rule") or {}
    decisions = ws.par.decisions(year, unit_id)
    out: dict[str, list[CriterionEvidence]] = {}
    for owner, entries in units.items():
        for evidence in entries.values():
            evidence.proposed = propose(float(evidence.criterion["points"] or 0), len(evidence.checks),
                                        evidence.shortfall, evidence.late, rule)
            evidence.decision = decisions.get((owner, evidence.criterion["id"]))
        out[owner] = [entries[leaf["id"]] for leaf in leaves]
    return dict(sorted(out.items(), key=lambda kv: (owners.name(kv[0]), kv[0])))


def unit_evidence(ws: Workspace, unit_id: str, year: int, index_id: str | None = None,
                  today: dt.date | str | None = None) -> list[CriterionEvidence]:
    """One unit's evidence for `year`, criterion by criterion."""
    return year_evidence(ws, year, unit_id, index_id, today)[unit_id]


def year_end_status(request: dict, checks, last: str) -> tuple[str, bool]:
    """(status on `last`, late on `last`) of a request: its stored status counts only if set by
    then (else it was still open), and only checks of visits up to then are given."""
    status_on = request.get("status_on")
    stored = request.get("status") if not status_on or status_on[:10] <= last else "open"
    status = effective_status(stored, request.get("deadline"), last, checks,
                              status_on if status_on and status_on[:10] <= last else None)
    return status, is_late(status, request.get("deadline"), last)


def _checked_items(ws: Workspace, visit_id: str):
    """(checklist code, item, value, shortfall, note, breached by records only) for each checked
    item of an ordinary section."""
    structures, held, records = ws.visits.evidence_of(visit_id)
    derived = derived_verdicts(structures, held, records)
    for structure in structures:
        for section in structure["sections"]:
            if section["repeatable"]:
                continue
            for item, _none in applicable(section, held, records):
                value = value_of(held, item, None)
                breached = item["id"] in derived
                if not breached and (value is None or value == NOT_APPLICABLE):
                    continue
                if breached or answer_types.is_noncompliant(item, value):
                    shortfall = 1.0
                elif item.get("answer_type") == "score" and item.get("max_score"):
                    top = float(item["max_score"])
                    shortfall = max(0.0, (top - float(value or 0)) / top)
                else:
                    shortfall = 0.0
                observation = held.get((item["id"], None)) or {}
                yield structure["code"], item, value, shortfall, observation.get("note"), \
                    breached and not answer_types.is_noncompliant(item, value)
