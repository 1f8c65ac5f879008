"""SQL of the register of requests at headquarters (issue 13, point 2).

Read only. The effective status is derived in Python (services/request_status.py)
from what these queries return: the stored fields of each request and the
checks that concluded visits recorded on it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

from .hq_queries import _SCOPED, Scope, _params

# A visit's day for a check: the day it ended, else the day it started, else its plan.
_VISIT_DAY = "coalesce(substr(v.left_at, 1, 10), substr(v.arrived_at, 1, 10), v.scheduled_on)"
_CONCLUDED = "('concluded', 'minutes_signed', 'exported', 'received')"
_ALL_TIME = ("0000-01-01", "9999-12-31")


_COLUMNS = """
SELECT r.id, r.visit_id, {day} AS visit_day, v.kind AS visit_kind, v.status AS visit_status,
       coalesce(r.responsible_unit_id, v.unit_id) AS unit_id,
       coalesce(ru.name, u.name) AS unit_name, coalesce(ru.code, u.code) AS unit_code,
       u.name AS visited_unit_name,
       r.text, r.responsible, r.deadline, r.status AS stored_status, r.status_on, r.status_reason,
       r.report_number, r.report_date, r.report_media_ids, r.follow_up, r.reinspection_visit_id,
       r.item_id, i.code AS item_code, i.text AS item_text, r.finding_id,
       p.number AS plan_number, t.name AS team_name
"""
_JOINS = """
LEFT JOIN org_unit u ON u.id = v.unit_id
LEFT JOIN org_unit ru ON ru.id = r.responsible_unit_id
LEFT JOIN checklist_item i ON i.id = r.item_id
LEFT JOIN plan p ON p.id = v.plan_id
LEFT JOIN team t ON t.id = v.team_id
"""
# By deadline (none last), then the unit that must act, then id: the register's order,
# sorted by SQLite rather than in Python.
_ORDER = " ORDER BY r.deadline IS NULL, r.deadline, unit_name, r.id"


def requests(conn: sqlite3.Connection, first: str | None = None, last: str | None = None,
             scope: Scope = None) -> list[dict]:
    """Every live request of the live visits whose day falls in [first, last] (all visits
    when both are None) and scope, with the unit that must act (the request's responsible
    unit, else the visited unit), the item, the visit, plan and team; by deadline (none
    last), unit, id. `report_media_ids` is a list (empty when none)."""
    if first is None and last is None and scope is None:
        # The whole register: straight from the requests, no window of visits to build.
        cursor = conn.execute(_COLUMNS.format(day="coalesce(substr(v.arrived_at, 1, 10), v.scheduled_on)")
                              + " FROM request r JOIN visit v ON v.id = r.visit_id AND v.deleted = 0"
                              + _JOINS + " WHERE r.deleted = 0" + _ORDER)
    else:
        cursor = conn.execute(_SCOPED + _COLUMNS.format(day="v.day") + " FROM scoped v CROSS JOIN request r"
                              " ON r.visit_id = v.id AND r.deleted = 0" + _JOINS + _ORDER,
                              _params(first or _ALL_TIME[0], last or _ALL_TIME[1], scope))
    names = [d[0] for d in cursor.description]
    out = [dict(zip(names, raw)) for raw in cursor]
    for row in out:
        media = row["report_media_ids"]
        row["report_media_ids"] = json.loads(media) if media and media != "[]" else []
    return out


def checks(conn: sqlite3.Connection, request_ids: Iterable[str] | None = None) -> dict[str, list[tuple]]:
    """request id → [(visit day, visit id, result, note)] of the live checks recorded by live,
    concluded visits (all requests when `request_ids` is None)."""
    sql = f"""
SELECT c.request_id, {_VISIT_DAY}, c.visit_id, c.result, c.note
FROM request_check c JOIN visit v ON v.id = c.visit_id
WHERE c.deleted = 0 AND v.deleted = 0 AND v.status IN {_CONCLUDED}"""
    out: dict[str, list[tuple]] = {}
    if request_ids is None:
        rows: Iterable = conn.execute(sql)
    else:
        ids = list(request_ids)
        rows = []
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            rows.extend(conn.execute(sql + f" AND c.request_id IN ({','.join('?' * len(chunk))})", chunk))
    for request_id, day, visit_id, result, note in rows:
        out.setdefault(request_id, []).append((day, visit_id, result, note))
    return out


def request_row(conn: sqlite3.Connection, request_id: str) -> dict | None:
    """One live request with its deadline and stored follow-up fields, or None."""
    cursor = conn.execute("""
SELECT r.id, r.visit_id, r.deadline, r.status AS stored_status, r.status_on, r.status_reason,
       r.report_number, r.report_date, r.report_media_ids
FROM request r WHERE r.id = ? AND r.deleted = 0""", (request_id,))
    raw = cursor.fetchone()
    if raw is None:
        return None
    row = dict(zip([d[0] for d in cursor.description], raw))
    row["report_media_ids"] = json.loads(row["report_media_ids"]) if row["report_media_ids"] else []
    return row
