"""The PAR index as data, its evidence per unit and year, and HQ's decisions — against the
hand-computed figures of tests/core/hq/par_fixture.py."""

from __future__ import annotations

import pytest

from inspector_app.errors import ValidationError
from inspector_app.hq import par_evidence
from inspector_app.hq.par_evidence import propose, unit_evidence, year_evidence
from tests.core.hq.par_fixture import make_province


@pytest.fixture
def par(tmp_path):
    ws, ids = make_province(tmp_path)
    yield ws, ids
    ws.close()


def by_code(entries):
    return {e.criterion["code"]: e for e in entries}


def test_the_index_loads_as_a_tree_with_points_certainty_and_mapping(par):
    ws, ids = par
    nodes = {n["code"]: n for n in ws.par.criteria(ids["index"])}
    assert [n["code"] for n in ws.par.criteria(ids["index"])] == ["1", "1.1", "1.2", "1.2.1", "1.2.2", "2", "2.1"]
    assert [nodes[c]["level"] for c in ("1", "1.1", "1.2.1")] == ["area", "criterion", "sub"]
    assert nodes["1.2"]["parent_id"] == nodes["1"]["id"] and nodes["1.2.1"]["parent_id"] == nodes["1.2"]["id"]
    assert [n["code"] for n in ws.par.leaves(ids["index"])] == ["1.1", "1.2.1", "1.2.2", "2.1"]
    assert nodes["1.2.1"]["certainty"] == "reported" and nodes["1.1"]["certainty"] == "placeholder"
    assert ws.par.total_points(ids["index"]) == 15
    assert sorted((m["item_code"], m["criterion_id"]) for m in ws.par.mappings(ids["index"])) == [
        ("A1", ids["c1.1"]), ("A2", ids["c1.1"]), ("A3", ids["c1.2.1"]), ("A4", ids["c2.1"])]
    # Loading again keeps what HQ edited.
    ws.par.update_criterion(ids["c2.1"], points=4)
    _same, changes = ws.par.load(tmp := ws.path.parent / "thu_nghiem.json")
    assert not changes and ws.par.criterion(ids["c2.1"])["points"] == 4
    assert ws.par.load(tmp, replace=True)[1] and ws.par.criterion(ids["c2.1"])["points"] == 5


def test_evidence_of_ward_w_in_2026_matches_the_hand_count(par):
    ws, ids = par
    found = by_code(unit_evidence(ws, ids["W"], 2026))
    plan = found["1.1"]
    assert (len(plan.checks), len(plan.failed), plan.shortfall) == (4, 2, 2.0)
    assert {(c.visit_id, c.item_code) for c in plan.failed} == {(ids["v1"], "A2"), (ids["v2"], "A1")}
    assert [(r.request_id, r.late) for r in plan.requests] == [(ids["r1"], True)]
    assert plan.proposed == 4.5
    own = found["1.2.1"]
    assert (len(own.checks), len(own.failed)) == (1, 0)
    assert sorted(r.request_id for r in own.requests) == sorted([ids["r0"], ids["r5"]]) and own.late == 2
    assert own.proposed == 0.5
    general = found["1.2.2"]
    assert [(r.request_id, r.late, r.status) for r in general.requests] == [(ids["r2"], False, "open")]
    assert general.proposed == 0
    assert (len(found["2.1"].checks), found["2.1"].proposed) == (1, 0)
    assert found["1.1"].area["code"] == "1" and found["2.1"].area["code"] == "2"


def test_the_year_lists_the_scored_units_and_a_deduction_is_capped(par):
    ws, ids = par
    year = year_evidence(ws, 2026)
    assert list(year) == [ids["W"], ids["B"]]          # by name: Ba Đình, Ngọc Hà; C counts for W
    ward_b = by_code(year[ids["B"]])
    assert (len(ward_b["2.1"].checks), len(ward_b["2.1"].failed), ward_b["2.1"].late) == (1, 1, 1)
    assert ward_b["2.1"].proposed == 5                  # 5 + 1,25 capped at the criterion's 5 points
    assert sum(e.proposed for e in year[ids["W"]]) == 5.0
    # 2025: v0 only; R0's deadline is that very day, so on 31/12/2025 it is due, not late.
    earlier = by_code(year_evidence(ws, 2025)[ids["W"]])
    assert (len(earlier["1.1"].failed), earlier["1.1"].proposed) == (1, 6.0)
    assert [(r.request_id, r.late) for r in earlier["1.2.1"].requests] == [(ids["r0"], False)]


