"""The microphone is found when the visit opens and a recording shows on every page (issue 12)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui.main_window import MainWindow
from ui.media import EvidencePanel, QtMediaDevices, SimulatedPlayer


def test_record_and_bookmark_work_before_the_audio_tab_was_opened_and_show_everywhere(
        qtbot, ws, visit, settings, virtual_microphone):
    def evidence(ws_, visit_id, lang, parent, ops):   # the real devices, as in the app
        return EvidencePanel(ws_, visit_id, lang, parent, settings=settings, ops=ops,
                             devices=QtMediaDevices(), player=SimulatedPlayer())

    window = MainWindow(ws, "vi", settings, evidence_factory=evidence)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    page = window.open_visit(visit["visit"])
    audio = page.evidence.audio
    assert not page.evidence.isVisible()                       # the Audio tab was never opened
    qtbot.waitUntil(lambda: audio.devices_probed, timeout=5_000)  # looked for when the visit opened
    assert audio.can_record()

    view = page.checklist.view
    view.setFocus()
    qtbot.wait(200)   # QAudioInput takes its device on a thread of its own (test_real_recorder)
    qtbot.keyClick(view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert audio.is_recording()
    indicator = window.recording_indicator
    assert indicator.isVisible() and "Recording" in indicator.label.text()
    qtbot.waitUntil(lambda: "00:01" in indicator.label.text(), timeout=5_000)   # the time runs

    qtbot.keyClick(view, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)      # a bookmark from the checklist
    assert len(audio.session["bookmarks"]) == 1
    window.show_page(MainWindow.VISITS)                         # another page: still shown
    assert indicator.isVisible()
    qtbot.mouseClick(indicator.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(ws.media.of_kind(visit["visit"], "audio")) == 1, timeout=10_000)
    assert not indicator.isVisible() and not audio.is_recording()
    assert len(ws.media.bookmarks(visit["visit"])) == 1


def test_ctrl_shift_r_looks_for_the_microphone_itself_if_pressed_at_once(qtbot, ws, visit, settings,
                                                                         virtual_microphone):
    panel = EvidencePanel(ws, visit["visit"], "vi", settings=settings, devices=QtMediaDevices(),
                          player=SimulatedPlayer())
    qtbot.addWidget(panel)
    assert not panel.audio.devices_probed and panel.record_action.isEnabled()
    panel.record_action.trigger()
    assert panel.audio.devices_probed and panel.audio.can_record()
    qtbot.waitUntil(panel.audio.is_recording, timeout=2_000)   # once the microphone is taken
    panel.shutdown()
