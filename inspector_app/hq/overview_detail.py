"""One visit as the Overview shows it, read-only: its items with their answers (and the
records that breach them), its records' tables, its findings and requests, its evidence.
What the Overview's drill down ends on (issue 13, point 1: "from a visit to its items,
records and evidence"), from the same computations as the visit's screen and minutes
(`checklists/counts`, `checklists/breaches`, `answer_types.format_value`).

Also the scopes HQ can choose from (`scopes`): the province, each plan, team and unit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..checklists import answer_types
from ..checklists.breaches import derived_verdicts, row_label
from ..checklists.counts import NOT_APPLICABLE, applicable
from ..services.visits import KINDS, STATUSES
from ..storage import hq_queries
from .scope import PROVINCE, Scope

if TYPE_CHECKING:
    from ..workspace import Workspace


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def scopes(ws: Workspace) -> list[Scope]:
    """The province, then every live plan, team and unit (units in name order), as Scopes."""
    out = [PROVINCE]
    for kind in hq_queries.SCOPE_KINDS:
        rows = hq_queries.scope_candidates(ws.db.conn, kind)
        rows.sort(key=lambda row: (row[1] or "").casefold())
        out += [Scope(kind, row[0], row[1] or "") for row in rows]
    return out


def visit_detail(ws: Workspace, visit_id: str, lang: str = "vi") -> dict[str, Any]:
    """The visit `visit_id` (NotFoundError if none): `visit` (its row with `unit_name`,
    `kind_label`, `status_label`, `day`), `areas` (per ordinary section: its `items`, each
    with `code`, `text`, `answer` as printed, `noncompliant`, `note` and `breaches`, the
    phrases of the records that breach it), `tables` (per repeatable section: `columns`
    and `rows` of printed answers, `flagged` row numbers), `findings`, `requests` (text,
    deadline, status) and `evidence` (each media's name, kind, capture time and what it is
    linked to)."""
    visit = ws.visits.get(visit_id)
    unit = ws.units.find(visit.get("unit_id")) or {}
    structures, held, records = ws.visits.evidence_of(visit_id)
    derived = derived_verdicts(structures, held, records)
    names: dict[str, str] = {}
    areas, tables = [], []
    for structure in structures:
        for section in structure["sections"]:
            if section["repeatable"]:
                tables.append(_table(section, held, records, names, lang))
                continue
            items = []
            for item, _none in applicable(section, held, records):
                found = held.get((item["id"], None)) or {}
                value = found.get("value")
                breaches = [b.phrase() for b in derived.get(item["id"], [])]
                names[item["id"]] = f"{item['code']} {item['text']}"
                items.append({"id": item["id"], "code": item["code"], "text": item["text"],
                              "answer": answer_types.format_value(item, value, lang),
                              "not_applicable": value == NOT_APPLICABLE and not breaches,
                              "noncompliant": bool(breaches) or answer_types.is_noncompliant(item, value),
                              "note": found.get("note") or "", "breaches": breaches})
            areas.append({"code": section["code"], "title": section["title"], "items": items})
    findings = [{"kind": f["kind"], "text": f["text"]} for f in ws.findings.of_visit(visit_id)]
    requests = [{"text": r["text"], "deadline": r["deadline"], "status": r["status"], "responsible": r["responsible"]}
                for r in ws.findings.requests(visit_id)]
    links: dict[str, list[str]] = {}
    for link in ws.media.links(visit_id):
        target = names.get(link["target_id"]) or link["target_kind"]
        links.setdefault(link["media_id"], []).append(target)
    evidence = [{"id": m["id"], "name": m.get("original_name") or m["id"], "kind": m.get("kind") or "",
                 "captured_at": m.get("captured_at") or "", "linked_to": links.get(m["id"], [])}
                for m in ws.media.of_visit(visit_id)]
    return {"visit": {**visit, "unit_name": unit.get("name") or "",
                      "kind_label": _pick(KINDS.get(visit.get("kind") or "", ("", "")), lang),
                      "status_label": _pick(STATUSES.get(visit.get("status") or "", ("", "")), lang),
                      "day": ws.visits.visit_date(visit)},
            "areas": areas, "tables": tables, "findings": findings, "requests": requests, "evidence": evidence}


def _table(section: dict, held: dict, records: dict, names: dict, lang: str) -> dict:
    columns = [item["text"] for item in section["items"]]
    rows, flagged = [], []
    ids = records.get(section["id"], [])
    for position, record_id in enumerate(ids, 1):
        names[record_id] = row_label(section, held, record_id, position)
        row, bad = [], False
        shown = {item["id"] for item, _rid in applicable(section, held, {section["id"]: [record_id]})}
        for item in section["items"]:
            found = held.get((item["id"], record_id)) or {}
            value = found.get("value") if item["id"] in shown else None
            bad = bad or answer_types.is_noncompliant(item, value)
            row.append(answer_types.format_value(item, value, lang))
        rows.append(row)
        if bad:
            flagged.append(position)
    return {"code": section["code"], "title": section["title"], "columns": columns, "rows": rows,
            "flagged": flagged}
