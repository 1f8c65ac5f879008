"""Workspace folder, identity, pragmas and the one-writer lock."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import textwrap

import pytest

from inspector_app.errors import WorkspaceError, WorkspaceLockedError
from inspector_app.workspace import FOLDERS, Workspace


def test_create_makes_the_folder_layout_and_identity(tmp_path):
    with Workspace.create(tmp_path / "ws", "hq", device_name="Máy trụ sở", builtin_checklists=False) as ws:
        for folder in FOLDERS:
            assert (ws.path / folder).is_dir()
        assert ws.role == "hq"
        assert ws.device_name == "Máy trụ sở"
        assert len(ws.device_id) == 36 and ws.device_id[14] == "7"  # a UUIDv7
        assert len(ws.keys.fingerprint.split()) == 8
        for name in ("device-sign.pem", "device-encrypt.pem"):
            mode = stat.S_IMODE(os.stat(ws.path / "keys" / name).st_mode)
            assert mode == 0o600, oct(mode)


def test_pragmas_make_every_commit_durable(ws):
    conn = ws.db.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_bad_role_and_existing_workspace_are_refused(tmp_path):
    with pytest.raises(WorkspaceError) as bad:
        Workspace.create(tmp_path / "a", "boss")
    assert "Vai trò không hợp lệ" in str(bad.value)
    Workspace.create(tmp_path / "b", "field", builtin_checklists=False).close()
    with pytest.raises(WorkspaceError) as exists:
        Workspace.create(tmp_path / "b", "field")
    assert exists.value.code == "workspace_exists"


def test_opening_a_missing_workspace_says_so(tmp_path):
    with pytest.raises(WorkspaceError) as err:
        Workspace.open(tmp_path / "nowhere")
    assert "Không tìm thấy không gian làm việc" in err.value.message("vi")
    assert "No workspace was found" in err.value.message("en")


def _hold_open(path) -> subprocess.Popen:
    code = textwrap.dedent(f"""
        import sys, time
        from inspector_app.workspace import Workspace
        ws = Workspace.open({str(path)!r})
        print("open", flush=True)
        time.sleep(60)
    """)
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "open"
    return child


def test_a_second_process_gets_a_clear_message_naming_the_first(tmp_path):
    path = tmp_path / "ws"
    Workspace.create(path, "field", builtin_checklists=False).close()
    child = _hold_open(path)
    try:
        with pytest.raises(WorkspaceLockedError) as err:
            Workspace.open(path)
        assert err.value.pid == child.pid
        assert f"đang được mở bởi tiến trình {child.pid}" in err.value.message("vi")
    finally:
        child.kill()
        child.wait()


def test_a_stale_lock_left_by_a_crash_is_taken_over(tmp_path):
    path = tmp_path / "ws"
    Workspace.create(path, "field", builtin_checklists=False).close()
    child = _hold_open(path)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert (path / "workspace.lock").read_text().strip() == str(child.pid)
    with Workspace.open(path) as ws:
        assert ws._lock.stale_pid == child.pid
        assert (path / "workspace.lock").read_text().strip() == str(os.getpid())


def test_the_same_process_cannot_open_a_workspace_twice(ws):
    with pytest.raises(WorkspaceLockedError):
        Workspace.open(ws.path)


def test_a_failed_checklist_load_leaves_no_half_made_workspace(tmp_path, monkeypatch):
    from inspector_app.errors import ValidationError
    from inspector_app.services.checklists import Checklists

    def broken(self):
        raise ValidationError("checklist_file", file="mot-cua-dot-xuat.json", detail="hỏng")
    monkeypatch.setattr(Checklists, "load_builtin", broken)
    with pytest.raises(ValidationError):
        Workspace.create(tmp_path / "ws", "field")
    monkeypatch.undo()
    with Workspace.open_or_create(tmp_path / "ws") as ws:   # starts clean, with its checklists
        assert len(ws.checklists.list()) == 3


def test_a_full_disk_is_reported_and_loses_nothing_stored(ws, visit):
    from inspector_app.errors import WorkspaceError
    ws.answers.answer(visit["visit"], visit["items"]["A1"], "dat")
    before = ws.state_dump()
    pages = ws.db.conn.execute("PRAGMA page_count").fetchone()[0]
    ws.db.conn.execute(f"PRAGMA max_page_count = {pages}")   # the disk fills up now
    with pytest.raises(WorkspaceError) as err:
        for n in range(200):
            ws.findings.add(visit["visit"], f"Ghi nhận dài số {n} " + "x" * 4000)
    assert err.value.code == "disk_full"
    assert "Ổ đĩa đã đầy" in str(err.value) and "vẫn nguyên vẹn" in str(err.value)
    assert ws.state_dump()["observation"] == before["observation"]
    assert ws.integrity_ok()
