"""The bulk path of `state.apply_all`: rows this workspace does not hold yet.

Most of an import is new rows (HQ receiving a laptop's findings): for them,
merging operation by operation (`state.apply`: 4-6 statements, JSON of the
row's stamps read and written again for each) is pure overhead. A row takes
this path only when the result is known without the database:

* no row with its id is held here, and none of its operations is;
* all its operations in the slice come from one device, with distinct
  clocks (a device cannot conflict with itself: no conflict is recorded);
* its entity is not rebuilt from its operations (signed minutes), nor has
  fields the oldest operation sets (a check's visit and request);
* no operation of it sets a request's link to a re-inspection (HQ's alone:
  `state.apply` decides whose it takes);
* no row of another entity in the slice has its id.

Its state is then each field's value of the newest operation setting it,
stamped (HLC, device): exactly what `apply` gives in any arrival order. The
operations and the rows are written with a few multi-row INSERTs per table
and set of columns (`db.insert_many`), then indexed for search in bulk (`search_index.add_prepared`:
their documents made with them, a few statements). Every other
operation goes through `apply`, one by one, in arrival order.

The inserts stay raw SQL: sqlite-utils' `insert_all` took 1.6 ×
as long for 200,000 new rows in one transaction (1.72 s against 1.11 s,
bench/storage_layer.py).
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from operator import attrgetter, itemgetter

from ..entities import BOOL, ENTITIES, JSON, fields_of, to_column
from ..oplog import Operation, encode, json_encoder
from . import search_index
from .db import insert_many
from .reinspection_store import FIRST_WINS, LINK

# Entities whose rows are rebuilt from all their operations (signed minutes,
# storage/signed_minutes.py): never merged here.
PER_OP = frozenset({"minutes"})
_CHUNK = 500                     # ids in one `IN (...)` query
# The fields whose stored form differs from the value (booleans, JSON), per
# entity: `to_column` is called for those only.
_CONVERT = {entity: {name: kind for name, kind in fields_of(entity).items() if kind in (BOOL, JSON)}
            for entity in ENTITIES}


def held_ids(conn: sqlite3.Connection, sql: str, ids: list[str]) -> set[str]:
    """Those of `ids` that `sql` ("SELECT id FROM t WHERE id IN") finds."""
    found: set[str] = set()
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        found.update(r[0] for r in conn.execute(f"{sql} ({','.join('?' * len(chunk))})", chunk))
    return found


def candidates(ops: list[Operation]) -> tuple[dict[tuple[str, str], list[Operation]],
                                              dict[tuple[str, str], list[Operation]]]:
    """(every row of `ops` with its operations in arrival order, the rows that
    may take the bulk path as far as `ops` alone tell): the conditions above
    but whether this workspace holds the row or an operation (`split` asks
    the database)."""
    rows: dict[tuple[str, str], list[Operation]] = {}
    for op in ops:
        key = (op.entity, op.row_id)
        group = rows.get(key)
        if group is None:
            rows[key] = [op]
        else:
            group.append(op)
    ids = [op.id for op in ops]
    reused = set() if len(set(ids)) == len(ids) else {i for i, n in Counter(ids).items() if n > 1}
    # One id for rows of two entities (only a hostile bundle does that): the
    # search index holds one document per id, so such rows go one by one.
    distinct = {row_id for _entity, row_id in rows}
    twins = set() if len(distinct) == len(rows) else {r for r, n in Counter(r for _e, r in rows).items() if n > 1}
    fresh: dict[tuple[str, str], list[Operation]] = {}
    for key, group in rows.items():
        if key[0] in PER_OP or key[0] in FIRST_WINS or (twins and key[1] in twins):
            continue
        if key[0] == "request" and any(LINK in op.data for op in group):
            continue
        if len(group) == 1:                          # most rows: nothing to compare
            if not reused or group[0].id not in reused:
                fresh[key] = group
            continue
        device = group[0].device_id
        if (all(op.device_id == device and op.id not in reused for op in group)
                and len({op.hlc for op in group}) == len(group)):
            fresh[key] = group
    return rows, fresh


def split(conn: sqlite3.Connection, ops: list[Operation]) -> tuple[dict[tuple[str, str], list[Operation]],
                                                                   list[Operation]]:
    """(rows for the bulk path with their operations in arrival order, the other operations in arrival order)."""
    rows, fresh = candidates(ops)
    by_entity: dict[str, list[str]] = {}
    for entity, row_id in fresh:
        by_entity.setdefault(entity, []).append(row_id)
    for key in held_rows(conn, by_entity, [op for group in fresh.values() for op in group],
                         attrgetter("id"), attrgetter("entity", "row_id")):
        del fresh[key]
    if not fresh:
        return fresh, ops
    if len(fresh) == len(rows):
        return fresh, []
    return fresh, [op for op in ops if (op.entity, op.row_id) not in fresh]


def held_rows(conn: sqlite3.Connection, ids: dict[str, list[str]], ops: Sequence,
              op_id: Callable = itemgetter(0), row_of: Callable = itemgetter(4, 5)) -> set[tuple[str, str]]:
    """Those of the rows `ids` (row ids by entity) that this workspace holds,
    or one of whose operations `ops` it holds: what keeps a row off the bulk
    path. `op_id(op)` and `row_of(op)` ((entity, row id)) read an item of
    `ops`; by default the log's INSERT parameters (storage/bulk_ready.py)."""
    held: set[tuple[str, str]] = set()
    for entity, row_ids in ids.items():                 # entity: checked against the schema
        held.update((entity, row_id) for row_id in held_ids(conn, f"SELECT id FROM {entity} WHERE id IN", row_ids))
    held_ops = held_ids(conn, "SELECT id FROM ops WHERE id IN", list(map(op_id, ops)))
    if held_ops:
        held.update(row_of(op) for op in ops if op_id(op) in held_ops)
    return held


