"""One row, N operations arriving in descending clock order (the worst case
for a last-writer-wins merge that rescans later operations): HQ imports one
findings bundle holding them. The figure to report: N = 20,000, budget 5 s.

`python bench/sync_one_row.py [--ops 20000] [--devices 1]`
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from inspector_app import hlc  # noqa: E402
from inspector_app.oplog import Operation  # noqa: E402
from inspector_app.storage import sync_store  # noqa: E402
from inspector_app.sync.trust import self_device  # noqa: E402
from inspector_app.workspace import Workspace  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ops", type=int, default=20_000)
    parser.add_argument("--devices", type=int, default=1, help="authors the operations alternate between")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=ROOT / "bench") as tmp:
        tmp = Path(tmp)
        hq = Workspace.create(tmp / "hq", "hq", device_name="Trụ sở", builtin_checklists=False)
        laptop = Workspace.create(tmp / "laptop", "field", device_name="Máy 1", builtin_checklists=False)
        for one, other in ((hq, laptop), (laptop, hq)):
            with one.writer.batch():
                sync_store.save_device(one.db.conn, self_device(other), "trusted")
        row = str(uuid.uuid4())
        authors = [laptop.device_id] + [str(uuid.uuid4()) for _ in range(args.devices - 1)]
        top = hlc.pack(hlc.wall_millis() - 60_000)
        ops = [Operation(str(uuid.uuid4()), top - 16 * n, authors[n % len(authors)], None, "finding", row,
                         {"text": f"Ghi nhận lần {args.ops - n}: hồ sơ trễ hạn", "kind": "shortcoming"}, {})
               for n in range(args.ops)]                       # newest first
        start = time.perf_counter()
        laptop.writer.apply_remote(ops)                        # the laptop's log holds them newest first
        made = time.perf_counter() - start
        bundle = laptop.sync.export("peer", tmp, recipients=[self_device(hq)])
        start = time.perf_counter()
        report = hq.sync.import_file(bundle.path)
        took = time.perf_counter() - start
        assert report.status == "accepted" and report.new_ops == args.ops, report.message("en")
        conflicts = len(hq.sync.conflicts())
        laptop.close()
        hq.close()
    print(f"{args.ops:,} operations of one row, descending clocks, {args.devices} author(s)")
    print(f"laptop applying them:  {made:7.2f} s")
    print(f"HQ importing the bundle: {took:7.2f} s   ({args.ops / took:,.0f} operations/s); "
          f"open conflicts: {conflicts}")


if __name__ == "__main__":
    main()
