"""`inspector-cli` commands of headquarters: the raw data export and the HQ demo.

    inspector-cli export xlsx --period 2026-Q4 [--scope unit:00004] --out FILE [--csv DIR]
    inspector-cli export csv --period 2026-H1 [--scope plan:15/KH-UBND] --out DIR
    inspector-cli demo --role hq

`export` is also the bundle command (`export --kind … --to …`, cli_sync.py):
the format word picks this one, its absence the bundle one, so both keep the
name people type. `demo --role hq` makes a province's year in an HQ workspace;
without `--role` the field demo runs as before.
"""

from __future__ import annotations

import argparse
import sys
import time

from .catalogue import say
from .cli_common import open_workspace, pick, workspace_path
from .errors import os_reason


def register(commands, common, parser_class, handlers: dict) -> dict:
    """Add this group's words to `commands`; return the handlers, wrapping those of
    `handlers` (the commands registered before) whose parsers it extends."""
    export = commands.choices.get("export") or commands.add_parser("export", parents=[common])
    export.description = ("Xuất gói dữ liệu (--kind, --to), hoặc dữ liệu thô của trụ sở theo kỳ và phạm vi "
                          "(xlsx hoặc csv, --period, --out) / a bundle, or HQ's raw data of a period")
    export.add_argument("format", nargs="?", choices=("xlsx", "csv"),
                        help="dữ liệu thô của trụ sở: xlsx hoặc csv / HQ raw data")
    export.add_argument("--period", metavar="KỲ", help="2026-Q1, 2026-H1, 2026-Q3, 2026 (2026-Q4) hoặc "
                        "2026-03-01..2026-05-31")
    export.add_argument("--scope", metavar="PHẠM_VI", help="province, plan:<số>, team:<tên>, unit:<mã hoặc tên>")
    export.add_argument("--out", metavar="FILE_OR_DIR", help="tệp .xlsx (hoặc thư mục CSV) / output")
    export.add_argument("--csv", metavar="DIR", help="ghi thêm các tệp CSV vào thư mục này / also CSV here")
    # The bundle command's own options are required only when it is the one run.
    bundle_required = [a for a in export._actions if a.required and a.dest in ("kind", "to")]
    for action in bundle_required:
        action.required = False
    bundle = handlers.get("export")

    def cmd_export(args, lang) -> int:
        if args.format is None:
            missing = [a.option_strings[0] for a in bundle_required if getattr(args, a.dest) is None]
            if bundle is None or missing:
                export.error(f"the following arguments are required: {', '.join(missing) or 'xlsx | csv'}")
            assert bundle is not None
            return bundle(args, lang)
        if not args.period or not args.out:
            export.error("the following arguments are required: --period, --out")
        return _export(args, lang)

    demo = commands.choices.get("demo")
    field_demo = handlers.get("demo")
    if demo is not None:
        demo.add_argument("--role", choices=("field", "hq"), default="field",
                          help="dữ liệu mẫu của máy kiểm tra hoặc của trụ sở / field or HQ demo")
        demo.add_argument("--visits", type=int, default=300, help=argparse.SUPPRESS)

    def cmd_demo(args, lang) -> int:
        if getattr(args, "role", "field") == "hq":
            return _demo_hq(args, lang)
        assert field_demo is not None
        return field_demo(args, lang)

    return {"export": cmd_export, **({"demo": cmd_demo} if demo is not None else {})}


def _export(args, lang) -> int:
    from .hq import export, periods, scope, workbook

    with open_workspace(args) as ws:
        period = periods.parse(args.period)
        where = scope.parse(ws.db.conn, args.scope)
        jobs = [("xlsx", args.out), *([("csv", args.csv)] if args.csv else [])] if args.format == "xlsx" \
            else [("csv", args.out)]
        for kind, target in jobs:
            try:
                sink = workbook.XlsxSink(target) if kind == "xlsx" else workbook.CsvSink(target)
                rows = export.export(ws, period, sink, where, lang)
            except OSError as exc:
                print(say(lang, "hq.write_failed", path=target, detail=os_reason(exc)), file=sys.stderr)
                return 1
            print(say(lang, "hq.exported", period=period.label(lang), window=period.window(lang),
                      scope=where.label(lang), path=target, visits=rows["visits"], answers=rows["answers"],
                      records=rows["records"], findings=rows["findings"], requests=rows["requests"],
                      sheets=len(rows["sheets"]) + 1))
    return 0


def _demo_hq(args, lang) -> int:
    from . import demo_hq
    from .workspace import Workspace

    path = workspace_path(args)
    started = time.perf_counter()
    with (Workspace.open(path) if Workspace.exists(path) else Workspace.create(path, "hq")) as ws:
        if ws.role != "hq":
            print(say(lang, "hq.demo_needs_hq"), file=sys.stderr)
            return 1
        if ws.counts()["visit"]:
            print(say(lang, "cli.demo_exists"), file=sys.stderr)
            return 1
        made = demo_hq.fill(ws, visits=args.visits)
        counts = ws.counts()
    print(say(lang, "hq.demo_done", units=len(made["units"]), plans=len(made["plans"]), teams=len(made["teams"]),
              visits=len(made["visits"]), answers=counts["observation"], findings=counts["finding"],
              requests=counts["request"], seconds=pick(lang, _seconds(time.perf_counter() - started))))
    return 0


def _seconds(value: float) -> tuple[str, str]:
    """"12,3" in Vietnamese (decimal comma), "12.3" in English."""
    return f"{value:.1f}".replace(".", ","), f"{value:.1f}"
