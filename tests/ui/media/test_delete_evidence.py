"""Photos and recordings can be deleted until the minutes are signed, undoably (issue 12, point 2)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.media.conftest import wait_for_thumbnails
from tests.ui.media.test_audio import record_with_bookmark


def test_delete_in_the_strip_takes_photos_out_and_undo_brings_them_back(qtbot, panel, ws, visit, photos):
    panel.show()
    strip = panel.photos.view
    panel.photos.import_paths(photos)
    wait_for_thumbnails(qtbot, panel.photos.model, 3)
    strip.setFocus()
    strip.setCurrentIndex(panel.photos.model.index(1))
    strip.selectionModel().select(panel.photos.model.index(1), strip.selectionModel().SelectionFlag.ClearAndSelect)
    with qtbot.waitActive(panel):
        panel.activateWindow()
    strip.setFocus()
    qtbot.keyClick(strip, Qt.Key.Key_Delete)
    assert [m["original_name"] for m in ws.media.of_kind(visit["visit"], "photo")] == ["IMG_0001.jpg", "IMG_0003.jpg"]
    assert panel.photos.model.rowCount() == 2 and "Ctrl+Z" in panel.photos.banner.text()
    panel.ops.run(lambda: ws.undo(visit["visit"]))
    assert panel.photos.model.rowCount() == 3


def test_delete_on_a_recording_takes_it_and_its_bookmarks_out(qtbot, panel, clock, ws, visit):
    record_with_bookmark(qtbot, panel, clock, visit)
    panel.tabs.setCurrentIndex(panel.AUDIO)
    panel.show()
    view = panel.audio.recordings_view
    view.setCurrentIndex(panel.audio.recordings_model.index(0))
    with qtbot.waitActive(panel):
        panel.activateWindow()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert ws.media.of_kind(visit["visit"], "audio") == [] and ws.media.bookmarks(visit["visit"]) == []
    assert panel.audio.recordings_model.rowCount() == 0
    panel.ops.run(lambda: ws.undo(visit["visit"]))
    assert len(ws.media.bookmarks(visit["visit"])) == 1
