"""New rows prepared in the import's parse helper, written here in a few statements.

The bulk path (bulk_merge.py) still costs the importing process Python for
every operation: building it, grouping the rows, each row's parameters and
search text. All of that needs only the operations, so the parse helper
(sync/parse_worker.py), on the second core, makes it with the operations
(`prepare`, with `bulk_merge.candidates` and `bulk_merge.Rows`: one
definition of a new row) and sends it instead of the operations: the
parameters of the log's INSERT, each line's SHA-256, the new rows' INSERT
parameters by entity and columns, their search documents. The importing
process then checks the batch (sync/checks.py: its authors' seals in one
comparison, the rules on the operations it must look at, which come as
operations too) and writes it (`Plan`, `write`): what the database alone
can tell — a row or an operation already held — it asks here, and those
rows go one by one (`state.apply`), exactly as `bulk_merge.split` sends them.

A batch qualifies when all its operations are one device's; otherwise the
helper sends the operations themselves. The result is the same as the bulk
path's and `state.apply`'s for the same operations in any order.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field

from ..oplog import Operation
from . import bulk_merge, search_index
from .db import insert_many

TAG = "ready"
_OPS_INSERT = "INSERT INTO ops (id, hlc, device_id, person_id, entity, row_id, data, prev) VALUES "


def prepare(ops: list[Operation], texts: list[tuple[str, str]], digests: bytes,
            looked_at: frozenset[str]) -> tuple | None:
    """The message for checked operations `ops` (arrival order) of one
    device, with their stored texts (`encode(data)`, `encode(prev)`) and
    their lines' SHA-256 (32 bytes each, in order); None if they are not
    all one device's. `looked_at`: entities whose operations the importing
    process must see (they are sent whole as well)."""
    device = ops[0].device_id
    if any(op.device_id != device for op in ops):
        return None
    rows, fresh = bulk_merge.candidates(ops)
    rest = [] if len(fresh) == len(rows) else \
        [i for i, op in enumerate(ops) if (op.entity, op.row_id) not in fresh]
    alone = set(rest)
    whole = [(i, op.data, op.prev) for i, op in enumerate(ops) if op.entity in looked_at or i in alone]
    built = bulk_merge.Rows()
    for (entity, row_id), group in fresh.items():
        built.add(entity, row_id, group)
    # Names and people repeat on every line: one object each, which marshal sends once.
    names: dict[str | None, str | None] = {}
    op_rows = [(op.id, op.hlc, device, names.setdefault(op.person_id, op.person_id),
                names.setdefault(op.entity, op.entity), op.row_id, *text)
               for op, text in zip(ops, texts, strict=True)]
    return (TAG, device, max(op.hlc for op in ops), op_rows, digests, whole, rest, built.shapes, built.ids,
            built.bodies, built.folded)


@dataclass
class Ready:
    """A batch `prepare` made, as the importing process receives it."""

    device: str
    newest: int
    op_rows: list[tuple]            # the log's INSERT parameters, arrival order
    digests: bytes
    whole: list[tuple[int, dict, dict]]     # (index, data, prev) of the operations sent whole
    rest: list[int]                 # operations applied one by one
    # The new rows, as `bulk_merge.Rows` holds them.
    shapes: dict[tuple[str, tuple[str, ...]], list[tuple]]
    ids: dict[str, list[str]]
    bodies: dict[str, tuple[list[str], list[str]]]
    folded: dict[str, list[tuple]]
    _made: dict[int, Operation] = field(default_factory=dict)

    @classmethod
    def of(cls, message: tuple) -> Ready:
        return cls(*message[1:])

    def __len__(self) -> int:
        return len(self.op_rows)

    def sent_whole(self) -> list[Operation]:
        """The operations sent whole (those the importing process looks at, and
        those applied one by one), in arrival order."""
        return [self.operation(i) for i, _data, _prev in self.whole]

    def operation(self, index: int) -> Operation:
        """The operation at `index`, as `Operation.from_json` made it in the helper."""
        made = self._made
        if not made and self.whole:
            for i, data, prev in self.whole:
                made[i] = _operation(self.op_rows[i], data, prev)
        op = made.get(index)
        if op is None:
            row = self.op_rows[index]
            op = made[index] = _operation(row, json.loads(row[6]), json.loads(row[7]))
        return op

    def operations(self) -> list[Operation]:
        return [self.operation(i) for i in range(len(self.op_rows))]


def _operation(row: tuple, data: dict, prev: dict) -> Operation:
    return Operation.of_checked(row[0], row[1], row[2], row[3], row[4], row[5], data, prev, (row[6], row[7]))


@dataclass
class Plan:
    """What of a batch this workspace already holds: those rows go one by one."""

    alone: list[int]                                  # operations applied one by one, arrival order
    held: set[tuple[str, str]]                        # rows of the batch held here


def plan(conn: sqlite3.Connection, ready: Ready) -> Plan:
    """The rows `ready` would add that are held here (or one of their
    operations is), as `bulk_merge.split` finds them."""
    rows = ready.op_rows
    alone = set(ready.rest)
    mine = rows if not alone else [row for i, row in enumerate(rows) if i not in alone]
    held = bulk_merge.held_rows(conn, ready.ids, mine)
    if not held:
        return Plan(ready.rest, held)
    return Plan([i for i, row in enumerate(rows) if i in alone or (row[4], row[5]) in held], held)


def write(conn: sqlite3.Connection, ready: Ready, planned: Plan,
          reindex: Callable[[sqlite3.Connection, str, str], None]) -> dict[str, list[str]]:
    """Store the batch's new rows but those `planned` leaves to `state.apply`,
    their operations (arrival order) and search documents; the rows written,
    by entity. `reindex`: as for `bulk_merge.write`."""
    rows, ids, bodies, folded, shapes = ready.op_rows, ready.ids, ready.bodies, ready.folded, ready.shapes
    if planned.alone:
        alone = set(planned.alone)
        rows = [row for i, row in enumerate(rows) if i not in alone]
    held = planned.held
    if held:
        ids = {entity: [r for r in row_ids if (entity, r) not in held] for entity, row_ids in ids.items()}
        bodies = {entity: _unzip([(r, b) for r, b in zip(*made, strict=True) if (entity, r) not in held])
                  for entity, made in bodies.items()}
        folded = {entity: [row for row in made if (entity, row[0]) not in held] for entity, made in folded.items()}
        shapes = {(entity, columns): [row for row in params if (entity, row[0]) not in held]
                  for (entity, columns), params in shapes.items()}
    insert_many(conn, _OPS_INSERT, 8, rows)
    bulk_merge.insert_rows(conn, shapes)
    search_index.add_prepared(conn, ids, bodies, folded, reindex)
    return ids


def _unzip(pairs: list[tuple[str, str]]) -> tuple[list[str], list[str]]:
    return [p[0] for p in pairs], [p[1] for p in pairs]
