"""Closing the window while photos are imported asks first, and the next start says what was kept (issue 12)."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QMessageBox

from inspector_app import media_imports
from tests.helpers.evidence import simulated_evidence
from tests.helpers.images import make_photo
from ui.main_window import MainWindow


def _window(qtbot, ws, settings) -> MainWindow:
    evidence = simulated_evidence(settings)

    window = MainWindow(ws, "vi", settings, evidence_factory=evidence)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_closing_during_an_import_asks_and_the_next_start_says_what_was_kept(qtbot, ws, visit, settings,
                                                                               tmp_path, monkeypatch):
    folder = tmp_path / "many"
    folder.mkdir()
    files = [make_photo(folder / f"IMG_{n:04d}.jpg", f"2026:11:20 10:{n % 60:02d}:00", size=(1600, 1200))
             for n in range(60)]
    stage = ws.media.stage       # what the import reads each photo through (media_tools.ingest)

    def from_a_slow_card(path, **kwargs):
        """Each photo read as from a phone's card (50 ms): the import is still running when the
        window is closed, however fast this machine stores photos."""
        time.sleep(0.05)
        return stage(path, **kwargs)

    monkeypatch.setattr(ws.media, "stage", from_a_slow_card)
    window = _window(qtbot, ws, settings)
    page = window.open_visit(visit["visit"])
    photos = page.evidence.photos
    photos.import_paths(files)
    qtbot.waitUntil(lambda: len(ws.media.of_kind(visit["visit"], "photo")) >= 8, timeout=20_000)
    assert window.running_work() and page.importing() == 1

    window.close()                                   # asks, and stays open meanwhile
    question = window.close_question
    assert question is not None and question.isVisible() and window.isVisible()
    assert "Photos are being imported" in question.text() and "next start" in question.text()
    question.button(QMessageBox.StandardButton.No).click()
    assert window.isVisible() and photos.importing() == 1

    window.close()
    window.close_question.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    kept = ws.media.of_kind(visit["visit"], "photo")
    assert 8 <= len(kept) < 60

    again = _window(qtbot, ws, settings)
    qtbot.waitUntil(lambda: again.interrupted_message is not None, timeout=5_000)
    text = again.interrupted_message.text()
    assert f"{len(kept)} of 60 photos were kept" in text
    missing = sorted(set(f.name for f in files) - {row["original_name"] for row in kept})
    not_imported = text.split("Not imported")[1]
    # Photos are read in parallel: which were kept depends on the threads, not on the names.
    assert missing[0] in not_imported and kept[0]["original_name"] not in not_imported
    assert media_imports.interrupted_imports(ws) == []       # said once
    third = _window(qtbot, ws, settings)
    qtbot.wait(50)
    assert third.interrupted_message is None


def test_the_question_and_the_report_are_in_vietnamese(qtbot, ws, visit, settings, vi_translator):
    window = _window(qtbot, ws, settings)
    note = media_imports.begin_import(ws, visit["visit"], ["IMG_0001.jpg", "IMG_0002.jpg"])
    media_imports.note_kept(note, ["IMG_0001.jpg"])
    media_imports.cut_short(note)
    box = window.report_interrupted_imports()
    assert box.text() == ("Việc nhập ảnh vào “Kiểm tra đột xuất tại Ủy ban nhân dân phường Ba Đình” đã bị dừng "
                          "giữa chừng: đã giữ 1 trong số 2 ảnh, nguyên vẹn. Chưa được nhập, hãy nhập lại: "
                          "IMG_0002.jpg.")


def test_an_import_that_ends_leaves_nothing_to_report(qtbot, ws, visit, settings, photos):
    window = _window(qtbot, ws, settings)
    page = window.open_visit(visit["visit"])
    page.evidence.photos.import_paths(photos)
    qtbot.waitUntil(lambda: page.importing() == 0, timeout=10_000)
    assert media_imports.interrupted_imports(ws) == [] and window.running_work() == []
    window.close()
    assert not window.isVisible() and window.close_question is None
