"""`inspector-cli par …`: the PAR index at headquarters (issue 13, point 5).

    inspector-cli par load [--file FILE.json] [--replace]
    inspector-cli par list [--json]
    inspector-cli par evidence --year 2026 [--unit UNIT] [--json]
    inspector-cli par decide --year 2026 --unit UNIT --criterion 1.1 (--accept | --points 2,5 --note LÝ_DO)
    inspector-cli par undo --year 2026 --unit UNIT --criterion 1.1
    inspector-cli par export --year 2026 [--unit UNIT] --out FILE.xlsx
    inspector-cli par set --criterion 1.1.1 [--points 2,5] [--title …] [--certainty verified] [--note …]
    inspector-cli par map|unmap --criterion 3.2 --checklist mot-cua-dot-xuat --item A1

A unit is named as `export --scope unit:…` names it: its id, code or (part of) its name,
accents and case ignored. Points may be written with a decimal comma.
"""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING

from .catalogue import say
from .cli_common import open_workspace
from .errors import NotFoundError, ValidationError, os_reason
from .text import day as text_day

if TYPE_CHECKING:
    from .workspace import Workspace


def register(commands, common, parser_class) -> dict:
    """Add `par` and its sub-commands to `commands`; return the handler."""
    par = commands.add_parser("par", parents=[common], help="Chỉ số cải cách hành chính (trụ sở) / PAR index")
    sub = par.add_subparsers(dest="action", required=True, parser_class=parser_class)
    load = sub.add_parser("load", parents=[common], help="nạp Bộ chỉ số (mặc định: khung QĐ 876/QĐ-BNV)")
    load.add_argument("--file", metavar="FILE.json", help="tệp Bộ chỉ số khác / another index file")
    load.add_argument("--replace", action="store_true", help="ghi lại giá trị của tệp lên bản đã sửa")
    listing = sub.add_parser("list", parents=[common], help="các lĩnh vực, tiêu chí, điểm và độ tin cậy")
    listing.add_argument("--json", action="store_true")
    evidence = sub.add_parser("evidence", parents=[common], help="minh chứng và điểm trừ đề xuất theo năm")
    evidence.add_argument("--year", type=int, required=True, metavar="NĂM")
    evidence.add_argument("--unit", metavar="ĐƠN_VỊ", help="mã, tên hoặc một phần tên đơn vị")
    evidence.add_argument("--json", action="store_true")
    for name, text in (("decide", "chấp nhận hoặc điều chỉnh điểm trừ"), ("undo", "hủy quyết định gần nhất")):
        command = sub.add_parser(name, parents=[common], help=text)
        command.add_argument("--year", type=int, required=True, metavar="NĂM")
        command.add_argument("--unit", required=True, metavar="ĐƠN_VỊ")
        command.add_argument("--criterion", required=True, metavar="MÃ_TIÊU_CHÍ")
        if name == "decide":
            how = command.add_mutually_exclusive_group(required=True)
            how.add_argument("--accept", action="store_true", help="chấp nhận điểm trừ đề xuất")
            how.add_argument("--points", metavar="ĐIỂM", help="điểm trừ điều chỉnh (cần --note)")
            command.add_argument("--note", default="", metavar="LÝ_DO")
            command.add_argument("--by", metavar="HỌ_TÊN", help="người quyết định (mặc định: người dùng hiện tại)")
    edit = sub.add_parser("set", parents=[common], help="sửa điểm, tên, độ tin cậy hoặc ghi chú của một tiêu chí")
    edit.add_argument("--criterion", required=True, metavar="MÃ_TIÊU_CHÍ")
    edit.add_argument("--points", metavar="ĐIỂM")
    edit.add_argument("--title", metavar="TÊN")
    edit.add_argument("--certainty", choices=("verified", "reported", "placeholder"))
    edit.add_argument("--note", metavar="GHI_CHÚ")
    for name, text in (("map", "gắn một mục của phiếu vào tiêu chí"), ("unmap", "bỏ gắn một mục của phiếu")):
        command = sub.add_parser(name, parents=[common], help=text)
        command.add_argument("--criterion", required=True, metavar="MÃ_TIÊU_CHÍ")
        command.add_argument("--checklist", required=True, metavar="MÃ_PHIẾU")
        command.add_argument("--item", required=True, metavar="MÃ_MỤC")
    export = sub.add_parser("export", parents=[common], help="bảng .xlsx cho Hội đồng thẩm định")
    export.add_argument("--year", type=int, required=True, metavar="NĂM")
    export.add_argument("--unit", metavar="ĐƠN_VỊ")
    export.add_argument("--out", required=True, metavar="FILE.xlsx")
    return {"par": cmd_par}


