"""The decision a plan (and a team) rests on is cited with its parts — number, date in
words, issuer, subject line — and what it lacks is dotted on paper and said before
printing, with where to add it (issue 11, point 6)."""

from __future__ import annotations

import json

import pytest

from inspector_app.errors import ValidationError
from tests.helpers.factories import setup_visit

from .conftest import flat, pdftotext

PARTS = {"number": "123/QĐ-SNV", "issued_on": "2026-03-05", "issuer": "Giám đốc Sở Nội vụ",
         "subject": "Về việc ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2026"}


def _ready(ws):
    ids = setup_visit(ws, start=False)
    v = ids["visit"]
    ws.visits.start(v, "2026-11-20T08:05:00+07:00")
    ws.visits.add_participant(v, "team", "Nguyễn Thị Thu Hà", "Phó Giám đốc", "head", gender="female")
    ws.visits.add_participant(v, "unit", "Hoàng Minh", "Chủ tịch Ủy ban nhân dân", "head_of_unit", gender="male")
    ws.visits.conclude(v, "2026-11-20T10:30:00+07:00", reason="Thử")
    return ids


def _paper(ws, visit_id: str, name: str) -> str:
    ws.minutes.render(visit_id, ws.path / name)
    return flat(pdftotext(ws.path / name))


def test_a_plan_s_decision_given_by_its_parts_is_cited_in_full_in_the_minutes_date_style(ws):
    ids = _ready(ws)
    ws.plans.update(ids["plan"], decision=PARTS)
    stored = ws.plans.find(ids["plan"])["decision"]
    assert json.loads(stored)["subject"].startswith("về việc ban hành")     # kept in the text field, lower case
    text = _paper(ws, ids["visit"], "full.pdf")
    assert ("Căn cứ Quyết định số 123/QĐ-SNV ngày 05 tháng 3 năm 2026 của Giám đốc Sở Nội vụ về việc ban hành "
            "Kế hoạch kiểm tra công tác cải cách hành chính năm 2026.") in text     # the last basis: "."
    assert "05/3/2026" not in text and "{" not in text
    assert ws.minutes.warnings(ids["visit"]) == []


def test_a_decision_without_its_subject_line_is_dotted_on_paper_and_said_before_printing(ws):
    ids = _ready(ws)
    ws.plans.update(ids["plan"], decision={**PARTS, "subject": ""})
    text = _paper(ws, ids["visit"], "gap.pdf")
    line = text[text.index("Căn cứ Quyết định số 123/QĐ-SNV"):]
    assert line.startswith("Căn cứ Quyết định số 123/QĐ-SNV ngày 05 tháng 3 năm 2026 của Giám đốc Sở Nội vụ "
                           "về việc ..........")
    said = ws.minutes.warnings(ids["visit"])
    assert len(said) == 1
    vi, en = said[0]
    assert "Quyết định số 123/QĐ-SNV" in vi and "trích yếu (về việc …)" in vi
    assert "Thư viện → Kế hoạch" in vi and "“87/KH-UBND”" in vi and "“Sửa kế hoạch…”" in vi
    assert "subject line" in en


def test_a_bare_number_typed_before_parts_existed_gets_dots_for_what_it_lacks(ws):
    ids = _ready(ws)
    ws.plans.update(ids["plan"], decision="Quyết định số 112/QĐ-UBND")
    text = _paper(ws, ids["visit"], "bare.pdf")
    assert "Căn cứ Quyết định số 112/QĐ-UBND ngày …… tháng …… năm …… của ……………… về việc ......" in text
    assert "Căn cứ Quyết định số 112/QĐ-UBND." not in text
    (vi, _en), = ws.minutes.warnings(ids["visit"])
    assert "ngày ban hành, cơ quan, người ban hành, trích yếu (về việc …)" in vi


def test_a_decision_typed_as_one_text_still_prints_as_typed(ws):
    ids = _ready(ws)
    typed = ("Quyết định số 1520/QĐ-UBND ngày 10 tháng 4 năm 2026 của Chủ tịch Ủy ban nhân dân thành phố "
             "phê duyệt Kế hoạch kiểm tra năm 2026.")
    ws.plans.update(ids["plan"], decision=typed)
    text = _paper(ws, ids["visit"], "typed.pdf")
    bases = text[text.index("Căn cứ"):text.index("Lý do kiểm tra đột xuất")]
    assert f"Căn cứ {typed}" in bases and "……" not in bases and ".." not in bases
    assert ws.minutes.warnings(ids["visit"]) == []


def test_a_team_s_decision_by_parts_takes_its_subject_line_from_the_team(ws):
    ids = _ready(ws)
    ws.plans.update_team(ids["team"], decision={"number": "140/QĐ-SNV", "issued_on": "2026-10-30"})
    text = _paper(ws, ids["visit"], "team.pdf")
    assert ("Căn cứ Quyết định số 140/QĐ-SNV ngày 30 tháng 10 năm 2026 của ……………… về việc thành lập Đoàn kiểm tra "
            "số 1.") in text
    (vi, _en), = ws.minutes.warnings(ids["visit"])
    assert "cơ quan, người ban hành" in vi and "trích yếu" not in vi and "Thư viện → Đoàn kiểm tra" in vi


def test_a_decision_s_number_and_date_are_checked(ws):
    ids = setup_visit(ws, start=False)
    with pytest.raises(ValidationError, match="123/QĐ-SNV"):
        ws.plans.update(ids["plan"], decision={**PARTS, "number": "QĐ 123 của Sở"})
    with pytest.raises(ValidationError):
        ws.plans.update(ids["plan"], decision={**PARTS, "issued_on": "05/03/2026"})
    with pytest.raises(ValidationError, match="số, ký hiệu quyết định"):
        ws.plans.update(ids["plan"], decision={**PARTS, "number": ""})
    ws.plans.update(ids["plan"], decision={k: "" for k in PARTS})       # every part emptied: no decision
    assert ws.plans.find(ids["plan"])["decision"] is None


def test_a_changed_decision_is_said_in_words_not_as_its_stored_parts(ws):
    from inspector_app.minutes import diff

    ids = setup_visit(ws, start=False)
    before = {"plan": {"decision": "Quyết định số 112/QĐ-UBND"}}
    ws.plans.update(ids["plan"], decision=PARTS)
    after = {"plan": {"decision": ws.plans.find(ids["plan"])["decision"]}}
    (vi, _en), = diff.facts_differences(before, after)
    assert vi.startswith("Quyết định kiểm tra: “Quyết định số 112/QĐ-UBND ngày …… tháng …… năm …… "
                         "của ……………… về việc ……” → “Quyết định số 123/QĐ-SNV ngày 05 tháng 3 năm 2026 "
                         "của Giám đốc Sở Nội vụ về việc ban hành")
    assert "{" not in vi
