"""The minutes say when the meeting was recorded, and cite the decision setting up the
team with its subject line (issue 11, point 6)."""

from __future__ import annotations

from inspector_app.media_tools import write_tone_wav
from tests.helpers.factories import setup_visit

from .conftest import flat, pdftotext


def _concluded(ws):
    ids = setup_visit(ws, start=False)
    v = ids["visit"]
    ws.visits.start(v, "2026-11-20T08:05:00+07:00")
    ws.visits.add_participant(v, "team", "Nguyễn Thị Thu Hà", "Phó Giám đốc", "head", gender="female")
    ws.visits.add_participant(v, "unit", "Hoàng Minh", "Chủ tịch Ủy ban nhân dân", "head_of_unit", gender="male")
    return ids


def _text(ws, visit_id: str, name: str) -> str:
    ws.visits.conclude(visit_id, "2026-11-20T10:30:00+07:00", reason="Thử")
    ws.minutes.render(visit_id, ws.path / name)
    ws.visits.reopen(visit_id)
    return flat(pdftotext(ws.path / name))


def test_a_sentence_says_the_meeting_was_recorded_with_how_many_files_and_minutes(ws, tmp_path):
    ids = _concluded(ws)
    v = ids["visit"]
    assert "ghi âm" not in _text(ws, v, "none.pdf").lower()           # nothing recorded: nothing said
    for name, seconds in (("ghi-am-1.wav", 100), ("ghi-am-2.wav", 50)):
        ws.media.add_recording(write_tone_wav(tmp_path / name, seconds, rate=1000), v)
    text = _text(ws, v, "two.pdf")
    assert ("Buổi làm việc có ghi âm (02 tệp, tổng thời lượng 3 phút), lưu cùng hồ sơ cuộc kiểm tra; "
            "danh mục tệp ghi âm tại Phụ lục I kèm theo Biên bản này.") in text   # 150 s: 2.5 min, half up
    assert text.index("Buổi làm việc có ghi âm") < text.index("Danh mục tệp ghi âm")  # the body, then the appendix


def test_a_recording_whose_length_is_unknown_is_counted_without_a_length(ws, tmp_path):
    ids = _concluded(ws)
    phone = tmp_path / "ghi-am.m4a"
    phone.write_bytes(b"\x00" * 2000)                # a phone's format: its length is not read
    ws.media.add_file(phone, ids["visit"], kind="audio")
    text = _text(ws, ids["visit"], "m4a.pdf")
    assert "Buổi làm việc có ghi âm (01 tệp), lưu cùng hồ sơ cuộc kiểm tra" in text
    assert "tổng thời lượng" not in text


def test_the_decision_setting_up_the_team_is_cited_with_its_subject_line(ws):
    ids = _concluded(ws)
    v = ids["visit"]
    ws.plans.update_team(ids["team"], decision="Quyết định số 112/QĐ-UBND ngày 02 tháng 11 năm 2026 của Chủ tịch "
                                               "Ủy ban nhân dân tỉnh.")
    text = _text(ws, v, "bare.pdf")
    assert ("Căn cứ Quyết định số 112/QĐ-UBND ngày 02 tháng 11 năm 2026 của Chủ tịch Ủy ban nhân dân tỉnh "
            "về việc thành lập Đoàn kiểm tra số 1") in text
    typed = ("Quyết định số 113/QĐ-UBND ngày 03 tháng 11 năm 2026 của Chủ tịch Ủy ban nhân dân tỉnh về việc "
             "thành lập Đoàn kiểm tra công tác cải cách hành chính năm 2026")
    ws.plans.update_team(ids["team"], decision=typed)
    text = _text(ws, v, "typed.pdf")
    assert f"Căn cứ {typed}" in text and text.count("về việc thành lập") == 1     # as typed, never twice
