"""Applying operations to the state tables, and reading rows back."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Iterator

from ..entities import ENTITIES, fields_of, from_column, to_column
from ..hlc import LIMIT
from ..oplog import Operation, encode
from . import bulk_merge, bulk_ready, search_index, signed_minutes, sync_conflicts, sync_store
from .reinspection_store import FIRST_WINS, LINK, PLAN_ENTITIES, onsite
from .sync_store import DISTRIBUTED


def get_row(conn: sqlite3.Connection, entity: str, row_id: str, clocks: bool = False) -> dict | None:
    """One row as Python values (tombstoned rows included), or None.
    With `clocks`, also its per-field stamps under "_clocks"."""
    fields = fields_of(entity)
    cursor = conn.execute(f"SELECT * FROM {entity} WHERE id = ?", (row_id,))
    raw = cursor.fetchone()
    if raw is None:
        return None
    names = [d[0] for d in cursor.description]
    row = dict(zip(names, raw))
    out = {"id": row["id"]}
    for name, kind in fields.items():
        out[name] = from_column(kind, row[name])
    if clocks:
        out["_clocks"] = row["_clocks"]
    return out


def register_device(conn: sqlite3.Connection, device_id: str, name: str | None = None) -> None:
    conn.execute(
        "INSERT OR IGNORE INTO device (id, name, first_seen) VALUES (?, ?, ?)",
        (device_id, name, dt.datetime.now(dt.UTC).isoformat(timespec="seconds")),
    )


_UNREAD = object()


def apply(conn: sqlite3.Connection, op: Operation, clocks_text=_UNREAD, remote: bool = False,
          merging: sync_conflicts.Merging | None = None, undo: tuple[str, str] | None = None) -> bool:
    """Append `op` and apply it field by field; False if it was already here.

    The caller holds the transaction. A field takes the op's value only when
    the op's (HLC, device) is greater than the stamp of the value it holds.
    `clocks_text` is the row's `_clocks` if the caller has just read it
    (None: no such row), which saves a read on the hot path. `remote`: the
    op was made elsewhere (sync), so it may lose or beat a value it never saw;
    open conflicts are kept up to date either way (`sync_conflicts`).
    `merging`: what the caller's `apply_all` knows of the rows it merges.
    `undo`: (visit, mark) for an operation of this device's that is part of an
    undo step (storage/undo_store.py), stored in the log's local columns.
    """
    if undo is None:
        inserted = conn.execute(
            "INSERT OR IGNORE INTO ops (id, hlc, device_id, person_id, entity, row_id, data, prev)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (op.id, op.hlc, op.device_id, op.person_id, op.entity, op.row_id,
             encode(op.data), encode(op.prev)),
        ).rowcount
    else:
        inserted = conn.execute(
            "INSERT OR IGNORE INTO ops (id, hlc, device_id, person_id, entity, row_id, data, prev,"
            " undo_scope, undo_mark) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (op.id, op.hlc, op.device_id, op.person_id, op.entity, op.row_id,
             encode(op.data), encode(op.prev), *undo),
        ).rowcount
    if not inserted:
        return False
    # Signed minutes: the row is a function of its first valid signing, never of clocks.
    if op.entity == signed_minutes.ENTITY:
        if merging is not None and op.row_id in merging.signed:
            return True                 # rebuilt once when the slice ends (signed_minutes.flush)
        if signed_minutes.rebuild(conn, op.entity, op.row_id):
            if merging is not None:
                merging.forget(op.entity, op.row_id)
                merging.signed.add(op.row_id)
            return True
    if clocks_text is _UNREAD:
        read = conn.execute(f"SELECT _clocks FROM {op.entity} WHERE id = ?", (op.row_id,)).fetchone()
        clocks_text = read[0] if read else None
    # Reference data HQ created, and the visits it plans with their checklists: a field
    # laptop's operations stay in the log, never in the row (on a planned visit, only
    # what the team does on site counts). A function of the operations held, never of
    # the order they arrived in.
    if (op.entity in DISTRIBUTED or op.entity in PLAN_ENTITIES) and clocks_text is not None:
        hq = merging.hq(conn) if merging is not None else sync_store.hq_ids(conn)
        if op.device_id not in hq:
            if not onsite(op.entity, op.data) and sync_store.hq_created(conn, op.entity, op.row_id, hq):
                return True
        elif op.prev == {} and sync_store.others_on(conn, op.entity, op.row_id, hq):
            _rebuild_hq_row(conn, op.entity, op.row_id, hq)
            if merging is not None:
                merging.forget(op.entity, op.row_id)
            return True
    # A request's link to a re-inspection is HQ's alone: a field laptop's value of it is
    # kept in the log and never taken (its other fields are). A laptop that knows no HQ
    # (a demonstration, before any distribution) has no one else's word to take.
    if op.entity == "request" and LINK in op.data:
        hq = merging.hq(conn) if merging is not None else sync_store.hq_ids(conn)
        if hq and op.device_id not in hq:
            if len(op.data) == 1:
                return True             # nothing else to take (and no empty row to make)
            op = Operation(op.id, op.hlc, op.device_id, op.person_id, op.entity, op.row_id,
                           {k: v for k, v in op.data.items() if k != LINK}, op.prev)
    _merge(conn, op, clocks_text, remote, merging)
    return True


def _rebuild_hq_row(conn: sqlite3.Connection, entity: str, row_id: str, hq: frozenset[str]) -> None:
    """HQ's creation of a row reached a replica after field laptops'
    operations on it: the row again, from HQ's operations alone (each field
    the newest of theirs, as if the others had never come) and, on a visit
    HQ planned, the laptops' on-site ones; and its listed conflicts with it.
    Laptops' operations stay in the log."""
    fields = fields_of(entity)
    blank = "".join(f"{name} = NULL, " for name in fields if name != "deleted")
    conn.execute(f"UPDATE {entity} SET {blank}deleted = 0, _clocks = '{{}}' WHERE id = ?", (row_id,))
    conn.execute("DELETE FROM sync_conflict WHERE entity = ? AND row_id = ?", (entity, row_id))
    for op in history(conn, entity, row_id):
        if op.device_id in hq or onsite(entity, op.data):
            _merge(conn, op, _UNREAD, True, None)


