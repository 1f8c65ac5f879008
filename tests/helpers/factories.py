"""Small, realistic objects for tests: a checklist, units, a started visit."""

from __future__ import annotations

LEGAL = [
    {"ref": "nd-61-2018", "number": "61/2018/NĐ-CP", "kind": "Nghị định", "issuer": "Chính phủ",
     "title": "về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính",
     "effective_from": "2018-06-21", "effective_to": "2025-06-30", "replaced_by": "nd-118-2025"},
    {"ref": "nd-118-2025", "number": "118/2025/NĐ-CP", "kind": "Nghị định", "issuer": "Chính phủ",
     "title": "về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông",
     "effective_from": "2025-07-01"},
]


def small_checklist(code: str = "thu-nghiem", version: int = 1, items: int = 4) -> dict:
    """A checklist with a plain section, a conditional item and a roll call."""
    plain = [{"code": f"A{n}", "text": f"Tiêu chí số {n} được thực hiện đầy đủ", "answer_type": "compliance",
              "points": 1, "legal_basis": [{"doc": "nd-61-2018", "article": f"Điều {n}"},
                                           {"doc": "nd-118-2025", "article": ""}]}
             for n in range(1, items + 1)]
    plain.append({"code": "A-note", "text": "Ghi chú thêm", "answer_type": "text", "required": False})
    plain.append({"code": "A-why", "text": "Lý do không đạt tiêu chí 1", "answer_type": "text",
                  "condition": {"item": "A1", "in": ["khong_dat"]}})
    return {
        "schema": 1, "code": code, "version": version, "kind": "one_stop_surprise",
        "title": "Phiếu kiểm tra thử nghiệm Bộ phận Một cửa",
        "sections": [
            {"code": "A", "title": "Công khai thủ tục hành chính", "items": plain},
            {"code": "DD", "title": "Điểm danh cán bộ", "repeatable": True, "record_label": "Cán bộ", "items": [
                {"code": "DD1", "text": "Họ và tên", "answer_type": "text"},
                {"code": "DD2", "text": "Tình trạng", "answer_type": "single_choice", "choices": [
                    {"value": "co_mat", "label": "Có mặt"},
                    {"value": "vang_khong_ly_do", "label": "Vắng không lý do", "compliant": False}]},
                {"code": "DD3", "text": "Đeo thẻ công chức", "answer_type": "yes_no",
                 "condition": {"item": "DD2", "in": ["co_mat"]}},
            ]},
            {"code": "HS", "title": "Hồ sơ", "repeatable": True, "record_label": "Hồ sơ", "items": [
                {"code": "HS1", "text": "Mã số hồ sơ", "answer_type": "text"},
                {"code": "HS2", "text": "Ngày hẹn trả", "answer_type": "date"},
                {"code": "HS3", "text": "Ngày trả kết quả", "answer_type": "date", "required": False},
                {"code": "HS4", "text": "Trễ hạn", "answer_type": "yes_no",
                 "derive": {"rule": "late", "due": "HS2", "returned": "HS3"}},
            ]},
        ],
    }


def setup_visit(ws, *, start: bool = True, scheduled_on: str = "2026-11-20", items: int = 4):
    """Legal bases, a checklist, a unit tree and a visit; returns a dict of ids."""
    ws.checklists.import_legal(LEGAL)
    template_id, _ = ws.checklists.import_data(small_checklist(items=items))
    province, _ = ws.units.create("Ủy ban nhân dân thành phố Hà Nội", "province", code="01")
    ward, _ = ws.units.create("Ủy ban nhân dân phường Ba Đình", "commune", parent_id=province,
                              code="00004", place_name="Hà Nội")
    plan_id, _ = ws.plans.create("87/KH-UBND", "Kiểm tra công tác cải cách hành chính năm 2026",
                                 issuer="Ủy ban nhân dân thành phố Hà Nội", issued_on="2026-04-05")
    team_id, _ = ws.plans.create_team("Đoàn kiểm tra số 1", plan_id)
    visit_id, _ = ws.visits.create(ward, "surprise", scheduled_on, [template_id], plan_id=plan_id,
                                   team_id=team_id)
    if start:
        ws.visits.start(visit_id, f"{scheduled_on}T08:05:00+07:00")
    items_by_code = {i["code"]: i["id"] for i in ws.checklists.items(template_id)}
    sections = {s["code"]: s["id"] for s in ws.checklists.sections(template_id)}
    return {"template": template_id, "province": province, "unit": ward, "plan": plan_id, "team": team_id,
            "visit": visit_id, "items": items_by_code, "sections": sections}
