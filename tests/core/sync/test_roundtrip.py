"""Laptop → HQ → receipt → laptop, enrollment and trust, HQ's folder import."""

from __future__ import annotations

import pytest

from inspector_app.errors import SyncError
from inspector_app.sync.trust import self_device

from .helpers import introduce, send, visit_on, workspace


def _work(laptop, ids, tmp_path, photo_bytes=b"\xff\xd8\xff\xe0 photo of the notice board \xff\xd9"):
    visit = visit_on(laptop, ids)
    laptop.answers.answer(visit, ids["items"]["A1"], "khong_dat", note="Chưa niêm yết thủ tục")
    photo = tmp_path / f"bang-niem-yet-{laptop.device_name}.jpg"
    photo.write_bytes(photo_bytes)
    media_id, _ = laptop.media.add_file(photo, visit)
    return visit, media_id


def test_enrollment_distribution_findings_receipt_round_trip(tmp_path, hq, usb):
    laptop = workspace(tmp_path, "May Lan Anh")
    try:
        # 1. The laptop asks to be enrolled; HQ holds the request and shows the fingerprint.
        laptop.sync.enroll(usb / "dang-ky.bundle")
        report = hq.sync.import_file(usb / "dang-ky.bundle")
        assert report.status == "held" and report.fingerprint == laptop.keys.fingerprint
        assert laptop.keys.fingerprint in report.message("vi")
        with pytest.raises(SyncError) as wrong:
            hq.sync.approve(report.bundle_id, "0000 0000")
        assert wrong.value.code == "held_fingerprint_mismatch"
        assert hq.sync.approve(report.bundle_id, laptop.keys.fingerprint.lower()).status == "accepted"
        assert not hq.sync.held()
        # 2. HQ's first distribution: the laptop trusts HQ only after the fingerprint is confirmed.
        from tests.helpers.factories import setup_visit
        ids = setup_visit(hq, start=False)
        distribution = hq.sync.export("distribution", usb)
        assert {d["id"] for d in distribution.recipients} == {hq.device_id, laptop.device_id}
        first = laptop.sync.import_file(distribution.path)
        assert first.status == "held" and first.fingerprint == hq.keys.fingerprint
        assert laptop.counts()["checklist_template"] == 0
        applied = laptop.sync.approve(first.bundle_id, hq.keys.fingerprint)
        assert applied.status == "accepted" and applied.new_ops == distribution.op_count
        assert laptop.counts()["checklist_template"] == 1 and laptop.counts()["team"] == 1
        assert {d["id"]: d["trust"] for d in laptop.sync.devices()}[hq.device_id] == "trusted"
        # 3. Work on site, minutes signed, findings to HQ.
        visit, media_id = _work(laptop, ids, tmp_path)
        laptop.visits.conclude(visit, reason="Kết thúc sớm")
        laptop.visits.set_status(visit, "minutes_signed")
        findings = laptop.sync.export("findings", usb)
        assert [d["id"] for d in findings.recipients if d["id"] != laptop.device_id] == [hq.device_id]
        assert findings.visits_exported == [visit]
        assert laptop.visits.get(visit)["status"] == "exported"
        [report] = [r for r in hq.sync.import_paths([usb]) if r.kind == "findings"]
        assert report.status == "accepted" and report.new_media == 1
        assert report.what_changed()["observation"] == 1
        held_at_hq = hq.visits.get(visit)
        assert held_at_hq["status"] == "minutes_signed"
        answer = hq.answers.of_visit(visit)[(ids["items"]["A1"], None)]
        assert answer["value"] == "khong_dat" and answer["note"] == "Chưa niêm yết thủ tục"
        sha = hq.media.get(media_id)["sha256"]
        assert hq.media.blob_path(sha).read_bytes() == laptop.media.blob_path(sha).read_bytes()
        rows = hq.sync.received_visits()
        row = next(r for r in rows if r["id"] == visit)
        assert row["team_name"] == "Đoàn kiểm tra số 1" and row["unit_name"].endswith("Ba Đình")
        # 4. The receipt: the laptop marks the visit received and deletes nothing.
        ops_before = len(laptop.operations())
        receipt = hq.sync.export("receipt", usb)
        assert [d["id"] for d in receipt.recipients if d["id"] != hq.device_id] == [laptop.device_id]
        back = laptop.sync.import_file(receipt.path)
        assert back.status == "accepted" and back.details["received_visits"] == [visit]
        assert laptop.visits.get(visit)["status"] == "received"
        assert len(laptop.operations()) == ops_before + 1
        assert laptop.media.blob_path(sha).exists() and laptop.answers.of_visit(visit)
        sent = {b["id"]: b for b in laptop.sync.history("sent")}
        assert sent[findings.bundle_id]["status"] == "acknowledged"
        # 5. The next findings bundle carries only what HQ has not acknowledged.
        later = laptop.sync.export("findings", usb)
        assert later.op_count == 2 and later.media_count == 0        # "exported", "received"
        assert hq.sync.import_file(later.path).new_ops == 2
        assert hq.visits.get(visit)["status"] == "received"
    finally:
        laptop.close()


