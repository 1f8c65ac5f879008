"""Read-only queries of the period's report (issue 13, point 4): what its counts are computed from.

Every query takes the window's first and last ISO days and a scope, as
`hq_queries` does (the same visits: `hq_queries._SCOPED`), and streams its
rows. The report itself computes nothing in SQL beyond joins: the counts of
a visit are the core's one computation (`checklists/counts.py`), fed with
the answers and records these queries hand over visit by visit.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator

from .hq_queries import _SCOPED, Scope, _params, _stream

_MISSING = object()


def visits(conn: sqlite3.Connection, first: str, last: str, scope: Scope = None) -> Iterator[dict]:
    """The visits by id, with their unit (kind, parent), plan, team and checklist ids ("id;id")."""
    return _stream(conn, """
SELECT s.id, s.title, s.kind, s.status, s.day, s.scheduled_on, s.arrived_at, s.left_at, s.unit_id,
       u.name AS unit_name, u.kind AS unit_kind, u.parent_id AS unit_parent, p.number AS plan_number,
       t.name AS team_name,
       (SELECT group_concat(template_id, ';') FROM (
            SELECT vc.template_id FROM visit_checklist vc
            WHERE vc.visit_id = s.id AND vc.deleted = 0 ORDER BY vc.position)) AS templates
FROM scoped s
LEFT JOIN org_unit u ON u.id = s.unit_id
LEFT JOIN plan p ON p.id = s.plan_id
LEFT JOIN team t ON t.id = s.team_id
ORDER BY s.id""", _params(first, last, scope))


def observations(conn: sqlite3.Connection, first: str, last: str, scope: Scope = None) -> Iterator[tuple]:
    """(visit id, item id, record id, value decoded from JSON, note) of every live answer, by visit id."""
    cursor = conn.execute(_SCOPED + """
SELECT o.visit_id, o.item_id, o.record_id, o.value, o.note
FROM scoped s
CROSS JOIN observation o ON o.visit_id = s.id AND o.deleted = 0 AND o.value IS NOT NULL
ORDER BY s.id""", _params(first, last, scope))
    # A year's answers repeat a few values ("dat", true, a choice's code): each is decoded once.
    # Only scalars are shared, so no caller can change another answer's value through a list.
    loads = json.loads
    decoded: dict[str, object] = {}
    for visit_id, item_id, record_id, raw, note in cursor:
        value = decoded.get(raw, _MISSING)
        if value is _MISSING:
            value = loads(raw)
            if len(raw) < 48 and len(decoded) < 5000 and not isinstance(value, (list, dict)):
                decoded[raw] = value
        yield visit_id, item_id, record_id, value, note


def records(conn: sqlite3.Connection, first: str, last: str, scope: Scope = None) -> Iterator[tuple]:
    """(visit id, section id, record id) of every live record of a repeatable section, by visit
    id then position: the order the tables list them in."""
    cursor = conn.execute(_SCOPED + """
SELECT r.visit_id, r.section_id, r.id
FROM scoped s
CROSS JOIN section_record r ON r.visit_id = s.id AND r.deleted = 0
ORDER BY s.id, r.position, r.id""", _params(first, last, scope))
    yield from cursor


def findings(conn: sqlite3.Connection, first: str, last: str, scope: Scope = None) -> Iterator[dict]:
    """The findings (kind, text, the item they name) with their visit's day and unit, by day."""
    return _stream(conn, """
SELECT f.id, f.visit_id, s.day, s.unit_id, u.name AS unit_name, f.kind, f.text, f.item_id
FROM scoped s
CROSS JOIN finding f ON f.visit_id = s.id AND f.deleted = 0
LEFT JOIN org_unit u ON u.id = s.unit_id
ORDER BY s.day, s.id, f.id""", _params(first, last, scope))


def province_unit(conn: sqlite3.Connection) -> dict | None:
    """The live unit at the top of the tree (no parent), preferring one of kind 'province':
    whose name and place head the report."""
    row = conn.execute("""
SELECT id, name, place_name FROM org_unit
WHERE deleted = 0 AND (parent_id IS NULL OR parent_id = '')
ORDER BY kind = 'province' DESC, id LIMIT 1""").fetchone()
    return dict(zip(("id", "name", "place_name"), row)) if row else None
