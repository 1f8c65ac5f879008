"""Opening a visit whose checklist has 500 items: time until the workspace
answers input (built, shown, event loop idle). Budget: ≤ 300 ms."""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from inspector_app.workspace import Workspace
from ui.visit.workspace import VisitWorkspace

RUNS = 5


def checklist_500() -> dict:
    sections = []
    for s in range(10):
        items = [{"code": f"S{s}-{n}", "text": f"Tiêu chí {n} của lĩnh vực {s}: niêm yết, thực hiện đúng quy định",
                  "answer_type": "compliance", "points": 1, "guidance": "Kiểm tra thực tế tại Bộ phận Một cửa.",
                  "legal_basis": [{"doc": "nd-118-2025", "article": f"Điều {n}"}]} for n in range(1, 51)]
        sections.append({"code": f"S{s}", "title": f"Lĩnh vực kiểm tra số {s + 1}", "items": items})
    return {"schema": 1, "code": "phieu-500", "version": 1, "kind": "one_stop_surprise",
            "title": "Phiếu kiểm tra 500 tiêu chí", "sections": sections}


def main() -> None:
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace.create(Path(tmp) / "ws", "field", builtin_checklists=False)
        ws.checklists.import_legal([{"ref": "nd-118-2025", "number": "118/2025/NĐ-CP", "kind": "Nghị định",
                                     "title": "về thực hiện thủ tục hành chính theo cơ chế một cửa",
                                     "effective_from": "2025-07-01"}])
        template, _ = ws.checklists.import_data(checklist_500())
        unit, _ = ws.units.create("Ủy ban nhân dân phường Ba Đình", "commune")
        visit, _ = ws.visits.create(unit, "surprise", "2026-11-20", [template])
        ws.visits.start(visit)
        with ws.writer.batch():
            for n, item in enumerate(ws.checklists.items(template)[:250]):
                ws.answers.answer(visit, item["id"], "dat" if n % 9 else "khong_dat")
        times = []
        for _ in range(RUNS):
            ws.writer.generations.bump(("checklist_item",))     # no memoised structure: a cold open
            start = time.perf_counter()
            page = VisitWorkspace(ws, visit, "vi")
            page.resize(1280, 800)
            page.show()
            QTimer.singleShot(0, app.quit)
            app.exec()
            times.append(time.perf_counter() - start)
            rows = sum(page.checklist.model.rowCount(page.checklist.model.index(r, 0))
                       for r in range(page.checklist.model.rowCount()))
            page.close()
            page.deleteLater()
        ws.close()
    print(f"visit with {rows} items open and answering input: median {statistics.median(times) * 1000:.0f} ms, "
          f"worst {max(times) * 1000:.0f} ms -> {'met' if max(times) <= 0.3 else 'NOT met'} (budget 300 ms)")


if __name__ == "__main__":
    main()
