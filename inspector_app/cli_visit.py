"""`inspector-cli` commands on one visit: undo and redo, findings with requests, the team as participants,
concluding it.

Everything the window does to a visit's record goes through the same core
service methods, so a script or a clerk at the command line can do it too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .catalogue import say
from .cli_common import open_workspace
from .services.plans import ROLES
from .services.visits import GENDERS, SIDES, UNIT_ROLES

_ROLE_CODES = tuple(dict.fromkeys([*ROLES, *UNIT_ROLES]))

if TYPE_CHECKING:
    from .workspace import Workspace


def register(commands, common, parser_class) -> dict:
    """Add this group's sub-commands to `commands`; return their handlers."""
    for name, text in (("undo", "hoàn tác thay đổi gần nhất của một cuộc kiểm tra"),
                       ("redo", "làm lại thay đổi vừa hoàn tác")):
        sub = commands.add_parser(name, parents=[common], help=text)
        sub.add_argument("--visit", required=True, metavar="VISIT_ID")
    findings = commands.add_parser("findings", parents=[common], help="ghi nhận và kiến nghị")
    fsub = findings.add_subparsers(dest="action", required=True, parser_class=parser_class)
    add = fsub.add_parser("add", parents=[common], help="thêm ghi nhận, kèm kiến nghị nếu có")
    add.add_argument("--visit", required=True, metavar="VISIT_ID")
    add.add_argument("--text", required=True)
    add.add_argument("--kind", choices=("shortcoming", "strength", "note"), default="shortcoming")
    add.add_argument("--item", metavar="CODE", help="mã tiêu chí, ví dụ C1")
    add.add_argument("--request", metavar="TEXT", help="nội dung kiến nghị")
    add.add_argument("--responsible", default="")
    add.add_argument("--deadline", metavar="YYYY-MM-DD")
    participants = commands.add_parser("participants", parents=[common], help="thành phần tham dự")
    psub = participants.add_subparsers(dest="action", required=True, parser_class=parser_class)
    team = psub.add_parser("add-team", parents=[common], help="thêm các thành viên của đoàn")
    team.add_argument("--visit", required=True, metavar="VISIT_ID")
    padd = psub.add_parser("add", parents=[common], help="thêm một người tham dự")
    padd.add_argument("--visit", required=True, metavar="VISIT_ID")
    padd.add_argument("--side", choices=tuple(SIDES), default="unit", help="team | unit | witness")
    padd.add_argument("--name", required=True)
    pedit = psub.add_parser("edit", parents=[common], help="sửa thông tin một người tham dự")
    pedit.add_argument("--participant", required=True, metavar="PARTICIPANT_ID")
    pedit.add_argument("--side", choices=tuple(SIDES))
    pedit.add_argument("--name")
    for sub in (padd, pedit):
        sub.add_argument("--position")
        sub.add_argument("--role", choices=_ROLE_CODES,
                         help="vai trò: " + ", ".join(f"{k} ({v[0]})" for k, v in {**ROLES, **UNIT_ROLES}.items()))
        sub.add_argument("--gender", choices=(*GENDERS, "none"), help="male (Ông) | female (Bà) | none (chưa ghi)")
    visit = commands.add_parser("visit", parents=[common], help="cuộc kiểm tra")
    vsub = visit.add_subparsers(dest="action", required=True, parser_class=parser_class)
    start = vsub.add_parser("start", parents=[common], help="bắt đầu cuộc kiểm tra (ghi giờ đến)")
    start.add_argument("--visit", required=True, metavar="VISIT_ID")
    start.add_argument("--at", metavar="YYYY-MM-DDTHH:MM", help="giờ đến (mặc định: bây giờ)")
    start.add_argument("--trigger", metavar="TEXT", help="lý do kiểm tra đột xuất (chỉ đạo, phản ánh của người dân…)")
    trigger = vsub.add_parser("trigger", parents=[common], help="ghi hoặc sửa lý do kiểm tra đột xuất")
    trigger.add_argument("--visit", required=True, metavar="VISIT_ID")
    trigger.add_argument("--text", required=True, help="lý do; để trống (\"\") để xóa")
    conclude = vsub.add_parser("conclude", parents=[common], help="kết thúc cuộc kiểm tra (ghi giờ kết thúc)")
    conclude.add_argument("--visit", required=True, metavar="VISIT_ID")
    conclude.add_argument("--at", metavar="YYYY-MM-DDTHH:MM", help="giờ kết thúc (mặc định: bây giờ)")
    conclude.add_argument("--reason", help="lý do, khi còn tiêu chí bắt buộc chưa trả lời")
    return {"undo": cmd_undo, "redo": cmd_undo, "findings": cmd_findings, "participants": cmd_participants,
            "visit": cmd_visit}


