"""Why the answer write path keeps raw sqlite3 while the rest of storage uses sqlite-utils.

Stores the same 3,000 answers (one row each, upserted by id, as the state
table of observations takes them) through raw `sqlite3` statements and
through sqlite-utils' `upsert`, each answer in its own transaction as a key
press is, with fsync off so that the disk does not hide the CPU cost. Prints
each time and the ratio of sqlite-utils to raw. Run: `python bench/storage_layer.py`.
"""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from inspector_app.storage.db import utils

N = 3_000
COLUMNS = "id TEXT PRIMARY KEY, visit_id TEXT, item_id TEXT, record_id TEXT, value TEXT, note TEXT, " \
          "deleted INTEGER NOT NULL DEFAULT 0, _clocks TEXT"


def _rows() -> list[dict]:
    return [{"id": f"obs-{n % 500}", "visit_id": "v1", "item_id": f"item-{n % 500}", "record_id": None,
             "value": '"dat"' if n % 3 else '"khong_dat"', "note": None, "_clocks": '{"value":[1,"d"]}'}
            for n in range(N)]


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute(f"CREATE TABLE observation ({COLUMNS})")
    return conn


def raw(path: Path, rows: list[dict]) -> float:
    conn = _connect(path)
    sql = ("INSERT INTO observation (id, visit_id, item_id, record_id, value, note, _clocks)"
           " VALUES (:id, :visit_id, :item_id, :record_id, :value, :note, :_clocks)"
           " ON CONFLICT(id) DO UPDATE SET value = excluded.value, _clocks = excluded._clocks")
    start = time.perf_counter()
    for row in rows:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(sql, row)
        conn.execute("COMMIT")
    return time.perf_counter() - start


def with_sqlite_utils(path: Path, rows: list[dict]) -> float:
    conn = _connect(path)
    table = utils(conn)["observation"]
    start = time.perf_counter()
    for row in rows:
        conn.execute("BEGIN IMMEDIATE")
        table.upsert(row, pk="id")
        conn.execute("COMMIT")
    return time.perf_counter() - start


def main() -> None:
    rows = _rows()
    raws, utils_times = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(5):
            raws.append(raw(Path(tmp) / f"raw{n}.db", rows))
            utils_times.append(with_sqlite_utils(Path(tmp) / f"utils{n}.db", rows))
    a, b = statistics.median(raws), statistics.median(utils_times)
    print(f"{N} answers, one transaction each, fsync off (median of 5):")
    print(f"  raw sqlite3:        {a * 1e6 / N:6.1f} µs per answer")
    print(f"  sqlite-utils upsert: {b * 1e6 / N:6.1f} µs per answer  ({b / a:.1f} × raw)")


if __name__ == "__main__":
    main()
