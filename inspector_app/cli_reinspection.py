"""`inspector-cli reinspection`: plan re-inspections at headquarters, record checks on site (issue 13, point 3).

    inspector-cli reinspection list [--unit UNIT] [--today 2026-12-02] [--json]
    inspector-cli reinspection plan --unit UNIT --date 2027-01-15 [--team TEAM] [--plan PLAN] [--request ID]…
    inspector-cli reinspection cancel VISIT_ID
    inspector-cli reinspection show VISIT_ID
    inspector-cli reinspection check --visit VISIT_ID --request REQUEST_ID --result fixed|not_fixed|partly
                                     [--note TEXT] [--evidence FILE]…

`list` names the units with requests still to do (late ones first) and their
requests; `plan` makes a re-inspection visit of a unit linked to its open
requests (all those not yet planned, or the `--request` ones), with the team
and plan named by id, number or name as `--scope` takes them; the next
distribution takes it to the team's laptops. `show` and `check` are the
laptop's side: the requests of a re-inspection visit and their results.
Everything goes through `ws.reinspection`, as the window does.
"""

from __future__ import annotations

import json
import sys

from .catalogue import say
from .cli_common import open_workspace, pick


def register(commands, common, parser_class) -> dict:
    """Add `reinspection` and its sub-commands to `commands`; return the handler."""
    from .services.reinspection import RESULTS

    root = commands.add_parser("reinspection", parents=[common], help="tái kiểm tra việc thực hiện kiến nghị")
    sub = root.add_subparsers(dest="action", required=True, parser_class=parser_class)
    listing = sub.add_parser("list", parents=[common], help="đơn vị còn kiến nghị chưa khắc phục (trụ sở)")
    listing.add_argument("--unit", metavar="UNIT", help="mã hoặc tên đơn vị")
    listing.add_argument("--today", metavar="YYYY-MM-DD", help="ngày tính hạn (mặc định: hôm nay)")
    listing.add_argument("--json", action="store_true")
    plan = sub.add_parser("plan", parents=[common], help="lập cuộc tái kiểm tra một đơn vị (trụ sở)")
    plan.add_argument("--unit", required=True, metavar="UNIT", help="mã hoặc tên đơn vị")
    plan.add_argument("--date", required=True, metavar="YYYY-MM-DD", help="ngày dự kiến tái kiểm tra")
    plan.add_argument("--team", metavar="TEAM", help="tên (hoặc id) đoàn kiểm tra")
    plan.add_argument("--plan", metavar="PLAN", help="số (hoặc id) kế hoạch kiểm tra")
    plan.add_argument("--request", action="append", metavar="REQUEST_ID",
                      help="kiến nghị cần kiểm tra lại (mặc định: mọi kiến nghị còn mở chưa có lịch)")
    cancel = sub.add_parser("cancel", parents=[common], help="hủy cuộc tái kiểm tra chưa bắt đầu (trụ sở)")
    cancel.add_argument("visit", metavar="VISIT_ID")
    show = sub.add_parser("show", parents=[common], help="các kiến nghị của một cuộc tái kiểm tra")
    show.add_argument("visit", metavar="VISIT_ID")
    check = sub.add_parser("check", parents=[common], help="ghi kết quả kiểm tra lại một kiến nghị")
    check.add_argument("--visit", required=True, metavar="VISIT_ID")
    check.add_argument("--request", required=True, metavar="REQUEST_ID")
    check.add_argument("--result", required=True, choices=tuple(RESULTS))
    check.add_argument("--note", help="ghi chú")
    check.add_argument("--evidence", action="append", default=[], metavar="FILE", help="ảnh, tài liệu minh chứng")
    return {"reinspection": cmd_reinspection}


def cmd_reinspection(args, lang) -> int:
    with open_workspace(args) as ws:
        return {"list": _list, "plan": _plan, "cancel": _cancel, "show": _show, "check": _check}[args.action](
            ws, args, lang)


def _named(ws, kind: str, text: str | None) -> str | None:
    """The id of the unit, team or plan named as `--scope` names them (id, code, number or name)."""
    from .hq import scope
    return scope.parse(ws.db.conn, f"{kind}:{text}").id if text else None


def _list(ws, args, lang) -> int:
    from .text import day
    units = ws.reinspection.candidates(args.today, unit_id=_named(ws, "unit", args.unit))
    if args.json:
        keys = ("id", "text", "deadline", "effective", "overdue", "planned_visit_id", "visit_id")
        json.dump([{**{k: u[k] for k in ("unit_id", "unit_name", "open", "overdue", "first_deadline", "planned")},
                    "requests": [{k: r[k] for k in keys} for r in u["requests"]]} for u in units],
                  sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    from .hq.register import label
    for unit in units:
        print(say(lang, "reinspection.unit", unit=unit["unit_name"], open=unit["open"], overdue=unit["overdue"],
                  id=unit["unit_id"]))
        for request in unit["requests"]:
            planned = say(lang, "reinspection.planned") if request["planned_visit_id"] else ""
            print(say(lang, "reinspection.request", deadline=day(request["deadline"]) or "—",
                      status=label(request["effective"], lang), text=request["text"], id=request["id"]) + planned)
    print(say(lang, "reinspection.units", count=len(units)))
    return 0


def _plan(ws, args, lang) -> int:
    from .text import day
    visit_id, _ = ws.reinspection.plan(_named(ws, "unit", args.unit) or "", args.date, request_ids=args.request,
                                       team_id=_named(ws, "team", args.team), plan_id=_named(ws, "plan", args.plan))
    visit = ws.visits.get(visit_id)
    print(say(lang, "reinspection.planned_visit", title=visit["title"], day=day(visit["scheduled_on"]),
              count=len(ws.reinspection.requests_of(visit_id)), id=visit_id))
    return 0


def _cancel(ws, args, lang) -> int:
    ws.reinspection.cancel(args.visit)
    print(say(lang, "reinspection.cancelled", id=args.visit))
    return 0


def _show(ws, args, lang) -> int:
    from .services.reinspection import RESULTS
    from .text import day
    visit = ws.visits.get(args.visit)
    print(visit["title"] or "")
    for request in ws.reinspection.requests_of(args.visit):
        check = request["check"]
        result = pick(lang, RESULTS[check["result"]]) if check else say(lang, "reinspection.not_checked")
        print(say(lang, "reinspection.request", deadline=day(request["deadline"]) or "—", status=result,
                  text=request["text"], id=request["id"]))
        if check and check["note"]:
            print("    " + check["note"])
    return 0


def _check(ws, args, lang) -> int:
    from .services.reinspection import RESULTS
    with ws.writer.batch():
        check_id, _ = ws.reinspection.record(args.visit, args.request, args.result, args.note)
        if args.evidence:
            ws.reinspection.add_evidence(check_id, args.evidence)
    print(say(lang, "reinspection.checked", result=pick(lang, RESULTS[args.result]), files=len(args.evidence),
              id=check_id))
    return 0
