"""The report's appendices as one .xlsx workbook (issue 13, point 4).

Five sheets, numbered as the report cites them: PL1 the visits, PL2 the
results by unit × area, PL3 the requests with their status, PL4 the staff
found in breach at roll calls, PL5 the case files found late. Each has
Vietnamese headers in a frozen, filtered first row, column widths, dates as
real Excel dates, shares as numbers with one decimal (Excel shows them with
the machine's decimal comma), and a bold total row below the filtered range
(so sorting or filtering never moves it). Written through `workbook.XlsxSink`
(XlsxWriter), chosen by measurement: bench/hq_report.py writes these appendices
of the year 2024 of the five-year province (1,003 visits, 2,006 requests, 3,009
late files, 6,318 rows) with both libraries, on the shared 2-core machine (load
average 5.7):

    XlsxWriter 3.3 (constant_memory)   CPU 0.44 s, wall 0.56 s, peak RSS 42 MB
    openpyxl 3.1 (write_only)          CPU 0.75 s, wall 1.44 s, peak RSS 52 MB

XlsxWriter is the faster and leaner, and the raw export (hq/workbook.py) already
uses it; openpyxl stays a test tool, reading the workbook back.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..services.units import KINDS as UNIT_KINDS
from ..services.visits import KINDS as VISIT_KINDS
from ..services.visits import STATUSES as VISIT_STATUSES
from .report_data import REQUEST_STATES, ReportData
from .workbook import Column, XlsxSink

NO = Column("STT", "No.", "number", 6)
DAY = Column("Ngày kiểm tra", "Visit date", "date", 12)
UNIT = Column("Cơ quan, đơn vị được kiểm tra", "Inspected unit", "text", 40)
SHEETS = {
    "visits": ("PL1 Cuộc kiểm tra", "PHỤ LỤC 1. DANH SÁCH CÁC CUỘC KIỂM TRA", [
        NO, DAY, UNIT, Column("Loại đơn vị", "Unit kind", "text", 22), Column("Hình thức", "Kind", "text", 22),
        Column("Trạng thái", "Status", "text", 16), Column("Kế hoạch", "Plan", "text", 12),
        Column("Đoàn kiểm tra", "Team", "text", 30), Column("Tiêu chí đã kiểm tra", "Items checked", "number", 11),
        Column("Không đạt", "Non-compliant", "number", 10), Column("Tỷ lệ đạt (%)", "Complied (%)", "number", 10),
        Column("Mã cuộc kiểm tra", "Visit id", "code", 37)]),
    "units": ("PL2 Kết quả theo đơn vị", "PHỤ LỤC 2. KẾT QUẢ KIỂM TRA THEO CƠ QUAN, ĐƠN VỊ VÀ LĨNH VỰC", [
        NO, UNIT, Column("Loại đơn vị", "Unit kind", "text", 22), Column("Số cuộc kiểm tra", "Visits", "number", 9),
        Column("Tiêu chí đã kiểm tra", "Items checked", "number", 11),
        Column("Không đạt", "Non-compliant", "number", 10), Column("Tỷ lệ đạt (%)", "Complied (%)", "number", 10)]),
    "requests": ("PL3 Kiến nghị", "PHỤ LỤC 3. KIẾN NGHỊ CỦA ĐOÀN KIỂM TRA VÀ TÌNH TRẠNG THỰC HIỆN", [
        NO, DAY, UNIT, Column("Nội dung kiến nghị", "Request", "text", 50), Column("Tiêu chí", "Item", "code", 8),
        Column("Đơn vị, người thực hiện", "Responsible", "text", 30), Column("Thời hạn", "Deadline", "date", 12),
        Column("Tình trạng", "Status", "text", 26), Column("Ngày cập nhật tình trạng", "Status since", "date", 12),
        Column("Báo cáo của đơn vị (số)", "Unit's report no.", "text", 16),
        Column("Ngày báo cáo", "Report date", "date", 12), Column("Kết quả theo dõi", "Follow-up", "text", 34)]),
    "staff": ("PL4 Vi phạm kỷ luật", "PHỤ LỤC 4. CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC VI PHẠM KỶ LUẬT, KỶ CƯƠNG HÀNH CHÍNH", [
        NO, DAY, UNIT, Column("Họ và tên", "Name", "text", 24), Column("Vi phạm", "Breach", "text", 40),
        Column("Thông tin khác", "Other details", "text", 50)]),
    "files": ("PL5 Hồ sơ trễ hạn", "PHỤ LỤC 5. HỒ SƠ THỦ TỤC HÀNH CHÍNH GIẢI QUYẾT TRỄ HẠN", [
        NO, DAY, UNIT, Column("Hồ sơ", "File", "text", 18), Column("Vi phạm", "Breach", "text", 30),
        Column("Thông tin hồ sơ", "File details", "text", 70)]),
}


def write(data: ReportData, path: Path | str, *, reference: str = "", sink=None) -> dict[str, int]:
    """Write the five appendices to `path` (or to `sink`, a `workbook` sink) and close it;
    `reference` ("Kèm theo Báo cáo số …/BC-SNV ngày …") goes under each sheet's printed title.
    Returns sheet name → data rows written (total rows not counted)."""
    sink = sink or XlsxSink(path)
    bold = sink.book.add_format({"bold": True, "top": 1}) if isinstance(sink, XlsxSink) else None
    one_decimal = sink.book.add_format({"num_format": "0.0"}) if isinstance(sink, XlsxSink) else None
    wrapped = sink.book.add_format({"text_wrap": True}) if isinstance(sink, XlsxSink) else None
    written = {}
    for key, writer in (("visits", _visits), ("units", _units), ("requests", _requests), ("staff", _staff),
                        ("files", _files)):
        name, heading, columns = SHEETS[key]
        if key == "units":
            columns = [*columns, *(Column(f"Tỷ lệ đạt (%) - {area}", f"Complied (%) - {area}", "number", 16)
                                   for area in data.areas)]
        sheet = _Tall(sink.sheet(name, columns), columns) if isinstance(sink, XlsxSink) else sink.sheet(name, columns)
        if isinstance(sink, XlsxSink):
            sheet.sheet.set_header(f'&C&"Times New Roman,Bold"{_escape(heading)}'
                                   + (f'\n&"Times New Roman,Italic"{_escape(reference)}' if reference else ""))
            # A cell written without a format takes its column's: shares with one decimal, long
            # texts wrapped (the row grows) so a printed page shows them whole.
            for n, column in enumerate(columns):
                if column.vi.startswith("Tỷ lệ"):
                    sheet.sheet.set_column(n, n, column.width, one_decimal)
                elif column.kind == "text" and column.width >= 24:
                    sheet.sheet.set_column(n, n, column.width, wrapped)
            if key == "units":
                sheet.sheet.repeat_columns(0, 1)     # printed across: each page names its units
                sheet.sheet.set_row(0, 110)          # room for the areas' names in the header
            if key == "visits":                      # the id joins the raw export; not printed
                sheet.sheet.set_column(len(columns) - 1, len(columns) - 1, columns[-1].width, None, {"hidden": True})
        total = writer(data, sheet)
        written[sheet.name] = sheet.rows
        if total is not None:
            _total(sheet, total, bold)
    sink.close()
    return written


class _Tall:
    """An XlsxSink sheet whose rows are as tall as their longest wrapped text: LibreOffice and
    Excel do not grow a row on opening a file, so a wrapped cell would run over the rows below."""

    def __init__(self, sheet, columns: list[Column]) -> None:
        self._sheet = sheet
        self._wrapped = [(n, c.width) for n, c in enumerate(columns) if c.kind == "text" and c.width >= 24]

    def __getattr__(self, name):
        return getattr(self._sheet, name)

    def row(self, values) -> None:
        lines = 1
        for n, width in self._wrapped:
            text = values[n] if n < len(values) else None
            if isinstance(text, str) and len(text) > width:
                # About 1.15 characters of a column's width per character of text, words kept whole.
                lines = max(lines, -(-int(len(text) * 1.15) // int(width)))
        if lines > 1:
            self._sheet.sheet.set_row(self._sheet.rows + 1, 15 * min(lines, 20))
        self._sheet.row(values)


def _total(sheet, values: list, bold) -> None:
    """A total row one below the data, outside the filter's range."""
    if bold is None:
        sheet.row(values)
        return
    row = sheet.rows + 1
    for col, value in enumerate(values):
        if isinstance(value, (int, float)):
            sheet.sheet.write_number(row, col, value, bold)
        elif value:
            sheet.sheet.write_string(row, col, str(value), bold)


