"""The period's report: its numbers, the .docx (read back with python-docx) and the .xlsx
appendices (read back with openpyxl), against the small province of conftest.py counted by hand.

The year 2026 (15/12/2025–14/12/2026) holds v1–v4; v4 is not started. Items of area
"Công khai thủ tục hành chính": v1 A1 Đạt, A2 Không đạt, A3 Không áp dụng (not checked);
v2 A1 Đạt, A-note text; v3 A4 Không đạt → 5 checked, 2 non-compliant, 60,0 % complied.
Case files: 1, late (due 10/12, returned 12/12/2025); the small checklist's roll call declares no
breach, so it is no roll call here (a built-in checklist's is, in the last tests). Requests: v1's
(deadline 20/01/2026) and v3's (30/04/2026), both open, so overdue on 14/12/2026.
"""

from __future__ import annotations

import datetime as dt

import docx
import openpyxl
import pytest

from inspector_app.checklists import counts
from inspector_app.cli import main
from inspector_app.hq import overview, periods, report, report_data, report_text, scope
from inspector_app.workspace import Workspace

AS_OF = dt.date(2026, 12, 14)
AREA = "Công khai thủ tục hành chính"


@pytest.fixture(scope="module")
def made(province, tmp_path_factory):
    ws, _ids = province
    options = report_text.Options(number="125", signer_name="Nguyễn Thị Thu Hà", day=dt.date(2026, 12, 20))
    return report.make(ws, periods.parse("2026-Q4"), tmp_path_factory.mktemp("report"), options=options,
                       as_of=AS_OF)


