"""`inspector-cli minutes render VISIT_ID --out FILE.pdf [--draft]` and `minutes verify FILE.pdf`.

`--draft` renders a preview of the minutes as the visit is now, also while it
is in progress, with "DỰ THẢO" on every page and no QR code (never signable).

Exit codes: 0 done / the PDF matches; 1 an error or a PDF that does not match
(one line in Vietnamese, English with `--lang en`, then what differs).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .catalogue import say

if TYPE_CHECKING:
    from .workspace import Workspace


def register(commands, common, parser_class) -> dict:
    """Add this feature's sub-commands to `commands`; return their handlers."""
    minutes = commands.add_parser("minutes", parents=[common], help="biên bản kiểm tra")
    sub = minutes.add_subparsers(dest="action", required=True, parser_class=parser_class)
    render = sub.add_parser("render", parents=[common], help="tạo biên bản PDF của một cuộc kiểm tra")
    render.add_argument("visit_id", metavar="VISIT_ID")
    render.add_argument("--out", metavar="FILE.pdf", required=True)
    render.add_argument("--draft", action="store_true",
                        help="bản dự thảo để xem trước (chữ “DỰ THẢO” trên mọi trang), cả khi chưa kết thúc kiểm tra")
    verify = sub.add_parser("verify", parents=[common], help="đối chiếu tệp PDF với biên bản đã lưu")
    verify.add_argument("file", metavar="FILE.pdf")
    return {"minutes": cmd_minutes}


def cmd_minutes(args, lang) -> int:
    from .cli_common import open_workspace

    with open_workspace(args) as ws:
        if args.action == "render":
            return _render(ws, args, lang)
        return _verify(ws, args, lang)


def _render(ws: Workspace, args, lang) -> int:
    out = Path(args.out)
    if args.draft:
        result = ws.minutes.render(args.visit_id, out, draft=True)
        print(say(lang, "minutes.draft_rendered", pages=result.pages, path=out))
        for vi, en in ws.minutes.warnings(args.visit_id):
            print(en if lang == "en" else vi, file=sys.stderr)
        return 0
    result = ws.minutes.render(args.visit_id, out)
    current = ws.minutes.current(args.visit_id)
    assert current is not None   # render() has just opened the draft when there was none
    if current["status"] == "signed":
        print(say(lang, "minutes.signed_copy", version=current["version"], path=out))
    else:
        print(say(lang, "minutes.rendered", version=current["version"], pages=result.pages, path=out,
                  sha=result.sha256))
        for vi, en in ws.minutes.warnings(args.visit_id):
            print(en if lang == "en" else vi, file=sys.stderr)
    return 0


def _verify(ws: Workspace, args, lang) -> int:
    verdict = ws.minutes.verify(args.file)
    stream = sys.stdout if verdict.ok else sys.stderr
    print(verdict.message(lang), file=stream)
    for line in verdict.details(lang):
        print(f"  - {line}", file=stream)
    return 0 if verdict.ok else 1
