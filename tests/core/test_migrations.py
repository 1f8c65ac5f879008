"""A database made by schema version 1 is migrated when opened."""

from __future__ import annotations

import pytest

from inspector_app.errors import WorkspaceError
from inspector_app.identity import generate
from inspector_app.storage import db as storage_db
from inspector_app.storage import migrations
from inspector_app.workspace import DB_FILE, FOLDERS, Workspace


def _make_v1_workspace(path):
    """What the first released schema wrote: tables of v1, no search index."""
    path.mkdir()
    for folder in FOLDERS:
        (path / folder).mkdir()
    generate(path / "keys")
    db = storage_db.connect(path / DB_FILE)
    assert migrations.migrate(db, target=1) == 1
    device = "01900000-0000-7000-8000-000000000001"
    with storage_db.transaction(db) as conn:
        conn.executemany("INSERT INTO local_meta (key, value) VALUES (?, ?)",
                         [("role", "field"), ("device_id", device), ("device_name", "cũ")])
        conn.execute("INSERT INTO device (id, name, first_seen) VALUES (?, 'cũ', '2025-01-01')", (device,))
        conn.execute("INSERT INTO org_unit (id, name, kind, _clocks) VALUES (?, ?, 'commune', '{}')",
                     ("01900000-0000-7000-8000-0000000000aa", "Ủy ban nhân dân phường Ba Đình"))
    db.close()


def test_a_version_1_database_is_migrated_and_its_rows_indexed(tmp_path):
    _make_v1_workspace(tmp_path / "old")
    with Workspace.open(tmp_path / "old") as ws:
        assert ws.schema_version() == migrations.LATEST
        assert ws.units.get("01900000-0000-7000-8000-0000000000aa")["name"].endswith("Ba Đình")
        hits = ws.search("phuong ba dinh")
        assert [h["id"] for h in hits] == ["01900000-0000-7000-8000-0000000000aa"]
        unit_id, _ = ws.units.create("Ủy ban nhân dân phường Ngọc Hà", "commune")
        assert ws.search("ngoc ha")[0]["id"] == unit_id
        # Migration 5 gave the op log its local undo columns (with sqlite-utils) and their index.
        ops = ws.db.utils["ops"]
        assert {"undo_scope", "undo_mark"} <= set(ops.columns_dict)
        assert ["undo_scope", "seq"] in [index.columns for index in ops.indexes]


def test_a_database_from_a_newer_version_is_not_touched(tmp_path):
    path = tmp_path / "ws"
    Workspace.create(path, "field", builtin_checklists=False).close()
    db = storage_db.connect(path / DB_FILE)
    db.conn.execute(f"PRAGMA user_version={migrations.LATEST + 1}")
    db.close()
    with pytest.raises(WorkspaceError) as err:
        Workspace.open(path)
    assert err.value.code == "workspace_newer"
    assert "Hãy cập nhật Inspector" in str(err.value)
