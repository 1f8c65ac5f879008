"""The Audio tab: recording with bookmarks (simulated recorder), playback, no microphone, recovery.

The real recorder and devices are in test_real_recorder.py."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from inspector_app import media_tools
from ui.media import FakeDevices, SimulatedRecorder
from ui.media.audio_model import BookmarksModel
from ui.media.common import OFFSET_ROLE
from ui.media.recorder import write_tone_wav


def record_with_bookmark(qtbot, panel, clock, visit, item="A1"):
    """Record 4 s with a bookmark at 2.5 s on `item`; returns once the recording is stored."""
    audio = panel.audio
    panel.set_current_target("item", visit["items"][item])
    panel.record_action.trigger()
    assert audio.is_recording() and panel.bookmark_action.isEnabled()
    clock.now += 2.5
    panel.bookmark_action.trigger()
    clock.now += 1.5
    with qtbot.waitSignal(panel.ops.bus.operation_did_execute, timeout=10_000):
        panel.record_action.trigger()
    assert not audio.is_recording()


def test_a_bookmark_taken_while_recording_is_stored_with_its_offset(qtbot, panel, clock, ws, visit):
    audio = panel.audio
    item = visit["items"]["A2"]
    panel.set_current_target("item", item)
    with qtbot.waitActive(panel):  # shortcuts need an active window
        panel.show()
        panel.activateWindow()
    panel.tabs.setCurrentIndex(panel.AUDIO)
    panel.record_action.trigger()
    assert audio.is_recording() and audio.pending_label.isVisibleTo(audio)
    clock.now += 75.25
    audio.recordings_view.setFocus()
    qtbot.keyClick(audio.recordings_view, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)  # the shortcut
    assert len(audio.session["bookmarks"]) == 1
    assert audio.bookmarks_model.rowCount() == 1  # listed at once, not saved yet
    assert audio.bookmarks_model.index(0, BookmarksModel.OFFSET).data() == "01:15"
    staging = media_tools.leftover_recordings(ws)
    assert len(staging) == 1  # recording in progress, with its bookmarks beside it
    assert json.loads(staging[0].with_name(staging[0].name + ".json").read_text())["bookmarks"][0]["offset_ms"] \
        == 75_250
    clock.now += 4.75
    with qtbot.waitSignal(panel.ops.bus.operation_did_execute, timeout=10_000) as signal:
        panel.record_action.trigger()
    assert signal.args[0].touches("media") and signal.args[0].touches("evidence_link")

    (recording,) = ws.media.of_kind(visit["visit"], "audio")
    assert recording["duration_ms"] == 80_000 and recording["kind"] == "audio"
    assert recording["original_name"].startswith("ghi-am-") and recording["original_name"].endswith(".wav")
    (bookmark,) = ws.media.bookmarks(visit["visit"], item)
    assert (bookmark["media_id"], bookmark["target_kind"], bookmark["offset_ms"]) == (recording["id"], "item",
                                                                                       75_250)
    assert media_tools.leftover_recordings(ws) == []  # the staging copy is gone once stored
    assert ws.media.exists(recording["id"])

    model = audio.bookmarks_model
    assert model.rowCount() == 1 and model.index(0, BookmarksModel.OFFSET).data(OFFSET_ROLE) == 75_250
    assert model.index(0, BookmarksModel.TARGET).data().startswith("A2")
    assert audio.recordings_model.rowCount() == 1 and "01:20" in audio.recordings_model.index(0).data()
    panel.set_current_target("item", visit["items"]["A1"])
    assert model.rowCount() == 0  # bookmarks are listed per item
    audio.only_target_box.setChecked(False)
    assert model.rowCount() == 1
    panel.set_current_target("item", item)

    audio.bookmarks_view.selectRow(0)
    assert audio.play_bookmark()
    assert audio.player.played == [(ws.media.path_of(recording["id"]), 75_250)]
    audio.play_recording(0)
    assert audio.player.played[-1][1] == 0


def test_bookmarks_without_a_selected_item_go_to_the_visit(qtbot, panel, clock, ws, visit):
    panel.record_action.trigger()
    clock.now += 1
    panel.audio.add_bookmark()
    with qtbot.waitSignal(panel.ops.bus.operation_did_execute, timeout=10_000):
        panel.audio.stop_recording()
    (bookmark,) = ws.media.bookmarks(visit["visit"])
    assert (bookmark["target_kind"], bookmark["target_id"], bookmark["offset_ms"]) == ("visit", visit["visit"], 1000)


def test_a_bookmark_outside_a_recording_says_what_to_do(panel, vi_translator):
    assert not panel.bookmark_action.isEnabled()
    assert panel.audio.add_bookmark() is None
    assert "Hãy bắt đầu ghi âm" in panel.audio.banner.text()


def test_removing_a_bookmark(qtbot, panel, clock, ws, visit):
    record_with_bookmark(qtbot, panel, clock, visit)
    assert panel.audio.bookmarks_model.rowCount() == 1
    panel.audio.remove_bookmark(0)
    assert ws.media.bookmarks(visit["visit"]) == [] and panel.audio.bookmarks_model.rowCount() == 0


def test_without_a_microphone_the_panel_says_so_and_attaching_still_works(qtbot, make_panel, ws, visit, tmp_path,
                                                                          vi_translator):
    panel = make_panel(devices=FakeDevices(camera=False, microphone=False), recorder=None)
    audio = panel.audio
    assert audio.recorder is None and not panel.record_action.isEnabled()
    assert audio.device_label.isVisibleTo(audio)
    assert "Không tìm thấy micrô" in audio.device_label.text()
    assert not audio.start_recording()
    wav = write_tone_wav(tmp_path / "phong-van.wav", 1.5)
    audio.attach_paths([wav])
    qtbot.waitUntil(lambda: audio.recordings_model.rowCount() == 1, timeout=10_000)
    (row,) = ws.media.of_kind(visit["visit"], "audio")
    assert row["original_name"] == "phong-van.wav" and row["duration_ms"] == 1500
    assert panel.tabs.tabText(panel.AUDIO).endswith("(1)")


def test_a_recorder_that_fails_explains_what_to_do(make_panel, vi_translator):
    panel = make_panel(recorder=SimulatedRecorder(fail_on_start="device busy"))
    panel.audio.start_recording()
    assert panel.audio.is_recording()  # until the recorder reports
    panel.audio.recorder.failed.emit("device busy")
    assert not panel.audio.is_recording()
    assert "Không ghi âm được" in panel.audio.banner.text() and "micrô" in panel.audio.banner.text()


def test_a_recording_left_by_a_crash_is_offered_with_its_bookmarks(qtbot, make_panel, ws, visit):
    path = media_tools.new_staging_path(ws, "ghi-am", ".wav")
    write_tone_wav(path, 2)
    path.with_name(path.name + ".json").write_text(json.dumps({
        "path": str(path), "visit_id": visit["visit"], "started_at": "2026-11-20T08:10:00+07:00",
        "bookmarks": [{"target_kind": "item", "target_id": visit["items"]["A1"], "offset_ms": 1200}]}))
    panel = make_panel()
    assert panel.audio.leftover_button.isVisibleTo(panel.audio)
    assert panel.audio.attach_leftovers() == 1
    (bookmark,) = ws.media.bookmarks(visit["visit"], visit["items"]["A1"])
    assert bookmark["offset_ms"] == 1200 and bookmark["captured_at"] == "2026-11-20T08:10:00+07:00"
    assert not panel.audio.leftover_button.isVisibleTo(panel.audio) and not path.exists()


def test_a_missing_recording_file_gives_a_message_not_a_crash(qtbot, panel, clock, ws, visit, vi_translator):
    record_with_bookmark(qtbot, panel, clock, visit)
    (recording,) = ws.media.of_kind(visit["visit"], "audio")
    ws.media.path_of(recording["id"]).unlink()
    panel.audio.recordings_model.refresh()
    assert panel.audio.recordings_model.index(0).data(Qt.ItemDataRole.ToolTipRole).count("Không tìm thấy tệp gốc")
    assert not panel.audio.play_bookmark(0)
    assert "Không tìm thấy tệp gốc" in panel.audio.banner.text()
    assert panel.audio.player.played == []


class SlowDevices(FakeDevices):
    """Devices that are costly to ask, like QtMultimedia's."""

    slow = True

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.asked = 0

    def has_camera(self) -> bool:
        self.asked += 1
        return super().has_camera()

    def has_microphone(self) -> bool:
        self.asked += 1
        return super().has_microphone()


