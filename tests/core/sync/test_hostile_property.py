"""Property (issue 10 point 11): bundles made by a trusted but malicious
laptop — any operations, any clocks, any claimed authors, kinds and roles,
crafted with the project's own export code — never crash the importer,
never change anything outside what that laptop may change, and leave the
honest replicas converging."""

from __future__ import annotations

import contextlib
import json
import uuid

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from inspector_app import hlc
from inspector_app.entities import BOOL, DATE, ENTITIES, INT, JSON, REAL, TEXT
from inspector_app.oplog import encode
from inspector_app.storage import sync_store
from inspector_app.sync import manifest, parse_worker

from .helpers import introduce, reference_data, send, visit_on, workspace
from .hostile import crafted

AUTHORS = ("mallory", "alice", "bob", "hq", "stranger")
KINDS = ("findings", "peer", "distribution", "receipt")
ROLES = ("field", "hq")

_VALUES = {
    TEXT: st.text(max_size=20),
    INT: st.integers(-(2**63), 2**63 - 1),
    REAL: st.floats(allow_nan=False, allow_infinity=False),
    BOOL: st.booleans(),
    JSON: st.one_of(st.none(), st.integers(0, 9), st.text(max_size=5), st.lists(st.integers(0, 9), max_size=3)),
    DATE: st.sampled_from(["2026-11-20", "2026-12-31", "1999-01-01"]),
}
_ANY = st.one_of(st.none(), st.integers(), st.text(max_size=8), st.booleans(),
                 st.dictionaries(st.text(max_size=3), st.integers(), max_size=2))
CLOCK = st.one_of(st.just("now"), st.just("past"), st.just("day_ahead"), st.integers(-1, 2**64))


@st.composite
def operation(draw):
    row = draw(st.sampled_from(("new", "visit", "unit", "item", "template", "hq_new")))
    # HQ's unit that Bob receives after the attack: mostly attacked as what it is.
    entity = "org_unit" if row == "hq_new" and draw(st.booleans()) else draw(st.sampled_from(sorted(ENTITIES)))
    fields = ENTITIES[entity]
    names = draw(st.lists(st.sampled_from([*sorted(fields), "deleted"]), min_size=1, max_size=3, unique=True))
    data = {}
    for name in names:
        kind = fields.get(name, BOOL)
        data[name] = draw(_VALUES[kind] if draw(st.integers(0, 9)) else _ANY)
    return {"author": draw(st.sampled_from(AUTHORS)), "entity": entity, "row": row, "data": data,
            "clock": draw(CLOCK)}


BUNDLE = st.fixed_dictionaries({
    "ops": st.lists(operation(), min_size=1, max_size=6),
    "kind": st.sampled_from(KINDS),
    "role": st.sampled_from(ROLES),
    "to": st.sampled_from(("hq", "alice")),
})


def _clock(value) -> int:
    now = hlc.wall_millis()
    if value == "now":
        return hlc.pack(now)
    if value == "past":
        return hlc.pack(now - 400 * 24 * 3600 * 1000)
    if value == "day_ahead":
        return hlc.pack(now + 2 * 24 * 3600 * 1000)
    return value


def _snapshot(ws) -> tuple:
    """What a bundle must never change unless its maker may: the op log by
    device, the trust store, and the rows of reference data held (HQ's: a
    laptop may add rows of its own, never change those)."""
    ops = {}
    for op in ws.operations():
        ops.setdefault(op.device_id, set()).add(op.id)
    devices = sorted((d["id"], d["role"], d["sign_public"], d["trust"]) for d in sync_store.devices(ws.db.conn))
    dump = ws.state_dump()
    reference = {entity: {row[0]: row for row in dump[entity]} for entity in sync_store.DISTRIBUTED}
    return ops, devices, reference


@contextlib.contextmanager
def network(tmp_path_factory):
    """HQ and three laptops after a distribution and Alice's first visit
    shared, then a unit HQ created since, which only HQ and Alice hold (Bob
    gets it after the attack: the other arrival order); made afresh for every
    example, so examples stay independent."""
    tmp = tmp_path_factory.mktemp("hostile")
    usb = tmp / "usb"
    usb.mkdir()
    hq = workspace(tmp, "Tru so", "hq")
    alice, bob, mallory = (workspace(tmp, name) for name in ("Alice", "Bob", "Mallory"))
    introduce(hq, alice, bob, mallory)
    ids = reference_data(hq)
    for laptop in (alice, bob, mallory):
        send(hq, "distribution", laptop, usb)
    ids["visit"] = visit_on(alice, ids)
    item = next(iter(ids["items"].values()))
    alice.answers.answer(ids["visit"], item, "dat")
    send(alice, "peer", bob, usb)
    send(alice, "peer", mallory, usb)
    send(alice, "findings", hq, usb)
    ids["hq_new"], _ = hq.units.create("Ủy ban nhân dân phường Hàng Bạc", "commune", parent_id=ids["province"])
    send(hq, "distribution", alice, usb)
    try:
        yield {"hq": hq, "alice": alice, "bob": bob, "mallory": mallory}, ids, usb
    finally:
        for ws in (hq, alice, bob, mallory):
            ws.close()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(bundle=BUNDLE)
