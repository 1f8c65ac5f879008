"""Read-only queries of headquarters: visits of a period and a scope, and what they hold.

Every query takes the window's first and last ISO days and a scope — `None`
(the whole province), ("plan", id), ("team", id) or ("unit", id) for a unit
and every unit under it — and streams its rows (a cursor, never a list), so
an export of a year holds one row at a time. A visit's day is the day the
team arrived, or the day it was planned for while it has not started.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

Scope = tuple[str, str] | None
SCOPE_KINDS = ("plan", "team", "unit")

# The visits of the window and the scope, with their day: every query below starts from it,
# materialised once, then joined to the rows of each visit through their `visit_id` index
# (CROSS JOIN keeps that order: left to itself, SQLite scanned all 750,000 answers of five
# years and took 30 s for a quarter; a unary + keeps it off visit_checklist's template index).
_SCOPED = """
WITH RECURSIVE sub(id) AS (
    SELECT :unit WHERE :unit IS NOT NULL
    UNION SELECT u.id FROM org_unit u JOIN sub ON u.parent_id = sub.id WHERE u.deleted = 0
),
scoped AS MATERIALIZED (
    SELECT v.*, coalesce(substr(v.arrived_at, 1, 10), v.scheduled_on) AS day
    FROM visit v
    WHERE v.deleted = 0
      AND coalesce(substr(v.arrived_at, 1, 10), v.scheduled_on) BETWEEN :first AND :last
      AND (:plan IS NULL OR v.plan_id = :plan)
      AND (:team IS NULL OR v.team_id = :team)
      AND (:unit IS NULL OR v.unit_id IN (SELECT id FROM sub))
)
"""


def _params(first: str, last: str, scope: Scope) -> dict:
    kind, row_id = scope if scope else (None, None)
    if kind is not None and kind not in SCOPE_KINDS:
        raise KeyError(kind)
    return {"first": first, "last": last, "plan": row_id if kind == "plan" else None,
            "team": row_id if kind == "team" else None, "unit": row_id if kind == "unit" else None}


def _stream(conn: sqlite3.Connection, sql: str, params: dict) -> Iterator[dict]:
    cursor = conn.execute(_SCOPED + sql, params)
    names = [d[0] for d in cursor.description]
    for raw in cursor:
        yield dict(zip(names, raw))


def visits(conn: sqlite3.Connection, first: str, last: str, scope: Scope = None) -> Iterator[dict]:
    """The visits, by day then id, with their unit (and its parent), plan, team and checklists."""
    return _stream(conn, """
SELECT s.id, s.title, s.kind, s.status, s.day, s.scheduled_on, s.arrived_at, s.left_at, s.place,
       s.conclude_note, s.unit_id, u.name AS unit_name, u.code AS unit_code, u.kind AS unit_kind,
       pu.name AS parent_name, p.number AS plan_number, p.title AS plan_title, t.name AS team_name,
       (SELECT group_concat(code, '; ') FROM (
            SELECT ct.code FROM visit_checklist vc JOIN checklist_template ct ON ct.id = vc.template_id
            WHERE vc.visit_id = s.id AND vc.deleted = 0 ORDER BY vc.position)) AS checklists
FROM scoped s
LEFT JOIN org_unit u ON u.id = s.unit_id
LEFT JOIN org_unit pu ON pu.id = u.parent_id
LEFT JOIN plan p ON p.id = s.plan_id
LEFT JOIN team t ON t.id = s.team_id
ORDER BY s.day, s.id""", _params(first, last, scope))


def templates_used(conn: sqlite3.Connection, first: str, last: str, scope: Scope = None) -> list[str]:
    """Ids of the checklist versions the visits use, oldest code and version first."""
    cursor = conn.execute(_SCOPED + """
SELECT DISTINCT ct.id FROM scoped s
CROSS JOIN visit_checklist vc ON vc.visit_id = s.id AND vc.deleted = 0
JOIN checklist_template ct ON ct.id = vc.template_id
ORDER BY ct.code, ct.version""", _params(first, last, scope))
    return [row[0] for row in cursor]


def answers(conn: sqlite3.Connection, first: str, last: str, scope: Scope = None) -> Iterator[dict]:
    """Answers to items outside repeatable sections (`value` as stored JSON text), by visit
    and then in the checklist's order; with the visit's day and unit."""
    return _stream(conn, """
