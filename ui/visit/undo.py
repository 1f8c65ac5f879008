"""Undo and redo of answers and notes (Ctrl+Z, Ctrl+Shift+Z) within a visit.

A change is stored first, through the core; only a change that was stored is
pushed, so the stack never holds something the workspace refused. Undoing
stores the previous value again: the op log keeps the whole history.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from inspector_app.errors import InspectorError


class StoredChange(QUndoCommand):
    """A change already stored; `apply(value)` stores a value and returns Changes."""

    def __init__(self, text: str, apply: Callable, old, new, on_changes: Callable,
                 on_error: Callable[[InspectorError], None]) -> None:
        super().__init__(text)
        self._apply, self._old, self._new = apply, old, new
        self._on_changes, self._on_error = on_changes, on_error
        self._stored = True   # the first redo() is the store that already happened

    def redo(self) -> None:
        if self._stored:
            self._stored = False
            return
        self._run(self._new)

    def undo(self) -> None:
        self._run(self._old)

    def _run(self, value) -> None:
        try:
            self._on_changes(self._apply(value))
        except InspectorError as err:
            self.setObsolete(True)
            self._on_error(err)
