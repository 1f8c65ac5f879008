"""The bulk path of `state.apply_all` (storage/bulk_merge.py) gives exactly
what applying the same operations one by one gives: state, log, conflicts,
the search index (storage/search_index.add_prepared), searched and read,
and the register's folded texts."""

from __future__ import annotations

import uuid

from inspector_app import hlc
from inspector_app.oplog import Operation
from inspector_app.storage import bulk_merge, search_index, state

from .helpers import workspace


def _ops() -> list[Operation]:
    """New rows of one author (in and out of clock order, with and without
    `prev`; a request among them), one by a device whose id ends in a newline, a row two devices
    wrote, a row already held, an op id used twice, signed minutes; a unit,
    a plan and a checklist item, visits naming them, a deleted visit."""
    a, b = str(uuid.uuid4()), str(uuid.uuid4())
    top = hlc.pack(hlc.wall_millis() - 600_000)
    ops, n = [], 0

    def op(device, entity, row, data, clock=None, op_id=None, prev=None):
        nonlocal n
        n += 1
        ops.append(Operation(op_id or str(uuid.uuid4()), clock or top + 16 * n, device, None, entity, row,
                             data, prev or {}))
        return ops[-1]

    visit = str(uuid.uuid4())
    op(a, "visit", visit, {"title": "Kiểm tra đột xuất", "place": "Bộ phận Một cửa", "status": "planned"},
       prev={"title": None, "place": None, "status": None})      # as a laptop writes a new row
    unit, plan = str(uuid.uuid4()), str(uuid.uuid4())
    named = str(uuid.uuid4())                     # its unit and plan come later in the slice
    op(a, "visit", named, {"title": "Kiểm tra định kỳ", "unit_id": unit, "plan_id": plan})
    op(a, "org_unit", unit, {"name": "Ủy ban nhân dân phường Ba Đình", "short_name": "UBND Ba Đình",
                             "code": "BD-01"})
    op(a, "plan", plan, {"number": "KH-2026/12", "title": "Kế hoạch kiểm tra"})
    op(a, "visit", named, {"place": "Trụ sở phường"})
    op(a, "checklist_item", str(uuid.uuid4()), {"code": "1.2", "text": "Niêm yết công khai thủ tục"},
       prev={"code": "1.1", "text": None})
    odd = str(uuid.uuid4()) + "\n"                     # a device id the UUID pattern lets through
    op(odd, "finding", str(uuid.uuid4()), {"visit_id": visit, "text": "Máy có mã lạ", "kind": "note"})
    op(a, "visit", str(uuid.uuid4()), {"title": "Kiểm tra đã xóa", "unit_id": unit, "deleted": True})
    for k in range(5):
        finding = str(uuid.uuid4())
        op(a, "finding", finding, {"visit_id": visit, "text": f"Ghi nhận {k}", "kind": "note"})
        op(a, "finding", finding, {"text": f"Đã sửa {k}"}, clock=top - 16 * k)     # older: loses
        op(a, "finding", finding, {"text": f"Sửa lần hai {k}", "deleted": k == 3})
    shared = str(uuid.uuid4())                                    # two devices: conflicts
    op(a, "finding", shared, {"visit_id": visit, "text": "Bản của máy A"})
    op(b, "finding", shared, {"text": "Bản của máy B"}, clock=top + 8)
    op(a, "request", str(uuid.uuid4()), {"visit_id": visit, "text": "Niêm yết đủ thủ tục",      # new: in bulk
                                         "responsible": "Chủ tịch UBND phường"})
    first = op(a, "request", str(uuid.uuid4()), {"visit_id": visit, "text": "Khắc phục"})
    op(a, "request", str(uuid.uuid4()), {"visit_id": visit, "text": "Cùng mã thao tác"}, op_id=first.id)
    same = str(uuid.uuid4())                                      # one device, one clock twice
    op(a, "finding", same, {"text": "Một"}, clock=top + 4)
    op(a, "finding", same, {"text": "Hai"}, clock=top + 4)
    minutes = str(uuid.uuid4())
    op(a, "minutes", minutes, {"visit_id": visit, "status": "signed"})
    op(b, "minutes", minutes, {"status": "draft"})
    return ops