def _cells(table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def test_the_numbers_of_the_year(province):
    ws, ids = province
    data = report_data.collect(ws, periods.parse("2026"), as_of=AS_OF)
    assert [v["id"] for v in data.visits] == [ids["v1"], ids["v2"], ids["v3"], ids["v4"]]
    assert [(code, planned, done) for code, _label, planned, done in data.by_kind()] == [
        ("planned", 1, 1), ("surprise", 2, 2), ("reinspection", 0, 0), ("desk_review", 1, 0)]
    assert data.by_unit_kind() == [("UBND xã, phường, đặc khu", 2, 2),
                                   ("Trung tâm Phục vụ hành chính công / Bộ phận Một cửa", 1, 1)]
    area = data.areas[AREA]
    assert (area.checked, area.failed, area.rate, len(area.visits)) == (5, 2, 60.0, 3)
    assert [(i["code"], i["tally"].failed, i["tally"].checked) for i in data.top_items()] == [("A2", 1, 1),
                                                                                           ("A4", 1, 1)]
    # The finding that names A2 comes first among its examples, then the answer's note.
    assert [e["text"] for e in data.top_items()[0]["examples"]] == ["Danh mục thủ tục niêm yết chưa cập nhật.",
                                                                     "Chưa niêm yết thủ tục mới"]
    # The small checklist's "Điểm danh" declares no breach of an item: not a roll call for the report
    # (nor for the Overview); test_a_roll_call_and_a_late_file_in_the_appendices has one.
    assert (data.staff_rows, data.staff) == (0, [])
    assert (data.file_rows, [(f["label"], f["detail"]) for f in data.files]) == (
        1, [("H01.001.2025", "Ngày hẹn trả: 10/12/2025; Ngày trả kết quả: 12/12/2025")])
    assert [r["state"] for r in data.requests] == ["overdue", "overdue"]
    assert data.units[ids["centre"]]["strengths"] == ["Bố trí quầy hợp lý."]
    assert [u["name"] for u in data.good_units(least_items=1)] == ["Trung tâm Phục vụ hành chính công phường Ba Đình"]


def test_per_item_figures_add_up_to_the_cores_counts_of_each_visit(province):
    ws, _ids = province
    data = report_data.collect(ws, periods.parse("2026"), as_of=AS_OF)
    for visit in data.done:
        core = counts.visit_counts(*ws.visits.evidence_of(visit["id"]))
        assert (visit["checked"], visit["failed"]) == (core["checked"], core["noncompliant"])
    assert sum(i["tally"].checked for i in data.items.values()) == data.total().checked == 5
    assert sum(i["tally"].failed for i in data.items.values()) == data.total().failed == 2


def test_a_scope_and_a_quarter_count_only_their_visits(province):
    ws, ids = province
    ward_a = report_data.collect(ws, periods.parse("2026"), scope.Scope("unit", ids["ward_a"]), as_of=AS_OF)
    assert [v["id"] for v in ward_a.visits] == [ids["v1"], ids["v2"]]          # the ward and its centre
    assert (ward_a.total().checked, ward_a.total().failed) == (4, 1)
    quarter = report_data.collect(ws, periods.parse("2026-Q1"), as_of=dt.date(2026, 3, 14))
    assert [v["id"] for v in quarter.visits] == [ids["v1"], ids["v2"]]           # v3 is on 15/03, after the cut-off
    # On 14/03/2026 v1's request (deadline 20/01/2026) is overdue.
    assert [r["state"] for r in quarter.requests] == ["overdue"]


def test_the_docx_in_the_decrees_form(made):
    document = docx.Document(str(made.docx))
    assert made.docx.name == "Báo cáo kết quả kiểm tra CCHC năm 2026.docx"
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert [round(m.mm) for m in (section.top_margin, section.bottom_margin, section.left_margin,
                                  section.right_margin)] == [20, 20, 30, 15]
    assert section.different_first_page_header_footer
    assert 'PAGE' in section.header._element.xml
    assert document.styles["Normal"].font.name == "Times New Roman"
    assert document.styles["Normal"].font.size.pt == 13
    head = _cells(document.tables[0])[0]
    assert head[0].split("\n") == ["UBND THÀNH PHỐ HÀ NỘI", "SỞ NỘI VỤ", " ", "Số: 125/BC-SNV"]
    assert head[1].split("\n") == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", " ",
                                   "Hà Nội, ngày 20 tháng 12 năm 2026"]
    texts = [p.text for p in document.paragraphs]
    assert "BÁO CÁO" in texts
    assert "Kết quả kiểm tra công tác cải cách hành chính năm 2026" in texts
    body = "\n".join(texts)
    # The three visits begun are all still under way (the Overview lists them as "đang kiểm tra").
    assert "đã tiến hành 3/4 cuộc kiểm tra theo kế hoạch và đột xuất (đạt 75,0\u00a0%, trong đó 3 cuộc đang " \
           "kiểm tra) tại 3 cơ quan, đơn vị" in body
    assert "Qua kiểm tra 5 lượt tiêu chí tại 3 cuộc kiểm tra, có 3 lượt tiêu chí đạt yêu cầu (60,0\u00a0%)" in body
    assert "trong kỳ không có kết quả điểm danh cán bộ, công chức, viên chức." in body
    assert "kiểm tra xác suất 1 hồ sơ, có 1 hồ sơ trễ hạn (100,0\u00a0%)" in body
    assert "- A2. Tiêu chí số 2 được thực hiện đầy đủ: Ủy ban nhân dân phường Ba Đình (20/12/2025): Danh mục " \
           "thủ tục niêm yết chưa cập nhật; Ủy ban nhân dân phường Ba Đình (20/12/2025): Chưa niêm yết thủ tục " \
           "mới." in texts
    assert "đến ngày 14/12/2026, 0 kiến nghị" in body and "2 kiến nghị đã quá hạn" in body
    closing = _cells(document.tables[-1])[0]
    assert closing[0].startswith("Nơi nhận:\n- Ủy ban nhân dân thành phố Hà Nội (để báo cáo);")
    assert closing[0].endswith("- Lưu: VT, CCHC.")
    assert closing[1].split("\n")[:2] == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]
    assert closing[1].split("\n")[-1] == "Nguyễn Thị Thu Hà"


