"""A small index and a small province whose PAR figures are computed by hand in the tests.

Index "thu-nghiem-par" (points 15): area 1 (10) = 1.1 (6) ← A1, A2; 1.2 (4) = 1.2.1 (1) ← A3 and
1.2.2 (3), the fallback for requests with no mapped item; area 2 (5) = 2.1 (5) ← A4.
Rule: points × shortfall ÷ checks + points × 0,25 × late requests, capped at the points.

Units: the city → ward W (commune) → W's service centre C; ward B (commune).
Visits (day, unit: answers) and requests (item, deadline, status):

| visit | day        | unit | answers                                   | requests                                  |
| ----- | ---------- | ---- | ----------------------------------------- | ----------------------------------------- |
| v0    | 01/11/2025 | W    | A1 Không đạt                              | R0 A3, 31/12/2025, open                   |
| v1    | 10/03/2026 | W    | A1 Đạt, A2 Không đạt, A3 KAD, A4 Đạt      | R1 A2, 30/06/2026, open                   |
|       |            |      |                                           | R3 A2, 30/04/2026, verified (by 2026)     |
|       |            |      |                                           | R5 A3, 01/05/2026, verified on 10/01/2027 |
| v2    | 02/06/2026 | C    | A1 Không đạt, A2 Đạt, A3 Đạt              | R2 no item, 31/01/2027, open              |
| v3    | 05/05/2026 | B    | A4 Không đạt                              | R4 A4, 01/10/2026, open                   |
| v9    | 20/12/2026 | B    | draft (not started): no evidence          |                                           |

By hand, 2026, ward W (v1 and v2; C counts for W):
- 1.1 (6): checks v1 A1 0, v1 A2 1, v2 A1 1, v2 A2 0 → 4 checks, 2 failed; R1 late (R3 verified)
  → 6 × 2/4 + 6 × 0,25 × 1 = 3 + 1,5 = 4,5
- 1.2.1 (1): v2 A3 Đạt → 1 check, 0 failed (v1 A3 not applicable); R0 and R5 late on 31/12/2026
  (R5 verified only in 2027) → 0 + 1 × 0,25 × 2 = 0,5
- 1.2.2 (3): R2 outstanding, not late → 0
- 2.1 (5): v1 A4 Đạt → 1 check, 0 → 0
Ward B: 2.1 (5): 1 check failed + R4 late → 5 + 1,25 → capped at 5.
"""

from __future__ import annotations

import json

from inspector_app.workspace import Workspace
from tests.helpers.factories import LEGAL, small_checklist

INDEX = {
    "schema": 1, "code": "thu-nghiem-par", "title": "Chỉ số thử nghiệm", "certainty": "placeholder",
    "decision": "Quyết định thử nghiệm", "applies_to": "Sở, ngành và UBND cấp xã", "note": "Điểm tạm.",
    "sources": [{"ref": "T1", "what": "Nguồn thử nghiệm", "url": "https://example.invalid/"}],
    "rule": {"request_share": 0.25, "step": 0.01, "text": "Quy tắc thử nghiệm"},
    "fallback_criterion": "1.2.2",
    "areas": [
        {"code": "1", "title": "Chỉ đạo, điều hành", "points": 10, "criteria": [
            {"code": "1.1", "title": "Kế hoạch", "points": 6},
            {"code": "1.2", "title": "Kiểm tra", "points": 4, "criteria": [
                {"code": "1.2.1", "title": "Tự kiểm tra", "points": 1, "certainty": "reported"},
                {"code": "1.2.2", "title": "Khắc phục tồn tại", "points": 3}]}]},
        {"code": "2", "title": "Thủ tục hành chính", "points": 5, "criteria": [
            {"code": "2.1", "title": "Một cửa", "points": 5}]},
    ],
}
MAPPING = {"mapping": [{"criterion": "1.1", "checklist": "thu-nghiem", "item": "A1"},
                       {"criterion": "1.1", "checklist": "thu-nghiem", "item": "A2"},
                       {"criterion": "1.2.1", "checklist": "thu-nghiem", "item": "A3"},
                       {"criterion": "2.1", "checklist": "thu-nghiem", "item": "A4"}]}


def write_index(folder) -> tuple:
    index = folder / "thu_nghiem.json"
    index.write_text(json.dumps(INDEX, ensure_ascii=False), encoding="utf-8")
    (folder / "mapping_thu_nghiem.json").write_text(json.dumps(MAPPING, ensure_ascii=False), encoding="utf-8")
    return index


def make_province(folder) -> tuple[Workspace, dict]:
    ws = Workspace.create(folder / "hq", "hq", builtin_checklists=False, device_name="Máy trụ sở")
    ws.checklists.import_legal(LEGAL)
    template, _ = ws.checklists.import_data(small_checklist())
    item = {i["code"]: i["id"] for i in ws.checklists.items(template)}
    city, _ = ws.units.create("Ủy ban nhân dân thành phố Hà Nội", "province", code="01")
    ward_w, _ = ws.units.create("Ủy ban nhân dân phường Ba Đình", "commune", parent_id=city, code="00004")
    centre, _ = ws.units.create("Trung tâm Phục vụ hành chính công phường Ba Đình", "service_centre",
                                parent_id=ward_w)
    ward_b, _ = ws.units.create("Ủy ban nhân dân phường Ngọc Hà", "commune", parent_id=city, code="00008")

    def visit(unit, day, answers, start=True):
        visit_id, _ = ws.visits.create(unit, "surprise", day, [template])
        if start:
            ws.visits.start(visit_id, f"{day}T08:15:00")
        for code, value in answers.items():
            ws.answers.answer(visit_id, item[code], value)
        return visit_id

    def request(visit_id, code, deadline, unit, status=None, status_on=None):
        request_id, _ = ws.findings.add_request(visit_id, f"Khắc phục {code or 'chung'}", "Chủ tịch UBND",
                                                deadline, responsible_unit_id=unit,
                                                item_id=item[code] if code else None)
        if status:
            ws.writer.write([("request", request_id, {"status": status, "status_on": status_on})])
        return request_id

    v0 = visit(ward_w, "2025-11-01", {"A1": "khong_dat"})
    r0 = request(v0, "A3", "2025-12-31", ward_w)
    v1 = visit(ward_w, "2026-03-10", {"A1": "dat", "A2": "khong_dat", "A3": "khong_ap_dung", "A4": "dat"})
    r1 = request(v1, "A2", "2026-06-30", ward_w)
    r3 = request(v1, "A2", "2026-04-30", ward_w, "verified", "2026-05-02")
    r5 = request(v1, "A3", "2026-05-01", ward_w, "verified", "2027-01-10")
    v2 = visit(centre, "2026-06-02", {"A1": "khong_dat", "A2": "dat", "A3": "dat"})
    r2 = request(v2, None, "2027-01-31", None)
    v3 = visit(ward_b, "2026-05-05", {"A4": "khong_dat"})
    r4 = request(v3, "A4", "2026-10-01", ward_b)
    v9 = visit(ward_b, "2026-12-20", {}, start=False)
    index_id, _ = ws.par.load(write_index(folder))
    codes = {n["code"]: n["id"] for n in ws.par.criteria(index_id)}
    return ws, {"index": index_id, "city": city, "W": ward_w, "C": centre, "B": ward_b, "template": template,
                "v0": v0, "v1": v1, "v2": v2, "v3": v3, "v9": v9, "r0": r0, "r1": r1, "r2": r2, "r3": r3,
                "r4": r4, "r5": r5, **{f"c{code}": cid for code, cid in codes.items()}}
