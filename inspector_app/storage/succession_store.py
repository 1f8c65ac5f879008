"""SQL of key successions (docs/security.md, "Introducing or rotating an HQ
key"): the statements by which a device's old signing key named its new
keys. HQ keeps its own; a laptop keeps those of its pinned HQ it verified.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class SuccessionRow:
    device_id: str
    counter: int                 # 1 for a device's first rotation, then 2, …
    old_sign_public: str
    new_sign_public: str
    new_encrypt_public: str
    made_at: str                 # ISO time of the rotation, as the statement says
    signature: bytes             # Ed25519 by the old signing key over the statement


def create(conn: sqlite3.Connection) -> None:
    """Migration 8: the key successions."""
    from .db import utils

    utils(conn).table("key_succession").create(
        {"device_id": str, "counter": int, "old_sign_public": str, "new_sign_public": str,
         "new_encrypt_public": str, "made_at": str, "signature": bytes},
        pk=("device_id", "counter"), not_null={"device_id", "counter", "old_sign_public", "new_sign_public",
                                               "new_encrypt_public", "made_at", "signature"})


_COLUMNS = "device_id, counter, old_sign_public, new_sign_public, new_encrypt_public, made_at, signature"


def of_device(conn: sqlite3.Connection, device_id: str) -> list[SuccessionRow]:
    """A device's successions held here, oldest first."""
    return [SuccessionRow(*row) for row in conn.execute(
        f"SELECT {_COLUMNS} FROM key_succession WHERE device_id = ? ORDER BY counter", (device_id,))]


def replacing(conn: sqlite3.Connection, device_id: str, sign_public: str) -> SuccessionRow | None:
    """The succession held that replaced `sign_public` as the device's key."""
    row = conn.execute(f"SELECT {_COLUMNS} FROM key_succession WHERE device_id = ? AND old_sign_public = ?"
                       " ORDER BY counter LIMIT 1", (device_id, sign_public)).fetchone()
    return SuccessionRow(*row) if row else None


def save(conn: sqlite3.Connection, row: SuccessionRow) -> None:
    """Keep a succession; one already held with that counter stays."""
    conn.execute(f"INSERT OR IGNORE INTO key_succession ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                 (row.device_id, row.counter, row.old_sign_public, row.new_sign_public, row.new_encrypt_public,
                  row.made_at, row.signature))


def set_keys(conn: sqlite3.Connection, device_id: str, sign_public: str, encrypt_public: str) -> None:
    """A device's keys change by a succession: its trust, role and HQ stamp
    stay; the replaced signing key is kept as `previous_sign_public`."""
    conn.execute("UPDATE device SET previous_sign_public = sign_public, sign_public = ?, encrypt_public = ?"
                 " WHERE id = ? AND sign_public IS NOT ?", (sign_public, encrypt_public, device_id, sign_public))


def set_seal_signature(conn: sqlite3.Connection, device_id: str, number: int, hash_: str,
                       signature: bytes) -> None:
    """HQ signs its own seals again with its new key (their statements, and
    so their hashes and chain, are unchanged)."""
    conn.execute("UPDATE seals SET signature = ? WHERE device_id = ? AND number = ? AND hash = ?",
                 (signature, device_id, number, hash_))
