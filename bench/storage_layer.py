"""Why the answer write path keeps raw sqlite3 while the rest of storage uses sqlite-utils.

Stores the same 3,000 answers (one row each, upserted by id, as the state
table of observations takes them) through raw `sqlite3` statements and
through sqlite-utils' `upsert`, each answer in its own transaction as a key
press is, with fsync off so that the disk does not hide the CPU cost; then
200,000 new rows in one transaction, as an import's bulk path writes them,
with `executemany` and with sqlite-utils' `insert_all`. Prints each time and
the ratio of sqlite-utils to raw. Run: `python bench/storage_layer.py`.
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


BULK = 200_000


def bulk(path: Path, use_utils: bool) -> float:
    """A bundle's new rows written at once (storage/bulk_merge.py): executemany or sqlite-utils' insert_all."""
    conn = _connect(path)
    rows = [{"id": f"obs-{n}", "visit_id": f"v{n % 500}", "item_id": f"item-{n % 150}", "record_id": None,
             "value": '"dat"', "note": None, "_clocks": '{"value":[1,"d"]}'} for n in range(BULK)]
    start = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    if use_utils:
        utils(conn)["observation"].insert_all(rows, batch_size=1000)
    else:
        conn.executemany("INSERT INTO observation (id, visit_id, item_id, record_id, value, note, _clocks)"
                         " VALUES (:id, :visit_id, :item_id, :record_id, :value, :note, :_clocks)", rows)
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
    with tempfile.TemporaryDirectory() as tmp:
        many = statistics.median(bulk(Path(tmp) / f"m{n}.db", False) for n in range(3))
        insert_all = statistics.median(bulk(Path(tmp) / f"u{n}.db", True) for n in range(3))
    print(f"{BULK} new rows in one transaction (an import's bulk path), median of 3:")
    print(f"  executemany:             {many:.2f} s")
    print(f"  sqlite-utils insert_all: {insert_all:.2f} s  ({insert_all / many:.1f} × executemany)")


if __name__ == "__main__":
    main()
