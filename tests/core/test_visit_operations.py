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


def test_several_photos_are_linked_and_unlinked_as_one_step(ws, visit, photos):
    visit_id, item = visit["visit"], visit["items"]["A1"]
    ids = [ws.media.add_file(path, visit_id)[0] for path in photos]
    changes = ws.media.link_many(ids, "item", item)
    assert len(changes.ids("evidence_link")) == 3
    assert not ws.media.link_many(ids[:2], "item", item), "files already linked are not linked twice"
    ws.undo(visit_id)
    assert ws.media.links_to(visit_id, "item", item) == []
    ws.redo(visit_id)
    ws.media.unlink_many(ids[:2], "item", item)
    assert [link["media_id"] for link in ws.media.links_to(visit_id, "item", item)] == [ids[2]]
    ws.undo(visit_id)
    assert len(ws.media.links_to(visit_id, "item", item)) == 3


def test_a_section_is_added_with_its_guidance_in_one_step(ws):
    from tests.helpers.factories import LEGAL, small_checklist

    ws.checklists.import_legal(LEGAL)
    template_id, _ = ws.checklists.import_data(small_checklist())
    draft, _ = ws.checklists.new_version(template_id)
    section_id, changes = ws.checklists.add_section(draft, "E", "Phỏng vấn người dân",
                                                    guidance="Hỏi ít nhất 5 người đang chờ.")
    assert changes.ids("checklist_section") == {section_id}
    assert ws.checklists.section(section_id)["guidance"] == "Hỏi ít nhất 5 người đang chờ."


def test_a_participant_is_edited_in_one_undoable_step_until_the_minutes_are_signed(ws, visit):
    from inspector_app.errors import LifecycleError

    v = visit["visit"]
    head, _ = ws.visits.add_participant(v, "unit", "Hoàng Minh", "Chủ tịch", "Thủ trưởng đơn vị")
    lead, _ = ws.visits.add_participant(v, "team", "Nguyễn Thị Thu Hà", "Phó Giám đốc", "Trưởng đoàn")
    changes = ws.visits.edit_participant(head, name="Hoàng Văn Minh", position="Chủ tịch Ủy ban nhân dân",
                                         role="Đại diện đơn vị", present=False)
    assert changes.ids("participant") == {head}
    row = next(p for p in ws.visits.participants(v) if p["id"] == head)
    assert (row["name"], row["position"], row["role"], bool(row["present"])) == (
        "Hoàng Văn Minh", "Chủ tịch Ủy ban nhân dân", "Đại diện đơn vị", False)
    last = ws.history("participant", head)[-1]                 # in the op log, with the values before
    assert (last.data["name"], last.prev["name"]) == ("Hoàng Văn Minh", "Hoàng Minh")
    assert not ws.visits.edit_participant(head, name="Hoàng Văn Minh"), "nothing different: no operation"
    with pytest.raises(ValidationError):
        ws.visits.edit_participant(head, name="   ")
    with pytest.raises(ValidationError):
        ws.visits.edit_participant(head, side="guest")
    ws.undo(v)                                                  # one step: every field back
    row = next(p for p in ws.visits.participants(v) if p["id"] == head)
    assert (row["name"], row["position"], row["role"], bool(row["present"])) == (
        "Hoàng Minh", "Chủ tịch", "Thủ trưởng đơn vị", True)

    ws.visits.conclude(v, "2026-11-20T10:00:00+07:00", reason="Thử")
    ws.minutes.sign(v, ws.minutes.render(v).pdf)
    with pytest.raises(LifecycleError) as refused:
        ws.visits.edit_participant(lead, name="Nguyễn Thu Hà")
    assert refused.value.code == "visit_not_editable"
    assert "biên bản bổ sung" in refused.value.message("vi")
    assert next(p for p in ws.visits.participants(v) if p["id"] == lead)["name"] == "Nguyễn Thị Thu Hà"
