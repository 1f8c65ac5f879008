"""The Plans and Teams tabs: a plan, a team with its head and members, an assignment, removals."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox

from inspector_app.checklists import citations
from tests.ui.library.conftest import click, type_into
from ui.library.plans_tab import PlansTab
from ui.library.teams_tab import TeamsTab


def _show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1000, 650)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _ok(qtbot, dialog) -> None:
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))


def test_create_and_edit_a_plan(qtbot, lib):
    tab = _show(qtbot, PlansTab(lib, "vi"))
    assert tab.empty_note.isVisible() and not tab.edit_button.isEnabled()
    click(qtbot, tab.new_button)
    dialog = tab.dialog
    type_into(qtbot, dialog.number_edit, "KH-UBND 87")
    type_into(qtbot, dialog.title_edit, "Kiểm tra công tác cải cách hành chính năm 2026")
    type_into(qtbot, dialog.issuer_edit, "Ủy ban nhân dân thành phố Hà Nội")
    dialog.issued_on_edit.setDate(QDate(2026, 4, 5))
    type_into(qtbot, dialog.decision.number, "1520/QĐ-UBND")        # the decision's parts, number first
    _ok(qtbot, dialog)
    assert dialog.isVisible(), "a number without the slash form is refused"
    assert "87/KH-UBND" in tab.ops.last_message.text()
    tab.ops.last_message.accept()
    type_into(qtbot, dialog.number_edit, "87/KH-UBND")
    _ok(qtbot, dialog)

    plan = tab.selected()
    assert (plan["number"], plan["issued_on"], plan["year"]) == ("87/KH-UBND", "2026-04-05", 2026)
    assert citations.decision_parts(plan["decision"]) == {"number": "1520/QĐ-UBND", "issued_on": "",
                                                          "issuer": "", "subject": ""}
    assert tab.model.index(0, 3).data() == "05/04/2026"
    # What the decision still lacks is shown as the minutes print it: blanks to fill.
    assert "Quyết định số 1520/QĐ-UBND ngày …… tháng …… năm …… của ……………… về việc ……" in tab.details.text()
    assert tab.empty_note.isHidden()

    click(qtbot, tab.edit_button)
    dialog = tab.dialog
    assert dialog.number_edit.text() == "87/KH-UBND" and dialog.decision.number.text() == "1520/QĐ-UBND"
    type_into(qtbot, dialog.legal_basis_edit, "Kế hoạch cải cách hành chính năm 2026")
    dialog.issued_on_edit.setDate(QDate(2025, 12, 30))
    dialog.decision.issued_on.setDate(QDate(2026, 3, 5))
    type_into(qtbot, dialog.decision.issuer, "Giám đốc Sở Nội vụ")
    type_into(qtbot, dialog.decision.subject, "Về việc ban hành Kế hoạch kiểm tra năm 2026")
    _ok(qtbot, dialog)
    plan = lib.plans.get(plan["id"])
    assert (plan["legal_basis"], plan["year"]) == ("Kế hoạch cải cách hành chính năm 2026", 2025)
    assert tab.details.text().endswith("Quyết định số 1520/QĐ-UBND ngày 05 tháng 3 năm 2026 của Giám đốc Sở Nội vụ "
                                       "về việc ban hành Kế hoạch kiểm tra năm 2026")


def test_a_decision_typed_as_one_text_is_shown_split_and_kept_as_typed_unless_edited(qtbot, lib):
    typed = "Quyết định số 7/QĐ-UBND ngày 02/01/2026 của UBND Thành phố phê duyệt Kế hoạch kiểm tra"
    plan, _ = lib.plans.create("87/KH-UBND", "Kiểm tra năm 2026", decision=typed)
    tab = _show(qtbot, PlansTab(lib, "vi"))
    click(qtbot, tab.edit_button)
    dialog = tab.dialog
    assert (dialog.decision.number.text(), dialog.decision.issued_on.iso(), dialog.decision.issuer.text()) == \
        ("7/QĐ-UBND", "2026-01-02", "UBND Thành phố phê duyệt Kế hoạch kiểm tra")    # a guess to check
    _ok(qtbot, dialog)
    assert lib.plans.get(plan)["decision"] == typed                    # untouched: kept as typed
    click(qtbot, tab.edit_button)
    dialog = tab.dialog
    type_into(qtbot, dialog.decision.issuer, "Ủy ban nhân dân Thành phố")
    type_into(qtbot, dialog.decision.subject, "phê duyệt Kế hoạch kiểm tra năm 2026")
    _ok(qtbot, dialog)
    assert citations.decision(citations.decision_parts(lib.plans.get(plan)["decision"])) == (
        "Quyết định số 7/QĐ-UBND ngày 02 tháng 01 năm 2026 của Ủy ban nhân dân Thành phố phê duyệt Kế hoạch "
        "kiểm tra năm 2026")


def test_team_with_head_members_and_an_assignment(qtbot, lib):
    plan, _ = lib.plans.create("87/KH-UBND", "Kiểm tra công tác cải cách hành chính năm 2026")
    tab = _show(qtbot, TeamsTab(lib, "vi"))
    changed = []
    tab.ops.bus.operation_did_execute.connect(lambda changes, _initiator: changed.append(changes))
    assert tab.empty_note.isVisible() and not tab.add_member_button.isEnabled()
    tab.plan_combo.set_current(plan)

    click(qtbot, tab.new_team_button)
    dialog = tab.dialog
    assert dialog.plan_combo.current_id() == plan
    type_into(qtbot, dialog.name_edit, "Đoàn kiểm tra công vụ số 1")
    _ok(qtbot, dialog)
    team = tab.selected_team()
    assert (team["name"], team["plan_id"]) == ("Đoàn kiểm tra công vụ số 1", plan)

    for name, role, position in (("Lê Quang Huy", "member", "Chuyên viên"),
                                 ("Nguyễn Thị Thu Hà", "head", "Phó Giám đốc"),
                                 ("Phạm Thị Lan Anh", "secretary", "Chuyên viên")):
        click(qtbot, tab.add_member_button)
        dialog = tab.dialog
        type_into(qtbot, dialog.name_edit, name)
        dialog.role_combo.set_current(role)
        type_into(qtbot, dialog.position_edit, position)
        type_into(qtbot, dialog.agency_edit, "Sở Nội vụ")
        _ok(qtbot, dialog)
    members = tab.members
    assert [members.index(r, 0).data() for r in range(3)] == ["Nguyễn Thị Thu Hà", "Lê Quang Huy", "Phạm Thị Lan Anh"]
    assert [members.index(r, 1).data() for r in range(3)] == ["Trưởng đoàn", "Thành viên", "Thư ký"]
    assert tab.teams.index(0, tab.teams.MEMBERS).data() == 3

    tab.members_view.selectRow(1)
    click(qtbot, tab.edit_member_button)
    tab.dialog.role_combo.set_current("deputy")
    _ok(qtbot, tab.dialog)
    assert members.index(1, 1).data() == "Phó Trưởng đoàn"

    tab.members_view.selectRow(2)
    click(qtbot, tab.remove_member_button)
    click(qtbot, tab.dialog.button(QMessageBox.StandardButton.Yes))
    assert [m["name"] for m in lib.plans.members(team["id"])] == ["Nguyễn Thị Thu Hà", "Lê Quang Huy"]

    click(qtbot, tab.assign_button)
    dialog = tab.dialog
    dialog.unit_combo.set_current(lib.ward)
    dialog.start_edit.setDate(QDate(2026, 5, 1))
    dialog.end_edit.setDate(QDate(2026, 4, 1))
    _ok(qtbot, dialog)
    assert dialog.isVisible() and "đến ngày" in tab.ops.last_message.text()
    tab.ops.last_message.accept()
    dialog.end_edit.setDate(QDate(2026, 5, 31))
    _ok(qtbot, dialog)
    [assignment] = lib.plans.assignments(team["id"])
    assert (assignment["unit_id"], assignment["period_start"], assignment["period_end"], assignment["plan_id"]) == \
        (lib.ward, "2026-05-01", "2026-05-31", plan)
    row = [tab.assignments.index(0, c).data() for c in range(3)]
    assert row == ["Ủy ban nhân dân phường Ba Đình", "01/05/2026", "31/05/2026"]

    tab.assignments_view.selectRow(0)
    click(qtbot, tab.unassign_button)
    click(qtbot, tab.dialog.button(QMessageBox.StandardButton.Yes))
    assert lib.plans.assignments(team["id"]) == [] and tab.assignments.rowCount() == 0
    assert len(changed) == 8


def test_edit_a_team_and_filter_by_plan(qtbot, lib):
    plan, _ = lib.plans.create("87/KH-UBND", "Kiểm tra cải cách hành chính")
    other, _ = lib.plans.create("12/KH-SNV", "Kiểm tra công vụ")
    team, _ = lib.plans.create_team("Đoàn số 1", plan)
    lib.plans.create_team("Đoàn số 2", other)
    tab = _show(qtbot, TeamsTab(lib, "vi"))
    assert tab.teams.rowCount() == 2
    tab.plan_combo.set_current(other)
    assert [tab.teams.index(r, 0).data() for r in range(tab.teams.rowCount())] == ["Đoàn số 2"]
    tab.plan_combo.set_current(None)
    tab.select_team(team)
    click(qtbot, tab.edit_team_button)
    type_into(qtbot, tab.dialog.name_edit, "Đoàn kiểm tra số 1")
    type_into(qtbot, tab.dialog.decision.number, "15/QĐ-SNV")
    tab.dialog.decision.issued_on.setDate(QDate(2026, 10, 30))
    type_into(qtbot, tab.dialog.decision.issuer, "Giám đốc Sở Nội vụ")
    _ok(qtbot, tab.dialog)
    row = lib.plans.team(team)
    assert row["name"] == "Đoàn kiểm tra số 1"
    assert citations.decision_parts(row["decision"]) == {"number": "15/QĐ-SNV", "issued_on": "2026-10-30",
                                                         "issuer": "Giám đốc Sở Nội vụ", "subject": ""}
    assert tab.team_title.text() == "Đoàn kiểm tra số 1"
    assert tab.team_note.text().endswith("Quyết định số 15/QĐ-SNV ngày 30 tháng 10 năm 2026 của Giám đốc Sở Nội vụ "
                                         "về việc thành lập Đoàn kiểm tra số 1")
