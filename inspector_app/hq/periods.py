"""Reporting periods of headquarters: the official cut-offs, or any range of days.

Letter 581/BNV-CCHC fixes the data windows of the periodic reports on
administrative reform, each counted from 15 December of the year before:

| report                  | spec       | from           | to          |
| ----------------------- | ---------- | -------------- | ----------- |
| quarter I               | 2026-Q1    | 15/12/2025     | 14/03/2026  |
| six months (half-year)  | 2026-H1    | 15/12/2025     | 14/06/2026  |
| quarter III (9 months)  | 2026-Q3    | 15/12/2025     | 14/09/2026  |
| year                    | 2026       | 15/12/2025     | 14/12/2026  |

The windows are cumulative: there is no separate report for the second or
the fourth quarter, so "2026-Q2" is the six months' report and "2026-Q4" the
year's (the report sent after the fourth quarter). Any other window is a
range "2026-03-01..2026-05-31" (both days included).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..errors import ValidationError
from ..text import day as day_text

# Kind → (last month of the window, Vietnamese label, English label); the window ends on the 14th.
OFFICIAL = {
    "q1": (3, "Quý I năm {year}", "First quarter of {year}"),
    "h1": (6, "6 tháng đầu năm {year}", "First half of {year}"),
    "q3": (9, "Quý III năm {year}", "Third quarter of {year} (nine months)"),
    "year": (12, "năm {year}", "year {year}"),
}
_SPEC = re.compile(r"^\s*(\d{4})(?:\s*-\s*(Q[1-4]|H1|H2|9M))?\s*$", re.IGNORECASE)
_RANGE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})\s*(?:\.\.|/)\s*(\d{4}-\d{2}-\d{2})\s*$")
_ALIASES = {"Q1": "q1", "Q2": "h1", "H1": "h1", "Q3": "q3", "9M": "q3", "Q4": "year", "H2": "year"}


@dataclass(frozen=True)
class Period:
    """A window of days, both ends included; `kind` is an OFFICIAL key or "range"."""

    start: dt.date
    end: dt.date
    kind: str = "range"
    year: int | None = None

    @property
    def first(self) -> str:
        """The first day as an ISO date, for queries."""
        return self.start.isoformat()

    @property
    def last(self) -> str:
        """The last day as an ISO date, for queries."""
        return self.end.isoformat()

    def label(self, lang: str = "vi") -> str:
        """"Quý I năm 2026", "6 tháng đầu năm 2026", "năm 2026", or "từ 01/03/2026 đến 31/05/2026"."""
        if self.kind in OFFICIAL:
            _month, vi, en = OFFICIAL[self.kind]
            return (en if lang == "en" else vi).format(year=self.year)
        first, last = day_text(self.first), day_text(self.last)
        return f"from {first} to {last}" if lang == "en" else f"từ {first} đến {last}"

    def window(self, lang: str = "vi") -> str:
        """The data window in words: "số liệu từ 15/12/2025 đến 14/3/2026"."""
        first, last = day_text(self.first), day_text(self.last)
        return f"data from {first} to {last}" if lang == "en" else f"số liệu từ {first} đến {last}"

    def spec(self) -> str:
        """The text `parse` reads back into this period."""
        if self.kind == "year":
            return str(self.year)
        if self.kind in OFFICIAL:
            return f"{self.year}-{self.kind.upper()}"
        return f"{self.first}..{self.last}"

    def contains(self, iso_day: str | None) -> bool:
        """Whether an ISO date (or the date part of an ISO date-time) falls in the window."""
        return bool(iso_day) and self.first <= str(iso_day)[:10] <= self.last


def official(kind: str, year: int) -> Period:
    """The official window `kind` ("q1", "h1", "q3", "year") of the report on `year`."""
    if kind not in OFFICIAL:
        raise ValidationError("invalid_value", field=("kỳ báo cáo", "reporting period"),
                              detail=(kind, kind))
    month = OFFICIAL[kind][0]
    return Period(dt.date(year - 1, 12, 15), dt.date(year, month, 14), kind, year)


def between(start, end) -> Period:
    """Any window from `start` to `end` (dates or ISO strings), both included."""
    first, last = _as_date(start), _as_date(end)
    if last < first:
        raise ValidationError("invalid_value", field=("kỳ báo cáo", "reporting period"), detail=(
            f"ngày kết thúc {day_text(last.isoformat())} trước ngày bắt đầu {day_text(first.isoformat())}",
            f"the end {day_text(last.isoformat())} is before the start {day_text(first.isoformat())}"))
    return Period(first, last)


def parse(text: str) -> Period:
    """"2026-Q1", "2026-H1", "2026-Q3", "2026-Q4", "2026" or "2026-03-01..2026-05-31" → a Period.

    Q2 is the six months' report and Q4 the year's (the windows are cumulative,
    see the module's note); anything else is refused with a message naming the forms."""
    match = _SPEC.match(text or "")
    if match:
        year = int(match.group(1))
        if not 1900 < year < 3000:
            raise _bad(text)
        kind = _ALIASES[match.group(2).upper()] if match.group(2) else "year"
        return official(kind, year)
    ranged = _RANGE.match(text or "")
    if ranged:
        return between(*_checked_days(text, ranged.group(1), ranged.group(2)))
    raise _bad(text)


def containing(day, kind: str = "year") -> Period:
    """The official window of `kind` that holds `day`: 20/12/2026 is in the report on 2027."""
    when = _as_date(day)
    year = when.year + 1 if (when.month, when.day) >= (12, 15) else when.year
    window = official(kind, year)
    return window if window.end >= when else official("year", year)


def _checked_days(text: str, *days: str) -> list[dt.date]:
    try:
        return [dt.date.fromisoformat(d) for d in days]
    except ValueError:
        raise _bad(text) from None


def _as_date(value) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise _bad(str(value)) from None


def _bad(text: str) -> ValidationError:
    return ValidationError("invalid_value", field=("kỳ báo cáo", "reporting period"), detail=(
        f"“{text}” — hãy ghi 2026-Q1 (quý I), 2026-H1 (6 tháng), 2026-Q3 (9 tháng), 2026 (cả năm) "
        "hoặc 2026-03-01..2026-05-31",
        f"“{text}” — write 2026-Q1 (first quarter), 2026-H1 (six months), 2026-Q3 (nine months), 2026 "
        "(the year) or 2026-03-01..2026-05-31"))
