"""Signed minutes are immutable by construction (issue 10, point 5).

A laptop signs real minutes (a rendered PDF); a hostile but enrolled peer
then tries to change them with bundles made by the project's own writer and
export code. Whatever the operation says (device id, clock, delete), the
signed record, its content hash and its PDF stay those of the first valid
signing: `minutes verify` certifies the genuine paper and not the forgery,
on the signing laptop and at HQ, and HQ lists the attempt with the device's
name. Every test here fails on the code before this change."""

from __future__ import annotations

import hashlib
import uuid

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inspector_app import hlc
from inspector_app.cli import main
from inspector_app.minutes.render import render_pdf
from inspector_app.oplog import Operation, digest
from inspector_app.sync.trust import self_device
from inspector_app.workspace import Workspace

from .helpers import send, visit_on
from .hostile import crafted, encode, op_line

HOUR = 3600 * 1000


def _sign(one, ids):
    """Real minutes signed on laptop `one`: (visit id, minutes id, genuine PDF bytes)."""
    visit = visit_on(one, ids)
    one.visits.add_participant(visit, "team", "Nguyễn Thị Thu Hà", "Phó Giám đốc", "head")
    one.visits.add_participant(visit, "unit", "Nguyễn Văn Thành", "Chủ tịch Ủy ban nhân dân", "representative")
    one.visits.conclude(visit, "2026-11-20T10:30:00+07:00", reason="Một số tiêu chí không kiểm tra được")
    one.minutes.update_draft(visit, number="05/BB-ĐKT", unit_opinion="Đơn vị thống nhất.")
    genuine = one.minutes.render(visit).pdf
    one.minutes.sign(visit, genuine)
    return visit, one.minutes.current(visit)["id"], genuine


def _forgery(ws, minutes_id, tmp_path):
    """A forged PDF of the same minutes (the unit's opinion reversed), made with
    the project's renderer, and the fields of a signing that carries it."""
    row = ws.minutes.get(minutes_id)
    content = dict(row["content"], minutes=dict(row["content"]["minutes"], unit_opinion="Đơn vị không đồng ý."))
    pdf = render_pdf(content, ws.minutes.template(), {}, ws.minutes.cache_dir).pdf
    path = tmp_path / "forged.pdf"
    path.write_bytes(pdf)
    fields = {"status": "signed", "content": content, "content_hash": digest(content),
              "pdf_sha256": hashlib.sha256(pdf).hexdigest(), "pdf_size": len(pdf),
              "unit_opinion": "Đơn vị không đồng ý.", "signed_at": "2026-11-20T10:45:00+07:00"}
    return path, fields


def _exchange(one, two, hq, usb):
    """The signing laptop's work reaches the peer and HQ."""
    bundle = one.sync.export("peer", usb, recipients=[self_device(two), self_device(hq)])
    for ws in (two, hq):
        assert ws.sync.import_file(bundle.path).status == "accepted"


def _record(ws, minutes_id):
    row = ws.minutes.get(minutes_id)
    return row["status"], row["content_hash"], row["pdf_sha256"], row["unit_opinion"], row["number"]


def _certifies(ws, genuine: bytes, forged: bytes | None = None) -> None:
    assert ws.minutes.verify(genuine).status == "identical"
    if forged is not None:
        verdict = ws.minutes.verify(forged)
        assert not verdict.ok and verdict.status == "mismatch"


def _attempts(ws, minutes_id):
    return [c for c in ws.sync.conflicts() if c.entity == "minutes" and c.row_id == minutes_id
            and c.kind == "signed_minutes"]


def test_a_peers_bundle_replacing_the_signed_content_and_pdf_changes_nothing(team, usb, tmp_path, monkeypatch):
    hq, (one, two), ids = team
    _visit, minutes, genuine = _sign(one, ids)
    _exchange(one, two, hq, usb)
    signed = _record(hq, minutes)
    signing = next(op for op in one.history("minutes", minutes) if op.data.get("status") == "signed")
    forged_path, fields = _forgery(two, minutes, tmp_path)
    # Two forged signings by the peer, each valid on its own: one with a
    # newer clock, one back-dated to just before the genuine signing.
    newer = op_line(two.device_id, entity="minutes", row_id=minutes, data=fields, prev={})
    older = op_line(two.device_id, entity="minutes", row_id=minutes, data=fields, prev={},
                    hlc=signing.hlc - 1)
    path = crafted(monkeypatch, two, hq, usb, [encode(newer), encode(older)], blobs=[forged_path])
    report = hq.sync.import_file(path)
    assert report.status == "accepted", report.message("en")
    assert _record(hq, minutes) == signed
    _certifies(hq, genuine, forged_path.read_bytes())
    assert hq.minutes.signed_pdf(minutes).read_bytes() == genuine
    # Kept in the log (append-only, synced), listed as an attempt with the device's name.
    assert {newer["id"], older["id"]} <= {op.id for op in hq.operations()}
    listed = _attempts(hq, minutes)
    assert newer["id"] in {c.op_id for c in listed}
    attempt = next(c for c in listed if c.op_id == newer["id"])
    assert attempt.device_name == "May 2"
    assert attempt.attempt("vi") == "Thay đổi biên bản đã ký từ thiết bị May 2"
    assert attempt.attempt("en") == "An attempt to change signed minutes from device May 2"
    # HQ's next distribution carries the forgery to the signing laptop: still the genuine paper there.
    send(hq, "distribution", one, usb)
    assert _record(one, minutes) == signed
    _certifies(one, genuine, forged_path.read_bytes())
    assert hq.state_dump()["minutes"] == one.state_dump()["minutes"]


