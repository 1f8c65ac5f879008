"""The op log: one write path, an immutable audit trail, convergent merge."""

from __future__ import annotations

import random
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inspector_app.errors import ValidationError
from inspector_app.oplog import Operation
from inspector_app.workspace import Workspace
from tests.helpers.factories import setup_visit


def test_every_mutation_appends_an_operation_with_who_what_when(ws, visit):
    person, _ = ws.people.create("Phạm Thị Lan Anh", "Chuyên viên", "Sở Nội vụ")
    ws.people.set_current(person)
    before = len(ws.operations())
    item = visit["items"]["A1"]
    changes = ws.answers.answer(visit["visit"], item, "dat")
    ws.answers.answer(visit["visit"], item, "khong_dat", note="Chưa niêm yết")
    ops = ws.operations()[before:]
    assert len(ops) == 2
    first, second = ops
    assert changes.touches("observation") and changes.ids("observation") == {first.row_id}
    assert first.entity == "observation" and first.device_id == ws.device_id and first.person_id == person
    assert first.id[14] == "7" and second.hlc > first.hlc
    assert second.data == {"value": "khong_dat", "note": "Chưa niêm yết"}
    assert second.prev == {"value": "dat", "note": None}
    assert [op.id for op in ws.history("observation", first.row_id)] == [first.id, second.id]


def test_an_unchanged_value_writes_nothing(ws, visit):
    ws.answers.answer(visit["visit"], visit["items"]["A1"], "dat")
    before = len(ws.operations())
    assert not ws.answers.answer(visit["visit"], visit["items"]["A1"], "dat")
    assert len(ws.operations()) == before


def test_the_op_log_is_immutable(ws, visit):
    with pytest.raises(sqlite3.IntegrityError, match="immutable"):
        ws.db.conn.execute("UPDATE ops SET data = '{}'")
    with pytest.raises(sqlite3.IntegrityError, match="immutable"):
        ws.db.conn.execute("DELETE FROM ops")


def test_text_is_stored_nfc(ws):
    decomposed = "Ủy ban nhân dân phường Ba Đình".encode().decode()
    import unicodedata
    nfd = unicodedata.normalize("NFD", decomposed)
    unit_id, _ = ws.units.create(nfd, "commune")
    assert ws.units.get(unit_id)["name"] == unicodedata.normalize("NFC", decomposed)


def test_a_failed_mutation_stores_nothing(ws, visit):
    before = (len(ws.operations()), ws.state_dump())
    bad = Operation("019a0000-0000-7000-8000-000000000001", 1, ws.device_id, None, "visit",
                    "019a0000-0000-7000-8000-000000000002", {"no_such_field": 1})
    with pytest.raises(Exception):  # noqa: B017 - any refusal will do; nothing may be stored
        ws.apply_operations([bad])
    assert (len(ws.operations()), ws.state_dump()) == before


# --- validation --------------------------------------------------------------

_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-(1 << 70), 1 << 70), st.floats(allow_nan=True),
                     st.text(alphabet=st.characters(codec=None), max_size=12),
                     st.sampled_from(["2026-12-02", "2026-02-30", "20261202", "\ud800", "Ủy ban", "x" * 1_000_001,
                                      "\u00e9" * 1_000_000, 1 << 63, -(1 << 63), (1 << 63) - 1, float("inf")]))
_VALUES = st.recursive(_SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.one_of(st.text(max_size=4), st.just("\udfff")), inner,
                                                 max_size=4)), max_leaves=12)


@settings(max_examples=400, deadline=None)
@given(value=_VALUES)
def test_each_fields_check_says_what_the_schema_rules_say(value):
    """oplog's fast per-kind checks (`_CHECKS`) accept exactly what `_fits`
    (size, encoding) and `entities.check_value` (type) accept together."""
    from inspector_app import oplog
    from inspector_app.entities import check_value

    for kind, check in oplog._CHECKS.items():
        assert check(value) == (oplog._fits(kind, value) and check_value(kind, value)), (kind, value)
        assert check(None)                  # validate skips None: every field may be empty


