"""Closing the window while a bundle is exported asks first, and a closing that goes on
stops the export and waits for it: no bundle, nor half of one, is left (issue 12, point 7)."""

from __future__ import annotations

import threading
import time

from PySide6.QtWidgets import QMessageBox

from tests.core.sync.helpers import visit_on
from ui.main_window import MainWindow


def test_closing_during_an_export_asks_and_then_stops_it_leaving_no_bundle(qtbot, net, settings, monkeypatch):
    hq, one, _two, ids, usb = net
    visit_on(one, ids)
    real_export = one.sync.export
    started, release = threading.Event(), threading.Event()

    def held_export(*args, progress, **kwargs):
        """The real export, held at its start until cancelled (or released), as a long one is."""
        started.set()
        while not progress.cancelled() and not release.is_set():
            time.sleep(0.01)
        return real_export(*args, progress=progress, **kwargs)

    monkeypatch.setattr(one.sync, "export", held_export)
    window = MainWindow(one, "vi", settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_page(window.SYNC)
    page = window.sync_page
    out = usb / "out"
    try:
        page.start_export(str(out))
        assert started.wait(5) and page.exporting()

        window.close()                                   # asks, and stays open meanwhile
        question = window.close_question
        assert question is not None and question.isVisible() and window.isVisible()
        assert "A bundle is being exported" in question.text() and "no bundle is written" in question.text()
        assert "A job is still running" not in question.text()      # said once, in its own words
        question.button(QMessageBox.StandardButton.No).click()
        assert window.isVisible() and page.exporting()

        window.close()
        window.close_question.button(QMessageBox.StandardButton.Yes).click()
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
        assert not window.ops.jobs.is_busy()             # stopped and waited for before closing
    finally:
        release.set()
    qtbot.wait(200)
    assert not out.exists() or list(out.iterdir()) == []     # neither a bundle nor a partial file
    assert hq.device_id in [d["id"] for d in page.chosen_recipients()]
