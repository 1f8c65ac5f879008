"""Run by test_real_recorder.py in a child process whose PULSE_SERVER leads nowhere.

QtMultimedia connects to one sound server once per process, and the test
process has the virtual microphone; this one has no sound device at all. Builds
the evidence panel with the real devices (no camera either), tries to record, attaches a WAV, and
prints what it saw as one JSON line.

    python -m tests.ui.media.no_sound_server FOLDER
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from inspector_app.workspace import Workspace
from tests.helpers.factories import setup_visit
from ui.media import EvidencePanel, QtRecorder
from ui.media.recorder import write_tone_wav


def main(folder: Path) -> dict:
    app = QApplication.instance() or QApplication([])
    ws = Workspace.create(folder / "ws", "field", builtin_checklists=False)
    visit = setup_visit(ws)
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    panel = EvidencePanel(ws, visit["visit"], "en", settings=settings)
    audio = panel.audio
    try:
        panel.probe_devices()
        recorder = QtRecorder()
        seen = {"has_camera": audio.devices.has_camera(), "capture_enabled": panel.capture_action.isEnabled(),
                "has_microphone": audio.devices.has_microphone(),
                "recorder": None if audio.recorder is None else type(audio.recorder).__name__,
                "record_enabled": panel.record_action.isEnabled(),
                "no_microphone_shown": not audio.device_label.isHidden()
                and "No microphone" in audio.device_label.text(),
                "started": audio.start_recording(),
                "qt_recorder_available": recorder.is_available(), "suffix": recorder.suffix()}
        audio.attach_paths([write_tone_wav(folder / "phong-van.wav", 1.5)])
        deadline = time.monotonic() + 30
        while audio.recordings_model.rowCount() == 0 and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        rows = ws.media.of_kind(visit["visit"], "audio")
        seen.update(attached=len(rows), attached_duration_ms=rows[0]["duration_ms"] if rows else None)
        return seen
    finally:
        panel.shutdown()
        ws.close()


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]))))