def test_the_cli_lists_the_attempt_at_hq(team, usb, tmp_path, capsys):
    hq, (one, two), ids = team
    _visit, minutes, _genuine = _sign(one, ids)
    _exchange(one, two, hq, usb)
    _path, fields = _forgery(two, minutes, tmp_path)
    two.writer.write([("minutes", minutes, fields)])          # the peer's own writer: refused there too
    assert two.minutes.get(minutes)["unit_opinion"] == "Đơn vị thống nhất."
    send(two, "peer", hq, usb)
    hq.close()
    assert main(["--workspace", str(hq.path), "conflicts", "list"]) == 0
    out = capsys.readouterr().out
    assert "Thay đổi biên bản đã ký từ thiết bị May 2" in out


def test_a_back_dated_delete_of_the_signed_record_is_refused(team, usb, monkeypatch):
    hq, (one, two), ids = team
    _visit, minutes, genuine = _sign(one, ids)
    _exchange(one, two, hq, usb)
    signed = _record(hq, minutes)
    deletes = [op_line(who, entity="minutes", row_id=minutes, data={"deleted": True}, prev={}, hlc=stamp)
               for who, stamp in ((two.device_id, hlc.pack(hlc.wall_millis() - 400 * 24 * HOUR)),
                                  (one.device_id, hlc.pack(1)))]
    report = hq.sync.import_file(crafted(monkeypatch, two, hq, usb, [encode(op) for op in deletes]))
    assert report.status == "accepted", report.message("en")
    assert _record(hq, minutes) == signed and hq.minutes.find(minutes) is not None
    _certifies(hq, genuine)
    assert deletes[0]["id"] in {c.op_id for c in _attempts(hq, minutes)}
    send(hq, "distribution", one, usb)
    assert one.minutes.find(minutes) is not None
    _certifies(one, genuine)


def test_the_signers_own_later_edit_is_refused_there_and_at_hq(team, usb, tmp_path):
    hq, (one, two), ids = team
    _visit, minutes, genuine = _sign(one, ids)
    signed = _record(one, minutes)
    forged_path, fields = _forgery(one, minutes, tmp_path)
    # The signing laptop itself, with a newer clock, through its own writer.
    one.writer.write([("minutes", minutes, {**fields, "number": "99/BB-ĐKT"})])
    one.writer.write([("minutes", minutes, {"deleted": True})])
    assert _record(one, minutes) == signed
    _certifies(one, genuine, forged_path.read_bytes())
    _exchange(one, two, hq, usb)
    for ws in (hq, two):
        assert _record(ws, minutes) == signed
        _certifies(ws, genuine, forged_path.read_bytes())
        assert {"number", "unit_opinion", "content_hash", "pdf_sha256", "deleted"} <= {
            c.field for c in _attempts(ws, minutes)}
    assert hq.state_dump() == one.state_dump() == two.state_dump()


def test_an_operation_with_a_clock_far_in_the_past_or_ahead_on_a_signed_field(team, usb, monkeypatch):
    hq, (one, two), ids = team
    _visit, minutes, genuine = _sign(one, ids)
    _exchange(one, two, hq, usb)
    signed = _record(hq, minutes)
    now = hlc.wall_millis()
    ops = [op_line(device, entity="minutes", row_id=minutes, data={field: value}, prev={}, hlc=hlc.pack(at))
           for device, at, field, value in (
               (one.device_id, 1, "content_hash", "0" * 64),                     # 1970, "by the signer"
               (two.device_id, now - 3650 * 24 * HOUR, "pdf_sha256", "1" * 64),  # ten years back
               (two.device_id, now + 20 * HOUR, "status", "draft"),              # ahead, within the bound
               (one.device_id, now + 20 * HOUR, "number", "07/BB-ĐKT"))]
    report = hq.sync.import_file(crafted(monkeypatch, two, hq, usb, [encode(op) for op in ops]))
    assert report.status == "accepted", report.message("en")
    assert _record(hq, minutes) == signed
    _certifies(hq, genuine)
    # The two credited to the signer carry no proof from it: set aside, never applied.
    assert report.details["set_aside"] == 2
    assert [w.code for w in report.warnings] == ["ops_set_aside"]
    assert {"pdf_sha256", "status"} <= {c.field for c in _attempts(hq, minutes)}
    send(hq, "distribution", one, usb)
    assert _record(one, minutes) == signed
    _certifies(one, genuine)


