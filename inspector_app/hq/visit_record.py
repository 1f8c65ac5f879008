"""A PDF of one visit's whole record (issue 13, point 4: what ODK and Kobo users ask for).

Not the minutes (which summarise and are signed): every answer of every
checklist, in the checklist's order (with the points of a scored checklist);
each repeatable section's records (roll call, case files, interviews) one row
per record with all its answers; at a re-inspection, each earlier request
checked and what was found; the findings; the requests with their follow-up; and the list of photos and
other evidence with what each is attached to. Non-compliant answers are
bold and their rows shaded, as in the minutes; an item that records breach
says so. ReportLab with the minutes' typeface and styles (Times New Roman,
else Liberation Serif), A4 portrait, "Trang x/y" at the foot of each page.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from ..checklists import answer_types, breaches
from ..checklists import counts as counts_mod
from ..minutes import fonts as fonts_mod
from ..minutes.flow import data_table
from ..minutes.layout import BOTTOM, FLAGGED, LEFT, RIGHT, TEXT_W, TOP, Rule, grid, styles
from ..services.findings import KINDS as FINDING_KINDS
from ..services.visits import KINDS as VISIT_KINDS
from ..services.visits import SIDES
from ..services.visits import STATUSES as VISIT_STATUSES
from ..text import day as day_text
from ..text import moment
from . import register

if TYPE_CHECKING:
    from ..workspace import Workspace


def render(ws: Workspace, visit_id: str, path: Path | str, today=None) -> int:
    """Write visit `visit_id`'s record to `path` (PDF); returns the number of pages.
    Requests are shown in their state on `today` (default: today)."""
    import datetime as dt

    fonts = fonts_mod.register()
    st = styles(fonts)
    visit = ws.visits.get(visit_id)
    structures, held, records = ws.visits.evidence_of(visit_id)
    story: list = []
    _head(story, st, ws, visit)
    counted = counts_mod.visit_counts(structures, held, records)
    points = ""
    if counted["scored"] and counted["possible"]:
        points = (f"; điểm đạt: {counted['earned']:g}/{counted['possible']:g}".replace(".", ",")
                  + f" ({100 * counted['earned'] / counted['possible']:.1f} %)".replace(".", ","))
    story.append(Paragraph(escape(
        f"Tiêu chí đã kiểm tra: {counted['checked']}; không đạt: {counted['noncompliant']}; không áp dụng: "
        f"{counted['not_applicable']}; chưa có kết quả: {counted['unanswered']}{points}."), st.body))
    derived = breaches.derived_verdicts(structures, held, records)
    for structure in structures:
        story.append(Paragraph(escape(f"Phiếu kiểm tra: {structure['title']}"), st.heading1))
        for section in structure["sections"]:
            story.append(Paragraph(escape(f"{section['code']}. {section['title']}"), st.heading2))
            if section["repeatable"]:
                story.append(_records(st, section, held, records))
            else:
                story.append(_items(st, section, held, records, derived))
    _checks(story, st, ws, visit_id)
    _findings(story, st, ws, visit_id, today or dt.date.today())
    _evidence(story, st, ws, visit_id, structures, records)
    pages: list[int] = []
    doc = SimpleDocTemplate(str(path), pagesize=(210 * mm, 297 * mm), leftMargin=LEFT, rightMargin=RIGHT,
                            topMargin=TOP, bottomMargin=BOTTOM, author="Inspector",
                            title=f"Phiếu kết quả kiểm tra - {visit['title'] or ''}")
    doc.build(story, canvasmaker=_numbered(fonts.regular, pages))
    return pages[0] if pages else 0


def _head(story: list, st, ws: Workspace, visit: dict) -> None:
    unit = ws.units.find(visit["unit_id"]) if visit["unit_id"] else None
    plan = ws.plans.find(visit["plan_id"]) if visit.get("plan_id") else None
    team = (ws.plans.find_team(visit.get("team_id")) or {}).get("name") or ""
    story.append(Paragraph("PHIẾU KẾT QUẢ KIỂM TRA", st.title))
    title = (visit["title"] or "").rsplit(" ", 1)
    story.append(Paragraph("&nbsp;".join(escape(t) for t in title), st.subject))   # no lone last word
    story.append(Rule(TEXT_W * 0.3))
    lines = [("Cơ quan, đơn vị được kiểm tra", (unit or {}).get("name") or ""),
             ("Hình thức kiểm tra", VISIT_KINDS.get(visit["kind"], (visit["kind"],))[0]),
             ("Ngày kiểm tra", day_text(ws.visits.visit_date(visit))),
             ("Thời gian", " – ".join(filter(None, (moment(visit["arrived_at"]), moment(visit["left_at"]))))),
             ("Địa điểm", visit["place"] or ""),
             ("Kế hoạch", " — ".join(filter(None, ((plan or {}).get("number"), (plan or {}).get("title"))))),
             ("Đoàn kiểm tra", team), ("Trạng thái", VISIT_STATUSES.get(visit["status"], (visit["status"],))[0]),
             ("Ghi chú khi kết thúc", visit["conclude_note"] or "")]
    for label, value in lines:
        if value:
            story.append(Paragraph(f"<b>{escape(label)}:</b> {escape(value)}", st.blank))
    people = ws.visits.participants(visit["id"])
    if people:
        story.append(Paragraph("Thành phần tham dự", st.heading2))
        rows = [[Paragraph(h, st.small_head) for h in ("TT", "Bên", "Họ và tên", "Chức vụ", "Có mặt")]]
        for n, p in enumerate(people, 1):
            rows.append([Paragraph(str(n), st.small_cell), Paragraph(escape(SIDES.get(p["side"], (p["side"],))[0]),
                         st.small_cell), Paragraph(escape(p["name"] or ""), st.small_cell),
                         Paragraph(escape(p["position"] or ""), st.small_cell),
                         Paragraph("Có" if p["present"] in (None, 1, True) else "Vắng", st.small_cell)])
        story.append(data_table(rows, [10 * mm, 35 * mm, 45 * mm, TEXT_W - 110 * mm, 20 * mm],
                                grid(st.small_cell.fontName)))
        story.append(Spacer(1, 6))


def _items(st, section: dict, held: dict, records: dict, derived: dict):
    rows = [[Paragraph(h, st.small_head) for h in ("Mã", "Tiêu chí", "Kết quả", "Ghi chú")]]
    style = grid(st.small_cell.fontName)
    applicable = {item["id"] for item, _r in counts_mod.applicable(section, held, records)}
    for item in section["items"]:
        found = held.get((item["id"], None))
        value = found["value"] if found else None
        shown = answer_types.format_value(item, value) if item["id"] in applicable else "(không áp dụng theo điều kiện)"
        bad = answer_types.is_noncompliant(item, value) or bool(derived.get(item["id"]))
        note = (found or {}).get("note") or ""
        if derived.get(item["id"]):
            note = "; ".join(filter(None, [note, "Bản ghi vi phạm: " + "; ".join(
                b.phrase() for b in derived[item["id"]])]))
            shown = f"{shown} → Không đạt" if shown else "Không đạt"
        text = escape(shown)
        rows.append([Paragraph(escape(item["code"]), st.small_cell), Paragraph(escape(item["text"]), st.small_cell),
                     Paragraph(f"<b>{text}</b>" if bad else text, st.small_cell),
                     Paragraph(escape(note), st.small_cell)])
        if bad:
            style.add("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), FLAGGED)
    return data_table(rows, [16 * mm, TEXT_W - 100 * mm, 34 * mm, 50 * mm], style)


def _records(st, section: dict, held: dict, records: dict):
    label = section.get("record_label") or "Bản ghi"
    rows = [[Paragraph(h, st.small_head) for h in ("TT", escape(label), "Các nội dung")]]
    style = grid(st.small_cell.fontName)
    for position, record_id in enumerate(records.get(section["id"], []), 1):
        name = breaches.row_label(section, held, record_id, position)
        parts, bad = [], False
        for item, _r in counts_mod.applicable(section, held, {section["id"]: [record_id]}):
            found = held.get((item["id"], record_id))
            if not found or found["value"] is None:
                continue
            shown = answer_types.format_value(item, found["value"])
            if shown == name:
                continue
            wrong = answer_types.is_noncompliant(item, found["value"])
            bad = bad or wrong
            part = f"{escape(item['text'])}: {escape(shown)}"
            parts.append(f"<b>{part}</b>" if wrong else part)
        rows.append([Paragraph(str(position), st.small_cell), Paragraph(escape(name), st.small_cell),
                     Paragraph("; ".join(parts), st.small_cell)])
        if bad:
            style.add("BACKGROUND", (0, position), (-1, position), FLAGGED)
    if len(rows) == 1:
        return Paragraph("Không có bản ghi.", st.blank)
    return data_table(rows, [10 * mm, 40 * mm, TEXT_W - 50 * mm], style)


def _checks(story: list, st, ws: Workspace, visit_id: str) -> None:
    """A re-inspection's earlier requests, each with what the team found (fixed or not, the note)."""
    earlier = ws.reinspection.requests_of(visit_id)
    if not earlier:
        return
    story.append(Paragraph("Kiểm tra lại việc thực hiện kiến nghị trước đây", st.heading1))
    rows = [[Paragraph(h, st.small_head) for h in ("TT", "Kiến nghị", "Ngày kiểm tra trước", "Kết quả kiểm tra lại")]]
    for n, r in enumerate(earlier, 1):
        check = r["check"] or {}
        result = register.CHECK_LABELS.get(check.get("result") or "", ("Chưa kiểm tra",))[0]
        note = check.get("note") or ""
        rows.append([Paragraph(str(n), st.small_cell), Paragraph(escape(r["text"] or ""), st.small_cell),
                     Paragraph(escape(day_text(r["earlier"])), st.small_cell),
                     Paragraph(escape(result + (f": {note}" if note else "")), st.small_cell)])
    story.append(data_table(rows, [10 * mm, TEXT_W - 87 * mm, 25 * mm, 52 * mm], grid(st.small_cell.fontName)))


