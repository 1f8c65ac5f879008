"""Migration 10: the PAR index (Chỉ số cải cách hành chính, QĐ 876/QĐ-BNV) as data.

- `par_index`: one index (its code, title, the decision it follows, what it
  applies to, how certain its points are, its sources and deduction rule).
- `par_criterion`: its tree — areas (lĩnh vực), criteria (tiêu chí) and
  sub-criteria (tiêu chí thành phần) with their points, each with a
  `certainty` and a `note` saying where its wording and points come from.
- `par_mapping`: a checklist item (by the checklist's code and the item's
  code, so every version of the checklist maps) → a criterion.
- `par_decision`: HQ's decision on a unit's deduction for one criterion and
  year (the proposal it saw, the points accepted, who and when). A decision
  is never edited: a new one supersedes it, undoing one tombstones it.

The first three are reference data HQ distributes; decisions stay at HQ.
"""

from __future__ import annotations

import sqlite3

_COMMON = "deleted INTEGER NOT NULL DEFAULT 0, _clocks TEXT NOT NULL DEFAULT '{}'"

SQL = (
    f"""CREATE TABLE par_index (
        id TEXT PRIMARY KEY, code TEXT, title TEXT, decision TEXT, issuer TEXT, issued_on TEXT,
        applies_to TEXT, certainty TEXT, note TEXT, sources TEXT, rule TEXT, fallback_code TEXT, {_COMMON})""",
    f"""CREATE TABLE par_criterion (
        id TEXT PRIMARY KEY, index_id TEXT, parent_id TEXT, level TEXT, code TEXT, title TEXT,
        points REAL, position INTEGER, certainty TEXT, note TEXT, {_COMMON})""",
    "CREATE INDEX par_criterion_index ON par_criterion(index_id)",
    f"""CREATE TABLE par_mapping (
        id TEXT PRIMARY KEY, index_id TEXT, criterion_id TEXT, template_code TEXT, item_code TEXT, {_COMMON})""",
    "CREATE INDEX par_mapping_index ON par_mapping(index_id)",
    f"""CREATE TABLE par_decision (
        id TEXT PRIMARY KEY, index_id TEXT, unit_id TEXT, year INTEGER, criterion_id TEXT, proposed REAL,
        accepted REAL, kind TEXT, note TEXT, decided_by TEXT, decided_at TEXT, {_COMMON})""",
    "CREATE INDEX par_decision_unit_year ON par_decision(unit_id, year)",
)


def migrate(conn: sqlite3.Connection) -> None:
    for statement in SQL:
        conn.execute(statement)
