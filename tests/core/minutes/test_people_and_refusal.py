"""People in the minutes and the refusal to sign (issue 11, points 4 and 5)."""

from __future__ import annotations

from types import SimpleNamespace

from inspector_app.ids import uuid7
from inspector_app.minutes import people, signatures
from tests.helpers.factories import setup_visit

from .conftest import flat, pdftotext


def _render(ws, visit_id, name="bb.pdf") -> str:
    ws.minutes.render(visit_id, ws.path / name)
    return flat(pdftotext(ws.path / name))


def test_a_head_typed_as_words_counts_and_the_refusal_says_where_to_fix_it(ws, visit):
    v = visit["visit"]
    ws.visits.add_participant(v, "team", "Nguyễn Thị Thu Hà", "Phó Giám đốc", "Thành viên")
    ws.visits.add_participant(v, "unit", "Lê Thị Hạnh", "Chủ tịch", "Đại diện đơn vị")
    ws.visits.conclude(v, "2026-11-20T10:30:00+07:00", reason="Thử")
    missing = ws.minutes.missing(v)
    assert missing[0][0].startswith("trưởng đoàn kiểm tra (ở bảng Thành phần tham dự")
    assert "Trưởng đoàn" in missing[0][0] and "Participants table" in missing[0][1]
    ws.visits.reopen(v)
    ws.visits.add_participant(v, "team", "Trần Văn Minh", "Phó Chánh Văn phòng", "Trưởng đoàn")
    ws.visits.conclude(v, "2026-11-20T10:30:00+07:00", reason="Thử")
    assert ws.minutes.missing(v) == []
    text = _render(ws, v)
    assert "Ông Trần Văn Minh, Phó Chánh Văn phòng – Trưởng đoàn" in text


def test_honorifics_unit_names_and_one_signature_per_person(ws, visit):
    v = visit["visit"]
    ws.visits.add_participant(v, "team", "Nguyễn Thị Thu Hà", "Phó Giám đốc", "head")
    # Twice: refused when typed, but two laptops that each listed her merge into two rows.
    ws.visits.write([("participant", uuid7(), {"visit_id": v, "side": "team", "name": "Nguyễn Thị Thu Hà",
                                               "position": "Phó Giám đốc", "role": "head", "present": True})])
    ws.visits.add_participant(v, "team", "Bà Phạm Lan Anh", "Chuyên viên", "Thư ký")
    ws.visits.add_participant(v, "team", "Lê Quang Huy", "Chuyên viên", "member")
    ws.visits.add_participant(v, "unit", "Ông Hoàng Minh", "Chủ tịch Ủy ban nhân dân", "Thủ trưởng đơn vị")
    ws.visits.add_participant(v, "unit", "Trần Thị Bích", "Công chức Tư pháp - Hộ tịch", "staff")
    ws.visits.conclude(v, "2026-11-20T10:30:00+07:00", reason="Thử")
    text = _render(ws, v)
    assert "Bà Nguyễn Thị Thu Hà, Phó Giám đốc – Trưởng đoàn" in text
    assert "Bà Phạm Lan Anh, Chuyên viên – Thư ký" in text
    assert "Ông (bà) Lê Quang Huy" in text                           # nothing tells: both
    assert "Ông Hoàng Minh, Chủ tịch Ủy ban nhân dân phường Ba Đình – Đại diện đơn vị" in text
    assert "Bà Trần Thị Bích, Công chức Tư pháp - Hộ tịch, Ủy ban nhân dân phường Ba Đình" in text
    assert text.count("- Bà Nguyễn Thị Thu Hà") == 1
    content = ws.minutes.content(v)
    story = SimpleNamespace(facts=content["facts"], minutes=content["minutes"], template=ws.minutes.template(),
                            labels=ws.minutes.template()["labels"])
    assert [(title, names) for title, _note, names in signatures.blocks(story)] == [
        ("ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA", ["Hoàng Minh"]), ("TRƯỞNG ĐOÀN KIỂM TRA", ["Nguyễn Thị Thu Hà"]),
        ("NGƯỜI LẬP BIÊN BẢN", ["Phạm Lan Anh"]), ("CÁC THÀNH VIÊN ĐOÀN KIỂM TRA", ["Lê Quang Huy"])]
    signed = text[text.rindex("ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA"):]
    assert signed.count("Nguyễn Thị Thu Hà") == 1 and signed.count("Phạm Lan Anh") == 1


def test_the_wizard_agency_heads_minutes_without_a_team_and_receives_the_report(ws):
    person, _ = ws.people.create("Phạm Thị Lan Anh", "Chuyên viên", "Sở Nội vụ thành phố Hà Nội")
    ws.people.set_current(person)
    ids = setup_visit(ws)
    v, _ = ws.visits.create(ids["unit"], "surprise", "2026-11-21", [ids["template"]])
    ws.visits.start(v, "2026-11-21T08:00:00+07:00")
    ws.visits.add_participant(v, "team", "Nguyễn Thị Thu Hà", "Phó Giám đốc", "Trưởng đoàn")
    ws.visits.add_participant(v, "unit", "Lê Thị Hạnh", "Chủ tịch", "representative")
    ws.findings.add_request(v, "Niêm yết đầy đủ danh mục thủ tục hành chính", "Chủ tịch", "2026-12-21")
    ws.visits.conclude(v, "2026-11-21T10:00:00+07:00", reason="Thử")
    text = _render(ws, v)
    head = text[:text.index("BIÊN BẢN")]
    assert "SỞ NỘI VỤ THÀNH PHỐ HÀ NỘI" in head
    assert "báo cáo kết quả khắc phục về Sở Nội vụ thành phố Hà Nội trước ngày 21 tháng 12 năm 2026" in text
    assert "về Đoàn kiểm tra" not in text
    assert "Bà Phạm Thị Lan Anh, Chuyên viên, Sở Nội vụ thành phố Hà Nội – Thư ký" in text   # the recorder attends
    assert "Nơi nhận: - Ủy ban nhân dân phường Ba Đình; - Sở Nội vụ thành phố Hà Nội; - Lưu: VT, Hồ sơ." in text


