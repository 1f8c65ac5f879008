"""Raw data for headquarters' own analysis: every visit of a period and a scope, as
an .xlsx workbook or UTF-8 CSV files (issue 13, point 6).

Sheets, as ODK Central exports them: the visits; the answers to the items
(one row per answer); each repeatable section (roll call, case files,
interviews…) on its own sheet, one row per record, keyed to its visit by the
visit's id; the findings; the requests; and an "about" sheet naming the
period, the scope and each sheet. Labels are Vietnamese (English with
`lang="en"`); codes (kinds, statuses, answers' values, units' codes) have
columns of their own. Numbers stay raw: the counts (non-compliant items,
staff in breach, late files) are the core's one computation and belong to
the Overview and the period's report, not to a copy of it here.

Rows stream from the queries to the file, so memory does not grow with the
period (bench/hq_export.py prints the time and peak memory of a year).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..checklists import answer_types
from ..progress import NullProgress, Progress
from ..services import request_status
from ..services.findings import KINDS as FINDING_KINDS
from ..services.units import KINDS as UNIT_KINDS
from ..services.visits import KINDS as VISIT_KINDS
from ..services.visits import STATUSES as VISIT_STATUSES
from ..storage import hq_queries
from . import register
from .periods import Period
from .scope import PROVINCE, Scope
from .workbook import Column

if TYPE_CHECKING:
    from ..workspace import Workspace

# Item types whose stored value is a code worth a column of its own beside its label.
CODED = ("compliance", "yes_no", "single_choice", "multi_choice")

VISIT_ID = Column("Mã cuộc kiểm tra", "Visit id", "code", 37)     # a whole UUID: the key to join on
DAY = Column("Ngày kiểm tra", "Visit date", "date", 12)
UNIT = Column("Đơn vị được kiểm tra", "Inspected unit", "text", 34)

VISITS = [VISIT_ID, Column("Tên cuộc kiểm tra", "Visit", "text", 40), DAY,
          Column("Ngày dự kiến", "Planned date", "date", 12),
          Column("Giờ đến", "Arrived", "datetime", 16), Column("Giờ kết thúc", "Left", "datetime", 16),
          Column("Hình thức kiểm tra", "Kind", "text", 24), Column("Mã hình thức", "Kind code", "code", 13),
          Column("Trạng thái", "Status", "text", 18), Column("Mã trạng thái", "Status code", "code", 14),
          UNIT, Column("Mã đơn vị", "Unit code", "code", 10), Column("Loại đơn vị", "Unit kind", "text", 24),
          Column("Mã loại đơn vị", "Unit kind code", "code", 14),
          Column("Đơn vị cấp trên", "Parent unit", "text", 30), Column("Kế hoạch", "Plan", "text", 14),
          Column("Đoàn kiểm tra", "Team", "text", 26), Column("Phiếu kiểm tra", "Checklists", "code", 22),
          Column("Địa điểm", "Place", "text", 30), Column("Ghi chú khi kết thúc", "Note at the end", "text", 30)]
ANSWERS = [VISIT_ID, DAY, UNIT, Column("Phiếu kiểm tra", "Checklist", "code", 18),
           Column("Lĩnh vực", "Area", "text", 28), Column("Mã tiêu chí", "Item code", "code", 9),
           Column("Tiêu chí", "Item", "text", 48), Column("Kết quả", "Answer", "text", 16),
           Column("Mã kết quả", "Answer code", "code", 12),
           Column("Không đạt", "Non-compliant", "code", 9), Column("Ghi chú", "Note", "text", 30)]
FINDINGS = [Column("Mã ghi nhận", "Finding id", "code", 37), VISIT_ID, DAY, UNIT,
            Column("Loại ghi nhận", "Kind", "text", 16), Column("Mã loại", "Kind code", "code", 12),
            Column("Nội dung", "Text", "text", 60), Column("Mã tiêu chí", "Item code", "code", 9),
            Column("Mức độ", "Severity", "code", 9)]
REQUESTS = [Column("Mã kiến nghị", "Request id", "code", 37), VISIT_ID, DAY, UNIT,
            Column("Nội dung kiến nghị", "Request", "text", 60),
            Column("Người, đơn vị chịu trách nhiệm", "Responsible", "text", 30),
            Column("Đơn vị thực hiện", "Unit to act", "text", 30), Column("Thời hạn", "Deadline", "date", 12),
            Column("Tình trạng", "Status", "text", 24), Column("Mã tình trạng", "Status code", "code", 12),
            Column("Kết quả theo dõi", "Follow-up", "text", 30), Column("Mã tiêu chí", "Item code", "code", 9),
            Column("Mã ghi nhận", "Finding id", "code", 37),
            Column("Cuộc tái kiểm tra", "Re-inspection visit", "code", 37)]
ABOUT = [Column("Nội dung", "What", "text", 46), Column("Giá trị", "Value", "text", 80)]
SHEETS = {"about": ("Thông tin", "About"), "visits": ("Cuộc kiểm tra", "Visits"),
          "answers": ("Kết quả", "Answers"), "findings": ("Ghi nhận", "Findings"),
          "requests": ("Kiến nghị", "Requests")}


def export(ws: Workspace, period: Period, sink, scope: Scope = PROVINCE, lang: str = "vi",
           progress: Progress | None = None, now: dt.datetime | None = None) -> dict:
    """Write the period's and scope's raw data to `sink` (`workbook.XlsxSink` or `CsvSink`) and
    close it. Returns the rows written: `visits`, `answers`, `records` (all repeatable
    sections), `findings`, `requests`, and `sheets` (sheet name → rows). `progress` hears
    of each sheet."""
    progress = progress or NullProgress()
    conn, key = ws.db.conn, scope.key
    window = (period.first, period.last, key)
    pick = 1 if lang == "en" else 0
    about = sink.sheet(SHEETS["about"][pick], ABOUT, lang)
    sections = _repeatable_sections(ws, hq_queries.templates_used(conn, *window))
    sheets = {name: sink.sheet(SHEETS[name][pick], columns, lang)
              for name, columns in (("visits", VISITS), ("answers", ANSWERS))}
    record_sheets = {group: sink.sheet(title, columns, lang) for group, (title, columns, _i, _s) in sections.items()}
    sheets |= {name: sink.sheet(SHEETS[name][pick], columns, lang)
               for name, columns in (("findings", FINDINGS), ("requests", REQUESTS))}
    steps = [("visits", _visit_rows(hq_queries.visits(conn, *window), lang)),
             ("answers", _answer_rows(ws, hq_queries.answers(conn, *window), lang)),
             ("findings", _finding_rows(hq_queries.findings(conn, *window), lang)),
             ("requests", _request_rows(hq_queries.requests(conn, *window), lang,
                                        register.statuses(ws, (now or dt.datetime.now()).date(), period, scope)))]
    for n, (name, rows) in enumerate(steps[:2]):
        progress.report(n, len(steps) + 1, SHEETS[name][pick])
        for row in rows:
            sheets[name].row(row)
    progress.report(2, len(steps) + 1, "")
    items = {i["id"]: i for _t, _c, section_items, _s in sections.values() for i in section_items}
    groups = {s_id: group for group, (_t, _c, _i, s_ids) in sections.items() for s_id in s_ids}
    for group, row in _record_rows(hq_queries.record_answers(conn, *window), groups, sections, items, lang):
        record_sheets[group].row(row)
    for n, (name, rows) in enumerate(steps[2:], 3):
        progress.report(n, len(steps) + 1, SHEETS[name][pick])
        for row in rows:
            sheets[name].row(row)
    written = {handle.name: handle.rows for handle in (*sheets.values(), *record_sheets.values())}
    titles = {record_sheets[group].name: title for group, (title, *_rest) in sections.items()}
    _about(about, ws, period, scope, sections, written, lang, now, titles)
    sink.close()
    progress.report(len(steps) + 1, len(steps) + 1, "")
    return {**{name: handle.rows for name, handle in sheets.items()},
            "records": sum(handle.rows for handle in record_sheets.values()), "sheets": written}


# -- the sheets' rows ---------------------------------------------------------------

def _visit_rows(rows: Iterable[dict], lang: str):
    for v in rows:
        unit_kind = v["unit_kind"]
        yield (v["id"], v["title"], _date(v["day"]), _date(v["scheduled_on"]), _time(v["arrived_at"]),
               _time(v["left_at"]), _label(VISIT_KINDS, v["kind"], lang), v["kind"],
               _label(VISIT_STATUSES, v["status"], lang), v["status"], v["unit_name"], v["unit_code"],
               _label(UNIT_KINDS, unit_kind, lang), unit_kind, v["parent_name"], v["plan_number"],
               v["team_name"], v["checklists"], v["place"], v["conclude_note"])


def _answer_rows(ws: Workspace, rows: Iterable[dict], lang: str):
    items: dict[str, tuple[dict, str, str]] = {}
    for a in rows:
        item_id = a["item_id"]
        if item_id not in items:
            item = ws.checklists.find_item(item_id) or {"id": item_id, "code": "", "text": ""}
            section = ws.checklists.find_section(item.get("section_id")) or {}
            template = ws.checklists.template(item["template_id"]) if item.get("template_id") else {}
            items[item_id] = (item, template.get("code") or "", section.get("title") or "")
        item, template_code, area = items[item_id]
        value = json.loads(a["value"])
        shown, code = _answer(item, value, lang)
        bad = "x" if answer_types.is_noncompliant(item, value) else None
        yield (a["visit_id"], _date(a["day"]), a["unit_name"], template_code, area, item["code"], item["text"],
               shown, code, bad, a["note"])


def _finding_rows(rows: Iterable[dict], lang: str):
    for f in rows:
        yield (f["id"], f["visit_id"], _date(f["day"]), f["unit_name"], _label(FINDING_KINDS, f["kind"], lang),
               f["kind"], f["text"], f["item_code"], f["severity"])


def _request_rows(rows: Iterable[dict], lang: str, statuses: dict[str, str]):
    """The status is the register's (effective on the day of the export: overdue, found
    fixed at a re-inspection…), not the stored one, so the sheet agrees with the register."""
    for r in rows:
        code = statuses.get(r["id"]) or request_status.stored(r["status"])
        yield (r["id"], r["visit_id"], _date(r["day"]), r["unit_name"], r["text"], r["responsible"],
               r["responsible_unit"], _date(r["deadline"]), request_status.label(code, lang),
               code, r["follow_up"], r["item_code"], r["finding_id"], r["reinspection_visit_id"])


# -- repeatable sections: one sheet per (checklist, section), one row per record --------

def _repeatable_sections(ws: Workspace, template_ids: list[str]) -> dict[tuple[str, str], tuple]:
    """(checklist code, section code) → (sheet title, columns, items in column order, the
    sections' ids), over every version used: a later version's new items get columns too,
    after the others; an item is matched across versions by its code."""
    found: dict[tuple[str, str], tuple[str, list[dict], list[str]]] = {}
    for template_id in reversed(template_ids):       # newest version first: its order wins
        structure = ws.checklists.structure(template_id)
        for section in structure["sections"]:
            if not section["repeatable"]:
                continue
            group = (structure["code"], section["code"])
            # "MCDX.DD Điểm danh…": the checklist's initials keep apart two checklists' roll calls.
            initials = "".join(word[:1] for word in structure["code"].split("-")).upper()
            title, items, ids = found.setdefault(group, (f"{initials}.{section['code']} {section['title']}", [], []))
            ids.append(section["id"])
            codes = {i["code"] for i in items}
            items.extend(i for i in section["items"] if i["code"] not in codes)
    out = {}
    for group, (title, items, ids) in sorted(found.items()):
        columns = [VISIT_ID, DAY, UNIT, Column("Số thứ tự", "No.", "number", 7),
                   Column("Mã bản ghi", "Record id", "code", 37)]
        for item in items:
            columns.append(Column(f"{item['code']}. {item['text']}", f"{item['code']}. {item['text']}",
                                  "text", 24 if item["answer_type"] == "text" else 14))
            if item["answer_type"] in CODED:
                columns.append(Column(f"{item['code']} (mã)", f"{item['code']} (code)", "code", 14))
        out[group] = (title, columns, items, ids)
    return out


def _record_rows(rows: Iterable[dict], groups: dict, sections: dict, items: dict, lang: str):
    """Rows of answers, one per (record, item), folded into one row per record."""
    current, head = None, None
    values: dict[str, tuple[dict, object]] = {}
    for a in rows:
        if a["record_id"] != current:
            if current is not None and head is not None:
                yield _record_row(head, values, sections, lang)
            current, values = a["record_id"], {}
            group = groups.get(a["section_id"])
            head = (group, a) if group else None
        if a["item_id"] and a["value"] is not None:
            item = items.get(a["item_id"])
            if item is not None:
                values[item["code"]] = (item, json.loads(a["value"]))
    if current is not None and head is not None:
        yield _record_row(head, values, sections, lang)


def _record_row(head, values: dict, sections: dict, lang: str):
    group, a = head
    row: list = [a["visit_id"], _date(a["day"]), a["unit_name"], a["position"], a["record_id"]]
    for item in sections[group][2]:
        held = values.get(item["code"])
        shown, code = _answer(held[0], held[1], lang) if held else (None, None)
        row.append(shown)
        if item["answer_type"] in CODED:
            row.append(code)
    return group, row


# -- the about sheet -------------------------------------------------------------------

def _about(sheet, ws: Workspace, period: Period, scope: Scope, sections: dict, written: dict, lang: str,
           now: dt.datetime | None, titles: dict[str, str]) -> None:
    """`titles`: a repeatable section's sheet name → its whole title (a name is cut at 31 characters)."""
    en = lang == "en"
    made = (now or dt.datetime.now()).replace(microsecond=0)
    sheet.row(("Period" if en else "Kỳ", f"{period.label(lang)} ({period.window(lang)})"))
    sheet.row(("Scope" if en else "Phạm vi", scope.label(lang)))
    sheet.row(("Made" if en else "Thời điểm xuất", made.strftime("%d/%m/%Y %H:%M")))
    sheet.row(("Exported on" if en else "Máy xuất dữ liệu", ws.device_name))
    codes = {title: code for (code, _section), (title, *_rest) in sections.items()}
    for name, rows in written.items():
        text = f"{rows} rows" if en else f"{rows} dòng"
        if name in titles:
            title, code = titles[name], codes[titles[name]]
            text += (f"; {title}: repeatable section of checklist {code}, one row per record" if en
                     else f"; {title}: phần lặp lại của phiếu {code}, mỗi bản ghi một dòng")
        sheet.row((f"Sheet “{name}”" if en else f"Trang “{name}”", text))


# -- values -----------------------------------------------------------------------------

def _answer(item: dict, value, lang: str):
    """(what a person reads or a number or a date, the stored code for coded types)."""
    kind = item.get("answer_type")
    if kind in ("number", "percentage", "score", "count") and isinstance(value, (int, float)) \
            and not isinstance(value, bool):
        return value, None
    if kind == "date" and isinstance(value, str):
        return _date(value) or value, None
    shown = answer_types.format_value(item, value, lang)
    if kind not in CODED:
        return shown, None
    if isinstance(value, bool):
        return shown, int(value)
    return shown, "; ".join(map(str, value)) if isinstance(value, list) else value


def _label(labels: dict, code: str | None, lang: str) -> str | None:
    if code is None:
        return None
    pair = labels.get(code, (code, code))
    return pair[1] if lang == "en" else pair[0]


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _time(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value).replace(tzinfo=None, second=0, microsecond=0)
    except ValueError:
        return None
