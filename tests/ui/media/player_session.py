"""Run by test_real_player.py in a child process: the real player, on the test's sound server.

Plays a recording from an offset and stops it again and again, the way an
inspector jumps between bookmarks, and prints one JSON line of what it saw.
A hang here is what the test is for, so it runs in a child the test can time out.

    python -m tests.ui.media.player_session FOLDER ROUNDS
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from ui.media.player import QtPlayer
from ui.media.recorder import write_tone_wav


def main(folder: Path, rounds: int) -> dict:
    app = QApplication.instance() or QApplication([])
    recording = write_tone_wav(folder / "phong-van.wav", 3.0)
    player = QtPlayer()
    states, positions, failures = [], [], []
    player.playing_changed.connect(states.append)
    player.position_changed.connect(positions.append)
    player.failed.connect(failures.append)

    def wait(condition, seconds: float) -> bool:
        deadline = time.monotonic() + seconds
        while not condition() and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.002)
        return condition()

    played = 0
    for n in range(rounds):
        player.play(recording, 500 + 100 * (n % 10))
        if n % 3 and wait(player.is_playing, 5):   # every third time: stop before it even starts
            played += 1
        wait(lambda: False, (0, 0.005, 0.02, 0.1, 0.3)[n % 5])   # stop at once, or while it plays
        player.stop()
        wait(lambda: not player.is_playing(), 5)
    return {"rounds": rounds, "played": played, "stopped": not player.is_playing(),
            "failures": failures, "max_position": max(positions, default=0)}


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]), int(sys.argv[2]))), flush=True)
