"""The council's .xlsx of the PAR contribution, read back with openpyxl (tests/core/hq/par_fixture.py)."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from inspector_app.hq.par_export import CRITERIA, EVIDENCE, SUMMARY, export
from tests.core.hq.par_fixture import make_province


@pytest.fixture
def book(tmp_path):
    ws, ids = make_province(tmp_path)
    ws.par.decide(ids["W"], 2026, ids["c1.1"], proposed=4.5, by="Trần Thị Lan")
    ws.par.decide(ids["B"], 2026, ids["c2.1"], proposed=5, accepted=4, note="Đã chấn chỉnh trước 31/12",
                  by="Lê Văn Nam")
    out = tmp_path / "chi-so-cchc-2026.xlsx"
    figures = export(ws, 2026, out, today="2026-12-31")
    yield openpyxl.load_workbook(out), figures, ids
    ws.close()


def rows(sheet):
    return [list(r) for r in sheet.iter_rows(min_row=2, values_only=True)]


def test_the_workbook_has_its_sheets_with_vietnamese_frozen_filtered_headers(book):
    wb, figures, _ids = book
    assert wb.sheetnames == ["Tổng hợp theo đơn vị", "Điểm trừ theo tiêu chí", "Minh chứng", "Ghi chú"]
    for sheet, columns in zip(wb.worksheets, (SUMMARY, CRITERIA, EVIDENCE)):
        assert [c.value for c in sheet[1]] == [c.vi for c in columns]
        assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref.startswith("A1:")
        assert sheet.column_dimensions["A"].width == pytest.approx(columns[0].width, abs=1)
    assert figures == {"units": 2, "criteria": 5, "evidence": 8, "proposed": 10.0, "accepted": 8.5,
                       "as_of": "2026-12-31"}


def test_the_figures_are_the_hand_counted_ones(book):
    wb, _figures, _ids = book
    summary = rows(wb["Tổng hợp theo đơn vị"])
    assert [r[0] for r in summary] == ["Ủy ban nhân dân phường Ba Đình"] * 3 + ["Ủy ban nhân dân phường Ngọc Hà"] * 3
    assert summary[0][2:] == ["1", "Chỉ đạo, điều hành", 10, 5, 4.5, 2]
    assert summary[2][3:] == ["Cộng", 15, 5, 4.5, 3]
    assert summary[5][3:] == ["Cộng", 15, 5, 4, 3]
    by_key = {(r[0][-7:], r[3]): r for r in rows(wb["Điểm trừ theo tiêu chí"])}
    plan = by_key[("Ba Đình", "1.1")]
    assert plan[1:5] == ["00004", "1. Chỉ đạo, điều hành", "1.1", "Kế hoạch"]
    assert plan[5:14] == [6, "Điểm tạm",
                          4, 2, 50, 1, 1, 4.5, 4.5]
    assert plan[14:17] == ["Chấp nhận đề xuất", None, "Trần Thị Lan"]
    assert isinstance(plan[17], dt.datetime) and plan[18] is None
    assert by_key[("Ba Đình", "1.2.1")][6] == "Nguồn thứ cấp"
    assert by_key[("Ba Đình", "1.2.1")][10:14] == [2, 2, 0.5, None]
    assert by_key[("Ngọc Hà", "2.1")][12:16] == [5, 4, "Điều chỉnh", "Đã chấn chỉnh trước 31/12"]
    assert ("Ba Đình", "2.1") in by_key and by_key[("Ba Đình", "2.1")][12] == 0


def test_the_evidence_sheet_names_each_failure_and_request_with_real_dates(book):
    wb, _figures, ids = book
    evidence = rows(wb["Minh chứng"])
    kinds = sorted((r[1], r[2], r[6]) for r in evidence)
    assert kinds == [("1.1", "Kiến nghị chưa khắc phục", "A2"), ("1.1", "Mục không đạt", "A1"),
                     ("1.1", "Mục không đạt", "A2"), ("1.2.1", "Kiến nghị chưa khắc phục", "A3"),
                     ("1.2.1", "Kiến nghị chưa khắc phục", "A3"), ("1.2.2", "Kiến nghị chưa khắc phục", None),
                     ("2.1", "Kiến nghị chưa khắc phục", "A4"), ("2.1", "Mục không đạt", "A4")]
    failure = next(r for r in evidence if r[2] == "Mục không đạt" and r[6] == "A1")
    assert failure[3] == dt.datetime(2026, 6, 2) and failure[4].startswith("Trung tâm Phục vụ")
    assert failure[8] == "Không đạt" and failure[13] == ids["v2"]
    late = next(r for r in evidence if r[2] == "Kiến nghị chưa khắc phục" and r[6] == "A2")
    assert late[10] == dt.datetime(2026, 6, 30) and late[11] == "Có" and late[8] == "Quá hạn"
    assert late[4] == "Ủy ban nhân dân phường Ba Đình"
    general = next(r for r in evidence if r[1] == "1.2.2")
    assert general[4].startswith("Trung tâm Phục vụ")      # made at the centre's visit, counted for the ward


def test_the_notes_sheet_says_how_certain_the_points_are_and_how_proposals_are_made(book):
    wb, _figures, _ids = book
    notes = dict(rows(wb["Ghi chú"])[:12])
    assert notes["Độ tin cậy của điểm"].startswith("Điểm tạm, chưa có nguồn") and "Điểm tạm." in notes[
        "Độ tin cậy của điểm"]
    assert notes["Cách đề xuất điểm trừ"] == "Quy tắc thử nghiệm" and notes["Năm"] == "2026"
    assert notes["Tổng điểm trừ đề xuất"] == "10" and notes["Tổng điểm trừ được chấp nhận"] == "8,5"
    assert notes["Cuối kỳ (tình trạng kiến nghị tính đến ngày)"] == "31/12/2026"
    assert any(r[0] == "Nguồn [T1]" for r in rows(wb["Ghi chú"]))
