"""Property: random work on three laptops, random exchanges of bundles among
them and HQ — duplicated, reordered, stale — and everyone ends identical."""

from __future__ import annotations

import random
import shutil

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inspector_app.sync.trust import self_device
from tests.core.test_oplog import _act

from .helpers import introduce, reference_data, send, visit_on, workspace

ACTION = st.tuples(st.just("act"), st.integers(0, 2),
                   st.sampled_from(["answer", "note", "record", "finding", "edit_finding", "drop_finding",
                                    "rename_unit", "request"]),
                   st.integers(0, 3), st.sampled_from(["dat", "khong_dat", "khong_ap_dung"]))
EXPORT = st.tuples(st.just("export"), st.integers(0, 2), st.sampled_from(["peer", "findings"]),
                   st.integers(0, 3), st.just(""))
IMPORT = st.tuples(st.just("import"), st.integers(0, 3), st.just(""), st.integers(0, 10_000), st.just(""))
SCHEDULE = st.lists(st.one_of(ACTION, ACTION, EXPORT, IMPORT, IMPORT), min_size=4, max_size=24)


def _conflict_keys(ws):
    return sorted(c.key for c in ws.sync.conflicts())


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(schedule=SCHEDULE, seed=st.integers(0, 2**32 - 1))
def test_any_exchange_schedule_converges_with_nothing_lost_or_duplicated(tmp_path_factory, schedule, seed):
    rng = random.Random(seed)
    tmp = tmp_path_factory.mktemp("net")
    usb = tmp / "usb"
    usb.mkdir()
    hq = workspace(tmp, "Tru so", "hq")
    laptops = [workspace(tmp, f"May {n}") for n in range(3)]
    everyone = [*laptops, hq]
    try:
        introduce(*everyone)
        ids = reference_data(hq)
        for laptop in laptops:
            send(hq, "distribution", laptop, usb)
        ids["visit"] = visit_on(laptops[0], ids)
        for laptop in laptops[1:]:
            send(laptops[0], "peer", laptop, usb)
        recipients = [self_device(ws) for ws in everyone]
        pool = []
        made = set()
        for step, a, kind, k, value in schedule:
            if step == "act":
                try:
                    _act(laptops[a], ids, kind, k, value, rng)
                except Exception as exc:  # refused edits (e.g. a deleted row) are fine
                    assert getattr(exc, "code", None), exc
            elif step == "export":
                pool.append(laptops[a].sync.export(kind, usb, recipients=recipients).path)
            elif pool:
                source = pool[k % len(pool)]
                copy = usb / f"copy-{rng.randrange(10**9)}-{source.name}"
                shutil.copyfile(source, copy)                  # the same bundle may come again
                report = everyone[a].sync.import_file(copy)
                assert report.status in ("accepted", "already_had"), report.message("en")
        for laptop in laptops:
            made |= {op.id for op in laptop.operations()}
        final = [laptop.sync.export("peer", usb, recipients=recipients).path for laptop in laptops]
        rng.shuffle(final)
        for ws in everyone:
            for path in final:
                copy = usb / f"final-{rng.randrange(10**9)}-{path.name}"
                shutil.copyfile(path, copy)
                assert ws.sync.import_file(copy).status in ("accepted", "already_had")
        reference = hq.state_dump()
        conflicts = _conflict_keys(hq)
        for ws in laptops:
            assert ws.state_dump() == reference
            assert _conflict_keys(ws) == conflicts
        for ws in everyone:
            ids_held = [op.id for op in ws.operations()]
            assert len(ids_held) == len(set(ids_held))              # none duplicated
            assert made <= set(ids_held)                            # none lost
        assert {op.id for op in hq.operations()} == {op.id for op in laptops[0].operations()}
    finally:
        for ws in everyone:
            ws.close()
