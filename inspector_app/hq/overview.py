"""The headquarters' Overview of a period and a scope (issue 13, point 1): one core query
per view, each number with the `Cell` that lists the visits behind it (`drill`).

Views (each a method, each one SQL statement, `storage/hq_overview.py`):

- `visits()`: per kind of visit (planned with notice, surprise, re-inspection, desk
  review), visits planned (every visit of the window), done (concluded or later), in
  progress and not started;
- `areas()` and `items()`: non-compliance by area (section) and by item, with the
  semantics of `checklists/counts.visit_counts` (own answers and records' breaches;
  "Không áp dụng" is not checked);
- `staff()`: the roll calls' rows (staff) and those with a breach, by breach;
- `late_files()`: the case files sampled, the late ones, and every shortcoming by field;
- `satisfaction()`: citizens' answers per criterion and choice;
- `requests()`: requests made at the visits by effective status (`hq/register`).

A visit's day is the day the team arrived, or the day it was planned for (hq_queries).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..checklists import answer_types
from ..checklists.counts import NOT_APPLICABLE
from ..services.visits import KINDS
from ..storage import hq_overview
from . import overview_rules, register
from .periods import Period
from .scope import PROVINCE, Scope

if TYPE_CHECKING:
    from ..workspace import Workspace

STATES = ("done", "in_progress", "not_started")
TOP_ITEMS = 10


@dataclass(frozen=True)
class Cell:
    """What a number counts: the storage view, its keys, the records' sections it covers."""

    view: str
    keys: tuple[str, ...]
    sections: tuple[str, ...] = ()
    fields: tuple[str, ...] = ()


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def _rate(part: int, whole: int) -> float | None:
    return round(100.0 * part / whole, 1) if whole else None


