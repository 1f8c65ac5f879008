"""The PAR-index contribution as an .xlsx for the scoring council (issue 13, point 5).

Four sheets, each with a bold frozen header, filters and set widths (`hq/workbook.XlsxSink`):

1. "Tổng hợp theo đơn vị": per unit and area, the maximum points, the deductions proposed and
   accepted, and how many criteria still wait for a decision; a row "Cộng" per unit.
2. "Điểm trừ theo tiêu chí": per unit and criterion with evidence or a decision — checks,
   non-compliant checks, the share missing, requests outstanding at the end (31/12, or the day of export while
   the year runs; late ones), the
   proposal, the points accepted, accept or override, the reason, who and when, and whether
   the proposal has changed since the decision; the certainty of the criterion's points.
3. "Minh chứng": every non-compliant check and every outstanding request behind those figures.
4. "Ghi chú": the index, the decision it follows, what it applies to, how certain its points
   are, the rule of the proposal, the sources, the year and who exported.

Dates are real dates; points are numbers (Excel shows them with the machine's decimal comma).
"""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path
from typing import TYPE_CHECKING

from ..services.par import CERTAINTIES, CERTAINTY_SHORT, DECISION_KINDS
from ..services.request_status import label as status_label
from .par_evidence import CriterionEvidence, Owners, as_of_day, year_evidence
from .workbook import Column, XlsxSink

if TYPE_CHECKING:
    from ..workspace import Workspace

SUMMARY = [Column("Đơn vị", "Unit", width=42), Column("Mã đơn vị", "Unit code", "code", 11),
           Column("Mã lĩnh vực", "Area code", "code", 9), Column("Lĩnh vực", "Area", width=44),
           Column("Điểm tối đa", "Maximum points", "number", 10),
           Column("Điểm trừ đề xuất", "Proposed deduction", "number", 12),
           Column("Điểm trừ được chấp nhận", "Accepted deduction", "number", 14),
           Column("Số tiêu chí chưa quyết định", "Criteria not decided", "number", 16)]
CRITERIA = [Column("Đơn vị", "Unit", width=30), Column("Mã đơn vị", "Unit code", "code", 11),
            Column("Lĩnh vực", "Area", width=24), Column("Mã tiêu chí", "Criterion code", "code", 9),
            Column("Tiêu chí", "Criterion", width=40), Column("Điểm tối đa", "Maximum points", "number", 9),
            Column("Độ tin cậy của điểm", "Certainty of the points", width=15),
            Column("Số lượt kiểm tra", "Checks", "number", 10),
            Column("Số lượt không đạt", "Checks failed", "number", 10),
            Column("Tỷ lệ thiếu (%)", "Share missing (%)", "number", 10),
            Column("Kiến nghị chưa khắc phục cuối kỳ", "Requests outstanding at the end", "number", 13),
            Column("Trong đó quá hạn", "Of which late", "number", 10),
            Column("Điểm trừ đề xuất", "Proposed deduction", "number", 11),
            Column("Điểm trừ được chấp nhận", "Accepted deduction", "number", 12),
            Column("Quyết định", "Decision", width=18), Column("Lý do, ghi chú", "Reason, note", width=30),
            Column("Người quyết định", "Decided by", width=20),
            Column("Thời điểm quyết định", "Decided at", "datetime", 17),
            Column("Đề xuất đã thay đổi sau quyết định", "Proposal changed since", width=14)]
EVIDENCE = [Column("Đơn vị", "Unit", width=30), Column("Mã tiêu chí", "Criterion code", "code", 9),
            Column("Loại minh chứng", "Kind of evidence", width=22), Column("Ngày kiểm tra", "Visit day", "date", 12),
            Column("Đơn vị được kiểm tra", "Unit visited", width=30), Column("Phiếu", "Checklist", "code", 18),
            Column("Mã mục", "Item code", "code", 8), Column("Nội dung", "Text", width=50),
            Column("Kết quả, tình trạng", "Result, status", width=26), Column("Ghi chú", "Note", width=30),
            Column("Hạn khắc phục", "Deadline", "date", 12), Column("Quá hạn cuối kỳ", "Late at the end", width=10),
            Column("Mức thiếu", "Shortfall", "number", 9), Column("Mã cuộc kiểm tra", "Visit id", "code", 38)]
ABOUT = [Column("Mục", "Entry", width=34), Column("Nội dung", "Content", width=120)]

