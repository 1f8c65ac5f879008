"""The counts on paper are the core's counts; records never print beside an item "Đạt" they breach (issue 11)."""

from __future__ import annotations

import re

import pytest

from inspector_app import demo
from inspector_app.workspace import Workspace
from tests.helpers.factories import setup_visit

from .conftest import flat, pdftotext

QUY_CHE = "Quy chế văn hóa công sở tại các cơ quan hành chính nhà nước"


@pytest.fixture(scope="module")
def demo_minutes(tmp_path_factory):
    """Every concluded demo visit rendered once: (workspace, [(visit id, flat text)])."""
    tmp = tmp_path_factory.mktemp("demo")
    ws = Workspace.create(tmp / "ws", "field")
    made = demo.fill(ws)
    rendered = []
    for visit_id in made["visits"]:
        if ws.visits.get(visit_id)["status"] != "concluded":
            continue
        ws.minutes.render(visit_id, tmp / f"{visit_id}.pdf")
        rendered.append((visit_id, flat(pdftotext(tmp / f"{visit_id}.pdf"))))
    yield ws, rendered
    ws.close()


def test_every_demo_minutes_states_the_counts_of_the_core(demo_minutes):
    ws, rendered = demo_minutes
    assert len(rendered) == 6
    for visit_id, text in rendered:
        counts = ws.visits.counts(visit_id)
        said = re.search(r"đã (?:kiểm tra|chấm điểm) (\d+)/(\d+) tiêu chí(?: \((\d+) tiêu chí không áp dụng\))?; "
                         r"(?:có (\d+) tiêu chí không đạt|các tiêu chí đã kiểm tra đều đạt|điểm từng tiêu chí)", text)
        assert said, text[:2000]
        checked, items, not_applicable, noncompliant = (int(g or 0) for g in said.groups())
        assert (checked, items, not_applicable, noncompliant) == (
            counts["checked"], counts["items"], counts["not_applicable"], counts["noncompliant"])
        # Record rows are not items: 55 items on the one-stop checklist, whatever the rows.
        assert items == sum(a["items"] for a in counts["areas"])
        assert text.count("KHÔNG ĐẠT") == counts["noncompliant"]


def test_a_count_of_zero_is_said_in_words_or_not_at_all(demo_minutes):
    """"(0 tiêu chí không áp dụng)", "0 hồ sơ trễ hạn (in đậm)" — bold rows that are not
    there — are never printed: the part is left out, or says "không có"."""
    _ws, rendered = demo_minutes
    text = " ".join(t for _v, t in rendered)
    assert re.search(r"\b0 (?:tiêu chí|hồ sơ|trường hợp)", text) is None
    assert "không có hồ sơ trễ hạn." in text or "không có trường hợp vi phạm." in text
    scored = next(t for _v, t in rendered if "đã chấm điểm" in t)
    assert re.search(r"đã chấm điểm (\d+)/\1 tiêu chí; điểm từng tiêu chí", scored)


def test_the_case_files_summary_accounts_for_every_shaded_row(demo_minutes):
    """Each shaded row of the case files is counted once in the sentence above the table:
    late, or not late but with another answer not met ("3 hồ sơ trễ hạn …; 1 hồ sơ không
    trễ hạn nhưng có nội dung không đạt")."""
    from inspector_app.minutes import content

    ws, rendered = demo_minutes
    seen = 0
    for visit_id, text in rendered:
        for records in content.facts(ws, visit_id)["records"]:
            if records["code"] != "HS" or not records["rows"]:
                continue
            late = sum(1 for r in records["rows"] if r["late"])
            other = sum(1 for r in records["rows"] if any(r["flags"]) and not r["late"])
            said = re.search(r"Kiểm tra xác suất (\d+) hồ sơ; (?:(\d+) hồ sơ trễ hạn[^;.]*|không có hồ sơ trễ hạn)"
                             r"(?:; (\d+) hồ sơ không trễ hạn nhưng có nội dung không đạt[^;.]*)?\.", text)
            assert said, text[:200]
            assert [int(g or 0) for g in said.groups()] == [len(records["rows"]), late, other]
            seen += other > 0
    assert seen


