"""The numbers of the period's report, computed once for the .docx and its .xlsx appendices.

`collect(ws, period, scope, as_of)` walks the visits of the window and scope
one at a time (answers and records streamed from `storage/hq_report.py`) and
computes each visit's counts with the core's one computation
(`checklists/counts.visit_counts`); per item it applies the same rule (an
item is non-compliant when its answer is a shortcoming or records breach it,
checked unless "Không áp dụng" or unanswered without a breach), so an area's
figures are the sum of its items'. Only visits made (not "Chưa bắt đầu")
count in the results; planned ones count in "planned vs done".

Requests are counted by their effective status on `as_of`, the register's
(`hq/register.py`: overdue, due within 7 days, reported by the unit,
verified or not at re-inspection, closed, cancelled).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..checklists import answer_types, breaches
from ..checklists import counts as counts_mod
from ..progress import Cancelled
from ..services.units import KINDS as UNIT_KINDS
from ..services.visits import KINDS as VISIT_KINDS
from ..storage import hq_report
from . import overview_rules, register
from .periods import Period
from .scope import PROVINCE, Scope

if TYPE_CHECKING:
    from ..workspace import Workspace

NOT_APPLICABLE = counts_mod.NOT_APPLICABLE
# A request's state on the report's day is the register's effective status (hq/register.py),
# listed in its order; the report counts as remedied what a re-inspection verified or HQ closed.
REQUEST_STATES = register.STATUSES
RESOLVED = ("verified", "closed")


@dataclass
class Tally:
    """Items checked and non-compliant, with the visits they come from."""
    checked: int = 0
    failed: int = 0
    visits: set = field(default_factory=set)
    earned: float = 0.0          # points, for the areas of a scored checklist
    possible: float = 0.0

    @property
    def score(self) -> float | None:
        """Points earned of the points possible, in per cent (None when nothing was scored)."""
        return 100.0 * self.earned / self.possible if self.possible else None

    @property
    def rate(self) -> float | None:
        """The share of checked items that comply, in per cent (None when none was checked)."""
        return 100.0 * (self.checked - self.failed) / self.checked if self.checked else None


@dataclass
class ReportData:
    """Everything the report and its appendices print (see `collect`)."""
    period: Period
    scope: Scope
    as_of: dt.date
    visits: list[dict] = field(default_factory=list)          # every visit, with `done`, `checked`, `failed`
    plans: list[str] = field(default_factory=list)            # plan numbers the visits carry out
    areas: dict[str, Tally] = field(default_factory=dict)     # area title → tally, in checklist order
    items: dict[tuple, dict] = field(default_factory=dict)    # (code, text) → item's tally and examples
    units: dict[str, dict] = field(default_factory=dict)      # unit id → name, kind, tally, areas, strengths
    staff: list[dict] = field(default_factory=list)           # flagged roll-call rows
    staff_rows: int = 0
    files: list[dict] = field(default_factory=list)           # late case files
    file_rows: int = 0
    shortcomings: list[tuple[str, int, list[str]]] = field(default_factory=list)  # text, visits, units
    requests: list[dict] = field(default_factory=list)        # the register's rows, with `state`
    record_kinds: dict[str, str] = field(default_factory=dict)  # section id → "staff" or "files"

    @property
    def done(self) -> list[dict]:
        return [v for v in self.visits if v["done"]]

    def by_kind(self) -> list[tuple[str, str, int, int]]:
        """(kind code, label, visits planned, visits made) for every kind of visit."""
        planned, made = Counter(v["kind"] for v in self.visits), Counter(v["kind"] for v in self.done)
        return [(code, label[0], planned[code], made[code]) for code, label in VISIT_KINDS.items()]

    def by_unit_kind(self) -> list[tuple[str, int, int]]:
        """(kind of unit, units inspected, visits made) for the kinds with a visit made."""
        units: dict[str, set] = defaultdict(set)
        made: Counter = Counter()
        for v in self.done:
            units[v["unit_kind"] or "other"].add(v["unit_id"])
            made[v["unit_kind"] or "other"] += 1
        return [(label[0], len(units[code]), made[code]) for code, label in UNIT_KINDS.items() if made[code]]

    def total(self) -> Tally:
        out = Tally()
        for tally in self.areas.values():
            out.checked += tally.checked
            out.failed += tally.failed
            out.visits |= tally.visits
        return out

    def top_items(self, n: int = 10) -> list[dict]:
        """The items most often failed (at least once), most failures first."""
        ranked = sorted((i for i in self.items.values() if i["tally"].failed),
                        key=lambda i: (-i["tally"].failed, -(100 - (i["tally"].rate or 0)), i["code"]))
        return ranked[:n]

    def good_units(self, n: int = 5, least_items: int = 20, least_rate: float = 85.0) -> list[dict]:
        """Units whose items comply best (at least `least_items` checked, `least_rate` % complied)."""
        ranked = sorted((u for u in self.units.values()
                         if u["tally"].checked >= least_items and (u["tally"].rate or 0) >= least_rate),
                        key=lambda u: (-(u["tally"].rate or 0), -u["tally"].checked, u["name"]))
        return ranked[:n]

    def request_counts(self) -> list[tuple[str, str, int]]:
        """(state, label, requests) for every state, in REQUEST_STATES' order."""
        counted = Counter(r["state"] for r in self.requests)
        return [(code, label[0], counted[code]) for code, label in REQUEST_STATES.items()]


