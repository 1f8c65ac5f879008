"""`inspector-cli` commands for sync by bundle files (scripted use at HQ).

Exit codes of `import` and `bundle verify`: 0 every bundle accepted (or
already held), 4 some held for approval (none rejected), 5 some rejected.
"""

from __future__ import annotations

import json
import sys

from .catalogue import say

ACCEPTED, HELD, REJECTED = 0, 4, 5

TRUST = {"self": ("chính máy này", "this device"), "trusted": ("đã tin cậy", "trusted"),
         "unknown": ("CHƯA được tin cậy", "NOT trusted"), "revoked": ("ĐÃ BỊ THU HỒI", "REVOKED"),
         "key_changed": ("KHÓA ĐÃ THAY ĐỔI", "KEY CHANGED"),
         "succeeded": ("đã tin cậy: khóa mới của trụ sở, được khóa cũ xác nhận",
                       "trusted: headquarters' new key, confirmed by its old key")}
ROLES = {"hq": ("trụ sở", "headquarters"), "field": ("máy kiểm tra", "field laptop")}
NOBODY = ("chưa ghi", "not given")




def register(commands, common, parser_class) -> dict:
    """Add this feature's sub-commands to `commands`; return their handlers."""
    enroll = commands.add_parser("enroll", parents=[common], help="ghi yêu cầu đăng ký máy gửi trụ sở")
    enroll.add_argument("--out", required=True, metavar="FILE", help="tệp yêu cầu đăng ký / request file")
    export = commands.add_parser("export", parents=[common], help="xuất gói dữ liệu / export a bundle")
    export.add_argument("--kind", required=True, choices=("findings", "peer", "distribution", "receipt"))
    export.add_argument("--to", required=True, metavar="DIR", help="thư mục đích (thẻ nhớ USB) / folder")
    export.add_argument("--recipient", action="append", metavar="FILE",
                        help="yêu cầu đăng ký (hoặc gói) của máy nhận / the recipient's enrollment file")
    export.add_argument("--full", action="store_true", help="xuất toàn bộ, không chỉ phần mới / everything")
    export.add_argument("--unencrypted", action="store_true", help="không mã hóa (không khuyến nghị)")
    imp = commands.add_parser("import", parents=[common], help="nhập gói dữ liệu / import bundles",
                              epilog="Mã thoát / exit codes: 0 nhận hết, 4 có gói chờ duyệt, 5 có gói bị từ chối.")
    imp.add_argument("paths", nargs="+", metavar="FILE_OR_DIR")
    imp.add_argument("--trust", metavar="FINGERPRINT",
                     help="duyệt gói từ thiết bị có vân tay này (đã so khớp) / approve this fingerprint")
    imp.add_argument("--retrust", metavar="FINGERPRINT",
                     help="tin cậy lại thiết bị đã bị thu hồi hoặc nhận khóa mới của thiết bị (đã xác minh) / "
                          "re-trust a revoked device or accept its new key")
    bundle = commands.add_parser("bundle", parents=[common], help="kiểm tra gói / check a bundle")
    bsub = bundle.add_subparsers(dest="action", required=True, parser_class=parser_class)
    verify = bsub.add_parser("verify", parents=[common])
    verify.add_argument("file", metavar="FILE")
    conflicts = commands.add_parser("conflicts", parents=[common], help="xung đột dữ liệu / conflicts")
    csub = conflicts.add_subparsers(dest="action", required=True, parser_class=parser_class)
    clist = csub.add_parser("list", parents=[common])
    clist.add_argument("--json", action="store_true")
    resolve = csub.add_parser("resolve", parents=[common])
    resolve.add_argument("key", help="mã xung đột trong ngoặc vuông / the key in brackets")
    resolve.add_argument("--keep", choices=("current", "other"), default="current")
    keys = commands.add_parser("keys", parents=[common], help="khóa của máy / device keys")
    ksub = keys.add_subparsers(dest="action", required=True, parser_class=parser_class)
    ksub.add_parser("rotate", parents=[common], help="trụ sở thay khóa / HQ changes its keys")
    return {"enroll": cmd_enroll, "export": cmd_export, "import": cmd_import, "bundle": cmd_bundle,
            "conflicts": cmd_conflicts, "keys": cmd_keys}


def _open(args):
    from .cli_common import open_workspace
    return open_workspace(args)


def cmd_keys(args, lang) -> int:
    """`keys rotate` (HQ): new keys, announced to laptops by a statement the old key signs."""
    with _open(args) as ws:
        done = ws.sync.rotate_keys()
        print(say(lang, "sync.keys_rotated", n=done.counter, old=done.old_fingerprint, new=done.new_fingerprint))
    return 0


def cmd_enroll(args, lang) -> int:
    with _open(args) as ws:
        result = ws.sync.enroll(args.out)
        print(say(lang, "sync.enrolled", path=result.path, fp=ws.keys.fingerprint))
    return 0