@example(bundle={"ops": [{"author": "mallory", "entity": "org_unit", "row": "hq_new", "clock": "now",
                          "data": {"name": "Đơn vị bị đổi tên", "deleted": True}},
                         {"author": "mallory", "entity": "org_unit", "row": "hq_new", "clock": "past",
                          "data": {"address": "Địa chỉ giả"}}],
                 "kind": "peer", "role": "field", "to": "alice"})
# Rows of two entities under one id, new to Bob: crashed the bulk search indexing (found by this property).
@example(bundle={"ops": [{"author": "mallory", "entity": "org_unit", "row": "hq_new", "clock": "now",
                          "data": {"added_locally": None}},
                         {"author": "mallory", "entity": "checklist_item", "row": "hq_new", "clock": "now",
                          "data": {"answer_type": None}}],
                 "kind": "findings", "role": "field", "to": "hq"})
def test_a_malicious_laptop_changes_nothing_it_may_not_and_honest_replicas_converge(tmp_path_factory, monkeypatch,
                                                                                    bundle):
    with network(tmp_path_factory) as (people, ids, usb):
        _attack(people, ids, usb, monkeypatch, bundle)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(bundle=BUNDLE, canonical=st.booleans())
@example(bundle={"ops": [{"author": "mallory", "entity": "finding", "row": "new", "clock": "now",
                          "data": {"text": "Ghi nhận"}},
                         {"author": "mallory", "entity": "org_unit", "row": "hq_new", "clock": "now",
                          "data": {"name": "Đơn vị bị đổi tên"}}],
                 "kind": "findings", "role": "field", "to": "hq"}, canonical=True)
def test_the_same_through_a_folder_import_whose_helper_prepares_the_batches(tmp_path_factory, monkeypatch, bundle,
                                                                            canonical):
    """Every bundle parsed by the parse helper in a folder import (storage/bulk_ready.py);
    `canonical`: its lines as an export writes them, so a batch of the sender's
    own operations is proven in one comparison and written as prepared."""
    monkeypatch.setattr(parse_worker, "SMALL", 0)
    with network(tmp_path_factory) as (people, ids, usb):
        _attack(people, ids, usb, monkeypatch, bundle, folder=True, canonical=canonical)


def _attack(people, ids, usb, monkeypatch, bundle, folder: bool = False, canonical: bool = False) -> None:
    mallory = people["mallory"]
    devices = {name: ws.device_id for name, ws in people.items()} | {"stranger": str(uuid.uuid4())}
    rows = {"visit": ids["visit"], "unit": ids["unit"], "item": next(iter(ids["items"].values())),
            "template": ids["template"], "hq_new": ids["hq_new"]}
    lines = []
    for op in bundle["ops"]:
        row = str(uuid.uuid4()) if op["row"] == "new" else rows[op["row"]]
        raw = {"id": str(uuid.uuid4()), "hlc": _clock(op["clock"]), "device_id": devices[op["author"]],
               "person_id": None, "entity": op["entity"], "row_id": row, "data": op["data"], "prev": {}}
        lines.append((encode(raw) if canonical else json.dumps(raw, ensure_ascii=False)).encode("utf-8"))
    real_source = manifest.source_info
    with monkeypatch.context() as patch:
        patch.setattr(manifest, "source_info", lambda ws: {**real_source(ws), "role": bundle["role"]})
        paths = {name: crafted(monkeypatch, mallory, people[name], usb, lines, kind=bundle["kind"])
                 for name in ("hq", "alice", "bob")}

    for name in ("hq", "alice", "bob"):
        target = people[name]
        before = _snapshot(target)
        clock = target.writer.clock.last
        if folder:                                                  # never raises
            [report] = target.sync.import_paths([paths[name]])
        else:
            report = target.sync.import_file(paths[name])
        assert report.status in ("accepted", "rejected", "held")
        assert report.reason != "bundle_unexpected", "the importer failed on it"
        if report.error is not None:
            text = report.message("vi")
            assert "Traceback" not in text and str(usb) not in text
        ops, trust, reference = _snapshot(target)
        assert trust == before[1], "the trust store changed"
        # Rows of reference data held before (HQ's) are as they were; a laptop may add its own.
        assert all(reference[entity].get(row_id) == row for entity, rows in before[2].items()
                   for row_id, row in rows.items()), "reference data HQ issued changed"
        new = {device: ids_ - before[0].get(device, set()) for device, ids_ in ops.items()}
        assert all(not added for device, added in new.items() if device != mallory.device_id), \
            "an operation credited to another device was applied"
        if report.status != "accepted":
            assert ops == before[0] and target.writer.clock.last == clock
        target.writer.clock.now()                                   # a later local write still works

    # Bob had not heard of HQ's new unit when the attack came; HQ's creation
    # of it comes now, and its row is HQ's everywhere, whatever came first.
    alice, bob, hq = people["alice"], people["bob"], people["hq"]
    send(hq, "distribution", bob, usb)
    unit = [row for row in hq.state_dump()["org_unit"] if row[0] == ids["hq_new"]]
    for laptop in (alice, bob):
        assert [row for row in laptop.state_dump()["org_unit"] if row[0] == ids["hq_new"]] == unit
    # The honest laptops converge: both got the same hostile bundle; now they exchange.
    send(alice, "peer", bob, usb)
    send(bob, "peer", alice, usb)
    assert alice.state_dump() == bob.state_dump()
