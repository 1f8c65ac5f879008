"""The answer-type registry: one definition per type for values, settings,
shortcomings, points and wording, used alike by the loader, the services and the minutes."""

from __future__ import annotations

import copy
import re

import pytest

from inspector_app.checklists import answer_types, loader
from inspector_app.errors import ValidationError
from inspector_app.minutes.content import value_label
from inspector_app.paths import resources_dir
from inspector_app.workspace import Workspace
from tests.helpers.factories import LEGAL, small_checklist

CHOICES = [{"value": "truc_tiep", "label": "Trực tiếp"}, {"value": "truc_tuyen", "label": "Trực tuyến"},
           {"value": "qua_han", "label": "Quá hạn", "compliant": False}]
ITEMS = {
    "compliance": {"code": "A1", "answer_type": "compliance", "points": 1},
    "yes_no": {"code": "Y1", "answer_type": "yes_no", "choices": answer_types.yes_no_choices(True)},
    "single_choice": {"code": "S1", "answer_type": "single_choice", "choices": CHOICES},
    "multi_choice": {"code": "M1", "answer_type": "multi_choice", "choices": CHOICES},
    "number": {"code": "N1", "answer_type": "number", "unit": "người"},
    "count": {"code": "C1", "answer_type": "count", "unit": "hồ sơ trễ hạn"},
    "percentage": {"code": "P1", "answer_type": "percentage"},
    "score": {"code": "D1", "answer_type": "score", "max_score": 3},
    "text": {"code": "T1", "answer_type": "text"},
    "date": {"code": "NG1", "answer_type": "date"},
    "time": {"code": "G1", "answer_type": "time"},
    "datetime": {"code": "NG2", "answer_type": "datetime"},
}
# type: (accepted values, refused values, {value: (vi, en) wording})
CASES = {
    "compliance": (["dat", "khong_dat", "khong_ap_dung"], ["tốt", True, 1],
                   {"dat": ("Đạt", "Compliant"), "khong_ap_dung": ("Không áp dụng", "Not applicable")}),
    "yes_no": ([True, False], ["co", 1, "true"], {True: ("Có", "Yes"), False: ("Không", "No")}),
    "single_choice": (["truc_tiep", "qua_han"], ["khac", ["truc_tiep"], 2], {"truc_tuyen": ("Trực tuyến",) * 2}),
    "multi_choice": ([["truc_tiep"], ["truc_tiep", "truc_tuyen"], []], ["truc_tiep", ["khac"], ["truc_tiep"] * 2],
                     {("truc_tiep", "qua_han"): ("Trực tiếp; Quá hạn",) * 2}),
    "number": ([0, 12, 2.5, -1], ["12", True], {12: ("12 người", "12 người"), 2.5: ("2,5 người", "2.5 người")}),
    "count": ([0, 3, 1200], [-1, 2.5, True, "3"], {3: ("3 hồ sơ trễ hạn",) * 2}),
    "percentage": ([0, 85.5, 100, 100.0, 7], [-0.1, 100.5, 85.55, "85", True],
                   {85.5: ("85,5 %", "85.5%"), 100: ("100 %", "100%"), 7.0: ("7 %", "7%")}),
    "score": ([0, 2.5, 3], [3.5, -1, "2"], {2.5: ("2,5/3 điểm", "2.5/3 points")}),
    "text": (["Ghi chú"], [12, ["a"]], {"Ghi chú": ("Ghi chú",) * 2}),
    "date": (["2026-01-05"], ["05/01/2026", "2026-13-01", 5], {"2026-01-05": ("05/01/2026",) * 2}),
    "time": (["08:05"], ["8h05", 805], {"08:05": ("08:05",) * 2}),
    "datetime": (["2026-11-20T08:05"], ["20/11/2026 08:05", 1], {"2026-11-20T08:05": ("20/11/2026 08:05",) * 2}),
}


def test_every_registered_type_has_a_case_here():
    assert set(answer_types.TYPES) == set(CASES) == set(ITEMS)


@pytest.mark.parametrize("kind", list(CASES))
def test_each_type_accepts_and_refuses_values_with_a_message_in_each_language(kind):
    item, (good, bad, _) = ITEMS[kind], CASES[kind]
    for value in [*good, None]:
        assert answer_types.check(item, value) is None, (kind, value)
    for value in bad:
        problem = answer_types.check(item, value)
        assert problem is not None, (kind, value)
        vi, en = problem.message("vi"), problem.message("en")
        assert vi.startswith(f"Câu trả lời cho tiêu chí {item['code']} không hợp lệ")
        assert en.startswith(f"Invalid answer for item {item['code']}")
        if kind not in ("single_choice", "multi_choice"):   # a choice's label is the checklist's own word
            assert not re.search("[ạảãàáâậầấẩẫăắằặẳẵđêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]", en.lower())


