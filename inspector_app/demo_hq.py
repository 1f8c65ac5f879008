"""A province's year at headquarters (`inspector-cli demo --role hq`, issue 13 point 8).

Hà Nội after the reorganisation of 07/2025 (two levels, no districts): the
city's People's Committee; departments, one with a public service unit; the
city's public service centre with two branches; wards and communes, most with
their own public service centre. Two plans, three teams, and visits across
2026 (planned with notice, surprise, desk reviews, re-inspections), answered
with roll calls, case files and citizen interviews whose results vary by
unit; findings and requests with deadlines over the year, followed to closure
as HQ follows them (`ws.requests`): unit reports with their number, date and a
scanned copy, verified and closed, cancelled with a reason, and re-inspections
whose checks find earlier requests fixed, partly fixed or not fixed — so the
register shows requests in every status on the demo's day (AS_OF).

Everything goes through the same service methods as the field demo and the
window, from one seed: two runs make the same content (ids and clocks aside).
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from .demo import POSITIONS, PROCEDURES, _record_value
from .progress import NullProgress, Progress
from .text import file_part

if TYPE_CHECKING:
    from .workspace import Workspace

CITY = "Hà Nội"
# The province's own findings (the field demo's lists are its own, with their items).
SHORTCOMINGS = [
    "Danh mục thủ tục hành chính niêm yết chưa cập nhật theo quyết định công bố mới nhất.",
    "Một số công chức không đeo thẻ công chức trong giờ làm việc.",
    "Chưa gửi văn bản xin lỗi người dân đối với hồ sơ giải quyết quá hạn.",
    "Sổ theo dõi hồ sơ chưa cập nhật đầy đủ ngày trả kết quả.",
]
STRENGTHS = [
    "Bộ phận Một cửa bố trí khoa học, có đủ ghế chờ, bàn viết và máy lấy số tự động.",
    "Công chức tiếp nhận hồ sơ có thái độ niềm nở, hướng dẫn tận tình.",
]
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
# Each unit's own people, the same at every visit and at no other unit: its head (with
# gender, for Ông / Bà) and the eight staff its roll calls list. Names drawn once, in the
# order the units are made, from a generator of their own (the year's draws stay the same).
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
            "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Mai", "Tạ"]
MIDDLE = {"male": ["Văn", "Đức", "Minh", "Quốc", "Xuân", "Hữu", "Công"],
          "female": ["Thị", "Thu", "Ngọc", "Thanh", "Thị Thu", "Thị Ngọc"]}
GIVEN = {"male": ["Hùng", "Dũng", "Tuấn", "Long", "Nam", "Hải", "Sơn", "Khoa", "Phúc", "Tài", "Trung", "Quang",
                  "Thắng", "Bảo", "Kiên"],
         "female": ["Mai", "Hoa", "Lan", "Hương", "Trang", "Hạnh", "Yến", "Nga", "Hằng", "Thủy", "Loan", "Vân",
                    "Oanh", "Hà", "Liên"]}
UNIT_REPORT = "{n:02d}/BC-{who}"
REASONS_CANCELLED = ("Đơn vị đã sắp xếp, hợp nhất theo Nghị quyết của Ủy ban Thường vụ Quốc hội; nhiệm vụ "
                     "chuyển cho đơn vị tiếp nhận theo dõi.",
                     "Trùng với kiến nghị tại cuộc kiểm tra trước; theo dõi chung ở kiến nghị đó.")


def fill(ws: Workspace, progress: Progress | None = None, seed: int = 2026, visits: int = 300,
         scans: Path | None = None) -> dict:
    """Fill the HQ workspace `ws` with the province's year; returns the ids of what it made.

    `scans`: where the units' scanned reports are drawn before they are stored as media
    (a folder of the workspace by default; removed afterwards)."""
    progress = progress or NullProgress()
    rng = random.Random(seed)
    templates = {t["code"]: t["id"] for t in ws.checklists.list() if t["status"] == "published"}
    with ws.writer.batch(undoable=False):
        person, _ = ws.people.create("Phạm Thị Lan Anh", "Chuyên viên", f"Sở Nội vụ thành phố {CITY}")
        ws.people.set_current(person)
        units = _units(ws)
        plans, teams = _plans(ws, units)
        # The PAR index's frame (resources/par), so its page has evidence to weigh.
        par_index, _ = ws.par.load()
    targets = [u for u in units.values() if u["visit"]]
    quality = {u["id"]: rng.uniform(0.55, 0.97) for u in targets}
    days = sorted(START + dt.timedelta(days=rng.randrange((END - START).days)) for _ in range(visits))
    days = [d if d.weekday() < 5 else d - dt.timedelta(days=d.weekday() - 4) for d in days]
    made: list[str] = []
    open_requests: dict[str, list[str]] = {}
    scan_dir = scans or ws.path / "demo-scans"
    scan_dir.mkdir(parents=True, exist_ok=True)
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
                                day, plans[TEAMS[team_n][1]], teams[team_n], quality[unit["id"]], open_requests,
                                scan_dir))
    if scans is None:
        shutil.rmtree(scan_dir, ignore_errors=True)
    progress.report(len(days), len(days), "")
    return {"units": [u["id"] for u in units.values()], "plans": plans, "teams": teams, "visits": made,
            "person": person, "par_index": par_index}


def _units(ws: Workspace) -> dict[str, dict]:
    out: dict[str, dict] = {}
    names, taken = random.Random("people"), set[str]()

    def add(key, name, kind, parent=None, visit=True, code=None):
        unit_id, _ = ws.units.create(name, kind, parent_id=out[parent]["id"] if parent else None, code=code,
                                     place_name=CITY, valid_from="2025-07-01")
        out[key] = {"id": unit_id, "name": name, "kind": kind, "visit": visit,
                    "head": _person(names, taken), "staff": [_person(names, taken)[0] for _ in range(8)]}

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


def _person(rng, taken: set) -> tuple[str, str]:
    """(a name no one else has in the demo, gender)."""
    while True:
        gender = rng.choice(("male", "female"))
        name = f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE[gender])} {rng.choice(GIVEN[gender])}"
        if name not in taken:
            taken.add(name)
            return name, gender


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
        decision = {"number": f"{112 + len(teams)}/QĐ-UBND", "issued_on": "2026-02-02",
                    "issuer": f"Chủ tịch Ủy ban nhân dân thành phố {CITY}",
                    "subject": f"về việc thành lập {name}"}
        team, _ = ws.plans.create_team(name, plans[plan_n], decision=decision)
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


def _visit(ws: Workspace, rng, unit, kind, template, day, plan, team, quality, open_requests, scan_dir) -> str:
    visit, _ = ws.visits.create(unit["id"], kind, day.isoformat(), [template], plan_id=plan, team_id=team)
    if day > AS_OF:
        return visit                                   # planned, not yet made
    arrived = dt.datetime.combine(day, dt.time(8, rng.randint(0, 50)))
    ws.visits.start(visit, arrived.isoformat())
    ws.visits.add_team_members(visit)
    head = "Giám đốc" if unit["kind"] in ("service_centre", "department", "public_service_unit") else \
        "Chủ tịch Ủy ban nhân dân"
    rng.randrange(4)                   # drawn as before (a head picked at random), so the year stays the same
    name, gender = unit["head"]
    ws.visits.add_participant(visit, "unit", name, head, "representative", gender=gender)
    _answers(ws, rng, visit, template, day, quality, unit["staff"], full=kind != "desk_review")
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
    _follow_up(ws, rng, ids, day, quality, unit, open_requests, scan_dir)
    return visit


def _answers(ws: Workspace, rng, visit, template, day, quality, staff: list[str], full=True) -> None:
    for section in ws.checklists.structure(template)["sections"]:
        if section["repeatable"]:
            if not full:
                continue
            count = {"DD": rng.randint(4, 8), "HS": rng.randint(4, 7)}.get(section["code"], rng.randint(3, 6))
            for k in range(count):
                record, _ = ws.answers.add_record(visit, section["id"])
                for item in section["items"]:
                    value = _record(rng, item, k, day, quality, staff)
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


def _record(rng, item, k, day, quality, staff: list[str]):
    """A record's answer: the field demo's values, worse where the unit is weaker; the
    people on a roll call are the unit's `staff`."""
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
        # One procedure per row of a table (a table names each file or person once): the
        # visit's day picks where the list starts.
        return PROCEDURES[(k + day.toordinal()) % len(PROCEDURES)]
    if kind == "text" and "họ" in text and "tên" in text:
        return staff[(k * 3 + day.day) % len(staff)]
    return _record_value(rng, item, k, day, staff, POSITIONS["commune"])


