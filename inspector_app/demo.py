"""A realistic demo workspace: a plan, a team of four, six units, ten visits.

Answers, roll calls, case files, citizen interviews, findings, requests and
photos (drawn with Pillow) are generated from a fixed seed, so two demo
workspaces hold the same content.
"""

from __future__ import annotations

import datetime as dt
import random
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from .progress import NullProgress, Progress

if TYPE_CHECKING:
    from .workspace import Workspace

UNITS = [
    # (name, kind, code, parent index, address)
    ("Ủy ban nhân dân thành phố Hà Nội", "province", "01", None, "79 Đinh Tiên Hoàng, Hoàn Kiếm, Hà Nội"),
    ("Trung tâm Phục vụ hành chính công thành phố Hà Nội", "service_centre", None, 0,
     "258 Võ Chí Công, Tây Hồ, Hà Nội"),
    ("Ủy ban nhân dân phường Ba Đình", "commune", "00004", 0, "Số 10 Đội Cấn, phường Ba Đình, Hà Nội"),
    ("Ủy ban nhân dân phường Ngọc Hà", "commune", "00008", 0, "Số 25 Liễu Giai, phường Ngọc Hà, Hà Nội"),
    ("Ủy ban nhân dân phường Giảng Võ", "commune", "00031", 0, "Số 1 Giảng Võ, phường Giảng Võ, Hà Nội"),
    ("Ủy ban nhân dân phường Hoàn Kiếm", "commune", "00070", 0, "Số 128 Hàng Trống, phường Hoàn Kiếm, Hà Nội"),
]
TEAM = [
    ("Nguyễn Thị Thu Hà", "head", "Phó Giám đốc", "Sở Nội vụ thành phố Hà Nội"),
    ("Trần Văn Minh", "member", "Phó Chánh Văn phòng", "Văn phòng Ủy ban nhân dân thành phố"),
    ("Lê Quang Huy", "member", "Chuyên viên", "Sở Tư pháp thành phố Hà Nội"),
    ("Phạm Thị Lan Anh", "secretary", "Chuyên viên", "Sở Nội vụ thành phố Hà Nội"),
]
STAFF = ["Đỗ Văn Hùng", "Nguyễn Thị Mai", "Vũ Đức Thắng", "Hoàng Thị Ngọc", "Bùi Minh Tuấn",
         "Đặng Thị Hồng", "Ngô Quốc Bảo", "Trịnh Thu Trang"]
PROCEDURES = ["Đăng ký khai sinh", "Chứng thực bản sao từ bản chính", "Đăng ký kết hôn",
              "Cấp giấy phép xây dựng nhà ở riêng lẻ", "Đăng ký hộ kinh doanh",
              "Xác nhận tình trạng hôn nhân", "Đăng ký thường trú"]
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


