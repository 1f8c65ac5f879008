"""Business operations that span several rows, done by the core in one transaction."""

from __future__ import annotations

import pytest

from inspector_app.errors import ValidationError


def test_a_finding_and_its_request_are_stored_together(ws, visit):
    visit_id, item = visit["visit"], visit["items"]["A1"]
    finding_id, request_id, changes = ws.findings.add_with_request(
        visit_id, "Chưa niêm yết thủ tục hành chính", item_id=item,
        request={"text": "Niêm yết đầy đủ thủ tục", "responsible": "Chủ tịch UBND phường",
                 "deadline": "2026-12-20"})
    assert changes.ids("finding") == {finding_id} and changes.ids("request") == {request_id}
    request = ws.findings.request(request_id)
    assert request["finding_id"] == finding_id and request["item_id"] == item
    assert ws.findings.get(finding_id)["item_id"] == item
    # One undo step: both go, and both come back.
    ws.undo(visit_id)
    assert ws.findings.of_visit(visit_id) == [] and ws.findings.requests(visit_id) == []
    ws.redo(visit_id)
    assert [r["id"] for r in ws.findings.requests(visit_id)] == [request_id]


def test_a_refused_request_keeps_its_finding_out_too(ws, visit):
    visit_id = visit["visit"]
    with pytest.raises(ValidationError) as refused:
        ws.findings.add_with_request(visit_id, "Chưa niêm yết", request={
            "text": "Niêm yết", "responsible": "Chủ tịch UBND phường", "deadline": "2020-01-01"})
    assert "2020" in refused.value.message("vi") or "01/01/2020" in refused.value.message("vi")
    assert ws.findings.of_visit(visit_id) == []


def test_a_finding_without_request(ws, visit):
    finding_id, request_id, _changes = ws.findings.add_with_request(visit["visit"], "Cán bộ niềm nở", "strength")
    assert request_id is None and ws.findings.get(finding_id)["kind"] == "strength"


def test_the_team_becomes_participants_once(ws, visit):
    visit_id, team_id = visit["visit"], visit["team"]
    ws.plans.add_member(team_id, "Nguyễn Văn An", "head", position="Phó Giám đốc Sở Nội vụ")
    ws.plans.add_member(team_id, "Trần Thị Bình", "member", position="Chuyên viên")
    changes = ws.visits.add_team_members(visit_id)
    assert len(changes.ids("participant")) == 2
    names = sorted(p["name"] for p in ws.visits.participants(visit_id) if p["side"] == "team")
    assert names == ["Nguyễn Văn An", "Trần Thị Bình"]
    assert not ws.visits.add_team_members(visit_id), "members already listed are not added twice"
    ws.undo(visit_id)   # the first addition was one step
    assert ws.visits.participants(visit_id) == []


def test_a_visit_without_team_says_where_to_choose_one(ws, visit):
    other, _ = ws.visits.create(visit["unit"], "surprise", "2026-11-21", [visit["template"]])
    ws.visits.start(other, "2026-11-21T08:00:00+07:00")
    with pytest.raises(ValidationError) as refused:
        ws.visits.add_team_members(other)
    assert "chưa gắn với đoàn kiểm tra" in refused.value.message("vi")
