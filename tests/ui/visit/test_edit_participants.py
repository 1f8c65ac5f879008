"""Participants can be edited from the keyboard until the minutes are signed (issue 12,
point 2): Enter or a double-click opens the dialog they were added with, filled; a refused
change keeps what was typed; after signing the core's amendment message is shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.visit.conftest import answer_next_dialog
from ui.visit.participants import ParticipantDialog
from ui.visit.workspace import VisitWorkspace


def _page(qtbot, ws, visit_id) -> VisitWorkspace:
    page = VisitWorkspace(ws, visit_id, "vi")
    qtbot.addWidget(page)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    page.show_tab(page.tabs.indexOf(page.participants))
    return page


def _stored(ws, visit_id, participant_id) -> dict:
    return next(p for p in ws.visits.participants(visit_id) if p["id"] == participant_id)


def test_enter_edits_a_participant_a_refusal_keeps_the_typing_and_ctrl_z_undoes(qtbot, ws, visit):
    v = visit["visit"]
    head, _ = ws.visits.add_participant(v, "unit", "Hoàng Minh", "Chủ tịch", "Thủ trưởng đơn vị")
    page = _page(qtbot, ws, v)
    panel = page.participants
    view = panel.view
    view.setFocus()
    view.setCurrentIndex(panel.model.index(0, 1))
    assert panel.model.index(0, 4).data() == "Present"            # the presence is shown in the table
    seen = {}

    def edit(dialog: ParticipantDialog):
        seen["filled"] = (dialog.name.text(), dialog.position.text(), dialog.role.currentText(),
                          dialog.present.isChecked(), dialog.side.currentData())
        dialog.name.setText("  ")                                      # refused: a name is required
        dialog.position.setText("Chủ tịch Ủy ban nhân dân phường")
        dialog.accept()
        seen["refused"] = dialog.isVisible() and page.ops.last_message.text()
        page.ops.last_message.close()
        dialog.name.setText("Hoàng Văn Minh")
        dialog.present.setChecked(False)
        dialog.accept()
    answer_next_dialog(edit)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert seen["filled"] == ("Hoàng Minh", "Chủ tịch", "Thủ trưởng đơn vị", True, "unit")
    assert "họ và tên" in seen["refused"]                             # said, the dialog stayed open
    row = _stored(ws, v, head)
    assert (row["name"], row["position"], row["role"], bool(row["present"])) == (
        "Hoàng Văn Minh", "Chủ tịch Ủy ban nhân dân phường", "Thủ trưởng đơn vị", False)
    assert [panel.model.index(0, c).data() for c in (1, 4)] == ["Hoàng Văn Minh", "Absent"]

    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)   # one step back
    assert _stored(ws, v, head)["name"] == "Hoàng Minh"
    assert panel.model.index(0, 1).data() == "Hoàng Minh"


def test_a_double_click_edits_and_a_team_role_keeps_its_key(qtbot, ws, visit):
    v = visit["visit"]
    lead, _ = ws.visits.add_participant(v, "team", "Nguyễn Thị Thu Hà", "Phó Giám đốc", "head")
    page = _page(qtbot, ws, v)
    panel = page.participants

    def edit(dialog: ParticipantDialog):
        dialog.position.setText("Phó Giám đốc Sở Nội vụ")
        dialog.accept()
    answer_next_dialog(edit)
    rect = panel.view.visualRect(panel.model.index(0, 1))
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # as a person: a
    qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # press, then the double
    row = _stored(ws, v, lead)
    assert (row["position"], row["role"]) == ("Phó Giám đốc Sở Nội vụ", "head")


def test_after_signing_an_edit_is_refused_saying_an_amendment_is_needed(qtbot, ws, visit, tmp_path):
    v = visit["visit"]
    ws.visits.add_participant(v, "team", "Nguyễn Thị Thu Hà", "Phó Giám đốc", "Trưởng đoàn")
    head, _ = ws.visits.add_participant(v, "unit", "Hoàng Minh", "Chủ tịch Ủy ban nhân dân", "Thủ trưởng đơn vị")
    ws.visits.conclude(v, "2026-11-20T10:00:00+07:00", reason="Thử")
    ws.minutes.sign(v, ws.minutes.render(v, tmp_path / "signed.pdf").pdf)
    page = _page(qtbot, ws, v)
    panel = page.participants
    panel.view.setCurrentIndex(panel.model.index(1, 1))
    seen = {}

    def edit(dialog: ParticipantDialog):
        dialog.name.setText("Hoàng Văn Minh")
        dialog.accept()
        seen["refused"] = dialog.isVisible() and page.ops.last_message.text()
        page.ops.last_message.close()
        dialog.reject()
    answer_next_dialog(edit)
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert "biên bản bổ sung" in seen["refused"]
    assert _stored(ws, v, head)["name"] == "Hoàng Minh"


def test_role_codes_of_either_side_read_as_words_never_as_the_code(qtbot, ws, visit):
    v = visit["visit"]
    ws.visits.add_participant(v, "unit", "Lê Thị Hạnh", "Chủ tịch Ủy ban nhân dân", "representative")
    ws.visits.add_participant(v, "unit", "Trần Thị Bích", "Công chức Văn phòng - Thống kê", "staff")
    page = _page(qtbot, ws, v)
    model = page.participants.model
    assert [model.index(r, 3).data() for r in range(model.rowCount())] == ["Đại diện đơn vị", "Cán bộ, công chức"]


def test_role_and_gender_are_picked_from_lists_and_the_minutes_say_ong_or_ba(qtbot, ws, visit):
    """Issue 11, point 5: a role and Ông/Bà are chosen, never typed; the unit's own roles
    are offered for the unit; what was chosen is stored as the list's code."""
    v = visit["visit"]
    page = _page(qtbot, ws, v)
    panel = page.participants
    dialog = ParticipantDialog("vi", panel)
    assert not dialog.role.isEditable() and not dialog.gender.isEditable()
    dialog.side.setCurrentIndex(dialog.side.findData("unit"))
    offered = [dialog.role.itemText(i) for i in range(dialog.role.count())]
    assert offered == ["—", "Thủ trưởng đơn vị", "Người được ủy quyền", "Đại diện đơn vị",
                       "Công chức tiếp nhận hồ sơ", "Cán bộ, công chức"]
    dialog.name.setText("Hoàng Minh")                 # no middle name: nothing to guess from
    dialog.position.setText("Chủ tịch Ủy ban nhân dân")
    dialog.role.setCurrentIndex(dialog.role.findText("Thủ trưởng đơn vị"))
    dialog.gender.setCurrentIndex(dialog.gender.findText("Ông"))
    dialog.accept()
    assert panel.add(dialog)
    dialog = ParticipantDialog("vi", panel)
    dialog.side.setCurrentIndex(dialog.side.findData("team"))
    assert [dialog.role.itemText(i) for i in range(dialog.role.count())] == [
        "—", "Trưởng đoàn", "Phó Trưởng đoàn", "Thành viên", "Thư ký"]
    dialog.name.setText("Lê Quang Huy")
    dialog.role.setCurrentIndex(dialog.role.findText("Trưởng đoàn"))
    dialog.gender.setCurrentIndex(dialog.gender.findText("Bà"))
    dialog.accept()
    assert panel.add(dialog)
    rows = ws.visits.participants(v)
    assert [(p["side"], p["role"], p["gender"]) for p in rows] == [("team", "head", "female"),
                                                                   ("unit", "head_of_unit", "male")]
    model = panel.model
    assert [model.index(r, 5).data() for r in range(model.rowCount())] == ["Bà", "Ông"]

    panel.view.setCurrentIndex(model.index(1, 1))

    def edit(dialog: ParticipantDialog):
        assert (dialog.role.currentText(), dialog.gender.currentText()) == ("Thủ trưởng đơn vị", "Ông")
        dialog.gender.setCurrentIndex(dialog.gender.findText("Bà"))
        dialog.accept()
    answer_next_dialog(edit)
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert _stored(ws, v, rows[1]["id"])["gender"] == "female"
    ws.visits.conclude(v, "2026-11-20T10:30:00+07:00", reason="Thử")
    team = ws.minutes.content(v)["facts"]["people"]
    assert (team["team"][0]["honorific"], team["unit"][0]["honorific"]) == ("Bà", "Bà")


