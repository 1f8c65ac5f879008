"""Open conflicts, derived from the op log and kept up to date as operations apply.

State is a per-field last-writer-wins register ordered by (HLC, device id).
An operation that does not hold a field's value — it lost, or a later one
replaced it — is an *open conflict* on that field unless a later operation
on the field *settles* it, that is, was written knowing its value:

* the later operation comes from the same device (a device sees its own writes);
* its `prev` for the field is the loser's value (its writer had that value in
  front of them: the usual sequential edit across devices, or a resolution);
* or it sets the field to the loser's value (nothing is lost).

This depends on the set of operations held only, not on the order in which
they arrived: any two workspaces holding the same operations list the same
conflicts. A person resolves one by choosing a value; the resolution is
written as operations whose `prev` names every value seen, so it settles
the conflict on every device it reaches.

Signed minutes are never altered by a merge: a minutes row with a valid
signing is rebuilt from that signing instead (storage/signed_minutes.py);
operations that would change it are kept in the log, not applied, and listed
here with kind "signed_minutes".
"""

from __future__ import annotations

import json
import sqlite3

from ..oplog import encode
from . import sync_store


def canon(value) -> str:
    """A value's identity when deciding what settles what: its canonical JSON
    (the same on every replica, whatever order a sender wrote keys in), as the
    log stores operations (`oplog.encode`)."""
    return encode(value)


def settles(x_device: str, x_data: dict, x_prev: dict, field: str, l_device: str, l_value) -> bool:
    """Whether a later operation X was written knowing the value of operation L."""
    if x_device == l_device:
        return True
    value = canon(l_value)
    return ((field in x_prev and canon(x_prev[field]) == value)
            or (field in x_data and canon(x_data[field]) == value))


class Merging:
    """What one `state.apply_all` call knows about rows where a remote
    operation lost: per field, the newest stamp of the row's operations per
    device and per value they name (in `prev` or `data`). With it, whether a
    loser is settled by a later operation is two lookups, so N operations of
    one row merge in O(N) whatever their arrival order (descending clocks
    used to rescan every later operation: quadratic, 18 minutes for 20,000).

    A row is loaded once from its operations, on its first loser, then kept
    up to date; at most LIMIT entries are kept (the oldest rows are dropped
    and reloaded if needed), so memory stays bounded."""

    LIMIT = 300_000

    def __init__(self) -> None:
        self._rows: dict[tuple[str, str], dict[str, tuple[dict, dict]]] = {}
        self._size = 0
        # Signed minutes rows met in this slice: their later operations are
        # only logged, and each row is rebuilt once at the end of the slice
        # (storage/signed_minutes.py; rebuilding per operation was quadratic).
        self.signed: set[str] = set()
        self._hq: frozenset[str] | None = None

    def hq(self, conn: sqlite3.Connection) -> frozenset[str]:
        """Headquarters' devices (`sync_store.hq_ids`), read once per merge."""
        if self._hq is None:
            self._hq = sync_store.hq_ids(conn)
        return self._hq

    def forget(self, entity: str, row_id: str) -> None:
        fields = self._rows.pop((entity, row_id), None)
        if fields:
            self._size -= sum(len(d) + len(v) for d, v in fields.values())

    def note(self, op) -> None:
        fields = self._rows.get((op.entity, op.row_id))
        if fields is not None:
            self._add(fields, op.hlc, op.device_id, op.data, op.prev)

    def _add(self, fields: dict, hlc: int, device_id: str, data: dict, prev: dict) -> None:
        stamp = (hlc, device_id)
        for field, value in data.items():
            devices, values = fields.setdefault(field, ({}, {}))
            before = len(devices) + len(values)
            if devices.get(device_id, (0, "")) < stamp:
                devices[device_id] = stamp
            for named in (value, prev[field]) if field in prev else (value,):
                key = canon(named)
                if values.get(key, (0, "")) < stamp:
                    values[key] = stamp
            self._size += len(devices) + len(values) - before

    def _load(self, conn: sqlite3.Connection, entity: str, row_id: str) -> dict:
        fields = self._rows.get((entity, row_id))
        if fields is not None:
            return fields
        while self._size > self.LIMIT and self._rows:
            self.forget(*next(iter(self._rows)))
        fields = {}
        for hlc, device_id, data, prev in conn.execute(
                "SELECT hlc, device_id, data, prev FROM ops WHERE entity = ? AND row_id = ?", (entity, row_id)):
            self._add(fields, hlc, device_id, json.loads(data), json.loads(prev))
        self._rows[(entity, row_id)] = fields
        return fields

    def settled(self, conn: sqlite3.Connection, op, field: str) -> bool:
        """Whether an operation later than `op` settles its value of `field`."""
        devices, values = self._load(conn, op.entity, op.row_id).get(field, ({}, {}))
        stamp = (op.hlc, op.device_id)
        return (devices.get(op.device_id, (0, "")) > stamp
                or values.get(canon(op.data[field]), (0, "")) > stamp)


