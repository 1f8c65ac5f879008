"""A province's year at headquarters (`inspector-cli demo --role hq`, issue 13 point 8).

Hà Nội after the reorganisation of 07/2025 (two levels, no districts): the
city's People's Committee; departments, one with a public service unit; the
city's public service centre with two branches; wards and communes, most with
their own public service centre. Two plans, three teams, and visits across
2026 (planned with notice, surprise, desk reviews, re-inspections), answered
with roll calls, case files and citizen interviews whose results vary by
unit; findings and requests with deadlines over the year, followed up (unit
reports, re-inspections that verify them or not).

Everything goes through the same service methods as the field demo and the
window, from one seed: two runs make the same content (ids and clocks aside).
"""

from __future__ import annotations

import datetime as dt
import random
from typing import TYPE_CHECKING

from .demo import PROCEDURES, SHORTCOMINGS, STAFF, STRENGTHS, _record_value
from .progress import NullProgress, Progress
from .services.findings import REQUEST_STATUSES

if TYPE_CHECKING:
    from .workspace import Workspace

CITY = "Hà Nội"
DEPARTMENTS = ["Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính", "Sở Xây dựng", "Sở Nông nghiệp và Môi trường",
               "Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Công Thương", "Sở Khoa học và Công nghệ",
               "Sở Văn hóa và Thể thao"]
WARDS = ["Ba Đình", "Ngọc Hà", "Giảng Võ", "Hoàn Kiếm", "Cửa Nam", "Hai Bà Trưng", "Vĩnh Tuy", "Bạch Mai",
         "Đống Đa", "Kim Liên", "Văn Miếu - Quốc Tử Giám", "Láng", "Ô Chợ Dừa", "Hoàng Mai", "Tương Mai",
         "Định Công", "Thanh Xuân", "Khương Đình", "Cầu Giấy", "Tây Hồ"]
COMMUNES = ["Sóc Sơn", "Đông Anh", "Gia Lâm", "Thanh Trì", "Bát Tràng", "Mê Linh", "Ba Vì", "Thạch Thất"]
TEAMS = [
    ("Đoàn kiểm tra cải cách hành chính số 1", 0, [("Nguyễn Thị Thu Hà", "head", "Phó Giám đốc Sở Nội vụ"),
                                                   ("Trần Văn Minh", "member", "Phó Chánh Văn phòng UBND thành phố"),
                                                   ("Phạm Thị Lan Anh", "secretary", "Chuyên viên Sở Nội vụ")]),
    ("Đoàn kiểm tra cải cách hành chính số 2", 0, [("Lê Văn Quang", "head", "Phó Giám đốc Sở Nội vụ"),
                                                   ("Đinh Thị Hải Yến", "member", "Phó Chánh Thanh tra thành phố"),
                                                   ("Vũ Minh Đức", "secretary", "Chuyên viên Sở Nội vụ")]),
    ("Tổ kiểm tra công vụ", 1, [("Hoàng Văn Sơn", "head", "Trưởng phòng Công chức, viên chức, Sở Nội vụ"),
                                ("Lê Quang Huy", "member", "Chuyên viên Sở Tư pháp"),
                                ("Ngô Thị Thanh Tâm", "secretary", "Chuyên viên Sở Nội vụ")]),
]
START, END = dt.date(2026, 1, 5), dt.date(2026, 12, 11)
# The day the demo's year stands at: visits after it are planned, not yet made.
AS_OF = dt.date(2026, 11, 30)
UNIT_REPORT = "Báo cáo số {n:02d}/BC-{who} ngày {day} về kết quả khắc phục tồn tại, hạn chế"


