"""The period's report as a Sở Nội vụ writes it: numbers from the data, prose to edit.

"Báo cáo kết quả kiểm tra công tác cải cách hành chính <quý I / 6 tháng
đầu năm / 9 tháng đầu năm / năm> <year>", in the sections such reports
have: I. the inspections made (by kind, by kind of unit); II. the results
(by area; units with good practice; common shortcomings, the items most
often failed with real examples, staff discipline, late files); III. the
requests made and what became of them; IV. proposals. Every figure comes
from `report_data.ReportData`; the sentences around them are a sensible
start the staff edit in Word. Figures are written the Vietnamese way:
1.234 visits, 85,5 %, 14/12/2026.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from ..minutes.words import date_words
from ..text import day as day_text
from . import report_docx as d
from .report_data import RESOLVED, ReportData

TOP_ITEMS = 10


@dataclass
class Options:
    """What the data does not know: the issuer, the number, the signer. `place` and `parent`
    default to the province's unit ("Hà Nội", "Ủy ban nhân dân thành phố Hà Nội")."""
    issuer: str = "Sở Nội vụ"
    parent: str = ""
    place: str = ""
    number: str = ""                 # "125": the Văn thư's number; "…" left to fill when empty
    symbol: str = "BC-SNV"
    day: dt.date | None = None
    signer_lines: list[str] = field(default_factory=lambda: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"])
    signer_name: str = ""
    recipients: list[str] = field(default_factory=list)


def num(value: int) -> str:
    """12905 → "12.905"."""
    return f"{value:,}".replace(",", ".")


def pct(value: float | None) -> str:
    """85.54 → "85,5"; None → "—"."""
    return "—" if value is None else f"{value:.1f}".replace(".", ",")


def share(part: int, whole: int) -> str:
    return pct(100.0 * part / whole) if whole else "—"


def period_words(data: ReportData) -> str:
    """"quý I năm 2026", "6 tháng đầu năm 2026", "9 tháng đầu năm 2026", "năm 2026", or a range."""
    p = data.period
    return {"q1": f"quý I năm {p.year}", "h1": f"6 tháng đầu năm {p.year}", "q3": f"9 tháng đầu năm {p.year}",
            "year": f"năm {p.year}"}.get(p.kind) or p.label()


def subject(data: ReportData) -> str:
    return f"Kết quả kiểm tra công tác cải cách hành chính {period_words(data)}"


def write(data: ReportData, options: Options, path: Path | str) -> Path:
    """Write the report to `path` (.docx) and return it."""
    doc = d.new_document()
    place = options.place or "……"
    number = f"Số: {options.number or '……'}/{options.symbol}"
    when = options.day or dt.date.today()
    d.header_block(doc, parent=options.parent, issuer=options.issuer, number=number,
                   place_date=f"{place}, {date_words(when)}")
    d.title(doc, "Báo cáo", subject(data))
    _inspected(doc, data, options)
    _results(doc, data)
    _requests(doc, data)
    _proposals(doc, data)
    recipients = options.recipients or [
        f"- Ủy ban nhân dân {_place_kind(options)} (để báo cáo);", "- Bộ Nội vụ (để báo cáo);",
        "- Giám đốc Sở (để báo cáo);", "- Các cơ quan, đơn vị được kiểm tra;", "- Lưu: VT, CCHC."]
    d.closing(doc, recipients=recipients, signer_lines=options.signer_lines, signer_name=options.signer_name)
    target = Path(path)
    doc.save(str(target))
    return target


def _place_kind(options: Options) -> str:
    parent = options.parent
    lowered = parent.lower()
    for prefix in ("ủy ban nhân dân ", "ubnd "):
        if lowered.startswith(prefix):
            return parent[len(prefix):]
    return parent or "tỉnh"


def _inspected(doc, data: ReportData, options: Options) -> None:
    d.heading(doc, "I. Tình hình triển khai công tác kiểm tra")
    plans = ", ".join(f"Kế hoạch số {p}" for p in data.plans) or "kế hoạch kiểm tra đã ban hành"
    d.para(doc, f"Thực hiện {plans}, {options.issuer} đã chủ trì, phối hợp với các cơ quan, đơn vị liên quan "
                f"tổ chức kiểm tra công tác cải cách hành chính, công vụ tại các cơ quan, đơn vị "
                f"({data.period.window()}; phạm vi: {data.scope.label()}).", indent=True)
    kinds = data.by_kind()
    planned, made = sum(k[2] for k in kinds), sum(k[3] for k in kinds)
    units = len({v["unit_id"] for v in data.done})
    # The Overview says "đã thực hiện" of concluded visits and "đang kiểm tra" apart; the report
    # counts every visit begun, so it says "tiến hành" and how many are still under way.
    ongoing = sum(1 for v in data.done if v["status"] == "in_progress")
    under_way = f", trong đó {num(ongoing)} cuộc đang kiểm tra" if ongoing else ""
    d.para(doc, f"Trong kỳ, đã tiến hành {num(made)}/{num(planned)} cuộc kiểm tra theo kế hoạch và đột xuất "
                f"(đạt {share(made, planned)} %{under_way}) tại {num(units)} cơ quan, đơn vị; cụ thể như sau:",
           indent=True)
    d.caption(doc, "Bảng 1. Số cuộc kiểm tra theo hình thức")
    rows = [[n, label, num(p), num(m), share(m, p)] for n, (_c, label, p, m) in enumerate(kinds, 1)]
    d.table(doc, ["STT", "Hình thức kiểm tra", "Theo kế hoạch", "Đã tiến hành", "Tỷ lệ (%)"], rows,
            [13, 72, 25, 25, 30], total=["", "Tổng cộng", num(planned), num(made), share(made, planned)],
            numbers_from=2)
    by_kind = data.by_unit_kind()
    d.caption(doc, "Bảng 2. Số cơ quan, đơn vị được kiểm tra theo loại")
    d.table(doc, ["STT", "Loại cơ quan, đơn vị", "Số đơn vị", "Số cuộc kiểm tra"],
            [[n, label, num(u), num(v)] for n, (label, u, v) in enumerate(by_kind, 1)], [13, 97, 25, 30],
            total=["", "Tổng cộng", num(sum(u for _l, u, _v in by_kind)), num(sum(v for _l, _u, v in by_kind))],
            numbers_from=2)
    d.para(doc, "Danh sách các cuộc kiểm tra tại Phụ lục 1 kèm theo.", italic=True, indent=True)


def _results(doc, data: ReportData) -> None:
    d.heading(doc, "II. Kết quả kiểm tra")
    d.heading(doc, "1. Kết quả theo lĩnh vực", 2)
    total = data.total()
    d.para(doc, f"Qua kiểm tra {num(total.checked)} lượt tiêu chí tại {num(len(total.visits))} cuộc kiểm tra, "
                f"có {num(total.checked - total.failed)} lượt tiêu chí đạt yêu cầu ({pct(total.rate)} %) và "
                f"{num(total.failed)} lượt tiêu chí chưa đạt ({share(total.failed, total.checked)} %).",
           indent=True)
    scored = any(t.possible for t in data.areas.values())
    headers = ["STT", "Lĩnh vực", "Số cuộc", "Tiêu chí đã kiểm tra", "Không đạt", "Tỷ lệ đạt (%)"]
    widths = [13, 64, 18, 25, 20, 25] if not scored else [13, 54, 16, 22, 18, 21, 21]
    if scored:
        headers.append("Điểm đạt (%)")
    rows = []
    for n, (title, t) in enumerate(data.areas.items(), 1):
        row = [n, title, num(len(t.visits)), num(t.checked), num(t.failed), pct(t.rate)]
        rows.append([*row, pct(t.score)] if scored else row)
    total_row = ["", "Tổng cộng", num(len(total.visits)), num(total.checked), num(total.failed), pct(total.rate)]
    d.caption(doc, "Bảng 3. Kết quả kiểm tra theo lĩnh vực")
    d.table(doc, headers, rows, widths, total=[*total_row, ""] if scored else total_row, numbers_from=2)
    d.para(doc, "Kết quả chi tiết theo từng cơ quan, đơn vị và lĩnh vực tại Phụ lục 2 kèm theo.",
           italic=True, indent=True)
    _good(doc, data)
    _shortcomings(doc, data)


def _good(doc, data: ReportData) -> None:
    d.heading(doc, "2. Ưu điểm, cơ quan, đơn vị làm tốt", 2)
    d.para(doc, "Nhìn chung, các cơ quan, đơn vị được kiểm tra đã quan tâm triển khai nhiệm vụ cải cách hành "
                "chính; người đứng đầu chú trọng chỉ đạo, điều hành; việc tiếp nhận, giải quyết thủ tục hành "
                "chính cơ bản bảo đảm quy định.", indent=True)
    good = data.good_units()
    if not good:
        return
    d.para(doc, "Một số cơ quan, đơn vị có tỷ lệ tiêu chí đạt cao, có cách làm tốt:", indent=True)
    for unit in good:
        t = unit["tally"]
        strength = f" {unit['strengths'][0]}" if unit["strengths"] else ""
        d.para(doc, f"- {unit['name']}: {pct(t.rate)} % tiêu chí đạt ({num(t.checked)} lượt tiêu chí, "
                    f"{num(unit['visits'])} cuộc kiểm tra).{strength}", indent=True)


def _shortcomings(doc, data: ReportData) -> None:
    d.heading(doc, "3. Tồn tại, hạn chế phổ biến", 2)
    top = data.top_items(TOP_ITEMS)
    if top:
        d.para(doc, f"Các tiêu chí không đạt nhiều nhất ({len(top)} tiêu chí):", indent=True)
        d.caption(doc, "Bảng 4. Các tiêu chí không đạt nhiều nhất")
        rows = [[n, f"{i['code']}. {i['text']}", num(i["tally"].failed), num(i["tally"].checked),
                 share(i["tally"].failed, i["tally"].checked)] for n, i in enumerate(top, 1)]
        d.table(doc, ["STT", "Tiêu chí", "Số lượt không đạt", "Số lượt kiểm tra", "Tỷ lệ không đạt (%)"],
                rows, [13, 84, 22, 22, 24], numbers_from=2)
        d.para(doc, "Ví dụ cụ thể:", indent=True)
        for item in top[:5]:
            examples = _examples(item["examples"])
            if examples:
                d.para(doc, f"- {item['code']}. {item['text']}: {examples}", indent=True)
    for text, visits, units in data.shortcomings[:5]:
        where = "; ".join(units[:3]) + (f" và {num(len(units) - 3)} đơn vị khác" if len(units) > 3 else "")
        d.para(doc, f"- {text.rstrip('.')} ({num(visits)} cuộc kiểm tra ghi nhận; như: {where}).", indent=True)
    staff = len(data.staff)
    if data.staff_rows:
        d.para(doc, f"Về kỷ luật, kỷ cương hành chính: điểm danh {num(data.staff_rows)} lượt cán bộ, công chức, "
                    f"viên chức, có {num(staff)} lượt vi phạm ({share(staff, data.staff_rows)}\u00a0%) như vắng mặt "
                    f"không lý do, đi muộn, không đeo thẻ, trang phục chưa đúng quy định (chi tiết tại Phụ lục 4).",
               indent=True)
    else:
        d.para(doc, "Về kỷ luật, kỷ cương hành chính: trong kỳ không có kết quả điểm danh cán bộ, công chức, viên "
                    "chức.", indent=True)
    late = len(data.files)
    if data.file_rows:
        d.para(doc, f"Về giải quyết thủ tục hành chính: kiểm tra xác suất {num(data.file_rows)} hồ sơ, có "
                    f"{num(late)} hồ sơ trễ hạn ({share(late, data.file_rows)}\u00a0%) (chi tiết tại Phụ lục 5).",
               indent=True)
    else:
        d.para(doc, "Về giải quyết thủ tục hành chính: trong kỳ không kiểm tra xác suất hồ sơ.", indent=True)


def _examples(examples: list[dict], n: int = 2) -> str:
    """Up to `n` examples with different texts: "Ủy ban nhân dân xã A (07/01/2026): …"."""
    seen, out = set(), []
    for example in examples:
        if example["text"] in seen:
            continue
        seen.add(example["text"])
        out.append(f"{example['unit']} ({day_text(example['day'])}): {example['text'].rstrip('.')}")
        if len(out) == n:
            break
    return "; ".join(out) + ("." if out else "")


def _requests(doc, data: ReportData) -> None:
    d.heading(doc, "III. Kiến nghị của đoàn kiểm tra và kết quả khắc phục")
    counted = data.request_counts()
    made = len(data.requests)
    resolved = sum(n for code, _l, n in counted if code in RESOLVED)
    overdue = next(n for code, _l, n in counted if code == "overdue")
    reported = next(n for code, _l, n in counted if code == "reported")
    d.para(doc, f"Qua kiểm tra, các đoàn đã kiến nghị {num(made)} nội dung; đến ngày {day_text(str(data.as_of))}, "
                f"{num(resolved)} kiến nghị đã được xác nhận khắc phục hoặc kết thúc theo dõi "
                f"({share(resolved, made)}\u00a0%), {num(reported)} kiến nghị đơn vị đã báo cáo khắc phục, chờ "
                f"xác minh; {num(overdue)} kiến nghị đã quá hạn nhưng chưa được khắc phục.", indent=True)
    d.caption(doc, "Bảng 5. Tình hình thực hiện kiến nghị")
    rows = [[n, label, num(k), share(k, made)] for n, (_c, label, k) in enumerate([c for c in counted if c[2]], 1)]
    d.table(doc, ["STT", "Tình trạng", "Số kiến nghị", "Tỷ lệ (%)"], rows, [13, 97, 25, 30],
            total=["", "Tổng cộng", num(made), share(made, made) if made else "—"], numbers_from=2)
    late_units: dict[str, int] = {}
    for request in data.requests:
        if request["state"] in ("overdue", "not_fixed"):
            late_units[request["unit_name"] or ""] = late_units.get(request["unit_name"] or "", 0) + 1
    if late_units:
        worst = sorted(late_units.items(), key=lambda u: (-u[1], u[0]))[:5]
        d.para(doc, "Các cơ quan, đơn vị còn nhiều kiến nghị quá hạn hoặc chưa khắc phục: " +
               "; ".join(f"{name} ({num(n)} kiến nghị)" for name, n in worst) + ".", indent=True)
    d.para(doc, "Danh sách kiến nghị và tình trạng thực hiện tại Phụ lục 3 kèm theo.", italic=True, indent=True)


def _proposals(doc, data: ReportData) -> None:
    d.heading(doc, "IV. Đề xuất, kiến nghị")
    d.para(doc, "1. Đề nghị người đứng đầu các cơ quan, đơn vị được kiểm tra chỉ đạo khắc phục dứt điểm các tồn "
                "tại, hạn chế đã được chỉ ra; báo cáo kết quả khắc phục về Sở Nội vụ theo thời hạn đã kiến nghị.",
           indent=True)
    d.para(doc, "2. Tăng cường kỷ luật, kỷ cương hành chính; chấn chỉnh việc chấp hành thời giờ làm việc, đeo "
                "thẻ, trang phục của cán bộ, công chức, viên chức; thực hiện xin lỗi người dân đối với hồ sơ "
                "giải quyết quá hạn.", indent=True)
    d.para(doc, "3. Sở Nội vụ tiếp tục theo dõi, đôn đốc việc thực hiện kiến nghị; tổ chức tái kiểm tra đối với "
                "các cơ quan, đơn vị chậm khắc phục; sử dụng kết quả kiểm tra làm căn cứ đánh giá, xác định "
                "Chỉ số cải cách hành chính năm " + str(data.period.year or data.period.end.year) + ".", indent=True)
    last = d.para(doc, f"Trên đây là báo cáo kết quả kiểm tra công tác cải cách hành chính {period_words(data)} "
                       "của Sở Nội vụ./.", indent=True)
    last.paragraph_format.keep_with_next = True          # never a signature alone on its page
