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

from .minutes.values import number
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
# Each unit has its own people, the same at every visit: its head, the officer receiving
# files (both with their gender), and the staff its roll calls list (eight, see _record_value).
PEOPLE: dict[str, tuple[tuple[str, str], tuple[str, str], list[str]]] = {
    "Trung tâm Phục vụ hành chính công thành phố Hà Nội": (
        ("Lê Thị Hạnh", "female"), ("Trần Thị Bích", "female"), STAFF),
    "Ủy ban nhân dân phường Ba Đình": (
        ("Nguyễn Văn Thành", "male"), ("Phan Thị Thu Hương", "female"),
        ["Lương Văn Dũng", "Tạ Thị Hoa", "Cao Minh Đức", "Đinh Thị Lan", "Mai Xuân Trường", "Kiều Thị Nga",
         "Phùng Văn Hải", "Lại Thị Thanh"]),
    "Ủy ban nhân dân phường Ngọc Hà": (
        ("Trần Quốc Việt", "male"), ("Lưu Thị Phương", "female"),
        ["Hà Văn Long", "Quách Thị Yến", "Vương Đình Khoa", "Chu Thị Hằng", "Tống Văn Sơn", "Lê Thị Liên",
         "Dương Minh Khang", "Khúc Thị Vân"]),
    "Ủy ban nhân dân phường Giảng Võ": (
        ("Phạm Thị Thanh Huyền", "female"), ("Đoàn Văn Nam", "male"),
        ["Lý Thị Hà", "Mạc Văn Toàn", "Tăng Thị Diệu", "Ninh Văn Phúc", "Thái Thị Oanh", "Bạch Văn Quý",
         "Giang Thị Thủy", "Hứa Văn Tài"]),
    "Ủy ban nhân dân phường Hoàn Kiếm": (
        ("Lê Minh Tuấn", "male"), ("Nghiêm Thị Hòa", "female"),
        ["Đàm Thị Hạnh", "Từ Quang Lợi", "Hồ Thị Nhung", "Triệu Văn Kiên", "Lâm Thị Mỹ", "Nguyễn Đức Anh",
         "Cù Thị Loan", "Doãn Văn Hiếu"]),
}
# Positions at a ward's one-stop desk and at a service centre's counters.
POSITIONS = {"commune": ["Công chức Tư pháp - Hộ tịch", "Công chức Địa chính - Xây dựng",
                         "Công chức Văn phòng - Thống kê"],
             "service_centre": ["Chuyên viên tiếp nhận lĩnh vực tư pháp", "Chuyên viên tiếp nhận lĩnh vực đất đai",
                                "Chuyên viên tiếp nhận lĩnh vực kinh doanh"]}
PROCEDURES = ["Đăng ký khai sinh", "Chứng thực bản sao từ bản chính", "Đăng ký kết hôn",
              "Cấp giấy phép xây dựng nhà ở riêng lẻ", "Đăng ký hộ kinh doanh",
              "Xác nhận tình trạng hôn nhân", "Đăng ký thường trú"]
# A strength is written only when the items it speaks of were found compliant.
STRENGTHS = [
    ("Bộ phận Một cửa bố trí khoa học, có đủ ghế chờ, bàn viết và máy lấy số tự động.", ("B3", "B4", "B7")),
    ("Công chức tiếp nhận hồ sơ có thái độ niềm nở, hướng dẫn tận tình.", ("C4", "C5")),
    ("Cán bộ, công chức chấp hành tốt quy tắc ứng xử, giao tiếp lịch sự với người dân.", ("VH5", "TT1")),
    ("Nội quy, quy chế làm việc của cơ quan được ban hành đầy đủ, niêm yết công khai.", ("NQ1", "NQ2")),
]
# Why a surprise visit was made (WORKFLOW.md: a leader's direction, citizens' reports).
TRIGGERS = [
    "Theo chỉ đạo của Chủ tịch Ủy ban nhân dân thành phố tại Công văn số 3215/UBND-NC ngày 28/10/2026 về "
    "tăng cường kỷ luật, kỷ cương hành chính tại Bộ phận Một cửa",
    "Theo phản ánh của người dân qua Đường dây nóng của Sở Nội vụ ngày 05/11/2026 về việc công chức "
    "Bộ phận Một cửa chậm tiếp nhận hồ sơ, không đeo thẻ",
    "Theo thông tin phản ánh trên báo Hà Nội Mới ngày 10/11/2026 về tình trạng người dân phải đi lại "
    "nhiều lần để hoàn thiện hồ sơ",
]
# Cited as NĐ 30/2020 wants it: number, date in words, issuer and subject line ("về việc …").
DECISION = ("Quyết định số 1520/QĐ-UBND ngày 10 tháng 4 năm 2026 của Chủ tịch Ủy ban nhân dân thành phố Hà Nội "
            "về việc thành lập Đoàn kiểm tra công tác cải cách hành chính, kỷ luật, kỷ cương hành chính năm 2026")
