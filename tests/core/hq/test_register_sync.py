"""HQ's follow-up of a request of signed minutes, through real bundles: the laptop that
signed receives it in the distribution (the request is in a planned re-inspection), holds
the same status and report, and nothing is taken for a change to the signed minutes —
neither on the laptop nor back at HQ."""

from __future__ import annotations

import pytest

from inspector_app.hq import register
from inspector_app.storage import sync_store
from tests.core.sync.helpers import introduce, reference_data, send, visit_on, workspace

TODAY = "2026-12-02"


@pytest.fixture
def signed(tmp_path):
    """HQ and the laptop that inspected the ward, made a request and signed real minutes;
    its findings reached HQ."""
    usb = tmp_path / "usb"
    usb.mkdir()
    hq, laptop = workspace(tmp_path, "Tru so", "hq"), workspace(tmp_path, "May 1")
    introduce(hq, laptop)
    ids = reference_data(hq)
    send(hq, "distribution", laptop, usb)
    visit = visit_on(laptop, ids)
    laptop.visits.add_participant(visit, "team", "Nguyễn Thị Thu Hà", "Phó Giám đốc", "head")
    laptop.visits.add_participant(visit, "unit", "Nguyễn Văn Thành", "Chủ tịch Ủy ban nhân dân", "representative")
    _finding, request, _ = laptop.findings.add_with_request(
        visit, "Danh mục thủ tục niêm yết chưa cập nhật.",
        request={"text": "Cập nhật danh mục thủ tục hành chính niêm yết.", "responsible": "Chủ tịch UBND phường",
                 "deadline": "2026-11-30"})
    laptop.visits.conclude(visit, "2026-11-20T10:30:00+07:00", reason="Một số tiêu chí không kiểm tra được")
    laptop.minutes.update_draft(visit, number="05/BB-ĐKT", unit_opinion="Đơn vị thống nhất.")
    pdf = laptop.minutes.render(visit).pdf
    laptop.minutes.sign(visit, pdf)
    send(laptop, "findings", hq, usb)
    yield hq, laptop, usb, {**ids, "visit": visit, "request": request, "pdf": pdf}
    laptop.close()
    hq.close()


def test_hqs_follow_up_reaches_the_signing_laptop_without_touching_its_signed_minutes(signed, tmp_path):
    hq, laptop, usb, ids = signed
    scan = tmp_path / "bao-cao-12.pdf"
    scan.write_bytes(b"%PDF-1.4 the unit's scanned report\n")
    hq.requests.report(ids["request"], "12/BC-UBND", "2026-11-28", [scan], on=TODAY)
    hq.reinspection.plan(ids["unit"], "2026-12-15", request_ids=[ids["request"]], team_id=ids["team"],
                         plan_id=ids["plan"])
    hq.requests.not_fixed(ids["request"], "Báo cáo chưa kèm danh mục mới", partly=True, on=TODAY)
    assert hq.minutes.changed_since_signed(ids["visit"]) == []          # the scan is not evidence of the visit

    before = laptop.visits.get(ids["visit"])["status"]
    report = send(hq, "distribution", laptop, usb)
    assert "set_aside" not in report.details and not report.warnings
    row = laptop.findings.request(ids["request"])
    assert (row["status"], row["report_number"], row["report_date"], row["status_reason"]) == \
        ("partly", "12/BC-UBND", "2026-11-28", "Báo cáo chưa kèm danh mục mới")
    assert laptop.requests.status(ids["request"], TODAY) == "partly"
    assert not laptop.sync.conflicts() and not sync_store.open_conflicts(laptop.db.conn)
    assert laptop.minutes.changed_since_signed(ids["visit"]) == []
    assert laptop.minutes.verify(ids["pdf"]).ok
    assert laptop.visits.get(ids["visit"])["status"] == before == "exported"

    send(laptop, "findings", hq, usb)                          # and back: nothing to flag at HQ either
    assert not hq.sync.conflicts()
    assert hq.requests.status(ids["request"], TODAY) == "partly"
    assert hq.minutes.verify(ids["pdf"]).ok


def test_a_request_from_a_laptops_bundle_is_found_by_the_registers_search(signed):
    """The import writes the request's texts folded (search_index.add_new on the bulk path),
    as the laptop did when it wrote them: HQ's first search finds it without folding it."""
    hq, laptop, _usb, ids = signed

    def folded(ws):
        return ws.db.conn.execute("SELECT visit_id, body FROM request_search WHERE request_id = ?",
                                  (ids["request"],)).fetchone()
    assert folded(hq) == folded(laptop) == (
        ids["visit"], "cap nhat danh muc thu tuc hanh chinh niem yet.\nchu tich ubnd phuong\n\n")
    entries = register.listing(hq, today=TODAY)
    assert [e.id for e in register.pick(hq, entries, search="cap nhat NIEM YET")] == [ids["request"]]
