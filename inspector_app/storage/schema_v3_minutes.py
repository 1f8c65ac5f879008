"""Migration 3: what signed, frozen minutes need (filled by the minutes feature)."""

from __future__ import annotations

import sqlite3


def migrate(conn: sqlite3.Connection) -> None:
    pass
