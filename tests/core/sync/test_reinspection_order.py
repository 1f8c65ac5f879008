"""HQ's re-inspection plan stays HQ's on every replica, whatever order a hostile laptop's
operations on it and HQ's plan arrive in (issue 10, points 3 and 11; issue 13 point 3):
the operations are kept in the log; the state ignores a field laptop's changes of a
planned visit beyond what the team does on site, of the checklists HQ attached, and of a
request's link to a re-inspection; a check keeps the visit and request it was created
with; and a check counts only where HQ linked its request to its visit."""

from __future__ import annotations

from inspector_app.ids import uuid7

from .helpers import introduce, send, visit_on, workspace


def _row(ws, entity: str, row_id: str):
    return next(row for row in ws.state_dump()[entity] if row[0] == row_id)


def test_a_hostile_laptop_s_changes_of_hq_s_plan_end_the_same_on_every_replica_whichever_arrived_first(
        team, usb, tmp_path):
    hq, (mallory, early), ids = team
    late = workspace(tmp_path, "May 3")
    try:
        introduce(hq, mallory, early, late)
        send(hq, "distribution", late, usb)
        # Mallory's earlier visit made three requests; HQ plans a re-inspection of two.
        earlier = visit_on(mallory, ids)
        r1, r2, r3 = (mallory.findings.add_with_request(earlier, f"Tồn tại số {n}", request={
            "text": f"Kiến nghị số {n}", "responsible": "Chủ tịch UBND phường", "deadline": "2026-12-10"})[1]
            for n in (1, 2, 3))
        send(mallory, "findings", hq, usb)
        visit, _ = hq.reinspection.plan(ids["unit"], "2027-01-15", request_ids=[r1, r2], team_id=ids["team"],
                                        plan_id=ids["plan"])
        send(hq, "distribution", mallory, usb)
        send(hq, "distribution", late, usb)                 # `late` holds HQ's plan; `early` does not yet
        # Mallory starts the visit and checks r1 honestly, then, past its own program's refusals:
        mallory.visits.start(visit, "2027-01-15T08:00:00+07:00")
        honest, _ = mallory.reinspection.record(visit, r1, "fixed", "Đã niêm yết đủ")
        mallory.writer.hq_data_readonly = False
        checklists = [r[0] for r in mallory.db.conn.execute(
            "SELECT id FROM visit_checklist WHERE visit_id = ?", (visit,)).fetchall()]
        assert checklists
        hostile = [("visit", visit, {"unit_id": ids["province"], "scheduled_on": "2027-02-01"}),
                   ("visit", visit, {"deleted": True}),
                   *(("visit_checklist", c, {"deleted": True}) for c in checklists),
                   ("request", r3, {"reinspection_visit_id": visit}),
                   ("request_check", uuid7(), {"visit_id": visit, "request_id": r3, "result": "fixed"}),
                   ("request_check", honest, {"request_id": r2})]
        for mutation in hostile:
            mallory.writer.write([mutation])
        for target in (early, late):                        # `early` gets it before HQ's plan, `late` after
            report = send(mallory, "peer", target, usb)
            if target is late:
                assert report.details["set_aside"] == len(hostile)
        send(hq, "distribution", early, usb)                # HQ's plan reaches `early` after the attack
        send(mallory, "findings", hq, usb)
        # HQ keeps what it received, but its distributions do not spread the attack.
        assert "set_aside" not in send(hq, "distribution", late, usb).details
        for ws in (early, late, hq):
            held = ws.visits.get(visit)
            assert (held["unit_id"], held["scheduled_on"], held["status"], held["deleted"]) == \
                (ids["unit"], "2027-01-15", "in_progress", False), ws.device_name
            assert ws.visits.template_ids(visit) == [ids["template"]]
            assert ws.findings.request(r3)["reinspection_visit_id"] is None
            assert [(c["id"], c["request_id"], c["result"]) for c in ws.reinspection.of_visit(visit)] == \
                [(honest, r1, "fixed")]
            assert [r["id"] for r in ws.reinspection.requests_of(visit)] == [r1, r2]
            # Kept in the log, as received.
            assert {op.device_id for op in ws.operations() if op.row_id == visit} == {hq.device_id,
                                                                                      mallory.device_id}
        assert early.state_dump() == late.state_dump()
        for entity, row_id in (("visit", visit), ("request", r3), ("request_check", honest),
                               *(("visit_checklist", c) for c in checklists)):
            assert _row(hq, entity, row_id) == _row(early, entity, row_id), entity
    finally:
        late.close()