def test_an_optional_part_of_a_sentence_is_kept_only_with_counts_above_zero():
    from inspector_app.minutes.template import fill

    sentence = "Kiểm tra {rows} hồ sơ; [[{late} hồ sơ trễ hạn||không có hồ sơ trễ hạn]][[ ({n} ảnh)]]."
    assert fill(sentence, {"rows": 5, "late": 2, "n": "02"}) == "Kiểm tra 5 hồ sơ; 2 hồ sơ trễ hạn (02 ảnh)."
    assert fill(sentence, {"rows": 5, "late": 0, "n": "00"}) == "Kiểm tra 5 hồ sơ; không có hồ sơ trễ hạn."
    assert fill(sentence, {"rows": 5, "late": "10"}) == "Kiểm tra 5 hồ sơ; 10 hồ sơ trễ hạn."


def test_citations_say_so_and_the_article(demo_minutes):
    _ws, rendered = demo_minutes
    text = " ".join(t for _v, t in rendered)
    assert "Nghị định số 118/2025/NĐ-CP" in text
    # An article of the regulation a decision issues is the regulation's (Quy chế văn hóa công sở).
    assert f"Điều 7 {QUY_CHE} ban hành kèm theo Quyết định số 129/2007/QĐ-TTg" in text
    assert "Điều 7 Quyết định số 129/2007" not in text
    assert re.search(r"(?<!số )\b(?:Nghị định|Quyết định|Thông tư) \d+/\d{4}/", text) is None


def test_a_document_is_cited_in_full_where_a_paper_first_names_it_then_by_its_number(demo_minutes):
    _ws, rendered = demo_minutes
    assert "ngày 09 tháng 6 năm 2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa" in \
        " ".join(t for _v, t in rendered)
    for _visit, text in rendered:
        cited = " ; ".join(re.findall(r"\(Căn cứ: (.*?)\)", text))
        mentions = [(m.group(1), m.end()) for m in re.finditer(
            r"((?:Nghị định|Quyết định|Thông tư|Chỉ thị) số \d+/[\w/-]*\w)", cited)]
        first: dict[str, int] = {}
        for name, end in mentions:
            first.setdefault(name, end)
        # (A re-inspection may have cited it in full above the results, quoting an earlier request.)
        before = text[:text.find("(Căn cứ:")]
        for name, end in first.items():
            assert cited[end:].startswith(" ngày ") or f"{name} ngày " in before, (name, cited[end:end + 80])
        # Once cited in full, the same paper names the document by its number alone.
        for name in first:
            assert len(re.findall(re.escape(name) + r" ngày ", cited)) <= 1 + cited.count("hướng dẫn thi hành"), name


def test_interviews_name_the_uncommon_answers_and_count_the_common_one(demo_minutes):
    from inspector_app.minutes import fonts, layout
    from inspector_app.minutes.records import records_table

    _ws, rendered = demo_minutes
    assert "Các nội dung còn lại (" in " ".join(t for _v, t in rendered)
    columns = [{"code": "PV1", "text": "Thủ tục"}] + [{"code": f"PV{n}", "text": f"Nội dung {n}"}
                                                      for n in range(2, 12)]
    cells = ["Đăng ký khai sinh"] + ["Hài lòng"] * 8 + ["Bình thường", "Không hài lòng"]
    flags = [False] * 10 + [True]
    table = records_table({"columns": columns, "rows": [{"cells": cells, "flags": flags, "late": False,
                                                          "evidence": []}]},
                          1, layout.styles(fonts.register()), {"other_column": "Ghi nhận khác"})
    cell = table._cellvalues[1][-1]
    cell = cell[0] if isinstance(cell, (list, tuple)) else cell
    assert cell.text == (
        "Nội dung 10: Bình thường; <b>Nội dung 11: Không hài lòng</b>; Các nội dung còn lại (8): Hài lòng")