def test_a_unit_below_a_scored_one_can_be_asked_for_on_its_own(par):
    ws, ids = par
    centre = by_code(unit_evidence(ws, ids["C"], 2026))
    assert {(c.visit_id, c.item_code) for c in centre["1.1"].checks} == {(ids["v2"], "A1"), (ids["v2"], "A2")}
    assert [r.request_id for r in centre["1.2.2"].requests] == [ids["r2"]]
    assert not any(e.requests for e in centre.values() if e.criterion["code"] != "1.2.2")


def test_requests_are_judged_on_the_years_last_day_or_today_while_it_runs(par):
    ws, ids = par
    visit_id, _ = ws.visits.create(ids["B"], "surprise", "2026-11-25", [ids["template"]])
    ws.visits.start(visit_id, "2026-11-25T08:00:00")
    late, _ = ws.findings.add_request(visit_id, "Niêm yết lại", "Chủ tịch UBND", "2026-12-20",
                                      responsible_unit_id=ids["B"])
    assert par_evidence.as_of_day(2026, "2026-12-02") == "2026-12-02"
    assert par_evidence.as_of_day(2026, "2027-01-05") == "2026-12-31"
    general = {e.criterion["code"]: e for e in unit_evidence(ws, ids["B"], 2026, today="2026-12-02")}["1.2.2"]
    assert [(r.request_id, r.late, r.status) for r in general.requests] == [(late, False, "open")]
    general = {e.criterion["code"]: e for e in unit_evidence(ws, ids["B"], 2026, today="2027-01-05")}["1.2.2"]
    assert [(r.request_id, r.late, r.status) for r in general.requests] == [(late, True, "overdue")]
    assert general.proposed == 0.75                     # 3 × 0,25: late on 31/12/2026


def test_an_item_answered_met_that_records_breach_counts_as_not_met(par):
    from tests.helpers.factories import small_checklist

    ws, ids = par
    data = small_checklist(version=2)                    # the same code: the mapping holds for every version
    roll_call = next(s for s in data["sections"] if s["code"] == "DD")
    roll_call["items"][1]["choices"][1]["breaches"] = ["A4"]     # absent without reason breaches A4
    template, _ = ws.checklists.import_data(data)
    items = {i["code"]: i["id"] for i in ws.checklists.items(template)}
    section = {s["code"]: s["id"] for s in ws.checklists.sections(template)}
    visit_id, _ = ws.visits.create(ids["B"], "surprise", "2026-09-09", [template])
    ws.visits.start(visit_id, "2026-09-09T08:00:00")
    ws.answers.answer(visit_id, items["A4"], "dat")
    record, _ = ws.answers.add_record(visit_id, section["DD"])
    ws.answers.answer(visit_id, items["DD1"], "Phạm Văn Tú", record_id=record)
    ws.answers.answer(visit_id, items["DD2"], "vang_khong_ly_do", record_id=record)
    one_stop = {e.criterion["code"]: e for e in unit_evidence(ws, ids["B"], 2026, today="2026-12-31")}["2.1"]
    breached = next(c for c in one_stop.checks if c.visit_id == visit_id)
    assert (breached.answer, breached.shortfall, breached.by_records) == ("Đạt", 1.0, True)
    assert (len(one_stop.checks), len(one_stop.failed)) == (2, 2)