def cmd_export(args, lang) -> int:
    with _open(args) as ws:
        recipients = [ws.sync.recipient_from_file(path) for path in args.recipient or []]
        if args.unencrypted:
            print(say(lang, "sync.unencrypted"), file=sys.stderr)
        result = ws.sync.export(args.kind, args.to, recipients=recipients or None, full=args.full,
                                encrypt=not args.unencrypted)
        names = ", ".join(d.get("name") or d["id"] for d in result.recipients)
        print(say(lang, "sync.exported", kind=args.kind, path=result.path, ops=result.op_count,
                 media=result.media_count, size=result.size, to=names))
    return 0


def _line(lang: str, report) -> str:
    source = f"{report.source_name} ({report.fingerprint})" if report.source_name else "?"
    if report.status == "held" and report.reason in ("bundle_clock_ahead", "bundle_clock_behind"):
        return say(lang, "sync.held_clock", msg=report.message(lang))
    if report.status == "accepted":
        return say(lang, "sync.accepted", file=report.file, kind=report.kind, source=source, new=report.new_ops,
                  ops=report.op_count, media=report.new_media)
    if report.status == "already_had":
        return say(lang, "sync.already_had", file=report.file, kind=report.kind, source=source)
    if report.status == "held":
        # The approval prompt: the role this workspace gives the sender (never
        # the one it claims), its name, its user and its fingerprint.
        retrust = report.details.get("held_reason") in ("revoked", "key_changed")
        return say(lang, "sync.held_retrust" if retrust else "sync.held_device", msg=report.message(lang),
                   name=report.source_name or "?", role=ROLES.get(report.source_role or "", ROLES["field"]),
                   person=report.source_person or NOBODY, fp=report.fingerprint, file=report.file)
    line = say(lang, "sync.rejected", file=report.file, msg=report.message(lang))
    if report.quarantined_to:
        line += "\n" + say(lang, "sync.quarantined", path=report.quarantined_to)
    return line


def cmd_import(args, lang) -> int:
    from .errors import SyncError
    from .sync.importer import bundle_files
    with _open(args) as ws:
        files = bundle_files(args.paths)
        if not files:
            print(say(lang, "sync.none"), file=sys.stderr)
            return REJECTED
        code = ACCEPTED
        for path in files:
            report = ws.sync.import_file(path)
            given = args.retrust or args.trust
            if report.status == "held" and given and report.reason not in ("bundle_clock_ahead",
                                                                             "bundle_clock_behind"):
                try:
                    report = ws.sync.approve(report.bundle_id, given, retrust=bool(args.retrust))
                except SyncError as refused:       # e.g. a revoked device: --trust never re-trusts it
                    print(_line(lang, report), file=sys.stderr)
                    print(say(lang, "sync.not_approved", file=report.file, msg=refused.message(lang)),
                          file=sys.stderr)
                    code = REJECTED if code == REJECTED else HELD
                    continue
            stream = sys.stderr if report.status in ("rejected", "held") else sys.stdout
            print(_line(lang, report), file=stream)
            for warning in report.warnings:
                print(warning.message(lang), file=sys.stderr)
            if report.status == "rejected":
                code = REJECTED
            elif report.status == "held" and code == ACCEPTED:
                code = HELD
        return code


def cmd_bundle(args, lang) -> int:
    """`bundle verify`: the import's checks, nothing applied; the exit code is
    the one `import` would return for this file."""
    with _open(args) as ws:
        report = ws.sync.verify(args.file)
        for warning in report.warnings:
            print(warning.message(lang), file=sys.stderr)
        if report.status == "rejected":
            print(report.message(lang), file=sys.stderr)
            return REJECTED
        status = ws.sync.trust_status({"device_id": report.source_id, "sign_public": report.source_sign_public})
        if status == "key_changed" and report.status == "accepted":
            status = "succeeded"       # only a succession chain from the pinned HQ key gets a new key through
        trust = TRUST[status]
        print(say(lang, "sync.verify_ok", kind=report.kind, source=report.source_name, fp=report.fingerprint,
                 at=report.created_at, ops=report.op_count, files=report.media_count + (1 if report.op_count else 0),
                 trust=trust[1] if lang == "en" else trust[0]))
        if report.status == "held":
            print(report.message(lang), file=sys.stderr)
            return HELD
        return ACCEPTED


def _show(value) -> str:
    return json.dumps(value, ensure_ascii=False)


def cmd_conflicts(args, lang) -> int:
    with _open(args) as ws:
        if args.action == "resolve":
            ws.sync.resolve(args.key, keep=args.keep)
            print(say(lang, "sync.resolved", key=args.key))
            return 0
        found = ws.sync.conflicts()
        if args.json:
            print(json.dumps([{"key": c.key, **c.__dict__} for c in found], ensure_ascii=False, indent=2,
                             default=str))
            return 0
        if not found:
            print(say(lang, "sync.no_conflicts"))
        for c in found:
            print(say(lang, "sync.conflict", entity=c.entity_label(lang), title=c.row_title, field=c.field,
                     current=_show(c.current), cur_who=c.current_person_name or c.current_device_name or "?",
                     cur_when=c.current_at or "?", value=_show(c.value), who=c.person_name or c.device_name or "?",
                     when=c.at, key=c.key))
            if c.kind == "signed_minutes":
                print(f"  {c.attempt(lang)}")
                print(say(lang, "sync.signed"))
        return 0