def fill(ws: Workspace, progress: Progress | None = None, seed: int = 2026) -> dict:
    """Fill `ws` with the demo; returns the ids of what it made."""
    progress = progress or NullProgress()
    rng = random.Random(seed)
    templates = {t["code"]: t["id"] for t in ws.checklists.list() if t["status"] == "published"}
    surprise = templates.get("mot-cua-dot-xuat") or next(iter(templates.values()))
    discipline = templates.get("kiem-tra-cong-vu", surprise)
    reform = templates.get("cchc-8-linh-vuc", surprise)
    with ws.writer.batch(undoable=False):
        person, _ = ws.people.create(TEAM[3][0], TEAM[3][2], TEAM[3][3])
        ws.people.set_current(person)
        units: list[str] = []
        for name, kind, code, parent, address in UNITS:
            unit_id, _ = ws.units.create(name, kind, code=code, address=address, place_name="Hà Nội",
                                         parent_id=units[parent] if parent is not None else None,
                                         valid_from="2025-07-01")
            units.append(unit_id)
        plan, _ = ws.plans.create(
            "87/KH-UBND", "Kiểm tra công tác cải cách hành chính năm 2026 trên địa bàn thành phố Hà Nội",
            issuer="Ủy ban nhân dân thành phố Hà Nội", issued_on="2026-04-05",
            legal_basis="Kế hoạch cải cách hành chính nhà nước năm 2026 của thành phố",
            decision="Quyết định số 1520/QĐ-UBND ngày 10/4/2026 của Chủ tịch Ủy ban nhân dân thành phố")
        team, _ = ws.plans.create_team("Đoàn kiểm tra công vụ số 1", plan,
                                       decision="Quyết định số 1520/QĐ-UBND ngày 10/4/2026")
        for name, role, position, agency in TEAM:
            ws.plans.add_member(team, name, role, position=position, agency=agency,
                                person_id=person if role == "secretary" else None)
        for unit_id in units[1:]:
            ws.plans.assign(team, unit_id, "2026-05-01", "2026-12-15")
    visits = []
    plan_days = [dt.date(2026, 11, 2) + dt.timedelta(days=3 * n) for n in range(10)]
    with tempfile.TemporaryDirectory() as tmp:
        for n, day in enumerate(plan_days):
            progress.report(n, len(plan_days), f"Cuộc kiểm tra {n + 1}/{len(plan_days)}")
            unit_id = units[1 + n % 5]
            kind, template = [("surprise", surprise), ("planned", discipline), ("surprise", surprise),
                              ("planned", reform), ("reinspection", surprise)][n % 5]
            status = "draft" if n >= 8 else ("in_progress" if n >= 6 else "concluded")
            with ws.writer.batch(undoable=False):
                visits.append(_visit(ws, rng, Path(tmp), n, unit_id, kind, template, day, plan, team, status))
    progress.report(len(plan_days), len(plan_days), "")
    return {"units": units, "plan": plan, "team": team, "visits": visits, "person": person}


def _visit(ws: Workspace, rng, tmp: Path, n, unit_id, kind, template, day, plan, team, status) -> str:
    visit, _ = ws.visits.create(unit_id, kind, day.isoformat(), [template], plan_id=plan, team_id=team)
    if status == "draft":
        return visit
    arrived = dt.datetime.combine(day, dt.time(8, rng.randint(0, 40)))
    ws.visits.start(visit, arrived.isoformat())
    for name, role, position, _agency in TEAM:
        ws.visits.add_participant(visit, "team", name, position, role)
    kind_of_unit = ws.units.get(unit_id)["kind"]
    ws.visits.add_participant(visit, "unit", rng.choice(["Nguyễn Văn Thành", "Lê Thị Hạnh"]),
                              "Giám đốc" if kind_of_unit == "service_centre" else "Chủ tịch Ủy ban nhân dân",
                              "representative")
    ws.visits.add_participant(visit, "unit", "Trần Thị Bích", "Công chức Văn phòng - Thống kê", "staff")
    bad_items = _answer(ws, rng, visit, template, day)
    photos = _photos(ws, rng, tmp, visit, n, arrived)
    if bad_items and photos:
        ws.media.link(photos[0], "item", bad_items[0]["id"])
    for text in rng.sample(SHORTCOMINGS, 2):
        ws.findings.add(visit, text, "shortcoming")
    ws.findings.add(visit, rng.choice(STRENGTHS), "strength")
    # The requests the app proposes from the failed items, one per area of the checklist.
    ws.findings.add_proposed_requests(visit, per="area")
    if status == "concluded":
        left = arrived + dt.timedelta(hours=2, minutes=rng.randint(0, 50))
        ws.visits.conclude(visit, left.isoformat(), reason="Một số tiêu chí không kiểm tra được tại chỗ")
    return visit


