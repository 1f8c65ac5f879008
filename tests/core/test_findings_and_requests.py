"""Findings and requests edited, deleted and proposed by the core (issue 11, point 3)."""

from __future__ import annotations

import pytest

from inspector_app.errors import LifecycleError, ValidationError


def _ready_to_sign(ws, visit_id):
    ws.visits.add_participant(visit_id, "team", "Nguyễn Thị Thu Hà", "Phó Giám đốc", "Trưởng đoàn")
    ws.visits.add_participant(visit_id, "unit", "Hoàng Minh", "Chủ tịch Ủy ban nhân dân", "Thủ trưởng đơn vị")


def test_findings_and_requests_are_edited_in_one_undoable_step_each(ws, visit):
    v = visit["visit"]
    finding, request, _ = ws.findings.add_with_request(
        v, "Chưa niêm yết thủ tục", request={"text": "Niêm yết thủ tục", "responsible": "Chủ tịch",
                                               "deadline": "2026-12-20"})
    changes = ws.findings.edit(finding, text="Chưa niêm yết 3 thủ tục hành chính mới công bố")
    assert changes.touches("finding")
    assert ws.findings.get(finding)["text"] == "Chưa niêm yết 3 thủ tục hành chính mới công bố"
    ws.findings.edit_request(request, text="Niêm yết đầy đủ 3 thủ tục hành chính mới công bố",
                             responsible="Chủ tịch Ủy ban nhân dân phường Ba Đình", deadline="2026-12-31")
    row = ws.findings.request(request)
    assert (row["text"], row["responsible"], row["deadline"]) == (
        "Niêm yết đầy đủ 3 thủ tục hành chính mới công bố", "Chủ tịch Ủy ban nhân dân phường Ba Đình", "2026-12-31")
    last = ws.history("request", request)[-1]                                 # in the op log, with the value before
    assert (last.data["text"], last.prev["text"]) == (row["text"], "Niêm yết thủ tục")
    with pytest.raises(ValidationError) as early:
        ws.findings.edit_request(request, deadline="2026-11-01")
    assert early.value.code == "deadline_before_visit"
    with pytest.raises(ValidationError):
        ws.findings.edit(finding, text="  ")
    ws.undo(v)
    assert ws.findings.request(request)["text"] == "Niêm yết thủ tục"
    ws.undo(v)
    assert ws.findings.get(finding)["text"] == "Chưa niêm yết thủ tục"


def test_deleting_a_finding_deletes_its_request_unless_kept_and_undo_brings_both_back(ws, visit):
    v = visit["visit"]
    request = {"text": "Niêm yết thủ tục", "responsible": "Chủ tịch", "deadline": "2026-12-20"}
    finding, request_id, _ = ws.findings.add_with_request(v, "Chưa niêm yết thủ tục", request=request)
    changes = ws.findings.delete(finding)
    assert changes.touches("finding") and changes.touches("request")
    assert ws.findings.of_visit(v) == [] and ws.findings.requests(v) == []
    ws.undo(v)                                            # one step: both back
    assert [f["id"] for f in ws.findings.of_visit(v)] == [finding]
    assert [r["id"] for r in ws.findings.requests(v)] == [request_id]
    ws.findings.delete(finding, requests="keep")
    assert [(r["id"], r["finding_id"]) for r in ws.findings.requests(v)] == [(request_id, None)]
    ws.findings.delete_request(request_id)
    assert ws.findings.requests(v) == []


def test_after_signing_edits_and_deletes_are_refused_saying_an_amendment_is_needed(ws, visit):
    v = visit["visit"]
    finding, request, _ = ws.findings.add_with_request(
        v, "Chưa niêm yết thủ tục", request={"text": "Niêm yết thủ tục", "responsible": "Chủ tịch",
                                               "deadline": "2026-12-20"})
    _ready_to_sign(ws, v)
    ws.visits.conclude(v, "2026-11-20T10:00:00+07:00", reason="Thử")
    ws.minutes.sign(v, ws.minutes.render(v).pdf)
    for attempt in (lambda: ws.findings.edit(finding, text="Khác"), lambda: ws.findings.delete(finding),
                    lambda: ws.findings.edit_request(request, text="Khác"),
                    lambda: ws.findings.delete_request(request)):
        with pytest.raises(LifecycleError) as refused:
            attempt()
        assert refused.value.code == "visit_not_editable"
        assert "biên bản bổ sung" in refused.value.message("vi")
    assert ws.findings.request(request)["text"] == "Niêm yết thủ tục"