def test_a_scan_is_still_attached_and_an_amendment_still_follows(team, usb, tmp_path):
    from PIL import Image

    hq, (one, two), ids = team
    visit, minutes, genuine = _sign(one, ids)
    scan = tmp_path / "ban-quet.jpg"
    Image.new("RGB", (200, 300), "white").save(scan)
    media_id, _ = one.minutes.attach_scan(minutes, scan)
    amendment, _ = one.minutes.start_amendment(visit, "Bổ sung ý kiến của đơn vị", "06/BB-ĐKT")
    _exchange(one, two, hq, usb)
    for ws in (one, hq):
        assert ws.minutes.get(minutes)["scan_media_ids"] == [media_id]
        assert not _attempts(ws, minutes)
        assert [(m["version"], m["status"]) for m in ws.minutes.of_visit(visit)] == [(1, "signed"), (2, "draft")]
        assert ws.minutes.current(visit)["id"] == amendment
        _certifies(ws, genuine)



def test_verify_keeps_the_genuine_record_whatever_a_peer_adds_or_deletes_around_it(team, usb, tmp_path, monkeypatch):
    hq, (one, two), ids = team
    visit, minutes, genuine = _sign(one, ids)
    _exchange(one, two, hq, usb)
    forged_path, fields = _forgery(two, minutes, tmp_path)
    # A second row claiming version 1 of the same visit, signed with the
    # forgery (its content names the new row, so the signing is valid on its
    # own), back-dated; and a delete of the visit.
    rival = "00000000-0000-7000-8000-000000000000"
    content = dict(fields["content"], minutes=dict(fields["content"]["minutes"], id=rival))
    signing = {**fields, "content": content, "content_hash": digest(content), "visit_id": visit, "version": 1}
    lines = [op_line(two.device_id, entity="minutes", row_id=rival, data=signing, prev={}, hlc=hlc.pack(1)),
             op_line(two.device_id, entity="visit", row_id=visit, data={"deleted": True}, prev={})]
    report = hq.sync.import_file(crafted(monkeypatch, two, hq, usb, [encode(op) for op in lines],
                                         blobs=[forged_path]))
    assert report.status == "accepted", report.message("en")
    assert hq.visits.find(visit) is None                       # the visit itself is not guarded
    _certifies(hq, genuine)
    assert not hq.minutes.verify(forged_path.read_bytes()).ok


# -- honest replicas converge, whatever the arrival order ------------------------------------
def _honest_ops() -> list[Operation]:
    """One minutes row as honest devices write it: a draft, edits on two
    laptops, the signing, a later edit that did not know it was signed, a
    scan, and a person's resolution of that edit."""
    row, a, b = str(uuid.uuid4()), str(uuid.uuid4()), str(uuid.uuid4())
    content = {"minutes": {"id": row, "version": 1, "number": "05/BB-ĐKT", "unit_opinion": "Thống nhất."}}
    signing = {"visit_id": "v", "version": 1, "number": "05/BB-ĐKT", "amends_id": None, "opened_at": None,
               "unit_opinion": "Thống nhất.", "status": "signed", "content": content,
               "content_hash": digest(content), "pdf_sha256": "c" * 64, "pdf_size": 10}
    steps = [
        (10, a, {"visit_id": "v", "version": 1, "status": "draft", "number": "05/BB-ĐKT"}, {}),
        (20, b, {"unit_opinion": "Chưa thống nhất."}, {"unit_opinion": None}),
        (30, a, {"unit_opinion": "Thống nhất."}, {"unit_opinion": None}),
        (40, a, signing, {"unit_opinion": "Thống nhất."}),
        (50, b, {"number": "06/BB-ĐKT"}, {"number": "05/BB-ĐKT"}),
        (60, a, {"scan_media_ids": ["m1"]}, {"scan_media_ids": None}),
        (70, b, {"scan_media_ids": ["m2"]}, {"scan_media_ids": None}),
        (80, a, {"number": "05/BB-ĐKT"}, {"number": "06/BB-ĐKT"}),
    ]
    return [Operation(str(uuid.uuid4()), hlc.pack(1_700_000_000_000 + t), device, None, "minutes", row, data, prev)
            for t, device, data, prev in steps]


OPS = _honest_ops()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=st.permutations(range(len(OPS))), split=st.integers(1, len(OPS)))
def test_honest_replicas_converge_in_any_arrival_order(tmp_path_factory, order, split):
    folder = tmp_path_factory.mktemp("replicas")
    expected = None
    for name, sequence in (("in-order", list(range(len(OPS)))), ("shuffled", order)):
        ws = Workspace.create(folder / name, "field", builtin_checklists=False)
        try:
            ops = [OPS[i] for i in sequence]
            ws.apply_operations(ops[:split])              # two bundles, or one
            ws.apply_operations(ops[split:])
            dump = ws.state_dump()["minutes"]
            row = ws.minutes.get(OPS[0].row_id)
            assert (row["status"], row["number"], row["unit_opinion"]) == ("signed", "05/BB-ĐKT", "Thống nhất.")
            assert row["scan_media_ids"] == ["m2"]
        finally:
            ws.close()
        expected = expected or dump
        assert dump == expected
