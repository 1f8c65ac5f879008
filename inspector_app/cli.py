"""`inspector-cli`: the core from the command line (scripts, HQ, tests).

Every error ends the command with one line in Vietnamese (English with
`--lang en`) and a non-zero exit code.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from . import (
    cli_hq,
    cli_minutes,
    cli_overview,
    cli_par,
    cli_reinspection,
    cli_report,
    cli_requests,
    cli_sync,
    cli_visit,
)
from .catalogue import say
from .cli_common import open_workspace as _open
from .cli_common import pick
from .cli_common import workspace_path as _workspace_path
from .errors import InspectorError

if TYPE_CHECKING:
    from .workspace import Workspace

ENTITY_NAMES = {"visit": ("Cuộc kiểm tra", "Visit"), "org_unit": ("Đơn vị", "Unit"),
                "finding": ("Ghi nhận", "Finding"), "checklist_item": ("Tiêu chí", "Item")}


class _Parser(argparse.ArgumentParser):
    lang = "vi"

    def error(self, message: str):
        print(say(self.lang, "cli.usage", msg=usage_words(message, self.lang)), file=sys.stderr)
        raise SystemExit(2)


# argparse's refusals (Python 3.11's wording), each a message of the catalogue (catalogue/usage.py).
_USAGE = tuple((re.compile(pattern), code) for pattern, code in (
    (r"the following arguments are required: (?P<names>.+)", "cli.usage.required"),
    (r"one of the arguments (?P<names>.+) is required", "cli.usage.one_of"),
    (r"unrecognized arguments: (?P<names>.+)", "cli.usage.unknown"),
    (r"argument (?P<name>.+?): invalid choice: (?P<value>.+) \(choose from (?P<choices>.+)\)", "cli.usage.choice"),
    (r"argument (?P<name>.+?): expected one argument", "cli.usage.value"),
    (r"argument (?P<name>.+?): expected (?P<count>.+) arguments?", "cli.usage.values"),
    (r"argument (?P<name>.+?): invalid \S+ value: (?P<value>.+)", "cli.usage.invalid"),
    (r"argument (?P<name>.+?): not allowed with argument (?P<other>.+)", "cli.usage.together"),
    (r"ambiguous option: (?P<name>\S+) could match (?P<matches>.+)", "cli.usage.ambiguous"),
))
# The sub-command slots' own names (options and arguments are written as typed).
_SLOTS = {"command": "lệnh", "action": "lệnh con"}


def usage_words(message: str, lang: str) -> str:
    """argparse's `message` in `lang`: its own words in English; in Vietnamese the
    catalogue's (a refusal not recognised is said in general, never in English)."""
    if lang == "en":
        return message
    for pattern, code in _USAGE:
        found = pattern.fullmatch(message)
        if found:
            words = {k: _SLOTS.get(v, v) for k, v in found.groupdict().items()}
            return say(lang, code, **words)
    return say(lang, "cli.usage.other")


