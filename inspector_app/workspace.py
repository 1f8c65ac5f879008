"""`Workspace`: the facade the UI, the CLI and the tests talk to.

A workspace is a folder: `inspector.db`, `media/`, `keys/`, `outbox/`,
`quarantine/`, `logs/` and the lock file. Services hang off it
(`ws.units`, `ws.checklists`, `ws.visits`, ...); every mutation goes through
`ws.writer` and returns a `Changes` value.
"""

from __future__ import annotations

import logging
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from .changes import Changes
from .errors import WorkspaceError
from .hlc import Clock
from .ids import uuid7
from .services.answers import Answers
from .services.checklists import Checklists
from .services.findings import Findings
from .services.media import Media
from .services.par import Par
from .services.people import People
from .services.plans import Plans
from .services.reinspection import Reinspection
from .services.requests import Requests
from .services.search import Search
from .services.units import Units
from .services.visits import Visits
from .storage import db as storage_db
from .storage import migrations, state, sync_store
from .storage.lock import WorkspaceLock
from .undo import UndoHistory
from .writer import Writer

if TYPE_CHECKING:
    from .identity import DeviceKeys
    from .services.minutes import Minutes
    from .sync.service import Sync

ROLES = ("field", "hq")
DB_FILE = "inspector.db"
LOCK_FILE = "workspace.lock"
FOLDERS = ("media", "keys", "outbox", "quarantine", "logs")

log = logging.getLogger(__name__)


class Workspace:
    db: storage_db.Database

    def __init__(self, path: Path, db: storage_db.Database, lock: WorkspaceLock) -> None:
        self.path = path
        self.db = db
        self._lock = lock
        conn = db.conn
        self.role: str = state.get_meta(conn, "role") or "field"
        self.device_id: str = state.get_meta(conn, "device_id") or ""
        self.device_name: str = state.get_meta(conn, "device_name") or ""
        self.writer = Writer(db, self.device_id, Clock(state.max_hlc(conn)), str(path))
        self.writer.person_id = state.get_meta(conn, "current_person")
        self.writer.hq_data_readonly = self.role != "hq"
        self.undo_history = UndoHistory(self.writer)
        self.people = People(self)
        self.units = Units(self)
        self.checklists = Checklists(self)
        self.plans = Plans(self)
        self.visits = Visits(self)
        self.answers = Answers(self)
        self.findings = Findings(self)
        self.media = Media(self)
        self.search = Search(self)
        self.par = Par(self)
        self.reinspection = Reinspection(self)
        self.requests = Requests(self)
        if lock.stale_pid:
            log.info("took over a stale lock left by process %s", lock.stale_pid)

    # Services whose modules are heavy (ReportLab, cryptography, age) are
    # built on first use: `ws.minutes` and `ws.sync` cost nothing until called.
    @cached_property
    def minutes(self) -> Minutes:
        from .services.minutes import Minutes
        return Minutes(self)

    @cached_property
    def sync(self) -> Sync:
        from .sync.service import Sync
        return Sync(self)

    # -- opening and creating -------------------------------------------------
    @classmethod
    def create(cls, path: Path | str, role: str = "field", *, device_name: str | None = None,
               builtin_checklists: bool = True) -> Workspace:
        path = Path(path)
        if role not in ROLES:
            raise WorkspaceError("bad_role", role=role)
        if (path / DB_FILE).exists():
            raise WorkspaceError("workspace_exists", path=str(path))
        path.mkdir(parents=True, exist_ok=True)
        lock = _lock(path)
        try:
            from . import identity  # cryptography is imported only when keys are needed

            for folder in FOLDERS:
                (path / folder).mkdir(exist_ok=True)
            keys = identity.generate(path / "keys")
            db = storage_db.connect(path / DB_FILE)
            migrations.migrate(db)
            import socket

            device_id = uuid7()
            name = device_name or socket.gethostname()
            with storage_db.transaction(db) as conn:
                for key, value in (("role", role), ("device_id", device_id), ("device_name", name)):
                    state.set_meta(conn, key, value)
                sync_store.save_device(conn, {"id": device_id, "name": name, "sign_public": keys.sign_public,
                                              "encrypt_public": keys.encrypt_public}, None)
        except BaseException:
            lock.release()
            raise
        ws = cls(path, db, lock)
        if builtin_checklists:
            try:
                ws.checklists.load_builtin()
            except BaseException:
                # Half a workspace would open later without its checklists:
                # remove what this call made, so the next attempt starts clean.
                ws.close()
                _remove_new_workspace(path)
                raise
        return ws

    @staticmethod
    def exists(path: Path | str) -> bool:
        """Whether `path` holds a workspace (its database file)."""
        return (Path(path) / DB_FILE).exists()

    @classmethod
    def open(cls, path: Path | str) -> Workspace:
        path = Path(path)
        if not (path / DB_FILE).exists():
            raise WorkspaceError("workspace_missing", path=str(path))
        lock = _lock(path)
        try:
            db = storage_db.connect(path / DB_FILE)
            migrations.migrate(db)
        except BaseException:
            lock.release()
            raise
        return cls(path, db, lock)

    @classmethod
    def open_or_create(cls, path: Path | str, role: str = "field") -> Workspace:
        path = Path(path)
        if (path / DB_FILE).exists():
            return cls.open(path)
        return cls.create(path, role)

    def close(self) -> None:
        """Close the database (once) and release the lock; the workspace is unusable after."""
        if not self.db.closed:
            self.db.close()
        self._lock.release()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- undo ----------------------------------------------------------------------
    def undo(self, visit_id: str) -> Changes:
        """Reverse the newest of this device's changes to `visit_id` not yet undone.

        Answers, notes, records, findings, requests, participants and evidence
        are undoable while the visit can be edited, also after a restart."""
        self.visits.check_editable(visit_id)
        return self.undo_history.undo(visit_id)

    def redo(self, visit_id: str) -> Changes:
        """Make again the change to `visit_id` undone last."""
        self.visits.check_editable(visit_id)
        return self.undo_history.redo(visit_id)

    # -- facts ------------------------------------------------------------------
    @property
    def keys(self) -> DeviceKeys:
        """The device's public keys (`identity.DeviceKeys`)."""
        from . import identity
        return identity.load(self.path / "keys")

    @property
    def media_dir(self) -> Path:
        return self.path / "media"

    def integrity_ok(self) -> bool:
        return storage_db.integrity_ok(self.db)

    def schema_version(self) -> int:
        return migrations.version(self.db)

    def operations(self):
        """Every operation held, in arrival order (the audit trail)."""
        return list(state.iter_ops(self.db.conn))

    def history(self, entity: str, row_id: str):
        return state.history(self.db.conn, entity, row_id)

    def apply_operations(self, ops):
        """Merge operations from another device (sync; property tests)."""
        return self.writer.apply_remote(ops)

    def state_dump(self) -> dict:
        return state.dump_state(self.db.conn)

    def counts(self) -> dict[str, int]:
        from .storage import queries
        return {e: queries.count(self.db.conn, e) for e in (
            "org_unit", "checklist_template", "plan", "team", "visit", "observation",
            "finding", "request", "media")} | {"ops": state.op_count(self.db.conn)}


def _remove_new_workspace(path: Path) -> None:
    for name in (DB_FILE, DB_FILE + "-wal", DB_FILE + "-shm", LOCK_FILE):
        (path / name).unlink(missing_ok=True)
    for key in (path / "keys").glob("*.pem"):
        key.unlink()


def _lock(path: Path) -> WorkspaceLock:
    lock = WorkspaceLock(path / LOCK_FILE)
    lock.acquire()
    return lock
