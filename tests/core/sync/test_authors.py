"""Every operation is verifiably by its author, also after relaying (issue 10
point 3): a bundle's operations credited to a device are applied only with
that device's own seal, checked against the key the receiver holds; a
revoked device's operations sealed before its revocation stay valid, those
sealed after are set aside; format-1 bundles are refused."""

from __future__ import annotations

import json

import pytest

from inspector_app import identity
from inspector_app.errors import ValidationError
from inspector_app.oplog import Operation
from inspector_app.storage import seal_store
from inspector_app.storage.seal_store import SealRow
from inspector_app.sync import manifest as manifest_mod
from inspector_app.sync import seals
from inspector_app.sync.trust import self_device

from .helpers import introduce, reference_data, send, visit_on, workspace
from .hostile import crafted, encode, op_line


def test_an_operation_credited_to_another_laptop_is_set_aside(team, usb, monkeypatch):
    hq, (one, two), _ids = team
    forged = op_line(two.device_id, data={"text": "Không đeo thẻ công chức", "kind": "shortcoming"})
    honest = op_line(one.device_id)
    before = hq.state_dump()
    report = hq.sync.import_file(crafted(monkeypatch, one, hq, usb, [encode(honest), encode(forged)]))
    assert report.status == "accepted", report.message("en")
    assert report.details["set_aside"] == 1
    (warning,) = report.warnings
    assert warning.code == "ops_set_aside" and "May 2" in warning.message("vi")
    after = hq.state_dump()
    assert forged["row_id"] not in json.dumps(after, ensure_ascii=False)
    assert honest["row_id"] in json.dumps(after, ensure_ascii=False)
    assert after != before


def test_an_operation_credited_to_headquarters_in_a_peer_bundle_is_set_aside(team, usb, monkeypatch):
    hq, (one, two), ids = team
    forged = op_line(hq.device_id, entity="org_unit", row_id=ids["unit"], data={"name": "Đơn vị giả"})
    before = two.state_dump()
    report = two.sync.import_file(crafted(monkeypatch, one, two, usb, [encode(forged)], kind="peer"))
    assert report.status == "accepted" and report.details["set_aside"] == 1
    assert two.state_dump() == before


def test_the_senders_own_operation_without_its_seal_refuses_the_bundle(team, usb, monkeypatch):
    hq, (one, _two), _ids = team
    before = hq.state_dump()
    report = hq.sync.import_file(crafted(monkeypatch, one, hq, usb, [encode(op_line(one.device_id))], seal=False))
    assert report.status == "rejected" and report.reason == "bundle_invalid_ops"
    assert "máy gửi" in report.message("vi") and "/" not in report.message("vi").split("(")[1]
    assert hq.state_dump() == before


def test_a_seal_signed_by_another_key_refuses_the_bundle(team, usb, monkeypatch, tmp_path):
    hq, (one, _two), _ids = team
    impostor = workspace(tmp_path, "Impostor")
    # The impostor signs one's operation with its own key, under one's device id.
    op = op_line(one.device_id)
    blob = seals.op_digest(Operation.from_dict(op))
    text = seals.statement(one.device_id, 1, seals.ZERO, 1, blob)
    line = seals.line_of(SealRow(one.device_id, 1, seals.ZERO, "", 1, blob,
                                 identity.load_signing_key(impostor.path / "keys").sign(text)))
    with monkeypatch.context() as patch:
        patch.setattr(seals, "write", lambda ws, devices, out: out.write(line))
        path = crafted(monkeypatch, one, hq, usb, [encode(op)], seal=False)
    before = hq.state_dump()
    report = hq.sync.import_file(path)
    assert report.status == "rejected" and report.reason == "bundle_invalid_ops"
    assert hq.state_dump() == before
    impostor.close()


def test_headquarters_checks_a_laptops_work_it_received_through_another_laptop(team, usb):
    hq, (one, two), ids = team
    visit = visit_on(one, ids)
    finding, _ = one.findings.add(visit, "Chưa niêm yết thủ tục hành chính", kind="shortcoming")
    send(one, "peer", two, usb)
    report = send(two, "findings", hq, usb)          # one never sent anything to HQ itself
    assert "set_aside" not in report.details
    assert hq.findings.get(finding)["text"] == "Chưa niêm yết thủ tục hành chính"
    # HQ keeps one's seals, so it could prove that work in turn.
    assert seal_store.last(hq.db.conn, one.device_id) is not None


def test_a_revoked_laptops_work_sealed_before_stays_valid_and_after_is_set_aside(tmp_path, usb):
    hq = workspace(tmp_path, "Tru so", "hq")
    stolen, relay, other = (workspace(tmp_path, n) for n in ("May 1", "May 2", "May 3"))
    introduce(hq, stolen, relay, other)
    ids = reference_data(hq)
    for laptop in (stolen, relay, other):
        send(hq, "distribution", laptop, usb)
    visit = visit_on(stolen, ids)
    before, _ = stolen.findings.add(visit, "Ghi trước khi bị thu hồi", kind="shortcoming")
    send(stolen, "findings", hq, usb)                    # HQ holds its first seal
    hq.sync.revoke(stolen.device_id)
    send(hq, "distribution", other, usb)                  # `other` learns of the revocation
    after, _ = stolen.findings.add(visit, "Ghi sau khi bị thu hồi", kind="shortcoming")
    send(stolen, "peer", relay, usb)                      # `relay` has not heard yet
    report = send(relay, "peer", other, usb)
    assert other.findings.find(before) is not None
    assert other.findings.find(after) is None
    assert report.details["set_aside"] >= 1 and report.warnings[0].code == "ops_set_aside"
    assert "thu hồi" in report.warnings[0].message("vi")
    for ws in (hq, stolen, relay, other):
        ws.close()