def collect(ws: Workspace, period: Period, scope: Scope = PROVINCE, as_of: dt.date | None = None,
            progress=None) -> ReportData:
    """The report's numbers for `period` and `scope`, requests judged on `as_of` (default: the
    period's last day, or today if earlier). A cancelled `progress` stops it between visits
    (`Cancelled`)."""
    as_of = as_of or min(period.end, dt.date.today())
    data = ReportData(period, scope, as_of)
    conn, window = ws.db.conn, (period.first, period.last, scope.key)
    structures: dict[str, dict] = {}
    answers = _Grouped(hq_report.observations(conn, *window))
    records = _Grouped(hq_report.records(conn, *window))
    plans: set[str] = set()
    for visit in hq_report.visits(conn, *window):
        if progress is not None and progress.cancelled():
            raise Cancelled()
        visit["done"] = visit["status"] != "draft"
        visit["checked"] = visit["failed"] = 0
        data.visits.append(visit)
        if visit["plan_number"]:
            plans.add(visit["plan_number"])
        held_rows, record_rows = answers.take(visit["id"]), records.take(visit["id"])
        if not visit["done"]:
            continue
        held = {(item, record): {"value": value, "note": note} for _v, item, record, value, note in held_rows}
        by_section: dict[str, list[str]] = {}
        for _v, section_id, record_id in record_rows:
            by_section.setdefault(section_id, []).append(record_id)
        for template_id in filter(None, (visit["templates"] or "").split(";")):
            if template_id not in structures:
                structures[template_id] = ws.checklists.structure(template_id)
                # Roll calls and case files as the Overview sorts them: one definition for both.
                rules = overview_rules.build([structures[template_id]])
                data.record_kinds.update({s: "staff" for s in rules.roll_calls})
                data.record_kinds.update({s: "files" for s in rules.case_files})
        _visit(data, visit, [structures[t] for t in filter(None, (visit["templates"] or "").split(";"))],
               held, by_section)
    data.visits.sort(key=lambda v: (v["day"] or "", v["unit_name"] or "", v["id"]))
    data.plans = sorted(plans)
    _findings(data, ws)
    for row in register.entries(ws, period, scope, as_of):
        row["state"] = row["status"]
        data.requests.append(row)
    return data


def _visit(data: ReportData, visit: dict, structures: list[dict], held: dict, by_section: dict) -> None:
    counted = counts_mod.visit_counts(structures, held, by_section)
    derived = breaches.derived_verdicts(structures, held, by_section)
    unit = data.units.setdefault(visit["unit_id"], {
        "id": visit["unit_id"], "name": visit["unit_name"] or "", "kind": visit["unit_kind"], "tally": Tally(),
        "areas": defaultdict(Tally), "visits": 0, "strengths": []})
    unit["visits"] += 1
    # Areas, units and visits take the core's counts as they are.
    visit["checked"], visit["failed"] = counted["checked"], counted["noncompliant"]
    for area in counted["areas"]:
        for tally in (data.areas.setdefault(area["title"], Tally()), unit["tally"], unit["areas"][area["title"]]):
            tally.checked += area["checked"]
            tally.failed += area["noncompliant"]
            tally.earned += area["earned"]
            tally.possible += area["possible"]
            if area["checked"]:
                tally.visits.add(visit["id"])
    # Items by the same rule (tests/core/hq/test_report_data.py checks they add up to the areas).
    for structure in structures:
        for section in structure["sections"]:
            if section["repeatable"]:
                _records(data, visit, section, held, by_section)
            else:
                _items(data, visit, unit["name"], section, held, by_section, derived)


