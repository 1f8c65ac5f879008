"""What undo needs from the op log: which of this device's operations form each step.

An operation this device makes within a visit, on a person's work, carries two
local columns (never exported): `undo_scope`, the visit, and `undo_mark`,
"<step>:<kind>:<target>:<created>" — the step it belongs to (the stamp of the
step's first operation), whether the step was made ("do") or reverses another
("undo"/"redo" of step <target>), and whether the operation created its row.
Marking the operations as they are appended costs no statement of its own, so
a key press stays one INSERT into the log (bench/keypress.py). The stacks of a
visit are rebuilt after a restart by replaying its steps (`inspector_app/undo.py`).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field

from ..oplog import Operation


@dataclass
class Step:
    """One step: its number, how it was made, the entity it is about and its operations in order."""

    number: int
    kind: str
    target: int | None
    entity: str
    ops: list[tuple[str, bool]] = field(default_factory=list)   # (operation id, created its row)


def create(conn: sqlite3.Connection) -> None:
    """Migration 5: the op log's two local undo columns (sqlite-utils) and their index.

    The index is partial: at headquarters, whose log holds millions of other
    devices' operations, it stays as small as this device's own work."""
    from .db import utils

    ops = utils(conn).table("ops")
    ops.add_column("undo_scope", str)
    ops.add_column("undo_mark", str)
    conn.execute("CREATE INDEX ops_undo ON ops(undo_scope, seq) WHERE undo_scope IS NOT NULL")


def mark(step: int, kind: str, target: int | None, created: bool) -> str:
    return f"{step}:{kind}:{'' if target is None else target}:{int(created)}"


def steps(conn: sqlite3.Connection, scope: str) -> list[Step]:
    """Every step of `scope`, oldest first."""
    found: dict[int, Step] = {}
    for op_id, entity, text in conn.execute(
            "SELECT id, entity, undo_mark FROM ops WHERE undo_scope = ? ORDER BY seq", (scope,)):
        number, kind, target, created = text.split(":")
        step = found.get(int(number))
        if step is None:
            step = found[int(number)] = Step(int(number), kind, int(target) if target else None, entity)
        step.ops.append((op_id, created == "1"))
    return list(found.values())


def operations(conn: sqlite3.Connection, ids: list[str]) -> dict[str, Operation]:
    """The operations with `ids`, by id."""
    marks = ", ".join("?" * len(ids))
    out = {}
    for row in conn.execute(
            f"SELECT id, hlc, device_id, person_id, entity, row_id, data, prev FROM ops WHERE id IN ({marks})", ids):
        out[row[0]] = Operation(row[0], row[1], row[2], row[3], row[4], row[5],
                                json.loads(row[6]), json.loads(row[7]))
    return out
