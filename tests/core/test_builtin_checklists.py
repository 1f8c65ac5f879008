"""The built-in checklists load into every new workspace, complete and valid."""

from __future__ import annotations

import json
import unicodedata

import pytest

from inspector_app.checklists import loader
from inspector_app.errors import ValidationError
from inspector_app.paths import resources_dir

FOLDER = resources_dir() / "checklists"


def _structure(ws, code):
    template = next(t for t in ws.checklists.list() if t["code"] == code)
    return ws.checklists.structure(template["id"])


def test_every_file_is_nfc_and_valid():
    legal, checklists = loader.load_folder(FOLDER)
    assert len(checklists) == 3 and len(legal) >= 15
    for path in FOLDER.glob("*.json"):
        text = path.read_text("utf-8")
        assert unicodedata.normalize("NFC", text) == text, path.name


def test_one_stop_surprise_visit_has_all_47_items_with_legal_basis(builtin_template):
    checklist = _structure(builtin_template, "mot-cua-dot-xuat")
    sections = {s["code"]: s for s in checklist["sections"]}
    assert {"A", "B", "C", "D", "E", "F"} <= set(sections)
    a_to_f = [i for code in "ABCDEF" for i in sections[code]["items"]]
    assert len(a_to_f) >= 47
    assert all(item["legal_basis"] for item in a_to_f)
    texts = " ".join(i["text"] for i in a_to_f).lower()
    for phrase in ("thẻ", "sổ hộ khẩu", "xin lỗi", "camera", "hút thuốc"):
        assert phrase in texts, phrase


@pytest.mark.parametrize("code, fields", [
    ("DD", ["họ và tên", "chức", "tình trạng", "thẻ", "trang phục"]),
    ("HS", ["mã số hồ sơ", "thủ tục", "tiếp nhận", "hẹn trả", "trả kết quả", "trễ hạn", "xin lỗi", "sổ theo dõi"]),
])
def test_repeatable_roll_call_and_case_file_sections(builtin_template, code, fields):
    section = next(s for s in _structure(builtin_template, "mot-cua-dot-xuat")["sections"] if s["code"] == code)
    assert section["repeatable"]
    texts = [i["text"].lower() for i in section["items"]]
    for field in fields:
        assert any(field in t for t in texts), field
    if code == "DD":
        status = next(i for i in section["items"] if i["answer_type"] == "single_choice")
        assert {c["value"] for c in status["choices"]} >= {"co_mat", "vang_co_ly_do", "vang_khong_ly_do", "di_muon"}
    else:
        assert any(i.get("derive") for i in section["items"])


def test_citizen_interviews_cover_the_nine_aspects(builtin_template):
    section = next(s for s in _structure(builtin_template, "mot-cua-dot-xuat")["sections"] if s["code"] == "PV")
    assert section["repeatable"]
    rated = [i for i in section["items"] if i["answer_type"] == "single_choice"
             and {c["value"] for c in i["choices"]} >= {"hai_long", "khong_hai_long"}]
    other = [i for i in section["items"] if "khác" in i["text"].lower()]
    assert len(rated) + min(len(other), 1) >= 9


def test_civil_service_and_par_index_checklists(builtin_template):
    discipline = _structure(builtin_template, "kiem-tra-cong-vu")
    assert sum(len(s["items"]) for s in discipline["sections"]) >= 20
    assert any(s["repeatable"] for s in discipline["sections"])
    par = _structure(builtin_template, "cchc-8-linh-vuc")
    assert len(par["sections"]) == 8
    assert all(i["answer_type"] == "score" and i["max_score"] > 0 for s in par["sections"] for i in s["items"])


def test_citations_follow_the_visit_date(builtin_template):
    ws = builtin_template
    item = _structure(ws, "mot-cua-dot-xuat")["sections"][0]["items"][0]
    before = {c["number"] for c in ws.checklists.citations(item, "2024-05-01")}
    after = {c["number"] for c in ws.checklists.citations(item, "2026-05-01")}
    assert "61/2018/NĐ-CP" in before and "118/2025/NĐ-CP" not in before
    assert "118/2025/NĐ-CP" in after and "61/2018/NĐ-CP" not in after


def test_a_malformed_file_is_refused_naming_file_and_field(tmp_path):
    data = json.loads((FOLDER / "mot-cua-dot-xuat.json").read_text("utf-8"))
    data["sections"][0]["items"][0]["answer_type"] = "maybe"
    with pytest.raises(ValidationError) as err:
        loader.validate_checklist(data, "hong.json", {"nd-61-2018"})
    assert "hong.json" in str(err.value) and "answer_type" in str(err.value)
    broken = tmp_path / "broken.json"
    broken.write_text('{"schema": 1,', "utf-8")
    with pytest.raises(ValidationError) as syntax:
        loader.read_json(broken)
    assert "lỗi cú pháp JSON ở dòng 1" in str(syntax.value)


def test_two_laptops_loading_the_builtins_hold_the_same_rows(builtin_template, tmp_path):
    from inspector_app.workspace import Workspace
    with Workspace.create(tmp_path / "other", "field") as other:
        mine = builtin_template.state_dump()
        theirs = other.state_dump()
        for entity in ("checklist_template", "checklist_section", "checklist_item", "legal_document"):
            assert [r[0] for r in mine[entity]] == [r[0] for r in theirs[entity]], entity
