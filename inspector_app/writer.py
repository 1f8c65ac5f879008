"""The one write path: validate, append operations, apply, return `Changes`."""

from __future__ import annotations

import contextlib
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator

from .changes import Changes
from .hlc import Clock
from .ids import uuid7
from .oplog import Operation, normalize, validate
from .storage import state
from .storage.db import Database, raise_translated, transaction

Mutation = tuple[str, str, dict]


class Writer:
    """Turns field changes into operations, all in one transaction."""

    def __init__(self, db: Database, device_id: str, clock: Clock,
                 path: str = "") -> None:
        self.db = db
        self.path = path
        self.device_id = device_id
        self.clock = clock
        self.person_id: str | None = None
        self._batch_conn: sqlite3.Connection | None = None
        # Bumped whenever an entity's rows change here, so services can
        # memoise reads (checklist items on every answer) safely.
        self.generations: Counter[str] = Counter()

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Group many mutations into one transaction (demo data, imports).

        Everything inside is stored together or not at all."""
        if self._batch_conn is not None:
            yield
            return
        try:
            with transaction(self.db) as conn:
                self._batch_conn = conn
                try:
                    yield
                finally:
                    self._batch_conn = None
        except sqlite3.Error as exc:
            raise_translated(exc, self.path)

    def write(self, mutations: Iterable[Mutation]) -> Changes:
        """Store every mutation or none. Unchanged fields produce no operation,
        unless a mutation names them in a fourth element (fields to restate:
        their stamp moves to now, so an older concurrent change loses)."""
        if self._batch_conn is not None:
            return self._write(self._batch_conn, mutations)
        try:
            with transaction(self.db) as conn:
                return self._write(conn, mutations)
        except sqlite3.Error as exc:
            raise_translated(exc, self.path)

    def _write(self, conn: sqlite3.Connection, mutations: Iterable[Mutation]) -> Changes:
        touched = []
        for entity, row_id, fields, *restate in mutations:
            current = state.get_row(conn, entity, row_id, clocks=True)
            op = self._operation(current, entity, row_id, normalize(fields), set(restate[0]) if restate else set())
            if op is None:
                continue
            state.apply(conn, op, current["_clocks"] if current else None)
            self.generations[entity] += 1
            touched.append((entity, row_id))
        return Changes.of(touched)

    def _operation(self, current: dict | None, entity: str, row_id: str, fields: dict,
                   restate: set) -> Operation | None:
        if current is None:
            changed = dict(fields)
        else:
            changed = {k: v for k, v in fields.items() if k in restate or current.get(k, None) != v}
        if not changed:
            return None
        prev = {k: (current or {}).get(k) for k in changed}
        op = Operation(uuid7(), self.clock.now(), self.device_id, self.person_id,
                       entity, row_id, changed, prev)
        validate(op)
        return op

    def set_meta(self, key: str, value: str | None) -> None:
        """A local, unsynced setting (current person), inside a batch if one is open."""
        if self._batch_conn is not None:
            state.set_meta(self._batch_conn, key, value)
            return
        with transaction(self.db) as conn:
            state.set_meta(conn, key, value)

    def apply_remote(self, ops: Iterable[Operation]) -> Changes:
        """Apply operations made elsewhere (sync, tests); already-held ones are skipped.

        Each is validated before it is applied; all are stored or none. Inside
        `batch()` they join the batch's transaction (a bundle import), and
        `ops` may be a stream: nothing needs to be held in memory."""
        if self._batch_conn is not None:
            applied = self._apply_remote(self._batch_conn, ops)
        else:
            try:
                with transaction(self.db) as conn:
                    applied = self._apply_remote(conn, ops)
            except sqlite3.Error as exc:
                raise_translated(exc, self.path)
        for entity, _row_id in applied:
            self.generations[entity] += 1
        return Changes.of(applied)

    def _apply_remote(self, conn: sqlite3.Connection, ops: Iterable[Operation]) -> list[tuple[str, str]]:
        newest = 0

        def checked():
            nonlocal newest
            for op in ops:
                validate(op)
                newest = max(newest, op.hlc)
                yield op

        applied = [(op.entity, op.row_id) for op in state.apply_all(conn, checked())]
        # Move past every timestamp seen, so later local writes order after them.
        self.clock.observe(newest)
        return applied

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

        def run(conn):
            nonlocal touched
            for before in distinct or [value]:
                op = Operation(uuid7(), self.clock.now(), self.device_id, self.person_id, entity, row_id,
                               {field: value}, {field: before})
                validate(op)
                touched = state.apply(conn, op) or touched

        if self._batch_conn is not None:
            run(self._batch_conn)
        else:
            try:
                with transaction(self.db) as conn:
                    run(conn)
            except sqlite3.Error as exc:
                raise_translated(exc, self.path)
        self.generations[entity] += 1
        return Changes.of([(entity, row_id)] if touched else [])
