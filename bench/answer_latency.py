"""One answer stored durably through the write path, against a bare sqlite3
insert + commit with the same pragmas, measured in the same run.

Budget (DESIGN.md): p99 ≤ 15 ms; ratio ≤ 1.5.
"""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from inspector_app.storage.db import PRAGMAS
from inspector_app.workspace import Workspace

ROUNDS = 10
PER_ROUND = 100


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> None:
    with tempfile.TemporaryDirectory(dir=Path(__file__).resolve().parent.parent) as tmp:
        tmp = Path(tmp)
        ws = Workspace.create(tmp / "ws", "field")
        template = next(t for t in ws.checklists.list() if t["code"] == "mot-cua-dot-xuat")
        items = [i for s in ws.checklists.structure(template["id"])["sections"] if not s["repeatable"]
                 for i in s["items"] if i["answer_type"] == "compliance" and not i.get("condition")]
        unit, _ = ws.units.create("Ủy ban nhân dân phường Ba Đình", "commune")
        visit, _ = ws.visits.create(unit, "surprise", "2026-11-20", [template["id"]])
        ws.visits.start(visit)

        bare = sqlite3.connect(tmp / "bare.db", isolation_level=None)
        for pragma in PRAGMAS:
            bare.execute(pragma)
        bare.execute("CREATE TABLE answer (id TEXT PRIMARY KEY, value TEXT, note TEXT)")

        app_times, bare_times = [], []
        values = ["dat", "khong_dat", "khong_ap_dung"]
        n = 0
        for _round in range(ROUNDS):          # interleaved, so both see the same disk
            for _ in range(PER_ROUND):
                item = items[n % len(items)]
                value = values[(n // len(items)) % 3]
                start = time.perf_counter()
                ws.answers.answer(visit, item["id"], value)
                app_times.append(time.perf_counter() - start)
                n += 1
            for k in range(PER_ROUND):
                start = time.perf_counter()
                bare.execute("BEGIN IMMEDIATE")
                bare.execute("INSERT OR REPLACE INTO answer VALUES (?, ?, ?)", (f"{k}", values[k % 3], None))
                bare.execute("COMMIT")
                bare_times.append(time.perf_counter() - start)
        ws.close()
        bare.close()

    def ms(x):
        return f"{x * 1000:.2f} ms"

    app_p50, app_p99 = percentile(app_times, 50), percentile(app_times, 99)
    bare_p50, bare_p99 = percentile(bare_times, 50), percentile(bare_times, 99)
    print(f"answers recorded: {len(app_times)} (write path) / {len(bare_times)} (bare sqlite3)")
    print(f"write path   p50 {ms(app_p50)}  p99 {ms(app_p99)}  mean {ms(statistics.mean(app_times))}")
    print(f"bare sqlite3 p50 {ms(bare_p50)}  p99 {ms(bare_p99)}  mean {ms(statistics.mean(bare_times))}")
    print(f"ratio write path / bare: p50 {app_p50 / bare_p50:.2f}  p99 {app_p99 / bare_p99:.2f}  "
          f"mean {statistics.mean(app_times) / statistics.mean(bare_times):.2f}")
    print(f"budget: p99 <= 15 ms -> {'met' if app_p99 <= 0.015 else 'NOT met'}; "
          f"ratio <= 1.5 -> {'met' if app_p50 / bare_p50 <= 1.5 else 'NOT met'} (p50)")


if __name__ == "__main__":
    main()
