"""SQL of the register of requests at headquarters (issue 13, point 2).

Read only. The effective status is derived in Python (services/request_status.py)
from what these queries return: the stored fields of each request and the
checks that concluded visits recorded on it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from itertools import compress, repeat

from .hq_queries import _SCOPED, Scope, _params
from .reinspection_store import HQ_LINKED

# A visit's day for a check: the day it ended, else the day it started, else its plan.
_VISIT_DAY = "coalesce(substr(v.left_at, 1, 10), substr(v.arrived_at, 1, 10), v.scheduled_on)"
_CONCLUDED = "('concluded', 'minutes_signed', 'exported', 'received')"
_ALL_TIME = ("0000-01-01", "9999-12-31")


_COLUMNS = """
SELECT r.id, r.visit_id, {day} AS visit_day, v.kind AS visit_kind, v.status AS visit_status,
       coalesce(r.responsible_unit_id, v.unit_id) AS unit_id,
       coalesce(ru.name, u.name) AS unit_name, CASE WHEN ru.id IS NULL THEN u.code ELSE ru.code END AS unit_code,
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
# By deadline (none last), then id: the register's order, sorted by SQLite, not in Python.
_ORDER = " ORDER BY r.deadline IS NULL, r.deadline, r.id"


def requests(conn: sqlite3.Connection, first: str | None = None, last: str | None = None,
             scope: Scope = None) -> list[dict]:
    """Every live request of the live visits whose day falls in [first, last] (all visits
    when both are None) and scope, with the unit that must act (the request's responsible
    unit, else the visited unit), the item, the visit, plan and team; by deadline (none
    last), then id. `report_media_ids` is a list (empty when none)."""
    if first is None and last is None and scope is None:
        return _everything(conn)
    cursor = conn.execute(_SCOPED + _COLUMNS.format(day="v.day") + " FROM scoped v CROSS JOIN request r"
                          " ON r.visit_id = v.id AND r.deleted = 0" + _JOINS + _ORDER,
                          _params(first or _ALL_TIME[0], last or _ALL_TIME[1], scope))
    names = [d[0] for d in cursor.description]
    out = [dict(zip(names, raw)) for raw in cursor]
    for row in out:
        row["report_media_ids"] = _media(row["report_media_ids"])
    return out


def _everything(conn: sqlite3.Connection) -> list[dict]:
    """`requests` of every visit: the requests read alone and joined
    in Python to the visits, units, items, plans and teams read once each — a third less
    time than SQLite's joins, which look up a visit's page per request."""
    visits = {r[0]: r[1:] for r in conn.execute(
        "SELECT id, unit_id, coalesce(substr(arrived_at, 1, 10), scheduled_on), kind, status, plan_id, team_id"
        " FROM visit WHERE deleted = 0")}
    units = {r[0]: r[1:] for r in conn.execute("SELECT id, name, code FROM org_unit")}
    items = {r[0]: r[1:] for r in conn.execute("SELECT id, code, text FROM checklist_item")}
    plans = dict(conn.execute("SELECT id, number FROM plan"))
    teams = dict(conn.execute("SELECT id, name FROM team"))
    none = (None, None)
    out = []
    for (request_id, visit_id, text, responsible, deadline, status, status_on, reason, number, date, media,
         follow_up, reinspection, item_id, finding_id, unit_id) in conn.execute("""
SELECT id, visit_id, text, responsible, deadline, status, status_on, status_reason, report_number, report_date,
       report_media_ids, follow_up, reinspection_visit_id, item_id, finding_id, responsible_unit_id
FROM request r WHERE deleted = 0"""):
        visit = visits.get(visit_id)
        if visit is None:
            continue
        visited = units.get(visit[0], none)
        acting = units.get(unit_id, none) if unit_id else visited
        item = items.get(item_id, none) if item_id else none
        out.append({
            "id": request_id, "visit_id": visit_id, "visit_day": visit[1], "visit_kind": visit[2],
            "visit_status": visit[3], "unit_id": unit_id or visit[0], "unit_name": acting[0] or visited[0],
            "unit_code": acting[1] if acting[0] else visited[1], "visited_unit_name": visited[0], "text": text,
            "responsible": responsible, "deadline": deadline, "stored_status": status, "status_on": status_on,
            "status_reason": reason, "report_number": number, "report_date": date,
            "report_media_ids": json.loads(media) if media and media != "[]" else [],
            "follow_up": follow_up, "reinspection_visit_id": reinspection, "item_id": item_id,
            "item_code": item[0], "item_text": item[1], "finding_id": finding_id,
            "plan_number": plans.get(visit[4]), "team_name": teams.get(visit[5])})
    # The register's order, sorted here: SQLite sorting the wide rows cost more than reading them.
    out.sort(key=lambda r: (r["deadline"] is None, r["deadline"] or "", r["id"]))
    return out


