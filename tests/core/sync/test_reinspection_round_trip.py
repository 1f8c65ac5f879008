"""Re-inspection through real bundles: HQ plans → distribution → laptop checks on site →
findings → HQ sees the checks and the requests' status moves; hostile laptops are held to
what a laptop may do to HQ's plan."""

from __future__ import annotations

import pytest

from inspector_app.errors import ValidationError
from inspector_app.hq import register
from inspector_app.ids import uuid7
from inspector_app.storage import reinspection_store, sync_store
from inspector_app.sync.trust import self_device
from tests.helpers.images import make_photo

from .helpers import REASON, send, tamper_after_signing, workspace


def test_a_reinspection_goes_to_the_laptop_and_its_checks_move_the_status_at_hq(team, usb, earlier, planned,
                                                                                  tmp_path):
    hq, (first, second), ids = team
    visit, _report = planned
    r1, r2, r3 = earlier["requests"]
    # On laptop 2: the planned visit and the two earlier requests, made by laptop 1, relayed
    # by HQ and proven by laptop 1's own seals.
    held = second.visits.get(visit)
    assert (held["kind"], held["status"], held["unit_id"], held["team_id"], held["scheduled_on"]) == \
        ("reinspection", "draft", ids["unit"], ids["team"], "2027-01-15")
    listed = second.reinspection.requests_of(visit)
    assert [r["id"] for r in listed] == [r1, r2]
    assert [(r["text"], r["deadline"], r["finding"]) for r in listed] == [
        ("Niêm yết đủ thủ tục hành chính tại bộ phận một cửa", "2026-12-10",
         "Tồn tại: niêm yết đủ thủ tục hành chính tại bộ phận một cửa"),
        ("Cập nhật sổ theo dõi hồ sơ", "2026-12-20", "Tồn tại: cập nhật sổ theo dõi hồ sơ")]
    assert {op.device_id for op in second.operations() if op.entity == "request"} == {first.device_id, hq.device_id}
    assert sync_store.row_creator(second.db.conn, "request", r3) is None     # not planned: not sent

    # Laptop 2 re-inspects on site.
    second.visits.start(visit, "2027-01-15T08:00:00+07:00")
    fixed, _ = second.reinspection.record(visit, r1, "fixed", "Đã niêm yết đủ 45 thủ tục")
    not_fixed, _ = second.reinspection.record(visit, r2, "not_fixed", "Sổ chưa cập nhật từ tháng 10")
    media_ids, _ = second.reinspection.add_evidence(fixed, [make_photo(tmp_path / "niem-yet.jpg")])
    second.visits.conclude(visit, "2027-01-15T10:30:00+07:00", reason=REASON)
    second.visits.set_status(visit, "minutes_signed")
    report = send(second, "findings", hq, usb)
    assert "set_aside" not in report.details

    # At HQ: the checks, their evidence, and the requests' status moved without a write on import.
    checks = {c["request_id"]: c for c in hq.reinspection.of_visit(visit)}
    assert {r: (c["id"], c["result"], c["note"]) for r, c in checks.items()} == {
        r1: (fixed, "fixed", "Đã niêm yết đủ 45 thủ tục"), r2: (not_fixed, "not_fixed", "Sổ chưa cập nhật từ tháng 10")}
    assert [m["id"] for m in hq.reinspection.evidence(fixed)] == media_ids
    assert hq.media.path_of(media_ids[0]).is_file()
    assert hq.visits.get(visit)["status"] in ("minutes_signed", "exported")
    assert [register.status_of(hq, r, "2027-01-20") for r in (r1, r2, r3)] == ["verified", "not_fixed", "overdue"]
    assert {hq.findings.request(r)["status"] for r in (r1, r2)} == {"open"}     # derived, not written
    # The verified request needs no other re-inspection; the others do.
    assert [r["id"] for r in hq.reinspection.candidates("2027-01-20")[0]["requests"]] == [r2, r3]
    # A signed re-inspection is no longer distributed.
    assert list(reinspection_store.distributed_ops(hq.db.conn, hq.device_id, sync_store.max_seq(hq.db.conn))) == []