def test_a_nested_value_too_deep_or_too_large_is_refused_by_the_fast_check():
    from inspector_app import oplog
    from inspector_app.entities import JSON

    deep: list = []
    for _ in range(oplog.MAX_DEPTH):
        deep = [deep]
    loop: list = []
    loop.append(loop)
    for value in (deep, loop, list(range(oplog.MAX_ITEMS + 1)), {"a": float("nan")}, {1: "x"}, ("tuple",)):
        assert not oplog._CHECKS[JSON](value)
    assert oplog._CHECKS[JSON](deep[0]) and oplog._CHECKS[JSON](list(range(oplog.MAX_ITEMS)))


# --- convergence -------------------------------------------------------------

ACTIONS = st.lists(
    st.tuples(
        st.integers(0, 2),                                   # which device
        st.sampled_from(["answer", "note", "record", "finding", "edit_finding", "drop_finding",
                         "rename_unit", "request"]),
        st.integers(0, 3),                                   # which item / row
        st.sampled_from(["dat", "khong_dat", "khong_ap_dung"]),
    ),
    min_size=1, max_size=25)


def _act(ws, ids, action, k, value, rng):
    visit, items = ids["visit"], ids["items"]
    item = items[f"A{k + 1}"]
    if action == "answer":
        ws.answers.answer(visit, item, value)
    elif action == "note":
        ws.answers.set_note(visit, item, f"Ghi chú {rng.randint(0, 99)} của {ws.device_name}")
    elif action == "record":
        try:
            ws.answers.add_record(visit, ids["sections"]["DD"], {
                items["DD1"]: rng.choice(["Đỗ Văn Hùng", "Nguyễn Thị Mai"]), items["DD2"]: "co_mat",
                items["DD3"]: rng.random() < 0.5})
        except ValidationError as err:
            # The same person twice on one laptop is refused as it is typed; two laptops
            # may still each record them, and their rows merge (flagged, not lost).
            assert err.code == "duplicate_record"
    elif action == "finding":
        ws.findings.add(visit, f"Tồn tại số {k} ghi bởi {ws.device_name}")
    elif action in ("edit_finding", "drop_finding"):
        found = ws.findings.of_visit(visit)
        if found:
            target = found[k % len(found)]["id"]
            if action == "edit_finding":
                ws.findings.update(target, text=f"Đã sửa {rng.randint(0, 9)}")
            else:
                ws.findings.remove(target)
    elif action == "rename_unit":
        ws.units.update(ids["unit"], name=f"Ủy ban nhân dân phường Ba Đình {rng.randint(0, 9)}")
    elif action == "request":
        ws.findings.add_request(visit, "Khắc phục việc niêm yết", "Chủ tịch UBND phường", "2026-12-20")


def _fresh(tmp_path, name) -> Workspace:
    return Workspace.create(tmp_path / name, "field", device_name=name, builtin_checklists=False)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(actions=ACTIONS, seed=st.integers(0, 2**32 - 1))
def test_three_devices_converge_whatever_the_order(tmp_path_factory, actions, seed):
    """Three laptops edit one visit offline; every order of merging agrees,
    applying twice changes nothing, and the state rebuilds from the log."""
    rng = random.Random(seed)
    tmp = tmp_path_factory.mktemp("devices")
    devices = [_fresh(tmp, f"may-{n}") for n in range(3)]
    try:
        ids = setup_visit(devices[0])
        shared = devices[0].operations()
        for other in devices[1:]:
            other.apply_operations(shared)
        for device, action, k, value in actions:
            _act(devices[device], ids, action, k, value, rng)
        all_ops = [op for d in devices for op in d.operations()]
        unique = {op.id: op for op in all_ops}

        merged = []
        for n in range(2):
            target = _fresh(tmp, f"hop-nhat-{n}")
            shuffled = list(unique.values())
            rng.shuffle(shuffled)
            for start in range(0, len(shuffled), 7):          # several imports, like bundles
                target.apply_operations(shuffled[start:start + 7])
            merged.append(target)
        for device in devices:                                # each laptop pulls the others' ops
            device.apply_operations(rng.sample(all_ops, len(all_ops)))

        reference = merged[0].state_dump()
        for other in merged[1:] + devices:
            assert other.state_dump() == reference
        for ws in merged + devices:
            assert len(ws.operations()) == len(unique)        # none lost, none duplicated

        before = merged[0].state_dump()
        assert not merged[0].apply_operations(all_ops)         # applying twice changes nothing
        assert merged[0].state_dump() == before
    finally:
        for ws in [*devices, *locals().get("merged", [])]:
            ws.close()


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(actions=ACTIONS, seed=st.integers(0, 2**32 - 1))
def test_state_rebuilds_from_the_op_log_alone(tmp_path_factory, actions, seed):
    rng = random.Random(seed)
    tmp = tmp_path_factory.mktemp("rebuild")
    live = _fresh(tmp, "live")
    rebuilt = _fresh(tmp, "rebuilt")
    try:
        ids = setup_visit(live)
        for _device, action, k, value in actions:
            _act(live, ids, action, k, value, rng)
        ops = live.operations()
        rebuilt.apply_operations(rng.sample(ops, len(ops)))
        assert rebuilt.state_dump() == live.state_dump()
    finally:
        live.close()
        rebuilt.close()


