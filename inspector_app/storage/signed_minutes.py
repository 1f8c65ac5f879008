"""Signed minutes are immutable: the row is a function of its first valid signing.

The rule (docs/minutes.md, "Signed minutes stay signed"):

* A *valid signing* of minutes row R is an operation on R that sets
  `status` to "signed" and carries the canonical `content` of R (its
  `minutes.id` is R, its version the op's `version` when it states one),
  a `content_hash` that is the SHA-256 of that content, and a `pdf_sha256`.
  Whether an operation is one depends on the operation alone: never on its
  clock or on the device id it names (nothing authenticates either yet).
* The *anchor* of R is the valid signing that reached this replica first
  (lowest `seq` of the op log): clocks are chosen by the sender, arrival is
  not. Honest replicas only ever hold one signing per row (signing needs the
  draft, and a signed row cannot be signed again), so they converge; two
  different valid signings of one row are an attack or two papers signed for
  one version, and each replica keeps the one it verified first and lists the
  other.
* Once R has an anchor, every field but `scan_media_ids` (scans of the paper
  are added after signing) takes the anchor's value, `deleted` is false, and
  nothing else moves them: any device, any clock, deletes, back-dated ops,
  the signer's own later edits. A field an old signing did not restate takes
  the last value written before the signing (by clock).
* Operations that would change a frozen field are kept in the log (it is
  append-only and synced) and listed in `sync_conflict` as kind
  "signed_minutes": an attempt to change signed minutes, shown with the
  device it names. A later operation settles a listing as for conflicts
  (same device, or naming the value): that is how a person dismisses it.

Hook for per-operation author proofs (issue 10, point 3): `is_signing` is the
one place that says what a signing is; once operations carry verified
authors, it can also require the author to be a trusted field device or HQ,
and the anchor can prefer a signing HQ's pinned key acknowledged.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass

from ..entities import fields_of, to_column
from ..oplog import digest
from .sync_conflicts import _insert, canon

ENTITY = "minutes"
# Added to signed minutes afterwards: the scans of the signed paper.
FREE = frozenset({"scan_media_ids"})
_HEX64 = re.compile(r"[0-9a-f]{64}")


def is_signing(row_id: str, data: dict) -> bool:
    """Whether an operation's `data` on minutes row `row_id` is a valid signing."""
    content = data.get("content")
    if data.get("status") != "signed" or not isinstance(content, dict):
        return False
    part = content.get("minutes")
    if not isinstance(part, dict) or part.get("id") != row_id:
        return False
    if "version" in data and part.get("version") != data["version"]:
        return False
    pdf = data.get("pdf_sha256")
    return (isinstance(pdf, str) and bool(_HEX64.fullmatch(pdf)) and not data.get("deleted")
            and data.get("content_hash") == digest(content))


@dataclass
class _Op:
    seq: int
    op_id: str
    hlc: int
    device_id: str
    person_id: str | None
    data: dict
    prev: dict

    @property
    def stamp(self) -> tuple[int, str]:
        return (self.hlc, self.device_id)


def _ops(conn: sqlite3.Connection, row_id: str) -> list[_Op]:
    return [_Op(seq, op_id, hlc, device_id, person_id, json.loads(data), json.loads(prev))
            for seq, op_id, hlc, device_id, person_id, data, prev in conn.execute(
                "SELECT seq, id, hlc, device_id, person_id, data, prev FROM ops WHERE entity = ? AND row_id = ?"
                " ORDER BY seq", (ENTITY, row_id))]


def anchor_seq(conn: sqlite3.Connection, row_id: str) -> int | None:
    """When the row's anchor (its first valid signing) reached this replica: its op log `seq`."""
    anchor = _anchor(row_id, _ops(conn, row_id))
    return anchor.seq if anchor else None


def _anchor(row_id: str, ops: list[_Op]) -> _Op | None:
    return next((o for o in ops if o.data.get("status") == "signed" and is_signing(row_id, o.data)), None)


