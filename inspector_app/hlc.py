"""Hybrid logical clock: wall-clock milliseconds with a logical counter.

A timestamp is one integer, `millis << 16 | counter`, so timestamps order
like numbers and survive a clock that stands still or steps back.
"""

from __future__ import annotations

import threading
import time

_COUNTER_BITS = 16
_COUNTER_MASK = (1 << _COUNTER_BITS) - 1


def pack(millis: int, counter: int = 0) -> int:
    return (millis << _COUNTER_BITS) | counter


def millis(stamp: int) -> int:
    return stamp >> _COUNTER_BITS


class Clock:
    """Issues strictly increasing timestamps, and absorbs remote ones.

    Safe from any thread: a worker importing a bundle and the window storing
    an answer never get the same stamp, and neither goes backwards."""

    def __init__(self, last: int = 0, wall=None) -> None:
        self._last = last
        self._wall = wall or (lambda: time.time_ns() // 1_000_000)
        self._lock = threading.Lock()

    @property
    def last(self) -> int:
        return self._last

    def now(self) -> int:
        physical = pack(self._wall())
        with self._lock:
            self._last = physical if physical > self._last else self._last + 1
            return self._last

    def observe(self, remote: int) -> None:
        """Move past a timestamp seen on another device."""
        with self._lock:
            if remote > self._last:
                self._last = remote
