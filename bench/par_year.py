"""The PAR-index contribution of a year at headquarters (issue 13, point 5): time and peak memory.

Builds (or reuses, `--keep DIR`) the five-year province of `bench/large_workspace.py` (5,000
visits, 750,000 answers, with findings and requests as bench/hq_export.py makes them), loads
the built-in index (QĐ 876 frame, 121 mapped items) if it is not held, then in this process:

1. `par_evidence.year_evidence` for the year (every unit's evidence, criterion by criterion);
2. one unit's evidence (what the page shows when a unit is picked);
3. the council's .xlsx of the year (`par_export.export`);

and prints each time and the peak RSS. No budget is set by the issue for this point.
Measured on the 2-core machine shared with seven other jobs (year 2024: 1,003 visits, 300 units,
53,159 checks of mapped items, 5,996 requests outstanding on 31/12): every unit's evidence 3.4 s,
one unit's 0.07 s, the council's .xlsx 8.6 s (3,900 criterion rows, 23,700 evidence rows,
2.4 MB), peak RSS 71 MB.

    python bench/par_year.py [--keep DIR] [--year 2024]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def _peak_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keep", metavar="DIR", help="build the province here, or reuse it")
    parser.add_argument("--year", type=int, default=2024)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        workspace = Path(args.keep) if args.keep else Path(tmp) / "ws"
        from inspector_app.workspace import Workspace

        if not Workspace.exists(workspace):
            from hq_export import build
            build(workspace)
        from inspector_app.hq import par_evidence, par_export

        with Workspace.open(workspace) as ws:
            if not ws.par.indexes():
                ws.par.load()
            start = time.perf_counter()
            year = par_evidence.year_evidence(ws, args.year)
            whole = time.perf_counter() - start
            visits = sum(1 for _ in ws.db.conn.execute(
                "SELECT 1 FROM visit WHERE deleted = 0 AND coalesce(substr(arrived_at, 1, 10), scheduled_on) "
                "BETWEEN ? AND ?", (f"{args.year}-01-01", f"{args.year}-12-31")))
            checks = sum(len(e.checks) for entries in year.values() for e in entries)
            requests = sum(len(e.requests) for entries in year.values() for e in entries)
            print(f"year {args.year}: {visits} visits, {len(year)} units, {checks} checks, "
                  f"{requests} outstanding requests: evidence in {whole:.2f} s")
            unit = max(year, key=lambda u: sum(len(e.checks) for e in year[u]))
            start = time.perf_counter()
            par_evidence.unit_evidence(ws, unit, args.year)
            print(f"one unit (the most visited): {time.perf_counter() - start:.2f} s")
            start = time.perf_counter()
            figures = par_export.export(ws, args.year, Path(tmp) / "par.xlsx")
            size = (Path(tmp) / "par.xlsx").stat().st_size / 1e6
            print(f"council's .xlsx: {time.perf_counter() - start:.2f} s, {figures['criteria']} criterion rows, "
                  f"{figures['evidence']} evidence rows, {size:.1f} MB")
        print(f"peak RSS {_peak_mb():.0f} MB")


if __name__ == "__main__":
    main()
