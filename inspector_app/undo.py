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
    """The undo and redo stacks of each visit, as step numbers, and the steps they name."""

    def __init__(self, writer: Writer) -> None:
        self._writer = writer
        self._stacks: dict[str, tuple[list[int], list[int]]] = {}
        self._steps: dict[int, undo_store.Step] = {}
        self._lock = threading.RLock()
        writer.step_listener = self._committed

    def _load(self, scope: str) -> tuple[list[int], list[int]]:
        with self._lock:
            if scope not in self._stacks:
                done: list[int] = []
                undone: list[int] = []
                for step in undo_store.steps(self._writer.db.conn, scope):
                    self._steps[step.number] = step
                    _replay(done, undone, step)
                self._stacks[scope] = (done, undone)
            return self._stacks[scope]

    def _committed(self, scope: str, step: undo_store.Step) -> None:
        with self._lock:
            self._steps[step.number] = step
            if scope in self._stacks:
                _replay(*self._stacks[scope], step)

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

    def _what(self, number: int, lang: str) -> str:
        entity = self._steps[number].entity
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

    def _reverse(self, number: int, kind: str) -> Changes:
        step = self._steps[number]
        held = undo_store.operations(self._writer.db.conn, [op_id for op_id, _created in step.ops])
        pairs = [(held[op_id], created) for op_id, created in step.ops if op_id in held]
        if not pairs:   # nothing left to reverse: drop the step rather than offer it forever
            for stacks in self._stacks.values():
                for numbers in stacks:
                    if number in numbers:
                        numbers.remove(number)
            return Changes()
        mutations: list[tuple[str, str, dict, list[str]]] = []
        if kind == "undo":
            for op, created in reversed(pairs):
                fields = {"deleted": True} if created else dict(op.prev)
                mutations.append((op.entity, op.row_id, fields, list(fields)))
        else:
            for op, created in pairs:
                fields = dict(op.data) | ({"deleted": False} if created else {})
                mutations.append((op.entity, op.row_id, fields, list(fields)))
        with self._writer.step(kind, number):
            return self._writer.write(mutations)


def _replay(done: list[int], undone: list[int], step: undo_store.Step) -> None:
    """Move the stacks by one step, as when it was made."""
    if step.kind == "do":
        done.append(step.number)
        undone.clear()
    elif step.kind == "undo" and step.target in done:
        done.remove(step.target)
        undone.append(step.target)
    elif step.kind == "redo" and step.target in undone:
        undone.remove(step.target)
        done.append(step.target)
