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

Signed minutes are never altered by a merge: on a minutes row, every
operation after the earliest one that set `status` to "signed" and coming
from another device than the signer's is *frozen* — kept in the log, not
applied, listed as a conflict (kind "signed_minutes").
"""

from __future__ import annotations

import json
import sqlite3

from ..entities import fields_of, to_column

_MISSING = object()
# entity -> (field, value) that freezes a row against changes from other devices.
GUARDED = {"minutes": ("status", "signed")}


def settles(x_device: str, x_data: dict, x_prev: dict, field: str, l_device: str, l_value) -> bool:
    """Whether a later operation X was written knowing the value of operation L."""
    return (x_device == l_device or x_prev.get(field, _MISSING) == l_value
            or x_data.get(field, _MISSING) == l_value)


def _insert(conn: sqlite3.Connection, op_id: str, entity: str, row_id: str, field: str, kind: str,
            value, hlc: int, device_id: str, person_id: str | None) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO sync_conflict (op_id, entity, row_id, field, kind, value, hlc, device_id, person_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (op_id, entity, row_id, field, kind, json.dumps(value, ensure_ascii=False), hlc, device_id, person_id))


def after_apply(conn: sqlite3.Connection, op, beaten: dict[str, list], lost: list[str], remote: bool) -> None:
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
    if lost:
        later = [(json.loads(data), json.loads(prev), device_id) for hlc, device_id, data, prev in conn.execute(
            "SELECT hlc, device_id, data, prev FROM ops WHERE entity = ? AND row_id = ? AND hlc >= ?",
            (op.entity, op.row_id, op.hlc)) if (hlc, device_id) > stamp]
        for field in lost:
            value = op.data[field]
            if not any(field in data and settles(device_id, data, prev, field, op.device_id, value)
                       for data, prev, device_id in later):
                _insert(conn, op.id, op.entity, op.row_id, field, "concurrent", value, op.hlc, op.device_id,
                        op.person_id)


def rebuild_if_guarded(conn: sqlite3.Connection, entity: str, row_id: str) -> bool:
    """Rebuild a guarded row (signed minutes) and its conflicts from its operations.

    Returns False, touching nothing, when the row has no freezing operation."""
    field_value = GUARDED.get(entity)
    if field_value is None:
        return False
    ops = [(hlc, device_id, op_id, person_id, json.loads(data), json.loads(prev))
           for op_id, hlc, device_id, person_id, data, prev in conn.execute(
               "SELECT id, hlc, device_id, person_id, data, prev FROM ops WHERE entity = ? AND row_id = ?",
               (entity, row_id))]
    ops.sort(key=lambda o: (o[0], o[1]))
    name, frozen_value = field_value
    signer = next((o for o in ops if o[4].get(name) == frozen_value), None)
    if signer is None:
        return False
    frozen = {o[2] for o in ops if (o[0], o[1]) > (signer[0], signer[1]) and o[1] != signer[1]}
    fields = fields_of(entity)
    values, clocks = {}, {}
    for hlc, device_id, op_id, _person, data, _prev in ops:
        if op_id in frozen:
            continue
        for field, value in data.items():
            values[field] = value
            clocks[field] = [hlc, device_id]
    columns = [*(f for f in fields if f != "deleted"), "deleted", "_clocks"]
    row = [to_column(fields[f], values.get(f)) for f in columns[:-2]]
    row += [int(bool(values.get("deleted"))), json.dumps(clocks, sort_keys=True, separators=(",", ":"))]
    if conn.execute(f"SELECT 1 FROM {entity} WHERE id = ?", (row_id,)).fetchone():
        conn.execute(f"UPDATE {entity} SET {', '.join(c + ' = ?' for c in columns)} WHERE id = ?", (*row, row_id))
    else:
        conn.execute(f"INSERT INTO {entity} (id, {', '.join(columns)}) VALUES ({', '.join('?' * (len(columns) + 1))})",
                     (row_id, *row))
    conn.execute("DELETE FROM sync_conflict WHERE entity = ? AND row_id = ?", (entity, row_id))
    for field in {f for o in ops for f in o[4]}:
        on_field = [o for o in ops if field in o[4]]
        effective = [o for o in on_field if o[2] not in frozen]
        winner = effective[-1] if effective else None
        for index, loser in enumerate(on_field):
            if loser is winner or (winner is not None and loser[4][field] == winner[4][field]):
                continue
            if any(settles(x[1], x[4], x[5], field, loser[1], loser[4][field]) for x in on_field[index + 1:]):
                continue
            _insert(conn, loser[2], entity, row_id, field,
                    "signed_minutes" if loser[2] in frozen else "concurrent",
                    loser[4][field], loser[0], loser[1], loser[3])
    return True