def flush(conn: sqlite3.Connection, merging) -> None:
    """Rebuild, once, every signed minutes row whose operations `state.apply`
    only logged during a slice of `apply_all` (`merging.signed`)."""
    for row_id in sorted(merging.signed):
        rebuild(conn, ENTITY, row_id)
    merging.signed.clear()


def rebuild(conn: sqlite3.Connection, entity: str, row_id: str) -> bool:
    """Rebuild a signed minutes row and its listings from its operations.

    Returns False, touching nothing, for another entity or a row without a
    valid signing (the ordinary per-field merge applies)."""
    if entity != ENTITY:
        return False
    ops = _ops(conn, row_id)
    anchor = _anchor(row_id, ops)
    if anchor is None:
        return False
    by_clock = sorted(ops, key=lambda o: o.stamp)
    values: dict = {}
    clocks: dict = {}
    for o in by_clock:
        for field, value in o.data.items():
            # Free fields merge as usual; a field the signing did not restate
            # keeps the last value written before it.
            if field in FREE or (field not in anchor.data and field != "deleted" and o.stamp < anchor.stamp):
                values[field], clocks[field] = value, [o.hlc, o.device_id]
    for field, value in anchor.data.items():
        if field not in FREE and field != "deleted":
            values[field], clocks[field] = value, [anchor.hlc, anchor.device_id]
    frozen = {f: v for f, v in values.items() if f not in FREE} | {"deleted": False}
    _write_row(conn, row_id, values, clocks)
    conn.execute("DELETE FROM sync_conflict WHERE entity = ? AND row_id = ?", (ENTITY, row_id))
    for field in {f for o in ops for f in o.data}:
        _list(conn, row_id, field, [o for o in by_clock if field in o.data], anchor, frozen)
    return True


def _write_row(conn: sqlite3.Connection, row_id: str, values: dict, clocks: dict) -> None:
    fields = fields_of(ENTITY)
    columns = [*(f for f in fields if f != "deleted"), "deleted", "_clocks"]
    row = [to_column(fields[f], values.get(f)) for f in columns[:-2]]
    row += [0, json.dumps(clocks, sort_keys=True, separators=(",", ":"))]
    if conn.execute(f"SELECT 1 FROM {ENTITY} WHERE id = ?", (row_id,)).fetchone():
        conn.execute(f"UPDATE {ENTITY} SET {', '.join(c + ' = ?' for c in columns)} WHERE id = ?", (*row, row_id))
    else:
        conn.execute(f"INSERT INTO {ENTITY} (id, {', '.join(columns)}) VALUES ({', '.join('?' * (len(columns) + 1))})",
                     (row_id, *row))


def _list(conn: sqlite3.Connection, row_id: str, field: str, on_field: list[_Op], anchor: _Op,
          frozen: dict) -> None:
    """List the operations of one field that do not hold its value and that no
    later operation settles (one pass, newest first)."""
    if field in FREE:
        winning = canon(on_field[-1].data[field])
        kind = "concurrent"
    else:
        winning = canon(frozen.get(field))
        kind = "signed_minutes"
    # The anchor settles only what reached this replica before it: an
    # operation arriving after the signing was never seen by its signer,
    # however early its clock says it was written.
    named_by_anchor = {canon(anchor.data[field])} if field in anchor.data else set()
    if field in anchor.prev:
        named_by_anchor.add(canon(anchor.prev[field]))
    later_devices: set[str] = set()
    later_values: set[str] = set()
    for o in reversed(on_field):
        value = canon(o.data[field])
        if o is anchor:
            continue
        settled = (value == winning or o.device_id in later_devices or value in later_values
                   or (o.seq < anchor.seq and o.stamp < anchor.stamp
                       and (o.device_id == anchor.device_id or value in named_by_anchor)))
        if field in FREE and o is on_field[-1]:
            settled = True
        if not settled:
            _insert(conn, o.op_id, ENTITY, row_id, field, kind, o.data[field], o.hlc, o.device_id, o.person_id)
        later_devices.add(o.device_id)
        later_values.add(value)
        if field in o.prev:
            later_values.add(canon(o.prev[field]))
