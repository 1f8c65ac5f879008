"""The progress object long jobs take (Orange's TaskState, in plain Python)."""

from __future__ import annotations

from typing import Protocol


class Cancelled(Exception):
    """Raised by a long job that saw `progress.cancelled()`."""


class Progress(Protocol):
    def report(self, done: int, total: int, text: str = "") -> None: ...

    def cancelled(self) -> bool: ...


class NullProgress:
    def report(self, done: int, total: int, text: str = "") -> None:
        pass

    def cancelled(self) -> bool:
        return False