def test_the_docx_tables_hold_the_hand_counted_figures(made):
    tables = [_cells(t) for t in docx.Document(str(made.docx)).tables]
    kinds, unit_kinds, areas, items, requests = tables[1:6]
    assert kinds == [["STT", "Hình thức kiểm tra", "Theo kế hoạch", "Đã tiến hành", "Tỷ lệ (%)"],
                     ["1", "Theo kế hoạch, có báo trước", "1", "1", "100,0"],
                     ["2", "Đột xuất, không báo trước", "2", "2", "100,0"],
                     ["3", "Tái kiểm tra", "0", "0", "—"],
                     ["4", "Kiểm tra qua báo cáo", "1", "0", "0,0"],
                     ["", "Tổng cộng", "4", "3", "75,0"]]
    assert unit_kinds[1:] == [["1", "UBND xã, phường, đặc khu", "2", "2"],
                              ["2", "Trung tâm Phục vụ hành chính công / Bộ phận Một cửa", "1", "1"],
                              ["", "Tổng cộng", "3", "3"]]
    # No "Điểm đạt" column: the small checklist is marked Đạt / Không đạt, not scored.
    assert areas == [["STT", "Lĩnh vực", "Số cuộc", "Tiêu chí đã kiểm tra", "Không đạt", "Tỷ lệ đạt (%)"],
                     ["1", AREA, "3", "5", "2", "60,0"], ["", "Tổng cộng", "3", "5", "2", "60,0"]]
    assert items[1:] == [["1", "A2. Tiêu chí số 2 được thực hiện đầy đủ", "1", "1", "100,0"],
                         ["2", "A4. Tiêu chí số 4 được thực hiện đầy đủ", "1", "1", "100,0"]]
    assert requests[1:] == [["1", "Quá hạn", "2", "100,0"], ["", "Tổng cộng", "2", "100,0"]]


def test_the_appendices_sheets_headers_totals_and_dates(made):
    book = openpyxl.load_workbook(made.xlsx)
    assert made.xlsx.name == "Phụ lục báo cáo kết quả kiểm tra CCHC năm 2026.xlsx"
    assert book.sheetnames == ["PL1 Cuộc kiểm tra", "PL2 Kết quả theo đơn vị", "PL3 Kiến nghị",
                               "PL4 Vi phạm kỷ luật", "PL5 Hồ sơ trễ hạn"]
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref and sheet.auto_filter.ref.startswith("A1:")
        unit = next(c.column_letter for c in sheet[1] if c.value == "Cơ quan, đơn vị được kiểm tra")
        assert sheet.column_dimensions[unit].width > 40           # the unit's name is readable
    visits = book["PL1 Cuộc kiểm tra"]
    assert [c.value for c in visits[1]][:11] == [
        "STT", "Ngày kiểm tra", "Cơ quan, đơn vị được kiểm tra", "Loại đơn vị", "Hình thức", "Trạng thái",
        "Kế hoạch", "Đoàn kiểm tra", "Tiêu chí đã kiểm tra", "Không đạt", "Tỷ lệ đạt (%)"]
    rows = [list(r) for r in visits.iter_rows(min_row=2, values_only=True)]
    assert rows[0][:3] == [1, dt.datetime(2025, 12, 20), "Ủy ban nhân dân phường Ba Đình"]
    assert visits["B2"].is_date and visits["B2"].number_format == "dd/mm/yyyy"
    assert [r[8:11] for r in rows[:4]] == [[2, 1, 50.0], [2, 0, 100.0], [1, 1, 0.0], [None, None, None]]
    assert rows[4][1:2] == ["Tổng cộng: 4 cuộc"] and rows[4][8:11] == [2 + 2 + 1, 2, 60.0]
    assert visits.auto_filter.ref.endswith("5")                # the total row stays out of the filter
    units = book["PL2 Kết quả theo đơn vị"]
    assert [c.value for c in units[1]][-1] == f"Tỷ lệ đạt (%) - {AREA}"
    table = [list(r) for r in units.iter_rows(min_row=2, values_only=True)]
    assert [r[1:8] for r in table] == [
        ["Trung tâm Phục vụ hành chính công phường Ba Đình", "Trung tâm Phục vụ hành chính công / Bộ phận Một cửa",
         1, 2, 0, 100.0, 100.0],
        ["Ủy ban nhân dân phường Ba Đình", "UBND xã, phường, đặc khu", 1, 2, 1, 50.0, 50.0],
        ["Ủy ban nhân dân phường Ngọc Hà", "UBND xã, phường, đặc khu", 1, 1, 1, 0.0, 0.0],
        ["Tổng cộng: 3 đơn vị", None, 3, 5, 2, 60.0, 60.0]]
    requests = book["PL3 Kiến nghị"]
    table = [list(r) for r in requests.iter_rows(min_row=2, values_only=True)]
    assert [(r[3], r[4], r[6], r[7]) for r in table[:2]] == [
        ("Cập nhật danh mục thủ tục hành chính niêm yết.", "A2", dt.datetime(2026, 1, 20), "Quá hạn"),
        ("Chấn chỉnh việc tiếp nhận hồ sơ.", None, dt.datetime(2026, 4, 30), "Quá hạn")]
    assert table[2][1] == "Tổng cộng: 2 kiến nghị"
    staff = [list(r) for r in book["PL4 Vi phạm kỷ luật"].iter_rows(min_row=2, values_only=True)]
    assert staff == [[None, "Tổng cộng: 0 lượt vi phạm / 0 lượt điểm danh", None, None, None, None]]
    files = [list(r) for r in book["PL5 Hồ sơ trễ hạn"].iter_rows(min_row=2, values_only=True)]
    assert files[0][3:] == ["H01.001.2025", "Trễ hạn: Có", "Ngày hẹn trả: 10/12/2025; Ngày trả kết quả: 12/12/2025"]
    assert files[1][1] == "Tổng cộng: 1 hồ sơ trễ hạn / 1 hồ sơ kiểm tra"