def cmd_visit(args, lang) -> int:
    """`visit start` (the arrival, and a surprise visit's trigger), `visit trigger` (record
    or correct it) and `visit conclude` (the leaving time stamped, as the window's Conclude
    does); refused with the core's message (a reason when required items are unanswered,
    a visit not in progress, signed minutes)."""
    from .text import moment

    with open_workspace(args) as ws:
        if args.action == "start":
            ws.visits.start(args.visit, args.at, trigger=args.trigger)
            print(say(lang, "visit.started", when=moment(ws.visits.get(args.visit)["arrived_at"])))
        elif args.action == "trigger":
            ws.visits.set_trigger(args.visit, args.text)
            print(say(lang, "visit.trigger_set") if args.text.strip() else say(lang, "visit.trigger_cleared"))
        else:
            ws.visits.conclude(args.visit, args.at, reason=args.reason)
            print(say(lang, "visit.concluded", when=moment(ws.visits.get(args.visit)["left_at"]), visit=args.visit))
    return 0


def cmd_undo(args, lang) -> int:
    with open_workspace(args) as ws:
        if args.command == "undo":
            what = ws.undo_history.undo_text(args.visit, lang)
            ws.undo(args.visit)
            print(say(lang, "visit.undone", what=what))
        else:
            what = ws.undo_history.redo_text(args.visit, lang)
            ws.redo(args.visit)
            print(say(lang, "visit.redone", what=what))
    return 0


def cmd_findings(args, lang) -> int:
    with open_workspace(args) as ws:
        item_id = None
        if args.item:
            item_id = _item_by_code(ws, args.visit, args.item)
            if item_id is None:
                print(say(lang, "visit.no_item", code=args.item))
                return 1
        request = None
        if args.request is not None:
            request = {"text": args.request, "responsible": args.responsible, "deadline": args.deadline}
        finding_id, request_id, _changes = ws.findings.add_with_request(
            args.visit, args.text, args.kind, item_id=item_id, request=request)
        print(say(lang, "visit.finding_added", finding=finding_id))
        if request_id:
            print(say(lang, "visit.request_added", request=request_id))
    return 0


def cmd_participants(args, lang) -> int:
    """`participants add-team | add | edit`: roles and Ông/Bà picked from the lists the
    window offers; the core refuses a person twice on one side, an unknown gender."""
    with open_workspace(args) as ws:
        if args.action == "add-team":
            changes = ws.visits.add_team_members(args.visit)
            print(say(lang, "visit.team_added", n=len(changes.ids("participant"))))
        elif args.action == "add":
            participant, _ = ws.visits.add_participant(
                args.visit, args.side, args.name, args.position or "", args.role or "",
                gender=None if args.gender in (None, "none") else args.gender)
            print(say(lang, "visit.participant_added", participant=participant))
        else:
            gender = None if args.gender is None else ("" if args.gender == "none" else args.gender)
            ws.visits.edit_participant(args.participant, name=args.name, position=args.position, role=args.role,
                                       side=args.side, gender=gender)
            print(say(lang, "visit.participant_edited", participant=args.participant))
    return 0


def _item_by_code(ws: Workspace, visit_id: str, code: str) -> str | None:
    for template_id in ws.visits.template_ids(visit_id):
        for item in ws.checklists.items(template_id):
            if item["code"] == code:
                return item["id"]
    return None