def _media(raw: str | None) -> list:
    return json.loads(raw) if raw and raw != "[]" else []


def checks(conn: sqlite3.Connection, request_ids: Iterable[str] | None = None) -> dict[str, list[tuple]]:
    """request id → [(visit day, visit id, result, note)] of the live checks recorded by live,
    concluded visits (all requests when `request_ids` is None), each only where headquarters
    linked the request to that visit (`reinspection_store.HQ_LINKED`)."""
    sql = f"""
SELECT c.request_id, {_VISIT_DAY}, c.visit_id, c.result, c.note
FROM request_check c JOIN visit v ON v.id = c.visit_id
WHERE c.deleted = 0 AND v.deleted = 0 AND v.status IN {_CONCLUDED} AND {HQ_LINKED}"""
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


# -- the register as the window lists it: narrow rows ---------------------------------------
#
# The window's table needs, for each of 10,000 requests, only what it shows, sorts and
# filters by: building a dict of 27 fields per request cost more than the budget of
# opening the page, and so did deriving the status in SQL (SQLite's CASE per row cost
# more than the core's derivation once per stored status and deadline). These read the
# few columns the core derives a row from; the rest of a request is read when it is
# selected (`requests_by_id`) or searched (`search`).

# Every live request in the register's order, read from `request_register` (migration 11)
# alone: neither sorted nor read row by row. Only what the table filters by and derives
# the status from: the report's number and date are read for the rows painted (`shown`),
# status_on for the requests a re-inspection checked (`status_on`).
LISTED = """
SELECT id, deadline, status, responsible_unit_id, visit_id
FROM request WHERE deleted = 0 ORDER BY deadline IS NULL, deadline, id"""


def listed_requests(conn: sqlite3.Connection, first: str | None = None, last: str | None = None,
                    scope: Scope = None) -> tuple[tuple, ...]:
    """The live requests of the live visits whose day is in [first, last] (every live visit
    when both are None) and scope, by deadline (none last), then id, as seven columns (the
    n-th request is the n-th value of each): id, deadline, stored status, responsible unit
    id, visit id, unit visited, visit day.

    Columns, not rows: the reader derives each column with one pass in C (a map, a zip),
    never a Python loop over 10,000 requests."""
    if first is None and last is None and scope is None:
        # Every request: read alone from its covering index and joined here to the visits
        # read once (SQLite's join looked a visit up per request, a third slower).
        columns = _columns(conn.execute(LISTED).fetchall(), 5)
        visit_ids, units, days = _columns(conn.execute(
            "SELECT id, unit_id, coalesce(substr(arrived_at, 1, 10), scheduled_on) FROM visit WHERE deleted = 0")
            .fetchall(), 3)
        unit_of = dict(zip(visit_ids, units))
        visited = tuple(map(unit_of.get, columns[4], repeat(_GONE)))
        if _GONE in visited:                      # requests of deleted visits are not listed
            live = tuple(v is not _GONE for v in visited)
            columns = tuple(tuple(compress(column, live)) for column in columns)
            visited = tuple(compress(visited, live))
        return (*columns, visited, tuple(map(dict(zip(visit_ids, days)).__getitem__, columns[4])))
    return _columns(conn.execute(_SCOPED + """
SELECT r.id, r.deadline, r.status, r.responsible_unit_id, r.visit_id, s.unit_id, s.day
FROM scoped s CROSS JOIN request r ON r.visit_id = s.id AND r.deleted = 0
ORDER BY r.deadline IS NULL, r.deadline, r.id""",
                                 _params(first or _ALL_TIME[0], last or _ALL_TIME[1], scope)).fetchall(), 7)


_GONE = object()        # a request's visit that is not live


def _columns(rows: list[tuple], width: int) -> tuple[tuple, ...]:
    """`rows` as `width` columns (empty ones when there is no row)."""
    return tuple(zip(*rows)) if rows else ((),) * width


def texts(conn: sqlite3.Connection, request_ids: Iterable[str] | None = None) -> dict[str, str]:
    """request id → its text (every live request when `request_ids` is None)."""
    return {row[0]: row[1] for row in _of(conn, "coalesce(text, '')", request_ids)}


def shown(conn: sqlite3.Connection, request_ids: Iterable[str]) -> dict[str, tuple[str, str | None, str | None]]:
    """request id → (text, report number, report date) of these requests: what the table
    shows of the rows painted beside what it lists."""
    return {row[0]: row[1:] for row in _of(conn, "coalesce(text, ''), report_number, report_date", request_ids)}


