"""The headquarters' Overview on five years of a province (issue 13, point 1): time of each view.

Builds the province of `bench/hq_export.py` (`bench/large_workspace.py`'s 5,000 visits
and 750,000 answers, plus three findings and two requests a visit), opens it (a workspace
built before migration 11 is migrated then: its indexes made, timed), then times each view
of `hq/overview.Overview` on a fresh Overview each time (no figure reused from a view
before), for the year 2024 (15/12/2023–14/12/2024: about 1,000 visits, 150,000
answers), its first quarter and one commune's year; and the drill down from the year's
most failed item to its visits.

    python bench/hq_overview.py               # build the province in a temporary folder (~2-6 min)
    python bench/hq_overview.py --keep DIR    # build it in DIR, or reuse DIR if it is there

Then the window's page (`ui/hq/overview.OverviewPage`, offscreen), which computes every
view at once: built on the year until painted, and a period switched.

Budget (issue 13): each view ≤ 100 ms. Prints the median and worst wall time of 7 runs,
the median CPU time and the load average (the machine may be shared: CPU time is what
the view costs).
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


def fresh(ws, period, where):
    """An Overview that reuses nothing: not even the register's reading the core keeps
    between calls (hq/register.py), which the "requests" view would otherwise find."""
    from inspector_app.hq import overview, register

    register._CACHE.clear()
    return overview.Overview(ws, period, where)


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
        from inspector_app.workspace import Workspace

        found = _schema_version(path)
        started = time.perf_counter()
        with Workspace.open(path) as ws:
            print(f"opened in {time.perf_counter() - started:.2f} s (schema {found} -> {ws.schema_version()}"
                  f"{': migrated' if found != ws.schema_version() else ''})")
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
                        fresh(ws, period, where), name)())
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
            _page(ws)
            print(f"load average {os.getloadavg()[0]:.1f}")


def _schema_version(path: Path) -> int:
    """The workspace's schema version as found, before opening migrates it."""
    import sqlite3

    from inspector_app.workspace import DB_FILE

    conn = sqlite3.connect(path / DB_FILE)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def _page(ws) -> None:
    """The window's Overview page (ui/hq/overview.py, offscreen) as the user meets it: built
    on the year 2024 (its seven views computed, charts and tables filled) until painted, one
    page at a time; then the period switched to the first quarter and back, until painted.
    The page computes every view at once: its time is the sum of the views'."""
    import datetime as dt

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ui.hq.overview import OverviewPage
    from ui.hq.period_box import PERIOD_KINDS

    app = QApplication.instance() or QApplication([])
    pages: list = []

    def close_pages():
        from inspector_app.hq import register

        for page in pages:
            page.hide()
            page.deleteLater()
        pages.clear()
        app.processEvents()
        register._CACHE.clear()                   # a first reading of the requests, as the views

    def build():
        page = OverviewPage(ws, "vi", today=dt.date(2024, 6, 1))
        page.resize(1366, 740)
        page.show()
        app.processEvents()
        pages.append(page)

    walls, cpus = [], []
    for _ in range(RUNS):
        close_pages()
        wall, cpu = time.perf_counter(), time.process_time()
        build()
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    print(f"\npage: built on the year 2024 (seven views), shown, painted: median {statistics.median(walls):.1f} ms, "
          f"worst {max(walls):.1f} ms, CPU {statistics.median(cpus):.1f} ms")
    page = pages[-1]
    quarter, year = PERIOD_KINDS.index("q1"), PERIOD_KINDS.index("year")

    def switch():
        page.kind_box.setCurrentIndex(quarter if page.kind_box.currentIndex() != quarter else year)
        app.processEvents()
    median, worst, cpu = timed(switch)
    print(f"page: period switched (first quarter / year 2024), every view again, painted: median {median:.1f} ms, "
          f"worst {worst:.1f} ms, CPU {cpu:.1f} ms")
    close_pages()


if __name__ == "__main__":
    main()