def test_no_demo_minutes_prints_an_item_compliant_beside_records_that_breach_it(demo_minutes, tmp_path):
    ws, rendered = demo_minutes
    for visit_id, _text in rendered:             # the demo's team corrected what the records breach
        assert ws.visits.consistency(visit_id) == {"contradictions": [], "duplicates": []}
    # An item set back to "Đạt" beside a breaching row: the paper still says "Không đạt".
    visit_id = rendered[0][0]
    item_id, _breaches = next(iter(ws.visits.derived_verdicts(visit_id).items()))
    kept = ws.answers.of_visit(visit_id)[(item_id, None)]
    ws.answers.answer(visit_id, item_id, "dat")
    try:
        ws.minutes.render(visit_id, tmp_path / "bb.pdf")
        text = flat(pdftotext(tmp_path / "bb.pdf"))
        printed = {i["code"]: i for s in ws.minutes.content(visit_id)["facts"]["sections"] for i in s["items"]}
        [found] = ws.visits.consistency(visit_id)["contradictions"]
        item = printed[found["item"]["code"]]
        assert item["value"] == "Không đạt" and item["noncompliant"]
        assert item["answered"] == "Đạt"                                # what the team recorded is kept
        for breach in found["breaches"]:
            assert breach.label in text and f"{breach.field}: {breach.value}" in text
    finally:
        ws.answers.answer(visit_id, item_id, kept["value"], note=kept["note"] or "")


def test_a_scored_checklist_prints_points_per_area_and_a_percentage_never_adds_into_them(ws):
    ws.checklists.import_data({
        "schema": 1, "code": "diem-thu", "version": 1, "kind": "par_index", "title": "Chấm điểm thử",
        "sections": [
            {"code": "CD", "title": "Công tác chỉ đạo, điều hành", "items": [
                {"code": "CD1", "text": "Ban hành kế hoạch cải cách hành chính năm", "answer_type": "score",
                 "max_score": 4},
                {"code": "CD2", "text": "Chỉ số hài lòng của người dân", "answer_type": "percentage"}]},
            {"code": "TC", "title": "Cải cách thể chế", "items": [
                {"code": "TC1", "text": "Rà soát văn bản quy phạm pháp luật", "answer_type": "score",
                 "max_score": 6}]}]})
    template = next(t for t in ws.checklists.list() if t["code"] == "diem-thu")
    unit, _ = ws.units.create("Sở Tư pháp thành phố Hà Nội", "department", place_name="Hà Nội")
    visit, _ = ws.visits.create(unit, "planned", "2026-11-20", [template["id"]])
    ws.visits.start(visit, "2026-11-20T08:00:00+07:00")
    items = {i["code"]: i["id"] for i in ws.checklists.items(template["id"])}
    ws.answers.answer(visit, items["CD1"], 3.5)
    ws.answers.answer(visit, items["CD2"], 92.5)
    ws.answers.answer(visit, items["TC1"], 6)
    counts = ws.visits.counts(visit)
    assert (counts["earned"], counts["possible"]) == (9.5, 10.0)
    assert [(a["code"], a["earned"], a["possible"]) for a in counts["areas"]] == [("CD", 3.5, 4.0), ("TC", 6.0, 6.0)]
    ws.visits.add_participant(visit, "team", "Nguyễn Thị Thu Hà", "Phó Giám đốc", "Trưởng đoàn")
    ws.visits.add_participant(visit, "unit", "Trần Văn Bình", "Giám đốc", "Thủ trưởng đơn vị")
    ws.visits.conclude(visit, "2026-11-20T10:00:00+07:00")
    ws.minutes.render(visit, ws.path / "diem.pdf")
    text = flat(pdftotext(ws.path / "diem.pdf"))
    assert "Đoàn kiểm tra đã chấm điểm 3/3 tiêu chí" in text and "đều đạt" not in text
    assert "Tổng điểm các lĩnh vực: 9,5/10 điểm." in text
    assert text.count("Điểm của lĩnh vực:") == 2
    assert "Điểm của lĩnh vực: 3,5/4 điểm." in text and "Điểm của lĩnh vực: 6/6 điểm." in text
    assert "92,5 %" in text and "102,5" not in text


def test_tables_with_no_rows_are_not_listed_as_checked(ws, visit):
    ws.visits.add_participant(visit["visit"], "team", "Nguyễn Thị Thu Hà", "Phó Giám đốc", "head")
    ws.visits.add_participant(visit["visit"], "unit", "Lê Thị Hạnh", "Chủ tịch", "representative")
    ws.answers.add_record(visit["visit"], visit["sections"]["DD"], {visit["items"]["DD1"]: "Đỗ Văn Hùng"})
    ws.visits.conclude(visit["visit"], "2026-11-20T10:00:00+07:00", reason="Thử")
    ws.minutes.render(visit["visit"], ws.path / "bb.pdf")
    text = flat(pdftotext(ws.path / "bb.pdf"))
    scope = text[text.index("NỘI DUNG KIỂM TRA"):text.index("KẾT QUẢ KIỂM TRA")]
    assert "Điểm danh cán bộ" in scope and "Hồ sơ" not in scope