def _insert(conn: sqlite3.Connection, op_id: str, entity: str, row_id: str, field: str, kind: str,
            value, hlc: int, device_id: str, person_id: str | None) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO sync_conflict (op_id, entity, row_id, field, kind, value, hlc, device_id, person_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (op_id, entity, row_id, field, kind, canon(value), hlc, device_id, person_id))


def after_apply(conn: sqlite3.Connection, op, beaten: dict[str, list], lost: list[str], remote: bool,
                merging: Merging | None = None) -> None:
    """Keep `sync_conflict` exact after `op` was applied.

    `beaten`: field -> stamp of the value `op` replaced; `lost`: fields where
    `op` did not win. A local write is always the newest and was written
    over the value it saw, so it can only settle conflicts."""
    stamp = (op.hlc, op.device_id)
    for op_id, field, value, hlc, device_id in conn.execute(
            "SELECT op_id, field, value, hlc, device_id FROM sync_conflict WHERE entity = ? AND row_id = ?",
            (op.entity, op.row_id)).fetchall():
        if field in op.data and (hlc, device_id) < stamp and settles(
                op.device_id, op.data, op.prev, field, device_id, json.loads(value)):
            conn.execute("DELETE FROM sync_conflict WHERE op_id = ? AND field = ?", (op_id, field))
    if not remote:
        return
    for field, (held_hlc, held_device) in beaten.items():
        if held_device == op.device_id:
            continue
        winner = conn.execute(
            "SELECT id, person_id, data FROM ops WHERE device_id = ? AND hlc = ? AND entity = ? AND row_id = ?",
            (held_device, held_hlc, op.entity, op.row_id)).fetchone()
        if winner is None:
            continue
        value = json.loads(winner[2]).get(field)
        if not settles(op.device_id, op.data, op.prev, field, held_device, value):
            _insert(conn, winner[0], op.entity, op.row_id, field, "concurrent", value, held_hlc, held_device,
                    winner[1])
    if lost and merging is not None:
        for field in lost:
            if not merging.settled(conn, op, field):
                _insert(conn, op.id, op.entity, op.row_id, field, "concurrent", op.data[field], op.hlc,
                        op.device_id, op.person_id)
    elif lost:
        later = [(json.loads(data), json.loads(prev), device_id) for hlc, device_id, data, prev in conn.execute(
            "SELECT hlc, device_id, data, prev FROM ops WHERE entity = ? AND row_id = ? AND hlc >= ?",
            (op.entity, op.row_id, op.hlc)) if (hlc, device_id) > stamp]
        for field in lost:
            value = op.data[field]
            if not any(field in data and settles(device_id, data, prev, field, op.device_id, value)
                       for data, prev, device_id in later):
                _insert(conn, op.id, op.entity, op.row_id, field, "concurrent", value, op.hlc, op.device_id,
                        op.person_id)
