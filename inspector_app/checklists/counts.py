"""The counts of a visit, computed once: the screen, the conclusion and the minutes use them.

What counts as a *tiêu chí* (an item) is an item of an ordinary section: the
rows of a repeatable section (a staff member on the roll call, a case file,
a citizen interviewed) are records, counted as records, never as items, and
citizens' answers are never items a unit fails. An item is *checked* when it
has an answer other than "Không áp dụng" or when records breach it (a
derived verdict, `breaches.py`); *non-compliant* when its own answer is a
shortcoming or records breach it. Points are added per area only for items
that carry points (`answer_types.points_possible`): a percentage never adds
into them.
"""

from __future__ import annotations

from typing import Any

from . import answer_types
from .breaches import derived_verdicts, row_label

NOT_APPLICABLE = "khong_ap_dung"


def value_of(held: dict, item: dict, record_id):
    found = held.get((item["id"], record_id))
    return found["value"] if found else None


def applicable(section: dict, held: dict, records_by_section: dict):
    """(item, record id) pairs that apply, honouring conditions."""
    records = records_by_section.get(section["id"], []) if section["repeatable"] else [None]
    by_code = {i["code"]: i for i in section["items"]}
    for record_id in records:
        for item in section["items"]:
            condition = item.get("condition")
            if condition and condition["item"] in by_code:
                if value_of(held, by_code[condition["item"]], record_id) not in condition["in"]:
                    continue
            yield item, record_id


def section_stats(section: dict, held: dict, live_records: dict) -> dict:
    """Answered / total / non-compliant answers and points of one section (own answers only)."""
    stats = {"answered": 0, "total": 0, "noncompliant": 0, "earned": 0.0, "possible": 0.0,
             "records": 0, "repeatable": bool(section["repeatable"])}
    for item, record_id in applicable(section, held, live_records):
        value = value_of(held, item, record_id)
        stats["total"] += 1
        if value is not None:
            stats["answered"] += 1
        if answer_types.is_noncompliant(item, value):
            stats["noncompliant"] += 1
        earned, possible = answer_types.points_earned(item, value), answer_types.points_possible(item, value)
        if possible is not None and value is not None:
            stats["earned"] += earned or 0.0
            stats["possible"] += possible
    stats["records"] = len(live_records.get(section["id"], [])) if section["repeatable"] else 0
    return stats


def _scored(structure: dict) -> bool:
    """A checklist marked by points per item (a PAR-style score), not by Đạt / Không đạt."""
    return any(i.get("answer_type") == "score" for s in structure["sections"] for i in s["items"])


def visit_counts(structures: list[dict], held: dict, records_by_section: dict) -> dict:
    """Every count the visit reports, from its checklists' structures, its answers
    ((item id, record id) → observation) and its live records (section id → ids).

    Returns `items` (applicable items of ordinary sections), `checked`,
    `not_applicable`, `unanswered`, `noncompliant` (own answers and derived),
    `derived` (items made non-compliant by records alone), `areas` (per
    ordinary section: the same counts, with `earned` / `possible` points when
    its checklist is scored), `scored`, `earned`, `possible`, and `records`
    (per repeatable section: `rows`, `flagged` rows with a shortcoming,
    `late` files, `names` of the flagged rows)."""
    derived = derived_verdicts(structures, held, records_by_section)
    out: dict[str, Any] = {"items": 0, "checked": 0, "not_applicable": 0, "unanswered": 0, "noncompliant": 0,
                           "derived": 0, "areas": [], "records": [], "scored": False, "earned": 0.0,
                           "possible": 0.0}
    for structure in structures:
        scored = _scored(structure)
        out["scored"] = out["scored"] or scored
        for section in structure["sections"]:
            if section["repeatable"]:
                out["records"].append(_records(section, held, records_by_section))
                continue
            area: dict[str, Any] = {"code": section["code"], "title": section["title"], "items": 0, "checked": 0,
                    "not_applicable": 0, "unanswered": 0, "noncompliant": 0, "scored": scored,
                    "earned": 0.0, "possible": 0.0}
            for item, _none in applicable(section, held, records_by_section):
                value = value_of(held, item, None)
                breached = item["id"] in derived
                area["items"] += 1
                if value == NOT_APPLICABLE and not breached:
                    area["not_applicable"] += 1
                elif value is None and not breached:
                    area["unanswered"] += 1
                else:
                    area["checked"] += 1
                if breached or answer_types.is_noncompliant(item, value):
                    area["noncompliant"] += 1
                    out["derived"] += int(breached and not answer_types.is_noncompliant(item, value))
                possible = answer_types.points_possible(item, value)
                if scored and possible is not None and value is not None:
                    area["possible"] += possible
                    area["earned"] += 0.0 if breached else (answer_types.points_earned(item, value) or 0.0)
            for key in ("items", "checked", "not_applicable", "unanswered", "noncompliant", "earned", "possible"):
                out[key] += area[key]
            out["areas"].append(area)
    return out


def _records(section: dict, held: dict, records_by_section: dict) -> dict:
    rows = records_by_section.get(section["id"], [])
    flagged, late, names = 0, 0, []
    for record_id in rows:
        bad = is_late = False
        for item, rid in applicable(section, held, {section["id"]: [record_id]}):
            value = value_of(held, item, rid)
            bad = bad or answer_types.is_noncompliant(item, value)
            is_late = is_late or bool((item.get("derive") or {}).get("rule") == "late" and value is True)
        flagged += bad
        late += is_late
        if bad:
            names.append(row_label(section, held, record_id, rows.index(record_id) + 1))
    return {"code": section["code"], "title": section["title"], "record_label": section.get("record_label") or "",
            "rows": len(rows), "flagged": flagged, "late": late, "names": names}
