"""Follow-up letters (công văn đôn đốc): one .docx per unit with requests past their deadline.

The form is NĐ 30/2020/NĐ-CP's for an official letter (công văn): the issuer
and "Số: …/…" on the left, Quốc hiệu and Tiêu ngữ with the place and date on
the right, the subject "V/v đôn đốc thực hiện kiến nghị …" under the number,
"Kính gửi:", the body with a table of the requests (deadlines dd/MM/yyyy),
"Nơi nhận:" beside the signature block. The page and pieces are
`report_docx.py`'s, so the letters and the period's report look alike.

The number is left blank after "Số:" for the records office to give it when
the letter is issued (NĐ 30, art. 15); everything else is filled and editable.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from docx.shared import Mm

from ..text import day as day_text
from ..text import file_part
from . import register
from . import report_docx as d

if TYPE_CHECKING:
    from ..workspace import Workspace

HEAD_LEFT_MM = 62
SUBJECT = "V/v đôn đốc thực hiện kiến nghị của Đoàn kiểm tra cải cách hành chính"


@dataclass
class LetterOptions:
    """Who writes the letters. Empty fields are filled by `defaults`."""

    parent: str = ""                 # the issuer's superior: "Ủy ban nhân dân thành phố Hà Nội"
    issuer: str = ""                 # "Sở Nội vụ thành phố Hà Nội"
    issuer_short: str = "Sở Nội vụ"  # how the body names the issuer
    code: str = "SNV-CCHC"           # ký hiệu: "Số:      /SNV-CCHC"
    place: str = ""                  # địa danh: "Hà Nội"
    signer_lines: list[str] = field(default_factory=lambda: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"])
    signer_name: str = ""
    report_within_days: int = 15     # the unit reports within this many days of the letter


@dataclass(frozen=True)
class Letter:
    unit_id: str
    unit_name: str
    path: Path
    requests: int


def defaults(ws: Workspace, options: LetterOptions | None = None) -> LetterOptions:
    """`options` with its blanks filled from the workspace: the current person's agency as
    the issuer, the top unit (the province or city) as its superior and its place name."""
    out = options or LetterOptions()
    person = ws.people.find(ws.writer.person_id) if ws.writer.person_id else None
    top = next((u for u in ws.units.list() if not u.get("parent_id") and u.get("kind") == "province"), None)
    if not out.issuer:
        out.issuer = (person or {}).get("agency") or "Sở Nội vụ"
    if not out.parent and top:
        out.parent = top["name"]
    if not out.place:
        out.place = (top or {}).get("place_name") or ""
    return out


def late_by_unit(ws: Workspace, today: dt.date | str | None = None, **filters) -> dict[str, list[dict]]:
    """unit id → its requests past their deadline and still to be done (register.is_late),
    by deadline; `filters` are `register.entries`' (period, scope)."""
    out: dict[str, list[dict]] = {}
    for row in register.select(register.entries(ws, today=today, **filters), late=True):
        out.setdefault(row["unit_id"], []).append(row)
    return out


def write_all(ws: Workspace, out_dir: Path | str, today: dt.date | str | None = None,
              options: LetterOptions | None = None, **filters) -> list[Letter]:
    """One letter per unit with late requests, written into `out_dir` ("Đôn đốc - <unit>.docx");
    returns them by unit name."""
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    day = _as_date(today)
    opts = defaults(ws, options)
    made = []
    for unit_id, rows in sorted(late_by_unit(ws, day, **filters).items(), key=lambda kv: kv[1][0]["unit_name"] or ""):
        path = folder / f"{file_part('Đôn đốc - ' + (rows[0]['unit_name'] or 'đơn vị'))}.docx"
        write(rows, path, day, opts)
        made.append(Letter(unit_id, rows[0]["unit_name"] or "", path, len(rows)))
    return made


