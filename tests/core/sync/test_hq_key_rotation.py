"""Introducing or rotating an HQ key is a separate act signed by the current
HQ key (docs/security.md): HQ makes new keys and a succession statement its
old signing key signs; a laptop takes the new key from HQ's next bundle only
when the statements chain from the key it pinned to the key that signed the
bundle. A succession signed by any other key, for another device, or claimed
by a laptop, changes nothing: the bundle is held as a key change. Bundles
are made with the project's own export code; only what an attacker controls
(its device id, the statements it carries) is chosen by the test."""

from __future__ import annotations

import base64
import io
import json
import zipfile

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519

from inspector_app import identity
from inspector_app.cli import main
from inspector_app.errors import SyncError
from inspector_app.storage import sync_store
from inspector_app.storage.succession_store import SuccessionRow
from inspector_app.sync import keys, seals, succession
from inspector_app.sync.trust import self_device
from inspector_app.workspace import Workspace

from .helpers import visit_on, workspace


def _pinned(laptop, hq_id):
    found = sync_store.device(laptop.db.conn, hq_id)
    return found["sign_public"], found["encrypt_public"], found["trust"], found["role"]


def _snapshot(ws):
    return ws.state_dump(), len(ws.operations()), [
        (d["id"], d["trust"], d["role"], d["sign_public"], d["encrypt_public"]) for d in ws.sync.devices()]


def _clear_line(path) -> str:
    with open(path, "rb") as stream:
        return stream.readline().decode("ascii")


def _distribution(hq, laptop, usb, **options):
    return hq.sync.export("distribution", usb, recipients=[self_device(laptop)], **options)


def test_after_a_rotation_the_laptop_takes_the_new_key_without_a_prompt_and_its_findings_reach_hq(team, usb):
    hq, (laptop, _other), ids = team
    old = hq.keys
    done = hq.sync.rotate_keys()
    new = hq.keys
    assert new.sign_public != old.sign_public and new.encrypt_public != old.encrypt_public
    assert (done.counter, done.old_fingerprint, done.new_fingerprint) == (1, old.fingerprint, new.fingerprint)

    report = laptop.sync.import_file(_distribution(hq, laptop, usb).path)
    assert report.status == "accepted", report.message("en")
    assert not laptop.sync.held()
    assert _pinned(laptop, hq.device_id) == (new.sign_public, new.encrypt_public, "trusted", "hq")
    assert sync_store.device(laptop.db.conn, hq.device_id)["previous_sign_public"] == old.sign_public

    # Its next findings are encrypted to HQ's new key only, and HQ imports them.
    visit_on(laptop, ids)
    findings = laptop.sync.export("findings", usb)
    line = _clear_line(findings.path)
    assert keys.key_id(new.encrypt_public) in line and keys.key_id(old.encrypt_public) not in line
    imported = hq.sync.import_file(findings.path)
    assert imported.status == "accepted" and imported.new_ops > 0


def test_findings_encrypted_to_hqs_old_key_before_the_laptop_learned_the_new_one_still_import(team, usb):
    hq, (laptop, _other), ids = team
    old = hq.keys
    visit_on(laptop, ids)
    findings = laptop.sync.export("findings", usb)
    assert keys.key_id(old.encrypt_public) in _clear_line(findings.path)
    hq.sync.rotate_keys()
    hq.sync.rotate_keys()             # twice: every key HQ held still opens what was sent to it
    report = hq.sync.import_file(findings.path)
    assert report.status == "accepted", report.message("en")
    assert report.new_ops > 0


def _forged(kind: str, hq, impostor, other) -> SuccessionRow:
    """A statement naming the impostor's key as HQ's next one, signed by a
    laptop's key, by a random key, or by HQ's real key but for another device."""
    statement = SuccessionRow(hq.device_id, 1, hq.keys.sign_public, impostor.keys.sign_public,
                              impostor.keys.encrypt_public, sync_store.now(), b"")
    if kind == "laptop_key":
        return succession.signed(statement, identity.load_signing_key(impostor.path / "keys"))
    if kind == "random_key":
        return succession.signed(statement, ed25519.Ed25519PrivateKey.generate())
    other_device = SuccessionRow(other.device_id, *list(statement.__dict__.values())[1:])
    return succession.signed(other_device, identity.load_signing_key(hq.path / "keys"))


@pytest.mark.parametrize("kind", ["laptop_key", "random_key", "another_device_id"])
def test_a_forged_succession_is_held_as_a_key_change_and_changes_nothing(team, usb, tmp_path, monkeypatch, kind):
    hq, (victim, other), _ids = team
    impostor = workspace(tmp_path, "Tru so gia")
    try:
        statement = _forged(kind, hq, impostor, other)
        monkeypatch.setattr(impostor, "device_id", hq.device_id)
        monkeypatch.setattr(impostor, "device_name", hq.device_name)
        monkeypatch.setattr(impostor, "role", "hq")
        monkeypatch.setattr(succession, "for_manifest", lambda ws: [succession.to_json(statement)])
        bundle = _distribution(impostor, victim, usb).path
        before = _snapshot(victim)
        report = victim.sync.import_file(bundle)
        assert report.status == "held" and report.reason == "bundle_key_changed"
        message = report.message("vi")
        assert hq.keys.fingerprint in message and impostor.keys.fingerprint in message
        assert _snapshot(victim) == before
        assert _pinned(victim, hq.device_id)[:2] == (hq.keys.sign_public, hq.keys.encrypt_public)
        assert [d["id"] for d in victim.sync.default_recipients("findings")] == [hq.device_id]
        with pytest.raises(SyncError) as refused:
            victim.sync.approve(report.bundle_id, impostor.keys.fingerprint)
        assert refused.value.code == "held_key_change_needs_retrust"
        assert _snapshot(victim) == before
    finally:
        impostor.close()