def test_slow_devices_are_asked_only_once_the_panel_shows(qtbot, make_panel):
    devices = SlowDevices(camera=True, microphone=False)
    panel = make_panel(devices=devices, recorder=None)
    assert devices.asked == 0 and not panel.capture_action.isEnabled()  # opening a visit stays fast
    assert not panel.audio.device_label.isVisibleTo(panel.audio)
    panel.show()
    qtbot.waitUntil(lambda: panel.audio.devices_probed and panel.photos.devices_probed)
    assert devices.asked == 2
    assert panel.capture_action.isEnabled() and not panel.record_action.isEnabled()
    assert panel.audio.device_label.isVisibleTo(panel.audio)


def test_record_pressed_twice_by_mistake_keeps_no_empty_recording(qtbot, panel, clock, ws, visit):
    audio = panel.audio
    messages = []
    audio.message.connect(messages.append)
    panel.record_action.trigger()
    clock.now += 0.02
    panel.record_action.trigger()
    qtbot.waitUntil(lambda: not audio.is_recording() and audio.session is None)
    qtbot.wait(50)    # `finished` comes from the event loop
    assert ws.media.of_kind(visit["visit"], "audio") == []
    assert media_tools.leftover_recordings(ws) == []      # nor offered next time
    assert "not kept" in messages[-1]

    record_with_bookmark(qtbot, panel, clock, visit)     # a real one is still kept
    assert len(ws.media.of_kind(visit["visit"], "audio")) == 1
