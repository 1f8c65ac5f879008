"""Service methods the Library screens need: editing teams, members, sections; removing assignments."""

from __future__ import annotations

import pytest

from inspector_app.errors import ValidationError
from tests.helpers.factories import LEGAL, small_checklist


def test_plan_update_checks_number_and_date(ws):
    plan, _ = ws.plans.create("87/KH-UBND", "Kiểm tra cải cách hành chính")
    ws.plans.update(plan, number="88 / KH-UBND", issued_on="2026-04-05", issuer="UBND tỉnh")
    row = ws.plans.get(plan)
    assert (row["number"], row["issued_on"], row["issuer"]) == ("88/KH-UBND", "2026-04-05", "UBND tỉnh")
    with pytest.raises(ValidationError) as err:
        ws.plans.update(plan, number="kế hoạch")
    assert "87/KH-UBND" in err.value.message("vi")
    with pytest.raises(ValidationError):
        ws.plans.update(plan, issued_on="05/04/2026")


def test_update_team_and_member(ws):
    plan, _ = ws.plans.create("87/KH-UBND", "Kiểm tra cải cách hành chính")
    team, _ = ws.plans.create_team("Đoàn số 1")
    changes = ws.plans.update_team(team, name="Đoàn kiểm tra số 1", plan_id=plan, decision="")
    assert changes.ids("team") == {team}
    row = ws.plans.team(team)
    assert (row["name"], row["plan_id"], row["decision"]) == ("Đoàn kiểm tra số 1", plan, None)
    with pytest.raises(ValidationError):
        ws.plans.update_team(team, name=" ")
    with pytest.raises(ValidationError):
        ws.plans.update_team(team, colour="red")

    member, _ = ws.plans.add_member(team, "Lê Quang Huy")
    ws.plans.update_member(member, role="secretary", position=" Chuyên viên ", agency="")
    row = ws.plans.member(member)
    assert (row["role"], row["position"], row["agency"]) == ("secretary", "Chuyên viên", None)
    with pytest.raises(ValidationError):
        ws.plans.update_member(member, role="boss")


def test_remove_assignment(ws):
    unit, _ = ws.units.create("Ủy ban nhân dân phường Ba Đình", "commune")
    team, _ = ws.plans.create_team("Đoàn kiểm tra số 1")
    assignment, _ = ws.plans.assign(team, unit, "2026-05-01", "2026-05-31")
    ws.plans.remove_assignment(assignment)
    assert ws.plans.assignments(team) == []
    with pytest.raises(ValidationError):
        ws.plans.remove_assignment(assignment)


def _draft(ws):
    ws.checklists.import_legal(LEGAL)
    template, _ = ws.checklists.import_data(small_checklist())
    draft, _ = ws.checklists.new_version(template)
    return template, draft


def test_lock_reason(ws):
    template, draft = _draft(ws)
    assert ws.checklists.lock_reason(template) == "published"
    assert ws.checklists.lock_reason(draft) is None
    ws.checklists.publish(draft)
    assert ws.checklists.lock_reason(draft) == "published"
    unit, _ = ws.units.create("Ủy ban nhân dân phường Ba Đình", "commune")
    ws.visits.create(unit, "surprise", "2026-11-20", [draft])
    assert ws.checklists.lock_reason(draft) == "in_use"


def test_update_and_remove_section(ws):
    template, draft = _draft(ws)
    section = ws.checklists.sections(draft)[0]
    ws.checklists.update_section(section["id"], title="Niêm yết công khai", repeatable=True, record_label="Thủ tục")
    row = ws.checklists.section(section["id"])
    assert (row["title"], row["repeatable"], row["record_label"]) == ("Niêm yết công khai", True, "Thủ tục")
    with pytest.raises(ValidationError):
        ws.checklists.update_section(section["id"], record_label="")
    before = ws.checklists.item_count(draft)
    in_section = len(ws.checklists.structure(draft)["sections"][0]["items"])
    ws.checklists.remove_section(section["id"])
    assert len(ws.checklists.sections(draft)) == 2
    assert ws.checklists.item_count(draft) == before - in_section == 7
    published = ws.checklists.sections(template)[0]["id"]
    with pytest.raises(ValidationError) as err:
        ws.checklists.update_section(published, title="Khác")
    assert err.value.code == "template_locked"
    with pytest.raises(ValidationError):
        ws.checklists.remove_section(published)