TEAM_GENDERS = {"Nguyễn Thị Thu Hà": "female", "Trần Văn Minh": "male", "Lê Quang Huy": "male",
                "Phạm Thị Lan Anh": "female"}


# Notes a team writes beside an item it found non-compliant: what it saw, for that item.
# Keyed by the item's code in the built-in checklists (mot-cua-dot-xuat, kiem-tra-cong-vu);
# any other item gets a note made of its own words (demo._note).
NOTES: dict[str, str] = {
    "A1": "Danh mục thủ tục hành chính niêm yết tại Bộ phận Một cửa còn thiếu 12 thủ tục lĩnh vực hộ tịch.",
    "A2": "Một số thủ tục niêm yết theo quyết định công bố cũ, chưa cập nhật quyết định công bố mới nhất.",
    "A3": "Bảng niêm yết không ghi địa chỉ, số điện thoại tiếp nhận phản ánh, kiến nghị.",
    "A4": "Chưa niêm yết mức phí, lệ phí kèm theo thủ tục chứng thực.",
    "A5": "Chưa có hồ sơ mẫu cho thủ tục đăng ký khai sinh, đăng ký kết hôn.",
    "B1": "Diện tích khu vực chờ chật, không đủ chỗ cho người dân vào giờ cao điểm.",
    "B2": "Chưa bố trí khu vực hướng dẫn thủ tục hành chính riêng.",
    "B3": "Quầy tiếp nhận chưa có biển ghi tên lĩnh vực.",
    "B4": "Khu vực chờ chỉ có 8 ghế, chưa có bàn viết cho người dân.",
    "B5": "Máy tính phục vụ người dân tra cứu không kết nối được Internet.",
    "B6": "Camera giám sát không bao quát quầy tiếp nhận số 3; chưa kết nối với cơ quan cấp trên.",
    "B7": "Máy lấy số thứ tự hỏng từ tháng trước, chưa được sửa chữa.",
    "B8": "Màn hình cảm ứng tra cứu không hoạt động tại thời điểm kiểm tra.",
    "B9": "Chưa bố trí khu vực cung cấp dịch vụ hỗ trợ (photocopy, nộp phí, lệ phí).",
    "B10": "Thiết bị đánh giá mức độ hài lòng không hoạt động; hòm thư góp ý không có khóa.",
    "B11": "Không có phiếu đánh giá bản giấy tại bàn viết và quầy tiếp nhận.",
    "C2": "Thẻ của một công chức không có ảnh, không ghi chức danh.",
    "C4": "Một công chức trả lời người dân thiếu lịch sự khi người dân hỏi lại thành phần hồ sơ.",
    "C5": "Người dân phản ánh phải đi lại nhiều lần do hướng dẫn không đầy đủ.",
    "C7": "Bộ phận Một cửa mở cửa lúc 07 giờ 45 phút, muộn hơn giờ làm việc theo quy định.",
    "C8": "Phát hiện đầu mẩu thuốc lá tại khu vực làm việc phía sau quầy.",
    "C9": "Bàn làm việc của một công chức có chai bia đã mở.",
    "C10": "Có 02 nhiệm vụ được giao quá hạn chưa có báo cáo lý do.",
    "C11": "Chưa phân công cán bộ dự phòng khi công chức lĩnh vực đất đai đi công tác.",
    "C12": "Một công chức mới được cử làm việc tại Bộ phận Một cửa chưa đủ thời gian công tác theo quy định.",
    "D1": "03 hồ sơ tiếp nhận chưa được quét, số hóa và cập nhật vào Hệ thống thông tin.",
    "D2": "02 hồ sơ tiếp nhận không có Giấy tiếp nhận hồ sơ và hẹn trả kết quả.",
    "D3": "Yêu cầu bổ sung hồ sơ bằng lời nói, không lập Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ.",
    "D4": "Từ chối tiếp nhận 01 hồ sơ nhưng không lập Phiếu từ chối tiếp nhận giải quyết hồ sơ.",
    "D5": "Yêu cầu người dân nộp thêm bản sao giấy tờ ngoài thành phần hồ sơ đã công bố.",
    "D6": "Người dân cho biết được hẹn nhận kết quả tại phòng làm việc chuyên môn.",
    "D7": "Chưa hướng dẫn người dân lựa chọn hình thức nhận kết quả qua dịch vụ bưu chính công ích.",
    "D8": "01 hồ sơ còn yêu cầu bản sao sổ hộ khẩu.",
    "D9": "Hồ sơ của người dân để trên bàn ở khu vực công cộng, không được bảo quản.",
    "E1": "Hồ sơ chưa đủ điều kiện giải quyết được trả lại không kèm Phiếu yêu cầu bổ sung.",
    "E5": "Chưa trả lại bản chính giấy tờ đã thu để đối chiếu cho 01 trường hợp.",
    "E6": "Sai sót trong 01 kết quả chưa được sửa đổi kịp thời.",
    "F1": "Chưa tổ chức lấy ý kiến đánh giá mức độ hài lòng trong quý.",
    "F2": "02 phản ánh, kiến nghị của người dân chưa được trả lời.",
    "G1": "Chưa ban hành quy chế tổ chức hoạt động của Trung tâm.",
    "G2": "Chưa tổng hợp kết quả đánh giá mức độ hài lòng hằng tháng.",
    "G3": "Chưa tổ chức tập huấn chuyên môn, nghiệp vụ trong năm.",
    "G4": "Chưa hướng dẫn người dân kiểm tra tình trạng tài khoản định danh điện tử.",
    "G5": "Một số hồ sơ chưa được cập nhật đầy đủ các bước giải quyết vào phần mềm.",
    "G6": "Chưa bố trí người hướng dẫn người dân nộp hồ sơ trực tuyến.",
    "G7": "Chưa phối hợp tập huấn cho Tổ công nghệ số cộng đồng.",
    "G8": "Đường truyền mạng bị gián đoạn nhiều lần trong ngày kiểm tra.",
    "TG1": "Lịch làm việc niêm yết tại cơ quan chưa đúng quy định mới của Ủy ban nhân dân thành phố.",
    "TG3": "01 công chức rời vị trí làm việc trong giờ hành chính không báo cáo.",
    "VH3": "Phát hiện hút thuốc lá tại phòng làm việc tầng 2.",
    "VH4": "Có biểu hiện sử dụng đồ uống có cồn trong giờ nghỉ trưa.",
    "VH5": "Người dân phản ánh thái độ thiếu tôn trọng của một công chức.",
    "VH6": "Phòng làm việc chưa có biển ghi tên đơn vị, họ tên và chức danh.",
    "NQ1": "Nội quy cơ quan chưa được niêm yết công khai tại trụ sở.",
    "NQ2": "Quy chế làm việc chưa được sửa đổi sau khi sắp xếp lại tổ chức bộ máy.",
    "NQ3": "Quy tắc ứng xử chưa được cụ thể hóa và phổ biến đến người lao động.",
    "NQ4": "Chưa có kế hoạch tự kiểm tra công vụ năm 2026.",
    "NV1": "Một số công chức chưa được phân công nhiệm vụ bằng văn bản.",
    "NV2": "Có nhiệm vụ được giao quá hạn, chưa được đôn đốc.",
    "NV3": "Hồ sơ đánh giá, xếp loại năm trước thiếu ý kiến nhận xét của tập thể.",
    "NV4": "Có trường hợp đùn đẩy trách nhiệm giải quyết đơn của công dân.",
    "NV5": "01 trường hợp vi phạm giờ giấc làm việc chưa được xem xét, xử lý.",
    "TT1": "Người dân phản ánh bị yêu cầu bổ sung giấy tờ nhiều lần.",
    "TT2": "Chưa công khai số điện thoại đường dây nóng tiếp nhận phản ánh về nhũng nhiễu.",
    "TT3": "02 hồ sơ quá hạn chưa có văn bản xin lỗi người dân.",
    "TT4": "01 hồ sơ còn yêu cầu xuất trình sổ hộ khẩu.",
    "TT5": "Lịch tiếp công dân của người đứng đầu chưa được niêm yết.",
    "TT6": "02 đơn kiến nghị chưa được phân loại, xử lý đúng thời hạn.",
}


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
            decision=DECISION)
        team, _ = ws.plans.create_team("Đoàn kiểm tra công vụ số 1", plan, decision=DECISION)
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
            kind, template = [("surprise", surprise), ("planned", discipline), ("surprise", surprise),
                              ("planned", reform), ("reinspection", surprise)][n % 5]
            # A re-inspection goes back to the unit of the planned visit three visits before it,
            # to check the requests made there (visit 2 → visit 5).
            unit_id = units[1 + (n - 3) % 5] if kind == "reinspection" else units[1 + n % 5]
            status = "draft" if n >= 8 else ("in_progress" if n >= 6 else "concluded")
            with ws.writer.batch(undoable=False):
                visits.append(_visit(ws, rng, Path(tmp), n, unit_id, kind, template, day, plan, team, status))
                if kind == "reinspection" and status != "draft":
                    _reinspect(ws, visits[n - 3], visits[n], day)
    progress.report(len(plan_days), len(plan_days), "")
    return {"units": units, "plan": plan, "team": team, "visits": visits, "person": person}


