"""Numbered schema migrations, tracked in `PRAGMA user_version`."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from ..errors import WorkspaceError
from . import (
    schema_v1,
    schema_v3_minutes,
    schema_v4_sync,
    schema_v9_followup,
    schema_v10_par,
    schema_v11_hq_reads,
    seal_store,
    search_index,
    succession_store,
    undo_store,
)
from .db import Database


def _v1(conn: sqlite3.Connection) -> None:
    for statement in _split(schema_v1.SQL):
        conn.execute(statement)


def _v2(conn: sqlite3.Connection) -> None:
    """Accent-free full-text search over visits, units, findings and items."""
    search_index.create(conn)
    search_index.reindex_all(conn)


def _v6(conn: sqlite3.Connection) -> None:
    """The trust store remembers who revoked a device and when, the stamp of
    HQ's last change to each device (so an older distribution never undoes a
    newer one), and the key a device had before a person confirmed a key
    change (docs/security.md)."""
    from .db import utils

    device = utils(conn).table("device")
    device.add_column("revoked_at", str)
    device.add_column("revoked_by", str)          # a name people read: the person or HQ that revoked it
    device.add_column("trust_stamp", int)         # HQ: its counter; a laptop: HQ's counter as last applied
    device.add_column("previous_sign_public", str)


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _v1, _v2, schema_v3_minutes.migrate, schema_v4_sync.migrate, undo_store.create, _v6,
    seal_store.create, succession_store.create, schema_v9_followup.migrate, schema_v10_par.migrate,
    schema_v11_hq_reads.migrate]
LATEST = len(MIGRATIONS)


def _split(script: str) -> list[str]:
    """Split a script into statements, keeping trigger bodies whole."""
    statements, current = [], []
    for line in script.splitlines():
        if not line.strip() or line.lstrip().startswith("--"):
            continue
        current.append(line)
        joined = "\n".join(current)
        if sqlite3.complete_statement(joined):
            statements.append(joined)
            current = []
    return statements


def version(db: Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def migrate(db: Database, target: int = LATEST) -> int:
    """Bring the schema to `target`, one migration per transaction."""
    current = version(db)
    if current > LATEST:
        raise WorkspaceError("workspace_newer", found=current, known=LATEST)
    conn = db.conn
    for number in range(current + 1, target + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[number - 1](conn)
            conn.execute(f"PRAGMA user_version={number}")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    return version(db)
