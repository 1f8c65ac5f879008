"""How much of HQ's folder import is SQLite storing what it stores: the floor
any faster import of today's schema stays above.

Imports the folder of `bench/sync_hq_import.py` (made there first; default:
100 bundles, 1,000,000 operations) into a copy of its HQ workspace, in this
process, and times it. Then reads back every row the import wrote (the
log, the rows, the search index, the register's folded texts) and writes
the same rows into a second copy with the same statements the bulk path
uses (`storage.db.insert_many`; `executemany` for the full-text index;
parameters made beforehand), the same page cache,
the same durability (WAL, synchronous=FULL) and about as many commits. The
second time is SQLite's work alone: B-tree inserts of the tables and their
indexes, full-text indexing, the log written, fsynced and checkpointed.
Prints both, their ratio and each table's share.

    python bench/sync_sqlite_floor.py [--bundles 100 --ops 1000000]

Print the load average beside the figures: the machine is shared.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# Tables in the order the bulk path writes them (bulk_merge.write, search_index.add_prepared);
# the search table's own rowid is kept, as the import sets it.
TABLES = ("ops", "visit", "finding", "request", "search_doc", "search_fts", "request_search")


def columns(conn, table: str) -> list[str]:
    if table == "search_fts":
        return ["rowid", "body"]
    names = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
    return [name for name in names if name != "seq"]     # the log's sequence is assigned on insert


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bundles", type=int, default=100)
    parser.add_argument("--ops", type=int, default=1_000_000)
    parser.add_argument("--data", type=Path)
    args = parser.parse_args()
    data = args.data or Path(tempfile.gettempdir()) / "inspector-bench" / f"hq-import-v2-{args.bundles}x{args.ops}"
    if not data.exists():
        sys.exit(f"make the bundles first: python bench/sync_hq_import.py --bundles {args.bundles} --ops {args.ops}")

    from inspector_app.storage import db as storage_db
    from inspector_app.sync import folder
    from inspector_app.workspace import Workspace

    with tempfile.TemporaryDirectory(dir=ROOT / "bench") as tmp:
        first, second, usb = Path(tmp) / "first", Path(tmp) / "second", Path(tmp) / "usb"
        shutil.copytree(data / "hq", first)
        shutil.copytree(data / "hq", second)
        shutil.copytree(data / "usb", usb, copy_function=os.link)
        print(f"load average before: {os.getloadavg()[0]:.2f}", flush=True)
        with Workspace.open(first) as ws:
            start = time.perf_counter()
            reports = ws.sync.import_paths([usb])
            imported = time.perf_counter() - start
            assert all(r.status == "accepted" for r in reports)
            conn = ws.db.conn
            rows = {table: (columns(conn, table),
                            conn.execute(f"SELECT {', '.join(columns(conn, table))} FROM {table}"
                                         f" ORDER BY {'seq' if table == 'ops' else 'rowid'}").fetchall())
                    for table in TABLES}
            commits = max(1, round(imported / folder.GROUP_SECONDS))
        spent = dict.fromkeys(TABLES, 0.0)
        spent["commit"] = 0.0
        with Workspace.open(second) as ws:
            conn = ws.db.conn
            base = {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}
            with storage_db.large_cache(conn, folder.CACHE_MIB), storage_db.without_foreign_keys(conn):
                start = time.perf_counter()
                for part in range(commits):
                    conn.execute("BEGIN IMMEDIATE")
                    for table, (names, values) in rows.items():
                        values = values[base[table]:]            # what the import added
                        piece = values[part * len(values) // commits:(part + 1) * len(values) // commits]
                        began = time.perf_counter()
                        if table == "search_fts":        # as search_index.add_prepared writes it
                            conn.executemany("INSERT INTO search_fts (rowid, body) VALUES (?, ?)", piece)
                        else:
                            storage_db.insert_many(conn, f"INSERT INTO {table} ({', '.join(names)}) VALUES ",
                                                   len(names), piece)
                        spent[table] += time.perf_counter() - began
                    began = time.perf_counter()
                    conn.execute("COMMIT")
                    spent["commit"] += time.perf_counter() - began
                floor = time.perf_counter() - start
        added = len(rows["ops"][1]) - base["ops"]
        print(f"{len(reports)} bundles, {added:,} operations; load average {os.getloadavg()[0]:.2f}")
        print(f"import of the folder:            {imported:6.1f} s")
        print(f"the same rows stored by SQLite:  {floor:6.1f} s   ({floor / imported:.0%} of the import;"
              f" {commits} commits)")
        for name, seconds in spent.items():
            print(f"  {name:15s} {seconds:6.1f} s")


if __name__ == "__main__":
    main()
