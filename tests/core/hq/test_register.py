"""The register of requests (hq/register.py) and HQ's follow-up (ws.requests), on the
hand-counted workspace of register_province.py."""

from __future__ import annotations

import pytest

from inspector_app.errors import NotFoundError, ValidationError
from inspector_app.hq import periods, register, scope
from tests.core.hq.register_province import TODAY, build, check


@pytest.fixture
def hq(tmp_path):
    ws, ids = build(tmp_path / "hq")
    yield ws, ids
    ws.close()


def _by_id(ws, **kw):
    return {r["id"]: r for r in register.entries(ws, today=TODAY, **kw)}


def test_every_request_with_its_unit_deadline_and_effective_status(hq):
    ws, ids = hq
    rows = register.entries(ws, today=TODAY)
    assert [r["id"] for r in rows][:2] == [ids["r1"], ids["r6"]]
    assert [r["id"] for r in rows][4:] == [ids["r2"], ids["r3"]]
    assert [r["deadline"] for r in rows] == sorted(r["deadline"] for r in rows)
    status = {name: next(r["status"] for r in rows if r["id"] == ids[name]) for name in ("r1", "r2", "r3", "r4",
                                                                                       "r5", "r6")}
    assert status == {"r1": "overdue", "r2": "due_soon", "r3": "open", "r4": "not_fixed", "r5": "verified",
                      "r6": "overdue"}
    r2 = next(r for r in rows if r["id"] == ids["r2"])
    assert r2["unit_name"] == "Trung tâm Phục vụ hành chính công phường Ba Đình"
    assert r2["visited_unit_name"] == "Ủy ban nhân dân phường Ba Đình"
    assert r2["status_label"] == "Sắp đến hạn (trong 7 ngày)"
    r4 = next(r for r in rows if r["id"] == ids["r4"])
    assert r4["check"][1:3] == (ids["v3"], "not_fixed") and r4["late"]


def test_a_check_counts_once_its_re_inspection_is_concluded(hq):
    ws, ids = hq
    assert _by_id(ws)[ids["r6"]]["status"] == "overdue"
    ws.visits.conclude(ids["v4"], "2026-06-15T11:00:00", reason="Tái kiểm tra")
    assert _by_id(ws)[ids["r6"]]["status"] == "partly"
    assert ws.requests.status(ids["r6"], TODAY) == "partly"
    assert register.status_of(ws, ids["r6"], TODAY) == "partly"
    assert ws.requests.checks(ids["r6"])[0]["note"] == "Mới số hóa một phần."


def test_filters_by_status_unit_period_scope_and_search_without_accents(hq):
    ws, ids = hq
    rows = register.entries(ws, today=TODAY)
    assert {r["id"] for r in register.select(rows, status="overdue")} == {ids["r1"], ids["r6"]}
    assert {r["id"] for r in register.select(rows, status="outstanding")} == \
        {ids["r1"], ids["r2"], ids["r3"], ids["r4"], ids["r6"]}
    assert {r["id"] for r in register.select(rows, late=True)} == {ids["r1"], ids["r4"], ids["r6"]}
    assert {r["id"] for r in register.select(rows, unit_ids=[ids["centre"]])} == {ids["r2"]}
    assert {r["id"] for r in register.select(rows, search="DUONG DAY nong")} == {ids["r4"]}
    assert {r["id"] for r in register.select(rows, search="phuong ngoc ha xin loi")} == {ids["r5"]}
    assert register.select(rows, search="khong co gi") == []
    # A unit's scope holds its sub-units; the period is the visit's day.
    ward_a = scope.parse(ws.db.conn, "unit:00004")
    assert set(_by_id(ws, scope=ward_a)) == {ids["r1"], ids["r2"], ids["r6"]}
    assert set(_by_id(ws, period=periods.parse("2026-Q1"))) == {ids["r1"], ids["r2"], ids["r6"]}
    assert set(_by_id(ws, period=periods.parse("2026-04-01..2026-04-30"))) == {ids["r3"], ids["r4"], ids["r5"]}
    descending = register.select(rows, descending=True)
    assert [r["deadline"] for r in descending] == sorted((r["deadline"] for r in rows), reverse=True)


