"""Demo data a clerk would believe (issue 11, point 9): notes and findings that speak of
their items, no contradiction left, a surprise visit's trigger, a re-inspection of real
earlier requests, titles that do not say "kiểm tra" twice."""

from __future__ import annotations

import pytest

from inspector_app import demo
from inspector_app.text import fold
from inspector_app.workspace import Workspace


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    ws = Workspace.create(tmp_path_factory.mktemp("demo") / "ws", "field")
    ids = demo.fill(ws)
    yield ws, ids
    ws.close()


def _words(text: str) -> set[str]:
    return {w for w in fold(text).replace(",", " ").replace(".", " ").split() if len(w) > 3}


def test_each_note_beside_a_failed_item_speaks_of_that_item(made):
    ws, ids = made
    seen = 0
    for visit_id in ids["visits"]:
        for (item_id, record_id), answer in ws.answers.of_visit(visit_id).items():
            if record_id is not None or answer["value"] != "khong_dat" or not answer["note"]:
                continue
            item = ws.checklists.find_item(item_id)
            # The line a correction adds ("Không đạt: <rows>") names the rows that breach the item.
            note = "\n".join(ln for ln in answer["note"].splitlines() if not ln.startswith("Không đạt: "))
            if not note:
                continue
            seen += 1
            assert note != "Chưa niêm yết theo quy định.", item["code"]
            if "niêm yết" in note:                                # never "not posted" on a camera or a card
                assert "niêm yết" in item["text"] or "niêm yết" in demo.NOTES.get(item["code"], ""), item["code"]
            written = demo.NOTES.get(item["code"])
            assert note == written or len(_words(note) & _words(item["text"])) >= 3, (item["code"], note)
    assert seen > 10


def test_shortcomings_name_failed_items_strengths_only_compliant_ones(made):
    ws, ids = made
    for visit_id in ids["visits"]:
        held = {(ws.checklists.find_item(i) or {}).get("code"): o["value"]
                for (i, r), o in ws.answers.of_visit(visit_id).items() if r is None}
        for finding in ws.findings.of_visit(visit_id):
            if finding["kind"] == "shortcoming":
                assert finding["item_id"], finding["text"]
                value = ws.answers.of_visit(visit_id)[(finding["item_id"], None)]["value"]
                item = ws.checklists.find_item(finding["item_id"])
                assert value == "khong_dat" or (item["answer_type"] == "score" and value < item["max_score"]
                                                 and "điểm)" in finding["text"]), finding["text"]
            elif finding["kind"] == "strength":
                codes = next(codes for text, codes in demo.STRENGTHS if text == finding["text"])
                assert all(held.get(code) == "dat" for code in codes), finding["text"]


def test_no_contradiction_is_left_and_the_visits_read_right(made):
    ws, ids = made
    for visit_id in ids["visits"]:
        if ws.visits.get(visit_id)["status"] != "draft":      # every visit run says what was found
            assert any(f["kind"] == "shortcoming" for f in ws.findings.of_visit(visit_id)), visit_id
        visit = ws.visits.get(visit_id)
        assert "kiểm tra tái kiểm tra" not in visit["title"].lower()
        assert ws.visits.consistency(visit_id) == {"contradictions": [], "duplicates": []}
        if visit["kind"] == "surprise" and visit["status"] != "draft":
            assert ws.visits.trigger(visit_id).startswith("Theo ")


def test_the_reinspection_checks_the_requests_made_at_the_unit_before(made):
    ws, ids = made
    visit_id = next(v for v in ids["visits"] if ws.visits.get(v)["kind"] == "reinspection"
                    and ws.visits.get(v)["status"] == "concluded")
    [earlier] = ws.minutes.content(visit_id)["facts"]["earlier"]
    made_at = ws.visits.get(earlier["visit_id"])
    assert made_at["unit_id"] == ws.visits.get(visit_id)["unit_id"] and made_at["status"] == "concluded"
    assert earlier["number"] == "15/BB-ĐKT" and earlier["date"] == made_at["left_at"][:10]
    assert [r["text"] for r in earlier["requests"]] == [r["text"] for r in ws.findings.requests(made_at["id"])]
    assert {r["result"] for r in earlier["requests"]} == {"fixed", "partly", "not_fixed"}