def test_a_hostile_laptop_cannot_check_elsewhere_or_change_hqs_plan(team, usb, earlier, planned):
    hq, (_first, second), ids = team
    visit, _report = planned
    r1, r2, r3 = earlier["requests"]
    second.visits.start(visit, "2027-01-15T08:00:00+07:00")
    honest, _ = second.reinspection.record(visit, r1, "fixed")
    other_unit, _ = hq.units.create("Ủy ban nhân dân phường Hoàn Kiếm", "commune", parent_id=ids["province"])
    # What the service refuses, written straight to the op log (as a tampered laptop would).
    hostile = [
        ("request_check", uuid7(), {"visit_id": earlier["visit"], "request_id": r1, "result": "fixed"}),
        ("request_check", uuid7(), {"visit_id": visit, "request_id": r3, "result": "fixed"}),
        ("request_check", honest, {"request_id": r2}),
        ("request", r3, {"reinspection_visit_id": visit}),
        ("visit", visit, {"unit_id": other_unit, "scheduled_on": "2027-02-01"}),
        ("visit", visit, {"deleted": True}),
        *(("visit_checklist", row_id, {"deleted": True}) for (row_id,) in second.db.conn.execute(
            "SELECT id FROM visit_checklist WHERE visit_id = ?", (visit,)).fetchall()),
    ]
    second.writer.hq_data_readonly = False              # a tampered program: no local refusal
    for mutation in hostile:
        second.writer.write([mutation])
    report = send(second, "findings", hq, usb)
    assert report.details["set_aside"] == len(hostile)
    assert "trụ sở" in report.warnings[0].message()
    # HQ's plan is as HQ made it; only the honest check and the visit's start arrived.
    planned_visit = hq.visits.get(visit)
    assert (planned_visit["unit_id"], planned_visit["scheduled_on"], planned_visit["status"]) == \
        (ids["unit"], "2027-01-15", "in_progress")
    assert hq.visits.template_ids(visit) == [ids["template"]]
    assert hq.findings.request(r3)["reinspection_visit_id"] is None
    assert [(c["id"], c["request_id"], c["result"]) for c in hq.reinspection.of_visit(visit)] == [(honest, r1, "fixed")]
    assert hq.reinspection.of_visit(earlier["visit"]) == []
    # The same bundle again: what HQ accepted is not counted against it a second time.
    assert send(second, "findings", hq, usb, full=True).details["set_aside"] == len(hostile)


def test_the_laptop_refuses_to_change_hqs_plan_and_keeps_what_the_team_records(team, usb, earlier, planned):
    hq, (_first, second), ids = team
    visit, _report = planned
    other_team, _ = hq.plans.create_team("Đoàn kiểm tra số 2", ids["plan"])
    send(hq, "distribution", second, usb)
    for change in ({"team_id": other_team}, {"scheduled_on": "2027-02-01"}):
        with pytest.raises(ValidationError) as refused:
            second.visits.update(visit, **change)
        assert refused.value.code == "hq_plan_readonly" and "chỉ trụ sở" in refused.value.message()
    second.visits.update(visit, title="Tái kiểm tra phường Ba Đình", team_id=ids["team"])    # the team unchanged
    second.visits.start(visit, "2027-01-15T08:00:00+07:00")
    assert "set_aside" not in send(second, "findings", hq, usb).details
    held = hq.visits.get(visit)
    assert (held["title"], held["status"], held["team_id"]) == \
        ("Tái kiểm tra phường Ba Đình", "in_progress", ids["team"])


def test_no_check_changes_once_the_reinspection_is_signed(team, usb, earlier, planned):
    hq, (_first, second), _ids = team
    visit, _report = planned
    r1, _r2, _r3 = earlier["requests"]
    # After signing, a tampered laptop turns the result around and adds a check (past the service).
    tamper_after_signing(hq, second, usb, visit, earlier["requests"])
    report = send(second, "findings", hq, usb)
    assert report.details["set_aside"] == 2
    assert [(c["request_id"], c["result"]) for c in hq.reinspection.of_visit(visit)] == [(r1, "not_fixed")]
    assert register.status_of(hq, r1, "2027-01-20") == "not_fixed"


def test_a_cancelled_plan_leaves_the_laptops(team, usb, earlier, planned):
    hq, (_first, second), _ids = team
    visit, _report = planned
    hq.reinspection.cancel(visit)
    send(hq, "distribution", second, usb)
    assert second.visits.find(visit) is None
    assert visit not in [v["id"] for v in second.visits.list()]


def test_a_laptop_s_very_first_distribution_brings_the_requests_another_laptop_made(team, usb, earlier, planned,
                                                                                    tmp_path):
    """A new laptop approves HQ's first distribution: the requests laptop 1 made, relayed by HQ
    with laptop 1's seals, are proven by the key that same distribution lists (HQ signed it),
    registered before the operations' authors are checked: nothing is set aside."""
    hq, (first, _second), _ids = team
    visit, _report = planned
    r1, r2, _r3 = earlier["requests"]
    newcomer = workspace(tmp_path, "May moi")
    try:
        enrolled = hq.sync.import_file(newcomer.sync.enroll(usb / "dang-ky.bundle").path)
        hq.sync.approve(enrolled.bundle_id, newcomer.keys.fingerprint)
        held = newcomer.sync.import_file(hq.sync.export("distribution", usb, recipients=[self_device(newcomer)]).path)
        assert held.status == "held"
        report = newcomer.sync.approve(held.bundle_id, hq.keys.fingerprint)
        assert report.status == "accepted", report.message("en")
        assert "set_aside" not in report.details and not report.warnings, report.warnings
        assert [r["id"] for r in newcomer.reinspection.requests_of(visit)] == [r1, r2]
        assert {op.device_id for op in newcomer.operations() if op.row_id in (r1, r2)} == \
            {first.device_id, hq.device_id}
        assert newcomer.findings.request(r1)["reinspection_visit_id"] == visit
    finally:
        newcomer.close()
