"""`inspector-cli requests`: the register of requests at headquarters (issue 13, points 2 and 7).

    inspector-cli requests list [--overdue] [--status overdue,not_fixed] [--unit UNIT] [--period 2026]
                                [--scope plan:15/KH-UBND] [--search "niem yet"] [--today 2026-12-02] [--json]
    inspector-cli requests update REQUEST_ID --status reported --number 12/BC-UBND --date 2026-11-20 [--scan F]…
    inspector-cli requests update REQUEST_ID --status verified|not_fixed|partly|closed|open [--reason TEXT]
    inspector-cli requests update REQUEST_ID --status cancelled --reason "Đơn vị đã sáp nhập"
    inspector-cli requests letters --out DIR [--signer "Nguyễn Thị Thu Hà"] [--today …]

`list` sorts by deadline; `--overdue` keeps what is past its deadline and
still to be done (what a follow-up letter names); `--json` prints the rows
(ids, ISO dates, status codes with their Vietnamese names). `update` records
HQ's decision through `ws.requests` (one undo step). `letters` writes one
công văn đôn đốc (.docx) per unit with such requests.
"""

from __future__ import annotations

import json
import sys

from .catalogue import say
from .cli_common import open_workspace
from .errors import ValidationError, os_reason
from .services.request_status import STATUSES, STORED

_JSON_FIELDS = ("id", "visit_id", "visit_day", "visit_kind", "unit_id", "unit_name", "unit_code",
                "visited_unit_name", "item_code", "text", "responsible", "deadline", "status", "status_label",
                "late", "stored_status", "status_on", "status_reason", "report_number", "report_date",
                "report_media_ids", "plan_number", "team_name")


def register(commands, common, parser_class) -> dict:
    """Add `requests` and its sub-commands to `commands`; return the handler."""
    requests = commands.add_parser("requests", parents=[common], help="sổ theo dõi kiến nghị (trụ sở)")
    sub = requests.add_subparsers(dest="action", required=True, parser_class=parser_class)
    listing = sub.add_parser("list", parents=[common], help="danh sách kiến nghị, theo thời hạn")
    listing.add_argument("--overdue", action="store_true", help="chỉ kiến nghị quá hạn chưa khắc phục")
    listing.add_argument("--status", metavar="S1,S2", help="tình trạng: " + ", ".join(STATUSES) + ", outstanding")
    listing.add_argument("--unit", metavar="UNIT", help="mã hoặc tên đơn vị (kể cả đơn vị trực thuộc)")
    listing.add_argument("--search", metavar="TEXT", help="tìm trong nội dung (không dấu cũng được)")
    listing.add_argument("--json", action="store_true")
    update = sub.add_parser("update", parents=[common], help="ghi nhận kết quả thực hiện một kiến nghị")
    update.add_argument("id", metavar="REQUEST_ID")
    update.add_argument("--status", required=True, choices=tuple(STORED))
    update.add_argument("--number", help="số báo cáo của đơn vị (với --status reported)")
    update.add_argument("--date", metavar="YYYY-MM-DD", help="ngày báo cáo của đơn vị")
    update.add_argument("--scan", action="append", default=[], metavar="FILE", help="bản quét báo cáo")
    update.add_argument("--reason", default="", help="lý do, ghi chú")
    letters = sub.add_parser("letters", parents=[common], help="công văn đôn đốc, mỗi đơn vị một tệp .docx")
    letters.add_argument("--out", required=True, metavar="DIR")
    letters.add_argument("--signer", default="", help="họ và tên người ký")
    letters.add_argument("--place", default="", help="địa danh (mặc định: của đơn vị cấp tỉnh)")
    for sub_parser in (listing, letters):
        sub_parser.add_argument("--period", metavar="KỲ", help="2026-Q1, 2026-H1, 2026-Q3, 2026 hoặc "
                                "2026-03-01..2026-05-31 (ngày kiểm tra)")
        sub_parser.add_argument("--scope", metavar="PHẠM_VI", help="province, plan:<số>, team:<tên>, unit:<mã>")
    for sub_parser in (listing, update, letters):
        sub_parser.add_argument("--today", metavar="YYYY-MM-DD", help="ngày tính hạn (mặc định: hôm nay)")
    return {"requests": cmd_requests}


