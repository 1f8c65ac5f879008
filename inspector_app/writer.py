"""The one write path: validate, append operations, apply, return `Changes`.

Safe from any thread. Each thread writes through its own connection
(`storage.db.Database`), and a batch belongs to the thread that opened it:
a write from another thread never joins it, but waits for SQLite's write lock
and commits on its own. See docs/architecture.md, "The write path".

Operations are applied with raw sqlite3 statements (`storage.state.apply`),
not sqlite-utils: on this path, where every key press is one transaction,
sqlite-utils' `upsert` costs 5.7–8.6 × the raw statement (208 against 36 µs
per answer, 154 against 18 on a quieter run; bench/storage_layer.py). The rest of storage builds tables, bulk
inserts and runs queries off the hot path with sqlite-utils.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator

from .changes import Changes
from .errors import ValidationError
from .hlc import Clock
from .ids import uuid7
from .oplog import Operation, normalize, validate
from .storage import reinspection_store, state, sync_store, undo_store
from .storage.db import Database, raise_translated, transaction
from .storage.sync_store import DISTRIBUTED

# (entity, row id, fields) or (entity, row id, fields, names of fields to restate): see `Writer.write`.
Mutation = tuple[str, str, dict] | tuple[str, str, dict, Collection[str]]

# What an undo step holds: a person's work within a visit. Other rows a
# transaction changes (a visit's status, the library) are not undone with it.
UNDOABLE = frozenset({"observation", "section_record", "finding", "request", "participant",
                      "evidence_link", "media", "request_check"})
# Fields of other rows that are a person's work within a visit too: the reason for a
# surprise visit is typed like a finding, so Ctrl+Z takes it back like one.
UNDOABLE_FIELDS = {"visit": frozenset({"trigger"})}
StepListener = Callable[[str, undo_store.Step], None]


class _Generations:
    """How often each entity's rows changed, for services that memoise reads.

    Bumped as rows change (so the writing thread's own reads inside a batch
    see new stamps) and once more when the transaction ends, committed or
    rolled back, so no thread keeps a value read before the end."""

    def __init__(self) -> None:
        self._counts: Counter[str] = Counter()
        self._lock = threading.Lock()

    def __getitem__(self, entity: str) -> int:
        return self._counts[entity]

    def bump(self, entities: Iterable[str]) -> None:
        with self._lock:
            for entity in entities:
                self._counts[entity] += 1


class Writer:
    """Turns field changes into operations, all in one transaction."""

    def __init__(self, db: Database, device_id: str, clock: Clock,
                 path: str = "") -> None:
        self.db = db
        self.path = path
        self.device_id = device_id
        self.clock = clock
        self.person_id: str | None = None
        self._local = threading.local()
        self.generations = _Generations()
        # Told (visit, step) after a step is committed (inspector_app/undo.py).
        self.step_listener: StepListener | None = None
        # On a field laptop: reference data its headquarters issued is HQ's
        # alone to change (a replica's state ignores a field laptop's
        # operations on it: storage/state.py). At HQ (False): its creations
        # of reference data carry no `prev`, which marks them as HQ's.
        self.hq_data_readonly = False

    @property
    def _batch(self) -> _Open | None:
        """The calling thread's open batch, if any."""
        return getattr(self._local, "batch", None)

    @contextlib.contextmanager
    def batch(self, *, undoable: bool = True) -> Iterator[None]:
        """Group many mutations of this thread into one transaction (demo data, imports).

        Everything inside is stored together or not at all. Writes made at the
        same time by other threads are not part of it. With `undoable`, the
        batch is one undo step of its visit (a finding with its request);
        without, it is none (demo data)."""
        if self._batch is not None:
            yield
            return
        with self._transaction() as current:
            current.undoable = undoable
            self._local.batch = current
            try:
                yield
            finally:
                self._local.batch = None

    @contextlib.contextmanager
    def step(self, kind: str, target: int) -> Iterator[None]:
        """Writes of this thread inside are the undo (`kind` "undo") or redo of step `target`."""
        self._local.step = (kind, target)
        try:
            yield
        finally:
            self._local.step = None

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[_Open]:
        """The calling thread's batch, or a transaction of its own."""
        if self._batch is not None:
            yield self._batch
            return
        current = None
        try:
            with transaction(self.db) as conn:
                current = _Open(conn, getattr(self._local, "step", None) or ("do", None))
                yield current
        except sqlite3.Error as exc:
            raise_translated(exc, self.path)
        finally:
            if current is not None:
                self.generations.bump(current.entities)
        if current is not None and current.step is not None and self.step_listener is not None:
            self.step_listener(current.scope or "", current.step)

    def write(self, mutations: Iterable[Mutation]) -> Changes:
        """Store every mutation or none. Unchanged fields produce no operation,
        unless a mutation names them in a fourth element (fields to restate:
        their stamp moves to now, so an older concurrent change loses)."""
        with self._transaction() as current:
            return self._write(current, mutations)

    def _write(self, current: _Open, mutations: Iterable[Mutation]) -> Changes:
        touched = []
        for entity, row_id, fields, *restate in mutations:
            row = state.get_row(current.conn, entity, row_id, clocks=True)
            if row is not None and self.hq_data_readonly and entity in DISTRIBUTED \
                    and sync_store.hq_row(current.conn, self.device_id, entity, row_id):
                raise ValidationError("hq_data_readonly")
            op = self._operation(row, entity, row_id, normalize(fields), set(restate[0]) if restate else set())
            if op is None:
                continue
            if row is not None and self.hq_data_readonly and entity in reinspection_store.PLAN_ENTITIES \
                    and not reinspection_store.onsite(entity, op.data) \
                    and reinspection_store.planned_by_hq(current.conn, self.device_id, entity, row_id):
                raise ValidationError("hq_plan_readonly")         # as an import would set it aside
            visit_id = row_id if entity == "visit" else fields.get("visit_id") or (row or {}).get("visit_id")
            state.apply(current.conn, op, row["_clocks"] if row else None,
                        undo=current.undo_mark(op, row is None, visit_id))
            current.touch(self.generations, entity)
            touched.append((entity, row_id))
        return Changes.of(touched)

    def _operation(self, current: dict | None, entity: str, row_id: str, fields: dict,
                   restate: set) -> Operation | None:
        if current is None:
            changed = dict(fields)
        else:
            changed = {k: v for k, v in fields.items() if k in restate or current.get(k, None) != v}
            if current.get("deleted") and "deleted" not in fields:
                # Written again locally, a tombstoned row comes back: rows with natural
                # ids (an answer whose first answer was undone) are written, not created.
                changed["deleted"] = False
        if not changed:
            return None
        if current is None and (entity in DISTRIBUTED or entity in reinspection_store.PLAN_ENTITIES) \
                and not self.hq_data_readonly:
            # HQ creating reference data or a visit it plans (and its checklists): no
            # `prev`, the mark of HQ's row on every replica, whatever else reached it
            # first (sync_store.hq_created).
            prev = {}
        else:
            prev = {k: (current or {}).get(k) for k in changed}
        op = Operation(uuid7(), self.clock.now(), self.device_id, self.person_id,
                       entity, row_id, changed, prev)
        validate(op)
        return op

    def set_meta(self, key: str, value: str | None) -> None:
        """A local, unsynced setting (current person), inside this thread's batch if one is open."""
        with self._transaction() as current:
            state.set_meta(current.conn, key, value)

    def apply_remote(self, ops: Iterable[Operation], checked: bool = False, observe: bool = True) -> Changes:
        """Apply operations made elsewhere (sync, tests); already-held ones are skipped.

        Each is validated before it is applied (`checked`: the caller did,
        as the import's one pass, `sync.checks.checked`, does); all are
        stored or none. Inside this thread's `batch()` they join the batch's
        transaction (a bundle import), and `ops` may be a stream: nothing
        needs to be held in memory. The clock then moves past the newest
        stamp; with `observe=False` the caller does that, once it knows the
        transaction will not roll back (an import applying a bundle in
        slices: a held bundle must not move the clock)."""
        with self._transaction() as current:
            applied = self._apply_remote(current.conn, ops, checked, observe)
            for entity in {entity for entity, _row_id in applied}:       # once per entity, not per operation
                current.touch(self.generations, entity)
        return Changes.of(applied)

    def _apply_remote(self, conn: sqlite3.Connection, ops: Iterable[Operation],
                      checked: bool = False, observe: bool = True) -> list[tuple[str, str]]:
        newest = 0

        def validated():
            nonlocal newest
            for op in ops:
                if not checked:
                    validate(op)
                if op.hlc > newest:
                    newest = op.hlc
                yield op

        applied = [(op.entity, op.row_id) for op in state.apply_all(conn, validated())]
        if observe:
            # Move past every timestamp seen, so later local writes order after them.
            self.clock.observe(newest)
        return applied

    def apply_ready(self, ready) -> Changes:
        """Apply a batch of checked operations the import's parse helper
        prepared (storage/bulk_ready.py), as `apply_remote(..., checked=True,
        observe=False)` applies the same operations."""
        with self._transaction() as current:
            touched = state.apply_ready(current.conn, ready)
            for entity in [entity for entity, ids in touched.items() if ids]:
                current.touch(self.generations, entity)
        return Changes({entity: frozenset(ids) for entity, ids in touched.items() if ids})

    def resolve(self, entity: str, row_id: str, field: str, value, seen: Iterable) -> Changes:
        """Settle a conflict on one field: `value` is chosen, knowing every value in `seen`.

        One operation per value seen, each naming it as `prev`, so that every
        device that receives them settles the same conflict (see
        storage/sync_conflicts.py); the field ends holding `value`."""
        value = normalize(value)
        distinct = []
        for item in seen:
            if item not in distinct:
                distinct.append(item)
        touched = False
        with self._transaction() as current:
            for before in distinct or [value]:
                op = Operation(uuid7(), self.clock.now(), self.device_id, self.person_id, entity, row_id,
                               {field: value}, {field: before})
                validate(op)
                touched = state.apply(current.conn, op) or touched
            current.touch(self.generations, entity)
        return Changes.of([(entity, row_id)] if touched else [])


class _Open:
    """A transaction in progress on one thread: the entities it changed and its undo step."""

    def __init__(self, conn: sqlite3.Connection, making: tuple[str, int | None]) -> None:
        self.conn = conn
        self.entities: set[str] = set()
        self.undoable = True
        self.making = making                  # ("do", None), or ("undo"/"redo", the step reversed)
        self.scope: str | None = None         # the visit the step belongs to
        self.step: undo_store.Step | None = None

    def touch(self, generations: _Generations, entity: str) -> None:
        self.entities.add(entity)
        generations.bump((entity,))

    def undo_mark(self, op: Operation, created: bool, visit_id: str | None) -> tuple[str, str] | None:
        """(visit, mark) when `op` belongs to this transaction's undo step, else None."""
        if self.scope is None:
            self.scope = visit_id
        if not self.undoable or self.scope is None or not (
                op.entity in UNDOABLE or set(op.data) <= UNDOABLE_FIELDS.get(op.entity, frozenset())):
            return None
        if self.step is None:
            kind, target = self.making
            self.step = undo_store.Step(op.hlc, kind, target, op.entity)
        self.step.ops.append((op.id, created))
        return self.scope, undo_store.mark(self.step.number, self.step.kind, self.step.target, created)
