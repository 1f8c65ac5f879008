"""The register's narrow reading for the window (hq/register.listing, pick, details) on
the hand-counted workspace of register_province.py: the same requests, order, statuses
and matches as `entries` and `select`, which the other tests check against the hand
counts; the search reads the requests' texts folded when written (migration 11)."""

from __future__ import annotations

import pytest

from inspector_app.hq import periods, register, scope
from tests.core.hq.register_province import TODAY, build


@pytest.fixture
def hq(tmp_path):
    ws, ids = build(tmp_path / "hq")
    yield ws, ids
    ws.close()


FIELDS = ("id", "deadline", "status", "late", "unit_id", "visit_day", "report_number", "report_date", "visit_id")


def test_the_listing_gives_the_hand_counted_statuses_in_the_registers_order(hq):
    ws, ids = hq
    entries = register.listing(ws, today=TODAY)
    names = {value: key for key, value in ids.items()}
    assert [names[e.id] for e in entries][:2] == ["r1", "r6"] and [names[e.id] for e in entries][4:] == ["r2", "r3"]
    assert {names[e.id]: (e.status, e.late) for e in entries} == {
        "r1": ("overdue", True), "r2": ("due_soon", False), "r3": ("open", False), "r4": ("not_fixed", True),
        "r5": ("verified", False), "r6": ("overdue", True)}
    r2 = next(e for e in entries if e.id == ids["r2"])
    assert (r2.unit_id, r2.visited_unit_id, r2.visit_day) == (ids["centre"], ids["ward_a"], "2026-03-02")
    assert register.unit_names(ws)[r2.unit_id] == "Trung tâm Phục vụ hành chính công phường Ba Đình"


@pytest.mark.parametrize("window", ["all", "2026-Q1", "2026-04-01..2026-04-30", "ward A", "plan"])
def test_the_listing_agrees_with_the_entries_for_every_window(hq, window):
    ws, ids = hq
    kw: dict = {}
    if window == "ward A":
        kw["scope"] = scope.parse(ws.db.conn, "unit:00004")
    elif window == "plan":
        kw["scope"] = scope.Scope("plan", ids["plan"])
    elif window != "all":
        kw["period"] = periods.parse(window)
    for day in (TODAY, "2026-04-25", "2026-06-12", "2027-01-01"):     # every deadline on either side
        entries, rows = register.listing(ws, today=day, **kw), register.entries(ws, today=day, **kw)
        assert rows and [tuple(getattr(e, f) for f in FIELDS) for e in entries] == \
            [tuple(r[f] for f in FIELDS) for r in rows]


def test_a_change_is_listed_at_once(hq):
    ws, ids = hq
    assert next(e for e in register.listing(ws, today=TODAY) if e.id == ids["r1"]).status == "overdue"
    ws.requests.report(ids["r1"], "12/BC-UBND", "2026-04-10", on=TODAY)
    r1 = next(e for e in register.listing(ws, today=TODAY) if e.id == ids["r1"])
    assert (r1.status, r1.late, r1.report_number, r1.report_date) == ("reported", False, "12/BC-UBND", "2026-04-10")
    ws.visits.conclude(ids["v4"], "2026-06-15T11:00:00", reason="Tái kiểm tra")
    assert next(e for e in register.listing(ws, today=TODAY) if e.id == ids["r6"]).status == "partly"


@pytest.mark.parametrize("filters", [
    {}, {"status": "overdue"}, {"status": "outstanding"}, {"status": ["not_fixed", "verified"]}, {"late": True},
    {"unit_ids": "centre"}, {"unit_ids": "ward_b"}, {"search": "DUONG DAY nong"}, {"search": "phuong ngoc ha xin loi"},
    {"search": "khong co gi"}, {"search": "deo THE"}, {"search": "15/kh"}, {"search": "doan kiem tra so 1 chu tich"},
    {"search": "nhan dan"}, {"descending": True}, {"late": True, "search": "so hoa", "descending": True}])
def test_pick_picks_what_select_picks(hq, filters):
    ws, ids = hq
    if "unit_ids" in filters:
        filters = {**filters, "unit_ids": [ids[filters["unit_ids"]]]}
    picked = [e.id for e in register.pick(ws, register.listing(ws, today=TODAY), **filters)]
    assert picked == [r["id"] for r in register.select(register.entries(ws, today=TODAY), **filters)]