def fill(ws: Workspace, progress: Progress | None = None, seed: int = 2026, visits: int = 300) -> dict:
    """Fill the HQ workspace `ws` with the province's year; returns the ids of what it made."""
    progress = progress or NullProgress()
    rng = random.Random(seed)
    templates = {t["code"]: t["id"] for t in ws.checklists.list() if t["status"] == "published"}
    with ws.writer.batch(undoable=False):
        person, _ = ws.people.create("Phạm Thị Lan Anh", "Chuyên viên", f"Sở Nội vụ thành phố {CITY}")
        ws.people.set_current(person)
        units = _units(ws)
        plans, teams = _plans(ws, units)
    targets = [u for u in units.values() if u["visit"]]
    quality = {u["id"]: rng.uniform(0.55, 0.97) for u in targets}
    days = sorted(START + dt.timedelta(days=rng.randrange((END - START).days)) for _ in range(visits))
    days = [d if d.weekday() < 5 else d - dt.timedelta(days=d.weekday() - 4) for d in days]
    made: list[str] = []
    open_requests: dict[str, list[str]] = {}
    # One transaction for the whole year: a commit per visit waited for the disk 300 times.
    with ws.writer.batch(undoable=False):
        for n, day in enumerate(days):
            progress.report(n, len(days), f"Cuộc kiểm tra {n + 1}/{len(days)}")
            unit = rng.choice(targets)
            kind = _kind(rng, unit, day, open_requests)
            team_n = 2 if kind == "planned" and unit["kind"] != "department" and rng.random() < 0.3 \
                else rng.randrange(2)
            template = {"surprise": "mot-cua-dot-xuat", "reinspection": "mot-cua-dot-xuat"}.get(kind) or \
                ("kiem-tra-cong-vu" if team_n == 2 else "cchc-8-linh-vuc")
            made.append(_visit(ws, rng, unit, kind, templates.get(template) or next(iter(templates.values())),
                                day, plans[TEAMS[team_n][1]], teams[team_n], quality[unit["id"]], open_requests))
    progress.report(len(days), len(days), "")
    return {"units": [u["id"] for u in units.values()], "plans": plans, "teams": teams, "visits": made,
            "person": person}


def _units(ws: Workspace) -> dict[str, dict]:
    out: dict[str, dict] = {}

    def add(key, name, kind, parent=None, visit=True, code=None):
        unit_id, _ = ws.units.create(name, kind, parent_id=out[parent]["id"] if parent else None, code=code,
                                     place_name=CITY, valid_from="2025-07-01")
        out[key] = {"id": unit_id, "name": name, "kind": kind, "visit": visit}

    add("city", f"Ủy ban nhân dân thành phố {CITY}", "province", visit=False, code="01")
    add("centre", f"Trung tâm Phục vụ hành chính công thành phố {CITY}", "service_centre", "city")
    for n, branch in enumerate(("Chi nhánh số 1", "Chi nhánh số 2")):
        add(f"branch{n}", f"{branch} - Trung tâm Phục vụ hành chính công thành phố {CITY}", "service_centre",
            "centre")
    for n, name in enumerate(DEPARTMENTS):
        add(f"dept{n}", f"{name} thành phố {CITY}", "department", "city")
    add("land", f"Văn phòng Đăng ký đất đai {CITY}", "public_service_unit", "dept4")
    for n, name in enumerate(WARDS + COMMUNES):
        level = "phường" if n < len(WARDS) else "xã"
        add(f"c{n}", f"Ủy ban nhân dân {level} {name}", "commune", "city")
        if n % 3 != 2:
            add(f"c{n}centre", f"Trung tâm Phục vụ hành chính công {level} {name}", "service_centre", f"c{n}")
    return out


