"""Rendering in a worker thread: the core's progress protocol adapted to Qt signals.

The database is read in the GUI thread (`ws.minutes.prepare`); only the pure
rendering (photos, ReportLab) runs in the pool, so no SQLite connection is
shared between threads.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, Signal

from inspector_app.errors import InspectorError
from inspector_app.minutes.render import render_pdf
from inspector_app.progress import Cancelled


class RenderSignals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)       # inspector_app.minutes.render.Rendered
    failed = Signal(str)            # a message for the user; "" when cancelled


class QtProgress:
    """`report(done, total, text)` / `cancelled()` for the core, as signals."""

    def __init__(self, signals: RenderSignals) -> None:
        self.signals = signals
        self.cancel_requested = False

    def report(self, done: int, total: int, text: str = "") -> None:
        self.signals.progress.emit(done, total, text)

    def cancelled(self) -> bool:
        return self.cancel_requested


class RenderJob(QRunnable):
    def __init__(self, prepared, lang: str) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.prepared = prepared
        self.lang = lang
        self.signals = RenderSignals()
        self.progress = QtProgress(self.signals)

    def run(self) -> None:
        p = self.prepared
        try:
            result = render_pdf(p.content, p.template, p.photo_files, p.cache_dir, self.progress)
        except Cancelled:
            self.signals.failed.emit("")
        except InspectorError as err:
            self.signals.failed.emit(err.message(self.lang))
        except Exception as exc:  # shown to the user, never a crash of the window
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.signals.finished.emit(result)
