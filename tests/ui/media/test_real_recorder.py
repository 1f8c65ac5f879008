"""The real recorder (QtMultimedia) on a virtual microphone that hears a 440 Hz tone.

`virtual_microphone` is a private PulseAudio daemon (tests/helpers/pulse.py),
started for the UI tests by tests/ui/conftest.py; bootstrap installs pulseaudio,
so a machine without it fails these tests rather than skipping them.
"""

from __future__ import annotations

import array
import itertools
import json
import os
import struct
import subprocess
import sys
import wave
from pathlib import Path

from PySide6.QtCore import QUrl

from inspector_app import media_tools
from tests.helpers.pulse import MICROPHONE_NAME, TONE_HZ
from ui.media import EvidencePanel, QtMediaDevices, QtRecorder
from ui.media.audio_model import BookmarksModel
from ui.media.common import OFFSET_ROLE
from ui.media.player import QtPlayer

ROOT = Path(__file__).resolve().parents[3]
QT_INPUT_SETTLE_MS = 200
"""A person presses Record long after the recorder is built (when the panel first shows);
QAudioInput takes its device on a thread of its own meanwhile (see QtRecorder.__init__)."""


def header_duration_ms(path: Path) -> int:
    """The duration a recording's own header gives: WAV frames, or the MPEG-4 movie header."""
    if path.suffix == ".wav":
        with wave.open(str(path)) as audio:
            return audio.getnframes() * 1000 // audio.getframerate()
    data = path.read_bytes()
    at = data.index(b"mvhd") + 4
    if data[at] == 1:
        timescale, duration = struct.unpack(">IQ", data[at + 20:at + 32])
    else:
        timescale, duration = struct.unpack(">II", data[at + 12:at + 20])
    return duration * 1000 // timescale


def decode(qtbot, path: Path, rate: int = 8000) -> array.array:
    """The recording decoded by QtMultimedia to mono 16-bit samples at `rate`."""
    from PySide6.QtMultimedia import QAudioDecoder, QAudioFormat

    decoder = QAudioDecoder()
    wanted = QAudioFormat()
    wanted.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    wanted.setChannelCount(1)
    wanted.setSampleRate(rate)
    decoder.setAudioFormat(wanted)
    decoder.setSource(QUrl.fromLocalFile(str(path)))
    samples = array.array("h")
    errors = []
    decoder.bufferReady.connect(lambda: samples.frombytes(bytes(decoder.read().constData())))
    decoder.error.connect(lambda _error: errors.append(decoder.errorString()))
    with qtbot.waitSignal(decoder.finished, timeout=10_000):
        decoder.start()
    assert not errors
    return samples


def tone_hz(samples: array.array, rate: int = 8000) -> float:
    """The frequency of a pure tone, from its zero crossings."""
    crossings = sum(1 for a, b in itertools.pairwise(samples) if (a < 0) != (b < 0))
    return crossings / 2 / (len(samples) / rate)


def test_the_real_recorder_records_the_virtual_microphone(qtbot, virtual_microphone, tmp_path, ws, visit):
    recorder = QtRecorder()
    assert recorder.is_available() and recorder.device.description() == MICROPHONE_NAME
    qtbot.wait(QT_INPUT_SETTLE_MS)
    levels, elapsed = [], []
    recorder.level_changed.connect(levels.append)
    recorder.elapsed_changed.connect(elapsed.append)
    path = tmp_path / f"phong-van{recorder.suffix()}"

    with qtbot.waitSignal(recorder.recording_changed, timeout=5_000) as started:
        recorder.start(path)
    assert started.args == [True] and recorder.is_recording()
    qtbot.waitUntil(lambda: recorder.elapsed_ms() >= 700, timeout=10_000)
    bookmark_ms = recorder.elapsed_ms()
    qtbot.waitUntil(lambda: recorder.elapsed_ms() >= 1500, timeout=10_000)
    with qtbot.waitSignal(recorder.finished, timeout=10_000) as finished:
        recorder.stop()
    assert not recorder.is_recording()

    assert max(levels) > 0.2  # the meter heard the tone
    assert elapsed == sorted(elapsed) and 0 < elapsed[0] < 700 and elapsed[-1] >= 1500
    assert Path(finished.args[0]) == path and path.stat().st_size > 5_000
    duration = recorder.elapsed_ms()
    assert 1500 <= duration < 2500
    assert abs(header_duration_ms(path) - duration) < 150
    samples = decode(qtbot, path)
    assert abs(len(samples) / 8 - duration) < 150
    assert max(samples) > 8_000 and abs(tone_hz(samples) - TONE_HZ) < 20  # the tone, not silence or noise

    media_id, changes = ws.media.add_recording(path, visit["visit"], duration_ms=duration,
                                               bookmarks=[("item", visit["items"]["A1"], bookmark_ms)])
    assert changes.touches("media") and ws.media.exists(media_id)
    assert ws.media.path_of(media_id).read_bytes() == path.read_bytes()
    (bookmark,) = ws.media.bookmarks(visit["visit"], visit["items"]["A1"])
    assert (bookmark["media_id"], bookmark["offset_ms"], bookmark["duration_ms"]) == (media_id, bookmark_ms, duration)

    second = tmp_path / f"lan-hai{recorder.suffix()}"  # the same recorder records again
    recorder.start(second)
    qtbot.waitUntil(lambda: recorder.elapsed_ms() >= 300, timeout=10_000)
    with qtbot.waitSignal(recorder.finished, timeout=10_000):
        recorder.stop()
    assert 300 <= header_duration_ms(second) < 1300


