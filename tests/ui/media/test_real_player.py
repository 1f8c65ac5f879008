"""The real player (QtMultimedia) on the virtual sound server: bookmarks played and stopped at once never hang."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_playing_bookmarks_and_stopping_at_once_never_freezes_the_app(virtual_microphone, tmp_path):
    try:
        result = subprocess.run([sys.executable, "-m", "tests.ui.media.player_session", str(tmp_path), "25"],
                                cwd=ROOT, capture_output=True, text=True, timeout=120,
                                env={**os.environ, **virtual_microphone.client_env(),
                                     "QT_QPA_PLATFORM": "offscreen"})
    except subprocess.TimeoutExpired as exc:
        raise AssertionError("the player froze: play then stop did not return within two minutes") from exc
    assert result.returncode == 0, result.stderr[-2000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["failures"] == []
    assert seen["played"] == 16 and seen["stopped"]   # 25 rounds, every third stopped before it starts
    assert seen["max_position"] >= 500           # played from the bookmark's offset, not from 0
