"""The raw data export: sheets, headers, rows and values against the small province
of conftest.py, counted by hand; the .xlsx read back with openpyxl, the CSV as bytes."""

from __future__ import annotations

import csv
import datetime as dt

import openpyxl
import pytest

from inspector_app.hq import export, periods, register, scope, workbook

DD, HS = "TN.DD Điểm danh cán bộ", "TN.HS Hồ sơ"
SHEETS = ["Thông tin", "Cuộc kiểm tra", "Kết quả", DD, HS, "Ghi nhận", "Kiến nghị"]


def _xlsx(ws, tmp_path, spec="2026", where=scope.PROVINCE, lang="vi"):
    path = tmp_path / "du-lieu.xlsx"
    rows = export.export(ws, periods.parse(spec), workbook.XlsxSink(path), where, lang,
                         now=dt.datetime(2026, 12, 20, 9, 30))
    return rows, openpyxl.load_workbook(path)


def _values(sheet):
    return [list(r) for r in sheet.iter_rows(min_row=2, values_only=True)]


def test_a_year_of_the_province_sheet_by_sheet(province, tmp_path):
    ws, ids = province
    rows, book = _xlsx(ws, tmp_path)
    assert book.sheetnames == SHEETS
    assert {k: rows[k] for k in ("visits", "answers", "records", "findings", "requests")} == \
        {"visits": 4, "answers": 6, "records": 4, "findings": 3, "requests": 2}
    assert rows["sheets"] == {"Cuộc kiểm tra": 4, "Kết quả": 6, DD: 3, HS: 1, "Ghi nhận": 3, "Kiến nghị": 2}
    visits = book["Cuộc kiểm tra"]
    assert [c.value for c in visits[1]][:8] == ["Mã cuộc kiểm tra", "Tên cuộc kiểm tra", "Ngày kiểm tra",
                                                "Ngày dự kiến", "Giờ đến", "Giờ kết thúc", "Hình thức kiểm tra",
                                                "Mã hình thức"]
    table = _values(visits)
    assert [r[0] for r in table] == [ids["v1"], ids["v2"], ids["v3"], ids["v4"]]
    first, draft = table[0], table[3]
    assert first[2] == dt.datetime(2025, 12, 20) and first[4] == dt.datetime(2025, 12, 20, 8, 15)
    assert first[6:14] == ["Đột xuất, không báo trước", "surprise", "Đang kiểm tra", "in_progress",
                           "Ủy ban nhân dân phường Ba Đình", "00004", "UBND xã, phường, đặc khu", "commune"]
    assert first[14:17] == ["Ủy ban nhân dân thành phố Hà Nội", "15/KH-UBND", "Đoàn kiểm tra số 1"]
    # A visit not started counts on its planned day; it has no arrival.
    assert draft[2] == dt.datetime(2026, 12, 14) and draft[4] is None
    assert draft[6:10] == ["Kiểm tra qua báo cáo", "desk_review", "Chưa bắt đầu", "draft"]


def test_answers_one_row_each_with_the_label_and_the_code(province, tmp_path):
    ws, ids = province
    _rows, book = _xlsx(ws, tmp_path)
    sheet = book["Kết quả"]
    assert [c.value for c in sheet[1]] == ["Mã cuộc kiểm tra", "Ngày kiểm tra", "Đơn vị được kiểm tra",
                                           "Phiếu kiểm tra", "Lĩnh vực", "Mã tiêu chí", "Tiêu chí", "Kết quả",
                                           "Mã kết quả", "Không đạt", "Ghi chú"]
    table = _values(sheet)
    assert [(r[0], r[5]) for r in table] == [(ids["v1"], "A1"), (ids["v1"], "A2"), (ids["v1"], "A3"),
                                             (ids["v2"], "A1"), (ids["v2"], "A-note"), (ids["v3"], "A4")]
    assert table[1] == [ids["v1"], dt.datetime(2025, 12, 20), "Ủy ban nhân dân phường Ba Đình", "thu-nghiem",
                        "Công khai thủ tục hành chính", "A2", "Tiêu chí số 2 được thực hiện đầy đủ", "Không đạt",
                        "khong_dat", "x", "Chưa niêm yết thủ tục mới"]
    assert table[2][7:10] == ["Không áp dụng", "khong_ap_dung", None]
    assert table[4][7:10] == ["Bố trí khoa học", None, None]          # a text answer has no code