def _answer(ws: Workspace, rng, visit, template, day) -> list[dict]:
    bad = []
    for section in ws.checklists.structure(template)["sections"]:
        if section["repeatable"]:
            count = {"DD": 5, "HS": 5}.get(section["code"], 2)
            for k in range(count):
                record, _ = ws.answers.add_record(visit, section["id"])
                for item in section["items"]:
                    value = _record_value(rng, item, k, day)
                    if value is not None and not item.get("derive") and _applies(ws, visit, item, record):
                        ws.answers.answer(visit, item["id"], value, record_id=record)
            continue
        for item in section["items"]:
            value = _value(rng, item)
            if value is None or not _applies(ws, visit, item, None):
                continue
            note = "Chưa niêm yết theo quy định." if value == "khong_dat" else None
            ws.answers.answer(visit, item["id"], value, note=note)
            if value == "khong_dat":
                bad.append(item)
    return bad


def _applies(ws: Workspace, visit, item, record):
    return ws.answers.applies(visit, item, record)


def _value(rng, item):
    kind = item["answer_type"]
    if kind == "compliance":
        return rng.choices(["dat", "khong_dat", "khong_ap_dung"], [8, 2, 1])[0]
    if kind == "yes_no":
        return rng.random() < 0.8
    if kind == "score":
        return round(item["max_score"] * rng.choice([0.5, 0.75, 1.0]), 2)
    if kind in ("number", "percentage"):
        return rng.randint(85, 100)
    if kind in ("single_choice", "multi_choice"):
        value = item["choices"][0]["value"]
        return [value] if kind == "multi_choice" else value
    return None


def _record_value(rng, item, k, day: dt.date):
    text = item["text"].lower()
    kind = item["answer_type"]
    if kind == "text":
        if "họ" in text and "tên" in text:
            rng.randint(0, 2)          # drawn as before, so the rest of the demo stays the same
            return STAFF[(k * 3 + day.day) % len(STAFF)]     # one row per person: 3 is prime to 8
        if "mã" in text:
            return f"H{day.month:02d}.{k + 1:03d}.2026"
        if "thủ tục" in text:
            return PROCEDURES[(k + rng.randint(0, 6)) % len(PROCEDURES)]
        if "chức vụ" in text or "vị trí" in text:
            return rng.choice(["Công chức Tư pháp - Hộ tịch", "Công chức Địa chính - Xây dựng",
                               "Công chức Văn phòng - Thống kê"])
        return None
    if kind == "date":
        received = day - dt.timedelta(days=20 - k)
        if "tiếp nhận" in text:
            return received.isoformat()
        if "hẹn" in text:
            return (received + dt.timedelta(days=10)).isoformat()
        if "trả" in text:
            return (received + dt.timedelta(days=rng.choice([8, 9, 12]))).isoformat()
        return received.isoformat()
    if kind == "single_choice":
        weights = [6] + [1] * (len(item["choices"]) - 1)
        return rng.choices([c["value"] for c in item["choices"]], weights)[0]
    return _value(rng, item)


def _photos(ws: Workspace, rng, tmp: Path, visit: str, n: int, when: dt.datetime) -> list[str]:
    from PIL import Image, ImageDraw

    ids = []
    for k in range(2):
        image = Image.new("RGB", (1600, 1200), (rng.randint(150, 230), rng.randint(150, 230), 200))
        draw = ImageDraw.Draw(image)
        draw.rectangle((200, 300, 1400, 900), fill=(90, 60, 40))          # a counter
        draw.rectangle((300, 100, 1300, 260), fill=(20, 60, 140))         # a notice board
        for row in range(6):
            draw.line((330, 130 + row * 22, 1270, 130 + row * 22), fill=(240, 240, 240), width=6)
        draw.ellipse((700 + k * 100, 500, 900 + k * 100, 700), fill=(200, 170, 140))
        exif = Image.Exif()
        stamp = (when + dt.timedelta(minutes=10 + 7 * k)).strftime("%Y:%m:%d %H:%M:%S")
        exif[0x0132] = stamp
        exif.get_ifd(0x8769)[0x9003] = stamp
        path = tmp / f"IMG_{n:02d}{k:02d}.jpg"
        image.save(path, "JPEG", quality=85, exif=exif.tobytes())
        media_id, _ = ws.media.add_file(path, visit)
        ids.append(media_id)
    return ids
