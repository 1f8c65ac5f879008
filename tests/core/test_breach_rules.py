"""Records feed verdicts: each built-in breach rule, contradictions and duplicates (issue 11)."""

from __future__ import annotations

import pytest

from inspector_app.checklists import loader
from inspector_app.errors import ValidationError
from inspector_app.services.answers import observation_id
from inspector_app.workspace import Workspace
from tests.helpers.factories import small_checklist


@pytest.fixture
def builtin_ws(tmp_path):
    workspace = Workspace.create(tmp_path / "ws", "field")
    yield workspace
    workspace.close()


def start_visit(ws, code: str) -> tuple[str, dict]:
    template = next(t for t in ws.checklists.list() if t["code"] == code)
    unit, _ = ws.units.create("Ủy ban nhân dân phường Ba Đình", "commune", place_name="Hà Nội")
    visit, _ = ws.visits.create(unit, "surprise", "2026-11-20", [template["id"]])
    ws.visits.start(visit, "2026-11-20T08:05:00+07:00")
    structure = ws.checklists.structure(template["id"])
    return visit, structure


def add_row(ws, visit: str, structure: dict, section_code: str, values: dict) -> str:
    """A record of `section_code` answered field by field, in the field order."""
    section = next(s for s in structure["sections"] if s["code"] == section_code and s["repeatable"])
    by_code = {i["code"]: i for i in section["items"]}
    record, _ = ws.answers.add_record(visit, section["id"])
    for code, value in values.items():
        ws.answers.answer(visit, by_code[code]["id"], value, record_id=record)
    return record


def item(structure: dict, code: str) -> dict:
    return next(i for s in structure["sections"] if not s["repeatable"] for i in s["items"] if i["code"] == code)


# (checklist, section, row values, the item the row breaches, the words naming the row)
RULES = [
    ("mot-cua-dot-xuat", "DD", {"DD1": "Đỗ Văn Hùng", "DD3": "co_mat", "DD5": False}, "C1",
     "Đỗ Văn Hùng (Đeo thẻ công chức, viên chức: Không)"),
    ("mot-cua-dot-xuat", "DD", {"DD1": "Đỗ Văn Hùng", "DD3": "co_mat", "DD6": "chua_dung"}, "C3",
     "Đỗ Văn Hùng (Trang phục: Chưa đúng quy định)"),
    ("mot-cua-dot-xuat", "DD", {"DD1": "Đỗ Văn Hùng", "DD3": "di_muon"}, "C6", "Đỗ Văn Hùng (Tình trạng: Đi muộn)"),
    ("mot-cua-dot-xuat", "DD", {"DD1": "Đỗ Văn Hùng", "DD3": "vang_khong_ly_do"}, "C6",
     "Đỗ Văn Hùng (Tình trạng: Vắng không lý do)"),
    ("mot-cua-dot-xuat", "HS", {"HS1": "H11.001.2026", "HS5": "2026-11-10", "HS6": "2026-11-13", "HS8": False},
     "E2", "H11.001.2026 (Có văn bản xin lỗi tổ chức, cá nhân: Không)"),
    ("mot-cua-dot-xuat", "HS", {"HS1": "H11.001.2026", "HS10": False}, "E3",
     "H11.001.2026 (Có phiếu kiểm soát quá trình giải quyết hồ sơ: Không)"),
    ("mot-cua-dot-xuat", "HS", {"HS1": "H11.001.2026", "HS9": False}, "E4",
     "H11.001.2026 (Đã cập nhật vào sổ theo dõi hồ sơ: Không)"),
    ("kiem-tra-cong-vu", "DD", {"DD1": "Hoàng Thị Ngọc", "DD4": "di_muon"}, "TG2",
     "Hoàng Thị Ngọc (Tình trạng: Đi muộn)"),
    ("kiem-tra-cong-vu", "DD", {"DD1": "Hoàng Thị Ngọc", "DD4": "vang_khong_ly_do"}, "TG2",
     "Hoàng Thị Ngọc (Tình trạng: Vắng không lý do)"),
    ("kiem-tra-cong-vu", "DD", {"DD1": "Hoàng Thị Ngọc", "DD4": "vang_co_ly_do", "DD6": False}, "TG4",
     "Hoàng Thị Ngọc (Có đăng ký nghỉ được phê duyệt hoặc giấy đi công tác: Không)"),
    ("kiem-tra-cong-vu", "DD", {"DD1": "Hoàng Thị Ngọc", "DD4": "co_mat", "DD7": False}, "VH1",
     "Hoàng Thị Ngọc (Đeo thẻ công chức, viên chức: Không)"),
    ("kiem-tra-cong-vu", "DD", {"DD1": "Hoàng Thị Ngọc", "DD4": "co_mat", "DD8": "chua_dung"}, "VH2",
     "Hoàng Thị Ngọc (Trang phục: Chưa đúng quy định)"),
]


@pytest.mark.parametrize(("code", "section", "row", "target", "named"), RULES,
                         ids=[f"{r[0]}-{r[3]}-{next(iter(r[2].values()))}" for r in RULES])
