"""SQL of re-inspection: the requests still open per unit, the rows a
re-inspection visit needs on the team's laptop, and what its checks name.

Read-only: every write goes through the writer (`services/reinspection.py`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

from ..oplog import Operation
from .sync_store import _OP, _ops, hq_created, hq_ids

# A re-inspection visit is distributed while it is still to be done or being done at HQ's
# knowledge; once its minutes are signed the laptops that did it have it, and a cancelled
# plan (a tombstone) goes on being sent so that laptops drop it too.
PENDING = ("draft", "in_progress", "concluded")

# A visit headquarters created (a planned re-inspection) and the checklists it attached
# are HQ's plan: a field laptop changes only what the team does on site. HQ's writer
# marks its creation of such a row (no `prev`, as for reference data), and every
# replica's state ignores a field laptop's other operations on it (storage/state.py).
PLAN_ENTITIES = ("visit", "visit_checklist")
ONSITE = frozenset({"status", "arrived_at", "arrival_note", "left_at", "conclude_note", "recorder_id",
                    "title", "place", "trigger"})
# A request's link to a re-inspection is HQ's alone: the state never takes a field
# laptop's value of it, whenever it arrives.
LINK = "reinspection_visit_id"
# A check is never moved to another visit or request: these fields keep the value of
# the oldest operation setting them (its creation), in any arrival order.
FIRST_WINS = {"request_check": frozenset({"visit_id", "request_id"})}


def onsite(entity: str, fields) -> bool:
    """Whether changing `fields` of a plan row headquarters created is the team's to do on site."""
    return entity == "visit" and set(fields) <= ONSITE


def planned_by_hq(conn: sqlite3.Connection, self_id: str, entity: str, row_id: str) -> bool:
    """Whether this visit or visit checklist is headquarters' plan on this laptop: the log
    holds HQ's (marked) creation of it, and this workspace is not HQ (`sync_store.hq_created`)."""
    hq = hq_ids(conn)
    return self_id not in hq and hq_created(conn, entity, row_id, hq)


_REQUESTS = """
SELECT r.id, r.visit_id, r.text, r.responsible, r.deadline, r.status, r.status_on, r.reinspection_visit_id,
       r.report_number, r.report_date, r.finding_id, r.item_id,
       v.unit_id, u.name, coalesce(substr(v.arrived_at, 1, 10), v.scheduled_on),
       p.status, p.deleted, p.scheduled_on
FROM request r
JOIN visit v ON v.id = r.visit_id AND v.deleted = 0
LEFT JOIN org_unit u ON u.id = v.unit_id
LEFT JOIN visit p ON p.id = r.reinspection_visit_id
WHERE r.deleted = 0 AND coalesce(r.status, 'open') IN ({marks}) {unit}
ORDER BY u.name, v.unit_id, r.deadline, r.id
"""
_REQUEST_NAMES = ("id", "visit_id", "text", "responsible", "deadline", "status", "status_on", "reinspection_visit_id",
                  "report_number", "report_date", "finding_id", "item_id", "unit_id", "unit_name",
                  "visit_day", "planned_status", "planned_deleted", "planned_on")


def requests_with_status(conn: sqlite3.Connection, statuses: tuple[str, ...],
                         unit_id: str | None = None) -> list[dict]:
    """Live requests whose stored status is one of `statuses`, with the unit and day of the
    visit that made them and the state of the re-inspection visit they are linked to (if any)."""
    sql = _REQUESTS.format(marks=",".join("?" * len(statuses)), unit="AND v.unit_id = ?" if unit_id else "")
    params = (*statuses, unit_id) if unit_id else statuses
    return [dict(zip(_REQUEST_NAMES, row)) for row in conn.execute(sql, params)]