def test_a_bookmarked_recording_through_the_panel_with_the_real_devices(qtbot, virtual_microphone, ws, visit,
                                                                         settings):
    # The real devices, recorder and player (QtPlayer stops through the event loop, so
    # QMediaPlayer.stop() never waits on FFmpeg's audio thread while Python holds its lock).
    panel = EvidencePanel(ws, visit["visit"], "vi", settings=settings)
    qtbot.addWidget(panel)
    audio = panel.audio
    try:
        assert isinstance(audio.devices, QtMediaDevices) and audio.recorder is None
        assert isinstance(audio.player, QtPlayer)
        panel.show()
        qtbot.waitUntil(lambda: audio.devices_probed, timeout=5_000)
        assert isinstance(audio.recorder, QtRecorder) and panel.record_action.isEnabled()
        assert not audio.device_label.isVisibleTo(audio)
        qtbot.wait(QT_INPUT_SETTLE_MS)
        item = visit["items"]["A2"]
        panel.set_current_target("item", item)

        panel.record_action.trigger()
        assert audio.is_recording() and panel.bookmark_action.isEnabled()
        qtbot.waitUntil(lambda: audio.level_bar.value() > 20, timeout=10_000)
        qtbot.waitUntil(lambda: audio.recorder.elapsed_ms() >= 800, timeout=10_000)
        bookmark = audio.add_bookmark()
        assert 800 <= bookmark["offset_ms"] < 1500 and audio.bookmarks_model.rowCount() == 1
        qtbot.waitUntil(lambda: audio.elapsed_label.text() == "00:01", timeout=10_000)
        qtbot.waitUntil(lambda: audio.recorder.elapsed_ms() >= 1500, timeout=10_000)
        with qtbot.waitSignal(panel.ops.bus.operation_did_execute, timeout=10_000) as stored:
            panel.record_action.trigger()
        assert stored.args[0].touches("media") and stored.args[0].touches("evidence_link")
        assert not audio.is_recording() and audio.level_bar.value() == 0

        (recording,) = ws.media.of_kind(visit["visit"], "audio")
        stored_file = ws.media.path_of(recording["id"])
        assert recording["original_name"].startswith("ghi-am-")
        assert recording["original_name"].endswith(audio.recorder.suffix()) and stored_file.stat().st_size > 5_000
        assert 1500 <= recording["duration_ms"] < 2500
        assert abs(header_duration_ms(stored_file) - recording["duration_ms"]) < 150
        (link,) = ws.media.bookmarks(visit["visit"], item)
        assert (link["media_id"], link["target_kind"], link["offset_ms"]) == (recording["id"], "item",
                                                                              bookmark["offset_ms"])
        assert media_tools.leftover_recordings(ws) == []  # the staging copy went once stored
        model = audio.bookmarks_model
        assert model.rowCount() == 1 and model.index(0, BookmarksModel.OFFSET).data(OFFSET_ROLE) == link["offset_ms"]

        audio.bookmarks_view.selectRow(0)
        positions = []
        audio.player.position_changed.connect(positions.append)
        with qtbot.waitSignal(audio.player.playing_changed, timeout=10_000, check_params_cb=lambda playing: playing):
            assert audio.play_bookmark()
        # Played from the bookmark, not from the start, and it goes on playing.
        qtbot.waitUntil(lambda: positions and max(positions) >= link["offset_ms"] + 100, timeout=10_000)
        assert min(positions) >= link["offset_ms"] - 50
        audio.player.stop()
        qtbot.waitUntil(lambda: not audio.player.is_playing(), timeout=10_000)
    finally:
        panel.shutdown()


def test_without_a_sound_server_the_real_devices_offer_no_recording(tmp_path):
    """No PulseAudio at all, so no microphone (and no camera), in a child process since
    QtMultimedia connects once per process: the panel says so, and attaching still works."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PULSE_SERVER": f"unix:{tmp_path / 'nobody-here'}"}
    result = subprocess.run([sys.executable, "-m", "tests.ui.media.no_sound_server", str(tmp_path)], cwd=ROOT,
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen.pop("suffix") in (".m4a", ".wav")
    assert seen == {"has_camera": False, "capture_enabled": False, "has_microphone": False, "recorder": None,
                    "record_enabled": False, "no_microphone_shown": True, "started": False,
                    "qt_recorder_available": False, "attached": 1, "attached_duration_ms": 1500}
