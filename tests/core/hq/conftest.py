"""A small province at headquarters whose figures are counted by hand in the tests.

Units: the city (01) → ward A (00004) → A's service centre; ward B; a department.
One checklist (tests/helpers/factories.small_checklist: plain items A1–A4 and two
text items, a roll call DD, case files HS). Visits, by the day that counts
(arrival, or the planned day while not started):

| visit | unit        | day         | plan / team | answers | DD rows | HS rows | findings | requests |
| ----- | ----------- | ----------- | ----------- | ------- | ------- | ------- | -------- | -------- |
| v1    | A           | 20/12/2025  | K1 / T1     | 3       | 2       | 1       | 1        | 1        |
| v2    | A's centre  | 14/03/2026  | K1 / T1     | 2       | 1       | 0       | 2        | 0        |
| v3    | B           | 15/03/2026  | K2 / T2     | 1       | 0       | 0       | 0        | 1        |
| v4    | department  | 14/12/2026  | K2 / —      | draft   |         |         |          |          |
| v5    | B           | 15/12/2026  | K2 / T2     | 1 (outside the year 2026)                    |
| v6    | A           | 14/12/2025  | K1 / T1     | 1 (outside the year 2026)                    |
"""

from __future__ import annotations

import pytest

from inspector_app.workspace import Workspace
from tests.helpers.factories import LEGAL, small_checklist


@pytest.fixture(scope="module")
def province(tmp_path_factory):
    ws = Workspace.create(tmp_path_factory.mktemp("hq") / "ws", "hq", builtin_checklists=False,
                          device_name="Máy trụ sở")
    ws.checklists.import_legal(LEGAL)
    template, _ = ws.checklists.import_data(small_checklist())
    structure = ws.checklists.structure(template)
    item = {i["code"]: i["id"] for s in structure["sections"] for i in s["items"]}
    section = {s["code"]: s["id"] for s in structure["sections"]}
    city, _ = ws.units.create("Ủy ban nhân dân thành phố Hà Nội", "province", code="01")
    ward_a, _ = ws.units.create("Ủy ban nhân dân phường Ba Đình", "commune", parent_id=city, code="00004")
    centre, _ = ws.units.create("Trung tâm Phục vụ hành chính công phường Ba Đình", "service_centre",
                                parent_id=ward_a)
    ward_b, _ = ws.units.create("Ủy ban nhân dân phường Ngọc Hà", "commune", parent_id=city, code="00008")
    dept, _ = ws.units.create("Sở Tư pháp thành phố Hà Nội", "department", parent_id=city)
    k1, _ = ws.plans.create("15/KH-UBND", "Kiểm tra công tác cải cách hành chính năm 2026")
    k2, _ = ws.plans.create("08/KH-SNV", "Kiểm tra công vụ năm 2026")
    t1, _ = ws.plans.create_team("Đoàn kiểm tra số 1", k1)
    t2, _ = ws.plans.create_team("Tổ kiểm tra công vụ", k2)

    def visit(unit, day, plan, team, kind="surprise", start=True):
        visit_id, _ = ws.visits.create(unit, kind, day, [template], plan_id=plan, team_id=team)
        if start:
            ws.visits.start(visit_id, f"{day}T08:15:00")
        return visit_id

    def roll_call(visit_id, name, status, card=None):
        record, _ = ws.answers.add_record(visit_id, section["DD"])
        ws.answers.answer(visit_id, item["DD1"], name, record_id=record)
        ws.answers.answer(visit_id, item["DD2"], status, record_id=record)
        if card is not None:
            ws.answers.answer(visit_id, item["DD3"], card, record_id=record)

    v1 = visit(ward_a, "2025-12-20", k1, t1)
    ws.answers.answer(v1, item["A1"], "dat")
    ws.answers.answer(v1, item["A2"], "khong_dat", note="Chưa niêm yết thủ tục mới")
    ws.answers.answer(v1, item["A3"], "khong_ap_dung")
    roll_call(v1, "Nguyễn Thị Mai", "co_mat", True)
    roll_call(v1, "Đỗ Văn Hùng", "vang_khong_ly_do")
    case, _ = ws.answers.add_record(v1, section["HS"])
    ws.answers.answer(v1, item["HS1"], "H01.001.2025", record_id=case)
    ws.answers.answer(v1, item["HS2"], "2025-12-10", record_id=case)
    ws.answers.answer(v1, item["HS3"], "2025-12-12", record_id=case)
    finding, _ = ws.findings.add(v1, "Danh mục thủ tục niêm yết chưa cập nhật.", item_id=item["A2"])
    ws.findings.add_request(v1, "Cập nhật danh mục thủ tục hành chính niêm yết.", "Chủ tịch UBND phường Ba Đình",
                            "2026-01-20", responsible_unit_id=ward_a, finding_id=finding, item_id=item["A2"])
    v2 = visit(centre, "2026-03-14", k1, t1)
    ws.answers.answer(v2, item["A1"], "dat")
    ws.answers.answer(v2, item["A-note"], "Bố trí khoa học")
    roll_call(v2, "Vũ Đức Thắng", "co_mat", False)
    ws.findings.add(v2, "Bố trí quầy hợp lý.", "strength")
    ws.findings.add(v2, "Một công chức không đeo thẻ.", "shortcoming")
    v3 = visit(ward_b, "2026-03-15", k2, t2, kind="planned")
    ws.answers.answer(v3, item["A4"], "khong_dat")
    ws.findings.add_request(v3, "Chấn chỉnh việc tiếp nhận hồ sơ.", "Chủ tịch UBND phường Ngọc Hà", "2026-04-30",
                            responsible_unit_id=ward_b)
    v4 = visit(dept, "2026-12-14", k2, None, kind="desk_review", start=False)
    v5 = visit(ward_b, "2026-12-15", k2, t2)
    ws.answers.answer(v5, item["A1"], "dat")
    v6 = visit(ward_a, "2025-12-14", k1, t1)
    ws.answers.answer(v6, item["A1"], "dat")
    ids = {"v1": v1, "v2": v2, "v3": v3, "v4": v4, "v5": v5, "v6": v6, "city": city, "ward_a": ward_a,
           "centre": centre, "ward_b": ward_b, "dept": dept, "k1": k1, "k2": k2, "t1": t1, "t2": t2,
           "template": template}
    yield ws, ids
    ws.close()