# A row's `_clocks` ({field: [HLC, device id]}) as `json.dumps(…, sort_keys=True,
# separators=(",", ":"))` writes it (here and in state._merge).
encode_stamps = json_encoder(True)


def write(conn: sqlite3.Connection, ops: list[Operation], fresh: dict[tuple[str, str], list[Operation]],
          reindex: Callable[[sqlite3.Connection, str, str], None]) -> list[Operation]:
    """Store the operations of the `fresh` rows (in the order of `ops`) and
    the rows, and index them for search (`search_index.add_prepared`); return
    those operations. `reindex(conn, entity, row_id)` updates the search
    index for one row: for the few rows the bulk add leaves to it."""
    whole = sum(map(len, fresh.values())) == len(ops)          # the groups are disjoint parts of `ops`
    mine = ops if whole else [op for op in ops if (op.entity, op.row_id) in fresh]
    # A plain INSERT: `split` found none of them held; if one were, the
    # import fails whole (the caller's transaction) rather than apply it twice.
    insert_many(conn, "INSERT INTO ops (id, hlc, device_id, person_id, entity, row_id, data, prev) VALUES ", 8,
                [(op.id, op.hlc, op.device_id, op.person_id, op.entity, op.row_id,
                  *(op.stored_texts() or (encode(op.data), prev_text(op.prev)))) for op in mine])
    rows = Rows()
    for (entity, row_id), group in fresh.items():
        rows.add(entity, row_id, group)
    insert_rows(conn, rows.shapes)
    search_index.add_prepared(conn, rows.ids, rows.bodies, rows.folded, reindex)
    return mine


