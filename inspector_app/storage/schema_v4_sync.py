"""Migration 4: local tables of bundle sync (filled by the sync feature)."""

from __future__ import annotations

import sqlite3


def migrate(conn: sqlite3.Connection) -> None:
    pass
