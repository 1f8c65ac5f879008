"""Re-inspection: HQ plans it from the units with open requests; the team records each check."""

from __future__ import annotations

import pytest

from inspector_app.errors import LifecycleError, NotFoundError, ValidationError
from inspector_app.hq import register
from inspector_app.workspace import Workspace
from tests.helpers.factories import setup_visit
from tests.helpers.images import make_photo


@pytest.fixture
def hq(tmp_path):
    ws = Workspace.create(tmp_path / "hq", "hq", builtin_checklists=False)
    yield ws
    ws.close()


@pytest.fixture
def earlier(hq):
    """A signed visit at the ward with three requests (deadlines 10/12, 20/12/2026 and 05/01/2027),
    and a request of another unit's visit that HQ closed."""
    ids = setup_visit(hq)
    visit = ids["visit"]
    requests = [hq.findings.add_request(visit, text, "Chủ tịch UBND phường", deadline,
                                        item_id=ids["items"].get(code))[0]
                for text, deadline, code in (("Niêm yết đủ thủ tục hành chính", "2026-12-10", "A1"),
                                             ("Cập nhật sổ theo dõi hồ sơ", "2026-12-20", None),
                                             ("Bố trí công chức trực bộ phận một cửa", "2027-01-05", None))]
    hq.minutes.open_draft(visit, number="12/BB-ĐKT")
    hq.visits.conclude(visit, "2026-11-20T11:00:00+07:00", reason="Kiểm tra theo chuyên đề")
    hq.visits.set_status(visit, "minutes_signed")
    other, _ = hq.units.create("Ủy ban nhân dân phường Hoàn Kiếm", "commune", parent_id=ids["province"])
    other_visit, _ = hq.visits.create(other, "planned", "2026-11-21", [ids["template"]])
    hq.visits.start(other_visit, "2026-11-21T08:00:00+07:00")
    closed, _ = hq.findings.add_request(other_visit, "Sắp xếp lại hồ sơ", "Chủ tịch UBND phường", "2026-12-01")
    hq.db.conn.execute("UPDATE request SET status = 'closed' WHERE id = ?", (closed,))
    return {**ids, "requests": requests, "other": other, "closed": closed}


def test_units_with_open_requests_are_listed_with_their_late_ones(hq, earlier):
    found = hq.reinspection.candidates("2026-12-15")
    assert [u["unit_id"] for u in found] == [earlier["unit"]]        # the closed request's unit is not listed
    unit = found[0]
    assert (unit["unit_name"], unit["open"], unit["overdue"], unit["first_deadline"]) == \
        ("Ủy ban nhân dân phường Ba Đình", 3, 1, "2026-12-10")
    assert [r["effective"] for r in unit["requests"]] == ["overdue", "due_soon", "open"]
    assert [r["overdue"] for r in unit["requests"]] == [True, False, False]
    assert hq.reinspection.candidates("2026-11-25")[0]["overdue"] == 0


def test_planning_makes_a_reinspection_visit_linked_to_the_requests(hq, earlier):
    first, second, third = earlier["requests"]
    visit_id, changes = hq.reinspection.plan(earlier["unit"], "2027-01-15", request_ids=[first, second],
                                             team_id=earlier["team"], plan_id=earlier["plan"])
    assert changes.touches("visit", "request")
    visit = hq.visits.get(visit_id)
    assert (visit["kind"], visit["status"], visit["unit_id"], visit["team_id"], visit["plan_id"],
            visit["scheduled_on"]) == ("reinspection", "draft", earlier["unit"], earlier["team"], earlier["plan"],
                                       "2027-01-15")
    assert visit["title"] == ("Tái kiểm tra việc thực hiện kiến nghị tại Ủy ban nhân dân phường Ba Đình "
                              "(theo cuộc kiểm tra ngày 20/11/2026)")
    assert hq.visits.template_ids(visit_id) == [earlier["template"]]     # the earlier visit's checklist
    assert [r["id"] for r in hq.reinspection.requests_of(visit_id)] == [first, second]
    assert hq.findings.request(third)["reinspection_visit_id"] is None
    unit = hq.reinspection.candidates("2026-12-15")[0]
    assert unit["planned"] == [visit_id]
    assert [r["planned_visit_id"] for r in unit["requests"]] == [visit_id, visit_id, None]

    with pytest.raises(ValidationError) as already:
        hq.reinspection.plan(earlier["unit"], "2027-01-20", request_ids=[second])
    assert already.value.code == "reinspection_already_planned" and "15/01/2027" in already.value.message()
    with pytest.raises(ValidationError) as closed:
        hq.reinspection.plan(earlier["unit"], "2027-01-20", request_ids=[earlier["closed"]])
    assert closed.value.code == "reinspection_request_not_open"
    # The default: the unit's open requests not yet planned.
    later, _ = hq.reinspection.plan(earlier["unit"], "2027-01-20")
    assert [r["id"] for r in hq.reinspection.requests_of(later)] == [third]
    with pytest.raises(ValidationError) as nothing:
        hq.reinspection.plan(earlier["unit"], "2027-01-25")
    assert nothing.value.code == "reinspection_nothing_open"


def test_the_title_names_the_signed_minutes(hq, earlier):
    minutes = hq.minutes.current(earlier["visit"])
    hq.db.conn.execute("UPDATE minutes SET status = 'signed', signed_at = '2026-11-20T11:30:00+07:00' WHERE id = ?",
                       (minutes["id"],))
    visit_id, _ = hq.reinspection.plan(earlier["unit"], "2027-01-15")
    assert hq.visits.get(visit_id)["title"].endswith("(theo Biên bản số 12/BB-ĐKT ngày 20/11/2026)")