def _findings(story: list, st, ws: Workspace, visit_id: str, today) -> None:
    codes: dict[str, str] = {}
    found = ws.findings.of_visit(visit_id)
    story.append(Paragraph("Ghi nhận của đoàn kiểm tra", st.heading1))
    if found:
        rows = [[Paragraph(h, st.small_head) for h in ("TT", "Loại", "Nội dung", "Tiêu chí")]]
        for n, f in enumerate(found, 1):
            code = codes.setdefault(f["item_id"], (ws.checklists.find_item(f["item_id"]) or {}).get("code", "")) \
                if f["item_id"] else ""
            rows.append([Paragraph(str(n), st.small_cell),
                         Paragraph(escape(FINDING_KINDS.get(f["kind"], (f["kind"],))[0]), st.small_cell),
                         Paragraph(escape(f["text"] or ""), st.small_cell), Paragraph(escape(code), st.small_cell)])
        story.append(data_table(rows, [10 * mm, 32 * mm, TEXT_W - 62 * mm, 20 * mm], grid(st.small_cell.fontName)))
    else:
        story.append(Paragraph("Không có ghi nhận.", st.blank))
    requests = ws.findings.requests(visit_id)
    story.append(Paragraph("Kiến nghị", st.heading1))
    if not requests:
        story.append(Paragraph("Không có kiến nghị.", st.blank))
        return
    rows = [[Paragraph(h, st.small_head) for h in ("TT", "Nội dung kiến nghị", "Thực hiện", "Thời hạn",
                                                   "Tình trạng")]]
    for n, r in enumerate(requests, 1):
        state = register.label(register.status_of(ws, r["id"], today))
        follow = "; ".join(filter(None, (r.get("follow_up"), r.get("report_number") and
                                         f"Báo cáo số {r['report_number']} ngày {day_text(r.get('report_date'))}")))
        rows.append([Paragraph(str(n), st.small_cell), Paragraph(escape(r["text"] or ""), st.small_cell),
                     Paragraph(escape(r["responsible"] or ""), st.small_cell),
                     Paragraph(escape(day_text(r["deadline"])), st.small_cell),
                     Paragraph(escape(state + (f" ({follow})" if follow else "")), st.small_cell)])
    story.append(data_table(rows, [10 * mm, TEXT_W - 107 * mm, 35 * mm, 22 * mm, 40 * mm],
                            grid(st.small_cell.fontName)))


