"""The period's report (issue 13, point 4): an editable .docx and its .xlsx appendices.

    paths = report.make(ws, periods.parse("2026-Q4"), out_dir)

computes the numbers once (`report_data.collect`), writes the report
(`report_text`, NĐ 30/2020 form) and the appendices (`report_appendix`) into
`out_dir`, and returns both paths with the numbers. What the data cannot
know (the document's number, the signer) is in `report_text.Options`; the
place and the parent body default to the province's unit.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..minutes.words import date_words
from ..progress import Cancelled, NullProgress
from ..storage import hq_report
from ..text import file_part
from . import report_appendix, report_data, report_text
from .periods import Period
from .scope import PROVINCE, Scope

if TYPE_CHECKING:
    from ..workspace import Workspace


@dataclass(frozen=True)
class Made:
    docx: Path
    xlsx: Path
    data: report_data.ReportData


def make(ws: Workspace, period: Period, out_dir: Path | str, scope: Scope = PROVINCE,
         options: report_text.Options | None = None, as_of: dt.date | None = None, progress=None) -> Made:
    """Write "Báo cáo … .docx" and "Phụ lục … .xlsx" for `period` and `scope` into `out_dir`
    (made if missing). Requests are judged on `as_of` (default: the period's last day, or
    today if earlier). An existing file of the same name is replaced. `progress` hears the
    three steps (numbers, report, appendices: `report(step, 3)`); when it is cancelled,
    `Cancelled` is raised between visits or steps (a file being written may be left: the
    caller writes into a folder of its own, ui/hq/report_dialog.py)."""
    progress = progress or NullProgress()
    options = defaults(ws, options or report_text.Options())
    progress.report(0, 3)
    data = report_data.collect(ws, period, scope, as_of, progress=progress)
    _step(progress, 1)
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    words = report_text.period_words(data)
    stem = file_part(f"kết quả kiểm tra CCHC {words}" + ("" if scope.kind == "province" else f" - {scope.name}"))
    docx = report_text.write(data, options, folder / f"Báo cáo {stem}.docx")
    _step(progress, 2)
    reference = (f"(Kèm theo Báo cáo số {options.number or '……'}/{options.symbol} "
                 f"{date_words(options.day or dt.date.today())} của {options.issuer})")
    xlsx = folder / f"Phụ lục báo cáo {stem}.xlsx"
    report_appendix.write(data, xlsx, reference=reference)
    progress.report(3, 3)
    return Made(docx, xlsx, data)


def _step(progress, done: int) -> None:
    if progress.cancelled():
        raise Cancelled()
    progress.report(done, 3)


def defaults(ws: Workspace, options: report_text.Options) -> report_text.Options:
    """`options` with the place ("Hà Nội") and the parent body ("Ủy ban nhân dân thành phố Hà Nội")
    filled from the province's unit when not given."""
    top = hq_report.province_unit(ws.db.conn) or {}
    name = (top.get("name") or "").strip()
    place = options.place or (top.get("place_name") or "").strip() or _place_from(name)
    parent = options.parent or _abbreviated(name)
    return report_text.Options(**{**options.__dict__, "place": place, "parent": parent})


def _abbreviated(name: str) -> str:
    """"Ủy ban nhân dân thành phố Hà Nội" → "UBND thành phố Hà Nội" (NĐ 30 allows the common
    abbreviation in the parent body's name, which then fits its line)."""
    return re.sub(r"^(ủy|uỷ) ban nhân dân\s+", "UBND ", name, flags=re.IGNORECASE)


def _place_from(name: str) -> str:
    """"Ủy ban nhân dân thành phố Hà Nội" → "Hà Nội"; "UBND tỉnh Lào Cai" → "Lào Cai"."""
    match = re.search(r"(?:thành phố|tỉnh)\s+(.+)$", name, re.IGNORECASE)
    return match.group(1).strip() if match else ""