class Overview:
    """The Overview of `period` and `scope` over the workspace `ws` (read-only)."""

    def __init__(self, ws: Workspace, period: Period, scope: Scope = PROVINCE, lang: str = "vi",
                 today: dt.date | str | None = None) -> None:
        self.ws, self.conn, self.today = ws, ws.db.conn, today
        self.period, self.scope, self.lang = period, scope, lang
        self.window = (period.first, period.last, scope.key)
        self._stats: dict[str, list[int]] | None = None
        self._listed: dict[str, dict[str, int]] | None = None
        templates = hq_overview.templates_in(self.conn, *self.window)
        self.rules = overview_rules.build([ws.checklists.structure(t) for t in templates])

    def _totals(self, view: str, sections: list[str] | None = None,
                fields: list[str] | None = None) -> dict[str, tuple[int, int]]:
        rules = self.rules.params(sections, fields)
        if view == "records":
            return {k: (v or 0, n) for k, (v, n) in hq_overview.record_totals(self.conn, *self.window,
                                                                               rules=rules).items()}
        return hq_overview.totals(self.conn, view, *self.window, rules=rules)

    # -- the views -----------------------------------------------------------------------
    def visits(self) -> list[dict]:
        """Per kind (in KINDS' order, kinds with no visit left out, then a total row):
        `planned`, `done`, `in_progress`, `not_started`, `rate` (done / planned, %)."""
        totals = self._totals("visits")
        kinds = list(KINDS) + sorted({k.split("/")[0] for k in totals} - set(KINDS))
        rows: list[dict[str, Any]] = []
        every: tuple[str, ...] = ()
        for kind in kinds:
            counts = {state: totals.get(f"{kind}/{state}", (0, 0))[0] for state in STATES}
            planned = sum(counts.values())
            if not planned:
                continue
            keys = tuple(f"{kind}/{state}" for state in STATES)
            every += keys
            rows.append({"kind": kind, "label": _pick(KINDS.get(kind, (kind or "—", kind or "—")), self.lang),
                         "planned": planned, **counts, "rate": _rate(counts["done"], planned),
                         "cells": {"planned": Cell("visits", keys),
                                   **{s: Cell("visits", (f"{kind}/{s}",)) for s in STATES}}})
        if rows:
            total = {key: sum(r[key] for r in rows) for key in ("planned", *STATES)}
            rows.append({"kind": "", "label": _pick(("Tổng cộng", "Total"), self.lang), **total,
                         "rate": _rate(total["done"], total["planned"]),
                         "cells": {"planned": Cell("visits", every),
                                   **{s: Cell("visits", tuple(k for k in every if k.endswith("/" + s)))
                                      for s in STATES}}})
        return rows

    def _item_stats(self) -> dict[str, list[int]]:
        """Item id → [checked, failed] over the window's visits, as `counts.visit_counts`
        counts them: an answer other than "Không áp dụng" is checked, a shortcoming fails;
        an item that records breach is checked and failed whatever its own answer."""
        if self._stats is not None:
            return self._stats
        rules, params = self.rules, self.rules.params()
        stats: dict[str, list[int]] = {}
        na = overview_rules.stored(NOT_APPLICABLE)
        outside = dict(params, cond=json.dumps(          # the conditions of answers outside records only
            [c for c in rules.cond if not rules.items[c[0]]["section"]["repeatable"]], ensure_ascii=False))
        for (item_id, value, applies), n in hq_overview.item_values(self.conn, *self.window, rules=outside).items():
            item = rules.items.get(item_id)
            if item is None or item["section"]["repeatable"] or not applies or value == na:
                continue
            row = stats.setdefault(item_id, [0, 0])
            row[0] += n
            row[1] += n if answer_types.is_noncompliant(item, json.loads(value)) else 0
        pairs = hq_overview.derived_pairs(self.conn, *self.window, rules=params)
        conditions = {c[0]: c[1] for c in rules.cond}
        held = hq_overview.condition_values(self.conn, [(v, conditions[t]) for v, t, _own in pairs if t in conditions])
        allowed = {(c[0], c[2]) for c in rules.cond}
        for visit_id, item_id, own in pairs:
            if item_id in conditions and (item_id, held.get((visit_id, conditions[item_id]))) not in allowed:
                continue                      # the breached item does not apply at this visit
            item = rules.items[item_id]
            row = stats.setdefault(item_id, [0, 0])
            if own is None or own == na:
                row[0] += 1                   # not checked by its answer: checked by the records
                row[1] += 1
            elif not answer_types.is_noncompliant(item, json.loads(own)):
                row[1] += 1
        self._stats = stats
        return stats

    def _grouped(self, level: str) -> list[dict]:
        """The stats summed per item or per area (checklist code + item or section code: the
        versions of one checklist count together), in the checklist's order."""
        groups: dict[str, dict] = {}
        for item_id, (checked, failed) in self._item_stats().items():
            item = self.rules.items[item_id]
            section = item["section"]
            key = f"{item['checklist']}/{item['code'] if level == 'item' else section['code']}"
            group = groups.setdefault(key, {
                "key": key, "checklist": item["checklist"], "checklist_title": item["checklist_title"],
                "area_code": section["code"], "area": section["title"],
                "order": (item["checklist"], section.get("position") or 0,
                          (item.get("position") or 0) if level == "item" else 0),
                "checked": 0, "failed": 0, **({"item_code": item["code"], "item_text": item["text"]}
                                               if level == "item" else {})})
            group["checked"] += checked
            group["failed"] += failed
        rows = sorted(groups.values(), key=lambda g: g.pop("order"))
        view = "item" if level == "item" else "area"
        for row in rows:
            row["rate"] = _rate(row["failed"], row["checked"])
            row["cells"] = {"checked": Cell(f"{view}_checked", (row["key"],)),
                            "failed": Cell(f"{view}_failed", (row["key"],))}
        return rows

    def areas(self) -> list[dict]:
        """Per area (a section of a checklist, its versions together), in the checklist's
        order: `checked` items (summed over visits), `failed` items, `rate` (%)."""
        return self._grouped("area")

    def items(self, limit: int | None = TOP_ITEMS) -> list[dict]:
        """The items most often failed (by visits that failed them, then in the checklist's
        order), at most `limit` (None: every item failed at least once); each as `areas`
        with `item_code` and `item_text` (`checked` and `failed` count visits: one answer
        per visit)."""
        rows = [r for r in self._grouped("item") if r["failed"]]
        rows.sort(key=lambda r: -r["failed"])          # stable: the checklist's order among equals
        return rows[:limit]

    def staff(self) -> dict:
        """Roll calls: `rows` (staff checked), `flagged` (with a breach), `visits`, and
        `breaches`: per field and answer that is a shortcoming ("Tình trạng: Vắng không lý
        do"), the `rows` with it and the `visits`."""
        return self._records(self.rules.roll_calls)

    def late_files(self) -> dict:
        """Case files: `rows` (files sampled), `late`, `flagged` (any shortcoming), and
        `breaches` per field and answer, as `staff`."""
        return self._records(self.rules.case_files)

    def _records(self, sections: list[str]) -> dict:
        totals = self._totals("records", sections) if sections else {}
        sec = tuple(sections)

        def cell(*keys):
            return Cell("records", keys, sec)
        out: dict[str, Any] = {key: totals.get(key, (0, 0))[1] for key in ("rows", "flagged", "late")}
        out.update({"visits": totals.get("rows", (0, 0))[0], "flagged_visits": totals.get("flagged", (0, 0))[0],
                    "late_visits": totals.get("late", (0, 0))[0], "late_rate": _rate(out["late"], out["rows"]),
                    "flagged_rate": _rate(out["flagged"], out["rows"])})
        out["cells"] = {k: cell(k) for k in ("rows", "flagged", "late")}
        out["cells"].update({"visits": cell("rows"), "flagged_visits": cell("flagged"), "late_visits": cell("late")})
        breaches: list[dict[str, Any]] = []
        for key, (visits, n) in totals.items():
            if "=" not in key:
                continue
            field_id, value = key.split("=", 1)
            item = self.rules.fields.get(field_id) or self.rules.items.get(field_id) or {}
            breaches.append({"key": key, "field": item.get("text") or "", "code": item.get("code") or "",
                             "answer": self.rules.value_label(field_id, value, self.lang),
                             "rows": n, "visits": visits, "position": item.get("position") or 0,
                             "cells": {"rows": cell(key), "visits": cell(key)}})
        breaches.sort(key=lambda b: (-b["rows"], b["position"], b["answer"]))
        out["breaches"] = breaches
        return out

    def satisfaction(self) -> dict:
        """Citizens' interviews: `choices` (the answers' labels, in the items' order), and
        `rows` per criterion (an interview's choice item with a dissatisfied answer): its
        `counts` per label, `total`, `satisfied` (the first choice, %) and `dissatisfied`
        (the answers that are a shortcoming, %); `interviews` (rows) and their `visits`."""
        sections = self.rules.interviews
        criteria = [i for i in self.rules.items.values() if i["section"]["id"] in sections
                    and i.get("answer_type") == "single_choice" and any(
                        isinstance(c, dict) and c.get("compliant", True) is False for c in i.get("choices") or [])]
        fields = tuple(i["id"] for i in criteria)
        rows_total, visits_total, counted = hq_overview.answer_counts(
            self.conn, *self.window, rules=self.rules.params(sections, list(fields))) if sections else (0, 0, {})
        totals: dict[str, int] = {}
        for (item_id, value), n in counted.items():
            key = f"{self.rules.groups.get(item_id, item_id)}={value}"
            totals[key] = totals.get(key, 0) + n
        labels: list[str] = []
        rows = []
        sec = tuple(sections)
        by_field: dict[str, dict] = {}
        for item in sorted(criteria, key=lambda i: (i["section"]["code"], i.get("position") or 0)):
            field_id = self.rules.groups.get(item["id"], item["id"])
            row = by_field.get(field_id)
            if row is None:
                row = by_field[field_id] = {"code": item["code"], "text": item["text"], "counts": {},
                                            "total": 0, "bad": 0, "first": 0, "cells": {}, "keys": []}
                rows.append(row)
            choices = [c for c in item.get("choices") or [] if isinstance(c, dict)]
            for n, choice in enumerate(choices):
                label = str(choice.get("label") or choice["value"])
                if label not in labels:
                    labels.append(label)
                key = f"{field_id}={overview_rules.stored(choice['value'])}"
                if key in row["keys"]:
                    continue                  # the same question in another checklist: counted once
                count = totals.get(key, 0)
                row["counts"][label] = row["counts"].get(label, 0) + count
                row["total"] += count
                row["bad"] += count if choice.get("compliant", True) is False else 0
                row["first"] += count if n == 0 else 0
                keys = row["cells"][label].keys if label in row["cells"] else ()
                row["cells"][label] = Cell("records", (*keys, key), sec, fields)
                row["keys"].append(key)
        for row in rows:
            row["satisfied"] = _rate(row.pop("first"), row["total"])
            row["dissatisfied"] = _rate(row.pop("bad"), row["total"])
            row["cells"]["total"] = Cell("records", tuple(row.pop("keys")), sec, fields)
        return {"choices": labels, "rows": rows, "interviews": rows_total, "visits": visits_total,
                "cells": {"interviews": Cell("records", ("rows",), sec), "visits": Cell("records", ("rows",), sec)}}

    def requests(self) -> list[dict]:
        """Requests made at the window's visits, per effective status (`hq/register`: stored
        status, deadline against `today`, re-inspections' checks), in the lifecycle's order:
        `requests`, `visits`; then a total row."""
        per: dict[str, dict[str, int]] = {}
        found = register.table(self.ws, self.period, self.scope, self.today)     # entries' statuses, by column
        for status, visit_id in zip(found.statuses, found.visit_ids):
            visits = per.setdefault(status, {})
            visits[visit_id] = visits.get(visit_id, 0) + 1
        self._listed = per
        statuses = list(register.STATUSES) + sorted(set(per) - set(register.STATUSES))
        every = tuple(s for s in statuses if s in per)
        rows: list[dict[str, Any]] = [
            {"status": s, "label": register.label(s, self.lang), "requests": sum(per[s].values()),
             "visits": len(per[s]), "cells": {"requests": Cell("listed", (s,)), "visits": Cell("listed", (s,))}}
            for s in every]
        if rows:
            rows.append({"status": "", "label": _pick(("Tổng cộng", "Total"), self.lang),
                         "requests": sum(sum(per[s].values()) for s in every),
                         "visits": len({v for s in every for v in per[s]}),
                         "cells": {"requests": Cell("listed", every), "visits": Cell("listed", every)}})
        return rows

    # -- down to the visits --------------------------------------------------------------
    def drill(self, cell: Cell) -> list[dict]:
        """The visits behind a number, by day: id, title, kind, status, day, unit_name,
        plan_number, team_name, and `n` (how many of the counted things the visit holds)."""
        if cell.view == "listed":               # visits found by the core (requests' statuses)
            if self._listed is None:
                self.requests()
            counts: dict[str, int] = {}
            for key in cell.keys:
                for visit_id, n in (self._listed or {}).get(key, {}).items():
                    counts[visit_id] = counts.get(visit_id, 0) + n
            return hq_overview.drill(self.conn, "listed", ["listed"], *self.window,
                                     rules={"ids": json.dumps(counts)})
        rules = self.rules.params(list(cell.sections), list(cell.fields))
        if cell.view.startswith(("item_", "area_")):          # the items whose answers make the number
            keys = set(cell.keys)
            rules["only"] = json.dumps([
                item_id for item_id, item in self.rules.items.items() if not item["section"]["repeatable"]
                and f"{item['checklist']}/{item['code'] if cell.view.startswith('item_') else item['section']['code']}"
                in keys])
        return hq_overview.drill(self.conn, cell.view, list(cell.keys), *self.window, rules=rules)

    def as_dict(self, limit: int | None = TOP_ITEMS) -> dict:
        """Every view, without the cells: what `inspector-cli overview --json` prints."""
        def plain(value):
            if isinstance(value, dict):
                return {k: plain(v) for k, v in value.items() if k != "cells"}
            if isinstance(value, list):
                return [plain(v) for v in value]
            return value
        return {"period": {"spec": self.period.spec(), "label": self.period.label(self.lang),
                           "first": self.period.first, "last": self.period.last},
                "scope": {"kind": self.scope.kind, "id": self.scope.id, "label": self.scope.label(self.lang)},
                "visits": plain(self.visits()), "areas": plain(self.areas()), "items": plain(self.items(limit)),
                "staff": plain(self.staff()), "late_files": plain(self.late_files()),
                "satisfaction": plain(self.satisfaction()), "requests": plain(self.requests())}