def test_a_format_1_bundle_is_refused_with_a_message_to_export_again(team, usb, monkeypatch):
    hq, (one, _two), _ids = team
    visit_on(one, _ids)
    monkeypatch.setattr(manifest_mod, "FORMAT_VERSION", 1)
    path = one.sync.export("findings", usb, recipients=[self_device(hq)]).path
    monkeypatch.undo()
    before = hq.state_dump()
    report = hq.sync.import_file(path)
    assert report.status == "rejected" and report.reason == "bundle_old_format"
    assert "xuất lại" in report.message("vi") and report.quarantined_to
    assert hq.state_dump() == before


def test_a_laptop_cannot_change_reference_data_headquarters_issued(team, usb, monkeypatch):
    hq, (one, two), ids = team
    item = next(iter(ids["items"].values()))
    edits = [op_line(one.device_id, entity="checklist_item", row_id=item, data={"text": "Tiêu chí bị sửa"}),
             op_line(one.device_id, entity="org_unit", row_id=ids["unit"], data={"name": "Đơn vị bị đổi tên"})]
    own_unit = op_line(one.device_id, entity="org_unit", data={"name": "Trung tâm Phục vụ hành chính công xã"})
    for target in (hq, two):
        before = target.state_dump()
        kind = "findings" if target is hq else "peer"
        report = target.sync.import_file(crafted(monkeypatch, one, target, usb,
                                                 [encode(op) for op in (*edits, own_unit)], kind=kind))
        assert report.status == "accepted" and report.details["set_aside"] == 2
        assert "trụ sở" in report.warnings[0].message("vi")
        after = target.state_dump()
        assert target.checklists.item(item)["text"] != "Tiêu chí bị sửa"
        assert "Đơn vị bị đổi tên" not in json.dumps(after, ensure_ascii=False)
        assert "Trung tâm Phục vụ hành chính công xã" in json.dumps(after, ensure_ascii=False)
        assert after != before


def test_a_laptop_is_told_that_reference_data_headquarters_issued_is_hq_s_to_change(team):
    hq, (one, _two), ids = team
    with pytest.raises(ValidationError) as refused:
        one.units.update(ids["unit"], name="Ủy ban nhân dân phường Ba Đình mới")
    assert refused.value.code == "hq_data_readonly" and "trụ sở" in refused.value.message("vi")
    assert one.units.get(ids["unit"])["name"] == hq.units.get(ids["unit"])["name"]
    unit, _ = one.units.create("Trung tâm Phục vụ hành chính công phường", "service_centre")
    one.units.update(unit, name="Trung tâm Phục vụ hành chính công phường Ba Đình")     # its own: fine
    hq.units.update(ids["unit"], name="Ủy ban nhân dân phường Ba Đình (sau sắp xếp)")  # HQ's: fine


def test_two_seals_under_one_number_are_both_kept_so_relays_still_prove_each(team, usb, monkeypatch, tmp_path):
    hq, (bob, alice), ids = team
    mallory = workspace(tmp_path, "Mallory")
    introduce(hq, alice, bob, mallory)
    send(hq, "distribution", mallory, usb)
    crafted_op = op_line(mallory.device_id)
    bob.sync.import_file(crafted(monkeypatch, mallory, bob, usb, [encode(crafted_op)]))    # its seal n, forged
    visit = visit_on(mallory, ids)
    finding, _ = mallory.findings.add(visit, "Chưa công khai số điện thoại đường dây nóng", kind="shortcoming")
    send(mallory, "peer", alice, usb)                    # its real seal n, other content
    send(alice, "peer", bob, usb)
    report = send(bob, "findings", hq, usb)
    assert "set_aside" not in report.details, report.warnings[0].message("en")
    assert hq.findings.get(finding)["text"] == "Chưa công khai số điện thoại đường dây nóng"
    mallory.close()


def test_a_findings_export_seals_the_laptops_operations_from_the_lines_it_writes(team, usb, monkeypatch):
    hq, (one, _two), ids = team
    visit = visit_on(one, ids)
    finding, _ = one.findings.add(visit, "Chưa niêm yết thủ tục hành chính", kind="shortcoming")
    send(one, "findings", hq, usb)
    one.findings.update(finding, text="Chưa niêm yết đầy đủ thủ tục hành chính")

    def read_again(*_args, **_kwargs):
        raise AssertionError("the laptop's own operations were read and encoded a second time to seal them")

    monkeypatch.setattr(seals.sync_store, "ops_of_device", read_again)
    report = send(one, "findings", hq, usb)
    monkeypatch.undo()
    assert "set_aside" not in report.details and report.new_ops >= 1
    assert hq.findings.get(finding)["text"] == "Chưa niêm yết đầy đủ thủ tục hành chính"
    (last,) = [s for s in seal_store.of_device(one.db.conn, one.device_id) if s.number == 2]
    assert last.count == report.new_ops
