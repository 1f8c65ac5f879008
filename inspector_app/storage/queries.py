"""Read queries the services need. Services never write SQL themselves."""

from __future__ import annotations

import sqlite3

from ..entities import ENTITIES, fields_of, from_column
from .db import utils


def _decode(entity: str, cursor: sqlite3.Cursor) -> list[dict]:
    fields = fields_of(entity)
    names = [d[0] for d in cursor.description]
    out = []
    for raw in cursor.fetchall():
        row = dict(zip(names, raw))
        item = {"id": row["id"]}
        for name, kind in fields.items():
            item[name] = from_column(kind, row[name])
        out.append(item)
    return out


def rows(conn: sqlite3.Connection, entity: str, order: str = "id",
         include_deleted: bool = False, **equals) -> list[dict]:
    """Rows of `entity` whose fields equal `equals`, ordered by `order` fields."""
    if entity not in ENTITIES:
        raise KeyError(entity)
    allowed = fields_of(entity)
    clauses, params = [], []
    for name, value in equals.items():
        if name not in allowed and name != "id":
            raise KeyError(name)
        if value is None:
            clauses.append(f"{name} IS NULL")
        else:
            clauses.append(f"{name} = ?")
            params.append(value)
    if not include_deleted:
        clauses.append("deleted = 0")
    order_names = [o.strip() for o in order.split(",")]
    for name in order_names:
        if name.removesuffix(" DESC") not in allowed and name != "id":
            raise KeyError(name)
    where = " AND ".join(clauses) or "1"
    cursor = conn.execute(f"SELECT * FROM {entity} WHERE {where} ORDER BY {', '.join(order_names)}",
                          params)
    return _decode(entity, cursor)




# Queries off the hot path go through sqlite-utils' table API.

def rows_by_ids(conn: sqlite3.Connection, entity: str, ids: list[str]) -> list[dict]:
    """Rows of `entity` with these ids, tombstoned ones included; one statement."""
    if entity not in ENTITIES:
        raise KeyError(entity)
    if not ids:
        return []
    cursor = conn.execute(f"SELECT * FROM {entity} WHERE id IN ({', '.join('?' * len(ids))})", ids)
    return _decode(entity, cursor)


def count(conn: sqlite3.Connection, entity: str, **equals) -> int:
    """Live rows of `entity` whose fields equal `equals`."""
    if entity not in ENTITIES or any(name not in fields_of(entity) for name in equals):
        raise KeyError(entity)
    where = " AND ".join(["deleted = 0", *(f"[{name}] = :{name}" for name in equals)])
    return utils(conn)[entity].count_where(where, equals)


def template_in_use(conn: sqlite3.Connection, template_id: str) -> bool:
    """Whether a visit uses the checklist version (it can no longer be edited)."""
    used = utils(conn)["visit_checklist"].rows_where(
        "template_id = ? AND deleted = 0", [template_id], select="1", limit=1)
    return next(iter(used), None) is not None


def latest_template_version(conn: sqlite3.Connection, code: str) -> int:
    """The highest version held of the checklist `code`, 0 when none is."""
    newest = next(iter(utils(conn)["checklist_template"].rows_where(
        "code = ?", [code], select="version", order_by="version desc", limit=1)), None)
    return int(newest["version"]) if newest else 0


VISIT_LIST_SQL = """
SELECT v.id, v.title, v.kind, v.status, v.scheduled_on, v.arrived_at, v.left_at,
       v.unit_id, u.name AS unit_name, v.plan_id, p.number AS plan_number,
       v.team_id, t.name AS team_name,
       (SELECT count(*) FROM observation o WHERE o.visit_id = v.id AND o.deleted = 0
          AND o.value IS NOT NULL AND o.record_id IS NULL) AS answered,
       (SELECT count(*) FROM checklist_item i
          JOIN visit_checklist vc ON vc.template_id = i.template_id AND vc.deleted = 0
          JOIN checklist_section s ON s.id = i.section_id
          WHERE vc.visit_id = v.id AND i.deleted = 0 AND s.repeatable = 0) AS items
FROM visit v
LEFT JOIN org_unit u ON u.id = v.unit_id
LEFT JOIN plan p ON p.id = v.plan_id
LEFT JOIN team t ON t.id = v.team_id
WHERE v.deleted = 0 {filters}
ORDER BY v.scheduled_on DESC, v.id DESC
LIMIT ? OFFSET ?
"""


def visit_page(conn: sqlite3.Connection, *, status=None, unit_id=None, plan_id=None,
               kind=None, day=None, ids=None, limit=50, offset=0) -> list[dict]:
    filters: list[str] = []
    params: list[object] = []
    if isinstance(status, (list, tuple)):
        filters.append(f"AND v.status IN ({','.join('?' * len(status))})")
        params.extend(status)
        status = None
    for column, value in (("v.status", status), ("v.unit_id", unit_id),
                          ("v.plan_id", plan_id), ("v.kind", kind), ("v.scheduled_on", day)):
        if value is not None:
            filters.append(f"AND {column} = ?")
            params.append(value)
    if ids is not None:
        ids = list(ids)
        filters.append(f"AND v.id IN ({','.join('?' * len(ids))})" if ids else "AND 0")
        params.extend(ids)
    cursor = conn.execute(VISIT_LIST_SQL.format(filters=" ".join(filters)), (*params, limit, offset))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, r)) for r in cursor.fetchall()]


def items_in_visit(conn: sqlite3.Connection, visit_id: str) -> dict[str, tuple[dict, dict]]:
    """Item id → (item, its section as {id, repeatable, title}) for every live item
    of the checklist versions the visit uses."""
    cursor = conn.execute(
        """SELECT i.*, s.id AS s_id, s.repeatable AS s_repeatable, s.title AS s_title
           FROM checklist_item i
           JOIN visit_checklist vc ON vc.template_id = i.template_id
           JOIN checklist_section s ON s.id = i.section_id
           WHERE vc.visit_id = ? AND vc.deleted = 0 AND i.deleted = 0""", (visit_id,))
    names = [d[0] for d in cursor.description]
    fields = fields_of("checklist_item")
    out = {}
    for raw in cursor.fetchall():
        row = dict(zip(names, raw))
        item = {"id": row["id"], **{name: from_column(kind, row[name]) for name, kind in fields.items()}}
        out[item["id"]] = (item, {"id": row["s_id"], "repeatable": bool(row["s_repeatable"]),
                                  "title": row["s_title"]})
    return out


def next_position(conn: sqlite3.Connection, entity: str, parent_field: str, parent_id: str,
                  extra: dict | None = None) -> int:
    clauses = [f"{parent_field} = ?"] + [f"{k} = ?" for k in (extra or {})]
    return conn.execute(
        f"SELECT coalesce(max(position), 0) + 1 FROM {entity} WHERE {' AND '.join(clauses)}",
        (parent_id, *(extra or {}).values())).fetchone()[0]