@pytest.mark.parametrize("kind", list(CASES))
def test_each_type_reads_one_way_per_language_and_the_minutes_print_the_same(kind):
    item = ITEMS[kind]
    for value, (vi, en) in CASES[kind][2].items():
        value = list(value) if isinstance(value, tuple) else value
        assert answer_types.format_value(item, value, "vi") == vi
        assert answer_types.format_value(item, value, "en") == en
        assert value_label(item, value) == vi          # the minutes: the same function
    assert answer_types.format_value(item, None, "vi") == "" and value_label(item, None) is None


def test_an_english_message_carries_no_vietnamese_detail():
    problem = answer_types.check(ITEMS["compliance"], "tốt")
    assert problem.message("en") == ("Invalid answer for item A1: choose Compliant, Non-compliant "
                                     "or Not applicable.")
    assert "Đạt, Không đạt hoặc Không áp dụng" in problem.message("vi")


def test_percentage_never_adds_into_points_and_refuses_points_of_its_own():
    item = ITEMS["percentage"]
    assert answer_types.points_earned(item, 85.5) is None and answer_types.points_possible(item, 85.5) is None
    assert not answer_types.is_noncompliant(item, 0)
    problems = answer_types.check_settings({**item, "points": 1})
    assert [p.code for p in problems] == ["item_setting_unused"]
    assert "không tính điểm" in problems[0].message("vi") and "has no points" in problems[0].message("en")
    assert answer_types.check(item, 85.55).message("vi").endswith("chỉ ghi tối đa 1 chữ số sau dấu phẩy.")


def test_count_needs_its_unit_and_is_neither_points_nor_a_shortcoming():
    assert answer_types.format_value(ITEMS["count"], 3, "vi") == "3 hồ sơ trễ hạn"
    assert [p.code for p in answer_types.check_settings({"code": "C2", "answer_type": "count"})] == \
        ["item_setting_missing"]
    assert answer_types.points_possible(ITEMS["count"], 3) is None
    assert not answer_types.is_noncompliant(ITEMS["count"], 3)


def test_yes_no_items_declare_their_compliant_answer():
    wears_card = ITEMS["yes_no"]
    assert answer_types.is_noncompliant(wears_card, False) and not answer_types.is_noncompliant(wears_card, True)
    late = {"code": "L", "answer_type": "yes_no", "choices": answer_types.yes_no_choices(False)}
    assert answer_types.is_noncompliant(late, True) and not answer_types.is_noncompliant(late, False)
    undeclared = {"code": "U", "answer_type": "yes_no"}
    assert not answer_types.is_noncompliant(undeclared, False) and not answer_types.is_noncompliant(undeclared, True)
    computed = {"code": "HS4", "answer_type": "yes_no", "derive": {"rule": "late", "due": "a", "returned": "b"}}
    assert answer_types.is_noncompliant(computed, True)    # a computed "late" is a shortcoming by nature
    both_good = {"code": "B", "answer_type": "yes_no", "choices": [{"value": True}, {"value": False}]}
    assert answer_types.check_settings(both_good) == []
    contradictory = {"code": "X", "answer_type": "yes_no",
                     "choices": [{"value": True, "compliant": False}, {"value": False, "compliant": False}]}
    assert [p.code for p in answer_types.check_settings(contradictory)] == ["item_setting_missing"]


def test_points_of_the_types_that_carry_them():
    assert answer_types.points_earned(ITEMS["compliance"], "dat") == 1.0
    assert answer_types.points_possible(ITEMS["compliance"], "khong_ap_dung") is None
    assert (answer_types.points_earned(ITEMS["score"], 2.5), answer_types.points_possible(ITEMS["score"], 2.5)) \
        == (2.5, 3.0)
    yes_no = {**ITEMS["yes_no"], "points": 2}
    assert answer_types.points_earned(yes_no, True) == 2.0 and answer_types.points_earned(yes_no, False) == 0.0


def test_required_and_unanswered_is_one_rule():
    assert answer_types.is_unanswered_required({"required": True}, None)
    assert not answer_types.is_unanswered_required({"required": True}, "dat")
    assert not answer_types.is_unanswered_required({"required": False}, None)
    assert not answer_types.is_unanswered_required({"required": True, "derive": {"rule": "late"}}, None)


BAD_ITEMS = [
    {"code": "X1", "text": "Chấm điểm", "answer_type": "score"},
    {"code": "X2", "text": "Tỷ lệ", "answer_type": "percentage", "points": 2},
    {"code": "X3", "text": "Số hồ sơ", "answer_type": "count"},
    {"code": "X4", "text": "Hình thức", "answer_type": "single_choice", "choices": [{"value": "a"}]},
    {"code": "X5", "text": "Đeo thẻ", "answer_type": "yes_no", "choices": [{"value": "co"}]},
    {"code": "X6", "text": "Gì đó", "answer_type": "maybe"},
]


