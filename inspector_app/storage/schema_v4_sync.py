"""Migration 4: the local tables of bundle sync.

Devices gain a role and a trust state; bundles sent and received are kept as
history; bundles from untrusted devices wait in `sync_held`; open conflicts
(concurrent changes of one field, changes to signed minutes) are listed in
`sync_conflict`, derived from the op log and kept up to date by the apply
path. None of these tables is synced.
"""

from __future__ import annotations

import sqlite3

SQL = (
    "ALTER TABLE device ADD COLUMN role TEXT",
    # NULL: unknown (seen in operations only); 'trusted'; 'revoked'.
    "ALTER TABLE device ADD COLUMN trust TEXT",
    "ALTER TABLE device ADD COLUMN trusted_at TEXT",
    """CREATE TABLE sync_bundle (
        id TEXT NOT NULL,
        direction TEXT NOT NULL,            -- 'sent' or 'received'
        kind TEXT NOT NULL,
        device_id TEXT,                     -- the source device
        device_name TEXT,
        recipients TEXT NOT NULL DEFAULT '[]',
        file_name TEXT,
        file_size INTEGER,
        at TEXT NOT NULL,
        status TEXT NOT NULL,               -- sent: verified, acknowledged; received: accepted
        op_count INTEGER NOT NULL DEFAULT 0,
        new_ops INTEGER NOT NULL DEFAULT 0,
        media_count INTEGER NOT NULL DEFAULT 0,
        new_media INTEGER NOT NULL DEFAULT 0,
        from_seq INTEGER,
        to_seq INTEGER,
        full INTEGER NOT NULL DEFAULT 0,
        acked_at TEXT,
        summary TEXT NOT NULL DEFAULT '{}',
        PRIMARY KEY (id, direction)
    )""",
    "CREATE INDEX sync_bundle_at ON sync_bundle(at DESC)",
    """CREATE TABLE sync_held (
        bundle_id TEXT PRIMARY KEY,
        path TEXT NOT NULL,
        file_name TEXT,
        kind TEXT NOT NULL,
        device_id TEXT NOT NULL,
        device_name TEXT,
        role TEXT,
        fingerprint TEXT NOT NULL,
        reason TEXT NOT NULL,               -- unknown, revoked, key_changed
        received_at TEXT NOT NULL,
        summary TEXT NOT NULL DEFAULT '{}'
    )""",
    """CREATE TABLE sync_conflict (
        op_id TEXT NOT NULL,                -- the operation whose value did not win
        entity TEXT NOT NULL,
        row_id TEXT NOT NULL,
        field TEXT NOT NULL,
        kind TEXT NOT NULL,                 -- 'concurrent' or 'signed_minutes'
        value TEXT,
        hlc INTEGER NOT NULL,
        device_id TEXT NOT NULL,
        person_id TEXT,
        PRIMARY KEY (op_id, field)
    )""",
    "CREATE INDEX sync_conflict_row ON sync_conflict(entity, row_id)",
)


def migrate(conn: sqlite3.Connection) -> None:
    for statement in SQL:
        conn.execute(statement)