def test_the_proposal_rule():
    assert propose(6, 4, 2, 1) == 4.5
    assert propose(1, 0, 0, 2) == 0.5
    assert propose(5, 1, 1, 1) == 5
    assert propose(3, 3, 1, 0) == 1.0                   # 3 × 1/3, rounded to 0,01
    assert propose(2, 3, 1, 0) == 0.67
    assert propose(4, 0, 0, 0, {"request_share": 0.5}) == 0


def test_a_re_inspection_after_the_year_end_does_not_close_a_request_for_that_year():
    request = {"status": "open", "deadline": "2026-06-30", "status_on": None}
    assert par_evidence.year_end_status(request, [("2026-11-02", "v", "fixed")], "2026-12-31") == ("verified", False)
    assert par_evidence.year_end_status(request, [], "2026-12-31") == ("overdue", True)
    closed_later = {"status": "closed", "deadline": "2026-06-30", "status_on": "2027-02-01"}
    assert par_evidence.year_end_status(closed_later, [], "2026-12-31") == ("overdue", True)


def test_decisions_accept_override_undo_with_who_and_when(par):
    ws, ids = par
    person, _ = ws.people.create("Trần Thị Lan", "Chuyên viên Phòng Cải cách hành chính")
    ws.people.set_current(person)
    decision, changes = ws.par.decide(ids["W"], 2026, ids["c1.1"], proposed=4.5)
    assert changes.touches("par_decision")
    current = ws.par.decision(ids["W"], 2026, ids["c1.1"])
    assert (current["id"], current["accepted"], current["kind"], current["decided_by"]) == \
        (decision, 4.5, "accept", "Trần Thị Lan")
    assert current["decided_at"][:4] >= "2026"
    ws.par.decide(ids["W"], 2026, ids["c1.1"], proposed=4.5, accepted=3.0, note="Đơn vị đã khắc phục R1 ngày 05/01")
    assert ws.par.decision(ids["W"], 2026, ids["c1.1"])["accepted"] == 3.0
    with pytest.raises(ValidationError) as refused:
        ws.par.decide(ids["W"], 2026, ids["c1.1"], proposed=4.5, accepted=2.0)
    assert refused.value.code == "par_override_reason"
    with pytest.raises(ValidationError) as refused:
        ws.par.decide(ids["W"], 2026, ids["c1.1"], proposed=4.5, accepted=7, note="quá điểm")
    assert refused.value.code == "par_points_range" and "6" in refused.value.message("vi")
    ws.par.undo_decision(ids["W"], 2026, ids["c1.1"])
    assert ws.par.decision(ids["W"], 2026, ids["c1.1"])["id"] == decision
    trail = ws.par.trail(ids["W"], 2026, ids["c1.1"])
    assert [(d["kind"], d["deleted"]) for d in trail] == [("accept", False), ("override", True)]
    ws.par.undo_decision(ids["W"], 2026, ids["c1.1"])
    assert ws.par.decision(ids["W"], 2026, ids["c1.1"]) is None
    with pytest.raises(ValidationError) as refused:
        ws.par.undo_decision(ids["W"], 2026, ids["c1.1"])
    assert refused.value.code == "nothing_to_undo"


def test_the_evidence_carries_the_decision_and_says_when_the_proposal_changed(par):
    ws, ids = par
    ws.par.decide(ids["W"], 2026, ids["c1.1"], proposed=4.5)
    entry = by_code(unit_evidence(ws, ids["W"], 2026))["1.1"]
    assert (entry.accepted, entry.stale) == (4.5, False)
    visit_id, _ = ws.visits.create(ids["W"], "reinspection", "2026-11-10", [ids["template"]])
    ws.visits.start(visit_id, "2026-11-10T09:00:00")
    ws.answers.answer(visit_id, ws.checklists.items(ids["template"])[0]["id"], "khong_dat")   # A1
    entry = by_code(unit_evidence(ws, ids["W"], 2026))["1.1"]
    assert entry.proposed == 5.1 and entry.accepted == 4.5 and entry.stale   # 6 × 3/5 + 1,5


