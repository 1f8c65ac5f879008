"""The "Kiến nghị" page of an HQ workspace (ui/hq/register_page.py), on the hand-counted
workspace of tests/core/hq/register_province.py (today 02/12/2026)."""

from __future__ import annotations

import pytest
from docx import Document
from PySide6.QtCore import QDate, Qt

from inspector_app.hq import register
from tests.core.hq.register_province import TODAY, build
from ui.hq.register_model import RegisterModel
from ui.hq.register_page import RegisterPage
from ui.main_window import MainWindow


@pytest.fixture
def hq(tmp_path):
    ws, ids = build(tmp_path / "hq")
    yield ws, ids
    ws.close()


@pytest.fixture
def page(qtbot, hq):
    ws, _ids = hq
    widget = RegisterPage(ws, "vi", today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def _ids(page) -> list[str]:
    return [page.model.row_id(n) for n in range(page.model.rowCount())]


def _select(page, request_id: str) -> None:
    page.view.setCurrentIndex(page.model.index_of(request_id))


def test_the_model_passes_the_model_tester_filtered_and_sorted(qtmodeltester, hq):
    ws, _ids = hq
    model = RegisterModel(ws, "vi", today=TODAY)
    model.refresh()
    qtmodeltester.check(model)
    model.set_filters(status="late")
    qtmodeltester.check(model)
    model.sort(RegisterModel.UNIT, Qt.SortOrder.DescendingOrder)
    model.set_text("phuong")
    qtmodeltester.check(model)


def test_every_request_by_deadline_with_its_unit_and_status(page, hq):
    _ws, ids = hq
    model = page.model
    assert model.rowCount() == 6
    assert _ids(page)[:2] == [ids["r1"], ids["r6"]] and _ids(page)[4:] == [ids["r2"], ids["r3"]]
    first = [model.index(0, c).data() for c in range(model.columnCount())]
    assert first == ["01/04/2026", "Quá hạn", "Ủy ban nhân dân phường Ba Đình",
                     "Cập nhật danh mục thủ tục hành chính niêm yết tại bộ phận một cửa.", "02/03/2026", ""]
    assert model.index(0, RegisterModel.STATUS).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert page.count_label.text() == "6 of 6 requests shown; 3 late"
    # Sorted the other way by a click on the deadline's header.
    page.view.sortByColumn(RegisterModel.DEADLINE, Qt.SortOrder.DescendingOrder)
    assert _ids(page)[0] == ids["r3"]


def test_filters_and_search_without_accents(page, qtbot, hq):
    _ws, ids = hq
    page.status_filter.setCurrentIndex(page.status_filter.findData("late"))
    assert set(_ids(page)) == {ids["r1"], ids["r4"], ids["r6"]}
    page.unit_filter.setCurrentIndex(page.unit_filter.findData(ids["ward_a"]))
    assert set(_ids(page)) == {ids["r1"], ids["r6"]}
    page.status_filter.setCurrentIndex(0)
    assert set(_ids(page)) == {ids["r1"], ids["r2"], ids["r6"]}          # A's centre is under A
    qtbot.keyClicks(page.search_edit, "deo THE")
    assert _ids(page) == [ids["r2"]]
    page.search_edit.clear()
    page.unit_filter.setCurrentIndex(0)
    second_quarter = next(n for n in range(page.period_filter.count())
                          if page.period_filter.itemText(n) == "6 tháng đầu năm 2026")
    page.period_filter.setCurrentIndex(second_quarter)
    assert len(_ids(page)) == 6
    q1 = next(n for n in range(page.period_filter.count()) if page.period_filter.itemText(n) == "Quý I năm 2026")
    page.period_filter.setCurrentIndex(q1)
    assert set(_ids(page)) == {ids["r1"], ids["r2"], ids["r6"]}


def test_recording_the_units_report_with_a_scan(page, hq, tmp_path):
    ws, ids = hq
    scan = tmp_path / "bc-12.pdf"
    scan.write_bytes(b"%PDF-1.4 scan of the report\n")
    _select(page, ids["r1"])
    assert page.buttons["report"].isEnabled() and not page.buttons["scans"].isEnabled()
    dialog = page.record_report()
    dialog.number.setText("12/BC-UBND")
    dialog.date.setDate(QDate(2026, 11, 20))
    dialog.scans.add([str(scan)])
    dialog.button_box.accepted.emit()
    assert not dialog.isVisible()
    row = ws.findings.request(ids["r1"])
    assert (row["status"], row["report_number"], row["report_date"]) == ("reported", "12/BC-UBND", "2026-11-20")
    assert ws.media.path_of(row["report_media_ids"][0]).read_bytes() == scan.read_bytes()
    index = page.model.index_of(ids["r1"])
    assert page.model.index(index.row(), RegisterModel.STATUS).data() == "Đơn vị đã báo cáo khắc phục"
    assert page.model.index(index.row(), RegisterModel.REPORT).data() == "12/BC-UBND · 20/11/2026"
    assert page.model.index(index.row(), RegisterModel.REPORT).data(Qt.ItemDataRole.ToolTipRole) == "1 scan(s)"
    assert page.selected()["id"] == ids["r1"]                       # still selected after the refresh
    assert "12/BC-UBND" in page.details.text() and page.buttons["scans"].isEnabled()


def test_a_refused_report_keeps_the_dialog_open_with_the_reason(page, hq):
    ws, ids = hq
    _select(page, ids["r3"])
    dialog = page.record_report()
    dialog.date.setDate(QDate(2026, 12, 1))
    dialog.button_box.accepted.emit()                               # no number
    assert dialog.isVisible()
    assert "số báo cáo của đơn vị" in page.ops.last_message.text()
    assert ws.findings.request(ids["r3"])["status"] == "open"


def test_cancel_needs_a_reason_then_reopen(page, hq):
    ws, ids = hq
    _select(page, ids["r3"])
    dialog = page.cancel_request()
    dialog.button_box.accepted.emit()
    assert dialog.isVisible() and "lý do hủy bỏ kiến nghị" in page.ops.last_message.text()
    dialog.reason.setPlainText("Đơn vị đã sáp nhập")
    dialog.button_box.accepted.emit()
    assert not dialog.isVisible()
    assert page.selected()["status"] == "cancelled"
    assert not page.buttons["verify"].isEnabled() and page.buttons["reopen"].isEnabled()
    assert "Đơn vị đã sáp nhập" in page.details.text()
    page.reopen().button_box.accepted.emit()
    assert ws.requests.status(ids["r3"], TODAY) == "open"


def test_verified_and_not_fixed_from_the_buttons(page, hq):
    ws, ids = hq
    _select(page, ids["r2"])
    page.buttons["verify"].click()
    assert ws.requests.status(ids["r2"], TODAY) == "verified"
    _select(page, ids["r3"])
    dialog = page.not_fixed(True)
    dialog.reason.setPlainText("Còn hồ sơ chưa cập nhật")
    dialog.button_box.accepted.emit()
    assert ws.requests.status(ids["r3"], TODAY) == "partly"


def test_follow_up_letters_from_the_page(page, tmp_path):
    made = page.write_letters(str(tmp_path / "letters"))
    assert [m.unit_name for m in made] == ["Ủy ban nhân dân phường Ba Đình", "Ủy ban nhân dân phường Ngọc Hà"]
    assert "2" in page.ops.last_message.text()
    doc = Document(str(made[0].path))
    assert any("Kính gửi: Ủy ban nhân dân phường Ba Đình." in p.text for p in doc.paragraphs)


def test_the_requests_page_is_in_hq_workspaces_only(qtbot, hq, ws, settings):
    hq_ws, _ids = hq
    window = MainWindow(hq_ws, "vi", settings)
    qtbot.addWidget(window)
    row = window.nav_row(MainWindow.REQUESTS)
    assert window.nav.count() == 8 and window.nav.item(row).text() == "Requests"
    window.nav.setCurrentRow(row)
    assert isinstance(window.pages.currentWidget(), RegisterPage)
    assert window.requests_page.model.rowCount() == 6
    field = MainWindow(ws, "vi", settings)
    qtbot.addWidget(field)
    assert field.nav.count() == 5 and field.requests_page is None


def test_attaching_more_scans_to_a_recorded_report(page, hq, tmp_path):
    ws, ids = hq
    page.ops.run(lambda: ws.requests.report(ids["r4"], "3/BC-UBND", "2026-11-01", on=TODAY))
    _select(page, ids["r4"])
    assert page.buttons["scans"].isEnabled()
    page.attach_scans()
    scan = tmp_path / "phu-luc.pdf"
    scan.write_bytes(b"%PDF-1.4 annex\n")
    page.dialog.filesSelected.emit([str(scan)])             # what the file dialog sends when files are chosen
    page.dialog.close()
    media = ws.findings.request(ids["r4"])["report_media_ids"]
    assert len(media) == 1 and ws.media.path_of(media[0]).read_bytes() == scan.read_bytes()
    row = page.model.index_of(ids["r4"]).row()
    assert page.model.index(row, RegisterModel.REPORT).data(Qt.ItemDataRole.ToolTipRole) == "1 scan(s)"


def test_the_first_search_on_a_page_just_opened_folds_no_request_text(page, qtbot, hq):
    ws, ids = hq
    register._FOLDED.clear()
    statements: list[str] = []
    ws.db.conn.set_trace_callback(statements.append)
    try:
        qtbot.keyClicks(page.search_edit, "deo THE")
    finally:
        ws.db.conn.set_trace_callback(None)
    assert _ids(page) == [ids["r2"]]
    assert [s for s in statements if "FROM request_search" in s]            # the texts folded when written
    assert not set(register.texts(ws).values()) & set(register._FOLDED)     # none folded to search


def test_a_text_edited_on_the_page_is_found(page, qtbot, hq):
    ws, ids = hq
    page.ops.run(lambda: ws.findings.edit_request(ids["r3"], text="Bố trí máy tra cứu thủ tục hành chính."))
    qtbot.keyClicks(page.search_edit, "may tra cuu")
    assert _ids(page) == [ids["r3"]]
    assert page.model.index(0, RegisterModel.TEXT).data() == "Bố trí máy tra cứu thủ tục hành chính."


def test_each_column_sorts_as_the_core_rows_sort(page, hq):
    """A click on a header sorts the rows shown by that column's value as the core's rows
    give it (the report's date read only when sorted by it), ties in the register's order."""
    ws, ids = hq
    page.ops.run(lambda: ws.requests.report(ids["r3"], "5/BC-UBND", "2026-10-01", on=TODAY))
    page.ops.run(lambda: ws.requests.report(ids["r1"], "12/BC-UBND", "2026-11-20", on=TODAY))
    rows = register.entries(ws, today=TODAY)
    order = list(register.STATUSES)
    keys = {RegisterModel.STATUS: lambda r: order.index(r["status"]), RegisterModel.UNIT: lambda r: r["unit_name"],
            RegisterModel.TEXT: lambda r: r["text"], RegisterModel.VISIT: lambda r: r["visit_day"],
            RegisterModel.REPORT: lambda r: r["report_date"] or ""}
    for column, key in keys.items():
        for descending in (False, True):
            page.view.sortByColumn(column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
            expected = sorted(rows[::-1] if descending else rows, key=key, reverse=descending)
            assert _ids(page) == [r["id"] for r in expected], (column, descending)
    row = page.model.index_of(ids["r3"]).row()
    assert page.model.index(row, RegisterModel.REPORT).data() == "5/BC-UBND · 01/10/2026"
