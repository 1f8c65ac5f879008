"""SQL of the sync feature: devices and trust, bundle history, held bundles,
what an export carries, and what a receipt reports."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator

from ..oplog import Operation

# Entities HQ distributes to laptops (reference data).
DISTRIBUTED = ("legal_document", "checklist_template", "checklist_section", "checklist_item", "org_unit",
               "plan", "team", "team_member", "assignment", "person", "par_index", "par_criterion", "par_mapping")
# Entities whose rows belong to a visit through their `visit_id`.
OF_VISIT = ("visit_checklist", "participant", "section_record", "observation", "finding", "request", "media",
            "evidence_link", "minutes", "request_check")


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


# -- devices --------------------------------------------------------------------------
_DEVICE_COLUMNS = ("id", "name", "role", "sign_public", "encrypt_public", "trust", "trusted_at", "first_seen",
                   "revoked_at", "revoked_by", "trust_stamp", "previous_sign_public")
_DEVICE = ", ".join(_DEVICE_COLUMNS)


def _device(row) -> dict:
    return dict(zip(_DEVICE_COLUMNS, row))


def device(conn: sqlite3.Connection, device_id: str) -> dict | None:
    row = conn.execute(f"SELECT {_DEVICE} FROM device WHERE id = ?", (device_id,)).fetchone()
    return _device(row) if row else None


def devices(conn: sqlite3.Connection) -> list[dict]:
    """Devices whose keys are known (trusted, revoked, or self)."""
    return [_device(r) for r in conn.execute(
        f"SELECT {_DEVICE} FROM device WHERE sign_public IS NOT NULL ORDER BY trust IS NULL, name, id")]


def hq_devices(conn: sqlite3.Connection, self_id: str) -> list[dict]:
    """Other devices this workspace recorded as headquarters (its pinned HQ),
    whatever their trust now."""
    return [_device(r) for r in conn.execute(
        f"SELECT {_DEVICE} FROM device WHERE role = 'hq' AND id != ? AND sign_public IS NOT NULL", (self_id,))]


def next_trust_stamp(conn: sqlite3.Connection) -> int:
    """HQ's counter of trust changes: each change of a device's trust or keys
    at HQ takes the next value, carried in distributions."""
    return conn.execute("SELECT coalesce(max(trust_stamp), 0) + 1 FROM device").fetchone()[0]


def save_device(conn: sqlite3.Connection, info: dict, trust: str | None, *, stamp: int | None = None,
                revoked_at: str | None = None, revoked_by: str | None = None) -> None:
    """Insert or update a device's name, role and keys; set its trust. A key
    replaced is kept as `previous_sign_public` (the audit of a key change)."""
    conn.execute(
        "INSERT INTO device (id, name, role, sign_public, encrypt_public, trust, trusted_at, first_seen,"
        " revoked_at, revoked_by, trust_stamp)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name,"
        " role = excluded.role,"
        " previous_sign_public = CASE WHEN device.sign_public IS NOT NULL AND device.sign_public !="
        " excluded.sign_public THEN device.sign_public ELSE device.previous_sign_public END,"
        " sign_public = excluded.sign_public, encrypt_public = excluded.encrypt_public,"
        " trust = excluded.trust, trusted_at = coalesce(excluded.trusted_at, device.trusted_at),"
        " revoked_at = excluded.revoked_at, revoked_by = excluded.revoked_by,"
        " trust_stamp = coalesce(excluded.trust_stamp, device.trust_stamp)",
        (info["id"], info.get("name"), info.get("role"), info["sign_public"], info["encrypt_public"],
         trust, now() if trust == "trusted" else None, now(),
         (revoked_at or now()) if trust == "revoked" else None, revoked_by if trust == "revoked" else None, stamp))


def set_trust(conn: sqlite3.Connection, device_id: str, trust: str | None, *, by: str | None = None,
              stamp: int | None = None) -> None:
    """Set a device's trust; a revocation records who (`by`, a name) and when."""
    conn.execute("UPDATE device SET trust = ?, trusted_at = ?, revoked_at = ?, revoked_by = ?,"
                 " trust_stamp = coalesce(?, trust_stamp) WHERE id = ?",
                 (trust, now() if trust == "trusted" else None, now() if trust == "revoked" else None,
                  by if trust == "revoked" else None, stamp, device_id))


def set_self(conn: sqlite3.Connection, device_id: str, role: str) -> None:
    conn.execute("UPDATE device SET role = ? WHERE id = ? AND role IS NULL", (role, device_id))