def _plans(ws: Workspace, units: dict) -> tuple[list[str], list[str]]:
    plans = []
    for number, title, issuer, day in (
            ("15/KH-UBND", f"Kiểm tra công tác cải cách hành chính năm 2026 trên địa bàn thành phố {CITY}",
             f"Ủy ban nhân dân thành phố {CITY}", "2026-01-12"),
            ("08/KH-SNV", f"Kiểm tra công vụ, kỷ luật, kỷ cương hành chính năm 2026 của thành phố {CITY}",
             f"Sở Nội vụ thành phố {CITY}", "2026-01-20")):
        plan, _ = ws.plans.create(number, title, issuer=issuer, issued_on=day,
                                  legal_basis="Kế hoạch cải cách hành chính nhà nước năm 2026 của thành phố")
        plans.append(plan)
    teams: list[str] = []
    for name, plan_n, members in TEAMS:
        team, _ = ws.plans.create_team(name, plans[plan_n], decision=f"Quyết định số {112 + len(teams)}/QĐ-UBND")
        for member, role, position in members:
            ws.plans.add_member(team, member, role, position=position, agency=f"Sở Nội vụ thành phố {CITY}")
        for unit in units.values():
            if unit["visit"]:
                ws.plans.assign(team, unit["id"], "2026-01-05", "2026-12-15")
        teams.append(team)
    return plans, teams


def _kind(rng, unit: dict, day: dt.date, open_requests: dict) -> str:
    if open_requests.get(unit["id"]) and day.month >= 6 and rng.random() < 0.5:
        return "reinspection"
    if unit["kind"] == "service_centre":
        return "surprise"
    if unit["kind"] in ("department", "public_service_unit") and rng.random() < 0.25:
        return "desk_review"
    return rng.choice(["planned", "planned", "surprise"])


def _visit(ws: Workspace, rng, unit, kind, template, day, plan, team, quality, open_requests) -> str:
    visit, _ = ws.visits.create(unit["id"], kind, day.isoformat(), [template], plan_id=plan, team_id=team)
    if day > AS_OF:
        return visit                                   # planned, not yet made
    arrived = dt.datetime.combine(day, dt.time(8, rng.randint(0, 50)))
    ws.visits.start(visit, arrived.isoformat())
    ws.visits.add_team_members(visit)
    head = "Giám đốc" if unit["kind"] in ("service_centre", "department", "public_service_unit") else \
        "Chủ tịch Ủy ban nhân dân"
    ws.visits.add_participant(visit, "unit", rng.choice(["Nguyễn Văn Thành", "Lê Thị Hạnh", "Đào Minh Khoa",
                                                          "Trịnh Văn Lợi"]), head, "representative")
    _answers(ws, rng, visit, template, day, quality, full=kind != "desk_review")
    for text in rng.sample(SHORTCOMINGS, 1 + (quality < 0.8)):
        ws.findings.add(visit, text, "shortcoming")
    if quality > 0.75:
        ws.findings.add(visit, rng.choice(STRENGTHS), "strength")
    if kind == "reinspection":
        _reinspect(ws, rng, visit, quality, open_requests.pop(unit["id"], []))
    ids, _ = ws.findings.add_proposed_requests(visit, per="area")
    if day < AS_OF - dt.timedelta(days=3):
        left = arrived + dt.timedelta(hours=2, minutes=rng.randint(0, 50))
        ws.visits.conclude(visit, left.isoformat(), reason="Một số tiêu chí không kiểm tra được tại chỗ")
    _follow_up(ws, rng, ids, day, quality, unit, open_requests)
    return visit


def _answers(ws: Workspace, rng, visit, template, day, quality, full=True) -> None:
    for section in ws.checklists.structure(template)["sections"]:
        if section["repeatable"]:
            if not full:
                continue
            count = {"DD": rng.randint(4, 8), "HS": rng.randint(4, 7)}.get(section["code"], rng.randint(3, 6))
            for k in range(count):
                record, _ = ws.answers.add_record(visit, section["id"])
                for item in section["items"]:
                    value = _record(rng, item, k, day, quality)
                    if value is not None and not item.get("derive") and ws.answers.applies(visit, item, record):
                        ws.answers.answer(visit, item["id"], value, record_id=record)
            continue
        for item in section["items"]:
            if not full and rng.random() < 0.5:
                continue
            value = _plain(rng, item, quality)
            if value is not None and ws.answers.applies(visit, item, None):
                note = "Chưa thực hiện đúng quy định tại thời điểm kiểm tra." if value == "khong_dat" else None
                ws.answers.answer(visit, item["id"], value, note=note)