_IDS = st.one_of(st.just("019a0000-0000-7000-8000-000000000001"), st.just("019a0000-0000-7000-8000-000000000002"),
                 st.one_of(st.just("019a0000-0000-7000-8000-00000000000A"),
                           st.just("019a0000-0000-7000-8000-000000000002\n"),
                           st.none(), st.integers(0, 3), st.text(max_size=3)))
_FIELD_VALUES = st.one_of(st.none(), st.text(max_size=6), st.sampled_from(["đ", "\ud800", "2026-12-02", True]), _VALUES)
_FIELDS = st.sampled_from(["text", "kind", "visit_id", "deleted", "title", "scheduled_on", "score", "answers",
                           "no_such", "place", "status"])


@st.composite
def _raw_operations(draw):
    """Dicts as `json.loads` makes them from a line of a bundle: an
    operation, then none, one or two of its keys, values or types wrong."""
    one, two = "019a0000-0000-7000-8000-000000000001", "019a0000-0000-7000-8000-000000000002"
    raw = {"id": one, "hlc": 117715706402766848, "device_id": two, "person_id": draw(st.sampled_from([None, one])),
           "row_id": two, "entity": draw(st.sampled_from(["visit", "finding", "request"])),
           "data": {"text": draw(st.text(max_size=6)), "deleted": draw(st.booleans())},
           "prev": draw(st.sampled_from([{}, {"text": None}, {"kind": "note"}]))}
    wide = {"id": _IDS, "device_id": _IDS, "person_id": _IDS, "row_id": _IDS,
            "hlc": st.one_of(st.integers(-1, 1 << 63), st.booleans(), st.floats()),
            "entity": st.sampled_from(["visit", "answer", "nope", 3]),
            "data": st.one_of(st.dictionaries(_FIELDS, _FIELD_VALUES, max_size=4), _VALUES),
            "prev": st.one_of(st.dictionaries(_FIELDS, _FIELD_VALUES, max_size=3), _VALUES)}
    for _ in range(draw(st.integers(0, 2))):
        change = draw(st.sampled_from(["value", "field", "drop", "extra"]))
        key = draw(st.sampled_from(sorted(wide)))
        if change == "value":
            raw[key] = draw(wide[key])
        elif change == "field" and isinstance(raw.get("data"), dict):
            raw["data"][draw(_FIELDS)] = draw(_FIELD_VALUES)
        elif change == "drop":
            raw.pop(key, None)
        else:
            raw["extra"] = 1
    return raw


@settings(max_examples=600, deadline=None)
@given(raw=_raw_operations())
def test_the_import_s_fast_parse_accepts_and_refuses_exactly_what_from_dict_does(raw):
    """`Operation.from_json` (the import's per-line path) gives the same
    operation or the same error as `from_dict`, for the text's escapes or not."""
    import json

    from inspector_app.errors import ValidationError

    def outcome(make):
        try:
            return "ok", make()
        except ValidationError as err:
            return "refused", err.code, err.message("en")
        except RecursionError:
            return "too deep",

    try:
        text = json.dumps(raw, ensure_ascii=False)
        text.encode("utf-8")
    except (ValueError, UnicodeEncodeError):
        text = json.dumps(raw)                  # a lone surrogate travels as an escape
    plain = "\\u" not in text
    assert outcome(lambda: Operation.from_json(json.loads(text), plain)) == \
        outcome(lambda: Operation.from_dict(json.loads(text)))