def test_each_repeatable_section_on_its_own_sheet_keyed_to_its_visit(province, tmp_path):
    ws, ids = province
    _rows, book = _xlsx(ws, tmp_path)
    roll = book[DD]
    assert [c.value for c in roll[1]] == ["Mã cuộc kiểm tra", "Ngày kiểm tra", "Đơn vị được kiểm tra", "Số thứ tự",
                                          "Mã bản ghi", "DD1. Họ và tên", "DD2. Tình trạng", "DD2 (mã)",
                                          "DD3. Đeo thẻ công chức", "DD3 (mã)"]
    table = _values(roll)
    assert [r[0] for r in table] == [ids["v1"], ids["v1"], ids["v2"]]
    assert [r[3] for r in table] == [1, 2, 1]
    assert table[0][5:] == ["Nguyễn Thị Mai", "Có mặt", "co_mat", "Có", 1]
    assert table[1][5:] == ["Đỗ Văn Hùng", "Vắng không lý do", "vang_khong_ly_do", None, None]
    assert table[2][5:] == ["Vũ Đức Thắng", "Có mặt", "co_mat", "Không", 0]
    files = _values(book[HS])
    assert files[0][:6] == [ids["v1"], dt.datetime(2025, 12, 20), "Ủy ban nhân dân phường Ba Đình", 1, files[0][4],
                            "H01.001.2025"]
    assert files[0][6:8] == [dt.datetime(2025, 12, 10), dt.datetime(2025, 12, 12)]     # dates, not text


def test_findings_and_requests(province, tmp_path):
    ws, ids = province
    _rows, book = _xlsx(ws, tmp_path)
    findings = _values(book["Ghi nhận"])
    assert [(r[1], r[5], r[7]) for r in findings] == [(ids["v1"], "shortcoming", "A2"),
                                                      (ids["v2"], "strength", None), (ids["v2"], "shortcoming", None)]
    assert findings[1][4] == "Ưu điểm"
    requests = _values(book["Kiến nghị"])
    assert [r[1] for r in requests] == [ids["v1"], ids["v3"]]
    first = requests[0]
    # Due 20/01/2026 and not reported by the export's day, 20/12/2026: overdue, as the register says.
    assert first[4:10] == ["Cập nhật danh mục thủ tục hành chính niêm yết.", "Chủ tịch UBND phường Ba Đình",
                           "Ủy ban nhân dân phường Ba Đình", dt.datetime(2026, 1, 20), "Quá hạn", "overdue"]
    assert first[11] == "A2" and first[12] == findings[0][0]
    said = register.statuses(ws, dt.date(2026, 12, 20), periods.parse("2026"))
    assert {r[0]: r[9] for r in requests} == said


def test_every_sheet_has_a_frozen_filtered_header_and_widths(province, tmp_path):
    ws, _ids = province
    _rows, book = _xlsx(ws, tmp_path)
    for name in SHEETS[1:]:
        sheet = book[name]
        assert sheet.freeze_panes == "A2", name
        assert sheet.auto_filter.ref and sheet.auto_filter.ref.startswith("A1:"), name
        assert sheet[1][0].font.b, name
        # Printed or made a PDF: A4 landscape with the header on every page.
        assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.paperSize == 9, name
        assert sheet.print_title_rows.replace("$", "") == "1:1", name
    assert book["Cuộc kiểm tra"].auto_filter.ref == "A1:T5"
    assert book["Kết quả"].column_dimensions["G"].width > 40            # the item's text
    assert book["Kết quả"].column_dimensions["F"].width < 12            # its code
    due = book["Kiến nghị"]["H2"]
    assert due.is_date and due.number_format == "dd/mm/yyyy"
    arrived = book["Cuộc kiểm tra"]["E2"]
    assert arrived.is_date and arrived.number_format == "dd/mm/yyyy hh:mm"


def test_the_about_sheet_names_the_period_the_scope_and_each_sheet(province, tmp_path):
    ws, _ids = province
    where = scope.parse(ws.db.conn, "unit:00004")
    _rows, book = _xlsx(ws, tmp_path, "2026-Q1", where)
    about = dict(_values(book["Thông tin"])[:4])
    assert about == {"Kỳ": "Quý I năm 2026 (số liệu từ 15/12/2025 đến 14/03/2026)",
                     "Phạm vi": "đơn vị Ủy ban nhân dân phường Ba Đình (và các đơn vị trực thuộc)",
                     "Thời điểm xuất": "20/12/2026 09:30", "Máy xuất dữ liệu": "Máy trụ sở"}
    assert ["Trang “Cuộc kiểm tra”", "2 dòng"] in _values(book["Thông tin"])
    assert ["Trang “TN.DD Điểm danh cán bộ”", "3 dòng; TN.DD Điểm danh cán bộ: phần lặp lại của phiếu thu-nghiem, "
            "mỗi bản ghi một dòng"] in _values(book["Thông tin"])


