"""The evidence models pass Qt's model tester; painting does not drain None (PySide6 on Python 3.11)."""

from __future__ import annotations

import sys

from tests.ui.media.conftest import wait_for_thumbnails
from tests.ui.media.test_audio import record_with_bookmark
from ui.media.audio_model import BookmarksModel, RecordingsModel
from ui.media.photo_model import PhotosModel


def test_photos_model_passes_the_model_tester(qtmodeltester, qtbot, panel, ws, visit, photos):
    panel.photos.import_paths(photos)
    wait_for_thumbnails(qtbot, panel.photos.model, 3)
    qtmodeltester.check(panel.photos.model)
    fresh = PhotosModel(ws, visit["visit"])
    fresh.refresh()
    fresh.set_target("item", visit["items"]["A1"])
    qtmodeltester.check(fresh)


def test_audio_models_pass_the_model_tester(qtmodeltester, qtbot, panel, clock, ws, visit):
    record_with_bookmark(qtbot, panel, clock, visit)
    recordings = RecordingsModel(ws, visit["visit"])
    recordings.refresh()
    assert recordings.rowCount() == 1
    qtmodeltester.check(recordings)
    bookmarks = BookmarksModel(ws, visit["visit"])
    bookmarks.set_only_target(False)
    assert bookmarks.rowCount() == 1
    qtmodeltester.check(bookmarks)


def test_painting_the_panel_keeps_none_alive(qtbot, panel, photos, clock, visit):
    panel.photos.import_paths(photos)
    wait_for_thumbnails(qtbot, panel.photos.model, 3)
    panel.set_current_target("item", visit["items"]["A1"])
    panel.show()
    qtbot.waitExposed(panel)
    before = sys.getrefcount(None)
    for tab in (panel.PHOTOS, panel.AUDIO):
        panel.tabs.setCurrentIndex(tab)
        for _ in range(20):
            panel.grab()
    assert sys.getrefcount(None) >= before - 20