def test_a_bundle_from_an_unknown_laptop_is_held_not_merged(tmp_path, hq, usb):
    stranger = workspace(tmp_path, "May la")
    try:
        stranger.units.create("Ủy ban nhân dân xã Lạ", "commune")
        bundle = stranger.sync.export("findings", usb, recipients=[self_device(hq)])
        before = (hq.state_dump(), len(hq.operations()))
        report = hq.sync.import_file(bundle.path)
        assert report.status == "held" and report.error.code == "bundle_unknown_device"
        assert "chờ duyệt" in report.message("vi") and stranger.keys.fingerprint in report.message("vi")
        assert (hq.state_dump(), len(hq.operations())) == before
        [held] = hq.sync.held()
        assert held["fingerprint"] == stranger.keys.fingerprint and held["device_name"] == "May la"
        hq.sync.reject(held["bundle_id"])
        assert not hq.sync.held() and (hq.state_dump(), len(hq.operations())) == before
        assert any(p.name.endswith(bundle.path.name) for p in (hq.path / "quarantine").iterdir())
    finally:
        stranger.close()


def test_a_revoked_laptop_is_held_again(tmp_path, hq, usb):
    laptop = workspace(tmp_path, "May cu")
    try:
        introduce(hq, laptop)
        hq.sync.revoke(laptop.device_id)
        laptop.units.create("Ủy ban nhân dân xã Mới", "commune")
        report = hq.sync.import_file(laptop.sync.export("findings", usb).path)
        assert report.status == "held" and report.details["held_reason"] == "revoked"
    finally:
        laptop.close()


def test_hq_imports_a_folder_from_many_laptops_and_lists_visits_by_team_and_unit(team, tmp_path, usb):
    hq, laptops, ids = team
    visits = []
    same_photo = b"\xff\xd8 the same group photo taken by both \xff\xd9"
    for laptop in laptops:
        visit, _ = _work(laptop, ids, tmp_path, same_photo)
        visits.append(visit)
        laptop.sync.export("findings", usb)
    reports = hq.sync.import_paths([usb])
    findings = [r for r in reports if r.kind == "findings"]
    assert sorted(r.source_name for r in findings) == ["May 1", "May 2"]
    assert all(r.status == "accepted" for r in findings)
    assert sum(r.new_media for r in findings) == 1                 # one blob, stored once
    listed = [r for r in hq.sync.received_visits() if r["id"] in visits]
    assert {r["team_name"] for r in listed} == {"Đoàn kiểm tra số 1"}
    assert len(listed) == 2 and {r["unit_id"] for r in listed} == {ids["unit"]}
    again = hq.sync.import_paths([usb])
    assert {r.status for r in again if r.kind == "findings"} == {"already_had"}


def test_a_peer_bundle_merges_team_laptops(team, tmp_path, usb):
    _hq, (one, two), ids = team
    visit, _ = _work(one, ids, tmp_path)
    report = send(one, "peer", two, usb)
    assert report.kind == "peer" and report.new_ops > 0
    assert two.answers.of_visit(visit)[(ids["items"]["A1"], None)]["value"] == "khong_dat"
    assert len(two.media.of_visit(visit)) == 1