def test_an_item_the_records_judge_fails_only_where_rows_breach_it(made):
    """A card, dress, attendance or late-file item is failed from the rows that breach it:
    never "Không đạt" beside a roll call where everyone wore a card."""
    ws, ids = made
    failed = 0
    for visit_id in ids["visits"]:
        structures, held, _ = ws.visits.evidence_of(visit_id)
        judged = {code for s in structures for section in s["sections"] if section["repeatable"]
                  for item in section["items"] for choice in item.get("choices") or []
                  for code in choice.get("breaches") or []}
        derived = ws.visits.derived_verdicts(visit_id)
        for (item_id, record_id), answer in held.items():
            item = ws.checklists.find_item(item_id)
            if record_id is None and answer["value"] == "khong_dat" and item["code"] in judged:
                failed += 1
                assert derived.get(item_id), (visit_id, item["code"], answer["note"])
    assert failed >= 3


def test_each_unit_has_its_own_people_the_same_at_every_visit(made):
    """A unit's head is the same person at each of its visits, and nobody (head, officer or
    staff on a roll call) works at two units."""
    ws, ids = made
    heads: dict[str, set[str]] = {}
    units_of: dict[str, set[str]] = {}
    for visit_id in ids["visits"]:
        visit = ws.visits.get(visit_id)
        names = set()
        for person in ws.visits.participants(visit_id):
            if person["side"] == "unit":
                names.add(person["name"])
                if person["role"] == "head_of_unit":
                    heads.setdefault(visit["unit_id"], set()).add(person["name"])
        structures, held, _ = ws.visits.evidence_of(visit_id)
        name_items = {i["id"] for s in structures for section in s["sections"] if section["code"] == "DD"
                      for i in section["items"] if i["code"] == "DD1"}
        names |= {o["value"] for (item_id, record_id), o in held.items() if item_id in name_items and record_id}
        for name in names:
            units_of.setdefault(name, set()).add(visit["unit_id"])
    assert heads and all(len(names) == 1 for names in heads.values()), heads
    assert len(units_of) > 20
    assert all(len(units) == 1 for units in units_of.values()), {n: u for n, u in units_of.items() if len(u) > 1}


def test_a_reinspection_asks_to_finish_the_earlier_requests_not_fixed_and_no_request_twice(made):
    ws, ids = made
    reinspection = next(v for v in ids["visits"] if ws.visits.get(v)["kind"] == "reinspection"
                        and ws.visits.get(v)["status"] == "concluded")
    checked = ws.reinspection.requests_of(reinspection)
    pending = [str(n) for n, r in enumerate(checked, 1) if r["check"]["result"] in ("not_fixed", "partly")]
    assert 0 < len(pending) < len(checked)
    texts = [r["text"] for r in ws.findings.requests(reinspection)]
    [carried] = [t for t in texts if t.startswith("Tiếp tục thực hiện dứt điểm")]
    assert f"số {', '.join(pending[:-1])} và {pending[-1]} trong bảng" in carried and "số 15/BB-ĐKT" in carried
    for visit_id in ids["visits"]:
        texts = [r["text"] for r in ws.findings.requests(visit_id)]
        assert len(texts) == len(set(texts)), visit_id
        ids_before, _ = ws.findings.add_proposed_requests(visit_id, per="area") \
            if ws.visits.get(visit_id)["status"] in ("in_progress", "concluded") else ([], None)
        assert ids_before == []                    # proposing again adds nothing already there


def test_carry_over_numbers_the_requests_as_the_table_does():
    from inspector_app.services.proposals import carry_over

    earlier = [{"number": "", "date": "2026-10-01", "requests": [{"result": "partly"}, {"result": "fixed"}]},
               {"number": "15/BB-ĐKT", "date": "2026-11-05", "requests": [{"result": "fixed"}, {"result": ""}]}]
    assert carry_over(earlier) == (
        "Tiếp tục thực hiện dứt điểm kiến nghị chưa khắc phục hoặc mới khắc phục một phần nêu tại Biên bản "
        "kiểm tra ngày 01 tháng 10 năm 2026 (kiến nghị số 1 trong bảng kết quả kiểm tra lại việc thực hiện kiến nghị "
        "của Biên bản này).")
    assert carry_over([{"number": "1", "date": "", "requests": [{"result": "fixed"}]}]) == ""
