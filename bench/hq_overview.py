"""The headquarters' Overview on five years of a province (issue 13, point 1): time of each view.

Builds the province of `bench/hq_export.py` (`bench/large_workspace.py`'s 5,000 visits
and 750,000 answers, plus three findings and two requests a visit), makes the Overview's
covering index once (`storage/hq_overview.ensure_indexes`, timed), then times each view
of `hq/overview.Overview` on a fresh Overview each time (no figure reused from a view
before), for the year 2024 (15/12/2023–14/12/2024: about 1,000 visits, 150,000
answers), its first quarter and one commune's year; and the drill down from the year's
most failed item to its visits.

    python bench/hq_overview.py               # build the province in a temporary folder (~2-6 min)
    python bench/hq_overview.py --keep DIR    # build it in DIR, or reuse DIR if it is there

Budget (issue 13): each view ≤ 100 ms. Prints the median and worst wall time of 7 runs
and the median CPU time (the machine may be shared: CPU time is what the view costs).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

BUDGET_MS = 100.0
RUNS = 7
VIEWS = ("visits", "areas", "items", "staff", "late_files", "satisfaction", "requests")


def timed(fn) -> tuple[float, float, float]:
    """(median wall ms, worst wall ms, median CPU ms) of RUNS calls."""
    walls, cpus = [], []
    for _ in range(RUNS):
        wall, cpu = time.perf_counter(), time.process_time()
        fn()
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    return statistics.median(walls), max(walls), statistics.median(cpus)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", metavar="DIR", help="build the province here, or reuse it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=ROOT) as tmp:
        path = Path(args.keep) if args.keep else Path(tmp) / "ws"
        if not path.exists():
            import hq_export

            hq_export.build(path)
        from inspector_app.hq import overview, periods, scope
        from inspector_app.storage import hq_overview
        from inspector_app.workspace import Workspace

        with Workspace.open(path) as ws:
            started = time.perf_counter()
            made = hq_overview.ensure_indexes(ws.db.conn)
            print(f"covering index: {'made in' if made else 'already there,'} {time.perf_counter() - started:.2f} s")
            commune = scope.parse(ws.db.conn, "unit:uy ban nhan dan phuong ba dinh")
            print(f"load average {os.getloadavg()[0]:.1f}; {RUNS} runs each, a fresh Overview per run")
            met = True
            for spec, where in (("2024", scope.PROVINCE), ("2024-Q1", scope.PROVINCE), ("2024", commune)):
                period = periods.parse(spec)
                probe = overview.Overview(ws, period, where)
                print(f"\n{period.label('en')} ({period.first}..{period.last}), {where.label('en')}: "
                      f"{probe.visits()[-1]['planned'] if probe.visits() else 0} visits")
                for name in VIEWS:
                    median, worst, cpu = timed(lambda name=name, period=period, where=where: getattr(
                        overview.Overview(ws, period, where), name)())
                    ok = median <= BUDGET_MS
                    met = met and ok
                    print(f"  {name:<13} median {median:6.1f} ms, worst {worst:6.1f} ms, CPU {cpu:6.1f} ms "
                          f"-> {'met' if ok else 'NOT met'} (budget {BUDGET_MS:.0f} ms)")
                if spec == "2024" and where is scope.PROVINCE:
                    top = probe.items()[0]
                    cell = top["cells"]["failed"]
                    median, worst, cpu = timed(lambda probe=probe, cell=cell: probe.drill(cell))
                    print(f"  drill {top['item_code']} failed ({len(probe.drill(top['cells']['failed']))} visits): "
                          f"median {median:.1f} ms, worst {worst:.1f} ms, CPU {cpu:.1f} ms")
            print(f"\nevery view within {BUDGET_MS:.0f} ms (median): {'yes' if met else 'NO'}")


if __name__ == "__main__":
    main()