def test_a_refusal_rewords_the_opening_and_closing_and_a_reason_line_is_always_on_paper(ws, visit):
    v = visit["visit"]
    ws.visits.add_participant(v, "team", "Nguyễn Thị Thu Hà", "Phó Giám đốc", "head")
    ws.visits.add_participant(v, "unit", "Lê Thị Hạnh", "Chủ tịch", "representative")
    ws.visits.conclude(v, "2026-11-20T10:30:00+07:00", reason="Thử")
    signed_text = _render(ws, v, "thuong.pdf")
    assert "thống nhất kết quả kiểm tra như sau" in signed_text and "thống nhất ký tên" in signed_text
    assert "Lý do không ký (nếu có): ....." in signed_text                  # to be filled at the table
    assert signed_text.rstrip().count("./.") == 1
    ws.minutes.update_draft(v, refused_to_sign=True, refusal_reason="Không đồng ý với kết luận",
                            witness_name="Trần Văn Bình", witness_position="Công an phường")
    text = _render(ws, v, "tu-choi.pdf")
    assert "thống nhất" not in text
    assert "Cùng tiến hành kiểm tra đột xuất tại Ủy ban nhân dân phường Ba Đình; kết quả kiểm tra như sau:" in text
    assert "Lý do không ký: Không đồng ý với kết luận." in text
    assert "đại diện đơn vị được kiểm tra không ký biên bản" in text
    assert "có sự chứng kiến của Ông Trần Văn Bình" in text
    assert "(Từ chối ký)" in text


def test_roles_and_honorifics_from_words():
    assert people.role_code("team", "Trưởng đoàn") == "head"
    assert people.role_code("team", "trưởng đoàn kiểm tra") == "head"
    assert people.role_code("team", "Phó Trưởng đoàn") == "deputy"
    assert people.role_code("team", "Thư ký") == "secretary"
    assert people.role_code("unit", "Thủ trưởng đơn vị") == "representative"
    assert people.role_code("unit", "người được ủy quyền") == "representative"
    assert people.honorific("Nguyễn Thị Mai") == "Bà" and people.honorific("Đỗ Văn Hùng") == "Ông"
    assert people.honorific("Ông Lê Huy") == "Ông" and people.honorific("Lê Huy") == "Ông (bà)"
    assert people.with_unit("Chủ tịch Ủy ban nhân dân", "Ủy ban nhân dân phường Ba Đình") == (
        "Chủ tịch Ủy ban nhân dân phường Ba Đình", "")


def test_a_note_taker_of_the_unit_never_signs_in_the_unit_column(ws, visit):
    v = visit["visit"]
    ws.visits.add_participant(v, "team", "Nguyễn Thị Thu Hà", "Phó Giám đốc", "Trưởng đoàn")
    ws.visits.add_participant(v, "unit", "Trần Thị Bích", "Công chức Văn phòng", "Thư ký")
    ws.visits.add_participant(v, "unit", "Hoàng Minh", "Phó Chủ tịch", "Người được ủy quyền")
    content = ws.minutes.content(v)
    story = SimpleNamespace(facts=content["facts"], minutes=content["minutes"], template=ws.minutes.template(),
                            labels=ws.minutes.template()["labels"])
    unit_block = signatures.blocks(story)[0]
    assert unit_block[0] == "ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA" and unit_block[2] == ["Hoàng Minh"]


def test_no_assessment_heading_stands_over_nothing(ws, visit):
    v = visit["visit"]
    ws.visits.add_participant(v, "team", "Nguyễn Thị Thu Hà", "Phó Giám đốc", "head")
    ws.visits.add_participant(v, "unit", "Hoàng Minh", "Chủ tịch", "head_of_unit")
    ws.visits.conclude(v, "2026-11-20T10:30:00+07:00", reason="Thử")
    text = _render(ws, v)
    assert "NHẬN XÉT, ĐÁNH GIÁ" not in text and "IV. KIẾN NGHỊ, YÊU CẦU KHẮC PHỤC" in text
    ws.visits.reopen(v)
    ws.findings.add(v, "Bố trí khu vực chờ hợp lý", "strength")
    ws.visits.conclude(v, "2026-11-20T10:30:00+07:00", reason="Thử")
    text = _render(ws, v, "bb2.pdf")
    assert "IV. NHẬN XÉT, ĐÁNH GIÁ 1. Ưu điểm - Bố trí khu vực chờ hợp lý." in text