def test_rows_of_records_and_answers_of_citizens_are_never_counted_as_items(tmp_path):
    ws = Workspace.create(tmp_path / "ws2", "field", builtin_checklists=False)
    try:
        ids = setup_visit(ws)
        for name in ("Đỗ Văn Hùng", "Nguyễn Thị Mai", "Vũ Đức Thắng"):
            ws.answers.add_record(ids["visit"], ids["sections"]["DD"], {ids["items"]["DD1"]: name,
                                                                        ids["items"]["DD2"]: "vang_khong_ly_do"})
        ws.answers.answer(ids["visit"], ids["items"]["A1"], "dat")
        counts = ws.visits.counts(ids["visit"])
        # A1..A4, the note and (not applicable: A1 is Đạt) no "why": 5 items; 3 absent staff are rows.
        assert counts["items"] == 5 and counts["checked"] == 1 and counts["noncompliant"] == 0
        assert counts["records"][0]["rows"] == 3 and counts["records"][0]["flagged"] == 3
        assert ws.answers.progress(ids["visit"])["total"] > counts["items"]   # the old sum counted rows
    finally:
        ws.close()


def test_the_time_of_the_roll_call_is_stated_from_when_its_first_row_was_written(ws):
    import datetime as dt

    ids = setup_visit(ws, start=False)
    v = ids["visit"]
    ws.visits.start(v)                                           # now
    ws.visits.add_participant(v, "team", "Nguyễn Thị Thu Hà", "Phó Giám đốc", "head")
    ws.visits.add_participant(v, "unit", "Lê Thị Hạnh", "Chủ tịch", "representative")
    before = dt.datetime.now().astimezone()
    ws.answers.add_record(v, ids["sections"]["DD"], {ids["items"]["DD1"]: "Đỗ Văn Hùng"})
    ws.visits.conclude(v, reason="Thử")
    ws.minutes.render(v, ws.path / "bb.pdf")
    text = flat(pdftotext(ws.path / "bb.pdf"))
    said = re.search(r"Điểm danh lúc (\d\d) giờ (\d\d) phút\. Điểm danh 1 người", text)
    assert said, text
    assert (int(said.group(1)), int(said.group(2))) in {(m.hour, m.minute) for m in (
        before, before + dt.timedelta(minutes=1))}


def test_rows_a_corrected_item_names_in_its_note_are_not_named_again(demo_minutes):
    ws, rendered = demo_minutes
    checked = 0
    for visit_id, text in rendered:
        for section in ws.minutes.content(visit_id)["facts"]["sections"]:
            for item in section["items"]:
                if item["records"] and all(r in item["note"] for r in item["records"]):
                    checked += 1
                    assert f"Vi phạm ghi nhận: {item['records'][0]}" not in text
                    assert text.count(item["records"][0]) >= 1
    assert checked                          # the demo's team corrected such items


def test_a_request_names_a_basis_only_after_the_paper_has_cited_it_in_full(demo_minutes):
    """The demo's requests are the app's proposals: each names its item's basis shortly
    ("theo quy định tại Điều 5 Quy chế … ban hành kèm theo Quyết định số 129/2007/QĐ-TTg"), the
    results above having cited it in full; never "quy định theo quy định". A re-inspection quotes the earlier requests
    before its results: the first such mention is the full citation."""
    _ws, rendered = demo_minutes
    named = 0
    for _visit, text in rendered:
        start = text.index("KIẾN NGHỊ, YÊU CẦU KHẮC PHỤC")
        requests = text[start:text.index("Ý KIẾN CỦA ĐƠN VỊ", start)]
        named += len(re.findall(r"(?:Nghị định|Quyết định|Thông tư|Chỉ thị) số \d", requests))
        assert "quy định theo quy định" not in requests
        for found in re.finditer(r"(?:Nghị định|Quyết định|Thông tư|Chỉ thị) số \d+/[\w/-]*\w", text):
            assert -1 < text.find(found.group(0) + " ngày ") <= found.start(), (found.group(0), text[
                found.start() - 80:found.end() + 20])
    assert named >= 20
