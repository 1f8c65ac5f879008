"""Opening the database with the pragmas durability depends on."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from functools import cached_property
from pathlib import Path

from ..errors import WorkspaceError

# An acknowledged answer must survive a laptop's battery dying on site:
# WAL with synchronous=FULL fsyncs the log on every commit.
PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=5000",
)


class Database:
    """The connection, and sqlite-utils' table helpers over it when needed.

    sqlite-utils pulls in dateutil, pluggy and click (about 50 ms); it is
    imported on first use of `utils`, not on every start of the app."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def execute(self, sql: str, params=()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    @cached_property
    def utils(self):
        """A `sqlite_utils.Database` on the same connection (bulk inserts, introspection)."""
        import sqlite_utils
        return sqlite_utils.Database(self.conn)


def connect(path: Path | str) -> Database:
    """Open `path` in autocommit mode; transactions are explicit (`transaction`)."""
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    for pragma in PRAGMAS:
        conn.execute(pragma)
    return Database(conn)


@contextlib.contextmanager
def transaction(db: Database) -> Iterator[sqlite3.Connection]:
    """One write transaction: all of it is stored, or none of it."""
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        # SQLite has already rolled back after some errors (disk full).
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    try:
        conn.execute("COMMIT")
    except sqlite3.OperationalError as exc:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        raise_translated(exc, "")


def translate(exc: sqlite3.Error, path: str) -> Exception:
    """Turn an SQLite failure the user can act on into an InspectorError.

    Anything else is a programming error and stays as it was."""
    text = str(exc).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return WorkspaceError("disk_full")
    if any(word in text for word in ("malformed", "not a database", "corrupt", "disk i/o error")):
        return WorkspaceError("database_damaged", detail=str(exc), path=path)
    return exc


def integrity_ok(db: Database) -> bool:
    rows = db.execute("PRAGMA integrity_check").fetchall()
    return rows == [("ok",)]


def raise_translated(exc: sqlite3.Error, path: str):
    """Raise `exc` as the user-facing error it means, or as it is."""
    err = translate(exc, path)
    if err is exc:
        raise exc
    raise err from exc