def test_the_command_line_writes_both_files(tmp_path, capsys):
    path = tmp_path / "hq"
    _one_stop(path)[0].close()
    out = tmp_path / "bao-cao"
    assert main(["--workspace", str(path), "report", "--period", "2026-H1", "--out", str(out), "--as-of",
                 "2026-06-14", "--number", "07", "--signer", "Nguyễn Thị Thu Hà"]) == 0
    said = capsys.readouterr().out
    assert said.startswith("Đã lập báo cáo 6 tháng đầu năm 2026 (số liệu từ 15/12/2025 đến 14/06/2026), phạm vi "
                           "toàn tỉnh")
    assert "1 cuộc kiểm tra đã thực hiện, 1 kiến nghị" in said
    assert sorted(p.name for p in out.iterdir()) == [
        "Báo cáo kết quả kiểm tra CCHC 6 tháng đầu năm 2026.docx",
        "Phụ lục báo cáo kết quả kiểm tra CCHC 6 tháng đầu năm 2026.xlsx"]
    document = docx.Document(str(out / "Báo cáo kết quả kiểm tra CCHC 6 tháng đầu năm 2026.docx"))
    assert _cells(document.tables[0])[0][0].endswith("Số: 07/BC-SNV")
    assert "Kết quả kiểm tra công tác cải cách hành chính 6 tháng đầu năm 2026" in [p.text for p in document.paragraphs]
    assert _cells(document.tables[-1])[0][1].split("\n")[-1] == "Nguyễn Thị Thu Hà"
    # On 14/06/2026 the request due 30/06/2026 is within its deadline, not yet due soon.
    assert _cells(document.tables[5])[1] == ["1", "Chưa đến hạn", "1", "100,0"]
    book = openpyxl.load_workbook(out / "Phụ lục báo cáo kết quả kiểm tra CCHC 6 tháng đầu năm 2026.xlsx")
    assert book["PL1 Cuộc kiểm tra"].max_row == 3                 # header, the visit, the total
    assert book["PL3 Kiến nghị"]["H2"].value == "Chưa đến hạn"
    assert main(["--workspace", str(path), "report", "--period", "2026-Q5", "--out", str(out)]) == 1
    assert "2026-Q5" in capsys.readouterr().err


def test_the_reports_figures_are_the_overviews(province):
    """The report counts visit by visit with the core's counts, the Overview in SQL: the same figures."""
    ws, _ids = province
    period = periods.parse("2026")
    data = report_data.collect(ws, period, as_of=AS_OF)
    view = overview.Overview(ws, period, today=AS_OF)
    assert {a["area"]: (a["checked"], a["failed"]) for a in view.areas()} == \
        {title: (t.checked, t.failed) for title, t in data.areas.items()}
    assert {(i["item_code"], i["checked"], i["failed"]) for i in view.items(limit=None) if i["failed"]} == \
        {(i["code"], i["tally"].checked, i["tally"].failed) for i in data.items.values() if i["tally"].failed}
    staff, files = view.staff(), view.late_files()
    assert (staff["rows"], staff["flagged"]) == (data.staff_rows, len(data.staff)) == (0, 0)
    assert (files["rows"], files["late"]) == (data.file_rows, len(data.files)) == (1, 1)
    assert {r["status"]: r["requests"] for r in view.requests() if r["status"] and r["requests"]} == \
        {code: n for code, _label, n in data.request_counts() if n}


