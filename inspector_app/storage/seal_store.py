"""SQL of the authors' seals (docs/bundle-format.md, "Authors"): every
device's signed lists of its operations' digests, and the cut-off after
which a revoked device's seals are no longer accepted.

A seal is stored once per (device, number, hash): a device that signed two
different seals under one number (a copied workspace, a hostile laptop)
has both kept, so whoever holds them relays the proof each operation
needs. This device's own seals also record the last op-log `seq` they
cover, so the next seal starts after it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class SealRow:
    device_id: str
    number: int
    prev: str            # hex SHA-256 of the device's previous seal ("0" * 64 for the first)
    hash: str            # hex SHA-256 of this seal's statement
    count: int
    digests: bytes       # `count` SHA-256 digests of operations, 32 bytes each, in the device's order
    signature: bytes
    last_seq: int | None = None


def create(conn: sqlite3.Connection) -> None:
    """Migration 7: the seals and the revocation cut-offs."""
    conn.execute("""CREATE TABLE seals (
        device_id TEXT NOT NULL, number INTEGER NOT NULL, prev TEXT NOT NULL, hash TEXT NOT NULL,
        count INTEGER NOT NULL, digests BLOB NOT NULL, signature BLOB NOT NULL, last_seq INTEGER,
        PRIMARY KEY (device_id, number, hash))""")
    conn.execute("""CREATE TABLE seal_cutoffs (
        device_id TEXT PRIMARY KEY, number INTEGER NOT NULL, hash TEXT NOT NULL)""")


_COLUMNS = "device_id, number, prev, hash, count, digests, signature, last_seq"


def last(conn: sqlite3.Connection, device_id: str) -> SealRow | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM seals WHERE device_id = ? ORDER BY number DESC LIMIT 1",
                       (device_id,)).fetchone()
    return SealRow(*row) if row else None


def of_device(conn: sqlite3.Connection, device_id: str) -> Iterator[SealRow]:
    """Every seal held of a device, by number."""
    for row in conn.execute(f"SELECT {_COLUMNS} FROM seals WHERE device_id = ? ORDER BY number", (device_id,)):
        yield SealRow(*row)


def headers(conn: sqlite3.Connection, device_id: str) -> dict[int, list[tuple[str, str]]]:
    """number → [(prev, hash), …] of every seal held of a device (no digests)."""
    out: dict[int, list[tuple[str, str]]] = {}
    for number, prev, hash_ in conn.execute("SELECT number, prev, hash FROM seals WHERE device_id = ?",
                                            (device_id,)):
        out.setdefault(number, []).append((prev, hash_))
    return out


def save(conn: sqlite3.Connection, seal: SealRow) -> None:
    """Keep a verified seal (once)."""
    conn.execute(f"INSERT OR IGNORE INTO seals ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                 (seal.device_id, seal.number, seal.prev, seal.hash, seal.count, seal.digests, seal.signature,
                  seal.last_seq))


def cutoff(conn: sqlite3.Connection, device_id: str) -> tuple[int, str] | None:
    row = conn.execute("SELECT number, hash FROM seal_cutoffs WHERE device_id = ?", (device_id,)).fetchone()
    return (row[0], row[1]) if row else None


def set_cutoff(conn: sqlite3.Connection, device_id: str, number: int, hash_: str) -> None:
    conn.execute("INSERT INTO seal_cutoffs (device_id, number, hash) VALUES (?, ?, ?) "
                 "ON CONFLICT(device_id) DO UPDATE SET number = excluded.number, hash = excluded.hash",
                 (device_id, number, hash_))