def signed_minutes(conn: sqlite3.Connection, visit_ids: list[str]) -> dict[str, tuple[str | None, str | None]]:
    """Visit id → (number, signing time) of its newest signed minutes."""
    out: dict[str, tuple[str | None, str | None]] = {}
    for visit_id in visit_ids:
        row = conn.execute("SELECT number, signed_at FROM minutes WHERE visit_id = ? AND deleted = 0"
                           " AND status = 'signed' ORDER BY version DESC LIMIT 1", (visit_id,)).fetchone()
        if row:
            out[visit_id] = (row[0], row[1])
    return out


_DISTRIBUTED = f"""
WITH planned(id) AS (
    SELECT v.id FROM visit v
    WHERE v.kind = 'reinspection' AND (v.deleted = 1 OR v.status IN ({",".join(repr(s) for s in PENDING)}))
      AND (SELECT o.device_id FROM ops o WHERE o.entity = 'visit' AND o.row_id = v.id ORDER BY o.seq LIMIT 1) = :hq
),
linked(id, finding_id) AS (
    SELECT r.id, r.finding_id FROM request r WHERE r.reinspection_visit_id IN (SELECT id FROM planned)
),
wanted(entity, row_id) AS (
    SELECT 'visit', id FROM planned
    UNION ALL SELECT 'visit_checklist', c.id FROM visit_checklist c WHERE c.visit_id IN (SELECT id FROM planned)
    UNION ALL SELECT 'request', id FROM linked
    UNION ALL SELECT 'finding', finding_id FROM linked WHERE finding_id IS NOT NULL
)
SELECT {", ".join("o." + name.strip() for name in _OP.split(","))}
FROM wanted w CROSS JOIN ops o ON o.entity = w.entity AND o.row_id = w.row_id
WHERE o.seq <= :upto
ORDER BY o.seq
"""


def distributed_ops(conn: sqlite3.Connection, hq_id: str, upto_seq: int) -> Iterator[tuple[int, Operation]]:
    """(seq, operation) of every row a planned re-inspection needs on a laptop, in arrival
    order: the visits `hq_id` planned that are not signed yet (or were cancelled), their
    checklists, the requests linked to them and the findings those requests were made from.
    Every operation of those rows, whoever made it (their seals go with them)."""
    return _ops(conn.execute(_DISTRIBUTED, {"hq": hq_id, "upto": upto_seq}))


# A check (aliased `c`) counts only where headquarters linked its request to its visit:
# the log holds an operation of HQ's (`sync_store.hq_ids`) setting that link (whatever the
# link is now, so a request planned again keeps its earlier checks). A function of the
# operations held, never of the order they arrived in; what a field laptop wrote elsewhere
# is not read. A laptop that knows no HQ (a demonstration) takes any device's link, as
# its state does (storage/state.py).
_HQ = """(SELECT id FROM device WHERE role = 'hq' AND sign_public IS NOT NULL
  UNION ALL SELECT value FROM local_meta WHERE key = 'device_id'
    AND (SELECT value FROM local_meta WHERE key = 'role') = 'hq')"""
HQ_LINKED = f"""EXISTS (SELECT 1 FROM ops lo WHERE lo.entity = 'request' AND lo.row_id = c.request_id
  AND json_extract(lo.data, '$.reinspection_visit_id') = c.visit_id
  AND (lo.device_id IN {_HQ} OR NOT EXISTS {_HQ}))"""


def checks_of_visit(conn: sqlite3.Connection, visit_id: str) -> list[str]:
    """Ids of the live checks recorded at a visit that count (`HQ_LINKED`), by id."""
    return [r[0] for r in conn.execute(
        f"SELECT c.id FROM request_check c WHERE c.visit_id = ? AND c.deleted = 0 AND {HQ_LINKED} ORDER BY c.id",
        (visit_id,))]


def held(conn: sqlite3.Connection, op_id: str) -> bool:
    """Whether this workspace already holds the operation `op_id`."""
    return conn.execute("SELECT 1 FROM ops WHERE id = ?", (op_id,)).fetchone() is not None
