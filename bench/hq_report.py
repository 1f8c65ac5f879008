"""The yearly report at headquarters (issue 13, point 4): time and peak memory, and the
appendices' library chosen by measurement.

Builds (or reuses, `--keep DIR`) the five-year province of `bench/large_workspace.py`
(5,000 visits, 750,000 answers) with three findings and two requests a visit, as
bench/hq_export.py does, then in processes of their own:

1. `inspector-cli report --period 2024 --out DIR` under `/usr/bin/time -v`: the whole
   command (start-up, the numbers, the .docx and the .xlsx), its wall time and peak RSS;
   budget ≤ 5 s and ≤ 300 MB;
2. the same report through the core, timing its parts (numbers, .docx, .xlsx);
3. the appendices alone written with XlsxWriter (what the app uses) and with openpyxl's
   write-only mode (the alternative), for the choice.

    python bench/hq_report.py [--keep DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

PERIOD = "2024"
AS_OF = "2024-12-14"
BUDGET_S, BUDGET_MB = 5.0, 300


def _peak_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def child_parts(workspace: str, out: str) -> dict:
    """The report through the core, its parts timed (runs in a child process)."""
    from inspector_app.hq import periods, report_appendix, report_data, report_text
    from inspector_app.workspace import Workspace

    with Workspace.open(workspace) as ws:
        times = {}
        start = time.perf_counter()
        data = report_data.collect(ws, periods.parse(PERIOD), as_of=dt.date.fromisoformat(AS_OF))
        times["numbers"] = time.perf_counter() - start
        start = time.perf_counter()
        report_text.write(data, report_text.Options(place="Hà Nội"), Path(out) / "r.docx")
        times["docx"] = time.perf_counter() - start
        start = time.perf_counter()
        report_appendix.write(data, Path(out) / "a.xlsx")
        times["xlsx"] = time.perf_counter() - start
    return {"times": times, "rss_mb": _peak_mb(), "visits": len(data.visits), "requests": len(data.requests),
            "staff": len(data.staff), "files": len(data.files), "units": len(data.units)}


def child_appendix(workspace: str, how: str, out: str) -> dict:
    """The appendices alone, with `how` ("xlsxwriter" or "openpyxl"); numbers computed first, not timed."""
    from hq_export import OpenpyxlSink

    from inspector_app.hq import periods, report_appendix, report_data
    from inspector_app.workspace import Workspace

    with Workspace.open(workspace) as ws:
        data = report_data.collect(ws, periods.parse(PERIOD), as_of=dt.date.fromisoformat(AS_OF))
    before = _peak_mb()
    wall, cpu = time.perf_counter(), time.process_time()
    rows = report_appendix.write(data, out, sink=OpenpyxlSink(out) if how == "openpyxl" else None)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return {"wall": wall, "cpu": cpu, "rss_mb": _peak_mb(), "rss_before_mb": before, "rows": rows,
            "size": Path(out).stat().st_size}


def _child(*args) -> dict:
    done = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keep", metavar="DIR", help="build the province here, or reuse it")
    parser.add_argument("--parts", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--appendix", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.parts:
        print(json.dumps(child_parts(*args.parts)))
        return
    if args.appendix:
        print(json.dumps(child_appendix(*args.appendix)))
        return
    with tempfile.TemporaryDirectory(dir=ROOT / "bench") as tmp:
        workspace = Path(args.keep) if args.keep else Path(tmp) / "ws"
        if not (workspace / "inspector.db").exists():
            from hq_export import build
            build(workspace)
        print(f"the yearly report of {PERIOD} (15/12/2023–14/12/2024); load average {os.getloadavg()[0]:.1f} on "
              f"{os.cpu_count()} CPUs", flush=True)
        cli = Path(sys.executable).with_name("inspector-cli")
        out = Path(tmp) / "cli"
        done = subprocess.run(["/usr/bin/time", "-v", str(cli), "--workspace", str(workspace), "report", "--period",
                               PERIOD, "--out", str(out), "--as-of", AS_OF], capture_output=True, text=True)
        if done.returncode:
            raise SystemExit(done.stderr)
        wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", done.stderr)
        seconds = int(wall.group(1) or 0) * 3600 + int(wall.group(2)) * 60 + float(wall.group(3))
        rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr).group(1)) / 1024
        cpu = sum(float(x) for x in re.findall(r"(?:User|System) time \(seconds\): ([\d.]+)", done.stderr))
        verdict = "met" if seconds <= BUDGET_S and rss <= BUDGET_MB else "NOT met"
        print(f"inspector-cli report (docx + xlsx): wall {seconds:.2f} s, CPU {cpu:.2f} s, peak RSS {rss:.0f} MB "
              f"-> {verdict} (budget {BUDGET_S:.0f} s, {BUDGET_MB} MB)", flush=True)
        print("  " + done.stdout.strip().splitlines()[-1], flush=True)
        parts_dir = Path(tmp) / "parts"
        parts_dir.mkdir()
        parts = _child("--parts", str(workspace), str(parts_dir))
        t = parts["times"]
        print(f"its parts: numbers {t['numbers']:.2f} s, .docx {t['docx']:.2f} s, .xlsx {t['xlsx']:.2f} s; peak RSS "
              f"{parts['rss_mb']:.0f} MB ({parts['visits']} visits, {parts['units']} units, {parts['requests']} "
              f"requests, {parts['staff']} staff rows, {parts['files']} late files)", flush=True)
        for how in ("xlsxwriter", "openpyxl"):
            r = _child("--appendix", str(workspace), how, str(Path(tmp) / f"{how}.xlsx"))
            print(f"appendices with {how:<10}: wall {r['wall']:.2f} s, CPU {r['cpu']:.2f} s, peak RSS "
                  f"{r['rss_mb']:.0f} MB (before writing {r['rss_before_mb']:.0f} MB), {r['size'] / 1e6:.1f} MB, "
                  f"rows {sum(r['rows'].values())}", flush=True)
        print(f"load average after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