def cmd_par(args, lang) -> int:
    with open_workspace(args) as ws:
        return _ACTIONS[args.action](ws, args, lang)


def _load(ws: Workspace, args, lang) -> int:
    index_id, changes = ws.par.load(args.file, replace=args.replace)
    index = ws.par.index(index_id)
    nodes = ws.par.criteria(index_id)
    print(say(lang, "par.loaded" if changes else "par.already_loaded", title=index["title"],
              areas=sum(n["level"] == "area" for n in nodes), criteria=sum(n["level"] != "area" for n in nodes),
              mapped=len(ws.par.mappings(index_id)), points=_num(ws.par.total_points(index_id))))
    return 0


def _list(ws: Workspace, args, lang) -> int:
    from .services.par import CERTAINTIES, CERTAINTY_SHORT

    index = ws.par.index()
    nodes = ws.par.criteria(index["id"])
    counts: dict[str, int] = {}
    for row in ws.par.mappings(index["id"]):
        counts[row["criterion_id"]] = counts.get(row["criterion_id"], 0) + 1
    if args.json:
        print(json.dumps({"index": {k: index[k] for k in ("id", "code", "title", "decision", "certainty", "note")},
                          "criteria": [{k: n[k] for k in ("code", "level", "title", "points", "certainty", "note")}
                                       | {"mapped_items": counts.get(n["id"], 0)} for n in nodes]},
                         ensure_ascii=False, indent=1))
        return 0
    print(say(lang, "par.index", title=index["title"], decision=index["decision"] or "",
              certainty=CERTAINTIES.get(index["certainty"] or "", ("", ""))))
    for node in nodes:
        print(say(lang, "par.node", indent="  " * (node["code"].count(".")), code=node["code"], title=node["title"],
                  points=_num(node["points"] or 0), items=counts.get(node["id"], 0),
                  certainty=CERTAINTY_SHORT.get(node["certainty"] or "", ("", ""))))
    return 0


def _evidence(ws: Workspace, args, lang) -> int:
    from .hq import par_evidence

    unit = _unit(ws, args.unit) if args.unit else None
    found = par_evidence.year_evidence(ws, args.year, unit)
    owners = par_evidence.Owners(ws)
    day = text_day(par_evidence.as_of_day(args.year))
    if args.json:
        print(json.dumps([{"unit_id": owner, "unit": owners.name(owner), "criteria": [
            {"code": e.criterion["code"], "points": e.criterion["points"], "checks": len(e.checks),
             "failed": len(e.failed), "shortfall": round(e.shortfall, 4), "requests": len(e.requests),
             "late": e.late, "proposed": e.proposed, "accepted": e.accepted,
             "decision": (e.decision or {}).get("kind"), "stale": e.stale} for e in entries]}
            for owner, entries in found.items()], ensure_ascii=False, indent=1))
        return 0
    if not found:
        print(say(lang, "par.nothing", year=args.year))
    for owner, entries in found.items():
        print(say(lang, "par.unit", unit=owners.name(owner), year=args.year,
                  proposed=_num(sum(e.proposed for e in entries)),
                  accepted=_num(sum(e.accepted or 0 for e in entries)),
                  undecided=sum(e.decision is None for e in entries)))
        for e in entries:
            if not (e.checks or e.requests or e.decision):
                continue
            decided = ("", "") if e.decision is None else _both("par.decided_suffix", accepted=_num(e.accepted or 0))
            print(say(lang, "par.criterion", code=e.criterion["code"], title=e.criterion["title"], day=day,
                      checks=len(e.checks), failed=len(e.failed), requests=len(e.requests), late=e.late,
                      proposed=_num(e.proposed), points=_num(e.criterion["points"] or 0), decided=decided))
    return 0


def _decide(ws: Workspace, args, lang) -> int:
    from .hq import par_evidence

    unit = _unit(ws, args.unit)
    node = _criterion(ws, args.criterion)
    entry = next(e for e in par_evidence.unit_evidence(ws, unit, args.year) if e.criterion["id"] == node["id"])
    accepted = None if args.accept else _points(args.points)
    ws.par.decide(unit, args.year, node["id"], proposed=entry.proposed, accepted=accepted, note=args.note,
                  by=args.by)
    current = ws.par.decision(unit, args.year, node["id"]) or {}
    print(say(lang, "par.decided", code=node["code"], unit=ws.units.get(unit)["name"], year=args.year,
              accepted=_num(current.get("accepted") or 0), proposed=_num(entry.proposed),
              by=current.get("decided_by") or ""))
    return 0


