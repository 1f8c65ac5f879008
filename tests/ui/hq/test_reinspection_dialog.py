"""Planning re-inspections at headquarters in a dialog (issue 13, point 3): the units with requests
still to do, overdue first; the chosen unit's requests ticked; the visit made through the core."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from inspector_app.workspace import Workspace
from tests.helpers.factories import setup_visit
from ui.hq.reinspection_dialog import ReinspectionDialog, UnitRequestsModel
from ui.ops import OpRunner


@pytest.fixture
def hq(tmp_path):
    """Two units with requests: the ward's (one overdue on 15/12/2026) and another's (none overdue)."""
    ws = Workspace.create(tmp_path / "hq", "hq", builtin_checklists=False)
    ids = setup_visit(ws)
    ward = [ws.findings.add_request(ids["visit"], text, "Chủ tịch UBND phường", deadline)[0]
            for text, deadline in (("Niêm yết đủ thủ tục hành chính", "2026-12-10"),
                                   ("Cập nhật sổ theo dõi hồ sơ", "2026-12-20"))]
    other, _ = ws.units.create("Ủy ban nhân dân phường Hoàn Kiếm", "commune", parent_id=ids["province"])
    other_visit, _ = ws.visits.create(other, "planned", "2026-11-21", [ids["template"]])
    ws.visits.start(other_visit, "2026-11-21T08:00:00+07:00")
    ws.findings.add_request(other_visit, "Bố trí công chức trực", "Chủ tịch UBND phường", "2027-02-01")
    yield ws, {**ids, "ward_requests": ward, "other": other}
    ws.close()


def _dialog(qtbot, ws) -> ReinspectionDialog:
    dialog = ReinspectionDialog(ws, OpRunner("vi"), "vi", today="2026-12-15")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_models_pass_the_model_tester(qtbot, qtmodeltester, hq):
    ws, _ids = hq
    dialog = _dialog(qtbot, ws)
    qtmodeltester.check(dialog.units)
    qtmodeltester.check(dialog.requests)


def test_plan_a_reinspection_of_the_ticked_requests(qtbot, hq):
    ws, ids = hq
    dialog = _dialog(qtbot, ws)
    units = dialog.units
    assert [(units.index(r, 0).data(), units.index(r, 1).data(), units.index(r, 2).data())
            for r in range(units.rowCount())] == [("Ủy ban nhân dân phường Ba Đình", 2, 1),
                                                  ("Ủy ban nhân dân phường Hoàn Kiếm", 1, 0)]
    requests = dialog.requests
    assert requests.rowCount() == 2
    assert [requests.index(r, 0).data(Qt.ItemDataRole.CheckStateRole) for r in range(2)] == \
        [Qt.CheckState.Checked, Qt.CheckState.Checked]
    assert requests.index(0, UnitRequestsModel.STATUS).data() == "Quá hạn"
    # The second one is left for later.
    assert requests.setData(requests.index(1, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert dialog.day.date().toString("dd/MM/yyyy") == "29/12/2026"       # two weeks ahead
    dialog.team.setCurrentIndex(dialog.team.findData(ids["team"]))
    visit_id = dialog.make()
    visit = ws.visits.get(visit_id)
    assert (visit["kind"], visit["unit_id"], visit["team_id"], visit["scheduled_on"]) == \
        ("reinspection", ids["unit"], ids["team"], "2026-12-29")
    assert [r["id"] for r in ws.reinspection.requests_of(visit_id)] == ids["ward_requests"][:1]
    assert dialog.outcome.text().startswith("Planned: Ủy ban nhân dân phường Ba Đình, on 29/12/2026, 1 request")
    # The planned request shows its re-inspection and can no longer be ticked; the other can.
    assert dialog.units_view.currentIndex().row() == 0
    assert requests.index(0, UnitRequestsModel.PLANNED).data() == "planned for 29/12/2026"
    assert not requests.flags(requests.index(0, 0)) & Qt.ItemFlag.ItemIsUserCheckable
    assert requests.chosen() == [ids["ward_requests"][1]]


def test_a_refusal_is_shown_over_the_dialog(qtbot, hq):
    ws, _ids = hq
    dialog = _dialog(qtbot, ws)
    for row in range(dialog.requests.rowCount()):
        dialog.requests.setData(dialog.requests.index(row, 0), Qt.CheckState.Unchecked.value,
                                Qt.ItemDataRole.CheckStateRole)
    assert dialog.make() is None                         # nothing ticked: the core's message
    assert "kiến nghị cần kiểm tra lại" in dialog.ops.last_message.text()
    dialog.ops.last_message.close()
    assert dialog.isVisible()


def test_the_register_page_opens_it(qtbot, hq):
    import datetime as dt

    from ui.hq.register_page import RegisterPage

    ws, ids = hq
    page = RegisterPage(ws, "vi", today=dt.date(2026, 12, 15))
    qtbot.addWidget(page)
    page.show()
    page.reinspection_button.click()
    dialog = page.dialog
    assert isinstance(dialog, ReinspectionDialog) and dialog.isVisible()
    assert dialog.units.rowCount() == 2 and dialog.ops is page.ops
    visit_id = dialog.make()
    assert ws.visits.get(visit_id)["unit_id"] == ids["unit"]
    dialog.reject()