def _one_stop(path) -> tuple[Workspace, str]:
    """An HQ workspace with the built-in checklists and one surprise visit to a one-stop desk:
    a roll call of two (one late to work), one case file returned five days late."""
    ws = Workspace.create(path, "hq")
    template = next(t for t in ws.checklists.list() if t["code"] == "mot-cua-dot-xuat")
    structure = ws.checklists.structure(template["id"])
    section = {s["code"]: s for s in structure["sections"]}
    item = {i["code"]: i["id"] for s in structure["sections"] for i in s["items"]}
    unit, _ = ws.units.create("Trung tâm Phục vụ hành chính công phường Ba Đình", "service_centre")
    visit, _ = ws.visits.create(unit, "surprise", "2026-05-04", [template["id"]])
    ws.visits.start(visit, "2026-05-04T08:10:00")
    for name, status, card in (("Nguyễn Văn An", "di_muon", True), ("Lê Thị Bình", "co_mat", True)):
        record, _ = ws.answers.add_record(visit, section["DD"]["id"])
        ws.answers.answer(visit, item["DD1"], name, record_id=record)
        ws.answers.answer(visit, item["DD3"], status, record_id=record)
        ws.answers.answer(visit, item["DD5"], card, record_id=record)
    record, _ = ws.answers.add_record(visit, section["HS"]["id"])
    for code, value in (("HS1", "H01.009.2026"), ("HS4", "2026-04-10"), ("HS5", "2026-04-20"),
                        ("HS6", "2026-04-25")):
        ws.answers.answer(visit, item[code], value, record_id=record)
    ws.findings.add_request(visit, "Chấn chỉnh việc chấp hành thời giờ làm việc.", "Giám đốc Trung tâm",
                            "2026-06-30")
    return ws, visit


@pytest.fixture(scope="module")
def one_stop(tmp_path_factory):
    ws, visit = _one_stop(tmp_path_factory.mktemp("one_stop") / "ws")
    yield ws, visit
    ws.close()


def test_a_roll_call_and_a_late_file_in_the_report_and_its_appendices(one_stop, tmp_path):
    ws, _visit = one_stop
    period = periods.parse("2026-H1")
    made = report.make(ws, period, tmp_path, as_of=dt.date(2026, 6, 14))
    data = made.data
    assert (data.staff_rows, data.file_rows) == (2, 1)
    assert [(s["label"], s["breach"]) for s in data.staff] == [("Nguyễn Văn An", "Tình trạng: Đi muộn")]
    assert [(f["label"], f["breach"]) for f in data.files] == [("H01.009.2026", "Trễ hạn: Có")]
    # The roll call breaches C6 (derived verdict): the item fails and the row is its example.
    c6 = next(i for i in data.items.values() if i["code"] == "C6")
    assert (c6["tally"].checked, c6["tally"].failed) == (1, 1)
    assert c6["examples"][0]["text"] == "Nguyễn Văn An (Tình trạng: Đi muộn)"
    view = overview.Overview(ws, period, today=dt.date(2026, 6, 14))
    assert (view.staff()["rows"], view.staff()["flagged"]) == (2, 1)
    assert (view.late_files()["rows"], view.late_files()["late"]) == (1, 1)
    body = "\n".join(p.text for p in docx.Document(str(made.docx)).paragraphs)
    assert "điểm danh 2 lượt cán bộ, công chức, viên chức, có 1 lượt vi phạm (50,0\u00a0%)" in body
    assert "kiểm tra xác suất 1 hồ sơ, có 1 hồ sơ trễ hạn (100,0\u00a0%)" in body
    book = openpyxl.load_workbook(made.xlsx)
    staff = [list(r) for r in book["PL4 Vi phạm kỷ luật"].iter_rows(min_row=2, values_only=True)]
    assert staff[0][:5] == [1, dt.datetime(2026, 5, 4), "Trung tâm Phục vụ hành chính công phường Ba Đình",
                            "Nguyễn Văn An", "Tình trạng: Đi muộn"]
    assert staff[0][5].startswith("Đeo thẻ công chức, viên chức: Có")
    assert staff[1][1] == "Tổng cộng: 1 lượt vi phạm / 2 lượt điểm danh"
    files = [list(r) for r in book["PL5 Hồ sơ trễ hạn"].iter_rows(min_row=2, values_only=True)]
    assert files[0][3:5] == ["H01.009.2026", "Trễ hạn: Có"]
    assert "Ngày hẹn trả kết quả: 20/04/2026; Ngày trả kết quả: 25/04/2026" in files[0][5]
    assert files[1][1] == "Tổng cộng: 1 hồ sơ trễ hạn / 1 hồ sơ kiểm tra"
