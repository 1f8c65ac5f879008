"""Org units: a tree of any depth, effective dates and successors."""

from __future__ import annotations

import pytest

from inspector_app.errors import ValidationError


def test_a_tree_of_any_depth(ws):
    province, _ = ws.units.create("Ủy ban nhân dân tỉnh Thái Nguyên", "province", code="19")
    district, _ = ws.units.create("Ủy ban nhân dân huyện Đại Từ", "district", parent_id=province,
                                  valid_to="2025-06-30")
    commune, _ = ws.units.create("Ủy ban nhân dân xã Hùng Sơn", "commune", parent_id=district)
    desk, _ = ws.units.create("Bộ phận Một cửa xã Hùng Sơn", "service_centre", parent_id=commune)
    assert [u["id"] for u in ws.units.path(desk)] == [province, district, commune, desk]
    assert ws.units.ancestors(desk) == {province, district, commune}


def test_effective_dates_and_successors(ws):
    old_a, _ = ws.units.create("Ủy ban nhân dân phường Phúc Xá", "commune", valid_to="2025-06-30",
                               legacy_codes=["00001"])
    old_b, _ = ws.units.create("Ủy ban nhân dân phường Trúc Bạch", "commune", valid_to="2025-06-30")
    new, _ = ws.units.create("Ủy ban nhân dân phường Ba Đình", "commune", valid_from="2025-07-01",
                             code="00004")
    ws.units.end(old_a, "2025-06-30", [new])
    ws.units.end(old_b, "2025-06-30", [new])
    assert [u["id"] for u in ws.units.successors(old_a)] == [new]
    in_2024 = {u["id"] for u in ws.units.list(as_of="2024-01-01")}
    in_2026 = {u["id"] for u in ws.units.list(as_of="2026-01-01")}
    assert in_2024 == {old_a, old_b} and in_2026 == {new}
    assert ws.units.get(old_a)["legacy_codes"] == ["00001"]


def test_a_unit_cannot_be_placed_under_itself(ws):
    top, _ = ws.units.create("Sở Nội vụ", "department")
    child, _ = ws.units.create("Phòng Cải cách hành chính", "other", parent_id=top)
    with pytest.raises(ValidationError) as err:
        ws.units.update(top, parent_id=child)
    assert err.value.code == "cycle"


def test_valid_to_before_valid_from_is_refused(ws):
    with pytest.raises(ValidationError):
        ws.units.create("Sở Tài chính", "department", valid_from="2025-03-01", valid_to="2025-01-01")


def test_plans_teams_and_assignments(ws):
    unit, _ = ws.units.create("Ủy ban nhân dân phường Ba Đình", "commune")
    plan, _ = ws.plans.create("220/KH-UBND", "Kiểm tra công vụ năm 2024", issued_on="2023-12-19")
    assert ws.plans.get(plan)["year"] == 2023
    with pytest.raises(ValidationError):
        ws.plans.create("kế hoạch hai", "Sai số hiệu")
    team, _ = ws.plans.create_team("Đoàn kiểm tra số 2", plan)
    ws.plans.add_member(team, "Lê Quang Huy", "member")
    ws.plans.add_member(team, "Nguyễn Thị Thu Hà", "head", position="Phó Giám đốc")
    assert [m["role"] for m in ws.plans.members(team)] == ["head", "member"]
    with pytest.raises(ValidationError):
        ws.plans.add_member(team, "Ai đó", "boss")
    ws.plans.assign(team, unit, "2024-03-01", "2024-03-31")
    assert ws.plans.assignments(team)[0]["plan_id"] == plan
    with pytest.raises(ValidationError):
        ws.plans.assign(team, unit, "2024-03-31", "2024-03-01")
