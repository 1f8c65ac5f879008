"""Revocation and key changes stick (docs/security.md): an older distribution
never undoes a newer revocation; approving a held bundle from a revoked
laptop does not re-trust it (only an explicit re-trust does, and its message
says who revoked it and when); a bundle signed by a new key for a known
device id is a key change, shown with both fingerprints, never an unknown
device, and never replaces the old key unless a person chooses it."""

from __future__ import annotations

import pytest

from inspector_app.cli import main
from inspector_app.errors import SyncError
from inspector_app.sync.trust import self_device
from inspector_app.text import day
from inspector_app.workspace import Workspace

from .helpers import visit_on, workspace


def _trust(ws, device_id):
    return next((d["trust"], d["sign_public"]) for d in ws.sync.devices() if d["id"] == device_id)


def _snapshot(ws):
    return ws.state_dump(), len(ws.operations()), [(d["id"], d["trust"], d["sign_public"])
                                                   for d in ws.sync.devices()]


def test_an_older_distribution_never_undoes_a_newer_revocation(team, usb):
    hq, (laptop, stolen), _ids = team
    older = hq.sync.export("distribution", usb, recipients=[self_device(laptop)])
    hq.sync.revoke(stolen.device_id)
    newer = hq.sync.export("distribution", usb, recipients=[self_device(laptop)])
    assert laptop.sync.import_file(newer.path).details["devices"] == 1
    assert _trust(laptop, stolen.device_id)[0] == "revoked"
    report = laptop.sync.import_file(older.path)
    assert report.status == "accepted" and report.details["devices"] == 0
    assert _trust(laptop, stolen.device_id)[0] == "revoked"
    # The stolen laptop's team bundle is held at the laptop, saying who revoked it.
    stolen.units.create("Ủy ban nhân dân xã Lạ", "commune")
    before = _snapshot(laptop)
    held = laptop.sync.import_file(stolen.sync.export("peer", usb, recipients=[self_device(laptop)]).path)
    assert held.status == "held" and held.reason == "bundle_held_revoked"
    assert "Tru so" in held.message("vi") and "thu hồi ngày" in held.message("vi")
    assert _snapshot(laptop) == before


def test_approving_a_held_bundle_from_a_revoked_laptop_does_not_retrust_it(team, usb):
    hq, (_laptop, stolen), ids = team
    hq.people.set_current(hq.people.create("Trần Thị Bình", "Chánh Văn phòng")[0])
    hq.sync.revoke(stolen.device_id)
    visit_on(stolen, ids)
    report = hq.sync.import_file(stolen.sync.export("findings", usb).path)
    assert report.status == "held" and report.reason == "bundle_held_revoked"
    today = day(hq.sync.devices()[0]["first_seen"])
    assert "Trần Thị Bình" in report.message("vi") and today in report.message("vi")
    before = _snapshot(hq)
    with pytest.raises(SyncError) as refused:
        hq.sync.approve(report.bundle_id, stolen.keys.fingerprint)
    assert refused.value.code == "held_revoked_needs_retrust"
    assert "Trần Thị Bình" in refused.value.message("vi") and today in refused.value.message("vi")
    assert _snapshot(hq) == before and _trust(hq, stolen.device_id)[0] == "revoked"
    assert [h["status"] for h in hq.sync.held()] == ["revoked"]
    # Only an explicit re-trust imports it.
    applied = hq.sync.approve(report.bundle_id, stolen.keys.fingerprint, retrust=True)
    assert applied.status == "accepted" and applied.new_ops > 0
    assert _trust(hq, stolen.device_id)[0] == "trusted"


def test_the_command_line_trust_option_never_retrusts_a_revoked_laptop(tmp_path, usb, capsys):
    hq = workspace(tmp_path, "Tru so", "hq")
    stolen = workspace(tmp_path, "May bi mat")
    try:
        hq.sync.approve(hq.sync.import_file(stolen.sync.enroll(usb / "dang-ky.bundle").path).bundle_id,
                        stolen.keys.fingerprint)
        hq.sync.revoke(stolen.device_id)
        stolen.units.create("Ủy ban nhân dân xã Lạ", "commune")
        bundle = stolen.sync.export("findings", usb, recipients=[self_device(hq)]).path
        before = _snapshot(hq)
        hq_path, fp = str(hq.path), stolen.keys.fingerprint
    finally:
        hq.close()
        stolen.close()
    code = main(["import", "--workspace", hq_path, "--trust", fp, str(bundle)])
    _out, err = capsys.readouterr()
    assert code == 4 and "Chưa duyệt" in err and "tin cậy lại" in err and "--retrust" in err
    with Workspace.open(hq_path) as again:
        assert _snapshot(again) == before


def test_a_new_key_for_a_known_device_is_a_key_change(team, usb, tmp_path, monkeypatch):
    hq, (laptop, _other), ids = team
    impostor = workspace(tmp_path, "May 1 gia")
    try:
        monkeypatch.setattr(impostor, "device_id", laptop.device_id)
        monkeypatch.setattr(impostor, "device_name", laptop.device_name)
        impostor.units.create("Ủy ban nhân dân xã Giả", "commune")
        bundle = impostor.sync.export("findings", usb, recipients=[self_device(hq)]).path
        before = _snapshot(hq)
        report = hq.sync.import_file(bundle)
        assert report.status == "held" and report.reason == "bundle_key_changed"
        message = report.message("vi")
        assert laptop.keys.fingerprint in message and impostor.keys.fingerprint in message
        [held] = hq.sync.held()
        assert held["status"] == "key_changed" and held["old_fingerprint"] == laptop.keys.fingerprint
        with pytest.raises(SyncError) as refused:
            hq.sync.approve(report.bundle_id, impostor.keys.fingerprint)
        assert refused.value.code == "held_key_change_needs_retrust"
        assert laptop.keys.fingerprint in refused.value.message("vi")
        assert _snapshot(hq) == before
        assert _trust(hq, laptop.device_id) == ("trusted", laptop.keys.sign_public)
        # The real laptop is unaffected.
        visit_on(laptop, ids)
        assert hq.sync.import_file(laptop.sync.export("findings", usb).path).status == "accepted"
    finally:
        impostor.close()
