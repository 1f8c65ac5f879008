"""Migration 10: the PAR index (QĐ 876/QĐ-BNV) as data — reserved; filled by the PAR work."""

from __future__ import annotations

import sqlite3


def migrate(conn: sqlite3.Connection) -> None:
    """Nothing yet: the PAR index's tables are added here."""