def test_one_request_is_proposed_per_failed_item_in_natural_words_naming_the_staff(ws, visit):
    v, items = visit["visit"], visit["items"]
    ws.answers.answer(v, items["A1"], "khong_dat")
    ws.answers.answer(v, items["A2"], "khong_dat")
    ws.answers.answer(v, items["A3"], "dat")
    _ready_to_sign(ws, v)
    proposals = ws.findings.propose_requests(v)
    # Each item's basis in force that day, as the results table already cited it (short: number only).
    assert [p["text"] for p in proposals] == [
        "Chấn chỉnh, bảo đảm tiêu chí số 1 được thực hiện đầy đủ theo quy định tại Nghị định số 118/2025/NĐ-CP.",
        "Chấn chỉnh, bảo đảm tiêu chí số 2 được thực hiện đầy đủ theo quy định tại Nghị định số 118/2025/NĐ-CP."]
    assert {p["responsible"] for p in proposals} == {"Chủ tịch Ủy ban nhân dân phường Ba Đình"}
    assert {p["deadline"] for p in proposals} == {"2026-12-20"}
    area = ws.findings.propose_requests(v, per="area")
    assert [p["text"] for p in area] == [
        "Khắc phục các tồn tại về công khai thủ tục hành chính theo quy định tại Nghị định số 118/2025/NĐ-CP: "
        "bảo đảm tiêu chí số 1 được thực hiện đầy đủ; tiêu chí số 2 được thực hiện đầy đủ."]   # one basis: said once
    ids, changes = ws.findings.add_proposed_requests(v)
    assert len(ids) == 2 and changes.touches("request")
    assert ws.findings.propose_requests(v) == []            # each failed item has its request now
    ws.undo(v)                                               # one step for all
    assert ws.findings.requests(v) == []


def test_records_breaching_an_item_name_the_staff_in_its_proposed_request(tmp_path):
    from inspector_app.workspace import Workspace
    from tests.core.test_breach_rules import add_row, item, start_visit

    ws = Workspace.create(tmp_path / "ws", "field")
    try:
        visit, structure = start_visit(ws, "mot-cua-dot-xuat")
        ws.answers.answer(visit, item(structure, "C1")["id"], "dat")
        add_row(ws, visit, structure, "DD", {"DD1": "Đặng Thị Hồng", "DD3": "co_mat", "DD5": False})
        add_row(ws, visit, structure, "DD", {"DD1": "Bùi Minh Tuấn", "DD3": "co_mat", "DD5": False})
        [proposal] = ws.findings.propose_requests(visit)
        assert proposal["text"] == (
            "Chấn chỉnh, bảo đảm cán bộ, công chức, viên chức làm việc tại Bộ phận Một cửa đeo thẻ công chức, "
            "viên chức trong khi thi hành nhiệm vụ theo quy định tại Điều 7 Quy chế văn hóa công sở tại các cơ quan "
            "hành chính nhà nước ban hành kèm theo Quyết định số 129/2007/QĐ-TTg; "
            "đối với các trường hợp: cán bộ Đặng Thị Hồng, "
            "cán bộ Bùi Minh Tuấn.")
        assert proposal["responsible"] == "Thủ trưởng Ủy ban nhân dân phường Ba Đình"   # no representative yet
    finally:
        ws.close()


def test_a_proposed_request_asks_for_the_part_of_the_rule_the_team_found_not_met(tmp_path):
    """B1 asks for a convenient place and enough room; the team noted the waiting area too
    small, so the request asks for the room, not for the place (the rule's first clause)."""
    from inspector_app.workspace import Workspace
    from tests.core.test_breach_rules import item, start_visit

    ws = Workspace.create(tmp_path / "ws", "field")
    try:
        visit, structure = start_visit(ws, "mot-cua-dot-xuat")
        ws.answers.answer(visit, item(structure, "B1")["id"], "khong_dat",
                          note="Diện tích khu vực chờ chật, không đủ chỗ cho người dân vào giờ cao điểm.")
        ws.answers.answer(visit, item(structure, "B3")["id"], "khong_dat", note="Thiếu biển.")
        by_item = [p["text"] for p in ws.findings.propose_requests(visit)]
        assert by_item[0].startswith("Chấn chỉnh, bảo đảm diện tích phù hợp với số lượng giao dịch hằng ngày")
        # A note that names no part of the rule keeps the rule's first clause.
        assert by_item[1].startswith("Chấn chỉnh, bảo đảm bố trí khu vực đặt quầy tiếp nhận và trả kết quả")
        [area] = [p["text"] for p in ws.findings.propose_requests(visit, per="area")]
        assert "bảo đảm diện tích phù hợp với số lượng giao dịch hằng ngày; bố trí khu vực đặt quầy" in area
    finally:
        ws.close()


def test_a_scored_item_below_its_maximum_is_proposed_once_the_team_writes_a_shortcoming_about_it(tmp_path):
    from inspector_app.workspace import Workspace
    from tests.core.test_breach_rules import item, start_visit

    ws = Workspace.create(tmp_path / "ws", "field")
    try:
        visit, structure = start_visit(ws, "cchc-8-linh-vuc")
        low, full = item(structure, "CD1"), item(structure, "CD2")
        ws.answers.answer(visit, low["id"], low["max_score"] / 2)
        ws.answers.answer(visit, full["id"], full["max_score"])
        assert ws.findings.propose_requests(visit) == []           # a score alone is no failure
        ws.findings.add(visit, "Kế hoạch năm ban hành chậm.", "shortcoming", item_id=low["id"])
        ws.findings.add(visit, "Ghi chú về CD2.", "shortcoming", item_id=full["id"])
        [proposal] = ws.findings.propose_requests(visit)
        assert proposal["item_ids"] == [low["id"]]
        assert proposal["text"].startswith("Chấn chỉnh, bảo đảm ban hành kế hoạch cải cách hành chính năm")
    finally:
        ws.close()