def reports(conn: sqlite3.Connection) -> dict[str, tuple[str | None, str | None]]:
    """request id → (report number, report date), every live request."""
    ids, numbers, dates = _columns(_of(conn, "report_number, report_date", None), 3)
    return dict(zip(ids, zip(numbers, dates)))


def status_on(conn: sqlite3.Connection, request_ids: Iterable[str]) -> dict[str, str | None]:
    """request id → the day its stored status was set, for these requests."""
    return {row[0]: row[1] for row in _of(conn, "status_on", request_ids)}


def _of(conn: sqlite3.Connection, columns: str, request_ids: Iterable[str] | None) -> list[tuple]:
    """(id, *columns) of these requests (every live one when None), 500 ids a query."""
    if request_ids is None:
        return conn.execute(f"SELECT id, {columns} FROM request WHERE deleted = 0").fetchall()
    ids, out = list(request_ids), list[tuple]()
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        out.extend(conn.execute(f"SELECT id, {columns} FROM request WHERE id IN ({','.join('?' * len(chunk))})",
                                chunk))
    return out


def search(conn: sqlite3.Connection, words: list[dict]) -> set[str]:
    """Ids of the requests whose texts hold every word of `words`, one query: each word as
    {"word": folded, "unit": [...], "item": [...], "plan": [...], "team": [...]}, the ids
    whose folded names hold it (the core folds the names: `names`). A request holds a word
    when its own texts folded (`request_search`, migration 11: text, responsible, report
    number, status reason) do, or the name of its responsible unit, its item, or its
    visit's unit, plan or team. Requests of deleted visits and deleted requests may be
    among them: the caller keeps the requests it lists."""
    terms, params = [], {}
    for n, word in enumerate(words):
        params[f"w{n}"] = word["word"]
        for kind in ("unit", "item", "plan", "team"):
            params[f"{kind}{n}"] = json.dumps(word.get(kind) or [])
        ors = [f"instr(f.body, :w{n}) > 0"]
        if word.get("unit"):
            ors.append(f"f.unit_id IN (SELECT value FROM json_each(:unit{n}))")
        if word.get("item"):
            ors.append(f"f.item_id IN (SELECT value FROM json_each(:item{n}))")
        by_visit = [f"{column} IN (SELECT value FROM json_each(:{kind}{n}))"
                    for kind, column in (("unit", "unit_id"), ("plan", "plan_id"), ("team", "team_id"))
                    if word.get(kind)]
        if by_visit:
            ors.append(f"f.visit_id IN (SELECT id FROM visit WHERE {' OR '.join(by_visit)})")
        terms.append(f"({' OR '.join(ors)})")
    if not terms:
        return set()
    return {row[0] for row in conn.execute(f"SELECT f.request_id FROM request_search f WHERE {' AND '.join(terms)}",
                                           params)}


def unit_names(conn: sqlite3.Connection) -> dict[str, str]:
    """unit id → name, every unit (merged ones too)."""
    return dict(conn.execute("SELECT id, coalesce(name, '') FROM org_unit"))


def live_units(conn: sqlite3.Connection) -> list[tuple[str, str, str | None]]:
    """(id, name, parent id) of every live unit, by name (the order of `ws.units.list()`)."""
    return conn.execute("SELECT id, name, parent_id FROM org_unit WHERE deleted = 0 ORDER BY name").fetchall()


def names(conn: sqlite3.Connection) -> dict[str, dict[str, str]]:
    """The names a request's row shows or is searched by: "unit" (id → name, every unit,
    merged ones too), "item" (id → "code\\ntext"), "plan" (id → number), "team" (id → name)."""
    return {"unit": unit_names(conn),
            "item": dict(conn.execute("SELECT id, coalesce(code, '') || char(10) || coalesce(text, '')"
                                      " FROM checklist_item")),
            "plan": dict(conn.execute("SELECT id, coalesce(number, '') FROM plan")),
            "team": dict(conn.execute("SELECT id, coalesce(name, '') FROM team"))}


def requests_by_id(conn: sqlite3.Connection, request_ids: list[str]) -> list[dict]:
    """The rows of `requests` (every field, `report_media_ids` a list) for these live requests
    of live visits, in no particular order."""
    out = []
    for start in range(0, len(request_ids), 500):
        chunk = request_ids[start:start + 500]
        cursor = conn.execute(_COLUMNS.format(day="coalesce(substr(v.arrived_at, 1, 10), v.scheduled_on)")
                              + " FROM request r JOIN visit v ON v.id = r.visit_id AND v.deleted = 0" + _JOINS
                              + f" WHERE r.deleted = 0 AND r.id IN ({','.join('?' * len(chunk))})", chunk)
        names = [d[0] for d in cursor.description]
        for raw in cursor:
            row = dict(zip(names, raw))
            row["report_media_ids"] = _media(row["report_media_ids"])
            out.append(row)
    return out