def write(rows: list[dict], path: Path, day: dt.date, opts: LetterOptions) -> Path:
    """The letter to the unit of `rows` (the register's rows, all of one unit)."""
    unit = rows[0]["unit_name"] or ""
    doc = d.new_document()
    d.header_block(doc, parent=opts.parent, issuer=opts.issuer, number=f"Số:        /{opts.code}",
                   place_date=place_date(opts.place, day))
    head = doc.tables[-1]
    _widths(head, [HEAD_LEFT_MM, d.TEXT_WIDTH_MM - HEAD_LEFT_MM])
    # A letter's subject sits under its number, in the issuer's column (NĐ 30, box 5b).
    d.para(head.rows[0].cells[0], SUBJECT, size=12, align="center", after=0, before=4)
    recipient = d.para(doc, "", align="center", after=12, before=18)
    d.add_run(recipient, "Kính gửi: ", size=14)
    d.add_run(recipient, f"{unit}.", size=14)
    visits = sorted({(r["visit_day"], r["plan_number"] or "") for r in rows})
    when = ", ".join(day_text(v[0]) for v in visits)
    plans = sorted({p for _d, p in visits if p})
    basis = f"Thực hiện Kế hoạch số {', '.join(plans)}, " if plans else ""
    d.para(doc, f"{basis}Đoàn kiểm tra đã kiểm tra công tác cải cách hành chính tại {unit} "
                f"(ngày {when}) và có kiến nghị đơn vị khắc phục các tồn tại, hạn chế trong thời hạn quy định.",
           indent=True)
    d.para(doc, f"Đến ngày {day_text(day.isoformat())}, {opts.issuer_short} chưa nhận được báo cáo kết quả "
                f"thực hiện {len(rows)} kiến nghị đã quá thời hạn sau đây:", indent=True)
    widths: list[float] = [12, 79, 24, 24, 26]
    grid = d.table(doc, ["STT", "Nội dung kiến nghị", "Ngày kiểm tra", "Thời hạn", "Tình trạng"],
                   [[n, r["text"], day_text(r["visit_day"]), day_text(r["deadline"]), _state(r, day)]
                    for n, r in enumerate(rows, 1)], widths, numbers_from=2, size=12)
    _widths(grid, widths)
    by = day + dt.timedelta(days=opts.report_within_days)
    d.para(doc, f"{opts.issuer_short} đề nghị {unit} khẩn trương chỉ đạo khắc phục dứt điểm các tồn tại, "
                f"hạn chế nêu trên; báo cáo kết quả thực hiện (kèm theo tài liệu chứng minh) về "
                f"{opts.issuer_short} trước ngày {day_text(by.isoformat())} để tổng hợp, báo cáo "
                f"{opts.parent or 'cấp có thẩm quyền'}.", indent=True)
    d.para(doc, f"Quá thời hạn trên, nếu đơn vị chưa báo cáo, {opts.issuer_short} sẽ tổng hợp, báo cáo "
                "cấp có thẩm quyền xem xét khi đánh giá, xác định Chỉ số cải cách hành chính năm "
                f"{day.year} của đơn vị./.", indent=True)
    d.closing(doc, recipients=["- Như trên;", *([f"- {opts.parent} (để báo cáo);"] if opts.parent else []),
                               "- Lưu: VT, CCHC."],
              signer_lines=opts.signer_lines, signer_name=opts.signer_name)
    _widths(doc.tables[-1], [85, d.TEXT_WIDTH_MM - 85])
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    return path


def place_date(place: str, day: dt.date) -> str:
    """"Hà Nội, ngày 02 tháng 12 năm 2026" (NĐ 30: a 0 before days under 10 and months 1 and 2)."""
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"{place + ', ' if place else ''}ngày {day.day:02d} tháng {month} năm {day.year}"


def _widths(grid, widths_mm: list[float]) -> None:
    """Column widths in the table's grid as well as its cells: LibreOffice lays a table out
    from the grid (w:gridCol), Word from the cells; without both, columns come out equal."""
    grid.autofit = False
    for column, width in zip(grid.columns, widths_mm):
        column.width = Mm(width)
        for cell in column.cells:
            cell.width = Mm(width)


def _state(row: dict, day: dt.date) -> str:
    """"Quá hạn 45 ngày", or the re-inspection's finding ("Tái kiểm tra: chưa khắc phục")."""
    if row["status"] == "overdue":
        late = (day - dt.date.fromisoformat(row["deadline"][:10])).days
        return f"Quá hạn {late} ngày"
    return register.label(row["status"])


def _as_date(value) -> dt.date:
    if value is None:
        return dt.date.today()
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
