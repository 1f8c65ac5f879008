"""Hybrid logical clock: wall-clock milliseconds with a logical counter.

A timestamp is one integer, `millis << 16 | counter`, so timestamps order
like numbers and survive a clock that stands still or steps back.
"""

from __future__ import annotations

import threading
import time

_COUNTER_BITS = 16
_COUNTER_MASK = (1 << _COUNTER_BITS) - 1
# Every valid stamp is below LIMIT (wall clocks up to about the year 4200):
# a stamp plus one always fits SQLite's signed 64-bit INTEGER, so no stamp,
# however it came, can make the next local write overflow. Operations with a
# stamp at or above it are malformed (oplog.validate).
LIMIT = 1 << 62
# How far ahead of this machine's wall clock an imported operation may be.
MAX_AHEAD_MS = 24 * 3600 * 1000


def pack(millis: int, counter: int = 0) -> int:
    return (millis << _COUNTER_BITS) | counter


def millis(stamp: int) -> int:
    return stamp >> _COUNTER_BITS


def valid(stamp: object) -> bool:
    """Whether `stamp` is a timestamp at all (a positive int below LIMIT)."""
    return type(stamp) is int and 0 < stamp < LIMIT


def wall_millis() -> int:
    return time.time_ns() // 1_000_000


class Clock:
    """Issues strictly increasing timestamps, and absorbs remote ones.

    Safe from any thread: a worker importing a bundle and the window storing
    an answer never get the same stamp, and neither goes backwards."""

    def __init__(self, last: int = 0, wall=None) -> None:
        # A stamp beyond LIMIT (held before stamps were bounded) is ignored:
        # local writes then order before it, but never fail.
        self._last = last if valid(last) else 0
        self._wall = wall or wall_millis
        self._lock = threading.Lock()

    @property
    def last(self) -> int:
        return self._last

    def wall(self) -> int:
        """This machine's wall clock, in milliseconds."""
        return self._wall()

    def now(self) -> int:
        physical = pack(self._wall())
        with self._lock:
            self._last = physical if physical > self._last else self._last + 1
            return self._last

    def observe(self, remote: int) -> None:
        """Move past a timestamp seen on another device (one that is not a
        valid stamp is ignored: importers refuse or hold those first)."""
        if not valid(remote):
            return
        with self._lock:
            if remote > self._last:
                self._last = remote