def _plain(rng, item, quality):
    kind = item["answer_type"]
    if kind == "compliance":
        return rng.choices(["dat", "khong_dat", "khong_ap_dung"], [quality, 1 - quality, 0.06])[0]
    if kind == "yes_no":
        return rng.random() < quality
    if kind == "score":
        return round(item["max_score"] * rng.choice([0.5, 0.75, 1.0] if quality > 0.7 else [0.25, 0.5, 0.75]), 2)
    if kind in ("number", "percentage"):
        return rng.randint(int(70 + 25 * quality), 100)
    if kind in ("single_choice", "multi_choice"):
        value = item["choices"][0]["value"] if rng.random() < quality else item["choices"][-1]["value"]
        return [value] if kind == "multi_choice" else value
    return None


def _record(rng, item, k, day, quality):
    """A record's answer: the field demo's values, worse where the unit is weaker."""
    text, kind = item["text"].lower(), item["answer_type"]
    if kind == "yes_no" and "thẻ" in text:
        return rng.random() < quality + 0.05
    if kind == "single_choice" and item["choices"][0]["value"] == "hai_long":
        return rng.choices(["hai_long", "binh_thuong", "khong_hai_long"], [quality, 0.2, (1 - quality) / 2])[0]
    if kind == "date" and "trả" in text and "hẹn" not in text:
        received = day - dt.timedelta(days=20 - k)
        late = rng.random() >= quality
        return (received + dt.timedelta(days=rng.choice([12, 15] if late else [8, 9, 10]))).isoformat()
    if kind == "text" and "thủ tục" in text:
        return PROCEDURES[(k + rng.randint(0, 6)) % len(PROCEDURES)]
    if kind == "text" and "họ" in text and "tên" in text:
        return STAFF[(k * 3 + day.day) % len(STAFF)]
    return _record_value(rng, item, k, day)


def _reinspect(ws: Workspace, rng, visit, quality, earlier: list[str]) -> None:
    """Re-inspection: each earlier open request of the unit is found fixed, or not."""
    for request_id in earlier:
        fixed = rng.random() < quality
        ws.findings.follow_up(request_id, _status("verified" if fixed else "not_done"),
                              "Đã khắc phục, Đoàn kiểm tra xác nhận tại buổi tái kiểm tra." if fixed else
                              "Chưa khắc phục dứt điểm; yêu cầu tiếp tục khắc phục.", reinspection_visit_id=visit)


def _follow_up(ws: Workspace, rng, ids, day, quality, unit, open_requests) -> None:
    """What became of the visit's requests by AS_OF: many reported fixed by the unit's own
    report, some confirmed, the rest open (overdue once their deadline passed)."""
    for n, request_id in enumerate(ids):
        deadline = day + dt.timedelta(days=30)
        if deadline < AS_OF and rng.random() < quality:
            reported = deadline - dt.timedelta(days=rng.randint(0, 10))
            who = "UBND" if unit["kind"] == "commune" else ("SNV" if unit["kind"] == "department" else "TTPVHCC")
            note = UNIT_REPORT.format(n=rng.randint(1, 99), who=who, day=reported.strftime("%d/%m/%Y"))
            ws.findings.follow_up(request_id, _status("done" if rng.random() < 0.3 else "reported"), note)
        elif n == 0:
            open_requests.setdefault(unit["id"], []).append(request_id)


def _status(wanted: str) -> str:
    """`wanted` if the requests' lifecycle has it, else the nearest it has (the lifecycle is
    being extended: issue 11)."""
    for status in (wanted, "reported", "open"):
        if status in REQUEST_STATUSES:
            return status
    return next(iter(REQUEST_STATUSES))