SELECT o.visit_id, s.day, u.name AS unit_name, u.code AS unit_code, o.item_id, o.value, o.note, o.severity
FROM scoped s
CROSS JOIN observation o ON o.visit_id = s.id AND o.deleted = 0 AND o.record_id IS NULL AND o.value IS NOT NULL
JOIN checklist_item i ON i.id = o.item_id
JOIN checklist_section sec ON sec.id = i.section_id
LEFT JOIN visit_checklist vc ON vc.visit_id = s.id AND +vc.template_id = i.template_id AND vc.deleted = 0
LEFT JOIN org_unit u ON u.id = s.unit_id
ORDER BY s.day, s.id, vc.position, sec.position, i.position""", _params(first, last, scope))


def record_answers(conn: sqlite3.Connection, first: str, last: str, scope: Scope = None) -> Iterator[dict]:
    """The answers in live records of repeatable sections (roll call, case files, interviews),
    grouped by visit, then section, then record, then item; one row per answer, with the
    record's position and section."""
    return _stream(conn, """
SELECT r.visit_id, s.day, u.name AS unit_name, r.id AS record_id, r.position, r.section_id,
       o.item_id, o.value, o.note
FROM scoped s
CROSS JOIN section_record r ON r.visit_id = s.id AND r.deleted = 0
JOIN checklist_section sec ON sec.id = r.section_id
LEFT JOIN observation o ON o.record_id = r.id AND o.visit_id = s.id AND o.deleted = 0 AND o.value IS NOT NULL
LEFT JOIN checklist_item i ON i.id = o.item_id
LEFT JOIN org_unit u ON u.id = s.unit_id
ORDER BY s.day, s.id, sec.template_id, sec.position, r.position, r.id, i.position""",
                   _params(first, last, scope))


def findings(conn: sqlite3.Connection, first: str, last: str, scope: Scope = None) -> Iterator[dict]:
    """Findings of the visits, by visit, with the item they name (code)."""
    return _stream(conn, """
SELECT f.id, f.visit_id, s.day, u.name AS unit_name, f.kind, f.text, i.code AS item_code, f.severity
FROM scoped s
CROSS JOIN finding f ON f.visit_id = s.id AND f.deleted = 0
LEFT JOIN checklist_item i ON i.id = f.item_id
LEFT JOIN org_unit u ON u.id = s.unit_id
ORDER BY s.day, s.id, f.id""", _params(first, last, scope))


def requests(conn: sqlite3.Connection, first: str, last: str, scope: Scope = None) -> Iterator[dict]:
    """Requests made at the visits, by visit then deadline, with the unit that must act."""
    return _stream(conn, """
SELECT r.id, r.visit_id, s.day, u.name AS unit_name, r.text, r.responsible,
       ru.name AS responsible_unit, r.deadline, r.status, r.follow_up, i.code AS item_code,
       r.finding_id, r.reinspection_visit_id
FROM scoped s
CROSS JOIN request r ON r.visit_id = s.id AND r.deleted = 0
LEFT JOIN checklist_item i ON i.id = r.item_id
LEFT JOIN org_unit u ON u.id = s.unit_id
LEFT JOIN org_unit ru ON ru.id = r.responsible_unit_id
ORDER BY s.day, s.id, r.deadline, r.id""", _params(first, last, scope))


def counts(conn: sqlite3.Connection, first: str, last: str, scope: Scope = None) -> dict[str, int]:
    """How many visits, answers, records, findings and requests the window and scope hold."""
    row = conn.execute(_SCOPED + """
SELECT (SELECT count(*) FROM scoped),
       (SELECT count(*) FROM scoped s JOIN observation o ON o.visit_id = s.id AND o.deleted = 0
          AND o.record_id IS NULL AND o.value IS NOT NULL),
       (SELECT count(*) FROM scoped s JOIN section_record r ON r.visit_id = s.id AND r.deleted = 0),
       (SELECT count(*) FROM scoped s JOIN finding f ON f.visit_id = s.id AND f.deleted = 0),
       (SELECT count(*) FROM scoped s JOIN request r ON r.visit_id = s.id AND r.deleted = 0)""",
                       _params(first, last, scope)).fetchone()
    return dict(zip(("visits", "answers", "records", "findings", "requests"), row))


def scope_candidates(conn: sqlite3.Connection, kind: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    """(id, label, number or code, name or title, parent id) of every live plan, team or unit:
    what `--scope plan:87/KH-UBND` may name (hq/scope.py matches them, accents folded)."""
    sql = {"plan": "SELECT id, number || ' — ' || coalesce(title, ''), number, title, NULL FROM plan",
           "team": "SELECT id, name, NULL, name, NULL FROM team",
           "unit": "SELECT id, name, code, name, parent_id FROM org_unit"}[kind]
    return [tuple(row) for row in conn.execute(sql + " WHERE deleted = 0 ORDER BY id")]
