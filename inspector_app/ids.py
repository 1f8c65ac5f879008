"""Identifiers: UUIDv7 for new rows and operations, UUIDv5 for natural keys."""

from __future__ import annotations

import os
import threading
import time

# `uuid` (and the hashlib it needs for v5) is imported on first use: it costs
# a few milliseconds of start-up that opening the main window does not need.
_NAMESPACE = "6f1d2f56-8c1e-4c57-9a57-2d3c1f0b7a10"
_lock = threading.Lock()
_last_ms = 0
_seq = 0


def uuid7() -> str:
    """A time-ordered UUID (RFC 9562 version 7), monotonic within a process."""
    global _last_ms, _seq
    with _lock:
        ms = time.time_ns() // 1_000_000
        if ms <= _last_ms:
            ms = _last_ms
            _seq += 1
            if _seq >= 1 << 12:
                ms += 1
                _seq = 0
        else:
            _seq = int.from_bytes(os.urandom(2), "big") & 0x3FF
        _last_ms = ms
        rand = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
        value = (ms & ((1 << 48) - 1)) << 80
        value |= 0x7 << 76
        value |= _seq << 64
        value |= 0b10 << 62
        value |= rand
    text = f"{value:032x}"
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def natural_id(*parts: str) -> str:
    """A deterministic id for a natural key, identical on every device.

    Two laptops answering the same item of the same visit write the same row,
    so the per-field last-writer-wins rule merges them instead of duplicating.
    """
    import uuid

    return str(uuid.uuid5(uuid.UUID(_NAMESPACE), "\x1f".join(parts)))
