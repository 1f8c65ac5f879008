"""The local record of undo steps (not synced): which operations each step made.

A step is one transaction of this device's own writes within one visit (its
scope). Undo and redo are steps too, naming the step they reverse, so the
undo and redo stacks of a visit can be rebuilt after a restart by replaying
the steps in order (`inspector_app/undo.py`).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

from ..oplog import Operation

TABLE = "undo_step"


def create(conn: sqlite3.Connection) -> None:
    """Migration 5: the table, made with sqlite-utils' table builder."""
    import sqlite_utils

    db = sqlite_utils.Database(conn, use_counts_table=False)
    db[TABLE].create({"seq": int, "scope": str, "kind": str, "target": int, "entity": str,
                      "ops": str, "at": str}, pk="seq", not_null={"scope", "kind", "ops", "at"})
    db[TABLE].create_index(["scope", "seq"])


def record(conn: sqlite3.Connection, scope: str, kind: str, target: int | None, entity: str,
           ops: list[tuple[str, bool]]) -> int:
    """Store one step; `ops` are (operation id, whether it created its row), in order."""
    cursor = conn.execute(
        f"INSERT INTO {TABLE} (scope, kind, target, entity, ops, at) VALUES (?, ?, ?, ?, ?, ?)",
        (scope, kind, target, entity, json.dumps(ops, separators=(",", ":")),
         dt.datetime.now(dt.UTC).isoformat(timespec="seconds")))
    return int(cursor.lastrowid or 0)


def steps(conn: sqlite3.Connection, scope: str) -> list[tuple[int, str, int | None, str]]:
    """(seq, kind, target, entity) of every step of `scope`, oldest first."""
    return [tuple(r) for r in conn.execute(  # type: ignore[misc]
        f"SELECT seq, kind, target, entity FROM {TABLE} WHERE scope = ? ORDER BY seq", (scope,))]


def step_ops(conn: sqlite3.Connection, seq: int) -> list[tuple[Operation, bool]]:
    """The operations one step made, in the order they were made, with their creation flag."""
    found = conn.execute(f"SELECT ops FROM {TABLE} WHERE seq = ?", (seq,)).fetchone()
    if found is None:
        return []
    pairs = json.loads(found[0])
    ids = [op_id for op_id, _created in pairs]
    marks = ", ".join("?" * len(ids))
    by_id = {}
    for row in conn.execute(
            f"SELECT id, hlc, device_id, person_id, entity, row_id, data, prev FROM ops WHERE id IN ({marks})", ids):
        by_id[row[0]] = Operation(row[0], row[1], row[2], row[3], row[4], row[5],
                                  json.loads(row[6]), json.loads(row[7]))
    return [(by_id[op_id], bool(created)) for op_id, created in pairs if op_id in by_id]
