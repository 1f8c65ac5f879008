"""Migration 11 (storage/schema_v11_hq_reads.py): a headquarters workspace made before it
opens at 11 with the same Overview and register, and the queries use what it made."""

from __future__ import annotations

import sqlite3

import pytest

from inspector_app.hq import overview, periods, register, scope
from inspector_app.storage import hq_overview, hq_register, migrations
from inspector_app.storage.hq_queries import _SCOPED, _params
from inspector_app.workspace import DB_FILE, Workspace
from tests.core.hq import overview_fixture as fixture

V11 = ("hq_observation_cover", "visit_day", "observation_record_value", "request_register")
SEARCHES = ("niem yet", "ba dinh", "CHAN chinh the", "15/kh", "doan kiem tra so 1", "ngoc ha cap nhat", "khong co")


def _figures(ws) -> dict:
    out = {}
    for spec, where in (("2026", scope.PROVINCE), ("2026-Q1", scope.PROVINCE),
                        ("2026", scope.parse(ws.db.conn, "unit:uy ban nhan dan phuong ba dinh"))):
        view = overview.Overview(ws, periods.parse(spec), where, today=fixture.TODAY)
        out[(spec, where.key)] = view.as_dict(limit=None)
        top = view.items()
        out[(spec, where.key, "drill")] = [view.drill(row["cells"]["failed"]) for row in top]
    entries = register.listing(ws, today=fixture.TODAY)
    out["listing"] = entries
    out["searches"] = {words: [e.id for e in register.pick(ws, entries, search=words)] for words in SEARCHES}
    return out


def _to_version_10(path, cover: bool) -> None:
    """What a workspace of schema 10 held: none of migration 11's tables and indexes (the
    covering index only if the Overview was opened then, `cover`)."""
    conn = sqlite3.connect(path / DB_FILE)
    conn.execute("DROP TABLE request_search")
    for name in V11 if not cover else V11[1:]:
        conn.execute(f"DROP INDEX {name}")
    conn.execute("CREATE INDEX observation_visit ON observation(visit_id)")
    conn.execute("PRAGMA user_version=10")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("cover", [False, True])
def test_a_workspace_of_schema_10_opens_at_11_with_the_same_figures(tmp_path, cover):
    ws, _ids = fixture.build(tmp_path / "ws")
    before = _figures(ws)
    ws.close()
    assert migrations.LATEST == 11
    _to_version_10(tmp_path / "ws", cover)
    with Workspace.open(tmp_path / "ws") as ws:
        assert ws.schema_version() == 11
        names = {r[0] for r in ws.db.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert set(V11) <= names and "observation_visit" not in names     # the covering index begins with it
        assert ws.db.conn.execute("SELECT count(*) FROM request_search").fetchone()[0] == 3
        after = _figures(ws)
    assert after == before
    assert before["searches"]["niem yet"] and before["searches"]["ba dinh"] and not before["searches"]["khong co"]
    assert before[("2026", None)]["items"] and before[("2026", None)]["staff"]["breaches"]


def test_the_overview_and_register_queries_use_migration_11s_indexes(tmp_path):
    ws, _ids = fixture.build(tmp_path / "ws")
    try:
        conn = ws.db.conn
        view = overview.Overview(ws, periods.parse("2026"), today=fixture.TODAY)
        params = hq_overview._all_params(*view.window, view.rules.params())

        def plan(sql: str, values) -> str:
            return "\n".join(row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql, values))
        assert "USING INDEX visit_day" in plan(_SCOPED + "SELECT count(*) FROM scoped", _params(*view.window))
        assert "INDEX observation_record_value (item_id=? AND value=?)" in plan(hq_overview.DERIVED_PAIRS, params)
        listed = plan(hq_register.LISTED, ())
        assert "COVERING INDEX request_register" in listed and "TEMP B-TREE" not in listed
    finally:
        ws.close()
