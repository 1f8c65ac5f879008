"""Evidence you can see: a count per checklist item, feedback when a photo is attached, and
"Minh chứng bắt buộc" checked before concluding (issue 12)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.helpers.evidence import simulated_evidence
from tests.helpers.factories import setup_visit, small_checklist
from tests.ui.media.conftest import wait_for_thumbnails
from tests.ui.visit.conftest import answer_next_dialog
from ui.main_window import MainWindow
from ui.visit.checklist_model import ChecklistModel
from ui.visit.header import TimeDialog


def _visit_needing_evidence(ws) -> tuple[str, dict]:
    ids = setup_visit(ws)
    data = small_checklist(code="minh-chung")
    data["sections"][0]["items"][1]["evidence_required"] = True          # A2
    template_id, _ = ws.checklists.import_data(data)
    visit_id, _ = ws.visits.create(ids["unit"], "surprise", "2026-11-20", [template_id])
    ws.visits.start(visit_id, "2026-11-20T08:00:00+07:00")
    return visit_id, {i["code"]: i["id"] for i in ws.checklists.items(template_id)}


def test_each_item_shows_its_evidence_and_required_evidence_is_checked_before_concluding(
        qtbot, ws, settings, photos):
    visit_id, items = _visit_needing_evidence(ws)

    evidence = simulated_evidence(settings, microphone=True)

    window = MainWindow(ws, "vi", settings, evidence_factory=evidence)
    qtbot.addWidget(window)
    window.show()
    page = window.open_visit(visit_id)
    model = page.checklist.model
    a2 = model.index_of_item(items["A2"], ChecklistModel.EVIDENCE)
    assert a2.data() == "Evidence needed" and a2.data(Qt.ItemDataRole.ForegroundRole).color().red() > 150
    assert model.index_of_item(items["A1"], ChecklistModel.EVIDENCE).data() == ""

    seen = {}

    def look(dialog):
        if not isinstance(dialog, TimeDialog):     # a box left by another test: wait for ours
            answer_next_dialog(look, 20)
            return
        seen["no_evidence"] = list(dialog.no_evidence)
        dialog.reject()
    answer_next_dialog(look)
    assert not page.header.conclude()
    assert seen["no_evidence"] == ["A2  Tiêu chí số 2 được thực hiện đầy đủ"]

    page.checklist.select_item(items["A2"])                 # the current item: photos link to it
    page.evidence.photos.import_paths(photos[:2], link=True)
    wait_for_thumbnails(qtbot, page.evidence.photos.model, 2)
    qtbot.waitUntil(lambda: a2.data() == "2 photo(s)", timeout=5_000)   # seen on the checklist, at once
    # The import's own report comes when its job ends, which may be after the marks show.
    qtbot.waitUntil(lambda: "Photos added: 2." in window.statusBar().currentMessage(), timeout=5_000)
    assert page.header.no_evidence_labels() == []