def test_the_units_report_with_its_scans_then_verified_and_closed(hq, tmp_path):
    ws, ids = hq
    scan = tmp_path / "bao-cao-12.pdf"
    scan.write_bytes(b"%PDF-1.4 scanned report\n")
    changes = ws.requests.report(ids["r1"], "12/BC-UBND", "2026-04-10", [scan], note="Đã niêm yết đủ", on=TODAY)
    assert changes.touches("request", "media")
    row = ws.findings.request(ids["r1"])
    assert (row["status"], row["report_number"], row["report_date"], row["status_on"]) == \
        ("reported", "12/BC-UBND", "2026-04-10", "2026-12-02")
    assert [m["original_name"] for m in ws.requests.report_media(ids["r1"])] == ["bao-cao-12.pdf"]
    assert ws.media.path_of(row["report_media_ids"][0]).read_bytes() == scan.read_bytes()
    assert ws.requests.status(ids["r1"], TODAY) == "reported"
    second = tmp_path / "phu-luc.jpg"
    second.write_bytes(b"\xff\xd8\xff not really a jpeg")
    added, _ = ws.requests.attach_scans(ids["r1"], [second])
    assert ws.findings.request(ids["r1"])["report_media_ids"] == [row["report_media_ids"][0], *added]
    ws.requests.verify(ids["r1"], "Đối chiếu hồ sơ", on=TODAY)
    assert ws.requests.status(ids["r1"], TODAY) == "verified"
    ws.requests.close(ids["r1"], on=TODAY)
    assert ws.requests.status(ids["r1"], TODAY) == "closed"
    with pytest.raises(ValidationError) as refused:
        ws.requests.verify(ids["r1"])
    assert refused.value.code == "request_final" and "Đã kết thúc theo dõi" in refused.value.message("vi")


def test_each_decision_is_one_undo_step(hq):
    ws, ids = hq
    ws.requests.cancel(ids["r3"], "Đơn vị đã sáp nhập", on=TODAY)
    assert ws.requests.status(ids["r3"], TODAY) == "cancelled"
    assert ws.findings.request(ids["r3"])["status_reason"] == "Đơn vị đã sáp nhập"
    assert ws.undo_history.can_undo(ids["v2"])
    ws.undo_history.undo(ids["v2"])
    assert ws.requests.status(ids["r3"], TODAY) == "open"
    assert ws.findings.request(ids["r3"])["status_reason"] is None


def test_a_new_report_after_a_failed_re_inspection_then_a_later_check(hq):
    ws, ids = hq
    ws.requests.report(ids["r4"], "20/BC-UBND", "2026-07-01", on="2026-07-02")
    assert ws.requests.status(ids["r4"], TODAY) == "reported"
    v5, _ = ws.visits.create(ids["ward_b"], "reinspection", "2026-09-01", ws.visits.template_ids(ids["v2"]))
    ws.visits.start(v5, "2026-09-01T08:00:00")
    check(ws, v5, ids["r4"], "fixed")
    ws.visits.conclude(v5, "2026-09-01T10:00:00", reason="Tái kiểm tra")
    assert ws.requests.status(ids["r4"], TODAY) == "verified"


def test_decisions_are_validated(hq):
    ws, ids = hq
    cases = [
        (lambda: ws.requests.cancel(ids["r3"], "  "), "required"),
        (lambda: ws.requests.report(ids["r3"], "", "2026-05-01"), "required"),
        (lambda: ws.requests.report(ids["r3"], "5/BC", "01/05/2026"), "invalid_value"),
        (lambda: ws.requests.report(ids["r3"], "5/BC", "2026-12-03", on=TODAY), "report_date_future"),
        (lambda: ws.requests.report(ids["r3"], "5/BC", "2026-03-31", on=TODAY), "report_date_before_visit"),
        (lambda: ws.requests.reopen(ids["r3"]), "request_already_open"),
        (lambda: ws.requests.attach_scans(ids["r3"], []), "request_no_report"),
    ]
    for call, code in cases:
        with pytest.raises(ValidationError) as refused:
            call()
        assert refused.value.code == code
    with pytest.raises(NotFoundError):
        ws.requests.verify("no-such-request")
    assert ws.findings.request(ids["r3"])["status"] == "open"


def test_reopen_after_cancel_follows_the_deadline_again(hq):
    ws, ids = hq
    ws.requests.cancel(ids["r1"], "Trùng kiến nghị", on="2026-05-01")
    ws.requests.reopen(ids["r1"], "Không trùng", on="2026-05-02")
    assert ws.requests.status(ids["r1"], TODAY) == "overdue"


def test_a_laptop_cannot_change_what_became_of_a_request(tmp_path):
    from inspector_app.workspace import Workspace
    from tests.helpers.factories import setup_visit

    ws = Workspace.create(tmp_path / "field", "field", builtin_checklists=False)
    try:
        visit_id = setup_visit(ws)["visit"]
        request_id, _ = ws.findings.add_request(visit_id, "Niêm yết thủ tục.", "Chủ tịch UBND", "2026-12-30")
        with pytest.raises(ValidationError) as refused:
            ws.requests.verify(request_id)
        assert refused.value.code == "requests_hq_only"
    finally:
        ws.close()


def test_the_whole_register_and_a_window_over_every_visit_read_the_same_rows(hq):
    ws, ids = hq
    from inspector_app.storage import hq_register

    everything = hq_register.requests(ws.db.conn)                      # read from the requests alone
    windowed = hq_register.requests(ws.db.conn, "2000-01-01", "2100-12-31")
    assert everything == windowed and len(everything) == 6
    first = register.entries(ws, today=TODAY)
    assert register.entries(ws, today=TODAY) == first                 # the kept reading
    ws.requests.verify(ids["r3"], on=TODAY)
    assert next(r for r in register.entries(ws, today=TODAY) if r["id"] == ids["r3"])["status"] == "verified"
