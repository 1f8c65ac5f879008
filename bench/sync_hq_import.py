"""HQ imports a folder of findings bundles from many laptops: total time and
peak memory, then the same folder again (nothing changes: near-instant).

Each step runs in its own process, so the figures are the import's alone:
the laptops and their bundles are made first (kept in `--data`, reused by
later runs of the same size), then a fresh copy of the HQ workspace imports
the folder under `/usr/bin/time -v` (wall time, peak RSS), then another
process imports it again.

Figures to report (issue 10):
    python bench/sync_hq_import.py                          # 100 bundles, 1,000,000 operations
    python bench/sync_hq_import.py --bundles 1              # one bundle of 1,000,000 operations
Quick run: `python bench/sync_hq_import.py --bundles 10 --ops 50000`.
The process's CPU time includes the parse helper's (sync/parse_worker.py, a
second process on the other core): CPU above wall time is the two cores at
work. Print the load average beside the figures: the machine is shared.
Profile one step: `python bench/sync_hq_import.py --profile` (cProfile of the
import, top functions printed) or `--tracemalloc` (the largest allocations at
the peak).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

KINDS = ("shortcoming", "strength", "note")


def laptop(path: Path, name: str, ops: int, hq_device: dict, out: Path) -> None:
    """A laptop with `ops` operations (visits, findings, requests, edits) exporting to `out`."""
    from inspector_app.ids import uuid7
    from inspector_app.storage import sync_store
    from inspector_app.workspace import Workspace

    with Workspace.create(path, "field", device_name=name, builtin_checklists=False) as ws:
        with ws.writer.batch():
            sync_store.save_device(ws.db.conn, hq_device, "trusted")
        made = 0
        while made < ops:
            mutations = []                              # one batch per 50,000: the build's memory stays small
            while made < ops and len(mutations) < 50_000:
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
                        text = f"Ghi nhận {n}: cán bộ không đeo thẻ công chức"
                        mutations.append(("finding", uuid7(), {"visit_id": visit, "kind": KINDS[n % 3],
                                                               "text": text}))
                    made += 1
            with ws.writer.batch():
                ws.writer.write(mutations)
        ws.sync.export("findings", out, recipients=[hq_device])


def make(data: Path, bundles: int, ops: int) -> None:
    """The HQ workspace (pristine, never imported into) and the folder of bundles."""
    from inspector_app.storage import sync_store
    from inspector_app.sync.trust import self_device
    from inspector_app.workspace import Workspace

    per = ops // bundles
    tmp = data.with_name(data.name + ".partial")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    folder = tmp / "usb"
    folder.mkdir()
    with Workspace.create(tmp / "hq", "hq", device_name="Trụ sở", builtin_checklists=False) as hq:
        hq_device = self_device(hq)
        for n in range(bundles):
            laptop(tmp / "laptops" / str(n), f"Máy {n + 1}", per, hq_device, folder)
            with Workspace.open(tmp / "laptops" / str(n)) as ws, hq.writer.batch():
                sync_store.save_device(hq.db.conn, self_device(ws), "trusted")     # as after enrollment
    shutil.rmtree(tmp / "laptops")
    tmp.rename(data)


def import_folder(hq_path: Path, folder: Path, expect: str, profile: str | None) -> None:
    """One step, in this process: import the folder; prints a JSON line."""
    from inspector_app.workspace import Workspace

    hq = Workspace.open(hq_path)
    start = time.perf_counter()
    if profile == "cprofile":
        import cProfile
        import pstats
        profiler = cProfile.Profile()
        reports = profiler.runcall(hq.sync.import_paths, [folder])
        pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative").print_stats(40)
        pstats.Stats(profiler, stream=sys.stderr).sort_stats("tottime").print_stats(30)
    elif profile == "tracemalloc":
        import tracemalloc
        tracemalloc.start(8)
        reports = hq.sync.import_paths([folder])
        snapshot = tracemalloc.take_snapshot()   # what is still held; the peak is printed too
        current, peak = tracemalloc.get_traced_memory()
        print(f"tracemalloc: current {current / 2**20:.0f} MB, peak {peak / 2**20:.0f} MB", file=sys.stderr)
        for stat in snapshot.statistics("traceback")[:10]:
            print(f"{stat.size / 2**20:8.1f} MB", *stat.traceback.format()[-6:], sep="\n", file=sys.stderr)
    else:
        reports = hq.sync.import_paths([folder])
    took = time.perf_counter() - start
    assert all(r.status == expect for r in reports), {(r.status, r.message("en")) for r in reports}
    print(json.dumps({"seconds": took, "bundles": len(reports), "new_ops": sum(r.new_ops for r in reports),
                      "held": hq.counts()["ops"]}))
    hq.close()


def timed(args: list[str]) -> tuple[dict, str, float]:
    """Run one step in its own process under /usr/bin/time -v: (its JSON line,
    "wall s, CPU s" of the process, peak RSS MB). CPU time: the machine is shared."""
    done = subprocess.run(["/usr/bin/time", "-v", sys.executable, __file__, *args],
                          capture_output=True, text=True)
    if done.returncode:
        sys.exit(done.stdout + done.stderr)
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr).group(1)) / 1024
    clock = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)", done.stderr).group(1)
    wall = sum(float(part) * 60 ** n for n, part in enumerate(reversed(clock.split(":"))))
    cpu = sum(float(re.search(rf"{what} time \(seconds\): ([\d.]+)", done.stderr).group(1))
              for what in ("User", "System"))
    for line in done.stderr.splitlines():
        if "\tCommand being timed" in line:
            break
        print(line, file=sys.stderr)
    return json.loads(done.stdout.strip().splitlines()[-1]), f"{wall:.1f} s, CPU {cpu:.1f} s", rss


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bundles", type=int, default=100)
    parser.add_argument("--ops", type=int, default=1_000_000, help="operations in all the bundles together")
    parser.add_argument("--data", type=Path, help="where the bundles are kept (default: the temporary folder; reused)")
    parser.add_argument("--profile", action="store_const", const="cprofile", dest="profile")
    parser.add_argument("--tracemalloc", action="store_const", const="tracemalloc", dest="profile")
    parser.add_argument("--step", choices=("make", "import"), help=argparse.SUPPRESS)
    parser.add_argument("--hq", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--expect", default="accepted", help=argparse.SUPPRESS)
    args = parser.parse_args()
    data = args.data or Path(tempfile.gettempdir()) / "inspector-bench" / f"hq-import-v2-{args.bundles}x{args.ops}"
    if args.step == "make":
        make(data, args.bundles, args.ops)
        return
    if args.step == "import":
        import_folder(args.hq, args.hq.parent / "usb", args.expect, args.profile)
        return

    if not data.exists():
        print(f"making {args.bundles} laptops with {args.ops // args.bundles:,} operations each…", flush=True)
        start = time.perf_counter()
        subprocess.run([sys.executable, __file__, "--step", "make", "--bundles", str(args.bundles),
                        "--ops", str(args.ops), "--data", str(data)], check=True)
        print(f"  ({time.perf_counter() - start:.0f} s, kept in {data})")
    size = sum(p.stat().st_size for p in (data / "usb").iterdir()) / (1 << 20)
    with tempfile.TemporaryDirectory(dir=ROOT / "bench") as tmp:
        hq = Path(tmp) / "hq"
        shutil.copytree(data / "hq", hq)
        # The bundles the import reads: links to the kept ones, so that a run
        # refusing them (quarantine moves a refused file) keeps them for the next.
        shutil.copytree(data / "usb", Path(tmp) / "usb", copy_function=os.link)
        common = ["--bundles", str(args.bundles), "--ops", str(args.ops), "--data", str(data), "--hq", str(hq)]
        flag = {"cprofile": ["--profile"], "tracemalloc": ["--tracemalloc"]}.get(args.profile or "", [])
        first, first_wall, first_rss = timed(["--step", "import", *common, *flag])
        again, again_wall, again_rss = timed(["--step", "import", "--expect", "already_had", *common])
    print(f"{first['bundles']} bundles, {size:.0f} MB, {first['new_ops']:,} operations imported; "
          f"HQ holds {first['held']:,}; load average {os.getloadavg()[0]:.1f} (1 min), "
          f"{os.getloadavg()[1]:.1f} (5 min)")
    print(f"import of the folder:    {first['seconds']:7.1f} s   ({first['new_ops'] / first['seconds']:,.0f} "
          f"operations/s; process {first_wall}, peak RSS {first_rss:.0f} MB)")
    print(f"re-import, nothing new:  {again['seconds']:7.2f} s   ({again['seconds'] / again['bundles'] * 1000:.1f} "
          f"ms per bundle; process {again_wall}, peak RSS {again_rss:.0f} MB)")


if __name__ == "__main__":
    main()
