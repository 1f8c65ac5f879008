"""Undo and redo owned by the core: built from the operations' `prev` values."""

from __future__ import annotations

import pytest

from inspector_app.errors import ValidationError
from inspector_app.workspace import Workspace


def _answer(ws, visit_id, item_id, record_id=None):
    row = ws.answers.find_observation(visit_id, item_id, record_id)
    return None if row is None else row["value"]


def test_answers_and_notes_undo_and_redo_in_order(ws, visit):
    visit_id, a1 = visit["visit"], visit["items"]["A1"]
    ws.answers.answer(visit_id, a1, "dat")
    ws.answers.answer(visit_id, a1, "khong_dat")
    ws.answers.set_note(visit_id, a1, "Chưa niêm yết")

    assert ws.undo_history.undo_text(visit_id, "vi") == "kết quả tiêu chí"
    changes = ws.undo(visit_id)
    assert changes.touches("observation")
    assert ws.answers.of_visit(visit_id)[(a1, None)]["note"] is None
    ws.undo(visit_id)
    assert _answer(ws, visit_id, a1) == "dat"
    ws.undo(visit_id)
    # The first answer created the row: undoing it leaves the item unanswered.
    assert _answer(ws, visit_id, a1) is None
    with pytest.raises(ValidationError) as refused:
        ws.undo(visit_id)
    assert "hoàn tác" in refused.value.message("vi")

    ws.redo(visit_id)
    assert _answer(ws, visit_id, a1) == "dat"
    ws.redo(visit_id)
    assert _answer(ws, visit_id, a1) == "khong_dat"
    # A new change forgets what could be redone.
    ws.answers.answer(visit_id, visit["items"]["A2"], "dat")
    assert not ws.undo_history.can_redo(visit_id)
    with pytest.raises(ValidationError):
        ws.redo(visit_id)


def test_an_item_answered_again_after_its_first_answer_was_undone(ws, visit):
    visit_id, a1 = visit["visit"], visit["items"]["A1"]
    ws.answers.answer(visit_id, a1, "dat")
    ws.undo(visit_id)
    ws.answers.answer(visit_id, a1, "khong_dat")
    assert _answer(ws, visit_id, a1) == "khong_dat"
    assert ws.answers.progress(visit_id)["answered"] == 1


def test_records_findings_and_requests_are_undoable(ws, visit):
    visit_id = visit["visit"]
    record_id, _ = ws.answers.add_record(visit_id, visit["sections"]["DD"])
    finding_id, _ = ws.findings.add(visit_id, "Chưa niêm yết thủ tục hành chính")
    request_id, _ = ws.findings.add_request(visit_id, "Niêm yết đầy đủ", "Chủ tịch UBND phường", "2026-12-20")

    ws.undo(visit_id)
    assert [r["id"] for r in ws.findings.requests(visit_id)] == []
    ws.undo(visit_id)
    assert ws.findings.of_visit(visit_id) == []
    ws.redo(visit_id)
    assert [f["id"] for f in ws.findings.of_visit(visit_id)] == [finding_id]
    ws.undo(visit_id)
    ws.undo(visit_id)
    assert ws.answers.records(visit_id, visit["sections"]["DD"]) == []
    ws.redo(visit_id)
    assert [r["id"] for r in ws.answers.records(visit_id, visit["sections"]["DD"])] == [record_id]
    assert request_id not in {r["id"] for r in ws.findings.requests(visit_id)}


def test_undo_works_after_a_restart(tmp_path):
    from tests.helpers.factories import setup_visit

    path = tmp_path / "ws"
    with Workspace.create(path, "field", builtin_checklists=False) as ws:
        ids = setup_visit(ws)
        ws.answers.answer(ids["visit"], ids["items"]["A1"], "dat")
        ws.answers.answer(ids["visit"], ids["items"]["A1"], "khong_dat")
        ws.undo(ids["visit"])
    with Workspace.open(path) as ws:
        assert ws.undo_history.can_redo(ids["visit"])
        ws.redo(ids["visit"])
        assert _answer(ws, ids["visit"], ids["items"]["A1"]) == "khong_dat"
        ws.undo(ids["visit"])
        ws.undo(ids["visit"])
        assert _answer(ws, ids["visit"], ids["items"]["A1"]) is None


def test_undo_is_per_visit_and_still_works_after_conclusion(ws, visit):
    visit_id, a1 = visit["visit"], visit["items"]["A1"]
    other, _ = ws.visits.create(visit["unit"], "surprise", "2026-11-21", [visit["template"]])
    ws.visits.start(other, "2026-11-21T08:00:00+07:00")
    ws.answers.answer(visit_id, a1, "dat")
    ws.answers.answer(other, a1, "khong_dat")
    ws.undo(visit_id)
    assert _answer(ws, visit_id, a1) is None
    assert _answer(ws, other, a1) == "khong_dat"

    # Until the minutes are signed, a concluded visit can still be corrected.
    ws.visits.conclude(other, "2026-11-21T11:00:00+07:00", reason="Đơn vị tạm dừng tiếp nhận")
    ws.undo(other)
    assert _answer(ws, other, a1) is None


def test_undo_is_refused_once_the_minutes_are_signed(tmp_path):
    from inspector_app import demo

    with Workspace.create(tmp_path / "ws", "field") as ws:
        visit_id = demo.fill(ws)["visits"][0]
        assert not ws.undo_history.can_undo(visit_id), "demo data is no one's change to undo"
        item_id, record_id = next(key for key, row in ws.answers.of_visit(visit_id).items()
                                  if row["value"] == "khong_dat")
        ws.answers.answer(visit_id, item_id, "dat", record_id=record_id)
        ws.minutes.update_draft(visit_id, number="05/BB-ĐKT", unit_opinion="Đơn vị thống nhất.")
        ws.minutes.sign(visit_id, ws.minutes.render(visit_id, tmp_path / "signed.pdf").pdf)
        with pytest.raises(Exception) as refused:
            ws.undo(visit_id)
        assert "biên bản bổ sung" in refused.value.message("vi")
        assert _answer(ws, visit_id, item_id, record_id) == "dat"


def test_undo_travels_as_operations_other_devices_merge(ws, visit, tmp_path):
    """An undo is a change like any other: a replica applying the log agrees."""
    visit_id, a1 = visit["visit"], visit["items"]["A1"]
    ws.answers.answer(visit_id, a1, "dat")
    ws.answers.answer(visit_id, a1, "khong_dat")
    ws.undo(visit_id)
    with Workspace.create(tmp_path / "replica", "field", builtin_checklists=False) as replica:
        replica.apply_operations(ws.operations())
        assert replica.state_dump()["observation"] == ws.state_dump()["observation"]


def test_a_case_file_date_answered_again_after_undo_brings_back_its_late_mark(ws, visit):
    """Undoing a record's first date deletes the answer and the "late" mark derived from it;
    answering again revives both, as for any row written again after an undo."""
    visit_id = visit["visit"]
    record_id, _ = ws.answers.add_record(visit_id, visit["sections"]["HS"])
    due, late = visit["items"]["HS2"], visit["items"]["HS4"]
    ws.answers.answer(visit_id, due, "2026-11-10", record_id=record_id)
    assert _answer(ws, visit_id, late, record_id) is True          # due before the visit, not returned
    ws.undo(visit_id)
    assert _answer(ws, visit_id, due, record_id) is None and _answer(ws, visit_id, late, record_id) is None
    ws.answers.answer(visit_id, due, "2026-11-12", record_id=record_id)
    assert _answer(ws, visit_id, due, record_id) == "2026-11-12"
    assert _answer(ws, visit_id, late, record_id) is True
