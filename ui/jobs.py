"""Long jobs in worker threads: the core's `progress` protocol as Qt signals.

The one job runner of the UI (thumbnails, imports of photos and recordings,
rendering the minutes, sync export and import): `JobRunner.start(fn, on_done)`
runs `fn(progress)` on a QThreadPool; results, partial results
(`progress.deliver(value)` → `on_item`) and progress come back to the UI
thread through queued signals. `JobBar` shows the running job with a
progress bar and a Cancel button. No `processEvents()` anywhere: the UI
thread never waits. `OpRunner.start_job` (ui/ops.py) adds the refusal message
and the broadcast of a job's Changes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from inspector_app.progress import Cancelled

_QUEUED = Qt.ConnectionType.QueuedConnection


class _Signals(QObject):
    progress = Signal(int, int, str)
    item = Signal(object)
    done = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class Job(QRunnable):
    """One call of `fn(self)` in a pool thread; `self` is the progress object it reports to."""

    def __init__(self, fn: Callable, label: str = "") -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.label = label
        self.signals = _Signals()
        self._cancel = threading.Event()

    # -- the core's Progress protocol (called from the worker thread) ----------------
    def report(self, done: int, total: int, text: str = "") -> None:
        self.signals.progress.emit(done, total, text)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def deliver(self, value) -> None:
        """Hand a partial result to the UI thread (`on_item`) while the job goes on."""
        self.signals.item.emit(value)

    # -- from the UI thread ----------------------------------------------------------
    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            result = self.fn(self)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as exc:  # handed to the UI thread, which shows it
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class JobRunner(QObject):
    """Starts jobs on its own thread pool and tracks the running ones."""

    busy_changed = Signal(bool)
    progress = Signal(int, int, str)
    """(done, total, label: text) of the latest job that reported."""

    def __init__(self, max_threads: int = 2, parent=None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._jobs: list[Job] = []

    def start(self, fn: Callable, on_done: Callable, on_failed: Callable | None = None,
              on_cancelled: Callable | None = None, label: str = "", on_item: Callable | None = None,
              on_progress: Callable | None = None) -> Job:
        """Run `fn(progress)`; `on_progress(done, total, text)`, `on_item(value)`, `on_done(result)`,
        `on_failed(exc)` and `on_cancelled()` are called in the UI thread."""
        job = Job(fn, label)
        job.signals.progress.connect(lambda d, t, text: self._progress(job, d, t, text), _QUEUED)
        if on_progress is not None:
            job.signals.progress.connect(lambda d, t, text: job in self._jobs and on_progress(d, t, text), _QUEUED)
        if on_item is not None:
            job.signals.item.connect(lambda value: job in self._jobs and on_item(value), _QUEUED)
        job.signals.done.connect(lambda result: self._finish(job, on_done, result), _QUEUED)
        job.signals.failed.connect(lambda exc: self._finish(job, on_failed, exc), _QUEUED)
        job.signals.cancelled.connect(lambda: self._finish(job, on_cancelled), _QUEUED)
        self._jobs.append(job)
        if len(self._jobs) == 1:
            self.busy_changed.emit(True)
        self.pool.start(job)
        return job

    def is_busy(self) -> bool:
        return bool(self._jobs)

    def labels(self) -> list[str]:
        """What the running jobs do (their labels), for a question before closing."""
        return [job.label for job in self._jobs]

    def cancel_all(self) -> None:
        for job in self._jobs:
            job.cancel()

    def shutdown(self) -> None:
        """Cancel everything and wait for the threads (closing the panel)."""
        self.cancel_all()
        self.pool.waitForDone()
        self._jobs.clear()  # results still queued for the UI thread are dropped

    def _progress(self, job: Job, done: int, total: int, text: str) -> None:
        if job in self._jobs:
            label = f"{job.label}: {text}" if job.label and text else (job.label or text)
            self.progress.emit(done, total, label)

    def _finish(self, job: Job, callback: Callable | None, *args) -> None:
        if job not in self._jobs:
            return
        self._jobs.remove(job)
        try:
            if callback is not None:
                callback(*args)
        finally:
            if not self._jobs:
                self.busy_changed.emit(False)


class JobBar(QWidget):
    """A progress bar, what is being done, and Cancel; visible while jobs run."""

    def __init__(self, runner: JobRunner, parent=None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setTextVisible(True)
        self.bar.setFormat("%v / %m")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(runner.cancel_all)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        runner.busy_changed.connect(self._busy)
        runner.progress.connect(self._progress)
        self.hide()

    def _busy(self, busy: bool) -> None:
        if busy:
            self.bar.setRange(0, 0)
            self.label.setText(self.tr("Working…"))
        self.setVisible(busy)

    def _progress(self, done: int, total: int, text: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.label.setText(text or self.tr("Working…"))


class Offset:
    """A progress object for one chunk of a larger job."""

    def __init__(self, progress, start: int, total: int) -> None:
        self.progress, self.start, self.total = progress, start, total

    def report(self, done: int, total: int, text: str = "") -> None:
        self.progress.report(self.start + done, self.total, text)

    def cancelled(self) -> bool:
        return self.progress.cancelled()