def _visit(ws: Workspace, rng, tmp: Path, n, unit_id, kind, template, day, plan, team, status) -> str:
    visit, _ = ws.visits.create(unit_id, kind, day.isoformat(), [template], plan_id=plan, team_id=team)
    if status == "draft":
        return visit
    arrived = dt.datetime.combine(day, dt.time(8, rng.randint(0, 40)))
    ws.visits.start(visit, arrived.isoformat(), trigger=TRIGGERS[n % len(TRIGGERS)] if kind == "surprise" else None)
    for name, role, position, _agency in TEAM:
        ws.visits.add_participant(visit, "team", name, position, role, gender=TEAM_GENDERS[name])
    unit = ws.units.get(unit_id)
    head, receiving, staff = PEOPLE[unit["name"]]
    rng.choice((0, 1))                 # drawn as before, so the rest of the demo stays the same
    centre = unit["kind"] == "service_centre"
    ws.visits.add_participant(visit, "unit", head[0], "Giám đốc" if centre else "Chủ tịch Ủy ban nhân dân",
                              "head_of_unit", gender=head[1])
    positions = POSITIONS["service_centre" if centre else "commune"]
    ws.visits.add_participant(visit, "unit", receiving[0], positions[-1], "receiving", gender=receiving[1])
    bad_items = _answer(ws, rng, visit, template, day, staff, positions)
    photos = _photos(ws, rng, tmp, visit, n, arrived)
    if bad_items and photos:
        ws.media.link(photos[0], "item", bad_items[0]["id"])
    # Records that breach an item answered "Đạt" (a card not worn, a late file without an
    # apology): the team corrects the item, as the checklist offers, so nothing contradicts.
    for found in ws.visits.consistency(visit)["contradictions"]:
        ws.visits.mark_breached(visit, found["item"]["id"])
    _findings(ws, visit, template, bad_items)
    # The requests the app proposes from the failed items, one per area of the checklist.
    ws.findings.add_proposed_requests(visit, per="area")
    if status == "concluded":
        left = arrived + dt.timedelta(hours=2, minutes=rng.randint(0, 50))
        ws.visits.conclude(visit, left.isoformat(), reason="Một số tiêu chí không kiểm tra được tại chỗ")
    return visit