@pytest.mark.parametrize("bad", BAD_ITEMS, ids=[b["code"] for b in BAD_ITEMS])
def test_item_settings_are_refused_identically_by_the_loader_and_the_service(ws, bad):
    ws.checklists.import_legal(LEGAL)
    data = small_checklist()
    with pytest.raises(ValidationError) as from_file:
        broken = copy.deepcopy(data)
        broken["sections"][0]["items"].append(dict(bad))
        loader.validate_checklist(broken, "phieu.json", {"nd-61-2018", "nd-118-2025"})
    template, _ = ws.checklists.import_data(data)
    draft, _ = ws.checklists.new_version(template)
    section = ws.checklists.sections(draft)[0]["id"]
    with pytest.raises(ValidationError) as from_service:
        ws.checklists.add_item(section, **bad)
    for lang in ("vi", "en"):
        said = from_service.value.message(lang).rstrip(".")
        assert said in from_file.value.message(lang), lang
        assert "phieu.json" in from_file.value.message(lang)


def test_the_answers_service_refuses_with_the_types_message(ws, visit):
    with pytest.raises(ValidationError) as err:
        ws.answers.answer(visit["visit"], visit["items"]["A1"], "tốt")
    assert err.value.code == "answer_pick"
    assert err.value.message("en").endswith("choose Compliant, Non-compliant or Not applicable.")


def _builtin_visit(tmp_path, code):
    ws = Workspace.create(tmp_path / "ws", "field")
    template = next(t for t in ws.checklists.list() if t["code"] == code)
    unit, _ = ws.units.create("Ủy ban nhân dân phường Ba Đình", "commune")
    visit, _ = ws.visits.create(unit, "surprise", "2026-11-20", [template["id"]])
    ws.visits.start(visit, "2026-11-20T08:05:00+07:00")
    items = {i["code"]: i for i in ws.checklists.items(template["id"])}
    sections = {s["code"]: s["id"] for s in ws.checklists.sections(template["id"])}
    return ws, visit, items, sections


def test_the_service_index_item_no_longer_adds_into_the_checklist_points(tmp_path):
    ws, visit, items, _ = _builtin_visit(tmp_path, "mot-cua-dot-xuat")
    with ws:
        assert items["F3"]["answer_type"] == "percentage" and items["E7"]["answer_type"] == "percentage"
        ws.answers.answer(visit, items["A1"]["id"], "dat")
        ws.answers.answer(visit, items["A2"]["id"], "khong_dat")
        before = ws.answers.progress(visit)
        ws.answers.answer(visit, items["F3"]["id"], 85.5)
        ws.answers.answer(visit, items["E7"]["id"], 97)
        after = ws.answers.progress(visit)
        assert (after["earned"], after["possible"]) == (before["earned"], before["possible"]) == (1.0, 2.0)
        assert after["answered"] == before["answered"] + 2
        assert answer_types.format_value(items["F3"], 85.5, "vi") == "85,5 %"


def test_a_yes_no_breach_is_counted(tmp_path):
    ws, visit, items, sections = _builtin_visit(tmp_path, "mot-cua-dot-xuat")
    with ws:
        record, _ = ws.answers.add_record(visit, sections["DD"], {
            items["DD1"]["id"]: "Nguyễn Thị Mai", items["DD3"]["id"]: "co_mat"})
        roll_call = lambda: next(s for s in ws.answers.progress(visit)["sections"] if s["code"] == "DD")  # noqa: E731
        ws.answers.answer(visit, items["DD5"]["id"], True, record_id=record)     # wears the card
        assert roll_call()["noncompliant"] == 0
        ws.answers.answer(visit, items["DD5"]["id"], False, record_id=record)    # no card: a breach
        assert roll_call()["noncompliant"] == 1


def test_every_built_in_yes_no_item_declares_its_compliant_answer():
    _, checklists = loader.load_folder(resources_dir() / "checklists")
    found = {}
    for name, data in checklists:
        for section in data["sections"]:
            for item in section["items"]:
                if item["answer_type"] == "yes_no":
                    found[(name, item["code"])] = answer_types.compliant_answer(item)
    assert found == {
        ("kiem-tra-cong-vu.json", "DD6"): True, ("kiem-tra-cong-vu.json", "DD7"): True,
        ("mot-cua-dot-xuat.json", "DD5"): True, ("mot-cua-dot-xuat.json", "HS7"): False,
        ("mot-cua-dot-xuat.json", "HS8"): True, ("mot-cua-dot-xuat.json", "HS9"): True,
        ("mot-cua-dot-xuat.json", "HS10"): True}


def test_a_refused_checklist_file_reads_whole_in_each_language():
    data = small_checklist()
    del data["sections"][1]["items"][0]["text"]
    with pytest.raises(ValidationError) as err:
        loader.validate_checklist(data, "phieu.json", {"nd-61-2018", "nd-118-2025"})
    assert err.value.message("vi") == "Tệp phiếu kiểm tra phieu.json không hợp lệ: tiêu chí DD1: thiếu 'text'."
    assert err.value.message("en") == "The checklist file phieu.json is invalid: item DD1: 'text' is missing."
