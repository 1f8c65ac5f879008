"""The "Chỉ số CCHC" page of an HQ workspace (ui/hq/par_page.py) on the hand-counted province of
tests/core/hq/par_fixture.py: the figures shown, accept / override / undo through the op runner,
the council's export, and the model checked by qtmodeltester."""

from __future__ import annotations

import openpyxl
import pytest

from tests.core.hq.par_fixture import make_province
from ui.hq.par_model import ParModel
from ui.hq.par_page import ParPage


@pytest.fixture
def hq(tmp_path):
    ws, ids = make_province(tmp_path)
    yield ws, ids
    ws.close()


@pytest.fixture
def page(qtbot, hq):
    ws, _ids = hq
    widget = ParPage(ws, "vi", year=2026)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitUntil(lambda: not widget.loading)        # the year is read on a worker
    return widget


def shown(page, code: str) -> list:
    model = page.model
    for row in range(model.rowCount()):
        if model.entry(row).criterion["code"] == code:
            return [model.index(row, c).data() for c in range(model.columnCount())]
    raise KeyError(code)


def test_the_units_and_the_hand_counted_figures_are_shown(page, hq, qtmodeltester, qtbot):
    _ws, ids = hq
    assert [page.unit_box.itemData(n) for n in range(page.unit_box.count())] == [ids["W"], ids["B"]]
    assert page.unit_box.currentText() == "Ủy ban nhân dân phường Ba Đình"
    qtmodeltester.check(page.model)
    assert [page.model.entry(n).criterion["code"] for n in range(page.model.rowCount())] == \
        ["1.1", "1.2.1", "1.2.2", "2.1"]
    row = shown(page, "1.1")
    assert row[ParModel.POINTS:ParModel.ACCEPTED + 1] == ["6", 4, 2, "1 (1)", "4,5", ""]
    assert shown(page, "1.2.1")[ParModel.PROPOSED] == "0,5"
    assert "5" in page.totals_label.text() and "4" in page.totals_label.text()
    assert page.certainty_label.text().endswith("Điểm tạm, chưa có nguồn; phải thay bằng điểm của Bộ chỉ số do "
                                                "tỉnh ban hành")
    page.select_unit(ids["B"])
    assert shown(page, "2.1")[ParModel.PROPOSED] == "5"
    page.year_box.setValue(2025)
    assert page.loading
    qtbot.waitUntil(lambda: not page.loading)
    assert [page.unit_box.itemData(n) for n in range(page.unit_box.count())] == [ids["W"]]
    assert shown(page, "1.1")[ParModel.PROPOSED] == "6"


def test_accept_override_and_undo_go_through_the_core(page, hq, qtbot):
    ws, ids = hq
    page.select_criterion("1.1")
    assert "10/03/2026" in page.details.text() and "A2" in page.details.text()
    assert not page.undo_button.isEnabled()
    page.accept_button.click()
    assert ws.par.decision(ids["W"], 2026, ids["c1.1"])["accepted"] == 4.5
    assert shown(page, "1.1")[ParModel.ACCEPTED] == "4,5" and page.selected().criterion["code"] == "1.1"
    assert page.undo_button.isEnabled()
    dialog = page.override()
    dialog.points.setValue(3.25)
    dialog.reason.setText("Đơn vị đã khắc phục một phần trước 31/12")
    dialog.accept()
    decision = ws.par.decision(ids["W"], 2026, ids["c1.1"])
    assert (decision["accepted"], decision["kind"], decision["note"]) == \
        (3.25, "override", "Đơn vị đã khắc phục một phần trước 31/12")
    assert shown(page, "1.1")[ParModel.ACCEPTED] == "3,25"
    dialog = page.override()                           # without a reason: refused, in Vietnamese
    dialog.points.setValue(1)
    dialog.accept()
    assert "ghi lý do" in page.ops.last_message.text()
    page.ops.last_message.close()
    assert ws.par.decision(ids["W"], 2026, ids["c1.1"])["accepted"] == 3.25
    page.undo_button.click()
    assert ws.par.decision(ids["W"], 2026, ids["c1.1"])["accepted"] == 4.5
    page.undo_button.click()
    assert ws.par.decision(ids["W"], 2026, ids["c1.1"]) is None and shown(page, "1.1")[ParModel.ACCEPTED] == ""


