"""Batches the import's parse helper prepares (storage/bulk_ready.py) are
written exactly as their operations would be, one by one: state, log,
conflicts, search index and the register's folded texts; and an import
whose helper prepares them takes, refuses and sets aside exactly what an
import in process does, with the same report."""

from __future__ import annotations

import marshal
import shutil
import uuid

import pytest

from inspector_app import hlc
from inspector_app.oplog import Operation, encode
from inspector_app.storage import bulk_ready, state
from inspector_app.storage.bulk_ready import Ready
from inspector_app.sync import parse_worker, seals
from inspector_app.sync.trust import self_device
from inspector_app.workspace import Workspace
from inspector_app.writer import Writer

from .helpers import tamper_after_signing, workspace
from .hostile import crafted, op_line
from .test_bulk_merge import _everything, _ops


def _runs(ops: list[Operation], size: int):
    """`ops` in order, cut where the device changes and every `size`."""
    run: list[Operation] = []
    for op in ops:
        if run and (op.device_id != run[0].device_id or len(run) == size):
            yield run
            run = []
        run.append(op)
    if run:
        yield run


def _ready(ops: list[Operation]) -> Ready:
    """`ops` as the helper sends them and the importing process reads them."""
    texts = [(encode(op.data), encode(op.prev)) for op in ops]
    digests = b"".join(seals.op_digest(op) for op in ops)
    message = bulk_ready.prepare(ops, texts, digests, seals.LOOKED_AT)
    assert message is not None
    return Ready.of(marshal.loads(marshal.dumps(message)))


@pytest.mark.parametrize("size", [1, 4, 1000])
def test_prepared_batches_give_what_one_by_one_gives(tmp_path, size):
    """Rows held before, rows whose operations span two batches (held by
    then), an op id twice, two devices on one row, signed minutes, a unit
    and a plan named by visits, a deleted row: in batches of any size."""
    ops = _ops()
    findings = [op for op in ops if op.entity == "finding"]
    held = Operation(str(uuid.uuid4()), ops[0].hlc - 1, ops[0].device_id, None, "finding", findings[3].row_id,
                     {"text": "Đã có từ trước"}, {})
    request = next(op for op in ops if op.entity == "request")
    linked = Operation(str(uuid.uuid4()), ops[0].hlc + 1, ops[0].device_id, None, "request", str(uuid.uuid4()),
                       {"text": "Kiến nghị có lịch kiểm tra lại", "reinspection_visit_id": ops[0].row_id},
                       {"text": None})
    every = [*ops, linked, Operation(findings[0].id, findings[0].hlc, findings[0].device_id, None, "finding",
                                     findings[0].row_id, findings[0].data, {})]
    ready_ws, one_ws = workspace(tmp_path, "Máy 1"), workspace(tmp_path, "Máy 2")
    try:
        for ws in (ready_ws, one_ws):
            with ws.writer.batch():
                state.apply_all(ws.db.conn, [held])
        touched: dict[str, set[str]] = {}
        alone = 0
        with ready_ws.writer.batch():
            for run in _runs(every, size):
                ready = _ready(run)
                alone += len(bulk_ready.plan(ready_ws.db.conn, ready).alone)
                for entity, ids in state.apply_ready(ready_ws.db.conn, ready).items():
                    touched.setdefault(entity, set()).update(ids)
        with one_ws.writer.batch():
            for device in {op.device_id for op in every}:
                state.register_device(one_ws.db.conn, device)
            single = [op for op in every if state.apply(one_ws.db.conn, op, remote=True)]
        assert alone                                               # some went one by one
        assert touched == {entity: {op.row_id for op in single if op.entity == entity}
                           for entity in {op.entity for op in single}}
        assert _everything(ready_ws) == _everything(one_ws)
        assert _everything(ready_ws)[2] and _everything(ready_ws)[5]      # conflicts; the register's texts
        assert request.row_id in {row[0] for row in _everything(ready_ws)[5]}
    finally:
        ready_ws.close()
        one_ws.close()


def test_a_batch_of_two_devices_is_not_prepared():
    a, b = str(uuid.uuid4()), str(uuid.uuid4())
    ops = [Operation(str(uuid.uuid4()), hlc.pack(hlc.wall_millis()), device, None, "finding", str(uuid.uuid4()),
                     {"text": "Ghi nhận"}, {}) for device in (a, b)]
    assert bulk_ready.prepare(ops, [("{}", "{}")] * 2, b"\0" * 64, seals.LOOKED_AT) is None


@pytest.fixture
def helper(monkeypatch):
    """Every bundle of a folder import parsed by the helper; the batches it
    prepared that were written whole are counted."""
    monkeypatch.setattr(parse_worker, "SMALL", 0)
    written = []
    apply_ready = Writer.apply_ready

    def spy(self, ready):
        written.append(len(ready))
        return apply_ready(self, ready)

    monkeypatch.setattr(Writer, "apply_ready", spy)
    return written


