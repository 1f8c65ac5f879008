"""Answers, repeatable records, the late-file rule and progress."""

from __future__ import annotations

from inspector_app.services.answers import late_value


def test_late_is_computed_from_due_and_returned_dates():
    assert late_value("2026-11-10", "2026-11-12", "2026-11-20") is True
    assert late_value("2026-11-10", "2026-11-10", "2026-11-20") is False
    assert late_value("2026-11-25", None, "2026-11-20") is False
    assert late_value("2026-11-10", None, "2026-11-20") is True  # still out past its due date
    assert late_value(None, "2026-11-12", "2026-11-20") is None


def test_case_file_rows_mark_late_files(ws, visit):
    items, v = visit["items"], visit["visit"]
    late, _ = ws.answers.add_record(v, visit["sections"]["HS"], {
        items["HS1"]: "H01.001", items["HS2"]: "2026-11-10", items["HS3"]: "2026-11-12"})
    on_time, _ = ws.answers.add_record(v, visit["sections"]["HS"], {
        items["HS1"]: "H01.002", items["HS2"]: "2026-11-10", items["HS3"]: "2026-11-09"})
    held = ws.answers.of_visit(v)
    assert held[(items["HS4"], late)]["value"] is True
    assert held[(items["HS4"], on_time)]["value"] is False
    ws.answers.answer(v, items["HS3"], "2026-11-10", record_id=late)   # corrected return date
    assert ws.answers.of_visit(v)[(items["HS4"], late)]["value"] is False
    assert [r["id"] for r in ws.answers.records(v, visit["sections"]["HS"])] == [late, on_time]


def test_progress_counts_answers_shortcomings_and_points(ws, visit):
    items, v = visit["items"], visit["visit"]
    ws.answers.answer(v, items["A1"], "dat")
    ws.answers.answer(v, items["A2"], "khong_dat")
    ws.answers.answer(v, items["A3"], "khong_ap_dung")
    progress = ws.answers.progress(v)
    section_a = progress["sections"][0]
    assert (section_a["answered"], section_a["total"]) == (3, 5)   # A1-A4 and the note; A-why only if A1 fails
    assert section_a["noncompliant"] == 1
    assert (section_a["earned"], section_a["possible"]) == (1.0, 2.0)  # N/A carries no points
    ws.answers.answer(v, items["A1"], "khong_dat")
    assert ws.answers.progress(v)["sections"][0]["total"] == 6        # the condition now applies


def test_roll_call_rows_and_unanswered_required_items(ws, visit):
    items, v = visit["items"], visit["visit"]
    absent, _ = ws.answers.add_record(v, visit["sections"]["DD"], {
        items["DD1"]: "Đỗ Văn Hùng", items["DD2"]: "vang_khong_ly_do"})
    present, _ = ws.answers.add_record(v, visit["sections"]["DD"], {
        items["DD1"]: "Nguyễn Thị Mai", items["DD2"]: "co_mat"})
    missing = {(m["item"]["code"], m["record_id"]) for m in ws.answers.unanswered_required(v)}
    assert ("DD3", present) in missing          # card not yet checked for the one present
    assert ("DD3", absent) not in missing       # not asked of someone absent
    roll_call = next(s for s in ws.answers.progress(v)["sections"] if s["code"] == "DD")
    assert roll_call["records"] == 2 and roll_call["noncompliant"] == 1
    ws.answers.remove_record(absent)
    assert [r["id"] for r in ws.answers.records(v, visit["sections"]["DD"])] == [present]