def _reinspect(ws: Workspace, rng, visit, quality, earlier: list[str]) -> None:
    """Re-inspection: each earlier open request of the unit is checked on site — fixed, partly
    fixed or not fixed — as the laptop records it (ws.reinspection.record: a `request_check` of
    the visit). The status at HQ follows once the visit is concluded; nobody types it."""
    for request_id in earlier:
        roll = rng.random()
        result = "fixed" if roll < quality else ("partly" if roll < quality + (1 - quality) / 2 else "not_fixed")
        note = {"fixed": "Đã khắc phục, Đoàn kiểm tra xác nhận tại buổi tái kiểm tra.",
                "partly": "Đã khắc phục một phần; còn hồ sơ chưa cập nhật.",
                "not_fixed": "Chưa khắc phục dứt điểm; yêu cầu tiếp tục khắc phục."}[result]
        # HQ's link of the request to this visit (what ws.reinspection.plan writes when HQ plans
        # the visit; the demo made the visit itself), then the team's check through its service.
        ws.writer.write([("request", request_id, {"reinspection_visit_id": visit})])
        ws.reinspection.record(visit, request_id, result, note)


def _follow_up(ws: Workspace, rng, ids, day, quality, unit, open_requests, scan_dir: Path) -> None:
    """What became of the visit's requests by AS_OF: many reported fixed by the unit's own
    report (number, date, most with a scan), some of those verified by HQ from the documents
    and then closed; a few cancelled; the rest open (due soon or overdue as their deadline
    comes), the first of each visit kept for a re-inspection."""
    who = "UBND" if unit["kind"] == "commune" else ("SNV" if unit["kind"] == "department" else "TTPVHCC")
    for n, request_id in enumerate(ids):
        deadline = day + dt.timedelta(days=30)
        roll = rng.random()
        if deadline < AS_OF and roll < quality:
            reported = max(day + dt.timedelta(days=5), deadline - dt.timedelta(days=rng.randint(0, 10)))
            number = UNIT_REPORT.format(n=rng.randint(1, 99), who=who)
            scans = [_scan(scan_dir, unit["name"], number, reported)] if rng.random() < 0.8 else []
            ws.requests.report(request_id, number, reported, scans, on=reported + dt.timedelta(days=2))
            if rng.random() < 0.35:
                checked = reported + dt.timedelta(days=rng.randint(7, 20))
                if checked < AS_OF:
                    ws.requests.verify(request_id, "Đối chiếu báo cáo và tài liệu kèm theo: đã khắc phục.", on=checked)
                    if rng.random() < 0.6 and checked + dt.timedelta(days=10) < AS_OF:
                        ws.requests.close(request_id, "Đã hoàn thành.", on=checked + dt.timedelta(days=10))
        elif roll > 0.985 and day < AS_OF:
            ws.requests.cancel(request_id, rng.choice(REASONS_CANCELLED), on=min(AS_OF, day + dt.timedelta(days=20)))
        elif n == 0:
            open_requests.setdefault(unit["id"], []).append(request_id)


def _scan(folder: Path, unit_name: str, number: str, day: dt.date) -> Path:
    """A one-page PDF standing for the scan of a unit's report of its remedy."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from .minutes import fonts

    face = fonts.register().names
    path = folder / f"{file_part(number.replace('/', '-'))}-{day.isoformat()}.pdf"
    page = canvas.Canvas(str(path), pagesize=A4, invariant=True)
    lines = [(face["regular"], 12, unit_name.upper()), (face["regular"], 12, f"Số: {number}"),
             (face["bold"], 14, "BÁO CÁO"), (face["bold"], 13, "Kết quả khắc phục tồn tại, hạn chế"),
             (face["bold"], 13, "theo kiến nghị của Đoàn kiểm tra cải cách hành chính"),
             (face["italic"], 12, f"{CITY}, ngày {day.strftime('%d/%m/%Y')}")]
    y = 780.0
    for font, size, text in lines:
        page.setFont(font, size)
        page.drawCentredString(A4[0] / 2, y, text)
        y -= size + 10
    page.showPage()
    page.save()
    return path