def test_a_surprise_visits_reason_is_typed_beside_the_participants_and_ctrl_z_undoes_it(qtbot, ws, visit):
    v = visit["visit"]                                     # a surprise visit
    page = _page(qtbot, ws, v)
    panel = page.participants
    assert panel.trigger_row.isVisible() and panel.trigger.text() == ""
    panel.trigger.setFocus()
    panel.trigger.setText("Theo phản ánh của người dân qua Đường dây nóng ngày 05/11/2026")  # QTest types ASCII only
    qtbot.keyClick(panel.trigger, Qt.Key.Key_Return)
    assert ws.visits.trigger(v) == "Theo phản ánh của người dân qua Đường dây nóng ngày 05/11/2026"
    assert ws.findings.of_visit(v) == []                   # not a finding of the visit
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ws.visits.trigger(v) == ""
    qtbot.waitUntil(lambda: panel.trigger.text() == "")


def test_a_planned_visit_shows_no_reason_line(qtbot, ws, visit):
    planned, _ = ws.visits.create(visit["unit"], "planned", "2026-11-21", [visit["template"]])
    ws.visits.start(planned, "2026-11-21T08:00:00+07:00")
    page = _page(qtbot, ws, planned)
    assert not page.participants.trigger_row.isVisible()


def test_ctrl_n_in_the_participants_table_adds_a_participant_not_a_visit(qtbot, ws, visit, settings):
    # In the window, Ctrl+N is "New visit"; inside the participants' table it adds a person,
    # as it adds a row in the roll call (issue 12: what was typed went into the wrong dialog).
    from ui.main_window import MainWindow

    v = visit["visit"]
    window = MainWindow(ws, "vi", settings)
    qtbot.addWidget(window)
    window.show()
    window.open_visit(v)
    page = window.visit_workspace
    page.show_tab(page.tabs.indexOf(page.participants))
    panel = page.participants
    panel.view.setFocus()
    seen = []

    def fill(dialog):
        seen.append(type(dialog).__name__)
        if isinstance(dialog, ParticipantDialog):
            dialog.side.setCurrentIndex(dialog.side.findData("unit"))
            dialog.name.setText("Lê Thị Hoa")
            dialog.position.setText("Công chức tiếp nhận hồ sơ")
        dialog.accept()
    answer_next_dialog(fill)
    qtbot.keyClick(panel.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == ["ParticipantDialog"]
    assert [p["name"] for p in ws.visits.participants(v)] == ["Lê Thị Hoa"]



def test_opening_a_surprise_visit_keeps_the_window_active(qtbot, ws, visit, settings):
    # The reason's line was a parentless widget made visible: a window of its own flashed up
    # and took the activation from the main window, so Ctrl+Shift+R and the other keys
    # went nowhere until the user clicked.
    from ui.main_window import MainWindow

    assert ws.visits.get(visit["visit"])["kind"] == "surprise"
    window = MainWindow(ws, "vi", settings)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    page = window.open_visit(visit["visit"])
    qtbot.wait(100)                       # the stray window's activation arrived as an event
    assert QApplication.activeWindow() is window
    page.show_tab(page.tabs.indexOf(page.participants))
    assert page.participants.trigger_row.isVisible()             # shown in its tab, for a surprise visit