def test_hq_edits_points_titles_and_mapping(par):
    ws, ids = par
    ws.par.update_criterion(ids["c1.2.1"], points=2, title="Tự kiểm tra công vụ", certainty="verified",
                            note="Đối chiếu ngày 01/12/2026")
    nodes = {n["code"]: n for n in ws.par.criteria(ids["index"])}
    assert (nodes["1.2.1"]["points"], nodes["1.2"]["points"], nodes["1"]["points"]) == (2, 5, 11)
    assert nodes["1.2.1"]["title"] == "Tự kiểm tra công vụ" and nodes["1.2.1"]["certainty"] == "verified"
    assert ws.par.total_points(ids["index"]) == 16
    with pytest.raises(ValidationError) as refused:
        ws.par.update_criterion(ids["c1.2"], points=3)
    assert refused.value.code == "par_points_from_parts"
    with pytest.raises(ValidationError):
        ws.par.update_criterion(ids["c1.1"], certainty="chac-chan")
    mapping_id, _ = ws.par.map(ids["c2.1"], "thu-nghiem", "A1")
    assert ids["v1"] in {c.visit_id for c in by_code(unit_evidence(ws, ids["W"], 2026))["2.1"].checks}
    assert len(by_code(unit_evidence(ws, ids["W"], 2026))["2.1"].checks) == 3
    ws.par.unmap(mapping_id)
    assert len(by_code(unit_evidence(ws, ids["W"], 2026))["2.1"].checks) == 1
    for criterion, item, code in (("c1.2", "A1", "par_map_leaf"), ("c1.1", "Z9", "par_item_unknown")):
        with pytest.raises(ValidationError) as refused:
            ws.par.map(ids[criterion], "thu-nghiem", item)
        assert refused.value.code == code


def test_rows_a_laptop_wrote_are_not_read_at_hq(par):
    """A bundle from a laptop that carried a decision or a mapping of its own (a hostile or broken
    laptop) changes nothing HQ reads: the index and the decisions are HQ's alone."""
    from inspector_app.hlc import pack
    from inspector_app.ids import uuid7
    from inspector_app.oplog import Operation
    from inspector_app.storage import sync_store

    ws, ids = par
    laptop = uuid7()
    with ws.writer.batch():
        sync_store.save_device(ws.db.conn, {"id": laptop, "name": "Máy 1", "role": "field", "sign_public": "k",
                                            "encrypt_public": "e"}, "trusted")
    ws.par.decide(ids["W"], 2026, ids["c1.1"], proposed=4.5)
    stamp = pack(4_102_444_800_000)                       # later than anything HQ wrote
    forged = [
        Operation(uuid7(), stamp, laptop, None, "par_decision", "ffffffff-ffff-7fff-bfff-ffffffffffff",
                  {"index_id": ids["index"], "unit_id": ids["W"], "year": 2026, "criterion_id": ids["c1.1"],
                   "proposed": 4.5, "accepted": 0.0, "kind": "override", "note": "x", "decided_by": "Máy 1",
                   "decided_at": "2026-12-01T08:00:00+07:00"}, {}),
        Operation(uuid7(), stamp + 1, laptop, None, "par_mapping", uuid7(),
                  {"index_id": ids["index"], "criterion_id": ids["c2.1"], "template_code": "thu-nghiem",
                   "item_code": "A1"}, {}),
    ]
    assert ws.apply_operations(forged)
    assert ws.par.decision(ids["W"], 2026, ids["c1.1"])["accepted"] == 4.5
    assert len(ws.par.mappings(ids["index"])) == 4
    assert len({e.criterion["code"]: e for e in unit_evidence(ws, ids["W"], 2026)}["2.1"].checks) == 1


def test_a_field_laptop_neither_loads_nor_edits_nor_decides(tmp_path):
    from inspector_app.workspace import Workspace

    with Workspace.create(tmp_path / "field", "field", builtin_checklists=False) as ws:
        with pytest.raises(ValidationError) as refused:
            ws.par.load()
        assert refused.value.code == "par_hq_only"
        with pytest.raises(ValidationError) as refused:
            ws.par.index()
        assert refused.value.code == "par_not_loaded"
