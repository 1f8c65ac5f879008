"""Empty lists say what to do (issue 12): the visit's tables, photos, recordings, and the
Sync page's recipients; the sync history's times read dd/MM/yyyy HH:mm."""

from __future__ import annotations

import re

from inspector_app.workspace import Workspace
from tests.core.sync.helpers import introduce, reference_data, send
from tests.helpers.evidence import simulated_evidence
from ui.sync import SyncPage
from ui.visit.workspace import VisitWorkspace


def test_the_visits_empty_lists_say_what_to_do_and_go_once_filled(qtbot, ws, visit, settings, photos):
    evidence = simulated_evidence(settings, microphone=True)

    page = VisitWorkspace(ws, visit["visit"], "vi", evidence)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    texts = {}
    for index in range(page.tabs.count()):
        page.show_tab(index)
    for name, view in (("findings", page.findings.findings_view), ("requests", page.findings.requests_view),
                       ("participants", page.participants.view), ("roll call", page.records[0].view)):
        page.show_tab(page.tabs.indexOf(view.parentWidget() if name == "roll call" else
                                        (page.findings if name in ("findings", "requests") else page.participants)))
        assert view.empty_text.isVisible(), name
        texts[name] = view.empty_text.text()
    assert "Ctrl+Shift+F" in texts["findings"] and "Ctrl+N" in texts["roll call"]
    assert "cán bộ" in texts["roll call"]            # the section's own word for a row
    photos_view = page.evidence.photos.view
    page.show_tab(page.tabs.indexOf(page.evidence))
    assert photos_view.empty_text.isVisible() and "Ctrl+Shift+P" in photos_view.empty_text.text()
    assert "Ctrl+Shift+R" in page.evidence.audio.recordings_view.empty_text.text()

    page.evidence.photos.import_paths(photos[:1])
    qtbot.waitUntil(lambda: page.evidence.photos.model.rowCount() == 1, timeout=10_000)
    assert not photos_view.empty_text.isVisible()
    page.show_tab(page.tabs.indexOf(page.records[0]))
    page.records[0].add_record()
    assert not page.records[0].view.empty_text.isVisible()
    page.evidence.shutdown()


def test_sync_recipients_when_none_say_to_import_hqs_package(qtbot, tmp_path):
    laptop = Workspace.create(tmp_path / "one", "field", device_name="Máy 1", builtin_checklists=False)
    try:
        page = SyncPage(laptop, "vi")
        qtbot.addWidget(page)
        page.show()
        assert page.recipients.count() == 0
        hint = page.recipients.empty_text
        assert hint.isVisible() and "distribution package" in hint.text() and "Import a bundle" in hint.text()
    finally:
        laptop.close()


def test_sync_history_times_read_the_vietnamese_way(qtbot, tmp_path):
    hq = Workspace.create(tmp_path / "hq", "hq", device_name="Trụ sở", builtin_checklists=False)
    one = Workspace.create(tmp_path / "one", "field", device_name="Máy 1", builtin_checklists=False)
    introduce(hq, one)
    reference_data(hq)
    usb = tmp_path / "usb"
    usb.mkdir()
    send(hq, "distribution", one, usb)
    page = SyncPage(one, "vi")
    qtbot.addWidget(page)
    cells = [page.history_panel.table.item(r, 0).text() for r in range(page.history_panel.table.rowCount())]
    assert cells and all(re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d", cell) for cell in cells), cells
    hq.close()
    one.close()