def _copy(ws: Workspace, path) -> Workspace:
    """A second workspace holding what `ws` holds (the same keys and devices)."""
    ws.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copytree(ws.path, path, ignore=shutil.ignore_patterns("workspace.lock"))
    return Workspace.open(path)


def _report(report) -> tuple:
    return (report.status, report.reason, report.new_ops, report.details, report.what_changed(),
            [(w.code, w.message("vi")) for w in report.warnings])


def test_a_laptop_s_work_imports_through_prepared_batches_as_in_process(pair, usb, tmp_path, helper):
    """Visits, findings edited in a later batch, requests, deletions: the
    folder import with the helper leaves what an import in process leaves."""
    hq, laptop = pair
    visits, findings = [], []
    with laptop.writer.batch():
        for n in range(3):
            visits.append(str(uuid.uuid4()))
            laptop.writer.write([("visit", visits[-1], {"kind": "surprise", "status": "in_progress",
                                                        "scheduled_on": "2026-11-20",
                                                        "title": f"Kiểm tra đột xuất số {n}"})])
        for n in range(1200):
            findings.append(str(uuid.uuid4()))
            laptop.writer.write([("finding", findings[-1], {"visit_id": visits[n % 3], "kind": "shortcoming",
                                                            "text": f"Ghi nhận {n}: hồ sơ trễ hạn"})])
            if n % 9 == 0:
                laptop.writer.write([("request", str(uuid.uuid4()), {"visit_id": visits[n % 3],
                                                                     "text": f"Khắc phục việc niêm yết {n}",
                                                                     "status": "open"})])
        for n in range(0, 1200, 7):                             # edited and deleted after 1,000 others
            laptop.writer.write([("finding", findings[n], {"text": f"Đã sửa {n}", "deleted": n % 2 == 0})])
    bundle = laptop.sync.export("findings", usb, recipients=[self_device(hq)]).path
    copy = shutil.copyfile(bundle, tmp_path / bundle.name)
    in_process = _copy(hq, tmp_path / "hq-2")
    try:
        [by_helper] = hq.sync.import_paths([usb])
        assert sum(helper) > 1000                              # most of it written as prepared batches
        alone = in_process.sync.import_file(copy)
        assert by_helper.status == "accepted", by_helper.message("en")
        assert _report(by_helper) == _report(alone)
        assert _everything(hq) == _everything(in_process)
        assert hq.db.conn.execute("SELECT count(*) FROM finding WHERE deleted = 0").fetchone()[0] == 1200 - 86
    finally:
        in_process.close()


def test_a_laptop_s_edit_of_hq_data_inside_a_prepared_batch_is_set_aside_as_in_process(team, usb, tmp_path,
                                                                                       monkeypatch, helper):
    """Lines as an export writes them (proven as sent, in one comparison per
    batch); one of them changes a unit HQ issued: counted as set aside and
    ignored by the state, as in process."""
    hq, (mallory, _other), ids = team
    lines = [op_line(mallory.device_id) for _ in range(300)]
    lines.insert(200, op_line(mallory.device_id, entity="org_unit", row_id=ids["unit"],
                              data={"name": "Đơn vị bị đổi tên"}))
    canonical = [encode(line).encode("utf-8") for line in lines]
    bundle = crafted(monkeypatch, mallory, hq, usb, canonical)
    copy = shutil.copyfile(bundle, tmp_path / bundle.name)
    in_process = _copy(hq, tmp_path / "hq-2")
    try:
        name = hq.units.get(ids["unit"])["name"]
        [by_helper] = hq.sync.import_paths([bundle])
        assert sum(helper) == 301                              # kept, counted: the state ignores it
        alone = in_process.sync.import_file(copy)
        assert by_helper.status == "accepted" and by_helper.details["set_aside"] == 1
        assert _report(by_helper) == _report(alone)
        assert _everything(hq) == _everything(in_process)
        assert hq.units.get(ids["unit"])["name"] == name
    finally:
        in_process.close()


def test_check_changes_after_signing_inside_a_prepared_batch_are_set_aside_as_in_process(team, usb, tmp_path,
                                                                                        earlier, planned, helper):
    """Operations the rules set aside (not applied) send their batch through
    the checks one by one: the same report and state as in process."""
    hq, (_first, second), _ids = team
    visit = planned[0]
    r1 = earlier["requests"][0]
    tamper_after_signing(hq, second, usb, visit, earlier["requests"])
    bundle = second.sync.export("findings", usb, recipients=[self_device(hq)]).path
    copy = shutil.copyfile(bundle, tmp_path / bundle.name)
    in_process = _copy(hq, tmp_path / "hq-2")
    try:
        [by_helper] = hq.sync.import_paths([bundle])
        alone = in_process.sync.import_file(copy)
        assert by_helper.status == "accepted" and by_helper.details["set_aside"] == 2
        assert not helper                                      # its batch went through the checks one by one
        assert _report(by_helper) == _report(alone)
        assert _everything(hq) == _everything(in_process)
        assert [(c["request_id"], c["result"]) for c in hq.reinspection.of_visit(visit)] == [(r1, "not_fixed")]
    finally:
        in_process.close()