def test_a_record_breaches_its_item_even_when_answered_compliant(builtin_ws, code, section, row, target, named):
    ws = builtin_ws
    visit, structure = start_visit(ws, code)
    ws.answers.answer(visit, item(structure, target)["id"], "dat")
    before = ws.visits.counts(visit)["noncompliant"]
    add_row(ws, visit, structure, section, row)
    found = ws.visits.consistency(visit)["contradictions"]
    assert [(c["item"]["code"], c["value"]) for c in found] == [(target, "dat")]
    assert [b.phrase() for b in found[0]["breaches"]] == [named]
    counts = ws.visits.counts(visit)
    assert counts["noncompliant"] == before + 1 and counts["derived"] == 1


def test_a_compliant_row_breaches_nothing_and_a_late_file_with_an_apology_is_fine(builtin_ws):
    ws = builtin_ws
    visit, structure = start_visit(ws, "mot-cua-dot-xuat")
    add_row(ws, visit, structure, "DD", {"DD1": "Nguyễn Thị Mai", "DD3": "co_mat", "DD5": True,
                                         "DD6": "dung_quy_dinh"})
    add_row(ws, visit, structure, "HS", {"HS1": "H11.002.2026", "HS5": "2026-11-10", "HS6": "2026-11-13",
                                         "HS8": True, "HS9": True, "HS10": True})
    assert ws.visits.consistency(visit) == {"contradictions": [], "duplicates": []}
    assert ws.visits.derived_verdicts(visit) == {}


def test_the_same_person_twice_in_a_roll_call_is_found_and_stops_the_minutes(builtin_ws):
    ws = builtin_ws
    visit, structure = start_visit(ws, "mot-cua-dot-xuat")
    add_row(ws, visit, structure, "DD", {"DD1": "Ngô Quốc Bảo", "DD3": "co_mat"})
    add_row(ws, visit, structure, "DD", {"DD1": "Nguyễn Thị Mai", "DD3": "co_mat"})
    # Typing the same name again is refused at entry (test_participants_and_twins.py); two
    # laptops that each wrote the person, merged, still meet: written as a merge writes it.
    third = add_row(ws, visit, structure, "DD", {"DD3": "co_mat"})
    name = next(i for s in structure["sections"] if s["code"] == "DD" for i in s["items"] if i["code"] == "DD1")
    ws.answers.write([("observation", observation_id(visit, name["id"], third),
                       {"visit_id": visit, "item_id": name["id"], "record_id": third, "value": "ngô  quốc bảo"})])
    duplicates = ws.visits.consistency(visit)["duplicates"]
    assert [(d["section"]["code"], d["label"], d["positions"]) for d in duplicates] == [("DD", "Ngô Quốc Bảo", [1, 3])]
    missing = [vi for vi, _en in ws.minutes.missing(visit)]
    assert any("Ngô Quốc Bảo" in m and "dòng 1 và 3" in m for m in missing), missing


def test_a_checklist_file_naming_an_unknown_item_in_breaches_is_refused():
    data = small_checklist()
    data["sections"][1]["items"][2]["choices"] = [
        {"value": True, "label": "Có"}, {"value": False, "label": "Không", "compliant": False, "breaches": ["Z9"]}]
    with pytest.raises(ValidationError) as err:
        loader.validate_checklist(data, "thu.json", {"nd-61-2018", "nd-118-2025"})
    assert "breaches" in err.value.message("vi") and "Z9" in err.value.message("vi")
    data["sections"][1]["items"][2]["choices"][1]["breaches"] = ["A1"]
    assert loader.validate_checklist(data, "thu.json", {"nd-61-2018", "nd-118-2025"})


def test_the_minutes_warn_of_each_contradiction_before_printing_and_the_cli_says_it(tmp_path, capsys):
    from inspector_app.cli import main

    ws = Workspace.create(tmp_path / "ws", "field")
    visit, structure = start_visit(ws, "mot-cua-dot-xuat")
    ws.answers.answer(visit, item(structure, "C1")["id"], "dat")
    add_row(ws, visit, structure, "DD", {"DD1": "Đặng Thị Hồng", "DD3": "co_mat", "DD5": False})
    [(vi, en)] = ws.minutes.warnings(visit)
    assert vi == ("Lưu ý: tiêu chí C1 được đánh giá “Đạt” nhưng hồ sơ, điểm danh ghi nhận: Đặng Thị Hồng "
                  "(Đeo thẻ công chức, viên chức: Không); biên bản ghi tiêu chí này “Không đạt”. "
                  "Nếu đúng vậy, hãy sửa kết quả tiêu chí cho khớp.")
    assert en.startswith("Note: item C1 is answered “Đạt” but the records show: Đặng Thị Hồng")
    ws.visits.add_participant(visit, "team", "Nguyễn Thị Thu Hà", "Phó Giám đốc", "Trưởng đoàn")
    ws.visits.add_participant(visit, "unit", "Hoàng Minh", "Chủ tịch", "Thủ trưởng đơn vị")
    ws.visits.conclude(visit, "2026-11-20T10:00:00+07:00", reason="Thử")
    ws.close()
    code = main(["--workspace", str(tmp_path / "ws"), "minutes", "render", visit, "--out", str(tmp_path / "bb.pdf")])
    err = capsys.readouterr().err
    assert code == 0 and "tiêu chí C1 được đánh giá “Đạt”" in err
