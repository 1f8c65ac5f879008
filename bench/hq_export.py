"""Raw data export of one year at headquarters (issue 13, point 6): time and peak memory.

Builds the five-year province of `bench/large_workspace.py` (5,000 visits,
750,000 answers) plus three findings and two requests a visit, then exports
the year 2024 (15/12/2023–14/12/2024: about 1,000 visits, 150,000 answers)
to .xlsx with XlsxWriter (what the app uses), to .xlsx with openpyxl's
write-only mode (the alternative, measured for the choice), and to CSV.
Each export runs in a process of its own, so its peak RSS is its own.

    python bench/hq_export.py                 # build the province in a temporary folder (~6 min)
    python bench/hq_export.py --keep DIR      # build it in DIR, or reuse DIR if it is there

Budget (issue 13): ≤ 10 s for the year's .xlsx. Prints wall and CPU seconds
(the machine may be shared: CPU time is what the export itself costs) and
the load average.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

PERIOD = "2024"
BUDGET_S = 10.0


def build(path: Path) -> None:
    saved, sys.argv = sys.argv, sys.argv[:1]        # large_workspace reads its visit count from argv
    try:
        from large_workspace import Generator, generate
    finally:
        sys.argv = saved

    from inspector_app.ids import uuid7
    from inspector_app.workspace import Workspace

    t0 = time.perf_counter()
    with Workspace.create(path, "hq") as ws:
        generate(ws)
        rng = random.Random(13)
        gen = Generator(uuid7())
        visits = [row[0] for row in ws.db.conn.execute("SELECT id, scheduled_on FROM visit ORDER BY id")]
        days = dict(ws.db.conn.execute("SELECT id, scheduled_on FROM visit"))
        ops = []
        for visit in visits:
            for k in range(3):
                finding = uuid7()
                ops.append(gen.op("finding", finding, {
                    "visit_id": visit, "kind": "shortcoming" if k else "strength",
                    "text": rng.choice(["Danh mục thủ tục hành chính niêm yết chưa cập nhật.",
                                        "Một số công chức không đeo thẻ trong giờ làm việc.",
                                        "Chưa gửi văn bản xin lỗi đối với hồ sơ quá hạn."])}))
                if k:
                    ops.append(gen.op("request", uuid7(), {
                        "visit_id": visit, "finding_id": finding, "text": "Khắc phục tồn tại đã nêu.",
                        "responsible": "Chủ tịch Ủy ban nhân dân phường", "status": "open",
                        "deadline": days[visit]}))
            if len(ops) > 20_000:
                ws.apply_operations(ops)
                ops = []
        ws.apply_operations(ops)
        print(f"built the province: {ws.counts()} in {time.perf_counter() - t0:.0f} s", flush=True)


def one_run(workspace: str, how: str, out: str) -> dict:
    """Export PERIOD with `how` ("xlsxwriter", "openpyxl", "csv"); runs in the child process."""
    from inspector_app.hq import export, periods, workbook
    from inspector_app.workspace import Workspace

    period = periods.parse(PERIOD)
    sink = {"xlsxwriter": workbook.XlsxSink, "openpyxl": OpenpyxlSink, "csv": workbook.CsvSink}[how](out)
    with Workspace.open(workspace) as ws:
        wall, cpu = time.perf_counter(), time.process_time()
        rows = export.export(ws, period, sink)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    size = sum(f.stat().st_size for f in Path(out).rglob("*")) if Path(out).is_dir() else Path(out).stat().st_size
    return {"how": how, "wall": wall, "cpu": cpu, "rss_mb": _peak_rss_mb(), "rows": rows, "size": size}


def _peak_rss_mb() -> float:
    """This process's peak RSS. Not getrusage's ru_maxrss: Linux keeps it across fork and exec,
    so a child of the process that built the province reported the builder's peak."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class OpenpyxlSink:
    """The same sheets through openpyxl's write-only mode, for the comparison only."""

    def __init__(self, path) -> None:
        from openpyxl import Workbook

        self.path, self.book, self.sheets = path, Workbook(write_only=True), []

    def sheet(self, name, columns, lang="vi"):
        from openpyxl.styles import Font

        from inspector_app.hq.workbook import sheet_name

        taken = {s.title for s in self.book.worksheets}
        sheet = self.book.create_sheet(sheet_name(name, taken))
        for n, column in enumerate(columns):
            sheet.column_dimensions[_letter(n)].width = column.width
        sheet.freeze_panes = "A2"
        header = []
        for column in columns:
            from openpyxl.cell import WriteOnlyCell
            cell = WriteOnlyCell(sheet, value=column.header(lang))
            cell.font = Font(bold=True)
            header.append(cell)
        sheet.append(header)
        handle = _OpenpyxlSheet(sheet, columns)
        self.sheets.append(handle)
        return handle

    def close(self) -> None:
        for handle in self.sheets:
            handle.sheet.auto_filter.ref = f"A1:{_letter(len(handle.columns) - 1)}{handle.rows + 1}"
        self.book.save(self.path)


class _OpenpyxlSheet:
    def __init__(self, sheet, columns) -> None:
        self.sheet, self.columns, self.rows, self.name = sheet, columns, 0, sheet.title
        self._date_columns = {n for n, c in enumerate(columns) if c.kind in ("date", "datetime")}

    def row(self, values) -> None:
        from openpyxl.cell import WriteOnlyCell

        self.rows += 1
        cells = list(values)
        for n in self._date_columns:
            if n < len(cells) and cells[n] is not None:
                cell = WriteOnlyCell(self.sheet, value=cells[n])
                cell.number_format = "dd/mm/yyyy"
                cells[n] = cell
        self.sheet.append(cells)


def _letter(n: int) -> str:
    from openpyxl.utils import get_column_letter
    return get_column_letter(n + 1)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keep", metavar="DIR", help="build the province here, or reuse it")
    parser.add_argument("--child", nargs=3, metavar=("WORKSPACE", "HOW", "OUT"), help=argparse.SUPPRESS)
    parser.add_argument("--only", choices=("xlsxwriter", "openpyxl", "csv"), action="append")
    args = parser.parse_args()
    if args.child:
        print(json.dumps(one_run(*args.child), ensure_ascii=False))
        return
    with tempfile.TemporaryDirectory(dir=ROOT / "bench") as tmp:
        workspace = Path(args.keep) if args.keep else Path(tmp) / "ws"
        if not (workspace / "inspector.db").exists():
            build(workspace)
        print(f"exporting {PERIOD} (15/12/2023–14/12/2024); load average {os.getloadavg()[0]:.1f} on "
              f"{os.cpu_count()} CPUs", flush=True)
        for how in args.only or ("xlsxwriter", "openpyxl", "csv"):
            out = Path(tmp) / ("csv" if how == "csv" else f"{how}.xlsx")
            done = subprocess.run([sys.executable, __file__, "--child", str(workspace), how, str(out)],
                                  capture_output=True, text=True, check=True)
            r = json.loads(done.stdout.strip().splitlines()[-1])
            verdict = "" if how == "csv" else \
                f" -> wall {'met' if r['wall'] <= BUDGET_S else 'NOT met'}, CPU " \
                f"{'met' if r['cpu'] <= BUDGET_S else 'NOT met'} (budget {BUDGET_S:.0f} s)"
            print(f"{how:<10} wall {r['wall']:.1f} s, CPU {r['cpu']:.1f} s, peak RSS {r['rss_mb']:.0f} MB, "
                  f"{r['size'] / 1e6:.1f} MB written{verdict}", flush=True)
            print(f"           rows: {r['rows']}", flush=True)
        print(f"load average after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