def _escape(text: str) -> str:
    return text.replace("&", "&&")


def _rate(checked: int, failed: int) -> float | None:
    return round(100.0 * (checked - failed) / checked, 1) if checked else None


def _day(value) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _visits(data: ReportData, sheet) -> list:
    checked = failed = 0
    for n, v in enumerate(data.visits, 1):
        checked, failed = checked + v["checked"], failed + v["failed"]
        sheet.row([n, _day(v["day"]), v["unit_name"], UNIT_KINDS.get(v["unit_kind"], ("",))[0],
                   VISIT_KINDS.get(v["kind"], (v["kind"],))[0], VISIT_STATUSES.get(v["status"], (v["status"],))[0],
                   v["plan_number"], v["team_name"], v["checked"] if v["done"] else None,
                   v["failed"] if v["done"] else None, _rate(v["checked"], v["failed"]), v["id"]])
    return ["", f"Tổng cộng: {len(data.visits)} cuộc", "", "", "", "", "", "", checked, failed,
            _rate(checked, failed)]


def _units(data: ReportData, sheet) -> list:
    units = sorted(data.units.values(), key=lambda u: (u["name"], u["id"]))
    for n, unit in enumerate(units, 1):
        t = unit["tally"]
        areas = [_rate(unit["areas"][a].checked, unit["areas"][a].failed) if a in unit["areas"] else None
                 for a in data.areas]
        sheet.row([n, unit["name"], UNIT_KINDS.get(unit["kind"], ("",))[0], unit["visits"], t.checked, t.failed,
                   _rate(t.checked, t.failed), *areas])
    total = data.total()
    return ["", f"Tổng cộng: {len(units)} đơn vị", "", sum(u["visits"] for u in units), total.checked,
            total.failed, _rate(total.checked, total.failed),
            *(_rate(t.checked, t.failed) for t in data.areas.values())]