def _undo(ws: Workspace, args, lang) -> int:
    unit = _unit(ws, args.unit)
    node = _criterion(ws, args.criterion)
    ws.par.undo_decision(unit, args.year, node["id"])
    current = ws.par.decision(unit, args.year, node["id"])
    print(say(lang, "par.undone", code=node["code"], unit=ws.units.get(unit)["name"], year=args.year,
              now=_both("par.not_decided") if current is None else
              _both("par.now_deduct", accepted=_num(current["accepted"]))))
    return 0


def _set(ws: Workspace, args, lang) -> int:
    from .services.par import CERTAINTY_SHORT

    node = _criterion(ws, args.criterion)
    ws.par.update_criterion(node["id"], title=args.title, certainty=args.certainty, note=args.note,
                            points=None if args.points is None else _points(args.points))
    node = ws.par.criterion(node["id"])
    print(say(lang, "par.set", code=node["code"], title=node["title"], points=_num(node["points"] or 0),
              certainty=CERTAINTY_SHORT.get(node["certainty"] or "", ("", "")),
              total=_num(ws.par.total_points(node["index_id"]))))
    return 0


def _map(ws: Workspace, args, lang) -> int:
    node = _criterion(ws, args.criterion)
    if args.action == "map":
        ws.par.map(node["id"], args.checklist, args.item)
    else:
        found = [m for m in ws.par.mappings(node["index_id"]) if m["criterion_id"] == node["id"]
                 and m["template_code"] == args.checklist and m["item_code"] == args.item]
        if not found:
            raise NotFoundError("not_found", what=("liên kết tiêu chí với chỉ số", "PAR mapping"),
                                id=f"{args.checklist} {args.item} → {node['code']}")
        ws.par.unmap(found[0]["id"])
    items = sum(m["criterion_id"] == node["id"] for m in ws.par.mappings(node["index_id"]))
    print(say(lang, "par.mapped" if args.action == "map" else "par.unmapped", checklist=args.checklist,
              item=args.item, code=node["code"], items=items))
    return 0


def _export(ws: Workspace, args, lang) -> int:
    from .hq import par_export

    unit = _unit(ws, args.unit) if args.unit else None
    try:
        figures = par_export.export(ws, args.year, args.out, unit, lang)
    except OSError as exc:
        print(say(lang, "par.write_failed", path=args.out, detail=os_reason(exc)), file=sys.stderr)
        return 1
    print(say(lang, "par.exported", year=args.year, path=args.out, units=figures["units"],
              criteria=figures["criteria"], evidence=figures["evidence"], proposed=_num(figures["proposed"]),
              accepted=_num(figures["accepted"])))
    return 0


def _unit(ws: Workspace, text: str) -> str:
    from .hq import scope

    key = text if text.startswith("unit:") else f"unit:{text}"
    found = scope.parse(ws.db.conn, key)
    assert found.id is not None
    return found.id


def _criterion(ws: Workspace, code: str) -> dict:
    index = ws.par.index()
    for node in ws.par.criteria(index["id"]):
        if node["code"] == code.strip():
            return node
    raise NotFoundError("not_found", what=("tiêu chí của chỉ số cải cách hành chính", "PAR criterion"), id=code)


def _points(text: str) -> float:
    try:
        return float(text.replace(",", "."))
    except ValueError:
        raise ValidationError("invalid_value", field=("điểm trừ", "deduction"), detail=repr(text)) from None


def _both(code: str, **params) -> tuple[str, str]:
    """A catalogue line in both languages, to be put inside another line in the reader's language."""
    return say("vi", code, **params), say("en", code, **params)


def _num(value: float) -> tuple[str, str]:
    """A number of points as people write it: "4,5" in Vietnamese, "4.5" in English."""
    text = f"{round(float(value), 2):g}"
    return text.replace(".", ","), text


_ACTIONS = {"load": _load, "list": _list, "evidence": _evidence, "decide": _decide, "undo": _undo,
            "export": _export, "set": _set, "map": _map, "unmap": _map}