def _findings(ws: Workspace, visit: str, template: str, bad_items: list[dict]) -> None:
    """Shortcomings that say what the failed items' notes say, the rows behind an item the
    records breach, and a strength only where the items it praises were found compliant."""
    for item in bad_items[:2]:
        ws.findings.add(visit, _note(ws, template, item), "shortcoming", item_id=item["id"])
    held_scores = ws.answers.of_visit(visit)
    low = [i for s in ws.checklists.structure(template)["sections"] if not s["repeatable"] for i in s["items"]
           if i["answer_type"] == "score" and (held_scores.get((i["id"], None)) or {}).get("value") is not None
           and held_scores[(i["id"], None)]["value"] < i["max_score"]]
    for item in low[:2]:               # a scored checklist: items scored below their maximum, with the points
        value = held_scores[(item["id"], None)]["value"]
        ws.findings.add(visit, f"{_note(ws, template, item).rstrip('.')} (đạt {number(value)}/"
                               f"{number(item['max_score'])} điểm).", "shortcoming", item_id=item["id"])
    derived = ws.visits.derived_verdicts(visit)
    if derived:
        item_id, breaches = next(iter(derived.items()))
        item = ws.checklists.find_item(item_id) or {}
        rows = "; ".join(b.phrase() for b in breaches[:3])
        ws.findings.add(visit, f"Qua kiểm tra điểm danh, hồ sơ, tiêu chí {item.get('code', '')} không đạt: {rows}.",
                        "shortcoming", item_id=item_id)
    def code(item_id: str) -> str:
        return (ws.checklists.find_item(item_id) or {}).get("code") or ""

    held = {code(i): o["value"] for (i, r), o in ws.answers.of_visit(visit).items() if r is None}
    breached = {code(i) for i in derived}
    for text, codes in STRENGTHS:
        if all(held.get(c) == "dat" for c in codes) and not breached & set(codes):
            ws.findings.add(visit, text, "strength")
            break


