"""HQ imports a folder of findings bundles from many laptops: total time, then
the same folder again (nothing changes, so it must be near-instant).

Full size (the figure to report): 100 bundles holding 1,000,000 operations
in all. Quick run: `python bench/sync_hq_import.py --bundles 10 --ops 50000`.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from inspector_app.ids import uuid7  # noqa: E402
from inspector_app.storage import sync_store  # noqa: E402
from inspector_app.sync.trust import self_device  # noqa: E402
from inspector_app.workspace import Workspace  # noqa: E402

KINDS = ("shortcoming", "strength", "note")


def laptop(path: Path, name: str, ops: int, hq_device: dict, out: Path) -> None:
    """A laptop with `ops` operations (visits, findings, requests, edits) exporting to `out`."""
    with Workspace.create(path, "field", device_name=name, builtin_checklists=False) as ws:
        with ws.writer.batch():
            sync_store.save_device(ws.db.conn, hq_device, "trusted")
        mutations, made = [], 0
        while made < ops:
            visit = uuid7()
            mutations.append(("visit", visit, {"kind": "surprise", "status": "in_progress",
                                               "scheduled_on": "2026-11-20",
                                               "title": f"Kiểm tra đột xuất số {made} của {name}",
                                               "place": "Bộ phận Một cửa"}))
            made += 1
            for n in range(min(49, ops - made)):
                if n % 5 == 4 and mutations[-1][0] == "finding":
                    mutations.append(("finding", mutations[-1][1], {"text": f"Đã sửa lần {n}: hồ sơ trễ hạn"}))
                elif n % 7 == 6:
                    mutations.append(("request", uuid7(), {"visit_id": visit, "text": "Khắc phục việc niêm yết",
                                                           "responsible": "Chủ tịch UBND phường",
                                                           "deadline": "2026-12-20", "status": "open"}))
                else:
                    mutations.append(("finding", uuid7(), {"visit_id": visit, "kind": KINDS[n % 3],
                                                           "text": f"Ghi nhận {n}: cán bộ không đeo thẻ công chức"}))
                made += 1
        with ws.writer.batch():
            ws.writer.write(mutations)
        ws.sync.export("findings", out, recipients=[hq_device])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bundles", type=int, default=100)
    parser.add_argument("--ops", type=int, default=1_000_000, help="operations in all the bundles together")
    args = parser.parse_args()
    per = args.ops // args.bundles
    with tempfile.TemporaryDirectory(dir=ROOT / "bench") as tmp:
        tmp = Path(tmp)
        hq = Workspace.create(tmp / "hq", "hq", device_name="Trụ sở", builtin_checklists=False)
        hq_device = self_device(hq)
        folder = tmp / "usb"
        folder.mkdir()
        print(f"making {args.bundles} laptops with {per} operations each…", flush=True)
        start = time.perf_counter()
        for n in range(args.bundles):
            laptop(tmp / f"laptop-{n}", f"Máy {n + 1}", per, hq_device, folder)
            with Workspace.open(tmp / f"laptop-{n}") as ws, hq.writer.batch():
                sync_store.save_device(hq.db.conn, self_device(ws), "trusted")     # as after enrollment
        print(f"  ({time.perf_counter() - start:.0f} s)")
        size = sum(p.stat().st_size for p in folder.iterdir()) / (1 << 20)

        start = time.perf_counter()
        reports = hq.sync.import_paths([folder])
        first = time.perf_counter() - start
        assert all(r.status == "accepted" for r in reports), {r.status for r in reports}
        new_ops = sum(r.new_ops for r in reports)

        start = time.perf_counter()
        again = hq.sync.import_paths([folder])
        second = time.perf_counter() - start
        assert all(r.status == "already_had" for r in again)
        held = hq.counts()["ops"]
        hq.close()

    print(f"{len(reports)} bundles, {size:.0f} MB, {new_ops:,} operations imported; HQ holds {held:,}")
    print(f"import of the folder:    {first:7.1f} s   ({new_ops / first:,.0f} operations/s)")
    print(f"re-import, nothing new:  {second:7.2f} s   ({second / len(again) * 1000:.1f} ms per bundle)")


if __name__ == "__main__":
    main()