def _evidence(story: list, st, ws: Workspace, visit_id: str, structures: list[dict], records: dict) -> None:
    story.append(Paragraph("Ảnh và tệp minh chứng", st.heading1))
    media = {m["id"]: m for m in ws.media.of_visit(visit_id)}
    if not media:
        story.append(Paragraph("Không có tệp minh chứng.", st.blank))
        return
    items = {i["id"]: i["code"] for s in structures for sec in s["sections"] for i in sec["items"]}
    sections = {sec["id"]: sec for s in structures for sec in s["sections"]}
    record_names = {}
    for section_id, ids in records.items():
        for n, record_id in enumerate(ids, 1):
            record_names[record_id] = f"{(sections.get(section_id) or {}).get('record_label') or 'Bản ghi'} {n}"
    attached: dict[str, list[str]] = {}
    for link in ws.media.links(visit_id):
        target = {"item": lambda t: f"tiêu chí {items.get(t, '')}", "observation": lambda t: "kết quả tiêu chí",
                  "record": lambda t: record_names.get(t, "bản ghi"), "finding": lambda t: "ghi nhận",
                  "request": lambda t: "kiến nghị"}.get(link["target_kind"], lambda t: "cuộc kiểm tra")(
            link["target_id"])
        attached.setdefault(link["media_id"], []).append(target + (f" ({link['note']})" if link.get("note") else ""))
    rows = [[Paragraph(h, st.small_head) for h in ("TT", "Tệp", "Thời điểm chụp, ghi", "Gắn với")]]
    for n, m in enumerate(sorted(media.values(), key=lambda m: (m["captured_at"] or "", m["id"])), 1):
        rows.append([Paragraph(str(n), st.small_cell), Paragraph(escape(m["original_name"] or m["id"]), st.small_cell),
                     Paragraph(escape(moment(m["captured_at"])), st.small_cell),
                     Paragraph(escape("; ".join(attached.get(m["id"], [])) or "cuộc kiểm tra"), st.small_cell)])
    story.append(data_table(rows, [10 * mm, 55 * mm, 35 * mm, TEXT_W - 100 * mm], grid(st.small_cell.fontName)))
    story.append(Spacer(1, 4))


def _numbered(font: str, pages: list[int]):
    """A canvas that writes "Trang x/y" at the foot of each page once the count is known."""

    class Numbered(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            pages.append(total)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(font, 11)
                self.drawCentredString(105 * mm, 12 * mm, f"Trang {self._pageNumber}/{total}")
                super().showPage()
            super().save()

    return Numbered