_KIND = {"check": ("Mục không đạt", "Item failed"), "request": ("Kiến nghị chưa khắc phục",
                                                               "Request outstanding")}
_YES = ("Có", "Yes")
_BY_RECORDS = ("không đạt theo hồ sơ, điểm danh vi phạm", "not met: records breach it")
_UNDECIDED = ("Chưa quyết định", "Not decided")


def export(ws: Workspace, year: int, path: Path | str, unit_id: str | None = None, lang: str = "vi",
           today: dt.date | str | None = None) -> dict:
    """Write the workbook; return what it holds: `units`, `criteria` rows, `evidence` rows,
    `proposed` and `accepted` totals (accepted counts decided criteria only)."""
    index = ws.par.index()
    evidence = year_evidence(ws, year, unit_id, index["id"], today)
    as_of = as_of_day(year, today)
    owners = Owners(ws)
    pick = 1 if lang == "en" else 0
    sink = XlsxSink(path)
    out: dict = {"units": len(evidence), "criteria": 0, "evidence": 0, "proposed": 0.0, "accepted": 0.0,
                 "as_of": as_of}
    try:
        summary = sink.sheet("Tổng hợp theo đơn vị" if pick == 0 else "Summary by unit", SUMMARY, lang)
        criteria = sink.sheet("Điểm trừ theo tiêu chí" if pick == 0 else "Deductions by criterion", CRITERIA, lang)
        proof = sink.sheet("Minh chứng" if pick == 0 else "Evidence", EVIDENCE, lang)
        about = sink.sheet("Ghi chú" if pick == 0 else "About", ABOUT, lang)
        # Long texts wrap in their columns, each row as tall as its longest text (a spreadsheet
        # does not grow rows by itself when the file is opened); headers get three lines.
        wrap = sink.book.add_format({"text_wrap": True, "valign": "top"})
        for handle, columns in ((summary, SUMMARY), (criteria, CRITERIA), (proof, EVIDENCE), (about, ABOUT)):
            handle.sheet.set_row(0, 48)
            if handle in (criteria, proof):       # printed across then down: the unit named on every page
                handle.sheet.repeat_columns(0, 0)
            for n, column in enumerate(columns):
                if _wraps(column):
                    handle.sheet.set_column(n, n, column.width, wrap)
        write = functools.partial(_write, wrap=wrap)
        areas = [n for n in ws.par.criteria(index["id"]) if n["level"] == "area"]
        for owner, entries in evidence.items():
            name, code = owners.name(owner), owners.code(owner)
            for area in areas:
                mine = [e for e in entries if e.area["id"] == area["id"]]
                write(summary, SUMMARY, [
                    name, code, area["code"], area["title"], area["points"], _sum(e.proposed for e in mine),
                    _sum(e.accepted or 0 for e in mine), sum(e.decision is None for e in mine)])
            write(summary, SUMMARY, [
                name, code, "", "Cộng" if pick == 0 else "Total", _sum(a["points"] for a in areas),
                _sum(e.proposed for e in entries), _sum(e.accepted or 0 for e in entries),
                sum(e.decision is None for e in entries)])
            out["proposed"] += _sum(e.proposed for e in entries)
            out["accepted"] += _sum(e.accepted or 0 for e in entries)
            for entry in entries:
                if not (entry.checks or entry.requests or entry.decision):
                    continue
                write(criteria, CRITERIA, _criterion_row(entry, name, code, pick))
                out["criteria"] += 1
                out["evidence"] += _evidence_rows(write, proof, entry, name, owners, pick)
        _about(write, about, ws, index, year, out, pick)
    finally:
        sink.close()
    out["proposed"], out["accepted"] = round(out["proposed"], 2), round(out["accepted"], 2)
    return out


def _criterion_row(entry: CriterionEvidence, name: str, code: str, pick: int) -> list:
    node, decision = entry.criterion, entry.decision or {}
    share = round(100 * entry.shortfall / len(entry.checks), 1) if entry.checks else None
    level = node["certainty"] or ""
    certainty = CERTAINTY_SHORT.get(level, (level, level))[pick].capitalize()
    return [name, code, f"{entry.area['code']}. {entry.area['title']}", node["code"], node["title"],
            node["points"], certainty, len(entry.checks), len(entry.failed), share, len(entry.requests), entry.late,
            entry.proposed, entry.accepted,
            DECISION_KINDS[decision["kind"]][pick] if decision.get("kind") in DECISION_KINDS else _UNDECIDED[pick],
            decision.get("note") or "", decision.get("decided_by") or "", _moment(decision.get("decided_at")),
            _YES[pick] if entry.stale else ""]


