"""A small HQ workspace whose register of requests is known by hand (tests of issue 13, point 2).

Units: the city → ward A (code 00004) → A's service centre; ward B (00008). Today is 02/12/2026.

| request | visit (unit, day)        | must act    | deadline   | what became of it                     | status     |
| ------- | ------------------------ | ----------- | ---------- | ------------------------------------- | ---------- |
| r1      | v1 (A, 02/03/2026)       | A           | 01/04/2026 | nothing                               | overdue    |
| r2      | v1                       | A's centre  | 05/12/2026 | nothing                               | due_soon   |
| r3      | v2 (B, 01/04/2026)       | B           | 31/12/2026 | nothing                               | open       |
| r4      | v2                       | B           | 01/05/2026 | re-inspection v3 (B, 10/06): not fixed| not_fixed  |
| r5      | v2                       | B           | 01/05/2026 | re-inspection v3: fixed               | verified   |
| r6      | v1                       | A           | 30/04/2026 | v4 (A, 15/06, not concluded): partly | overdue |

v3 is concluded; v4 is still in progress, so its check does not count yet.
"""

from __future__ import annotations

import datetime as dt

from inspector_app.ids import uuid7
from inspector_app.workspace import Workspace
from tests.helpers.factories import LEGAL, small_checklist

TODAY = dt.date(2026, 12, 2)


def build(path) -> tuple[Workspace, dict]:
    ws = Workspace.create(path, "hq", builtin_checklists=False, device_name="Máy trụ sở")
    ws.checklists.import_legal(LEGAL)
    template, _ = ws.checklists.import_data(small_checklist())
    city, _ = ws.units.create("Ủy ban nhân dân thành phố Hà Nội", "province", code="01")
    ward_a, _ = ws.units.create("Ủy ban nhân dân phường Ba Đình", "commune", parent_id=city, code="00004")
    centre, _ = ws.units.create("Trung tâm Phục vụ hành chính công phường Ba Đình", "service_centre",
                                parent_id=ward_a)
    ward_b, _ = ws.units.create("Ủy ban nhân dân phường Ngọc Hà", "commune", parent_id=city, code="00008")
    plan, _ = ws.plans.create("15/KH-UBND", "Kiểm tra công tác cải cách hành chính năm 2026")
    team, _ = ws.plans.create_team("Đoàn kiểm tra số 1", plan)

    def visit(unit, day, kind="planned", conclude=True):
        visit_id, _ = ws.visits.create(unit, kind, day, [template], plan_id=plan, team_id=team)
        ws.visits.start(visit_id, f"{day}T08:15:00")
        if conclude:
            ws.visits.conclude(visit_id, f"{day}T11:00:00", reason="Kiểm tra theo chuyên đề")
        return visit_id

    def request(visit_id, text, unit, deadline):
        request_id, _ = ws.findings.add_request(visit_id, text, "Chủ tịch Ủy ban nhân dân phường", deadline,
                                                responsible_unit_id=unit)
        return request_id

    v1, _ = ws.visits.create(ward_a, "planned", "2026-03-02", [template], plan_id=plan, team_id=team)
    ws.visits.start(v1, "2026-03-02T08:15:00")
    r1 = request(v1, "Cập nhật danh mục thủ tục hành chính niêm yết tại bộ phận một cửa.", ward_a, "2026-04-01")
    r2 = request(v1, "Bố trí công chức đeo thẻ khi thực thi công vụ.", centre, "2026-12-05")
    r6 = request(v1, "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.", ward_a, "2026-04-30")
    ws.visits.conclude(v1, "2026-03-02T11:00:00", reason="Kiểm tra theo chuyên đề")
    v2, _ = ws.visits.create(ward_b, "surprise", "2026-04-01", [template], plan_id=plan, team_id=team)
    ws.visits.start(v2, "2026-04-01T08:15:00")
    r3 = request(v2, "Chấn chỉnh việc tiếp nhận hồ sơ quá hạn.", ward_b, "2026-12-31")
    r4 = request(v2, "Niêm yết công khai số điện thoại đường dây nóng.", ward_b, "2026-05-01")
    r5 = request(v2, "Xin lỗi người dân khi trả hồ sơ trễ hạn.", ward_b, "2026-05-01")
    ws.visits.conclude(v2, "2026-04-01T11:00:00", reason="Kiểm tra theo chuyên đề")
    v3 = visit(ward_b, "2026-06-10", "reinspection", conclude=False)
    check(ws, v3, r4, "not_fixed", "Chưa niêm yết.")
    check(ws, v3, r5, "fixed", "Đã có thư xin lỗi.")
    ws.visits.conclude(v3, "2026-06-10T11:00:00", reason="Tái kiểm tra")
    v4 = visit(ward_a, "2026-06-15", "reinspection", conclude=False)
    check(ws, v4, r6, "partly", "Mới số hóa một phần.")
    return ws, {"city": city, "ward_a": ward_a, "centre": centre, "ward_b": ward_b, "plan": plan, "team": team,
                "v1": v1, "v2": v2, "v3": v3, "v4": v4, "r1": r1, "r2": r2, "r3": r3, "r4": r4, "r5": r5,
                "r6": r6}


def check(ws: Workspace, visit_id: str, request_id: str, result: str, note: str = "") -> str:
    """A re-inspection's check of an earlier request, as the laptop records it (its own
    service is another engineer's; the row is the entity of migration 9, through the write path).
    HQ links the request to the visit first, as planning does: a check counts only where HQ
    linked its request to its visit (storage/reinspection_store.HQ_LINKED)."""
    check_id = uuid7()
    ws.writer.write([("request", request_id, {"reinspection_visit_id": visit_id})])
    ws.writer.write([("request_check", check_id, {"visit_id": visit_id, "request_id": request_id,
                                                  "result": result, "note": note})])
    return check_id