def _everything(ws) -> tuple:
    conn = ws.db.conn
    return (state.dump_state(conn),
            conn.execute("SELECT id, hlc, device_id, entity, row_id, data, prev FROM ops ORDER BY id").fetchall(),
            conn.execute("SELECT * FROM sync_conflict ORDER BY op_id, field").fetchall(),
            conn.execute("SELECT d.entity, d.row_id, f.body FROM search_doc d JOIN search_fts f"
                         " ON f.rowid = d.rowid ORDER BY d.row_id").fetchall(),
            {query: sorted(search_index.search(conn, query)) for query in QUERIES},
            conn.execute("SELECT * FROM request_search ORDER BY request_id").fetchall())


# Words of every kind of indexed text: titles, places, units (in a visit
# too), plans' numbers, findings old and new, checklist items, a deleted row.
QUERIES = ("kiem tra", "ba dinh", "ubnd", "bd-01", "kh-2026", "tru so", "ghi nhan", "sua lan hai", "da sua",
           "ban cua may", "niem yet", "1.2", "da xoa", "da co tu truoc", "doan cu")


def test_bulk_path_gives_what_one_by_one_gives(tmp_path):
    ops = _ops()
    findings = [op for op in ops if op.entity == "finding"]
    finding, other = findings[0], findings[3]                  # two findings' first operations
    unit = next(op for op in ops if op.entity == "org_unit")
    named = next(op for op in ops if op.data.get("plan_id"))
    held = Operation(str(uuid.uuid4()), ops[0].hlc - 1, ops[0].device_id, None, "finding", other.row_id,
                     {"text": "Đã có từ trước"}, {})
    held_visit = Operation(str(uuid.uuid4()), ops[0].hlc - 2, ops[0].device_id, None, "visit", str(uuid.uuid4()),
                           {"title": "Đoàn cũ", "unit_id": unit.row_id}, {})      # its unit arrives in the bulk
    reused = Operation(finding.id, finding.hlc, finding.device_id, None, "finding", finding.row_id,
                       finding.data, {})                        # the same op again: skipped
    bulk, one_by_one = workspace(tmp_path, "Máy 1"), workspace(tmp_path, "Máy 2")
    try:
        for ws in (bulk, one_by_one):
            with ws.writer.batch():
                state.apply_all(ws.db.conn, [held, held_visit])
        with bulk.writer.batch():
            fresh, rest = bulk_merge.split(bulk.db.conn, [*ops, reused])
            applied = state.apply_all(bulk.db.conn, [*ops, reused])
        with one_by_one.writer.batch():
            for device in {op.device_id for op in ops}:
                state.register_device(one_by_one.db.conn, device)
            single = [op for op in [*ops, reused] if state.apply(one_by_one.db.conn, op, remote=True)]
        assert fresh and rest                                  # both paths ran
        bulk_rows = {key[1] for key in fresh}
        assert {ops[0].row_id, unit.row_id} <= bulk_rows
        assert finding.row_id not in bulk_rows                 # an op id twice: one by one
        assert other.row_id not in bulk_rows                   # held before: one by one
        assert sorted(op.id for op in applied) == sorted(op.id for op in single)
        assert _everything(bulk) == _everything(one_by_one)
        assert _everything(bulk)[2]                            # conflicts were recorded
        found = _everything(bulk)[4]
        assert {row for _, row in found["ba dinh"]} >= {unit.row_id, named.row_id, held_visit.row_id}
        assert found["kh-2026"] == [("visit", named.row_id)] and found["sua lan hai"]
        assert ("checklist_item", next(op.row_id for op in ops if op.entity == "checklist_item")) in found["1.2"]
        assert not found["da xoa"]                             # a deleted row is not indexed
    finally:
        bulk.close()
        one_by_one.close()
