"""Migration 3: what signed, frozen minutes need.

New replicated fields of `minutes` (see `entities.ENTITIES["minutes"]`): the
frozen canonical content and the size of the signed PDF, who signed, the
unit's opinion, a refusal to sign with its reason and witness, scans of the
signed paper, and the reason and time an amendment was opened.
"""

from __future__ import annotations

import sqlite3

COLUMNS = (
    ("content", "TEXT"), ("pdf_size", "INTEGER"), ("signed_by", "TEXT"), ("unit_opinion", "TEXT"),
    ("refused_to_sign", "INTEGER"), ("refusal_reason", "TEXT"), ("witness_name", "TEXT"),
    ("witness_position", "TEXT"), ("scan_media_ids", "TEXT"), ("amendment_reason", "TEXT"),
    ("opened_at", "TEXT"),
)


def migrate(conn: sqlite3.Connection) -> None:
    held = {row[1] for row in conn.execute("PRAGMA table_info(minutes)")}
    for name, kind in COLUMNS:
        if name not in held:
            conn.execute(f"ALTER TABLE minutes ADD COLUMN {name} {kind}")
