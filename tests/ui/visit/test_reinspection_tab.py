"""The "Requests to check again" tab of a re-inspection visit (issue 13, point 3): each earlier
request with its deadline and the unit's report, checked from the keyboard (1 / 2 / 3, 0 clears,
Enter the note), with evidence; undoable; refused once the minutes are signed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from inspector_app.workspace import Workspace
from tests.helpers.factories import setup_visit
from tests.helpers.images import make_photo
from ui.visit.reinspection import ReinspectionModel
from ui.visit.workspace import VisitWorkspace


@pytest.fixture
def planned(tmp_path):
    """A re-inspection of two requests of a signed visit, started; the first one reported fixed by the unit."""
    ws = Workspace.create(tmp_path / "hq", "hq", builtin_checklists=False)
    ids = setup_visit(ws)
    requests = [ws.findings.add_request(ids["visit"], text, "Chủ tịch UBND phường", deadline,
                                        item_id=ids["items"]["A1"] if n == 0 else None)[0]
                for n, (text, deadline) in enumerate((
                    ("Niêm yết công khai đầy đủ, kịp thời các thủ tục hành chính tại bộ phận một cửa", "2026-12-10"),
                    ("Cập nhật sổ theo dõi hồ sơ", "2026-12-20")))]
    ws.visits.conclude(ids["visit"], "2026-11-20T11:00:00+07:00", reason="Kiểm tra theo chuyên đề")
    ws.visits.set_status(ids["visit"], "minutes_signed")
    ws.writer.write([("request", requests[0], {"report_number": "12/BC-UBND", "report_date": "2026-12-05"})])
    visit, _ = ws.reinspection.plan(ids["unit"], "2027-01-15", team_id=ids["team"])
    ws.visits.start(visit, "2027-01-15T08:00:00+07:00")
    yield ws, {**ids, "reinspection": visit, "requests": requests}
    ws.close()


def _page(qtbot, ws, visit_id) -> VisitWorkspace:
    page = VisitWorkspace(ws, visit_id, "vi")
    qtbot.addWidget(page)
    page.resize(1366, 700)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    return page


def test_the_tab_is_there_for_a_reinspection_only(qtbot, planned):
    ws, ids = planned
    page = _page(qtbot, ws, ids["reinspection"])
    assert page.tabs.tabText(1) == "Requests to check again" and page.tabs.widget(1) is page.reinspection
    other = _page(qtbot, ws, ids["visit"])
    assert other.reinspection is None
    assert "Requests to check again" not in [other.tabs.tabText(i) for i in range(other.tabs.count())]


def test_the_model_lists_each_request_with_the_units_report(qtbot, qtmodeltester, planned):
    ws, ids = planned
    page = _page(qtbot, ws, ids["reinspection"])
    model = page.reinspection.model
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    first = [model.index(0, c).data() for c in range(model.columnCount())]
    assert first == ["Niêm yết công khai đầy đủ, kịp thời các thủ tục hành chính tại bộ phận một cửa",
                     "10/12/2026", "Report 12/BC-UBND of 05/12/2026", "Not checked", "", ""]
    assert model.index(1, ReinspectionModel.REPORT).data() == ""
    assert "Item A1" in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    _check, changes = ws.reinspection.record(ids["reinspection"], ids["requests"][0], "fixed", "Đã niêm yết")
    page.ops.bus.broadcast(changes, None)                          # a change made elsewhere reaches the tab
    qtmodeltester.check(model)
    assert [model.index(0, c).data() for c in (3, 4)] == ["Đã khắc phục", "Đã niêm yết"]
    assert model.index(0, 3).data(Qt.ItemDataRole.DecorationRole) is not None


def test_checks_from_the_keyboard_undoable_until_signed(qtbot, planned, tmp_path):
    ws, ids = planned
    visit, (first, second) = ids["reinspection"], ids["requests"]
    page = _page(qtbot, ws, visit)
    page.show_tab(1)
    panel, view = page.reinspection, page.reinspection.view
    assert view.hasFocus() and view.currentIndex().row() == 0

    def result_of(request_id):
        check = next((c for c in ws.reinspection.of_visit(visit) if c["request_id"] == request_id), None)
        return check and (check["result"], check["note"])

    qtbot.keyClick(view, Qt.Key.Key_1)
    assert result_of(first) == ("fixed", None)
    assert panel.result_buttons["fixed"].isChecked()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_3)
    assert result_of(second) == ("partly", None)
    qtbot.keyClick(view, Qt.Key.Key_Return)                       # Enter: the note
    assert panel.note.hasFocus()
    panel.note.insertPlainText("Còn thiếu 3 thủ tục")             # as an input method types (QTest: Latin-1 only)
    qtbot.keyClick(panel.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert result_of(second) == ("partly", "Còn thiếu 3 thủ tục") and view.hasFocus()
    assert view.currentIndex().row() == 1                          # still on the request
    qtbot.keyClick(view, Qt.Key.Key_2)                             # the result changes, the note stays
    assert result_of(second) == ("not_fixed", "Còn thiếu 3 thủ tục")
    assert panel.add_evidence([str(make_photo(tmp_path / "so-theo-doi.jpg"))])
    assert panel.model.index(1, ReinspectionModel.EVIDENCE).data() == 1 and "so-theo-doi.jpg" in panel.files.text()

    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_0)                             # 0 clears the result
    assert result_of(first) is None
    assert not panel.note.isEnabled() and panel.model.index(0, 3).data() == "Not checked"
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert result_of(first) == ("fixed", None)
    assert panel.model.index(0, 3).data() == "Đã khắc phục"

    ws.visits.conclude(visit, "2027-01-15T11:00:00+07:00", reason="Chỉ kiểm tra lại kiến nghị")
    ws.visits.set_status(visit, "minutes_signed")
    qtbot.keyClick(view, Qt.Key.Key_2)
    assert "biên bản bổ sung" in page.ops.last_message.text()
    page.ops.last_message.close()
    assert result_of(first) == ("fixed", None)
