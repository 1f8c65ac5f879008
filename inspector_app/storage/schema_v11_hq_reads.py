"""Migration 11: what headquarters' Overview and register of requests read (issue 13's
figures: each Overview view and the register opened and searched ≤ 100 ms on five
years of a province).

- `hq_observation_cover`: every answer of a visit with what the Overview reads of it
  (storage/hq_overview.py), in the index itself. It was made on HQ's first Overview
  (CREATE INDEX IF NOT EXISTS): a workspace that has it keeps it. It begins with the
  visit, so it replaces `observation_visit` (schema 1), which goes: an answer written
  updates as many indexes as before.
- `visit_day`: the visits by the day that counts (the arrival, else the planned day:
  `hq_queries._SCOPED`'s expression, which it must repeat exactly to be used), so a
  window's visits are found by a range, not a scan of every visit of every year; with
  their unit, it is all the register reads of every visit (`hq_register.listed_requests`).
- `observation_record_value`: records' answers by field and value, so the Overview finds
  the answers that breach an item (a roll call's "Vắng không lý do") by one search per
  breaching value, not by reading every record's answers of the window.
- `request_register`: the live requests in the register's order (deadline, none last,
  then id) with the columns its table reads, so SQLite neither sorts nor reads the rows.
- `request_search`: each request's own texts (text, responsible, report number, status
  reason) folded for an accent-free search, kept by `search_index` on every write, so a
  search of the register is one query, not 10,000 texts folded in Python.

On a field laptop a record's answer updates one index more (`observation_record_value`);
the indexes' size follows the data (a laptop holds its own visits, HQ every visit).
"""

from __future__ import annotations

import sqlite3

from . import search_index

SQL = (
    "CREATE INDEX IF NOT EXISTS hq_observation_cover ON observation(visit_id, record_id, item_id, deleted, value)",
    "DROP INDEX IF EXISTS observation_visit",
    "CREATE INDEX visit_day ON visit(coalesce(substr(arrived_at, 1, 10), scheduled_on), unit_id, id, deleted)"
    " WHERE deleted = 0",
    "CREATE INDEX observation_record_value ON observation(item_id, value, visit_id, record_id, deleted)"
    " WHERE record_id IS NOT NULL AND deleted = 0",
    "CREATE INDEX request_register ON request(deadline IS NULL, deadline, id, status, status_on,"
    " responsible_unit_id, report_number, report_date, visit_id, deleted) WHERE deleted = 0",
)


def migrate(conn: sqlite3.Connection) -> None:
    for statement in SQL:
        conn.execute(statement)
    search_index.create_folded(conn)
