"""Read-only queries of the PAR-index contribution (hq/par_evidence.py): the year's visits,
the requests made up to a year's end with their items, the re-inspections' checks on them,
and the units.

A visit's day is the day the team arrived, or the day it was planned for while it has
not started (as in hq_queries). Visits not started (draft) hold no evidence and are left out.
"""

from __future__ import annotations

import sqlite3

from .reinspection_store import HQ_LINKED

_DAY = "coalesce(substr(v.arrived_at, 1, 10), v.scheduled_on)"


def units(conn: sqlite3.Connection) -> list[dict]:
    """Every unit, live or not (an old visit may name a unit since merged): id, name, code, kind, parent."""
    cursor = conn.execute("SELECT id, name, code, kind, parent_id, deleted FROM org_unit")
    return [dict(zip(("id", "name", "code", "kind", "parent_id", "deleted"), row)) for row in cursor]


def visits(conn: sqlite3.Connection, first: str, last: str) -> list[dict]:
    """The started visits whose day falls in [first, last], by day then id."""
    cursor = conn.execute(f"""
SELECT v.id, v.unit_id, {_DAY} AS day, v.kind, v.status, v.title
FROM visit v
WHERE v.deleted = 0 AND v.status != 'draft' AND {_DAY} BETWEEN ? AND ?
ORDER BY day, v.id""", (first, last))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor]


def requests(conn: sqlite3.Connection, last: str) -> list[dict]:
    """The live requests of live visits whose day is on or before `last`, with the unit that must act
    (the responsible unit, else the visited one) and the item they concern (their own, else their
    finding's) by its checklist's code and its own code."""
    cursor = conn.execute(f"""
SELECT r.id, r.visit_id, {_DAY} AS visit_day, coalesce(r.responsible_unit_id, v.unit_id) AS unit_id,
       v.unit_id AS visited_unit_id,
       r.text, r.deadline, r.status, r.status_on, ct.code AS template_code, ci.code AS item_code
FROM request r
JOIN visit v ON v.id = r.visit_id AND v.deleted = 0
LEFT JOIN finding f ON f.id = r.finding_id
LEFT JOIN checklist_item ci ON ci.id = coalesce(r.item_id, f.item_id)
LEFT JOIN checklist_template ct ON ct.id = ci.template_id
WHERE r.deleted = 0 AND {_DAY} <= ?
ORDER BY r.deadline, r.id""", (last,))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor]


def checks(conn: sqlite3.Connection, last: str, concluded: tuple[str, ...]) -> dict[str, list[tuple]]:
    """request id → its checks (day, visit id, result) made at visits of status `concluded`
    whose day is on or before `last`."""
    marks = ", ".join("?" * len(concluded))
    cursor = conn.execute(f"""
SELECT c.request_id, {_DAY} AS day, c.visit_id, c.result
FROM request_check c JOIN visit v ON v.id = c.visit_id AND v.deleted = 0
WHERE c.deleted = 0 AND v.status IN ({marks}) AND {_DAY} <= ? AND {HQ_LINKED}""", (*concluded, last))
    out: dict[str, list[tuple]] = {}
    for request_id, day, visit_id, result in cursor:
        out.setdefault(request_id, []).append((day, visit_id, result))
    return out


def made_elsewhere(conn: sqlite3.Connection, entity: str, self_id: str) -> set[str]:
    """Ids of `entity`'s rows that an operation of another device not known as headquarters
    wrote (a laptop): the PAR index and HQ's decisions are HQ's alone, so such rows are not
    read, whatever a bundle carried (a laptop's changes to HQ's own rows are already set
    aside by the import: sync/seals.py)."""
    cursor = conn.execute("""
SELECT DISTINCT o.row_id FROM ops o
WHERE o.entity = ? AND o.device_id != ?
  AND o.device_id NOT IN (SELECT id FROM device WHERE role = 'hq')""", (entity, self_id))
    return {row[0] for row in cursor}


def loading_order(conn: sqlite3.Connection) -> dict[str, int]:
    """par_index id → the stamp of the operation that created it (the one that set its code),
    so the index loaded last can be told from an older one, on every machine alike."""
    cursor = conn.execute("""
SELECT row_id, min(hlc) FROM ops
WHERE entity = 'par_index' AND json_extract(data, '$.code') IS NOT NULL GROUP BY row_id""")
    return {row_id: hlc for row_id, hlc in cursor}