# -- bundle history -------------------------------------------------------------------
_BUNDLE = ("id", "direction", "kind", "device_id", "device_name", "recipients", "file_name", "file_size", "at",
           "status", "op_count", "new_ops", "media_count", "new_media", "from_seq", "to_seq", "full", "acked_at",
           "summary")


def record_bundle(conn: sqlite3.Connection, **values) -> None:
    values.setdefault("at", now())
    values["recipients"] = json.dumps(values.get("recipients", []), ensure_ascii=False)
    values["summary"] = json.dumps(values.get("summary", {}), ensure_ascii=False)
    names = [n for n in _BUNDLE if n in values]
    conn.execute(f"INSERT OR REPLACE INTO sync_bundle ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                 [values[n] for n in names])


def _bundle(row) -> dict:
    out = dict(zip(_BUNDLE, row))
    out["recipients"] = json.loads(out["recipients"])
    out["summary"] = json.loads(out["summary"])
    return out


def bundles(conn: sqlite3.Connection, direction: str | None = None, limit: int = 500) -> list[dict]:
    where, params = ("WHERE direction = ?", [direction]) if direction else ("", [])
    return [_bundle(r) for r in conn.execute(
        f"SELECT {', '.join(_BUNDLE)} FROM sync_bundle {where} ORDER BY at DESC, id DESC LIMIT ?", (*params, limit))]


def received(conn: sqlite3.Connection, bundle_id: str) -> bool:
    return conn.execute("SELECT 1 FROM sync_bundle WHERE id = ? AND direction = 'received'",
                        (bundle_id,)).fetchone() is not None


def acknowledge(conn: sqlite3.Connection, bundle_ids: list[str]) -> int:
    count = 0
    for bundle_id in bundle_ids:
        count += conn.execute(
            "UPDATE sync_bundle SET status = 'acknowledged', acked_at = ? WHERE id = ? AND direction = 'sent'"
            " AND acked_at IS NULL", (now(), bundle_id)).rowcount
    return count


def acked_seq(conn: sqlite3.Connection) -> int:
    """The local op log up to here is held by HQ: the end of the newest findings
    bundle HQ acknowledged (each one starts where the acknowledged part ended)."""
    return conn.execute("SELECT coalesce(max(to_seq), 0) FROM sync_bundle WHERE direction = 'sent'"
                        " AND kind = 'findings' AND acked_at IS NOT NULL").fetchone()[0]


def received_from(conn: sqlite3.Connection, device_ids: list[str]) -> list[dict]:
    """Findings and peer bundles accepted from these devices (for a receipt)."""
    marks = ",".join("?" * len(device_ids))
    return [{"bundle_id": r[0], "device_id": r[1], "kind": r[2]} for r in conn.execute(
        f"SELECT id, device_id, kind FROM sync_bundle WHERE direction = 'received' AND kind IN ('findings', 'peer')"
        f" AND device_id IN ({marks}) ORDER BY at", device_ids)]


def senders(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT DISTINCT device_id FROM sync_bundle WHERE direction = 'received' AND kind IN ('findings', 'peer')")]


# -- held bundles ---------------------------------------------------------------------
_HELD = ("bundle_id", "path", "file_name", "kind", "device_id", "device_name", "role", "fingerprint", "reason",
         "received_at", "summary")


def hold(conn: sqlite3.Connection, **values) -> None:
    values.setdefault("received_at", now())
    values["summary"] = json.dumps(values.get("summary", {}), ensure_ascii=False)
    conn.execute(f"INSERT OR REPLACE INTO sync_held ({', '.join(_HELD)}) VALUES ({', '.join('?' * len(_HELD))})",
                 [values.get(n) for n in _HELD])


def held(conn: sqlite3.Connection, bundle_id: str | None = None) -> list[dict]:
    where, params = ("WHERE bundle_id = ?", (bundle_id,)) if bundle_id else ("", ())
    out = []
    for row in conn.execute(f"SELECT {', '.join(_HELD)} FROM sync_held {where} ORDER BY received_at", params):
        item = dict(zip(_HELD, row))
        item["summary"] = json.loads(item["summary"])
        out.append(item)
    return out


def held_count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM sync_held").fetchone()[0]


def unhold(conn: sqlite3.Connection, bundle_id: str) -> None:
    conn.execute("DELETE FROM sync_held WHERE bundle_id = ?", (bundle_id,))


# -- what an export carries -----------------------------------------------------------
_OP = "seq, id, hlc, device_id, person_id, entity, row_id, data, prev"


def _ops(cursor) -> Iterator[tuple[int, Operation]]:
    for r in cursor:
        yield r[0], Operation(r[1], r[2], r[3], r[4], r[5], r[6], json.loads(r[7]), json.loads(r[8]))


def max_seq(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT coalesce(max(seq), 0) FROM ops").fetchone()[0]


def ops_after(conn: sqlite3.Connection, after_seq: int, upto_seq: int,
              exclude_devices: tuple[str, ...] = ()) -> Iterator[tuple[int, Operation]]:
    marks = ",".join("?" * len(exclude_devices))
    skip = f" AND device_id NOT IN ({marks})" if exclude_devices else ""
    return _ops(conn.execute(f"SELECT {_OP} FROM ops WHERE seq > ? AND seq <= ?{skip} ORDER BY seq",
                             (after_seq, upto_seq, *exclude_devices)))


def ops_of_device(conn: sqlite3.Connection, device_id: str, after_seq: int,
                  upto_seq: int) -> Iterator[tuple[int, Operation]]:
    return _ops(conn.execute(f"SELECT {_OP} FROM ops WHERE seq > ? AND seq <= ? AND device_id = ? ORDER BY seq",
                             (after_seq, upto_seq, device_id)))


def hq_row(conn: sqlite3.Connection, self_id: str, entity: str, row_id: str) -> bool:
    """Whether a row of distributed reference data is headquarters' (a field
    laptop may not change it): HQ's creation of it is held (`hq_created`)."""
    hq = hq_ids(conn)
    return self_id not in hq and hq_created(conn, entity, row_id, hq)


def hq_ids(conn: sqlite3.Connection) -> frozenset[str]:
    """The devices whose word on reference data is final here: headquarters as
    this workspace recorded it (role 'hq', key known: the pinned HQ, whatever
    its trust now), and this workspace itself when it is HQ."""
    ids = {r[0] for r in conn.execute("SELECT id FROM device WHERE role = 'hq' AND sign_public IS NOT NULL")}
    meta = dict(conn.execute("SELECT key, value FROM local_meta WHERE key IN ('role', 'device_id')").fetchall())
    if meta.get("role") == "hq":
        ids.add(meta["device_id"])
    else:
        ids.discard(meta.get("device_id"))
    return frozenset(ids)


# How HQ's writer marks the operation creating a row of reference data: no
# `prev` at all (writer.Writer._operation). Every other operation a writer
# makes names the values it replaced, so this depends on the operation
# alone, never on when or in which order it reached a replica.
CREATION_PREV = "{}"


def hq_created(conn: sqlite3.Connection, entity: str, row_id: str, hq: frozenset[str]) -> bool:
    """Whether the log holds headquarters' creation of this row."""
    return any(r[0] in hq for r in conn.execute(
        "SELECT device_id FROM ops WHERE entity = ? AND row_id = ? AND prev = ?", (entity, row_id, CREATION_PREV)))


def others_on(conn: sqlite3.Connection, entity: str, row_id: str, devices: frozenset[str]) -> bool:
    """Whether the log holds an operation on this row by a device not among `devices`."""
    return any(r[0] not in devices for r in conn.execute(
        "SELECT DISTINCT device_id FROM ops WHERE entity = ? AND row_id = ?", (entity, row_id)))


def row_creator(conn: sqlite3.Connection, entity: str, row_id: str) -> str | None:
    """The device of the first operation held on a row (None: no such row here)."""
    row = conn.execute("SELECT device_id FROM ops WHERE entity = ? AND row_id = ? ORDER BY seq LIMIT 1",
                       (entity, row_id)).fetchone()
    return row[0] if row else None


def ops_of_entities(conn: sqlite3.Connection, entities: tuple[str, ...],
                    upto_seq: int) -> Iterator[tuple[int, Operation]]:
    marks = ",".join("?" * len(entities))
    return _ops(conn.execute(f"SELECT {_OP} FROM ops WHERE entity IN ({marks}) AND seq <= ? ORDER BY seq",
                             (*entities, upto_seq)))


def new_ops_since(conn: sqlite3.Connection, seq: int) -> int:
    return conn.execute("SELECT count(*) FROM ops WHERE seq > ?", (seq,)).fetchone()[0]


def holdings(conn: sqlite3.Connection) -> dict[str, dict]:
    """Per device: how many of its operations are held, and the newest."""
    return {r[0]: {"count": r[1], "max_hlc": r[2]} for r in conn.execute(
        "SELECT device_id, count(*), max(hlc) FROM ops GROUP BY device_id")}


# -- visits ---------------------------------------------------------------------------
def visit_last_seq(conn: sqlite3.Connection, visit_id: str) -> int:
    """The newest local arrival among the operations of a visit and its rows
    (the marks "exported" and "received" themselves aside)."""
    best = conn.execute(
        "SELECT coalesce(max(seq), 0) FROM ops WHERE entity = 'visit' AND row_id = ?"
        " AND data NOT IN ('{\"status\":\"exported\"}', '{\"status\":\"received\"}')",
        (visit_id,)).fetchone()[0]
    for entity in OF_VISIT:
        best = max(best, conn.execute(
            f"SELECT coalesce(max(o.seq), 0) FROM {entity} r JOIN ops o ON o.entity = ? AND o.row_id = r.id"
            " WHERE r.visit_id = ?", (entity, visit_id)).fetchone()[0])
    return best


def visits_with_status(conn: sqlite3.Connection, statuses: tuple[str, ...]) -> list[str]:
    marks = ",".join("?" * len(statuses))
    return [r[0] for r in conn.execute(
        f"SELECT id FROM visit WHERE deleted = 0 AND status IN ({marks}) ORDER BY id", statuses)]


RECEIVED_SQL = """
SELECT v.id, v.title, v.status, v.scheduled_on, v.kind, v.team_id, t.name, v.unit_id, u.name,
       m.id, m.number, m.status, m.version, m.pdf_sha256
FROM visit v
LEFT JOIN team t ON t.id = v.team_id
LEFT JOIN org_unit u ON u.id = v.unit_id
LEFT JOIN minutes m ON m.id = (SELECT id FROM minutes WHERE visit_id = v.id AND deleted = 0
                               ORDER BY version DESC LIMIT 1)
WHERE v.deleted = 0
ORDER BY coalesce(t.name, ''), coalesce(u.name, ''), v.scheduled_on DESC, v.id
"""


def visits_by_team_and_unit(conn: sqlite3.Connection) -> list[dict]:
    names = ("id", "title", "status", "scheduled_on", "kind", "team_id", "team_name", "unit_id", "unit_name",
             "minutes_id", "minutes_number", "minutes_status", "minutes_version", "minutes_pdf")
    return [dict(zip(names, r)) for r in conn.execute(RECEIVED_SQL)]


# -- conflicts ------------------------------------------------------------------------
def conflicts(conn: sqlite3.Connection) -> list[dict]:
    names = ("op_id", "entity", "row_id", "field", "kind", "value", "hlc", "device_id", "person_id")
    out = []
    for row in conn.execute(f"SELECT {', '.join(names)} FROM sync_conflict ORDER BY entity, row_id, field, hlc"):
        item = dict(zip(names, row))
        item["value"] = json.loads(item["value"])
        out.append(item)
    return out


def open_conflicts(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM sync_conflict").fetchone()[0]


def conflicts_on(conn: sqlite3.Connection, entity: str, row_id: str, field: str) -> list[dict]:
    return [c for c in conflicts_of_row(conn, entity, row_id) if c["field"] == field]


def conflicts_of_row(conn: sqlite3.Connection, entity: str, row_id: str) -> list[dict]:
    names = ("op_id", "field", "kind", "value", "hlc", "device_id", "person_id")
    out = []
    for row in conn.execute(f"SELECT {', '.join(names)} FROM sync_conflict WHERE entity = ? AND row_id = ?",
                            (entity, row_id)):
        item = dict(zip(names, row))
        item["value"] = json.loads(item["value"])
        out.append(item)
    return out


def op_by_stamp(conn: sqlite3.Connection, entity: str, row_id: str, hlc: int, device_id: str) -> dict | None:
    row = conn.execute("SELECT id, person_id, data FROM ops WHERE device_id = ? AND hlc = ? AND entity = ?"
                       " AND row_id = ?", (device_id, hlc, entity, row_id)).fetchone()
    return {"id": row[0], "person_id": row[1], "data": json.loads(row[2])} if row else None


def device_names(conn: sqlite3.Connection) -> dict[str, str]:
    return {r[0]: r[1] for r in conn.execute("SELECT id, name FROM device")}


def person_names(conn: sqlite3.Connection) -> dict[str, str]:
    return {r[0]: r[1] for r in conn.execute("SELECT id, name FROM person")}
