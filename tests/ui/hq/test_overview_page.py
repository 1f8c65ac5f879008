"""The "Tổng quan" page of an HQ workspace (ui/hq/overview.py) on the hand-counted province of
tests/core/hq/overview_fixture.py (today 01/06/2026: the year 2026 is shown)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor

from inspector_app.services.visits import KINDS, STATUSES
from tests.core.hq import overview_fixture as fixture
from ui.hq.overview import OverviewPage
from ui.hq.overview_detail import DrillDialog
from ui.hq.overview_models import Column, FiguresModel, VisitListModel
from ui.main_window import MainWindow

TODAY = dt.date.fromisoformat(fixture.TODAY)


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    ws, ids = fixture.build(tmp_path_factory.mktemp("overview_ui") / "ws")
    yield ws, ids
    ws.close()


@pytest.fixture
def page(qtbot, small):
    ws, _ids = small
    widget = OverviewPage(ws, "vi", today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1216, 740)
    widget.show()
    return widget


def _table(section) -> list[list[str]]:
    model = section.model
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]


def _click(qtbot, view, row: int, column: int) -> None:
    rect = view.visualRect(view.model().index(row, column))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_every_view_shows_the_hand_counted_figures(page):
    assert page.period().spec() == "2026" and page.window_label.text() == "số liệu từ 15/12/2025 đến 14/12/2026"
    s = page.sections
    assert _table(s["visits"]) == [
        ["Theo kế hoạch, có báo trước", "1", "0", "1", "0", "0,0 %"],
        ["Đột xuất, không báo trước", "1", "1", "0", "0", "100,0 %"],
        ["Kiểm tra qua báo cáo", "1", "0", "0", "1", "0,0 %"],
        ["Tổng cộng", "3", "1", "1", "1", "33,3 %"]]
    assert _table(s["areas"]) == [["B. Kỷ luật, kỷ cương", "1", "1", "100,0 %"],          # worst first
                                  ["A. Công khai thủ tục hành chính", "6", "5", "83,3 %"]]
    assert [row[0].split()[0] for row in _table(s["items"])] == ["A1", "A2", "A3", "A4", "B1"]
    assert _table(s["staff"]) == [["Staff checked", "4", "2"], ["With a breach", "2", "1"],
                                  ["Tình trạng: Vắng không lý do", "1", "1"], ["Đeo thẻ: Không", "1", "1"]]
    assert _table(s["files"])[:2] == [["Files sampled", "2", "1"], ["Late files", "1", "1"]]
    assert _table(s["satisfaction"]) == [["Thái độ của công chức", "1", "1", "1", "3", "33,3 %"]]
    assert _table(s["requests"]) == [["Sắp đến hạn (trong 7 ngày)", "1", "1"], ["Quá hạn", "1", "1"],
                                     ["Đơn vị đã báo cáo khắc phục", "1", "1"], ["Tổng cộng", "3", "2"]]
    assert page.summary.text() == ("3 visits planned, 1 done; 6 of 7 items checked non-compliant; 2 staff with a "
                                   "breach; 1 late files; 3 requests.")


def test_each_chart_draws_the_rows_of_its_table(page):
    s = page.sections
    visits = s["visits"].chart            # bars from the bottom up: the table's first row at the top
    assert visits.categories == ["Kiểm tra qua báo cáo", "Đột xuất, không báo trước", "Theo kế hoạch, có báo trước"]
    assert [[b.at(i) for i in range(b.count())] for b in visits.bar_sets] == [[1, 1, 1], [0, 1, 0]]
    assert [b.label() for b in visits.bar_sets] == ["Planned", "Done"]
    assert s["areas"].chart.categories == ["A", "B"]                     # the worst area (B) at the top
    assert [s["areas"].chart.bar_sets[0].at(i) for i in range(2)] == [83.3, 100.0]
    happy = s["satisfaction"].chart
    assert happy.categories == ["PV1"] and [b.label() for b in happy.bar_sets] == ["Hài lòng", "Bình thường",
                                                                                  "Không hài lòng"]
    assert "PV1: Thái độ của công chức" in happy.toolTip()


def test_a_number_lists_its_visits_and_a_visit_its_items_records_and_evidence(qtbot, page, small):
    _ws, ids = small
    areas = page.sections["areas"]
    _click(qtbot, areas.table, 1, 2)                                       # A: 5 non-compliant
    dialog = page.dialog
    assert isinstance(dialog, DrillDialog) and dialog.isVisible()
    assert [dialog.model.visit_id(r) for r in range(dialog.model.rowCount())] == [ids["v1"], ids["v2"]]
    assert [dialog.model.data(dialog.model.index(r, 6)) for r in range(2)] == ["4", "1"]
    assert dialog.model.data(dialog.model.index(0, 0)) == "10/02/2026"
    detail = dialog.detail                                                  # the first visit shown at once
    assert detail.visit_id == ids["v1"]
    area_a = detail.items.topLevelItem(0)
    assert area_a.text(0) == "A. Công khai thủ tục hành chính" and area_a.childCount() == 4
    a1 = area_a.child(0)
    assert (a1.text(1), a1.text(2)) == ("Đạt", "Đỗ Văn Hùng (Tình trạng: Vắng không lý do)")
    assert a1.foreground(0).color() == QColor("#b91c1c")
    assert [detail.records.tabText(i) for i in range(detail.records.count())] == [
        "Điểm danh cán bộ (2)", "Hồ sơ (2)", "Phỏng vấn người dân (2)"]
    assert detail.records.widget(0).item(1, 1).text() == "Vắng không lý do"
    assert detail.evidence.topLevelItem(0).text(0) == "niem-yet.jpg"
    assert detail.evidence.topLevelItem(0).text(3) == "A2 Tiêu chí A2"
    assert detail.tabs.tabText(3) == "Evidence (1)"
    dialog.table.selectRow(1)                                               # the next visit
    assert detail.visit_id == ids["v2"] and detail.evidence.topLevelItemCount() == 0
    labels = _table(page.sections["visits"])
    assert labels[0][0] == "Theo kế hoạch, có báo trước"
    _click(qtbot, page.sections["visits"].table, 0, 0)                      # a label lists nothing
    assert page.dialog is dialog


def test_a_bar_lists_its_visits(qtbot, page, small):
    _ws, ids = small
    happy = page.sections["satisfaction"].chart
    happy.bar_sets[2].clicked.emit(0)                                       # PV1 "Không hài lòng"
    assert [page.dialog.model.visit_id(r) for r in range(page.dialog.model.rowCount())] == [ids["v1"]]
    assert page.dialog.windowTitle().endswith("Thái độ của công chức: Không hài lòng")
    page.sections["visits"].chart.bar_sets[1].clicked.emit(1)               # "Done" of the surprise visits
    assert [page.dialog.model.visit_id(r) for r in range(page.dialog.model.rowCount())] == [ids["v1"]]
    page.sections["requests"].chart.bar_sets[0].clicked.emit(1)             # requests overdue
    assert [page.dialog.model.visit_id(r) for r in range(page.dialog.model.rowCount())] == [ids["v1"]]


def test_period_and_scope(qtbot, page, small):
    _ws, _ids = small
    index = next(i for i in range(page.scope_box.count()) if page.scope_box.itemText(i).startswith("Đơn vị Ủy ban "
                                                                                                 "nhân dân phường Ba"))
    page.scope_box.setCurrentIndex(index)
    assert _table(page.sections["visits"]) == [["Đột xuất, không báo trước", "1", "1", "0", "0", "100,0 %"],
                                               ["Tổng cộng", "1", "1", "0", "0", "100,0 %"]]
    page.scope_box.setCurrentIndex(0)
    page.kind_box.setCurrentIndex(page.kind_box.findData("range"))
    assert page.first_edit.isVisibleTo(page) and not page.year_box.isVisibleTo(page)
    page.first_edit.setDate(QDate(2026, 3, 1))
    assert page.period().spec() == "2026-03-01..2026-12-14"
    assert _table(page.sections["areas"]) == [["A. Công khai thủ tục hành chính", "2", "1", "50,0 %"]]
    page.kind_box.setCurrentIndex(page.kind_box.findData("year"))
    page.year_box.setValue(2025)
    assert _table(page.sections["areas"]) == [["A. Công khai thủ tục hành chính", "1", "1", "100,0 %"]]
    assert page.sections["visits"].model.rowCount() == 2 and page.sections["requests"].model.rowCount() == 0


def test_every_model_passes_the_model_tester(qtmodeltester, page):
    for section in page.sections.values():
        qtmodeltester.check(section.model)
    dialog = page.show_cell(page.view.visits()[-1]["cells"]["planned"], "Tất cả")
    assert dialog.model.rowCount() == 3
    qtmodeltester.check(dialog.model)
    empty = FiguresModel([Column("Tên", "label"), Column("Số", "n", "count", True)])
    qtmodeltester.check(empty)
    qtmodeltester.check(VisitListModel(["Ngày"] * 7, KINDS, STATUSES))


def test_the_hq_window_opens_on_the_overview_and_the_field_window_is_unchanged(qtbot, small, ws, settings):
    hq_ws, ids = small
    window = MainWindow(hq_ws, "vi", settings)
    qtbot.addWidget(window)
    assert window.pages.currentIndex() == MainWindow.OVERVIEW and window.nav.currentRow() == 0
    assert window.nav.item(0).text() == "Overview"                  # first in the list, too
    assert window.pages.currentWidget() is window.overview_page
    dialog = window.overview_page.show_cell(window.overview_page.view.visits()[-1]["cells"]["done"], "Đã thực hiện")
    dialog.open_button.click()                                              # to the visit's own screen
    assert window.pages.currentIndex() == MainWindow.VISIT
    assert window.visit_workspace is not None and window.visit_workspace.visit_id == ids["v1"]
    window.visit_workspace.shutdown()
    field = MainWindow(ws, "vi", settings)
    qtbot.addWidget(field)
    assert field.nav.count() == 5 and field.overview_page is None and field.pages.currentIndex() == MainWindow.VISITS
