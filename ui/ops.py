"""One op runner and one change bus for the whole UI (Anki's `CollectionOp`).

Every core call a screen makes goes through an `OpRunner`:

    ops.run(lambda: ws.answers.answer(visit_id, item_id, "dat"), initiator=self)

runs the call on the UI thread (quick writes), shows a refusal
(`InspectorError`) in one window-modal, non-blocking message box in the
interface language, and broadcasts the `Changes` the call returned on the
`ChangeBus` as `operation_did_execute(changes, initiator)`. Long jobs go
through `ops.start_job(work, ...)`: `work(progress)` runs on a worker
thread, reports progress and honours cancel (`ui/jobs.py`), and a job that
returns `Changes` broadcasts them when it is done.

Every page, panel and model subscribes to the bus and refreshes only what
the Changes touch (`changes.touches(...)`, `changes.ids(...)`); the
initiator lets a panel skip what it already did. Undo belongs to the core
(`ws.undo(visit_id)` returns Changes), so undo is just another op.

One runner and one bus are made by the main window and passed to every
page through its constructor; a widget built on its own (a test, a
dialog) that is given none makes its own.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from inspector_app.changes import Changes
from inspector_app.errors import InspectorError
from inspector_app.progress import Cancelled

from .jobs import Job, JobRunner
from .messages import show_message


class ChangeBus(QObject):
    """Where every stored change is announced, once, with who made it."""

    operation_did_execute = Signal(object, object)
    """(Changes, initiator): the initiator is the widget that asked, or None (sync, a job, elsewhere)."""

    def subscribe(self, receiver: QObject, slot: Callable) -> None:
        """Call `slot(changes, initiator)` on every broadcast while `receiver` lives.

        Through a plain function, disconnected when the receiver is destroyed:
        a bound method connected straight to the signal crashed PySide 6.11
        when a message box of the receiver was deleted afterwards."""
        def deliver(changes: Changes, initiator: object) -> None:
            slot(changes, initiator)

        def forget(*_args) -> None:
            try:
                self.operation_did_execute.disconnect(deliver)
            except (RuntimeError, TypeError):   # the bus went first
                pass

        self.operation_did_execute.connect(deliver)
        receiver.destroyed.connect(forget)

    def broadcast(self, changes: Changes | None, initiator: object = None) -> None:
        """Announce `changes` unless they are empty."""
        if changes:
            self.operation_did_execute.emit(changes, initiator)


def changes_in(result) -> Changes | None:
    """The Changes a core call returned: the result itself, or the Changes inside a tuple
    such as `(new_id, changes)`."""
    if isinstance(result, Changes):
        return result
    if isinstance(result, tuple):
        return next((part for part in reversed(result) if isinstance(part, Changes)), None)
    return None


class OpRunner(QObject):
    """Runs core calls for the UI: refusals shown, Changes broadcast.

    `parent_widget` (a callable) gives the window messages are shown over
    when a call names no parent. `last_message` keeps the last box shown
    (tests read its text). `refused(err, box)` follows every refusal shown in a
    box, so a screen can add a way out to it (the visit: "start an amendment").
    """

    refused = Signal(object, object)
    """(InspectorError, the QMessageBox saying it)."""

    def __init__(self, lang: str = "vi", bus: ChangeBus | None = None,
                 parent_widget: Callable[[], QWidget | None] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.bus = bus if bus is not None else ChangeBus(self)
        self._parent_widget = parent_widget or (lambda: None)
        self.jobs = JobRunner(parent=self)
        self.last_message: QMessageBox | None = None

    # -- quick writes, on the UI thread -------------------------------------------------
    def run(self, action: Callable, *, initiator: object = None, parent: QWidget | None = None,
            on_done: Callable | None = None, on_refused: Callable[[str], None] | None = None):
        """`action()`'s result, after broadcasting the Changes in it; None after
        showing why the core refused (over `parent`, else the initiator).

        `on_refused(text)` replaces the message box for a page that says
        everything in its own message line (the Minutes screen)."""
        try:
            result = action()
        except InspectorError as err:
            if on_refused is not None:
                on_refused(err.message(self.lang))
            else:
                box = self.refuse(err, parent if parent is not None else initiator)
                self.refused.emit(err, box)
            return None
        self.bus.broadcast(changes_in(result), initiator)
        if on_done is not None:
            on_done(result)
        return result

    def refuse(self, err: InspectorError, parent: object = None) -> QMessageBox:
        """Show the core's message for `err`, in the interface language."""
        return self.show_error(err.message(self.lang), parent)

    def show_error(self, text: str, parent: object = None) -> QMessageBox:
        """The one way a refusal or a failure is shown: a window-modal box titled "Not done"."""
        widget = parent if isinstance(parent, QWidget) else self._parent_widget()
        self.last_message = show_message(widget, text, QCoreApplication.translate("Ops", "Not done"))
        return self.last_message

    # -- long jobs, on a worker thread ----------------------------------------------------
    def start_job(self, work: Callable, *, title: str = "", on_done: Callable | None = None,
                  on_failed: Callable | None = None, on_cancelled: Callable | None = None,
                  on_partial: Callable | None = None, on_progress: Callable | None = None,
                  initiator: object = None, parent: QWidget | None = None) -> Job:
        """Run `work(progress)` on a worker; progress and cancel through `self.jobs`.

        In the UI thread, later: `on_progress(done, total, text)` for each
        `progress.report(...)`, `on_partial(value)` for each `progress.deliver(value)`;
        then `on_done(result)` after the Changes in the result are broadcast; or
        `on_failed(err)` — when None, the error is shown as a refusal is; or
        `on_cancelled()`."""
        def done(result) -> None:
            self.bus.broadcast(changes_in(result), initiator)
            if on_done is not None:
                on_done(result)

        def failed(err: BaseException) -> None:
            if on_failed is not None:
                on_failed(err)
            else:
                self.show_error(error_text(err, self.lang), parent if parent is not None else initiator)

        return self.jobs.start(work, done, on_failed=failed, on_cancelled=on_cancelled, label=title,
                               on_item=on_partial, on_progress=on_progress)


def error_text(err: BaseException, lang: str) -> str:
    """The words for a job's failure: the core's own message, or a plain one for a crash."""
    if isinstance(err, InspectorError):
        return err.message(lang)
    if isinstance(err, Cancelled):
        return QCoreApplication.translate("Ops", "Cancelled. Nothing was changed.")
    return QCoreApplication.translate("Ops", "Unexpected error: %1").replace("%1", f"{type(err).__name__}: {err}")
