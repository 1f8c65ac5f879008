"""Running a long core job (export, import) off the GUI thread.

The job is a plain function taking a progress object; `Job` is that object:
it forwards `report()` as a Qt signal (delivered in the GUI thread) and
answers `cancelled()` from a flag the Cancel button sets. The window never
waits for the job and never calls processEvents().
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal


class Job(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, work, parent=None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self, timeout: float | None = None) -> None:
        self._thread.join(timeout)

    def is_running(self) -> bool:
        return self._thread.is_alive()

    # the progress protocol the core expects
    def report(self, done: int, total: int, text: str = "") -> None:
        self.progress.emit(done, total, text)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _run(self) -> None:
        try:
            result = self._work(self)
        except BaseException as exc:  # shown to the user by the page
            self.failed.emit(exc)
            return
        self.finished.emit(result)