def test_the_search_reads_the_texts_folded_when_written(hq):
    ws, ids = hq
    conn = ws.db.conn
    body = conn.execute("SELECT body FROM request_search WHERE request_id = ?", (ids["r3"],)).fetchone()[0]
    assert body.split("\n")[0].isascii() and "niem yet" not in body
    ws.findings.edit_request(ids["r3"], text="Bố trí máy tra cứu thủ tục hành chính.")
    assert conn.execute("SELECT body FROM request_search WHERE request_id = ?", (ids["r3"],)).fetchone()[0] \
        .startswith("bo tri may tra cuu thu tuc hanh chinh.\n")
    entries = register.listing(ws, today=TODAY)
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    try:
        found = register.pick(ws, entries, search="MAY tra cuu")
    finally:
        conn.set_trace_callback(None)
    assert [e.id for e in found] == [ids["r3"]]
    assert [s for s in statements if "request_search" in s] and not [s for s in statements if "r.text" in s]
    ws.findings.delete_request(ids["r3"])
    assert register.pick(ws, register.listing(ws, today=TODAY), search="may tra cuu") == []


def test_a_word_is_found_in_a_unit_plan_or_team_name_renamed(hq):
    ws, ids = hq
    entries = register.listing(ws, today=TODAY)
    assert register.pick(ws, entries, search="phuong ngoc ha") != []
    assert register.pick(ws, entries, search="xom moi") == []
    unit = ws.visits.get(ws.findings.request(ids["r3"])["visit_id"])["unit_id"]
    ws.units.update(unit, name="Ủy ban nhân dân xã Xóm Mới")
    renamed = register.pick(ws, register.listing(ws, today=TODAY), search="xom moi")
    assert ids["r3"] in [e.id for e in renamed]
    assert [e.id for e in renamed] == [r["id"] for r in register.select(register.entries(ws, today=TODAY),
                                                                         search="xom moi")]


def test_details_are_the_entries_row_of_one_request(hq):
    ws, ids = hq
    rows = {r["id"]: r for r in register.entries(ws, today=TODAY)}
    for name in ("r1", "r2", "r4", "r5", "r6"):
        assert register.details(ws, ids[name], TODAY) == {k: v for k, v in rows[ids[name]].items() if k != "_folded"}
    assert register.details(ws, ids["r4"], TODAY)["check"][1:] == (ids["v3"], "not_fixed", "Chưa niêm yết.")
    assert register.details(ws, "no-such-request", TODAY) is None
    assert register.texts(ws, [ids["r2"]]) == {ids["r2"]: "Bố trí công chức đeo thẻ khi thực thi công vụ."}
    assert len(register.texts(ws)) == 6


@pytest.mark.parametrize("filters", [
    {}, {"status": "overdue"}, {"status": "outstanding"}, {"status": ["not_fixed", "verified"]}, {"late": True},
    {"unit_ids": "centre"}, {"unit_ids": "ward_b"}, {"search": "DUONG DAY nong"}, {"search": "khong co gi"},
    {"descending": True}, {"late": True, "search": "so hoa", "descending": True},
    {"status": "outstanding", "unit_ids": "ward_a", "search": "thu tuc"}])
def test_the_tables_rows_are_the_entries_pick_picks(hq, filters):
    ws, ids = hq
    if "unit_ids" in filters:
        filters = {**filters, "unit_ids": [ids[filters["unit_ids"]]]}
    found = register.table(ws, today=TODAY)
    assert [(found.ids[n], found.statuses[n], found.late[n], found.unit_ids[n])
            for n in register.rows_of(ws, found, **filters)] == \
        [(e.id, e.status, e.late, e.unit_id) for e in register.pick(ws, register.listing(ws, today=TODAY), **filters)]


def test_the_table_of_requests_without_a_responsible_unit_and_of_a_deleted_visit(hq):
    """The unit that must act is the unit visited when the request names none; the requests
    of a deleted visit are not listed (the table's columns are read apart and joined)."""
    ws, ids = hq
    ws.writer.write([("request", ids["r3"], {"responsible_unit_id": None})])
    for window in ({}, {"period": periods.parse("2026")}):
        found = register.table(ws, today=TODAY, **window)
        r3 = found.entry(found.ids.index(ids["r3"]))
        assert (r3.unit_id, r3.visited_unit_id, r3.status) == (ids["ward_b"], ids["ward_b"], "open")
        assert [tuple(getattr(e, f) for f in FIELDS) for e in register.listing(ws, today=TODAY, **window)] == \
            [tuple(r[f] for f in FIELDS) for r in register.entries(ws, today=TODAY, **window)]
    ws.writer.write([("visit", ids["v2"], {"deleted": True})])
    for window in ({}, {"period": periods.parse("2026")}):
        found = register.table(ws, today=TODAY, **window)
        assert set(found.ids) == {ids["r1"], ids["r2"], ids["r6"]}
        assert list(found.ids) == [r["id"] for r in register.entries(ws, today=TODAY, **window)]
    assert len(register.table(ws, today=TODAY, period=periods.parse("2020"))) == 0
    assert register.listing(ws, today=TODAY, period=periods.parse("2020")) == []
