"""Every Library model passes Qt's model tester and shows labels, not codes."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from inspector_app.changes import Changes
from ui.library.checklist_dialogs import ChoicesModel
from ui.library.common import OptionsModel
from ui.library.table_models import (
    AssignmentsModel,
    CitationsModel,
    LegalDocumentsModel,
    MembersModel,
    PlansModel,
    TeamsModel,
    TemplatesModel,
)
from ui.library.tree_models import ChecklistTreeModel, UnitTreeModel
from ui.library.unit_dialogs import PickModel


def _texts(model, parent=None) -> list[str]:
    parent = parent or QModelIndex()
    return [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]


def _team(ws):
    plan, _ = ws.plans.create("87/KH-UBND", "Kiểm tra cải cách hành chính năm 2026", issued_on="2026-04-05")
    team, _ = ws.plans.create_team("Đoàn kiểm tra số 1", plan)
    ws.plans.add_member(team, "Lê Quang Huy", "member", position="Chuyên viên")
    ws.plans.add_member(team, "Nguyễn Thị Thu Hà", "head", position="Phó Giám đốc", agency="Sở Nội vụ")
    ws.plans.assign(team, ws.ward, "2026-05-01", "2026-05-31")
    return plan, team


def test_table_models_pass_the_model_tester(qtmodeltester, lib):
    _plan, team = _team(lib)
    item = lib.checklists.items(lib.template)[0]
    citations = CitationsModel(lib)
    citations.set_item(item, "2026-01-01")
    teams, members, assignments = TeamsModel(lib), MembersModel(lib), AssignmentsModel(lib)
    members.set_team(team)
    assignments.set_team(team)
    for model in (TemplatesModel(lib), LegalDocumentsModel(lib), citations, PlansModel(lib), teams, members,
                  assignments):
        if model.rowCount() == 0:
            model.refresh()
        assert model.rowCount() > 0, type(model).__name__
        qtmodeltester.check(model)


def test_members_show_role_labels_head_first(lib):
    _plan, team = _team(lib)
    model = MembersModel(lib, "vi")
    model.set_team(team)
    rows = [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())]
    assert rows == [["Nguyễn Thị Thu Hà", "Trưởng đoàn", "Phó Giám đốc", "Sở Nội vụ"],
                    ["Lê Quang Huy", "Thành viên", "Chuyên viên", ""]]


def test_citations_follow_the_date(lib):
    item = next(i for i in lib.checklists.items(lib.template) if i["code"] == "A2")
    model = CitationsModel(lib)
    model.set_item(item, "2024-01-01")
    assert [model.index(r, CitationsModel.NUMBER).data() for r in range(model.rowCount())] == \
        ["Nghị định 61/2018/NĐ-CP"]
    assert model.index(0, CitationsModel.ARTICLE).data() == "Điều 2"
    assert model.index(0, CitationsModel.CITATION).data() == (
        "Nghị định 61/2018/NĐ-CP, Điều 2 — về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết "
        "thủ tục hành chính")
    model.set_item(item, "2026-01-01")
    assert [model.index(r, CitationsModel.NUMBER).data() for r in range(model.rowCount())] == \
        ["Nghị định 118/2025/NĐ-CP"]


def test_unit_tree_passes_the_model_tester_and_filters_by_date(qtmodeltester, qapp, lib):
    old, _ = lib.units.create("Ủy ban nhân dân phường Phúc Xá", "commune", parent_id=lib.province,
                              valid_to="2025-06-30")
    lib.units.end(old, "2025-06-30", [lib.ward])
    model = UnitTreeModel(lib, "vi")
    model.refresh()
    qtmodeltester.check(model)
    top = model.index(0, 0)
    assert _texts(model) == ["Ủy ban nhân dân thành phố Hà Nội"]
    assert _texts(model, top) == ["Ủy ban nhân dân phường Ba Đình", "Ủy ban nhân dân phường Phúc Xá"]
    phuc_xa = model.index(1, 0, top)
    assert model.index(1, UnitTreeModel.SUCCESSORS, top).data() == "Ủy ban nhân dân phường Ba Đình"
    assert model.index(1, UnitTreeModel.VALID_TO, top).data() == "30/06/2025"
    assert model.index(0, UnitTreeModel.KIND, top).data() == "UBND xã, phường, đặc khu"
    assert model.value(phuc_xa)["id"] == old

    model.set_as_of("2026-01-01")
    qtmodeltester.check(model)
    assert _texts(model, model.index(0, 0)) == ["Ủy ban nhân dân phường Ba Đình"]
    assert model.index_of(lib.ward).isValid() and not model.index_of(old).isValid()


def test_checklist_tree_passes_the_model_tester(qtmodeltester, qapp, lib):
    model = ChecklistTreeModel(lib, "vi")
    model.set_template(lib.template)
    qtmodeltester.check(model)
    assert _texts(model) == ["A", "DD", "HS"]
    roll_call = model.index(1, 0)
    assert _texts(model, roll_call) == ["DD1", "DD2", "DD3"]
    assert model.index(0, ChecklistTreeModel.POINTS, model.index(0, 0)).data() == "1"
    assert model.index(0, ChecklistTreeModel.REQUIRED, model.index(0, 0)).data() == "✓"
    assert model.value(model.index(0, 0, roll_call))["code"] == "DD1"
    assert model.index_of(model.value(model.index(2, 0, roll_call))["id"]).row() == 2


def test_trees_reload_only_on_their_entities(lib):
    units, checklist = UnitTreeModel(lib), ChecklistTreeModel(lib)
    units.refresh()
    checklist.set_template(lib.template)
    assert not units.apply_changes(Changes.of([("plan", "x")]))
    assert not checklist.apply_changes(Changes.of([("org_unit", "x")]))
    _id, changes = lib.units.create("Sở Nội vụ", "department")
    assert units.apply_changes(changes)
    assert units.rowCount() == 2


def test_small_models_pass_the_model_tester(qtmodeltester):
    choices = ChoicesModel([{"value": "co_mat", "label": "Có mặt"},
                            {"value": "vang", "label": "Vắng", "compliant": False}])
    qtmodeltester.check(choices)
    assert choices.choices() == [{"value": "co_mat", "label": "Có mặt"},
                                 {"value": "vang", "label": "Vắng", "compliant": False}]
    qtmodeltester.check(OptionsModel([(None, "—"), ("a", "Một")]))
    picks = PickModel([("a", "Một"), ("b", "Hai")], {"b"})
    qtmodeltester.check(picks)
    picks.set_checked("a")
    assert picks.checked_ids() == ["a", "b"]


def test_labels_are_vietnamese_with_the_translator(vi_translator, lib):
    lib.checklists.new_version(lib.template)
    model = TemplatesModel(lib, "vi")
    model.refresh()
    rows = [[model.index(r, c).data() for c in (TemplatesModel.VERSION, TemplatesModel.STATUS, TemplatesModel.SOURCE)]
            for r in range(model.rowCount())]
    assert rows == [[1, "Đã ban hành", "Có sẵn"], [2, "Bản nháp", "Tạo trên máy này"]]
    assert model.headerData(TemplatesModel.ITEMS, Qt.Orientation.Horizontal) == "Số tiêu chí"
    tree = ChecklistTreeModel(lib, "vi")
    tree.set_template(lib.template)
    section, roll_call = tree.index(0, 0), tree.index(1, 0)
    assert tree.index(0, ChecklistTreeModel.ANSWER_TYPE, section).data() == "Đạt / không đạt"
    assert tree.index(1, ChecklistTreeModel.ANSWER_TYPE, roll_call).data() == "Chọn một"
    assert tree.index(1, ChecklistTreeModel.ANSWER_TYPE).data() == "Lặp lại theo: Cán bộ"
