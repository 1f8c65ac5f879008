"""People and rows as typed (issue 11, points 5 and 2): roles and Ông/Bà from lists, a
recorded gender the minutes follow, and the same person or file twice refused at entry."""

from __future__ import annotations

import pytest

from inspector_app.cli import main
from inspector_app.errors import ValidationError
from inspector_app.workspace import Workspace
from tests.helpers.factories import setup_visit


def test_a_recorded_gender_is_checked_and_can_be_cleared(ws, visit):
    v = visit["visit"]
    with pytest.raises(ValidationError) as refused:
        ws.visits.add_participant(v, "unit", "Hoàng Minh", "Chủ tịch", "head_of_unit", gender="ông")
    assert "giới tính (Ông/Bà)" in refused.value.message("vi") and "Ông, Bà" in refused.value.message("vi")
    person, _ = ws.visits.add_participant(v, "unit", "Hoàng Minh", "Chủ tịch", "head_of_unit", gender="male")
    assert ws.visits.participants(v)[0]["gender"] == "male"
    ws.visits.edit_participant(person, gender="female")
    assert ws.visits.participants(v)[0]["gender"] == "female"
    ws.visits.edit_participant(person, gender="")
    assert ws.visits.participants(v)[0]["gender"] is None
    with pytest.raises(ValidationError):
        ws.visits.edit_participant(person, gender="x")


def test_the_minutes_say_ong_or_ba_from_the_recorded_gender_and_guess_only_without_it(ws, visit):
    v = visit["visit"]
    ws.visits.add_participant(v, "team", "Lê Quang Huy", "Phó Giám đốc", "head", gender="female")
    ws.visits.add_participant(v, "team", "Trần Văn Minh", "Chuyên viên", "member")        # not recorded: "Văn"
    ws.visits.add_participant(v, "team", "Đinh Thị Hoa", "Chuyên viên", "member", gender="male")  # recorded wins
    ws.visits.add_participant(v, "unit", "Hoàng Minh", "Chủ tịch Ủy ban nhân dân", "head_of_unit", gender="male")
    ws.visits.add_participant(v, "unit", "Phạm Lan", "Công chức Tư pháp - Hộ tịch", "receiving")
    ws.visits.conclude(v, "2026-11-20T10:30:00+07:00", reason="Thử")
    people = ws.minutes.content(v)["facts"]["people"]
    said = {p["name"]: (p["honorific"], p["role"]) for side in people.values() for p in side}
    assert said["Lê Quang Huy"] == ("Bà", "head")
    assert said["Trần Văn Minh"] == ("Ông", "member")
    assert said["Đinh Thị Hoa"] == ("Ông", "member")
    assert said["Hoàng Minh"] == ("Ông", "representative")     # the head of the unit signs for it
    assert said["Phạm Lan"] == ("", "staff")                     # nothing tells: "Ông (bà)" on paper
    from .minutes.conftest import flat, pdftotext
    ws.minutes.render(v, ws.path / "bb.pdf")
    text = flat(pdftotext(ws.path / "bb.pdf"))
    assert "Bà Lê Quang Huy, Phó Giám đốc – Trưởng đoàn" in text
    assert "Ông Hoàng Minh, Chủ tịch Ủy ban nhân dân phường Ba Đình – Thủ trưởng đơn vị" in text
    assert "Ông (bà) Phạm Lan, Công chức Tư pháp - Hộ tịch, Ủy ban nhân dân phường Ba Đình – Công chức tiếp " \
           "nhận hồ sơ" in text


def test_the_same_person_twice_on_one_side_is_refused_when_typed(ws, visit):
    v = visit["visit"]
    ws.visits.add_participant(v, "team", "Nguyễn Thị Thu Hà", "Phó Giám đốc", "head")
    other, _ = ws.visits.add_participant(v, "team", "Trần Văn Minh", "Chuyên viên", "member")
    with pytest.raises(ValidationError) as refused:
        ws.visits.add_participant(v, "team", "Bà nguyễn thị  thu hà", "Phó Giám đốc", "member")
    assert refused.value.message("vi") == (
        "Nguyễn Thị Thu Hà đã có trong danh sách Đoàn kiểm tra (dòng 1): mỗi người chỉ ghi một lần. "
        "Hãy sửa dòng đã có thay vì thêm dòng mới.")
    with pytest.raises(ValidationError, match="dòng 1"):
        ws.visits.edit_participant(other, name="Nguyễn Thị Thu Hà")
    ws.visits.add_participant(v, "witness", "Nguyễn Thị Thu Hà")        # another side: another capacity
    ws.visits.edit_participant(other, position="Chuyên viên chính")      # editing the row itself is fine
    assert len(ws.visits.participants(v)) == 3