def _requests(data: ReportData, sheet) -> list:
    for n, r in enumerate(data.requests, 1):
        sheet.row([n, _day(r["visit_day"]), r["visited_unit_name"], r["text"], r["item_code"],
                   "; ".join(filter(None, (r["unit_name"], r["responsible"]))), _day(r["deadline"]),
                   REQUEST_STATES[r["state"]][0], _day(r["status_on"]), r["report_number"], _day(r["report_date"]),
                   "; ".join(filter(None, (r["follow_up"], r["status_reason"])))])
    return ["", f"Tổng cộng: {len(data.requests)} kiến nghị"]


def _staff(data: ReportData, sheet) -> list:
    for n, s in enumerate(data.staff, 1):
        sheet.row([n, _day(s["day"]), s["unit"], s["label"], s["breach"], s["detail"]])
    return ["", f"Tổng cộng: {len(data.staff)} lượt vi phạm / {data.staff_rows} lượt điểm danh"]


def _files(data: ReportData, sheet) -> list:
    for n, f in enumerate(data.files, 1):
        sheet.row([n, _day(f["day"]), f["unit"], f["label"], f["breach"], f["detail"]])
    return ["", f"Tổng cộng: {len(data.files)} hồ sơ trễ hạn / {data.file_rows} hồ sơ kiểm tra"]
