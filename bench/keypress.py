"""One key press on a 500-item visit, in a workspace with 5,000 visits.

Opens the real main window (offscreen) on a visit whose checklist has 500
items, among 5,000 other visits, and answers items with the number keys, as
an inspector does. For each key press it counts the SQL statements executed
(every connection's trace callback) and times the press until the checklist
model's `dataChanged` for the item, then lets the event loop finish whatever
the press queued (the other views' refreshes) and counts those statements
too. Prints p50/p95 of both. Budget (issue 9): ≤ 6 statements, ≤ 16 ms p95.

Run: `python bench/keypress.py [visits] [presses]`.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from answer_latency import percentile
from large_workspace import Generator
from PySide6.QtCore import QEventLoop, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from visit_open import checklist_500

from inspector_app.ids import uuid7
from inspector_app.services.answers import observation_id
from inspector_app.workspace import Workspace
from ui.main_window import MainWindow

VISITS = int(sys.argv[1]) if len(sys.argv) > 1 else 5_000
PRESSES = int(sys.argv[2]) if len(sys.argv) > 2 else 120
ANSWERS_PER_VISIT = 30


def build(ws: Workspace) -> str:
    """5,000 concluded visits with answers, and the visit to answer (in progress, 500 items)."""
    ws.checklists.import_legal([{"ref": "nd-118-2025", "number": "118/2025/NĐ-CP", "kind": "Nghị định",
                                 "title": "về thực hiện thủ tục hành chính theo cơ chế một cửa",
                                 "effective_from": "2025-07-01"}])
    template, _ = ws.checklists.import_data(checklist_500())
    items = ws.checklists.items(template)
    gen = Generator(uuid7())
    units = []
    ops = []
    for n in range(300):
        unit = uuid7()
        units.append(unit)
        ops.append(gen.op("org_unit", unit, {"name": f"Ủy ban nhân dân phường số {n + 1}", "kind": "commune"}))
    ws.apply_operations(ops)
    for v in range(VISITS):
        visit = uuid7()
        ops = [gen.op("visit", visit, {"unit_id": units[v % 300], "kind": "surprise", "status": "concluded",
                                       "scheduled_on": f"{2022 + v * 4 // VISITS}-{1 + v % 12:02d}-10"}),
               gen.op("visit_checklist", uuid7(), {"visit_id": visit, "template_id": template, "position": 1})]
        ops += [gen.op("observation", observation_id(visit, item["id"], None),
                       {"visit_id": visit, "item_id": item["id"], "value": "dat" if n % 7 else "khong_dat"})
                for n, item in enumerate(items[:ANSWERS_PER_VISIT])]
        ws.apply_operations(ops)
    visit, _ = ws.visits.create(units[0], "surprise", "2026-11-20", [template])
    ws.visits.start(visit)
    return visit


def main() -> None:
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "ws"
        started = time.perf_counter()
        with Workspace.create(path, "field", builtin_checklists=False) as ws:
            visit = build(ws)
        print(f"workspace: {VISITS} visits and a 500-item visit, built in {time.perf_counter() - started:.0f} s")
        ws = Workspace.open(path)
        window = MainWindow(ws, "vi", QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat))
        window.resize(1366, 768)
        window.show()
        page = window.open_visit(visit)
        panel = page.checklist
        view, model = panel.view, panel.model
        statements: list[str] = []
        ws.db.conn.set_trace_callback(statements.append)
        changed: list[tuple[float, int]] = []     # (when, statements by then)
        model.dataChanged.connect(lambda *_: changed.append((time.perf_counter(), len(statements))))
        view.setFocus()
        QTest.keyClick(view, Qt.Key.Key_Down)
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)   # the bench drives the loop, the app never does

        on_press, after_press, latency = [], [], []
        for n in range(PRESSES):
            key = Qt.Key.Key_1 if n % 5 else Qt.Key.Key_2
            statements.clear()
            changed.clear()
            start = time.perf_counter()
            QTest.keyClick(view, key)
            if not changed:
                raise SystemExit(f"press {n}: the model did not report the answer")
            latency.append((changed[0][0] - start) * 1000)
            on_press.append(changed[0][1])
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
            after_press.append(len(statements))
        sample = list(statements)
        ws.db.conn.set_trace_callback(None)
        answered = ws.answers.progress(visit)["answered"]
        window.close()
        ws.close()
    print(f"{PRESSES} key presses ({answered} items answered):")
    print(f"  statements until dataChanged: p50 {percentile(on_press, 50):.0f}, p95 {percentile(on_press, 95):.0f}"
          f"; the whole press (moving on to the next item, and all it queued): p50 "
          f"{percentile(after_press, 50):.0f}, p95 {percentile(after_press, 95):.0f}  (budget ≤ 6)")
    print(f"  key to dataChanged: p50 {statistics.median(latency):.1f} ms, p95 {percentile(latency, 95):.1f} ms "
          f"(budget ≤ 16 ms)")
    if "-v" in sys.argv:
        print("  the last press ran:", *sample, sep="\n    ")


if __name__ == "__main__":
    main()
