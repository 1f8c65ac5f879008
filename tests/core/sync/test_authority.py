"""Authority comes from the receiver's trust store, never from the bundle
(docs/security.md): a stolen or misused enrolled laptop that claims to be
headquarters in its own signed manifest cannot issue distributions, trust or
revocation changes, or receipts, at a laptop or at HQ; an enrollment request
claiming headquarters is refused. Each bundle is made with the project's own
export code; only what a hostile laptop controls (its claimed role, the
device list, the receipt) is chosen by the test."""

from __future__ import annotations

from inspector_app.sync import receipts, trust
from inspector_app.sync.trust import self_device

from .helpers import visit_on, workspace


def _trust_store(ws) -> dict:
    return {d["id"]: (d["trust"], d["role"], d["sign_public"]) for d in ws.sync.devices()}


def _as_hq(monkeypatch, laptop, listed=None, receipt=None):
    """The hostile laptop claims role `hq` in its manifest, and chooses what
    its distribution lists or its receipt says."""
    monkeypatch.setattr(laptop, "role", "hq")
    if listed is not None:
        monkeypatch.setattr(trust, "for_distribution", lambda ws: listed)
    if receipt is not None:
        monkeypatch.setattr(receipts, "build", lambda ws, ids: receipt)


def _snapshot(ws):
    return ws.state_dump(), len(ws.operations()), _trust_store(ws), ws.sync.history()


def test_a_laptop_cannot_revoke_hq_and_trust_a_rogue_hq_at_another_laptop(team, usb, tmp_path, monkeypatch):
    hq, (attacker, victim), _ids = team
    rogue = workspace(tmp_path, "Tru so gia", "hq")
    try:
        forged = [{**self_device(hq), "trust": "revoked", "stamp": 10**6},
                  {**self_device(rogue), "trust": "trusted", "stamp": 10**6},
                  {**self_device(attacker), "role": "hq", "trust": "trusted", "stamp": 10**6}]
        with monkeypatch.context() as patch:
            _as_hq(patch, attacker, listed=forged)
            bundle = attacker.sync.export("distribution", usb, recipients=[self_device(victim)]).path
        before = _snapshot(victim)
        report = victim.sync.import_file(bundle)
        assert report.status == "rejected" and report.reason == "bundle_wrong_kind"
        assert "chỉ trụ sở mà máy này đã xác nhận vân tay" in report.message("vi")
        assert report.quarantined_to
        assert _snapshot(victim) == before
        # The victim's findings still go to the real HQ only.
        assert [d["id"] for d in victim.sync.default_recipients("findings")] == [hq.device_id]
        # A distribution from the rogue HQ itself (a real HQ workspace, unknown here) is refused, not held.
        rogue_bundle = rogue.sync.export("distribution", usb, recipients=[self_device(victim)]).path
        report = victim.sync.import_file(rogue_bundle)
        assert report.status == "rejected" and report.reason == "bundle_wrong_kind"
        assert not victim.sync.held() and _snapshot(victim)[:3] == before[:3]
    finally:
        rogue.close()


def test_hq_accepts_no_distribution_from_a_laptop(team, usb, tmp_path, monkeypatch):
    hq, (attacker, other), _ids = team
    stranger = workspace(tmp_path, "May la")
    try:
        forged = [{**self_device(other), "trust": "revoked", "stamp": 10**6},
                  {**self_device(stranger), "trust": "trusted", "stamp": 10**6}]
        with monkeypatch.context() as patch:
            _as_hq(patch, attacker, listed=forged)
            bundle = attacker.sync.export("distribution", usb, recipients=[self_device(hq)]).path
        before = _snapshot(hq)
        report = hq.sync.import_file(bundle)
        assert report.status == "rejected" and report.reason == "bundle_wrong_kind"
        assert "trụ sở không nhận gói phân phối" in report.message("vi")
        assert _snapshot(hq) == before
        # HQ's next distribution spreads nothing of it.
        listed = {d["id"]: d["trust"] for d in trust.for_distribution(hq)}
        assert listed[other.device_id] == "trusted" and stranger.device_id not in listed
    finally:
        stranger.close()