def test_only_headquarters_plans(ws):
    ids = setup_visit(ws)
    with pytest.raises(ValidationError) as refused:
        ws.reinspection.plan(ids["unit"], "2027-01-15")
    assert refused.value.code == "reinspection_hq_only"


def test_cancelling_a_plan_unlinks_its_requests(hq, earlier):
    visit_id, _ = hq.reinspection.plan(earlier["unit"], "2027-01-15")
    hq.reinspection.cancel(visit_id)
    assert hq.visits.find(visit_id) is None
    assert all(hq.findings.request(r)["reinspection_visit_id"] is None for r in earlier["requests"])
    started, _ = hq.reinspection.plan(earlier["unit"], "2027-01-16")
    hq.visits.start(started, "2027-01-16T08:00:00+07:00")
    with pytest.raises(ValidationError) as refused:
        hq.reinspection.cancel(started)
    assert refused.value.code == "reinspection_started"


@pytest.fixture
def planned(hq, earlier):
    visit_id, _ = hq.reinspection.plan(earlier["unit"], "2027-01-15", request_ids=earlier["requests"][:2])
    hq.visits.start(visit_id, "2027-01-15T08:00:00+07:00")
    return visit_id


def test_each_request_is_checked_once_and_edited_until_signed(hq, earlier, planned):
    first, second, _third = earlier["requests"]
    check, _ = hq.reinspection.record(planned, first, "fixed", "  Đã niêm yết đủ 45 thủ tục  ")
    again, _ = hq.reinspection.record(planned, first, "partly")
    assert again == check
    assert hq.reinspection.get(check)["result"] == "partly"
    assert hq.reinspection.get(check)["note"] == "Đã niêm yết đủ 45 thủ tục"
    hq.reinspection.edit(check, note="Còn thiếu 3 thủ tục")
    listed = {r["id"]: r for r in hq.reinspection.requests_of(planned)}
    assert listed[first]["check"]["result"] == "partly" and listed[first]["check"]["note"] == "Còn thiếu 3 thủ tục"
    assert listed[first]["item"]["code"] == "A1" and listed[first]["earlier"] == "2026-11-20"
    assert listed[second]["check"] is None
    with pytest.raises(ValidationError) as bad:
        hq.reinspection.record(planned, second, "maybe")
    assert "Đã khắc phục" in bad.value.message()
    hq.visits.conclude(planned, "2027-01-15T11:00:00+07:00", reason="Chỉ kiểm tra lại kiến nghị")
    hq.visits.set_status(planned, "minutes_signed")
    for attempt in (lambda: hq.reinspection.record(planned, second, "fixed"),
                    lambda: hq.reinspection.edit(check, result="fixed"),
                    lambda: hq.reinspection.delete(check)):
        with pytest.raises(LifecycleError) as signed:
            attempt()
        assert "biên bản bổ sung" in signed.value.message()


def test_a_check_is_undoable_and_deleting_it_takes_its_evidence_links(hq, earlier, planned, tmp_path):
    first = earlier["requests"][0]
    check, _ = hq.reinspection.record(planned, first, "not_fixed")
    hq.reinspection.edit(check, result="fixed")
    assert hq.undo_history.undo_text(planned) == "kết quả kiểm tra lại kiến nghị"
    hq.undo(planned)
    assert hq.reinspection.get(check)["result"] == "not_fixed"
    photo = make_photo(tmp_path / "niem-yet.jpg")
    media_ids, _ = hq.reinspection.add_evidence(check, [photo])
    assert [m["id"] for m in hq.reinspection.evidence(check)] == media_ids
    assert hq.media.get(media_ids[0])["visit_id"] == planned
    hq.undo(planned)                                   # the file and its link: one step
    assert hq.reinspection.evidence(check) == []
    hq.redo(planned)
    hq.reinspection.delete(check)
    assert hq.reinspection.find(check) is None
    assert hq.media.links_to(planned, "request_check", check) == []
    assert hq.media.find(media_ids[0]) is not None    # the file stays with the visit
    hq.undo(planned)
    assert [m["id"] for m in hq.reinspection.evidence(check)] == media_ids


def test_only_the_listed_requests_of_a_reinspection_are_checked(hq, earlier, planned):
    third = earlier["requests"][2]
    with pytest.raises(ValidationError) as unlisted:
        hq.reinspection.record(planned, third, "fixed")
    assert unlisted.value.code == "reinspection_request_not_listed"
    with pytest.raises(ValidationError) as not_reinspection:
        hq.reinspection.record(earlier["visit"], third, "fixed")
    assert not_reinspection.value.code in ("visit_not_editable", "reinspection_not_reinspection")
    other_visit = hq.visits.list(unit_id=earlier["other"])[0]["id"]
    with pytest.raises(ValidationError) as other:
        hq.reinspection.record(other_visit, third, "fixed")
    assert other.value.code == "reinspection_not_reinspection"
    assert hq.reinspection.requests_of(other_visit) == []
    with pytest.raises(NotFoundError):
        hq.reinspection.record(planned, "no-such-request", "fixed")


def test_a_concluded_reinspection_moves_the_requests_status(hq, earlier, planned):
    first, second, third = earlier["requests"]
    hq.reinspection.record(planned, first, "fixed")
    hq.reinspection.record(planned, second, "not_fixed", "Chưa cập nhật")
    assert register.status_of(hq, first, "2027-01-16") == "overdue"          # not concluded yet
    hq.visits.conclude(planned, "2027-01-15T11:00:00+07:00", reason="Chỉ kiểm tra lại kiến nghị")
    assert [register.status_of(hq, r, "2027-01-16") for r in (first, second, third)] == \
        ["verified", "not_fixed", "overdue"]
    unit = hq.reinspection.candidates("2027-01-16")[0]
    assert [r["id"] for r in unit["requests"]] == [second, third]      # the verified one needs no other visit
