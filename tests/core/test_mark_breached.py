"""Correcting an item answered "Đạt" while records breach it, in one undoable step (issue 11, point 2)."""

from __future__ import annotations

import pytest

from inspector_app.errors import LifecycleError, ValidationError
from tests.core.test_breach_rules import add_row, builtin_ws, item, start_visit  # noqa: F401 - the fixture


def test_a_contradicted_item_becomes_non_compliant_with_the_rows_in_its_note(builtin_ws):  # noqa: F811
    ws = builtin_ws
    visit, structure = start_visit(ws, "mot-cua-dot-xuat")
    c1 = item(structure, "C1")
    ws.answers.answer(visit, c1["id"], "dat", note="Có bảng tên trên bàn")
    add_row(ws, visit, structure, "DD", {"DD1": "Đỗ Văn Hùng", "DD3": "co_mat", "DD5": False})
    add_row(ws, visit, structure, "DD", {"DD1": "Vũ Đức Thắng", "DD3": "co_mat", "DD5": False})
    assert [c["item"]["code"] for c in ws.visits.consistency(visit)["contradictions"]] == ["C1"]

    changes = ws.visits.mark_breached(visit, c1["id"])
    assert changes.touches("observation")
    held = ws.answers.of_visit(visit)[(c1["id"], None)]
    assert held["value"] == "khong_dat"
    assert held["note"] == ("Có bảng tên trên bàn\nKhông đạt: Đỗ Văn Hùng (Đeo thẻ công chức, viên chức: Không); "
                            "Vũ Đức Thắng (Đeo thẻ công chức, viên chức: Không).")
    assert ws.visits.consistency(visit)["contradictions"] == []
    assert ws.undo_history.undo_text(visit, "vi")
    ws.undo(visit)                                                    # one step: answer and note together
    held = ws.answers.of_visit(visit)[(c1["id"], None)]
    assert (held["value"], held["note"]) == ("dat", "Có bảng tên trên bàn")

    with pytest.raises(ValidationError) as err:
        ws.visits.mark_breached(visit, item(structure, "C3")["id"])   # nothing breaches C3
    assert err.value.code == "no_contradiction" and "C3" in err.value.message("vi")


def test_after_signing_the_correction_needs_an_amendment(builtin_ws):  # noqa: F811
    ws = builtin_ws
    visit, structure = start_visit(ws, "mot-cua-dot-xuat")
    c1 = item(structure, "C1")
    ws.answers.answer(visit, c1["id"], "dat")
    add_row(ws, visit, structure, "DD", {"DD1": "Đỗ Văn Hùng", "DD3": "co_mat", "DD5": False})
    ws.visits.conclude(visit, "2026-11-20T10:00:00+07:00", reason="Thử nghiệm")
    ws.visits.set_status(visit, "minutes_signed")
    with pytest.raises(LifecycleError):
        ws.visits.mark_breached(visit, c1["id"])