def test_a_forged_receipt_from_a_laptop_is_refused(team, usb, monkeypatch):
    _hq, (attacker, victim), ids = team
    visit = visit_on(victim, ids)
    victim.visits.conclude(visit, reason="Kết thúc sớm")
    victim.visits.set_status(visit, "minutes_signed")
    findings = victim.sync.export("findings", usb)
    assert victim.visits.get(visit)["status"] == "exported"
    forged = {"acknowledged": [{"bundle_id": findings.bundle_id, "device_id": victim.device_id}],
              "holdings": {}, "visits": [visit]}
    with monkeypatch.context() as patch:
        _as_hq(patch, attacker, receipt=forged)
        bundle = attacker.sync.export("receipt", usb, recipients=[self_device(victim)]).path
    before = _snapshot(victim)
    report = victim.sync.import_file(bundle)
    assert report.status == "rejected" and report.reason == "bundle_wrong_kind"
    assert _snapshot(victim) == before
    assert victim.visits.get(visit)["status"] == "exported"
    sent = {b["id"]: b for b in victim.sync.history("sent")}
    assert sent[findings.bundle_id]["acked_at"] is None


def test_an_enrollment_request_claiming_hq_is_refused(hq, usb, tmp_path, monkeypatch):
    laptop = workspace(tmp_path, "May xin lam tru so")
    try:
        monkeypatch.setattr(laptop, "role", "hq")
        request = laptop.sync.enroll(usb / "dang-ky.bundle").path
        before = _snapshot(hq)
        report = hq.sync.import_file(request)
        assert report.status == "rejected" and report.reason == "bundle_wrong_kind"
        assert "yêu cầu tự nhận là trụ sở bị từ chối" in report.message("vi")
        assert not hq.sync.held() and _snapshot(hq) == before
    finally:
        laptop.close()


def test_an_approved_device_gets_the_role_the_receiver_gives_it(hq, usb, tmp_path):
    """HQ records an enrolled laptop as a field laptop; a laptop records the
    sender of the first distribution it approved as its HQ."""
    laptop = workspace(tmp_path, "May moi")
    try:
        held = hq.sync.import_file(laptop.sync.enroll(usb / "dang-ky.bundle").path)
        assert held.status == "held" and held.source_role == "field"
        hq.sync.approve(held.bundle_id, laptop.keys.fingerprint)
        assert _trust_store(hq)[laptop.device_id][:2] == ("trusted", "field")
        first = laptop.sync.import_file(hq.sync.export("distribution", usb).path)
        assert first.status == "held" and first.source_role == "hq"
        laptop.sync.approve(first.bundle_id, hq.keys.fingerprint)
        assert _trust_store(laptop)[hq.device_id][:2] == ("trusted", "hq")
    finally:
        laptop.close()


def test_even_the_pinned_hq_cannot_introduce_another_hq_by_distribution(team, usb, tmp_path, monkeypatch):
    """Introducing an HQ key is a separate act: a distribution lists laptops only."""
    hq, (laptop, _other), _ids = team
    rogue = workspace(tmp_path, "Tru so gia", "hq")
    try:
        listed = [*trust.for_distribution(hq), {**self_device(rogue), "trust": "trusted", "stamp": 10**6}]
        monkeypatch.setattr(trust, "for_distribution", lambda ws: listed)
        report = laptop.sync.import_file(hq.sync.export("distribution", usb, recipients=[self_device(laptop)]).path)
        assert report.status == "accepted" and report.details["devices"] == 0
        assert rogue.device_id not in _trust_store(laptop)
        assert [d["id"] for d in laptop.sync.default_recipients("findings")] == [hq.device_id]
    finally:
        rogue.close()