def _merge(conn: sqlite3.Connection, op: Operation, clocks_text, remote: bool,
           merging: sync_conflicts.Merging | None) -> None:
    """Merge a logged operation into its row, field by field (see `apply`)."""
    fields = fields_of(op.entity)
    if clocks_text is _UNREAD:
        read = conn.execute(f"SELECT _clocks FROM {op.entity} WHERE id = ?", (op.row_id,)).fetchone()
        clocks_text = read[0] if read else None
    found = clocks_text is not None
    clocks = json.loads(clocks_text) if found else {}
    stamp = [op.hlc, op.device_id]
    winners, beaten, lost = {}, {}, []
    first = FIRST_WINS.get(op.entity)
    for name, value in op.data.items():
        held = clocks.get(name)
        if first is not None and name in first:
            # Set once, by the oldest operation naming it (a check's visit and request):
            # a later one never moves it, and is no conflict to list.
            if held is None or stamp < held:
                clocks[name] = stamp
                winners[name] = to_column(fields[name], value)
            continue
        if held is None or stamp > held:
            if held is not None:
                beaten[name] = held
            clocks[name] = stamp
            winners[name] = to_column(fields[name], value)
        else:
            lost.append(name)
    if winners or not found:
        columns = list(winners)
        values = [winners[c] for c in columns]
        clock_text = bulk_merge.encode_stamps(clocks)
        if found:
            assignments = ", ".join(f"{c} = ?" for c in [*columns, "_clocks"])
            conn.execute(f"UPDATE {op.entity} SET {assignments} WHERE id = ?",
                         (*values, clock_text, op.row_id))
        else:
            names = ", ".join(["id", *columns, "_clocks"])
            marks = ", ".join("?" * (len(columns) + 2))
            conn.execute(f"INSERT INTO {op.entity} ({names}) VALUES ({marks})",
                         (op.row_id, *values, clock_text))
        if op.entity in search_index.SEARCHABLE or op.entity in ("plan", *search_index.FOLDED):
            _reindex(conn, op)
    if found:
        sync_conflicts.after_apply(conn, op, beaten, lost, remote, merging)
    if merging is not None:
        merging.note(op)


def _reindex(conn: sqlite3.Connection, op: Operation) -> None:
    if op.entity == "plan":
        for (visit_id,) in conn.execute("SELECT id FROM visit WHERE plan_id = ?", (op.row_id,)):
            search_index.update(conn, "visit", visit_id)
        return
    search_index.update(conn, op.entity, op.row_id)