def _items(data: ReportData, visit: dict, unit_name: str, section: dict, held: dict, by_section: dict,
           derived: dict) -> None:
    for item, _none in counts_mod.applicable(section, held, by_section):
        found = held.get((item["id"], None))
        value = found["value"] if found else None
        breached = derived.get(item["id"])
        if not breached and (value is None or value == NOT_APPLICABLE):
            continue
        failed = bool(breached) or answer_types.is_noncompliant(item, value)
        entry = data.items.setdefault((item["code"], item["text"]), {
            "code": item["code"], "text": item["text"], "area": section["title"], "tally": Tally(),
            "ids": set(), "examples": []})
        entry["ids"].add(item["id"])
        entry["tally"].checked += 1
        entry["tally"].failed += failed
        entry["tally"].visits.add(visit["id"])
        if failed and len(entry["examples"]) < 6:
            text = "; ".join(b.phrase() for b in breached[:3]) if breached else (found or {}).get("note")
            if text:
                entry["examples"].append({"unit": unit_name, "day": visit["day"], "text": text,
                                          "source": "record" if breached else "note"})


def _records(data: ReportData, visit: dict, section: dict, held: dict, by_section: dict) -> None:
    """The roll call's flagged rows (staff in breach) and the case files found late."""
    rows = by_section.get(section["id"], [])
    late_items = [i for i in section["items"] if (i.get("derive") or {}).get("rule") == "late"]
    kind = data.record_kinds.get(section["id"])
    if kind is None:
        return
    if kind == "files":
        data.file_rows += len(rows)
    else:
        data.staff_rows += len(rows)
    for position, record_id in enumerate(rows, 1):
        if kind == "files" and not any((held.get((i["id"], record_id)) or {}).get("value") is True
                                       for i in late_items):
            continue                                   # on time: nothing to list (most files)
        answered = [(item, held[(item["id"], record_id)]["value"])
                    for item, _r in counts_mod.applicable(section, held, {section["id"]: [record_id]})
                    if (item["id"], record_id) in held]
        wrong = [answer_types.is_noncompliant(i, v) for i, v in answered]
        if kind == "staff" and not any(wrong):
            continue
        label = breaches.row_label(section, held, record_id, position)
        shown = [(f"{i['text']}: {answer_types.format_value(i, v)}", bad, answer_types.format_value(i, v) == label)
                 for (i, v), bad in zip(answered, wrong)]
        row = {"visit_id": visit["id"], "day": visit["day"], "unit": visit["unit_name"] or "",
               "section": section["title"], "label": label,
               "breach": "; ".join(text for text, bad, _is_label in shown if bad),
               "detail": "; ".join(text for text, bad, is_label in shown if not bad and not is_label)}
        (data.files if kind == "files" else data.staff).append(row)


def _findings(data: ReportData, ws: Workspace) -> None:
    """Shortcomings grouped by their text (most frequent first); findings that name an item
    become its first examples; strengths go to their unit."""
    by_item_id = {i: entry for entry in data.items.values() for i in entry["ids"]}
    grouped: dict[str, dict] = {}
    window = (data.period.first, data.period.last, data.scope.key)
    for row in hq_report.findings(ws.db.conn, *window):
        text = (row["text"] or "").strip()
        if not text:
            continue
        if row["kind"] == "strength":
            unit = data.units.get(row["unit_id"])
            if unit is not None and text not in unit["strengths"]:
                unit["strengths"].append(text)
            continue
        if row["kind"] != "shortcoming":
            continue
        entry = by_item_id.get(row["item_id"])
        if entry is not None:
            entry["examples"].insert(0, {"unit": row["unit_name"] or "", "day": row["day"], "text": text,
                                         "source": "finding"})
        group = grouped.setdefault(text, {"visits": set(), "units": []})
        group["visits"].add(row["visit_id"])
        if row["unit_name"] and row["unit_name"] not in group["units"]:
            group["units"].append(row["unit_name"])
    data.shortcomings = sorted(((t, len(g["visits"]), g["units"]) for t, g in grouped.items()),
                               key=lambda s: (-s[1], s[0]))


class _Grouped:
    """Rows of a stream sorted by their first field, handed out one key at a time."""

    def __init__(self, rows) -> None:
        self._rows = iter(rows)
        self._next: Any = next(self._rows, None)

    def take(self, key: str) -> list:
        out = []
        while self._next is not None and self._next[0] < key:      # rows of visits not listed: skip
            self._next = next(self._rows, None)
        while self._next is not None and self._next[0] == key:
            out.append(self._next)
            self._next = next(self._rows, None)
        return out


def _date(value) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None
