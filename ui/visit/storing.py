"""Storing a change from a visit screen: through the core, or a message saying why not.

Every panel of the visit stores the same way, so the message, its title and
the undo step are made here once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from inspector_app.changes import Changes
from inspector_app.errors import InspectorError

from .undo import StoredChange


def refused(widget: QWidget, lang: str, err: InspectorError) -> None:
    """Tell the user, in words, why the core did not store a change."""
    QMessageBox.warning(widget, QCoreApplication.translate("VisitStoring", "Not stored"), err.message(lang))


def attempt(widget: QWidget, lang: str, action: Callable[[], Changes]) -> Changes | None:
    """`action()`'s Changes, or None after saying why the core refused."""
    try:
        return action()
    except InspectorError as err:
        refused(widget, lang, err)
        return None


def store_undoable(widget: QWidget, lang: str, undo_stack, text: str, apply: Callable, old, new,
                   on_changes: Callable[[Changes], None]) -> bool:
    """Store `new` with `apply(value)`; on success push an undo step back to `old`."""
    if old == new:
        return True
    changes = attempt(widget, lang, lambda: apply(new))
    if changes is None:
        return False
    undo_stack.push(StoredChange(text, apply, old, new, on_changes, lambda err: refused(widget, lang, err)))
    on_changes(changes)
    return True