class Rows:
    """New rows as the bulk path writes them: their INSERT parameters by
    entity and set of columns (`shapes`, for `insert_rows`), each row's state
    being each field's value of the newest of its operations setting it,
    stamped (HLC, device); their ids by entity; their search documents
    (`bodies`) and the register's folded texts (`folded`), for
    `search_index.add_prepared`. Used where an import writes new rows
    (`write`) and where its parse helper prepares them (storage/bulk_ready.py):
    one definition of a new row."""

    def __init__(self) -> None:
        self.shapes: dict[tuple[str, tuple[str, ...]], list[tuple]] = {}
        self.ids: dict[str, list[str]] = {}
        self.bodies: dict[str, tuple[list[str], list[str]]] = {}    # entity → (row ids, documents)
        self.folded: dict[str, list[tuple]] = {}
        self._readers: dict[tuple[str, tuple[str, ...]], Callable[[dict], tuple]] = {}
        self._parts: dict[tuple[str, tuple[str, ...]], list[str] | None] = {}     # see `_stamp_parts`

    def add(self, entity: str, row_id: str, group: list[Operation]) -> dict:
        """Add the row `group` (its operations, one device, distinct clocks) makes; its values."""
        stamps: dict[str, tuple[int, str]] = {}
        if len(group) == 1:                          # one operation: its data is the row
            op = group[0]
            values = op.data
        else:
            values = {}
            for op in group:
                for name, value in op.data.items():
                    held = stamps.get(name)
                    if held is None or op.hlc > held[0]:
                        stamps[name] = (op.hlc, op.device_id)      # encoded as a list
                        values[name] = value
        columns = tuple(sorted(values))
        shape = (entity, columns)
        rows = self.shapes.get(shape)
        if rows is None:
            rows = self.shapes[shape] = []
            self._readers[shape] = _reader(entity, columns)
            self._parts[shape] = _stamp_parts(columns)
        parts = self._parts[shape]
        if len(group) > 1:
            clocks = encode_stamps(stamps)
        elif parts is not None and len(op.device_id) == 36:      # a UUID: nothing in it to escape
            clocks = f'[{op.hlc},"{op.device_id}"]'.join(parts)
        else:
            clocks = encode_stamps(dict.fromkeys(values, (op.hlc, op.device_id)))
        rows.append((row_id, *self._readers[shape](values), clocks))
        self.ids.setdefault(entity, []).append(row_id)
        if entity in search_index.PREPARED and (body := search_index.own_body(entity, values)) is not None:
            made = self.bodies.setdefault(entity, ([], []))
            made[0].append(row_id)
            made[1].append(body)
        if entity in search_index.FOLDED:
            self.folded.setdefault(entity, []).append(search_index.folded_row(entity, row_id, values))
        return values


def _stamp_parts(columns: tuple[str, ...]) -> list[str] | None:
    """The `_clocks` of a row whose fields (sorted `columns`) all hold one
    stamp S is `S.join(parts)`: exactly `encode_stamps`' text, without encoding a
    dict per row. None where a name would need escaping (never, for the
    schema's names)."""
    if not all(name.isascii() and name.isidentifier() for name in columns):
        return None
    if not columns:
        return None
    return ['{"' + columns[0] + '":', *(f',"{name}":' for name in columns[1:]), "}"]


# The text of a `prev` naming only fields that were empty (every new row's
# operation), by its fields: encoded once, not once per operation.
_NULLS: dict[tuple[str, ...], str] = {}


def prev_text(prev: dict) -> str:
    """`encode(prev)`."""
    if not prev:
        return "{}"
    if tuple(prev.values()).count(None) != len(prev):      # JSON values: only None equals None
        return encode(prev)
    key = tuple(prev)
    text = _NULLS.get(key)
    if text is None:
        if len(_NULLS) >= 1024:
            _NULLS.clear()
        text = _NULLS[key] = encode(prev)
    return text


def _reader(entity: str, columns: tuple[str, ...]) -> Callable[[dict], tuple]:
    """The stored values of `columns` (sorted) from a row's values, made once
    per entity and set of columns: `itemgetter` where no column is converted."""
    convert = _CONVERT[entity]
    if not any(c in convert for c in columns):
        if len(columns) == 1:
            only = columns[0]
            return lambda values: (values[only],)
        return itemgetter(*columns)
    kinds = [(c, convert.get(c)) for c in columns]
    return lambda values: tuple(to_column(kind, values[c]) if kind else values[c] for c, kind in kinds)


def insert_rows(conn: sqlite3.Connection, shapes: dict[tuple[str, tuple[str, ...]], list[tuple]]) -> None:
    """One `executemany` per entity and set of columns."""
    for (entity, columns), params in shapes.items():
        names = ", ".join(("id", *columns, "_clocks"))
        insert_many(conn, f"INSERT INTO {entity} ({names}) VALUES ", len(columns) + 2, params)


def slices(ops: Iterable[Operation], size: int) -> Iterable[list[Operation]]:
    """`ops` in lists of `size` (a stream stays a stream)."""
    piece: list[Operation] = []
    for op in ops:
        piece.append(op)
        if len(piece) >= size:
            yield piece
            piece = []
    if piece:
        yield piece


def searchable(entity: str) -> bool:
    return entity in search_index.SEARCHABLE or entity == "plan"