def cmd_requests(args, lang) -> int:
    with open_workspace(args) as ws:
        if args.action == "update":
            return _update(ws, args, lang)
        if args.action == "letters":
            return _letters(ws, args, lang)
        return _list(ws, args, lang)


def _filters(ws, args) -> dict:
    from .hq import periods, scope
    return {"period": periods.parse(args.period) if args.period else None,
            "scope": scope.parse(ws.db.conn, args.scope)}


def _list(ws, args, lang) -> int:
    from .hq import register, scope
    rows = register.entries(ws, today=args.today, **_filters(ws, args))
    units = None
    if args.unit:
        unit = scope.parse(ws.db.conn, f"unit:{args.unit}")
        units = _subtree(ws, unit.id or "")
    statuses = [s.strip() for s in args.status.split(",") if s.strip()] if args.status else None
    if statuses:
        unknown = [s for s in statuses if s not in STATUSES and s != "outstanding"]
        if unknown:
            raise ValidationError("invalid_value", field=("tình trạng", "status"),
                                  detail=", ".join(unknown) + " (" + ", ".join(STATUSES) + ")")
    shown = register.select(rows, status=statuses, unit_ids=units, search=args.search or "", late=args.overdue)
    if args.json:
        out = [{k: (register.label(r["status"], lang) if k == "status_label" else r[k]) for k in _JSON_FIELDS}
               for r in shown]
        json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    from .text import day
    for row in shown:
        print(say(lang, "requests.line", deadline=day(row["deadline"]) or "—",
                  status=register.label(row["status"], lang), unit=row["unit_name"] or "—", text=row["text"],
                  id=row["id"]))
    print(say(lang, "requests.count", count=len(shown), late=sum(r["late"] for r in shown), total=len(rows)))
    return 0


def _subtree(ws, unit_id: str) -> set[str]:
    """The unit and every live unit under it."""
    children: dict[str, list[str]] = {}
    for unit in ws.units.list():
        children.setdefault(unit.get("parent_id") or "", []).append(unit["id"])
    out, todo = set(), [unit_id]
    while todo:
        current = todo.pop()
        if current not in out:
            out.add(current)
            todo.extend(children.get(current, []))
    return out


def _update(ws, args, lang) -> int:
    from .hq import register
    from .services.base import require
    requests, on = ws.requests, args.today
    if args.status == "reported":
        requests.report(args.id, args.number or "", args.date, args.scan, note=args.reason, on=on)
    elif args.status == "verified":
        requests.verify(args.id, args.reason, on=on)
    elif args.status in ("not_fixed", "partly"):
        requests.not_fixed(args.id, args.reason, partly=args.status == "partly", on=on)
    elif args.status == "closed":
        requests.close(args.id, args.reason, on=on)
    elif args.status == "cancelled":
        requests.cancel(args.id, require(args.reason, ("lý do hủy bỏ kiến nghị", "reason for cancelling")), on=on)
    else:
        requests.reopen(args.id, args.reason, on=on)
    status = requests.status(args.id, args.today)
    print(say(lang, "requests.updated", status=register.label(status, lang), id=args.id))
    return 0


def _letters(ws, args, lang) -> int:
    from .hq import letters
    options = letters.LetterOptions(signer_name=args.signer, place=args.place)
    try:
        made = letters.write_all(ws, args.out, args.today, options, **_filters(ws, args))
    except OSError as exc:
        print(say(lang, "hq.write_failed", path=args.out, detail=os_reason(exc)), file=sys.stderr)
        return 1
    for letter in made:
        print(say(lang, "requests.letter", unit=letter.unit_name, count=letter.requests, path=letter.path))
    print(say(lang, "requests.letters", count=len(made), path=args.out))
    return 0
