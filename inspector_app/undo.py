"""Undo and redo of a person's work within a visit, owned by the core.

Every write transaction of this device within one visit is a step
(`Writer._record_step`); its operations keep the values they replaced
(`prev`). Undoing a step writes those values back as new operations (a row
the step created is deleted instead), redoing writes the step's values again:
the op log keeps the whole history and other devices merge it as any change.
The stacks of a visit are rebuilt from the stored steps, so undo works after
a restart, from the window and from the command line alike.
"""

from __future__ import annotations

import threading

from .changes import Changes
from .errors import ValidationError
from .services.base import LABELS
from .storage import undo_store
from .writer import Writer


class UndoHistory:
    """The undo and redo stacks of each visit, as step numbers."""

    def __init__(self, writer: Writer) -> None:
        self._writer = writer
        self._stacks: dict[str, tuple[list[int], list[int]]] = {}
        self._entities: dict[int, str] = {}
        self._lock = threading.RLock()
        writer.step_listener = self._committed

    def _load(self, scope: str) -> tuple[list[int], list[int]]:
        with self._lock:
            if scope not in self._stacks:
                done: list[int] = []
                undone: list[int] = []
                for seq, kind, target, entity in undo_store.steps(self._writer.db.conn, scope):
                    self._entities[seq] = entity
                    _replay(done, undone, seq, kind, target)
                self._stacks[scope] = (done, undone)
            return self._stacks[scope]

    def _committed(self, scope: str, seq: int, kind: str, target: int | None, entity: str) -> None:
        with self._lock:
            self._entities[seq] = entity
            if scope in self._stacks:
                done, undone = self._stacks[scope]
                _replay(done, undone, seq, kind, target)

    # -- reading -----------------------------------------------------------------
    def can_undo(self, scope: str) -> bool:
        return bool(self._load(scope)[0])

    def can_redo(self, scope: str) -> bool:
        return bool(self._load(scope)[1])

    def undo_text(self, scope: str, lang: str = "vi") -> str | None:
        """What the next undo reverses ("kết quả tiêu chí"), or None when there is nothing."""
        done = self._load(scope)[0]
        return self._what(done[-1], lang) if done else None

    def redo_text(self, scope: str, lang: str = "vi") -> str | None:
        undone = self._load(scope)[1]
        return self._what(undone[-1], lang) if undone else None

    def _what(self, seq: int, lang: str) -> str:
        entity = self._entities.get(seq, "observation")
        return LABELS.get(entity, (entity, entity))[0 if lang == "vi" else 1]

    # -- acting ------------------------------------------------------------------
    def undo(self, scope: str) -> Changes:
        """Reverse the newest step of `scope` not yet undone."""
        with self._lock:
            done = self._load(scope)[0]
            if not done:
                raise ValidationError("nothing_to_undo")
            return self._reverse(done[-1], "undo")

    def redo(self, scope: str) -> Changes:
        """Make again the step undone last in `scope`."""
        with self._lock:
            undone = self._load(scope)[1]
            if not undone:
                raise ValidationError("nothing_to_redo")
            return self._reverse(undone[-1], "redo")

    def _reverse(self, seq: int, kind: str) -> Changes:
        pairs = undo_store.step_ops(self._writer.db.conn, seq)
        if not pairs:   # nothing left to reverse: drop the step rather than offer it forever
            for stack in self._stacks.values():
                for steps in stack:
                    if seq in steps:
                        steps.remove(seq)
            return Changes()
        mutations = []
        if kind == "undo":
            for op, created in reversed(pairs):
                fields = {"deleted": True} if created else dict(op.prev)
                mutations.append((op.entity, op.row_id, fields, list(fields)))
        else:
            for op, created in pairs:
                fields = dict(op.data) | ({"deleted": False} if created else {})
                mutations.append((op.entity, op.row_id, fields, list(fields)))
        with self._writer.step(kind, seq):
            return self._writer.write(mutations)


def _replay(done: list[int], undone: list[int], seq: int, kind: str, target: int | None) -> None:
    """Move the stacks by one stored step, as when it was made."""
    if kind == "do":
        done.append(seq)
        undone.clear()
    elif kind == "undo" and target in done:
        done.remove(target)
        undone.append(target)
    elif kind == "redo" and target in undone:
        undone.remove(target)
        done.append(target)