def test_a_laptop_claiming_a_succession_changes_nothing_at_hq_or_at_another_laptop(team, usb, monkeypatch):
    hq, (claimer, peer), ids = team
    old = claimer.keys
    with monkeypatch.context() as patch:
        patch.setattr(claimer, "role", "hq")          # the core refuses a laptop; the attacker patches that
        succession.rotate(claimer)
    new = claimer.keys
    assert new.sign_public != old.sign_public
    visit_on(claimer, ids)
    findings = claimer.sync.export("findings", usb, recipients=[self_device(hq)]).path
    team_bundle = claimer.sync.export("peer", usb, recipients=[self_device(peer)]).path
    for receiver, bundle in ((hq, findings), (peer, team_bundle)):
        before = _snapshot(receiver)
        report = receiver.sync.import_file(bundle)
        assert report.status == "held" and report.reason == "bundle_key_changed", receiver.device_name
        assert _snapshot(receiver) == before
        assert sync_store.device(receiver.db.conn, claimer.device_id)["sign_public"] == old.sign_public


def test_rotating_is_refused_on_a_laptop(team):
    _hq, (laptop, _other), _ids = team
    before, keys_before = _snapshot(laptop), laptop.keys
    with pytest.raises(SyncError) as refused:
        laptop.sync.rotate_keys()
    assert refused.value.code == "keys_rotate_not_hq" and "trụ sở" in refused.value.message("vi")
    assert _snapshot(laptop) == before and laptop.keys == keys_before


def test_a_laptop_that_missed_a_distribution_follows_two_rotations(team, usb):
    hq, (first, skipped), _ids = team
    k0 = hq.keys
    hq.sync.rotate_keys()
    k1 = hq.keys
    middle = _distribution(hq, first, usb)
    assert first.sync.import_file(middle.path).status == "accepted"
    assert _pinned(first, hq.device_id)[0] == k1.sign_public
    hq.sync.rotate_keys()
    k2 = hq.keys
    for laptop, pinned_before in ((skipped, k0), (first, k1)):
        assert _pinned(laptop, hq.device_id)[0] == pinned_before.sign_public
        report = laptop.sync.import_file(_distribution(hq, laptop, usb).path)
        assert report.status == "accepted", report.message("en")
        assert _pinned(laptop, hq.device_id) == (k2.sign_public, k2.encrypt_public, "trusted", "hq")
        assert sync_store.device(laptop.db.conn, hq.device_id)["previous_sign_public"] == pinned_before.sign_public


def test_a_bundle_signed_by_a_key_hq_replaced_is_refused_after_the_laptop_followed(team, usb):
    hq, (laptop, _other), _ids = team
    older = _distribution(hq, laptop, usb)            # signed by the key about to be replaced
    hq.sync.rotate_keys()
    assert laptop.sync.import_file(_distribution(hq, laptop, usb).path).status == "accepted"
    before = _snapshot(laptop)
    report = laptop.sync.import_file(older.path)
    assert report.status == "rejected" and report.reason == "bundle_wrong_kind"
    assert "khóa cũ mà trụ sở đã thay" in report.message("vi")
    assert not laptop.sync.held() and _snapshot(laptop) == before


def _entries(path) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _verifies(public_b64: str, signature: bytes, data: bytes) -> bool:
    try:
        ed25519.Ed25519PublicKey.from_public_bytes(base64.b64decode(public_b64)).verify(signature, data)
    except Exception:
        return False
    return True


def test_the_old_signing_key_signs_nothing_new(team, usb):
    hq, (laptop, _other), _ids = team
    old = hq.keys
    hq.sync.rotate_keys()
    new = hq.keys
    hq.units.create("Ủy ban nhân dân xã Mới", "commune")          # an operation sealed after the rotation
    for kind in ("distribution", "receipt"):
        entries = _entries(hq.sync.export(kind, usb, recipients=[self_device(laptop)], encrypt=False).path)
        signed = entries["manifest.json"], entries["manifest.sig"]
        assert _verifies(new.sign_public, signed[1], signed[0]) and not _verifies(old.sign_public, signed[1],
                                                                                     signed[0])
        carried = json.loads(signed[0])["source"]["succession"]
        assert [(s["old_sign_public"], s["new_sign_public"]) for s in carried] == [(old.sign_public,
                                                                                     new.sign_public)]
        assert succession.verifies(succession.from_json(carried[0]))
        for line in entries.get(seals.FILE, b"").splitlines():
            seal = json.loads(line)
            if seal["device_id"] != hq.device_id:
                continue
            text = seals.statement(seal["device_id"], seal["number"], seal["prev"], seal["count"],
                                   base64.b64decode(seal["digests"]))
            signature = base64.b64decode(seal["signature"])
            assert _verifies(new.sign_public, signature, text) and not _verifies(old.sign_public, signature, text)
    # The old signing key is gone from the workspace; the old encryption key is kept.
    held = []
    for pem in (hq.path / "keys").glob("*.pem"):
        key = serialization.load_pem_private_key(pem.read_bytes(), None)
        raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        held.append(base64.b64encode(raw).decode("ascii"))
    assert old.sign_public not in held and old.encrypt_public in held and new.sign_public in held