@pytest.mark.parametrize(("spec", "where", "visits", "answers", "records", "findings", "requests"), [
    ("2026-Q1", "province", ["v1", "v2"], 5, 4, 3, 1),
    ("2026-H1", "province", ["v1", "v2", "v3"], 6, 4, 3, 2),
    ("2026", "unit:00004", ["v1", "v2"], 5, 4, 3, 1),                  # the ward and its service centre
    ("2026", "unit:Trung tâm Phục vụ hành chính công phường Ba Đình", ["v2"], 2, 1, 2, 0),
    ("2026", "plan:08/KH-SNV", ["v3", "v4"], 1, 0, 0, 1),
    ("2026", "team:to kiem tra cong vu", ["v3"], 1, 0, 0, 1),
    ("2027", "province", ["v5"], 1, 0, 0, 0),
    ("2025-12-14..2025-12-20", "province", ["v6", "v1"], 4, 3, 1, 1),
])
def test_filtered_by_period_and_scope(province, tmp_path, spec, where, visits, answers, records, findings,
                                      requests):
    ws, ids = province
    rows, book = _xlsx(ws, tmp_path, spec, scope.parse(ws.db.conn, where))
    assert [r[0] for r in _values(book["Cuộc kiểm tra"])] == [ids[v] for v in visits]
    assert (rows["answers"], rows["records"], rows["findings"], rows["requests"]) == \
        (answers, records, findings, requests)


def test_csv_files_with_a_byte_order_mark(province, tmp_path):
    ws, ids = province
    sink = workbook.CsvSink(tmp_path / "csv")
    export.export(ws, periods.parse("2026-Q1"), sink)
    names = sorted(p.name for p in sink.written)
    assert names == ["cuoc_kiem_tra.csv", "ghi_nhan.csv", "ket_qua.csv", "kien_nghi.csv",
                     "thong_tin.csv", "tn_dd_diem_danh_can_bo.csv", "tn_hs_ho_so.csv"]
    raw = (tmp_path / "csv" / "ket_qua.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and not raw[3:].startswith(b"\xef\xbb\xbf")
    with (tmp_path / "csv" / "ket_qua.csv").open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    assert table[0] == [c.vi for c in export.ANSWERS]
    assert len(table) == 1 + 5
    assert table[2] == [ids["v1"], "2025-12-20", "Ủy ban nhân dân phường Ba Đình", "thu-nghiem",
                        "Công khai thủ tục hành chính", "A2", "Tiêu chí số 2 được thực hiện đầy đủ", "Không đạt",
                        "khong_dat", "x", "Chưa niêm yết thủ tục mới"]
    with (tmp_path / "csv" / "tn_dd_diem_danh_can_bo.csv").open(encoding="utf-8-sig", newline="") as handle:
        roll = list(csv.reader(handle))
    assert roll[1][5:] == ["Nguyễn Thị Mai", "Có mặt", "co_mat", "Có", "1"]
    with (tmp_path / "csv" / "cuoc_kiem_tra.csv").open(encoding="utf-8-sig", newline="") as handle:
        visits = list(csv.reader(handle))
    assert visits[1][2:5] == ["2025-12-20", "2025-12-20", "2025-12-20 08:15"]


def test_english_headers_and_labels(province, tmp_path):
    ws, _ids = province
    _rows, book = _xlsx(ws, tmp_path, "2026-Q1", lang="en")
    assert book.sheetnames[:3] == ["About", "Visits", "Answers"]
    assert book["Answers"]["H3"].value == "Non-compliant" and book["Answers"]["I3"].value == "khong_dat"
    assert book["Visits"]["A1"].value == "Visit id"


def test_sheet_names_fit_excel():
    taken: set[str] = set()
    name = workbook.sheet_name("MCDX.DD Điểm danh cán bộ, công chức tại Bộ phận Một cửa", taken)
    # Cut at a word's end with "…", never mid-word: the about sheet gives the whole title.
    assert name == "MCDX.DD Điểm danh cán bộ, công…" and len(name) <= 31
    again = workbook.sheet_name("MCDX.DD Điểm danh cán bộ, công chức tại Bộ phận Một cửa", taken)
    assert again == "MCDX.DD Điểm danh cán bộ… (2)" and len(again) <= 31
    assert workbook.sheet_name("a/b:c", taken) == "a-b-c"
    assert workbook.sheet_name("A/B:C", taken) == "A-B-C (2)"        # Excel's names ignore case
