"""`inspector-cli overview`: the headquarters' Overview of a period and a scope (issue 13, point 7).

    inspector-cli overview --period 2026-Q3 [--scope unit:00004] [--json] [--top 10] [--today 2026-11-30]

Prints each view of `hq/overview.Overview` in short lines, or every view as JSON
(`--json`: what a spreadsheet or a script reads; the same figures as the window's
Overview page). `--today` is the day the requests' deadlines are weighed against.
"""

from __future__ import annotations

import json

from .catalogue import say
from .cli_common import open_workspace
from .text import day


def register(commands, common, parser_class) -> dict:
    """Add `overview`; return its handler."""
    parser = commands.add_parser("overview", parents=[common],
                                 help="tổng quan của trụ sở theo kỳ và phạm vi / HQ overview")
    parser.add_argument("--period", required=True, metavar="KỲ",
                        help="2026-Q1, 2026-H1, 2026-Q3, 2026 (2026-Q4) hoặc 2026-03-01..2026-05-31")
    parser.add_argument("--scope", metavar="PHẠM_VI", help="province, plan:<số>, team:<tên>, unit:<mã hoặc tên>")
    parser.add_argument("--json", action="store_true", help="mọi số liệu dạng JSON / every figure as JSON")
    parser.add_argument("--top", type=int, default=10, help="số tiêu chí hay không đạt nhất / items listed")
    parser.add_argument("--today", metavar="YYYY-MM-DD", help="ngày xét hạn kiến nghị / day deadlines are weighed")
    return {"overview": cmd_overview}


def cmd_overview(args, lang) -> int:
    from .hq import overview, periods, scope

    with open_workspace(args) as ws:
        period = periods.parse(args.period)
        where = scope.parse(ws.db.conn, args.scope)
        view = overview.Overview(ws, period, where, lang, today=args.today)
        figures = view.as_dict(limit=max(args.top, 0))
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, indent=2))
        return 0
    for line in _lines(figures, lang):
        print(line)
    return 0


def _rate(value, lang: str) -> str:
    if value is None:
        return "—"
    text = f"{value:.1f}"
    return (text if lang == "en" else text.replace(".", ",")) + " %"


def _lines(figures: dict, lang: str) -> list[str]:
    period, where = figures["period"], figures["scope"]
    lines = [say(lang, "overview.title", period=period["label"], first=_day(period["first"], lang),
                 last=_day(period["last"], lang), scope=where["label"])]
    lines.append(say(lang, "overview.visits_head"))
    lines += [say(lang, "overview.visits", kind=r["label"], planned=r["planned"], done=r["done"],
                  in_progress=r["in_progress"], not_started=r["not_started"], rate=_rate(r["rate"], lang))
              for r in figures["visits"]] or [say(lang, "overview.none")]
    lines.append(say(lang, "overview.areas_head"))
    lines += [say(lang, "overview.area", code=r["area_code"], area=r["area"], failed=r["failed"],
                  checked=r["checked"], rate=_rate(r["rate"], lang)) for r in figures["areas"]] \
        or [say(lang, "overview.none")]
    lines.append(say(lang, "overview.items_head"))
    lines += [say(lang, "overview.item", code=r["item_code"], text=r["item_text"], failed=r["failed"],
                  checked=r["checked"]) for r in figures["items"]] or [say(lang, "overview.none")]
    staff, files, happy = figures["staff"], figures["late_files"], figures["satisfaction"]
    lines.append(say(lang, "overview.staff", rows=staff["rows"], flagged=staff["flagged"],
                     rate=_rate(staff["flagged_rate"], lang)))
    lines += [say(lang, "overview.breach", field=b["field"], answer=b["answer"], rows=b["rows"], visits=b["visits"])
              for b in staff["breaches"]]
    lines.append(say(lang, "overview.files", rows=files["rows"], late=files["late"],
                     rate=_rate(files["late_rate"], lang)))
    lines += [say(lang, "overview.breach", field=b["field"], answer=b["answer"], rows=b["rows"], visits=b["visits"])
              for b in files["breaches"]]
    lines.append(say(lang, "overview.interviews", interviews=happy["interviews"], visits=happy["visits"]))
    lines += [say(lang, "overview.criterion", text=r["text"], counts="; ".join(
        f"{label} {n}" for label, n in r["counts"].items()), rate=_rate(r["dissatisfied"], lang))
        for r in happy["rows"]]
    lines.append(say(lang, "overview.requests_head"))
    lines += [say(lang, "overview.status", status=r["label"], requests=r["requests"], visits=r["visits"])
              for r in figures["requests"]] or [say(lang, "overview.none")]
    return lines


def _day(iso: str, _lang: str) -> str:
    return day(iso)            # dd/MM/yyyy in both languages