def _evidence_rows(write, sheet, entry: CriterionEvidence, name: str, owners: Owners, pick: int) -> int:
    count = 0
    for check in entry.failed:
        write(sheet, EVIDENCE, [
            name, entry.criterion["code"], _KIND["check"][pick], _day(check.day), owners.name(check.visited_unit_id),
            check.template_code, check.item_code, check.item_text, _answer(check, pick), check.note, None, "",
            round(check.shortfall, 4), check.visit_id])
        count += 1
    for request in entry.requests:
        write(sheet, EVIDENCE, [
            name, entry.criterion["code"], _KIND["request"][pick], _day(request.visit_day),
            owners.name(request.visited_unit_id), "", request.item_code or "", request.text,
            status_label(request.status, "en" if pick else "vi"), "", _day(request.deadline),
            _YES[pick] if request.late else "", None, request.visit_id])
        count += 1
    return count


def _answer(check, pick: int) -> str:
    """The answer as typed, and why it counts as not met when only records breach it."""
    if not check.by_records:
        return check.answer
    why = _BY_RECORDS[pick]
    return f"{check.answer} — {why}" if check.answer else why


def _about(write, sheet, ws: Workspace, index: dict, year: int, out: dict, pick: int) -> None:
    certainty = CERTAINTIES.get(index.get("certainty") or "", ("", ""))[pick]
    rows = [
        ("Bộ chỉ số", "Index", index["title"]),
        ("Căn cứ", "Based on", index.get("decision") or ""),
        ("Áp dụng cho", "Applies to", index.get("applies_to") or ""),
        ("Độ tin cậy của điểm", "Certainty of the points", ". ".join(filter(None, (certainty, index.get("note"))))),
        ("Cách đề xuất điểm trừ", "How deductions are proposed", (index.get("rule") or {}).get("text") or ""),
        ("Đơn vị được chấm", "Units scored",
         "Sở, ban, ngành và Ủy ban nhân dân cấp xã (cấp huyện trước 07/2025); cuộc kiểm tra tại đơn vị "
         "trực thuộc (như Trung tâm Phục vụ hành chính công) tính cho đơn vị được chấm gần nhất bên trên."),
        ("Năm", "Year", str(year)),
        ("Cuối kỳ (tình trạng kiến nghị tính đến ngày)", "End (requests judged on)", _day_text(out["as_of"])),
        ("Tổng điểm trừ đề xuất", "Total proposed", _text(out["proposed"], pick)),
        ("Tổng điểm trừ được chấp nhận", "Total accepted", _text(out["accepted"], pick)),
        ("Ngày xuất", "Exported on", dt.date.today().strftime("%d/%m/%Y")),
        ("Máy xuất dữ liệu", "Exported by", ws.device_name),
    ]
    for vi, en, value in rows:
        write(sheet, ABOUT, [en if pick else vi, value])
    for source in index.get("sources") or []:
        write(sheet, ABOUT, [f"{'Source' if pick else 'Nguồn'} [{source.get('ref', '')}]",
                              f"{source.get('what', '')} — {source.get('url', '')}"])


def _wraps(column: Column) -> bool:
    return column.kind == "text" and column.width >= 30


def _write(handle, columns: list[Column], values: list, wrap=None) -> None:
    """One row, as tall as the lines its longest wrapped text needs (about 1,1 characters of
    text per unit of column width at the default font; 15 points a line)."""
    lines = 1
    for column, value in zip(columns, values):
        if _wraps(column) and isinstance(value, str) and value:
            lines = max(lines, -(-len(value) // int(column.width * 1.1)))
    if lines > 1:   # the row's format wraps and tops its plain cells, numbers beside a long text included
        handle.sheet.set_row(handle.rows + 1, 15 * lines, wrap)
    handle.row(values)


def _sum(values) -> float:
    return round(sum(v or 0 for v in values), 2)


def _text(value: float, pick: int) -> str:
    text = f"{value:g}"
    return text if pick else text.replace(".", ",")


def _day_text(iso: str) -> str:
    return f"{iso[8:10]}/{iso[5:7]}/{iso[:4]}"


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _moment(value: str | None) -> dt.datetime | None:
    """A stored moment (ISO with its offset) as the local wall-clock time it was written in."""
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value).replace(tzinfo=None)
    except ValueError:
        return None
