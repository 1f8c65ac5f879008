"""Reference data headquarters issued stays HQ's on every replica, whatever
order a hostile laptop's operations on it and HQ's creation of the row arrive
in (issue 10, points 3 and 11): the operations are kept in the log, and the
state ignores a field laptop's operations on a row HQ created."""

from __future__ import annotations

import pytest

from inspector_app import hlc
from inspector_app.errors import ValidationError
from inspector_app.storage import state

from .helpers import introduce, send, workspace
from .hostile import crafted, encode, op_line

DAY_MS = 24 * 3600 * 1000


def _row(ws, entity: str, row_id: str):
    return next(row for row in ws.state_dump()[entity] if row[0] == row_id)


def test_a_hostile_laptop_s_edit_of_hq_data_loses_on_every_replica_whichever_arrived_first(team, usb, monkeypatch,
                                                                                           tmp_path):
    hq, (mallory, early), ids = team
    late = workspace(tmp_path, "May 3")
    try:
        introduce(hq, mallory, early, late)
        send(hq, "distribution", late, usb)
        unit, _ = hq.units.create("Ủy ban nhân dân phường Hoàn Kiếm", "commune", parent_id=ids["province"],
                                  code="00070")
        send(hq, "distribution", late, usb)                # `late` holds HQ's new unit; `early` does not yet
        now = hlc.wall_millis()
        # One edit dated now (after HQ's creation), one dated a day before it:
        # a rule "the row is whoever wrote it first by clock" would give the
        # row to the laptop and let the later edit win.
        attack = [op_line(mallory.device_id, entity="org_unit", row_id=unit, hlc=hlc.pack(now - DAY_MS),
                          data={"name": "Đơn vị giả", "kind": "commune", "code": "99999", "address": "Địa chỉ giả"}),
                  op_line(mallory.device_id, entity="org_unit", row_id=unit, hlc=hlc.pack(now + 1000),
                          data={"name": "Đơn vị bị đổi tên", "deleted": True})]
        lines = [encode(op) for op in attack]
        for target, kind in ((early, "peer"), (late, "peer"), (hq, "findings")):
            report = target.sync.import_file(crafted(monkeypatch, mallory, target, usb, lines, kind=kind))
            assert report.status == "accepted", report.message("en")
            if target is late:
                # Said as what it is: HQ's data, which only HQ changes, not work "to come later".
                (warning,) = report.warnings
                text = warning.message("vi")
                assert "chỉ trụ sở được sửa" in text and "sẽ đến khi" not in text, text
        assert hq.units.get(unit)["name"] == "Ủy ban nhân dân phường Hoàn Kiếm"
        assert late.units.get(unit)["name"] == "Ủy ban nhân dân phường Hoàn Kiếm"
        assert state.get_row(early.db.conn, "org_unit", unit)["name"] == "Đơn vị bị đổi tên"   # HQ's row: not yet
        send(hq, "distribution", early, usb)               # HQ's creation reaches `early` after the edits
        expected = _row(hq, "org_unit", unit)
        for laptop in (early, late):
            assert _row(laptop, "org_unit", unit) == expected
            assert laptop.units.get(unit)["name"] == "Ủy ban nhân dân phường Hoàn Kiếm"
            assert laptop.units.get(unit)["address"] is None and not laptop.units.get(unit)["deleted"]
            assert {op.device_id for op in laptop.operations() if op.row_id == unit} == {hq.device_id,
                                                                                         mallory.device_id}
            with pytest.raises(ValidationError) as refused:
                laptop.units.update(unit, name="Ủy ban nhân dân phường Hoàn Kiếm mới")
            assert refused.value.code == "hq_data_readonly"
        send(early, "peer", late, usb)
        send(late, "peer", early, usb)
        assert early.state_dump() == late.state_dump()
        hq.units.update(unit, name="Ủy ban nhân dân phường Hoàn Kiếm (sau sắp xếp)")      # HQ's: fine
        send(hq, "distribution", early, usb)
        assert early.units.get(unit)["name"] == "Ủy ban nhân dân phường Hoàn Kiếm (sau sắp xếp)"
    finally:
        late.close()


def test_a_laptop_s_own_unit_stays_its_own_after_hq_edits_it(team, usb):
    hq, (one, two), _ids = team
    unit, _ = one.units.create("Trung tâm Phục vụ hành chính công phường", "service_centre")
    send(one, "findings", hq, usb)
    hq.units.update(unit, address="Số 1 phố Hàng Đào")          # HQ fills a field the laptop left empty
    send(hq, "distribution", one, usb)
    send(hq, "distribution", two, usb)
    one.units.update(unit, name="Trung tâm Phục vụ hành chính công phường Hoàn Kiếm")   # still its own
    send(one, "peer", two, usb)
    for ws in (one, two):
        row = ws.units.get(unit)
        assert row["name"] == "Trung tâm Phục vụ hành chính công phường Hoàn Kiếm"
        assert row["address"] == "Số 1 phố Hàng Đào"


def test_a_hostile_laptop_s_edits_of_hq_data_are_kept_at_hq_but_not_passed_on(team, usb, monkeypatch):
    hq, (mallory, other), ids = team
    edit = op_line(mallory.device_id, entity="org_unit", row_id=ids["unit"], data={"name": "Đơn vị bị đổi tên"})
    report = hq.sync.import_file(crafted(monkeypatch, mallory, hq, usb, [encode(edit)]))
    assert report.status == "accepted" and report.details["set_aside"] == 1
    assert edit["id"] in {op.id for op in hq.operations()}            # the log keeps what was received
    own, _ = mallory.units.create("Trung tâm Phục vụ hành chính công phường", "service_centre")
    send(mallory, "findings", hq, usb)
    send(hq, "distribution", other, usb)
    assert edit["id"] not in {op.id for op in other.operations()}
    assert other.units.get(ids["unit"])["name"] == hq.units.get(ids["unit"])["name"]
    assert other.units.get(own)["name"] == "Trung tâm Phục vụ hành chính công phường"     # a laptop's own row travels