def test_a_rotation_cut_short_after_it_was_recorded_is_finished_before_the_next_export(team, usb, monkeypatch):
    hq, (laptop, _other), _ids = team
    old = hq.keys

    def pulled_out(*_args):
        raise OSError("the disk went away")

    with monkeypatch.context() as patch:
        patch.setattr(identity, "promote_next", pulled_out)
        with pytest.raises(OSError):
            hq.sync.rotate_keys()
    assert hq.keys == old                              # recorded, not yet in place
    report = laptop.sync.import_file(_distribution(hq, laptop, usb).path)
    assert report.status == "accepted", report.message("en")
    assert hq.keys != old and _pinned(laptop, hq.device_id)[:2] == (hq.keys.sign_public, hq.keys.encrypt_public)


def test_a_rotation_cut_short_before_it_was_recorded_leaves_the_old_keys(team, usb, monkeypatch):
    hq, (laptop, _other), _ids = team
    old = hq.keys

    def full(*_args):
        raise OSError("no space left")

    with monkeypatch.context() as patch:
        patch.setattr(succession.succession_store, "save", full)
        with pytest.raises(OSError):
            hq.sync.rotate_keys()
    report = laptop.sync.import_file(_distribution(hq, laptop, usb).path)
    assert report.status == "accepted" and hq.keys == old
    assert not list((hq.path / "keys").glob("next-*.pem"))
    assert _pinned(laptop, hq.device_id)[:2] == (old.sign_public, old.encrypt_public)


def test_a_receipt_after_a_rotation_brings_the_new_key_too(team, usb):
    hq, (laptop, _other), _ids = team
    hq.sync.rotate_keys()
    receipt = hq.sync.export("receipt", usb, recipients=[self_device(laptop)])
    assert laptop.sync.import_file(receipt.path).status == "accepted"
    assert _pinned(laptop, hq.device_id) == (hq.keys.sign_public, hq.keys.encrypt_public, "trusted", "hq")


def test_keys_rotate_on_the_command_line(tmp_path, capsys):
    """The scripted cycle: enroll, first distribution confirmed, `keys rotate`,
    then the next distribution verifies and imports at the laptop with no prompt."""
    hq_path, laptop_path, usb = str(tmp_path / "hq"), str(tmp_path / "lap"), tmp_path / "usb"
    assert main(["init", "--workspace", hq_path, "--role", "hq", "--name", "Trụ sở"]) == 0
    assert main(["init", "--workspace", laptop_path, "--name", "Máy 1"]) == 0
    with Workspace.open(hq_path) as ws:
        old = ws.keys.fingerprint
    assert main(["enroll", "--workspace", laptop_path, "--out", str(usb / "may-1.bundle")]) == 0
    with Workspace.open(laptop_path) as ws:
        laptop_fp = ws.keys.fingerprint
    assert main(["import", "--workspace", hq_path, "--trust", laptop_fp, str(usb / "may-1.bundle")]) == 0
    assert main(["export", "--workspace", hq_path, "--kind", "distribution", "--to", str(usb / "1")]) == 0
    assert main(["import", "--workspace", laptop_path, "--trust", old, str(usb / "1")]) == 0
    capsys.readouterr()
    assert main(["keys", "rotate", "--workspace", hq_path]) == 0
    out = capsys.readouterr().out
    with Workspace.open(hq_path) as ws:
        new = ws.keys.fingerprint
    assert new != old and old in out and new in out and "Đã thay khóa của trụ sở" in out
    assert main(["export", "--workspace", hq_path, "--kind", "distribution", "--to", str(usb / "2")]) == 0
    after = next((usb / "2").glob("*.bundle"))
    capsys.readouterr()
    assert main(["bundle", "verify", "--workspace", laptop_path, str(after)]) == 0
    verified = capsys.readouterr().out
    assert new in verified and "khóa mới của trụ sở, được khóa cũ xác nhận" in verified
    assert main(["import", "--workspace", laptop_path, str(after)]) == 0
    with Workspace.open(laptop_path) as ws:
        assert [d["fingerprint"] for d in ws.sync.devices() if d["role"] == "hq"] == [new]
    assert main(["keys", "rotate", "--workspace", laptop_path]) != 0
    assert "Chỉ không gian làm việc của trụ sở" in capsys.readouterr().err