# Operations merged at once by `apply_all`: the bulk path's lists stay a few MB.
SLICE = 20_000


def apply_all(conn: sqlite3.Connection, ops: Iterable[Operation]) -> list[Operation]:
    """Apply many operations (the caller's transaction); return the new ones.

    `ops` is read in slices of SLICE: in each, rows this workspace does not
    hold yet, written by one device, take the bulk path (storage/bulk_merge.py:
    the same result, a few statements for the whole slice); the other
    operations are applied one by one (`apply`), in arrival order."""
    applied, devices, merging = [], set(), sync_conflicts.Merging()
    for piece in bulk_merge.slices(ops, SLICE):
        for op in piece:
            if op.device_id not in devices:
                register_device(conn, op.device_id)
                devices.add(op.device_id)
        fresh, rest = bulk_merge.split(conn, piece)
        for op in rest:
            if apply(conn, op, remote=True, merging=merging):
                applied.append(op)
        signed_minutes.flush(conn, merging)
        if fresh:
            applied += bulk_merge.write(conn, piece, fresh, _reindex_row)
    return applied


def apply_ready(conn: sqlite3.Connection, ready: bulk_ready.Ready) -> dict[str, list[str]]:
    """Apply a batch the import's parse helper prepared (storage/bulk_ready.py),
    as `apply_all` applies its operations: the rows held here (or whose
    operations are) and those the helper left out go one by one (`apply`),
    in arrival order, then the new rows in bulk. The rows touched, by entity."""
    register_device(conn, ready.device)
    planned = bulk_ready.plan(conn, ready)
    touched: dict[str, list[str]] = {}
    if planned.alone:
        merging = sync_conflicts.Merging()
        for index in planned.alone:
            op = ready.operation(index)
            if apply(conn, op, remote=True, merging=merging):
                touched.setdefault(op.entity, []).append(op.row_id)
        signed_minutes.flush(conn, merging)
    for entity, row_ids in bulk_ready.write(conn, ready, planned, _reindex_row).items():
        touched.setdefault(entity, []).extend(row_ids)
    return touched


def _reindex_row(conn: sqlite3.Connection, entity: str, row_id: str) -> None:
    """`_reindex` for a row written by the bulk path."""
    if bulk_merge.searchable(entity):
        _reindex(conn, Operation("", 0, "", None, entity, row_id, {}, {}))


def iter_ops(conn: sqlite3.Connection, after_seq: int = 0) -> Iterator[Operation]:
    cursor = conn.execute(
        "SELECT id, hlc, device_id, person_id, entity, row_id, data, prev FROM ops"
        " WHERE seq > ? ORDER BY seq", (after_seq,))
    for row in cursor:
        yield Operation(row[0], row[1], row[2], row[3], row[4], row[5],
                        json.loads(row[6]), json.loads(row[7]))


def max_hlc(conn: sqlite3.Connection) -> int:
    """The newest timestamp held, per device through the (device, hlc) index:
    a scan of a large op log would slow down every start."""
    devices = [r[0] for r in conn.execute("SELECT id FROM device")]
    return max((conn.execute("SELECT coalesce(max(hlc), 0) FROM ops WHERE device_id = ? AND hlc < ?",
                             (d, LIMIT)).fetchone()[0] for d in devices), default=0)


def op_count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM ops").fetchone()[0]


def history(conn: sqlite3.Connection, entity: str, row_id: str) -> list[Operation]:
    """The audit trail of one row: every operation on it, oldest first."""
    cursor = conn.execute(
        "SELECT id, hlc, device_id, person_id, entity, row_id, data, prev FROM ops"
        " WHERE entity = ? AND row_id = ? ORDER BY hlc, device_id", (entity, row_id))
    return [Operation(r[0], r[1], r[2], r[3], r[4], r[5], json.loads(r[6]), json.loads(r[7]))
            for r in cursor]


def dump_state(conn: sqlite3.Connection) -> dict[str, list[tuple]]:
    """Every state table, sorted: two workspaces agree iff their dumps match."""
    out = {}
    for entity in ENTITIES:
        out[entity] = conn.execute(f"SELECT * FROM {entity} ORDER BY id").fetchall()
    return out


def get_meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM local_meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def set_meta(conn: sqlite3.Connection, key: str, value: str | None) -> None:
    conn.execute(
        "INSERT INTO local_meta (key, value) VALUES (?, ?)"
        " ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))
