"""Killed at any moment, the app restarts to the visit as it was after the last stored change."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings

from inspector_app.workspace import Workspace
from tests.helpers.factories import setup_visit
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[3]


def test_a_killed_app_comes_back_to_the_visit_with_every_acknowledged_answer(qtbot, tmp_path):
    with Workspace.create(tmp_path / "ws", "field", builtin_checklists=False) as ws:
        ids = setup_visit(ws, items=40)
    settings_file = str(tmp_path / "settings.ini")
    rng = random.Random(3)
    acknowledged: list[str] = []
    for key in ("1", "2", "3"):    # each session answers with another key, from the first item
        acknowledged = []
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.helpers.field_driver", str(tmp_path / "ws"), settings_file, ids["visit"],
             key],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        try:
            wanted = rng.randrange(3, 12)
            for _ in range(wanted):
                line = child.stdout.readline().strip()
                assert line, "the field session stopped before it was killed"
                acknowledged.append(line)
        finally:
            child.send_signal(signal.SIGKILL)   # no chance to close anything
            child.wait(timeout=30)
            child.stdout.close()
    with Workspace.open(tmp_path / "ws") as ws:   # takes over the dead process's lock
        window = MainWindow(ws, "vi", QSettings(settings_file, QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        page = window.visit_workspace
        assert page is not None and page.visit_id == ids["visit"]   # back on the visit
        held = ws.answers.of_visit(ids["visit"])
        # The last session's acknowledged answers ("3": không áp dụng) are all there.
        missing = [item for item in acknowledged if held.get((item, None), {}).get("value") != "khong_ap_dung"]
        assert not missing, f"{len(missing)} of {len(acknowledged)} acknowledged answers lost"
        shown = page.checklist.model
        assert all(shown.value_of(item) == "khong_ap_dung" for item in acknowledged)   # and on the screen
        page.shutdown()