def _reinspect(ws: Workspace, earlier: str, visit: str, day: dt.date) -> None:
    """A re-inspection with real earlier requests (due a week after `earlier`): they are listed for
    it (as headquarters' distribution does) and each is checked on site; the earlier
    minutes carry the number the office gave them."""
    ws.minutes.update_draft(earlier, number="15/BB-ĐKT")
    results = [("fixed", "Đơn vị đã khắc phục; Đoàn kiểm tra đã xem xét thực tế."),
               ("partly", "Đã khắc phục một phần; còn tồn tại chưa xử lý dứt điểm."),
               ("not_fixed", "Chưa khắc phục; đơn vị chưa có báo cáo.")]
    requests = ws.findings.requests(earlier)
    # Requests to remedy at once: due a week after that visit, so checked after their deadline.
    due = (dt.date.fromisoformat(ws.visits.visit_date(ws.visits.get(earlier))) + dt.timedelta(days=7)).isoformat()
    for request in requests:
        ws.findings.edit_request(request["id"], deadline=due)
    ws.findings.write([("request", r["id"], {"reinspection_visit_id": visit}) for r in requests])
    for n, request in enumerate(requests):
        result, note = results[n % len(results)]
        ws.reinspection.record(visit, request["id"], result, note)
    # What is still to be done of them becomes the re-inspection's first request.
    ws.findings.add_proposed_requests(visit, per="area")


def _note(ws: Workspace, template: str, item: dict) -> str:
    """What the team writes beside a failed item: a note about that item (NOTES for the
    built-in checklists), else the item's own first clause, said as not met."""
    code = (ws.checklists.template(template) or {}).get("code")
    if code in ("mot-cua-dot-xuat", "kiem-tra-cong-vu") and item["code"] in NOTES:
        return NOTES[item["code"]]
    first = item["text"].split(";")[0].split(" (")[0].strip().rstrip(".")
    return f"Chưa bảo đảm yêu cầu: {first[:1].lower()}{first[1:]}."


def _answer(ws: Workspace, rng, visit, template, day, staff: list[str], positions: list[str]) -> list[dict]:
    bad = []
    sections = ws.checklists.structure(template)["sections"]
    # Items the records judge (cards, dress, attendance, late files…): the team fails them
    # only from the rows that breach them (demo.build corrects them), so a failed card item
    # never stands beside a roll call where everyone wore a card.
    judged = {code for s in sections if s["repeatable"] for i in s["items"] for c in i.get("choices") or []
              for code in c.get("breaches") or []}
    for section in sections:
        if section["repeatable"]:
            count = {"DD": 5, "HS": 5}.get(section["code"], 2)
            for k in range(count):
                record, _ = ws.answers.add_record(visit, section["id"])
                for item in section["items"]:
                    value = _record_value(rng, item, k, day, staff, positions)
                    if value is not None and not item.get("derive") and _applies(ws, visit, item, record):
                        ws.answers.answer(visit, item["id"], value, record_id=record)
            continue
        for item in section["items"]:
            value = _value(rng, item)
            if value == "khong_dat" and item["code"] in judged:
                value = "dat"
            if value is None or not _applies(ws, visit, item, None):
                continue
            note = _note(ws, template, item) if value == "khong_dat" else None
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


def _record_value(rng, item, k, day: dt.date, staff: list[str], positions: list[str]):
    text = item["text"].lower()
    kind = item["answer_type"]
    if kind == "text":
        if "họ" in text and "tên" in text:
            rng.randint(0, 2)          # drawn as before, so the rest of the demo stays the same
            return staff[(k * 3 + day.day) % len(staff)]     # one row per person: 3 is prime to 8
        if "mã" in text:
            return f"H{day.month:02d}.{k + 1:03d}.2026"
        if "thủ tục" in text:
            return PROCEDURES[(k + rng.randint(0, 6)) % len(PROCEDURES)]
        if "chức vụ" in text or "vị trí" in text:
            return rng.choice(positions)
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