def test_the_same_person_twice_in_a_roll_call_is_refused_when_typed(tmp_path):
    with Workspace.create(tmp_path / "ws", "field") as ws:
        template = next(t for t in ws.checklists.list() if t["code"] == "mot-cua-dot-xuat")
        unit, _ = ws.units.create("Ủy ban nhân dân phường Ba Đình", "commune", place_name="Hà Nội")
        visit, _ = ws.visits.create(unit, "surprise", "2026-11-20", [template["id"]])
        ws.visits.start(visit, "2026-11-20T08:05:00+07:00")
        section = next(s for s in ws.checklists.structure(template["id"])["sections"] if s["code"] == "DD")
        name = next(i for i in section["items"] if i["code"] == "DD1")
        first, _ = ws.answers.add_record(visit, section["id"], {name["id"]: "Ngô Quốc Bảo"})
        ws.answers.add_record(visit, section["id"], {name["id"]: "Nguyễn Thị Mai"})
        third, _ = ws.answers.add_record(visit, section["id"])
        with pytest.raises(ValidationError) as refused:
            ws.answers.answer(visit, name["id"], "ngô  quốc bảo", record_id=third)
        message = refused.value.message("vi")
        assert message.startswith("ngô  quốc bảo đã được ghi ở dòng 1 của bảng ") and "Hãy sửa dòng 1" in message
        ws.answers.answer(visit, name["id"], "Ngô Quốc Bảo", record_id=first)   # the row itself, again: fine
        ws.answers.remove_record(first)
        ws.answers.answer(visit, name["id"], "Ngô Quốc Bảo", record_id=third)   # the first row is gone
        assert ws.visits.consistency(visit)["duplicates"] == []


def test_participants_from_the_command_line_with_a_role_and_a_gender(tmp_path, capsys):
    path = tmp_path / "ws"
    with Workspace.create(path, "field", builtin_checklists=False) as ws:
        visit = setup_visit(ws)["visit"]
    base = ["--workspace", str(path), "participants"]
    assert main([*base, "add", "--visit", visit, "--name", "Hoàng Minh", "--role", "head_of_unit",
                 "--gender", "male", "--position", "Chủ tịch"]) == 0
    assert "Đã thêm người tham dự" in capsys.readouterr().out
    assert main([*base, "add", "--visit", visit, "--name", "Hoàng  Minh"]) == 1
    assert "đã có trong danh sách Đơn vị được kiểm tra (dòng 1)" in capsys.readouterr().err
    with Workspace.open(path) as ws:
        person = ws.visits.participants(visit)[0]
        assert (person["role"], person["gender"]) == ("head_of_unit", "male")
    assert main([*base, "edit", "--participant", person["id"], "--gender", "none"]) == 0
    with pytest.raises(SystemExit):                                  # a role not in the list: a usage error
        main([*base, "edit", "--participant", person["id"], "--role", "chairman"])
    assert "Lệnh không hợp lệ" in capsys.readouterr().err
    with Workspace.open(path) as ws:
        assert ws.visits.participants(visit)[0]["gender"] is None


def test_two_citizens_who_used_the_same_procedure_are_two_rows_not_one_person_twice(tmp_path):
    with Workspace.create(tmp_path / "ws", "field") as ws:
        template = next(t for t in ws.checklists.list() if t["code"] == "mot-cua-dot-xuat")
        unit, _ = ws.units.create("Ủy ban nhân dân phường Ba Đình", "commune", place_name="Hà Nội")
        visit, _ = ws.visits.create(unit, "surprise", "2026-11-20", [template["id"]])
        ws.visits.start(visit, "2026-11-20T08:05:00+07:00")
        section = next(s for s in ws.checklists.structure(template["id"])["sections"] if s["code"] == "PV")
        procedure = next(i for i in section["items"] if i["code"] == "PV1")
        for _ in range(2):
            ws.answers.add_record(visit, section["id"], {procedure["id"]: "Đăng ký khai sinh"})
        assert ws.visits.consistency(visit)["duplicates"] == []