def test_a_change_elsewhere_refreshes_the_page_and_marks_a_stale_decision(page, hq, qtbot):
    ws, ids = hq
    page.select_criterion("1.1")
    page.accept_button.click()
    visit_id, _ = ws.visits.create(ids["W"], "reinspection", "2026-11-10", [ids["template"]])
    ws.visits.start(visit_id, "2026-11-10T09:00:00")
    changes = ws.answers.answer(visit_id, ws.checklists.items(ids["template"])[0]["id"], "khong_dat")
    page.ops.bus.broadcast(changes)
    qtbot.waitUntil(lambda: not page.loading)
    assert page.selected().criterion["code"] == "1.1"        # kept while the year was read again
    row = shown(page, "1.1")
    assert row[ParModel.PROPOSED] == "5,1" and row[ParModel.ACCEPTED] == "4,5"
    assert row[ParModel.DECISION] != "Chấp nhận đề xuất" and row[ParModel.DECISION].startswith("Chấp nhận đề xuất")


def test_the_council_workbook_is_exported_from_the_page(page, tmp_path):
    target = tmp_path / "hoi-dong.xlsx"
    figures = page.export(str(target))
    assert figures["units"] == 2 and openpyxl.load_workbook(target).sheetnames[0] == "Tổng hợp theo đơn vị"
    assert page.ops.last_message is not None
    page.ops.last_message.close()
    assert page.export(str(tmp_path / "khong-co" / "x.xlsx")) is None


def test_an_hq_without_the_index_offers_to_load_it(qtbot, tmp_path):
    from inspector_app.workspace import Workspace

    with Workspace.create(tmp_path / "hq", "hq", builtin_checklists=False) as ws:
        widget = ParPage(ws, "vi", year=2026)
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitUntil(lambda: not widget.loading)
        assert widget.load_button.isVisible() and widget.model.rowCount() == 0
        assert not widget.export_button.isEnabled()
        widget.load_button.click()
        qtbot.waitUntil(lambda: not widget.loading)
        assert ws.par.indexes() and not widget.load_button.isVisible()
        assert widget.export_button.isEnabled()


def test_the_par_page_is_the_last_of_an_hq_window_and_built_when_shown(qtbot, hq, ws, settings):
    from ui.main_window import MainWindow

    hq_ws, _ids = hq
    window = MainWindow(hq_ws, "vi", settings)
    qtbot.addWidget(window)
    row = window.nav_row(window.par_row)
    assert row == window.nav.count() - 1 and window.par_row == window.pages.count() - 1
    assert window.nav.item(row).text() == "PAR index"
    assert not isinstance(window.pages.widget(window.par_row), ParPage)
    window.nav.setCurrentRow(row)
    assert isinstance(window.pages.currentWidget(), ParPage) and window.par_page.ops is window.ops
    qtbot.waitUntil(lambda: not window.par_page.loading)
    assert window.par_page.model.rowCount() == 4
    field = MainWindow(ws, "vi", settings)
    qtbot.addWidget(field)
    assert field.par_row is None and field.nav.count() == 5


def test_hq_edits_a_criterion_and_its_mapping_from_the_page(page, hq, qtbot):
    ws, ids = hq
    page.select_criterion("2.1")
    dialog = page.edit_criterion()
    assert dialog.title.text() == "Một cửa" and dialog.points.value() == 5
    assert [dialog.mapped.item(n).text() for n in range(dialog.mapped.count())] == ["thu-nghiem · A4"]
    assert dialog.item.findData("A1") >= 0 and dialog.item.findData("DD1") < 0     # roll-call items are rows
    dialog.item.setCurrentIndex(dialog.item.findData("A1"))
    dialog.add_item()
    qtbot.waitUntil(lambda: not page.loading)
    assert dialog.mapped.count() == 2 and shown(page, "2.1")[ParModel.CHECKS] == 3
    dialog.mapped.setCurrentRow([dialog.mapped.item(n).text() for n in range(2)].index("thu-nghiem · A1"))
    dialog.remove_selected()
    qtbot.waitUntil(lambda: not page.loading)
    assert dialog.mapped.count() == 1 and shown(page, "2.1")[ParModel.CHECKS] == 1
    dialog.points.setValue(4)
    dialog.certainty.setCurrentIndex(dialog.certainty.findData("verified"))
    dialog.note.setText("QĐ của UBND tỉnh")
    dialog.save()
    qtbot.waitUntil(lambda: not page.loading)
    node = ws.par.criterion(ids["c2.1"])
    assert (node["points"], node["certainty"], node["note"]) == (4, "verified", "QĐ của UBND tỉnh")
    assert shown(page, "2.1")[ParModel.POINTS] == "4" and not dialog.isVisible()