def build_parser() -> argparse.ArgumentParser:
    # A _Parser like the others, only because typeshed wants a sub-parser's
    # parents of the sub-parsers' class; as a parent, only its arguments count.
    common = _Parser(add_help=False)
    common.add_argument("--workspace", metavar="DIR", default=argparse.SUPPRESS,
                        help="thư mục không gian làm việc / workspace folder")
    common.add_argument("--lang", choices=("vi", "en"), default=argparse.SUPPRESS)
    parser = _Parser(prog="inspector-cli", parents=[common],
                     description="Inspector — công cụ dòng lệnh / command line")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    init = commands.add_parser("init", parents=[common], help="tạo không gian làm việc mới")
    init.add_argument("--role", choices=("field", "hq"), default="field")
    init.add_argument("--name", help="tên thiết bị / device name")
    commands.add_parser("info", parents=[common], help="thông tin không gian làm việc")
    commands.add_parser("demo", parents=[common], help="tạo dữ liệu mẫu")
    commands.add_parser("selftest", parents=[common], help="tự kiểm tra")
    checklists = commands.add_parser("checklists", parents=[common], help="phiếu kiểm tra")
    sub = checklists.add_subparsers(dest="action", required=True, parser_class=_Parser)
    sub.add_parser("list", parents=[common])
    show = sub.add_parser("show", parents=[common])
    show.add_argument("id", help="mã phiếu (id) hoặc mã hiệu (code)")
    visits = commands.add_parser("visits", parents=[common], help="cuộc kiểm tra")
    vsub = visits.add_subparsers(dest="action", required=True, parser_class=_Parser)
    vlist = vsub.add_parser("list", parents=[common])
    vlist.add_argument("--json", action="store_true")
    vlist.add_argument("--status")
    vlist.add_argument("--limit", type=int, default=50)
    search = commands.add_parser("search", parents=[common], help="tìm kiếm (không dấu cũng được)")
    search.add_argument("text", nargs="+")
    # Command groups that live with their feature: each adds its sub-parsers
    # and returns {command name: handler(args, lang) -> exit code}.
    for module in (cli_minutes, cli_overview, cli_par, cli_reinspection, cli_requests, cli_sync, cli_visit):
        COMMANDS.update(module.register(commands, common, _Parser))
    # Headquarters extends `export` (bundles → also xlsx/csv) and `demo` (--role hq): after the others.
    COMMANDS.update(cli_hq.register(commands, common, _Parser, {"export": cli_sync.cmd_export, "demo": cmd_demo}))
    # The period's report, and `visit record` (a visit's whole record as a PDF) beside `visit conclude`.
    COMMANDS.update(cli_report.register(commands, common, _Parser, {"visit": COMMANDS.get("visit")}))
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    lang = "en" if any(a in ("--lang=en",) for a in argv) or _after(argv, "--lang") == "en" else "vi"
    _Parser.lang = lang
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args, lang)
    except InspectorError as err:
        print(err.message(lang), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # the user still gets one line, not a traceback
        print(say(lang, "cli.unexpected", msg=f"{type(exc).__name__}: {exc}"), file=sys.stderr)
        return 3


def _after(argv: list[str], flag: str) -> str | None:
    return argv[argv.index(flag) + 1] if flag in argv and argv.index(flag) + 1 < len(argv) else None


def cmd_init(args, lang) -> int:
    from .workspace import Workspace
    with Workspace.create(_workspace_path(args), args.role, device_name=args.name) as ws:
        print(say(lang, "cli.created", role=ws.role, path=ws.path))
        print(say(lang, "cli.device", name=ws.device_name, id=ws.device_id))
        print(say(lang, "cli.fingerprint", fp=ws.keys.fingerprint))
    return 0


def cmd_info(args, lang) -> int:
    with _open(args) as ws:
        print(say(lang, "cli.path", path=ws.path))
        print(say(lang, "cli.role", role=ws.role))
        print(say(lang, "cli.device", name=ws.device_name, id=ws.device_id))
        print(say(lang, "cli.fingerprint", fp=ws.keys.fingerprint))
        print(say(lang, "cli.schema", v=ws.schema_version()))
        print(say(lang, "cli.counts", **ws.counts()))
        ok = ws.integrity_ok()
        print(say(lang, "cli.integrity", ok=say(lang, "cli.ok" if ok else "cli.bad")))
    return 0 if ok else 1


def cmd_demo(args, lang) -> int:
    from . import demo
    from .progress import NullProgress
    from .workspace import Workspace
    with Workspace.open_or_create(_workspace_path(args)) as ws:
        if ws.counts()["visit"]:
            print(say(lang, "cli.demo_exists"), file=sys.stderr)
            return 1
        made = demo.fill(ws, NullProgress())
        print(say(lang, "cli.demo_done", visits=len(made["visits"])))
    return 0


def selftest() -> str:
    """Write, reopen, read back and check integrity in a temporary workspace."""
    from .workspace import Workspace
    with tempfile.TemporaryDirectory(prefix="inspector-selftest-") as tmp:
        path = Path(tmp) / "ws"
        with Workspace.create(path, "field") as ws:
            templates = ws.checklists.list()
            if not templates:
                raise InspectorError("selftest_failed",
                                     detail=("không có phiếu kiểm tra dựng sẵn", "no built-in checklist"))
            template, item = next(
                (t, i) for t in templates for s in ws.checklists.structure(t["id"])["sections"]
                if not s["repeatable"] for i in s["items"] if i["answer_type"] == "compliance")
            unit, _ = ws.units.create("Ủy ban nhân dân phường Thử Nghiệm", "commune")
            visit, _ = ws.visits.create(unit, "surprise", "2026-01-05", [template["id"]])
            ws.visits.start(visit)
            ws.answers.answer(visit, item["id"], "khong_dat", note="Ghi chú tự kiểm tra")
        with Workspace.open(path) as ws:
            held = ws.answers.of_visit(visit).get((item["id"], None))
            if not held or held["value"] != "khong_dat" or not ws.integrity_ok():
                raise InspectorError("selftest_failed",
                                     detail=("dữ liệu đọc lại không khớp", "the data read back does not match"))
            if not ws.search("phuong thu nghiem"):
                raise InspectorError("selftest_failed", detail=("tìm kiếm không dấu không hoạt động",
                                                                "search without accents does not work"))
            # The bundles' native helpers work in a packaged build too: ISA-L's CRC-32, and
            # age (pyrage) encrypting to this device's key and decrypting with it.
            import io
            import zlib

            from .sync import envelope, keys, pipeline
            sealed, opened = io.BytesIO(), io.BytesIO()
            envelope.encrypt(iter([b"inspector"]), sealed, [keys.age_recipient(ws.keys.encrypt_public)])
            envelope.decrypt(io.BytesIO(sealed.getvalue()), opened, keys.age_identity(ws.path / "keys"))
            if pipeline.crc32(b"inspector") != zlib.crc32(b"inspector") or opened.getvalue() != b"inspector":
                raise InspectorError("selftest_failed", detail=("không nạp được phần mã hóa gói dữ liệu",
                                                                "the bundle encryption could not be loaded"))
        return str(path)


def cmd_selftest(args, lang) -> int:
    print(say(lang, "cli.selftest_ok", path=selftest()))
    return 0


def cmd_checklists(args, lang) -> int:
    with _open(args) as ws:
        if args.action == "list":
            for t in ws.checklists.list():
                count = len(ws.checklists.items(t["id"]))
                print(f"{t['id']}  {t['code']} v{t['version']}  {t['title']}  ({say(lang, 'cli.items', n=count)})")
            return 0
        template = _find_template(ws, args.id)
        print(f"{template['title']} — {template['code']} v{template['version']}")
        today = __import__("datetime").date.today().isoformat()
        for section in ws.checklists.structure(template["id"])["sections"]:
            extra = f" [{say(lang, 'cli.repeatable', label=section['record_label'])}]" if section["repeatable"] else ""
            print(f"\n{section['code']}. {section['title']}{extra}")
            for item in section["items"]:
                cites = "; ".join(f"{c['article']} {c['kind']} {c['number']}".strip()
                                  for c in ws.checklists.citations(item, today))
                print(f"  {item['code']}  {item['text']}  <{item['answer_type']}>" + (f"  — {cites}" if cites else ""))
    return 0


def _find_template(ws: Workspace, key: str) -> dict:
    from .errors import NotFoundError
    matches = [t for t in ws.checklists.list() if t["id"] == key or t["code"] == key]
    if not matches:
        raise NotFoundError("not_found", what=("phiếu kiểm tra", "checklist"), id=key)
    return max(matches, key=lambda t: t["version"])


def cmd_visits(args, lang) -> int:
    from .services.visits import KINDS, STATUSES
    with _open(args) as ws:
        rows = ws.visits.list(status=args.status, limit=args.limit)
        if args.json:
            print(json.dumps(rows, ensure_ascii=False, indent=2))
            return 0
        for v in rows:
            print(f"{v['id']}  {v['scheduled_on']}  {pick(lang, STATUSES[v['status']]):<18}  "
                  f"{pick(lang, KINDS[v['kind']])}  {v['unit_name']}")
    return 0


def cmd_search(args, lang) -> int:
    with _open(args) as ws:
        hits = ws.search(" ".join(args.text))
        if not hits:
            print(say(lang, "cli.no_hits"))
        for hit in hits:
            print(f"{pick(lang, ENTITY_NAMES[hit['entity']])}: {hit['title']}  ({hit['id']})")
    return 0


COMMANDS = {"init": cmd_init, "info": cmd_info, "demo": cmd_demo, "selftest": cmd_selftest,
            "checklists": cmd_checklists, "visits": cmd_visits, "search": cmd_search}

if __name__ == "__main__":
    raise SystemExit(main())
