"""`LibraryPage`: its tabs, changes passed between them and out, painting without draining None."""

from __future__ import annotations

import sys

from tests.ui.library.conftest import click, type_into
from ui.library import LibraryPage


def _page(qtbot, ws, lang="vi") -> LibraryPage:
    page = LibraryPage(ws, lang)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_tabs_show_the_workspace(qtbot, ws, visit):
    page = _page(qtbot, ws)
    assert page.tabs.count() == 5
    assert page.checklists_tab.template_id == visit["template"]
    assert "visit" in page.checklists_tab.lock_note.text() or "cuộc kiểm tra" in page.checklists_tab.lock_note.text()
    assert page.legal_tab.model.rowCount() == 2
    assert page.units_tab.model.rowCount() == 1
    assert page.plans_tab.model.rowCount() == 1
    assert page.teams_tab.teams.rowCount() == 1
    page.show_tab(LibraryPage.TEAMS)
    assert page.tabs.currentWidget() is page.teams_tab


def test_an_edit_in_one_tab_reaches_the_others_and_the_window(qtbot, ws, visit):
    page = _page(qtbot, ws)
    emitted = []
    page.ops.bus.operation_did_execute.connect(lambda changes, _initiator: emitted.append(changes))
    page.show_tab(LibraryPage.PLANS)
    click(qtbot, page.plans_tab.new_button)
    dialog = page.plans_tab.dialog
    type_into(qtbot, dialog.number_edit, "12/KH-SNV")
    type_into(qtbot, dialog.title_edit, "Kiểm tra công vụ quý IV")
    dialog.accept()
    assert emitted and emitted[-1].touches("plan")
    assert page.teams_tab.plan_combo.count() == 3  # "All plans" and the two plans

    page.show_tab(LibraryPage.UNITS)
    click(qtbot, page.units_tab.new_button)
    type_into(qtbot, page.units_tab.dialog.name_edit, "Sở Nội vụ thành phố Hà Nội")
    page.units_tab.dialog.kind_combo.set_current("department")
    page.units_tab.dialog.accept()
    assert emitted[-1].touches("org_unit")
    assert page.units_tab.model.rowCount() == 2


def test_changes_made_elsewhere_refresh_the_page(qtbot, ws, visit):
    page = _page(qtbot, ws)
    page.ops.run(lambda: ws.plans.create_team("Đoàn kiểm tra số 2"))   # as the sync page or a visit would
    assert page.teams_tab.teams.rowCount() == 2


def test_painting_every_tab_keeps_none_alive(qtbot, ws, visit):
    page = _page(qtbot, ws)
    page.units_tab.select_unit(visit["unit"])
    page.checklists_tab.select_row(visit["items"]["A1"])
    before = sys.getrefcount(None)
    for tab in range(page.tabs.count()):
        page.show_tab(tab)
        for _ in range(20):
            page.grab()
    assert sys.getrefcount(None) >= before - 20
