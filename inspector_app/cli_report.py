"""`inspector-cli` commands of the period's report and of one visit's record (issue 13, points 4 and 7).

    inspector-cli report --period 2026-Q4 --out DIR [--scope unit:00004] [--number 125]
                         [--signer "Nguyễn Văn A"] [--as-of 2026-12-14] [--date 2026-12-20]
    inspector-cli visit record --visit VISIT_ID --out FILE.pdf

`report` writes the report (.docx, NĐ 30/2020 form, to edit in Word) and its
appendices (.xlsx) into DIR; `visit record` a PDF of one visit's whole record.
`visit` is cli_visit.py's command: this adds its `record` action.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time

from .catalogue import say
from .cli_common import open_workspace, pick
from .errors import os_reason


def register(commands, common, parser_class, handlers: dict) -> dict:
    """Add `report` and `visit record`; return the handlers (the `visit` one wraps `handlers`')."""
    report = commands.add_parser("report", parents=[common], help="báo cáo kết quả kiểm tra của kỳ (docx + xlsx)")
    report.add_argument("--period", required=True, metavar="KỲ",
                        help="2026-Q1 (quý I), 2026-H1 (6 tháng), 2026-Q3 (9 tháng), 2026 hoặc 2026-Q4 (năm)")
    report.add_argument("--out", required=True, metavar="DIR", help="thư mục ghi báo cáo và phụ lục")
    report.add_argument("--scope", metavar="PHẠM_VI", help="province, plan:<số>, team:<tên>, unit:<mã hoặc tên>")
    report.add_argument("--number", default="", help="số văn bản (để trống: ……)")
    report.add_argument("--signer", default="", help="họ và tên người ký")
    report.add_argument("--as-of", metavar="YYYY-MM-DD", help="ngày tính tình trạng kiến nghị (mặc định: "
                        "ngày cuối kỳ, hoặc hôm nay nếu sớm hơn)")
    report.add_argument("--date", metavar="YYYY-MM-DD", help="ngày của báo cáo (mặc định: hôm nay)")
    visit = commands.choices.get("visit")
    visit_handler = handlers.get("visit")
    out = {"report": _report}
    if visit is not None:
        actions = next(a for a in visit._actions if isinstance(a, argparse._SubParsersAction))
        record = actions.add_parser("record", parents=[common], help="phiếu kết quả của một cuộc kiểm tra (PDF)")
        record.add_argument("--visit", required=True, metavar="VISIT_ID")
        record.add_argument("--out", required=True, metavar="FILE.pdf")

        def cmd_visit(args, lang) -> int:
            if args.action == "record":
                return _record(args, lang)
            assert visit_handler is not None
            return visit_handler(args, lang)
        out["visit"] = cmd_visit
    return out


def _report(args, lang) -> int:
    from .hq import periods, report, report_text, scope
    from .services.base import check_date

    started = time.perf_counter()
    with open_workspace(args) as ws:
        period = periods.parse(args.period)
        where = scope.parse(ws.db.conn, args.scope)
        as_of = check_date(args.as_of, ("ngày tính tình trạng", "as-of date")) if args.as_of else None
        day = check_date(args.date, ("ngày báo cáo", "report date")) if args.date else None
        options = report_text.Options(number=args.number, signer_name=args.signer,
                                      day=dt.date.fromisoformat(day) if day else None)
        try:
            made = report.make(ws, period, args.out, where, options,
                               as_of=dt.date.fromisoformat(as_of) if as_of else None)
        except OSError as exc:
            print(say(lang, "hq.write_failed", path=args.out, detail=os_reason(exc)), file=sys.stderr)
            return 1
    seconds = time.perf_counter() - started
    print(say(lang, "report.done", period=period.label(lang), window=period.window(lang), scope=where.label(lang),
              docx=made.docx, xlsx=made.xlsx, visits=len(made.data.done), requests=len(made.data.requests),
              seconds=pick(lang, (f"{seconds:.1f}".replace(".", ","), f"{seconds:.1f}"))))
    return 0


def _record(args, lang) -> int:
    from .hq import visit_record

    with open_workspace(args) as ws:
        try:
            pages = visit_record.render(ws, args.visit, args.out)
        except OSError as exc:
            print(say(lang, "hq.write_failed", path=args.out, detail=os_reason(exc)), file=sys.stderr)
            return 1
    print(say(lang, "report.record_done", path=args.out, pages=pages))
    return 0
