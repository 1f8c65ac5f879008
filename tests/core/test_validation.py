"""Mutations are refused with clear Vietnamese (and English) messages."""

from __future__ import annotations

import pytest

from inspector_app.errors import LifecycleError, ValidationError
from tests.helpers.factories import small_checklist


def test_an_item_of_another_checklist_version_is_refused(ws, visit):
    v2, _ = ws.checklists.import_data(small_checklist(version=2))
    other_item = next(i for i in ws.checklists.items(v2) if i["code"] == "A1")
    with pytest.raises(ValidationError) as err:
        ws.answers.answer(visit["visit"], other_item["id"], "dat")
    assert err.value.code == "item_not_in_visit"
    assert "không thuộc phiên bản phiếu kiểm tra" in str(err.value)
    assert "not in the checklist version" in err.value.message("en")


def test_a_request_deadline_before_the_visit_is_refused(ws, visit):
    with pytest.raises(ValidationError) as err:
        ws.findings.add_request(visit["visit"], "Niêm yết lại thủ tục", "Chủ tịch UBND phường", "2026-11-19")
    assert "sớm hơn ngày kiểm tra 20/11/2026" in str(err.value)
    request_id, _ = ws.findings.add_request(visit["visit"], "Niêm yết lại thủ tục", "Chủ tịch UBND phường",
                                            "2026-11-20")
    assert ws.findings.requests(visit["visit"])[0]["id"] == request_id


@pytest.mark.parametrize("call, field", [
    (lambda ws, v: ws.units.create("  ", "commune"), "tên đơn vị"),
    (lambda ws, v: ws.plans.create("87/KH-UBND", ""), "trích yếu kế hoạch"),
    (lambda ws, v: ws.findings.add(v["visit"], ""), "nội dung ghi nhận"),
    (lambda ws, v: ws.findings.add_request(v["visit"], "Khắc phục", "", "2026-12-01"), "chịu trách nhiệm"),
    (lambda ws, v: ws.visits.add_participant(v["visit"], "unit", ""), "họ và tên"),
])
def test_a_required_field_left_empty_is_named(ws, visit, call, field):
    before = len(ws.operations())
    with pytest.raises(ValidationError) as err:
        call(ws, visit)
    assert err.value.code == "required"
    assert field in str(err.value) and "bắt buộc" in str(err.value)
    assert len(ws.operations()) == before


def test_the_lifecycle_refuses_skipping_steps(ws):
    from tests.helpers.factories import setup_visit
    ids = setup_visit(ws, start=False)
    with pytest.raises(LifecycleError) as err:
        ws.visits.conclude(ids["visit"], reason="thử")
    assert "Chưa bắt đầu" in str(err.value) and "Đã kết thúc" in str(err.value)
    with pytest.raises(LifecycleError) as not_started:
        ws.answers.answer(ids["visit"], ids["items"]["A1"], "dat")
    assert "Hãy bắt đầu cuộc kiểm tra trước" in str(not_started.value)
    ws.visits.start(ids["visit"])
    with pytest.raises(LifecycleError):
        ws.visits.set_status(ids["visit"], "exported")


def test_signed_minutes_freeze_the_answers(ws, visit):
    ws.visits.conclude(visit["visit"], "2026-11-20T10:30:00+07:00", reason="Đơn vị không cung cấp hồ sơ")
    ws.visits.set_status(visit["visit"], "minutes_signed")
    with pytest.raises(LifecycleError) as err:
        ws.answers.answer(visit["visit"], visit["items"]["A1"], "dat")
    assert "biên bản bổ sung" in str(err.value)
    with pytest.raises(LifecycleError):
        ws.visits.reopen(visit["visit"])


def test_concluding_with_required_items_unanswered_needs_a_reason(ws, visit):
    with pytest.raises(ValidationError) as err:
        ws.visits.conclude(visit["visit"])
    assert "tiêu chí bắt buộc chưa trả lời" in str(err.value)
    ws.visits.conclude(visit["visit"], reason="Đơn vị vắng người phụ trách")
    concluded = ws.visits.get(visit["visit"])
    assert concluded["status"] == "concluded" and concluded["left_at"]
    assert concluded["conclude_note"] == "Đơn vị vắng người phụ trách"


def test_answer_values_must_fit_the_answer_type(ws, visit):
    with pytest.raises(ValidationError) as err:
        ws.answers.answer(visit["visit"], visit["items"]["A1"], "tốt")
    assert "Đạt, Không đạt hoặc Không áp dụng" in str(err.value)


def test_conditional_and_derived_items(ws, visit):
    items, v = visit["items"], visit["visit"]
    with pytest.raises(ValidationError) as err:
        ws.answers.answer(v, items["A-why"], "Không có bảng niêm yết")
    assert err.value.code == "condition_unmet"
    ws.answers.answer(v, items["A1"], "khong_dat")
    ws.answers.answer(v, items["A-why"], "Không có bảng niêm yết")
    record, _ = ws.answers.add_record(v, visit["sections"]["HS"], {items["HS1"]: "H01.001"})
    with pytest.raises(ValidationError) as derived:
        ws.answers.answer(v, items["HS4"], False, record_id=record)
    assert derived.value.code == "derived_item"
    with pytest.raises(ValidationError) as no_row:
        ws.answers.answer(v, items["HS1"], "H01.002")
    assert no_row.value.code == "record_required"


def test_editing_a_used_checklist_needs_a_new_version(ws, visit):
    item = ws.checklists.items(visit["template"])[0]
    with pytest.raises(ValidationError) as err:
        ws.checklists.update_item(item["id"], text="Sửa nội dung")
    assert "Hãy tạo phiên bản mới" in str(err.value)
    copy, _ = ws.checklists.new_version(visit["template"])
    new_item = ws.checklists.items(copy)[0]
    ws.checklists.update_item(new_item["id"], text="Niêm yết đầy đủ, kịp thời")
    assert ws.checklists.items(copy)[0]["text"] == "Niêm yết đầy đủ, kịp thời"
    assert ws.checklists.items(visit["template"])[0]["text"] == item["text"]
    assert ws.checklists.template(copy)["version"] == 2
    ws.checklists.publish(copy)
    with pytest.raises(ValidationError):
        ws.checklists.update_item(new_item["id"], text="Lại sửa")
