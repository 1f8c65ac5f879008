"""Records that breach an item answered "Đạt" are shown at once in the window (issue 11, point 2)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from inspector_app.changes import Changes
from inspector_app.services.answers import observation_id
from inspector_app.workspace import Workspace
from tests.core.test_breach_rules import add_row, item, start_visit
from ui.visit.workspace import VisitWorkspace


@pytest.fixture
def builtin(tmp_path):
    ws = Workspace.create(tmp_path / "ws", "field")
    visit, structure = start_visit(ws, "mot-cua-dot-xuat")
    yield ws, visit, structure
    ws.close()


def _row(ws, visit, structure, values) -> Changes:
    """A roll-call row answered field by field; the Changes of it all."""
    section = next(s for s in structure["sections"] if s["code"] == "DD" and s["repeatable"])
    by_code = {i["code"]: i for i in section["items"]}
    record, changes = ws.answers.add_record(visit, section["id"])
    for code, value in values.items():
        changes = changes | ws.answers.answer(visit, by_code[code]["id"], value, record_id=record)
    return changes


def _page(qtbot, ws, visit) -> VisitWorkspace:
    page = VisitWorkspace(ws, visit, "en")
    qtbot.addWidget(page)
    page.show()
    return page


def test_the_item_is_marked_and_corrected_in_one_undoable_step(qtbot, builtin):
    ws, visit, structure = builtin
    c1 = item(structure, "C1")
    page = _page(qtbot, ws, visit)
    panel = page.checklist
    panel.select_item(c1["id"])
    assert panel.answer(c1, "dat")
    assert not panel.breach_bar.isVisible()
    # A roll-call row typed elsewhere (another tab, a merge): the bus tells the checklist.
    page.ops.bus.broadcast(_row(ws, visit, structure, {"DD1": "Đỗ Văn Hùng", "DD3": "co_mat", "DD5": False}), None)
    # The item is marked at once: red, and its text names the row.
    index = panel.model.index_of_item(c1["id"])
    text = panel.model.data(index)
    assert "Records breach it: Đỗ Văn Hùng (Đeo thẻ công chức, viên chức: Không)" in text
    assert panel.model.data(index, Qt.ItemDataRole.ForegroundRole).color().red() > 150
    assert panel.breach_bar.isVisible() and "C1" in panel.breach_label.text() and "Đỗ Văn Hùng" in \
        panel.breach_label.text()
    assert "1 contradicted by records" in panel.summary.text()
    counts = ws.visits.counts(visit)
    assert f"Answered {counts['items'] - counts['unanswered']} of {counts['items']}" in panel.summary.text()
    assert f"{counts['noncompliant']} non-compliant" in panel.summary.text()

    panel.breach_button.click()                                     # one step
    held = ws.answers.of_visit(visit)[(c1["id"], None)]
    assert held["value"] == "khong_dat" and "Đỗ Văn Hùng" in held["note"]
    assert not panel.breach_bar.isVisible() and "contradicted" not in panel.summary.text()
    assert "Records breach it" not in panel.model.data(panel.model.index_of_item(c1["id"]))
    page.ops.bus.broadcast(ws.undo(visit), None)                   # Undo: the answer and the note together
    assert ws.answers.of_visit(visit)[(c1["id"], None)]["value"] == "dat" and panel.breach_bar.isVisible()


def test_breaching_rows_are_red_and_say_so_in_their_table(qtbot, builtin):
    ws, visit, structure = builtin
    add_row(ws, visit, structure, "DD", {"DD1": "Vũ Đức Thắng", "DD3": "co_mat", "DD5": True})
    add_row(ws, visit, structure, "DD", {"DD1": "Đỗ Văn Hùng", "DD3": "di_muon"})
    page = _page(qtbot, ws, visit)
    roll = next(p for p in page.records if p.section["code"] == "DD")
    model = roll.model
    status = next(n for n, i in enumerate(model.items) if i["code"] == "DD3")
    fine, late = model.index(0, status), model.index(1, status)
    assert model.data(fine) == "Có mặt" and model.data(fine, Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(late) == "Đi muộn – breaches C6"                  # words beside the colour
    assert model.data(late, Qt.ItemDataRole.ForegroundRole).color().red() > 150
    assert model.headerData(1, Qt.Orientation.Vertical) == "2 ⚠"
    assert model.headerData(0, Qt.Orientation.Vertical) == "1"


def test_the_conclusion_step_lists_every_contradiction_and_duplicate_person(qtbot, builtin):
    from tests.ui.visit.conftest import answer_next_dialog
    from ui.visit.header import TimeDialog

    ws, visit, structure = builtin
    ws.answers.answer(visit, item(structure, "C1")["id"], "dat")
    ws.answers.answer(visit, item(structure, "C6")["id"], "dat")
    _row(ws, visit, structure, {"DD1": "Đỗ Văn Hùng", "DD3": "co_mat", "DD5": False})
    _row(ws, visit, structure, {"DD1": "Vũ Đức Thắng", "DD3": "di_muon"})
    # The same name typed again is refused; two laptops' rows merged still meet (as a merge writes it).
    _row(ws, visit, structure, {"DD3": "co_mat"})
    section = next(s for s in structure["sections"] if s["code"] == "DD" and s["repeatable"])
    third = ws.answers.records(visit, section["id"])[-1]["id"]
    name = next(i for i in section["items"] if i["code"] == "DD1")["id"]
    ws.answers.write([("observation", observation_id(visit, name, third),
                       {"visit_id": visit, "item_id": name, "record_id": third, "value": "Đỗ  văn Hùng"})])
    page = _page(qtbot, ws, visit)
    seen = {}

    def look(dialog):
        if not isinstance(dialog, TimeDialog):
            answer_next_dialog(look, 20)
            return
        seen["lines"] = list(dialog.disagreements)
        dialog.reject()
    answer_next_dialog(look)
    assert not page.header.conclude()
    lines = seen["lines"]
    assert len(lines) == 3
    assert lines[0].startswith("C1 is answered “Compliant” but records breach it: Đỗ Văn Hùng")
    assert lines[1].startswith("C6 is answered “Compliant” but records breach it: Vũ Đức Thắng (Tình trạng: Đi muộn)")
    assert "Đỗ Văn Hùng is named twice in" in lines[2] and "(rows 1, 3)" in lines[2]


def test_the_summary_counts_as_answered_only_what_was_answered(qtbot, builtin):
    """A roll-call row without a badge makes C1 non-compliant though nobody answered C1: the
    minutes count it checked, the summary says it apart instead of "answered" (issue 12)."""
    ws, visit, structure = builtin
    c2 = item(structure, "C2")
    page = _page(qtbot, ws, visit)
    panel = page.checklist
    assert panel.answer(c2, "dat")
    page.ops.bus.broadcast(_row(ws, visit, structure, {"DD1": "Đỗ Văn Hùng", "DD3": "co_mat", "DD5": False}), None)
    counts = ws.visits.counts(visit)
    assert counts["items"] - counts["unanswered"] == 2                    # C1 (by the row) and C2 checked
    summary = panel.summary.text()
    assert summary.startswith(f"Answered 1 of {counts['items']}")          # C2 only
    assert "1 not answered, non-compliant by records" in summary and "1 non-compliant" in summary
    assert panel.answer(item(structure, "C1"), "khong_dat")                 # answered now: said as answered
    summary = panel.summary.text()
    assert summary.startswith(f"Answered 2 of {counts['items']}") and "by records" not in summary
