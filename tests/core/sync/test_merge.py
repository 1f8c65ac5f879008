"""Merging two laptops' offline work, with each other and at HQ, in every order."""

from __future__ import annotations

import itertools

import pytest

from inspector_app.oplog import digest
from inspector_app.sync.trust import self_device

from .helpers import send, visit_on


def _conflicts(ws):
    return sorted((c.entity, c.row_id, c.field, repr(c.value), repr(c.current)) for c in ws.sync.conflicts())


def _offline_edits(team, usb):
    """Both laptops hold the same visit, then change the same answer differently offline."""
    hq, (one, two), ids = team
    visit = visit_on(one, ids)
    item = ids["items"]["A1"]
    one.answers.answer(visit, item, "dat")
    send(one, "peer", two, usb)
    one.answers.answer(visit, item, "khong_dat", note="Không niêm yết")           # offline
    two.answers.answer(visit, item, "khong_ap_dung")                             # offline, later
    one.findings.add(visit, "Cán bộ không đeo thẻ")
    bundles = {
        "one": one.sync.export("peer", usb, recipients=[self_device(two), self_device(hq)]),
        "two": two.sync.export("peer", usb, recipients=[self_device(one), self_device(hq)]),
    }
    return hq, one, two, visit, item, bundles


@pytest.mark.parametrize("order", list(itertools.permutations(["one", "two"])))
def test_same_answer_changed_on_two_laptops_is_kept_as_a_conflict_in_every_order(team, usb, order):
    hq, one, two, _visit, _item, bundles = _offline_edits(team, usb)
    for name in order:                                    # HQ, in this order
        assert hq.sync.import_file(bundles[name].path).status == "accepted"
    assert one.sync.import_file(bundles["two"].path).status == "accepted"
    assert two.sync.import_file(bundles["one"].path).status == "accepted"
    for again in order:                                   # duplicates change nothing
        assert hq.sync.import_file(bundles[again].path).status == "already_had"
    assert hq.state_dump() == one.state_dump() == two.state_dump()
    listed = _conflicts(hq)
    assert listed == _conflicts(one) == _conflicts(two)
    [conflict] = [c for c in hq.sync.conflicts() if c.field == "value"]
    assert conflict.entity == "observation"
    # The value that lost is kept and shown with who and when, beside the one held.
    assert {conflict.value, conflict.current} == {"khong_dat", "khong_ap_dung"}
    assert {conflict.device_name, conflict.current_device_name} == {"May 1", "May 2"}
    assert conflict.at and conflict.current_at
    assert len({op.id for op in hq.operations()}) == len(hq.operations())


def test_a_resolution_is_an_operation_that_syncs_and_settles_the_conflict_everywhere(team, usb):
    hq, one, two, visit, item, bundles = _offline_edits(team, usb)
    for ws, name in ((hq, "one"), (hq, "two"), (one, "two"), (two, "one")):
        ws.sync.import_file(bundles[name].path)
    conflict = next(c for c in one.sync.conflicts() if c.field == "value")
    loser = conflict.value
    one.sync.resolve(conflict.key, keep="other")
    assert not [c for c in one.sync.conflicts() if c.field == "value"]
    assert one.answers.of_visit(visit)[(item, None)]["value"] == loser
    resolution = one.sync.export("peer", usb, recipients=[self_device(two), self_device(hq)])
    for ws in (two, hq):
        assert ws.sync.import_file(resolution.path).status == "accepted"
        assert not [c for c in ws.sync.conflicts() if c.field == "value"]
        assert ws.answers.of_visit(visit)[(item, None)]["value"] == loser
    assert hq.state_dump() == one.state_dump() == two.state_dump()


def test_sequential_edits_on_two_laptops_are_not_conflicts(team, usb):
    _hq, (one, two), ids = team
    visit = visit_on(one, ids)
    one.answers.answer(visit, ids["items"]["A2"], "dat")
    send(one, "peer", two, usb)
    two.answers.answer(visit, ids["items"]["A2"], "khong_dat")      # seen, then changed
    send(two, "peer", one, usb)
    assert one.sync.conflicts() == [] and two.sync.conflicts() == []
    assert one.answers.of_visit(visit)[(ids["items"]["A2"], None)]["value"] == "khong_dat"


def test_a_delete_is_a_tombstone_and_a_concurrent_edit_is_not_lost(team, usb):
    _hq, (one, two), ids = team
    visit = visit_on(one, ids)
    finding, _ = one.findings.add(visit, "Niêm yết không đầy đủ")
    send(one, "peer", two, usb)
    one.findings.remove(finding)
    two.findings.update(finding, text="Niêm yết không đầy đủ, thiếu 3 thủ tục")
    send(one, "peer", two, usb)
    send(two, "peer", one, usb)
    for ws in (one, two):
        row = ws.findings.find(finding)
        assert row is None                                           # deleted everywhere
        history = [op.data for op in ws.history("finding", finding)]
        assert {"text": "Niêm yết không đầy đủ, thiếu 3 thủ tục"} in history
    assert one.state_dump() == two.state_dump()


@pytest.mark.parametrize("order", [("sign", "edit"), ("edit", "sign")])
def test_signed_minutes_are_never_altered_by_a_merge(team, usb, order):
    hq, (one, two), ids = team
    visit = visit_on(one, ids)
    minutes, _ = one.minutes.open_draft(visit, "05/BB-ĐKT")
    send(one, "peer", two, usb)
    # A signing must verify (its content hashes to content_hash and names the row): see test_signed_minutes.py.
    content = {"minutes": {"id": minutes, "version": 1, "number": "05/BB-ĐKT"}}
    one.writer.write([("minutes", minutes, {"status": "signed", "content": content, "content_hash": digest(content),
                                            "pdf_sha256": "b" * 64, "number": "05/BB-ĐKT",
                                            "signed_at": "2026-11-20T16:30:00+07:00"}, ["number"])])
    two.writer.write([("minutes", minutes, {"number": "06/BB-ĐKT"})])   # later, not knowing it was signed
    bundles = {"sign": one.sync.export("peer", usb, recipients=[self_device(two), self_device(hq)]),
               "edit": two.sync.export("peer", usb, recipients=[self_device(one), self_device(hq)])}
    for name in order:
        hq.sync.import_file(bundles[name].path)
    one.sync.import_file(bundles["edit"].path)
    two.sync.import_file(bundles["sign"].path)
    for ws in (hq, one, two):
        row = ws.minutes.get(minutes)
        assert (row["status"], row["number"], row["content_hash"]) == ("signed", "05/BB-ĐKT", digest(content))
        [held] = [c for c in ws.sync.conflicts() if c.entity == "minutes"]
        assert held.kind == "signed_minutes" and held.value == "06/BB-ĐKT" and held.current == "05/BB-ĐKT"
    assert hq.state_dump() == one.state_dump() == two.state_dump()
    # Keeping the signed version settles it, on every device the choice reaches.
    key = next(c.key for c in two.sync.conflicts() if c.entity == "minutes")
    two.sync.resolve(key)
    assert not two.sync.conflicts()
    send(two, "peer", one, usb)
    assert not one.sync.conflicts()
    assert one.minutes.get(minutes)["number"] == "05/BB-ĐKT"
