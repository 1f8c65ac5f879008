"""Migration 9: what follows a visit.

- `participant.gender` ('male' / 'female'; NULL: not recorded), so the
  minutes say "Ông" or "Bà" from what was recorded, not from a guess.
- `visit.trigger`: why a surprise visit was made (a leader's direction, a
  citizen's report), stated in the minutes' opening.
- A request's follow-up at headquarters: the unit's report of its remedy
  (number, date, scanned documents as media ids), the reason a request was
  closed or cancelled, and the day its status last changed.
- `request_check`: one earlier request checked at a re-inspection visit
  (result 'fixed' / 'not_fixed' / 'partly', a note); made on the laptop that
  re-inspects, it travels back in that laptop's findings.
"""

from __future__ import annotations

import sqlite3

SQL = (
    "ALTER TABLE participant ADD COLUMN gender TEXT",
    "ALTER TABLE visit ADD COLUMN trigger TEXT",
    "ALTER TABLE request ADD COLUMN report_number TEXT",
    "ALTER TABLE request ADD COLUMN report_date TEXT",
    "ALTER TABLE request ADD COLUMN report_media_ids TEXT",
    "ALTER TABLE request ADD COLUMN status_reason TEXT",
    "ALTER TABLE request ADD COLUMN status_on TEXT",
    """CREATE TABLE request_check (
        id TEXT PRIMARY KEY,
        visit_id TEXT,
        request_id TEXT,
        result TEXT,
        note TEXT,
        deleted INTEGER NOT NULL DEFAULT 0,
        _clocks TEXT NOT NULL DEFAULT '{}'
    )""",
    "CREATE INDEX request_check_visit ON request_check(visit_id)",
    "CREATE INDEX request_check_request ON request_check(request_id)",
)


def migrate(conn: sqlite3.Connection) -> None:
    for statement in SQL:
        conn.execute(statement)
