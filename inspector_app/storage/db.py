"""Opening the database with the pragmas durability depends on."""

from __future__ import annotations

import contextlib
import functools
import itertools
import sqlite3
import threading
import weakref
from collections.abc import Iterator, Sequence
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


class _Handle:
    """One thread's own connection; closed when the thread's state goes away."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.utils = None

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()

    def __del__(self) -> None:
        self.close()


class Database:
    """The workspace database, with one connection per thread.

    A connection (and so a transaction) is never shared between threads: the
    thread that opened the database uses the first connection, and any other
    thread (an import, an export, a photo ingest) gets its own on first use.
    Two threads' writes therefore never join one transaction; SQLite's write
    lock (`BEGIN IMMEDIATE` with `busy_timeout`) puts them one after the other.
    sqlite-utils pulls in dateutil, pluggy and click (about 50 ms); it is
    imported on first use of `utils`, not on every start of the app."""

    def __init__(self, conn: sqlite3.Connection, path: Path | str | None = None) -> None:
        self.path = str(path) if path is not None else None
        self._main = _Handle(conn)
        self._owner = threading.get_ident()
        self._local = threading.local()
        self._others: weakref.WeakSet[_Handle] = weakref.WeakSet()
        self._guard = threading.Lock()
        self.closed = False

    def _handle(self) -> _Handle:
        if threading.get_ident() == self._owner:
            return self._main
        handle = getattr(self._local, "handle", None)
        if handle is None:
            if self.closed or self.path is None:
                raise sqlite3.ProgrammingError("Cannot operate on a closed database.")
            handle = self._local.handle = _Handle(_open(self.path))
            with self._guard:
                self._others.add(handle)
        return handle

    @property
    def conn(self) -> sqlite3.Connection:
        """The calling thread's connection."""
        return self._handle().conn

    def execute(self, sql: str, params=()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    @property
    def utils(self):
        """A `sqlite_utils.Database` on the calling thread's connection (bulk inserts, introspection)."""
        handle = self._handle()
        if handle.utils is None:
            handle.utils = utils(handle.conn)
        return handle.utils

    def close(self) -> None:
        """Close every thread's connection (the workspace is being closed)."""
        self.closed = True
        with self._guard:
            others = list(self._others)
        for handle in [*others, self._main]:
            handle.close()


def utils(conn: sqlite3.Connection):
    """sqlite-utils over `conn`, for table building, bulk inserts and queries off the hot path.

    Made without running anything (no PRAGMA, no plugins), so it costs no
    statement; inside a transaction its writes nest as savepoints."""
    import sqlite_utils
    return sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)


def _open(path: Path | str) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    for pragma in PRAGMAS:
        conn.execute(pragma)
    return conn


def connect(path: Path | str) -> Database:
    """Open `path` in autocommit mode; transactions are explicit (`transaction`)."""
    return Database(_open(path), path)


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


@contextlib.contextmanager
def savepoint(conn: sqlite3.Connection, name: str = "part") -> Iterator[None]:
    """A part of the caller's transaction that is kept whole or undone whole:
    an exception rolls back what was written inside it, and only that."""
    conn.execute(f"SAVEPOINT {name}")
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            conn.execute(f"ROLLBACK TO {name}")
            conn.execute(f"RELEASE {name}")
        raise
    conn.execute(f"RELEASE {name}")


@contextlib.contextmanager
def without_foreign_keys(conn: sqlite3.Connection) -> Iterator[None]:
    """The connection's foreign-key checks off while inside (between
    transactions: SQLite ignores the pragma within one). For bulk imports
    whose code keeps the one reference itself: `ops.device_id` names a
    `device` row, which `state.apply_all` registers before any of its
    operations (checking it cost 27 % of inserting an operation)."""
    if conn.in_transaction:
        yield
        return
    conn.execute("PRAGMA foreign_keys=OFF")
    try:
        yield
    finally:
        conn.execute("PRAGMA foreign_keys=ON")


@contextlib.contextmanager
def large_cache(conn: sqlite3.Connection, mib: int) -> Iterator[None]:
    """The connection's page cache at `mib` MiB while inside (SQLite's
    default, 2 MiB, holds little of the indexes a bulk import walks)."""
    before = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size=-{int(mib) * 1024}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size={int(before)}")


# Rows per INSERT statement of `insert_many`, largest first: a few statement texts
# per table (SQLite's statement cache keeps them), and few statements per batch.
_MANY = (512, 128, 32, 8)


@functools.lru_cache(maxsize=256)
def _values(head: str, width: int, count: int) -> str:
    one = "(" + ", ".join("?" * width) + ")"
    return head + ", ".join([one] * count)


def insert_many(conn: sqlite3.Connection, head: str, width: int, rows: Sequence[tuple]) -> None:
    """`conn.executemany(head + "(?, …)", rows)` (`head`: "INSERT INTO t (a, b)
    VALUES "; `width` values a row), with many rows to a statement: the
    same rows in the same order, stored as executemany stores them. Each
    statement executed costs SQLite its own bookkeeping (an AUTOINCREMENT
    table's counter written again, for one): 60,000 of the import bench's
    operations went into the log in 2.5-2.7 µs each instead of 4.1-5.2, new
    findings 1.6 instead of 2.3, search documents 0.8 instead of 1.3. (The
    full-text index gains nothing: its own work per row dominates.)"""
    limit = conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    at, total = 0, len(rows)
    for count in _MANY:
        if count * width > limit:
            continue
        while total - at >= count:
            conn.execute(_values(head, width, count), list(itertools.chain.from_iterable(rows[at:at + count])))
            at += count
    if at < total:
        conn.executemany(_values(head, width, 1), rows[at:])


def translate(exc: sqlite3.Error, path: str) -> Exception:
    """Turn an SQLite failure the user can act on into an InspectorError.

    Anything else is a programming error and stays as it was."""
    text = str(exc).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return WorkspaceError("disk_full")
    if "database is locked" in text or "database table is locked" in text:
        return WorkspaceError("workspace_busy")
    if any(word in text for word in ("malformed", "not a database", "corrupt", "disk i/o error")):
        # SQLite's own words stay in the English message and the log, not the Vietnamese one.
        return WorkspaceError("database_damaged", path=path,
                              detail=("tệp cơ sở dữ liệu không đọc được", f"SQLite: {exc}"))
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
