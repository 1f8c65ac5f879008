"""A small province for the Overview, its figures counted by hand (tests/core/hq/test_overview.py,
tests/ui/hq/test_overview_page.py).

One checklist "tong-quan" (built here): area A (A1–A3 Đạt/Không đạt, A4 Có/Không with
"Không" a shortcoming), area B (B1); a roll call DD whose "Vắng không lý do" breaches A1 and
whose "Đeo thẻ: Không" (asked only of those present) breaches B1; case files HS (late by
rule; "Có văn bản xin lỗi: Không", asked only of a late file, breaches A3); interviews PV
(PV1 Hài lòng / Bình thường / Không hài lòng).

- v1, surprise, ward A, 10/02/2026, concluded: A1 Đạt, A2 Không đạt, A3 Không áp dụng, A4 Không,
  B1 Đạt; roll call: Mai present with no card, Hùng absent without reason; case files: H01
  late with no apology, H02 on time; interviews: Hài lòng, Không hài lòng.
- v2, planned, ward B, 01/03/2026, in progress: A1 Không đạt, A2 Đạt; roll call: Lan present
  with her card, Tú "no card" then changed to "absent with reason" (the card's answer stays,
  no longer asked), a deleted row (no card); interview: Bình thường.
- v3, desk review, the department, 01/04/2026, not started.
- v4, surprise, ward A, 01/11/2025 (outside the year 2026), concluded: A1 Không đạt.

v1 has one photo ("niem-yet.jpg"), linked to A2.

Hand-counted for the year 2026 (15/12/2025–14/12/2026), the whole province:
- visits: surprise 1 planned / 1 done; planned 1 / 0 done, 1 in progress; desk review 1 / 1 not started.
- area A: checked 6 (v1: A1, A2, A3 by the apology row, A4; v2: A1, A2), failed 5 (v1: all four; v2: A1);
  area B: checked 1, failed 1 (v1: B1 by Mai's card). Items: A1 2/2, A2 2/1, A3 1/1, A4 1/1, B1 1/1.
- roll calls: 4 rows (v1: 2, v2: 2), 2 with a breach (v1), breaches: card "Không" 1, "Vắng không lý do" 1.
- case files: 2 sampled, 1 late, 1 flagged; "Trễ hạn: Có" 1, "Có văn bản xin lỗi: Không" 1.
- interviews: 3 (v1: 2, v2: 1); PV1: Hài lòng 1, Bình thường 1, Không hài lòng 1.
- requests (today 01/06/2026): v1 "A2" deadline 01/03/2026 → overdue; v1 "DD" reported;
  v2 deadline 05/06/2026 → due within 7 days.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from inspector_app.workspace import Workspace
from tests.helpers.factories import LEGAL

TODAY = "2026-06-01"


def checklist() -> dict:
    status = [{"value": "co_mat", "label": "Có mặt"},
              {"value": "vang_co_ly_do", "label": "Vắng có lý do"},
              {"value": "vang_khong_ly_do", "label": "Vắng không lý do", "compliant": False, "breaches": ["A1"]}]
    yes_no = [{"value": True, "label": "Có"}, {"value": False, "label": "Không", "compliant": False}]
    satisfied = [{"value": "hai_long", "label": "Hài lòng"}, {"value": "binh_thuong", "label": "Bình thường"},
                 {"value": "khong_hai_long", "label": "Không hài lòng", "compliant": False}]
    return {
        "schema": 1, "code": "tong-quan", "version": 1, "kind": "one_stop_surprise",
        "title": "Phiếu kiểm tra tổng quan",
        "sections": [
            {"code": "A", "title": "Công khai thủ tục hành chính", "items": [
                *({"code": f"A{n}", "text": f"Tiêu chí A{n}", "answer_type": "compliance", "required": False}
                  for n in (1, 2, 3)),
                {"code": "A4", "text": "Có sổ theo dõi hồ sơ", "answer_type": "yes_no", "required": False,
                 "choices": yes_no}]},
            {"code": "B", "title": "Kỷ luật, kỷ cương", "items": [
                {"code": "B1", "text": "Đeo thẻ đúng quy định", "answer_type": "compliance", "required": False}]},
            {"code": "DD", "title": "Điểm danh cán bộ", "repeatable": True, "record_label": "Cán bộ", "items": [
                {"code": "DD1", "text": "Họ và tên", "answer_type": "text"},
                {"code": "DD2", "text": "Tình trạng", "answer_type": "single_choice", "choices": status},
                {"code": "DD3", "text": "Đeo thẻ", "answer_type": "yes_no", "required": False,
                 "condition": {"item": "DD2", "in": ["co_mat"]},
                 "choices": [yes_no[0], {**yes_no[1], "breaches": ["B1"]}]}]},
            {"code": "HS", "title": "Hồ sơ", "repeatable": True, "record_label": "Hồ sơ", "items": [
                {"code": "HS1", "text": "Mã số hồ sơ", "answer_type": "text"},
                {"code": "HS2", "text": "Ngày hẹn trả", "answer_type": "date"},
                {"code": "HS3", "text": "Ngày trả kết quả", "answer_type": "date", "required": False},
                {"code": "HS4", "text": "Trễ hạn", "answer_type": "yes_no",
                 "choices": [{"value": False, "label": "Không"}, {"value": True, "label": "Có", "compliant": False}],
                 "derive": {"rule": "late", "due": "HS2", "returned": "HS3"}},
                {"code": "HS5", "text": "Có văn bản xin lỗi", "answer_type": "yes_no", "required": False,
                 "condition": {"item": "HS4", "in": [True]},
                 "choices": [yes_no[0], {**yes_no[1], "breaches": ["A3"]}]}]},
            {"code": "PV", "title": "Phỏng vấn người dân", "repeatable": True, "record_label": "Người dân",
             "items": [
                 {"code": "PV1", "text": "Thái độ của công chức", "answer_type": "single_choice",
                  "choices": satisfied},
                 {"code": "PV2", "text": "Ý kiến khác", "answer_type": "text", "required": False}]},
        ],
    }


def build(path) -> tuple[Workspace, dict]:
    """The workspace (HQ) and the ids of what it holds; the caller closes it."""
    ws = Workspace.create(path, "hq", builtin_checklists=False, device_name="Máy trụ sở")
    ws.checklists.import_legal(LEGAL)
    template, _ = ws.checklists.import_data(checklist())
    structure = ws.checklists.structure(template)
    item = {i["code"]: i["id"] for s in structure["sections"] for i in s["items"]}
    section = {s["code"]: s["id"] for s in structure["sections"]}
    city, _ = ws.units.create("Ủy ban nhân dân thành phố Hà Nội", "province", code="01")
    ward_a, _ = ws.units.create("Ủy ban nhân dân phường Ba Đình", "commune", parent_id=city, code="00004")
    ward_b, _ = ws.units.create("Ủy ban nhân dân phường Ngọc Hà", "commune", parent_id=city, code="00008")
    dept, _ = ws.units.create("Sở Tư pháp thành phố Hà Nội", "department", parent_id=city)
    plan, _ = ws.plans.create("15/KH-UBND", "Kiểm tra công tác cải cách hành chính năm 2026")
    team, _ = ws.plans.create_team("Đoàn kiểm tra số 1", plan)

    def visit(unit, day, kind, start=True):
        visit_id, _ = ws.visits.create(unit, kind, day, [template], plan_id=plan, team_id=team)
        if start:
            ws.visits.start(visit_id, f"{day}T08:15:00")
        return visit_id

    def record(visit_id, code, **values):
        row, _ = ws.answers.add_record(visit_id, section[code])
        for key, value in values.items():
            ws.answers.answer(visit_id, item[key], value, record_id=row)
        return row

    v1 = visit(ward_a, "2026-02-10", "surprise")
    for code, value in (("A1", "dat"), ("A2", "khong_dat"), ("A3", "khong_ap_dung"), ("A4", False), ("B1", "dat")):
        ws.answers.answer(v1, item[code], value)
    record(v1, "DD", DD1="Nguyễn Thị Mai", DD2="co_mat", DD3=False)
    record(v1, "DD", DD1="Đỗ Văn Hùng", DD2="vang_khong_ly_do")
    record(v1, "HS", HS1="H01", HS2="2026-01-10", HS3="2026-01-12", HS5=False)
    record(v1, "HS", HS1="H02", HS2="2026-01-20", HS3="2026-01-15")
    record(v1, "PV", PV1="hai_long")
    record(v1, "PV", PV1="khong_hai_long", PV2="Chờ lâu")
    late_request, _ = ws.findings.add_request(v1, "Cập nhật danh mục thủ tục.", "Chủ tịch UBND phường Ba Đình",
                                              "2026-03-01", item_id=item["A2"])
    reported, _ = ws.findings.add_request(v1, "Chấn chỉnh việc đeo thẻ.", "Chủ tịch UBND phường Ba Đình",
                                          "2026-03-15")
    ws.findings.follow_up(reported, "reported", "Đơn vị báo cáo đã chấn chỉnh")
    ws.visits.conclude(v1, "2026-02-10T11:00:00")
    photo = Path(path).parent / "niem-yet.jpg"
    Image.new("RGB", (64, 48), "#336699").save(photo)
    media, _ = ws.media.add_file(photo, v1)                 # evidence, after the visit ended as at HQ
    ws.media.link(media, "item", item["A2"])

    v2 = visit(ward_b, "2026-03-01", "planned")
    ws.answers.answer(v2, item["A1"], "khong_dat")
    ws.answers.answer(v2, item["A2"], "dat")
    record(v2, "DD", DD1="Trần Thị Lan", DD2="co_mat", DD3=True)
    tu = record(v2, "DD", DD1="Lê Văn Tú", DD2="co_mat", DD3=False)
    ws.answers.answer(v2, item["DD2"], "vang_co_ly_do", record_id=tu)   # the card's answer stays, no longer asked
    gone = record(v2, "DD", DD1="Phạm Văn Bình", DD2="co_mat", DD3=False)
    ws.answers.remove_record(gone)
    record(v2, "PV", PV1="binh_thuong")
    soon, _ = ws.findings.add_request(v2, "Niêm yết công khai thủ tục.", "Chủ tịch UBND phường Ngọc Hà", "2026-06-05")

    v3 = visit(dept, "2026-04-01", "desk_review", start=False)
    v4 = visit(ward_a, "2025-11-01", "surprise")
    ws.answers.answer(v4, item["A1"], "khong_dat")
    ws.visits.conclude(v4, "2025-11-01T10:00:00")
    return ws, {"v1": v1, "v2": v2, "v3": v3, "v4": v4, "ward_a": ward_a, "ward_b": ward_b, "dept": dept,
                "city": city, "plan": plan, "team": team, "template": template, "item": item, "section": section,
                "tu": tu, "media": media, "requests": {"late": late_request, "reported": reported, "soon": soon}}
