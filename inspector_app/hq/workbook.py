"""Tables written as an .xlsx workbook or as UTF-8 CSV files, one row at a time.

A `Column` says what a column holds (`text`, `date`, `datetime`, `number`,
`code`) and how wide it is; a sink opens sheets and takes rows of Python
values (str, int, float, `datetime.date`, `datetime.datetime`, None).

The .xlsx is written with XlsxWriter in its constant-memory mode: each row is
flushed to a temporary file as soon as the next begins, so memory does not
grow with the export. Chosen by measurement (bench/hq_export.py): the year
2024 of `bench/large_workspace.py`'s five-year province (1,003 visits, 53,159
answer rows, 10,030 record rows, 3,009 findings, 2,006 requests; about
750,000 cells), each library writing the same rows in its streaming mode, on
the 2-core bench machine shared with other jobs (load average ~6):

    XlsxWriter 3.3.1 (constant_memory)     CPU  7.1 s, wall 16.7 s, peak RSS 32 MB
    openpyxl 3.1.5 (write_only, no lxml)   CPU 10.9 s, wall 17.6 s, peak RSS 38 MB
    (CSV, for scale)                       CPU  1.9 s, wall  4.2 s, peak RSS 26 MB

XlsxWriter costs two thirds of openpyxl's CPU time for the same file and
needs no other package (openpyxl is fast only with lxml, a compiled
dependency more); about 6 µs a cell goes to it, the rest (1.3 s) to reading
and formatting. openpyxl stays a test tool: the tests read the workbook back.
"""

from __future__ import annotations

import csv
import datetime as dt
import errno
import re
from dataclasses import dataclass
from pathlib import Path

from ..text import fold

DATE_FORMAT = "dd/mm/yyyy"
DATETIME_FORMAT = "dd/mm/yyyy hh:mm"
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


@dataclass(frozen=True)
class Column:
    """A column: its header (Vietnamese, English), what it holds, its width in characters."""

    vi: str
    en: str
    kind: str = "text"
    width: float = 14

    def header(self, lang: str) -> str:
        return self.en if lang == "en" else self.vi


def sheet_name(text: str, taken: set[str]) -> str:
    """A sheet name Excel accepts (≤ 31 characters, none of []:*?/\\), unique among `taken`."""
    base = _BAD_SHEET_CHARS.sub("-", text).strip() or "Sheet"
    name, n = _fit(base, 31), 2
    while name.casefold() in {t.casefold() for t in taken}:
        suffix = f" ({n})"
        name, n = _fit(base, 31 - len(suffix)) + suffix, n + 1
    taken.add(name)
    return name


def _fit(text: str, limit: int) -> str:
    """`text` cut to `limit` characters at a word's end, with "…" when cut, so a
    tab reads "…Bộ phận…" rather than ending mid-word ("Bộ ph")."""
    if len(text) <= limit:
        return text
    head = text[:limit - 1]
    if text[limit - 1] != " " and " " in head:
        head = head[:head.rindex(" ")]
    return head.rstrip(" ,;-–") + "…"


class XlsxSink:
    """An .xlsx workbook: a bold, wrapped, frozen header row with an autofilter on every sheet,
    column widths from the columns, dates and times as real Excel dates."""

    def __init__(self, path: Path | str) -> None:
        import xlsxwriter

        self.path = Path(path)
        if not self.path.parent.is_dir():      # said now, not after a minute of export
            raise FileNotFoundError(errno.ENOENT, "no such folder", str(self.path.parent))
        self.book = xlsxwriter.Workbook(str(self.path), {"constant_memory": True, "strings_to_numbers": False,
                                                         "strings_to_formulas": False, "strings_to_urls": False})
        self._header = self.book.add_format({"bold": True, "text_wrap": True, "valign": "top",
                                             "bg_color": "#DDE6F0", "border": 1})
        self._formats = {"date": self.book.add_format({"num_format": DATE_FORMAT}),
                         "datetime": self.book.add_format({"num_format": DATETIME_FORMAT}),
                         "wrap": self.book.add_format({"text_wrap": True, "valign": "top"})}
        self._sheets: list[_XlsxSheet] = []
        self._names: set[str] = set()

    def sheet(self, name: str, columns: list[Column], lang: str = "vi") -> _XlsxSheet:
        sheet = self.book.add_worksheet(sheet_name(name, self._names))
        for n, column in enumerate(columns):
            sheet.set_column(n, n, column.width)
        sheet.set_row(0, 32)
        for n, column in enumerate(columns):
            sheet.write_string(0, n, column.header(lang), self._header)
        sheet.freeze_panes(1, 0)
        # Printed (or made a PDF): A4 landscape, the header on every page; a narrow table on one
        # page's width, a wide one page by page across before down, so a row's cells stay together.
        sheet.set_landscape()
        sheet.set_paper(9)
        sheet.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.5)
        sheet.repeat_rows(0)
        sheet.set_footer("&C&P / &N")
        if sum(c.width for c in columns) <= 260:
            sheet.fit_to_pages(1, 0)
        else:
            sheet.print_across()
        handle = _XlsxSheet(sheet, columns, self._formats)
        handle.name = sheet.get_name()
        self._sheets.append(handle)
        return handle

    def close(self) -> None:
        from xlsxwriter.exceptions import FileCreateError

        for handle in self._sheets:
            handle.sheet.autofilter(0, 0, max(handle.rows, 1), len(handle.columns) - 1)
        try:
            self.book.close()
        except FileCreateError as exc:          # XlsxWriter wraps the OS's error: give it back as it is
            cause = exc.args[0] if exc.args and isinstance(exc.args[0], OSError) else OSError(errno.EIO, str(exc))
            raise cause from exc


class _XlsxSheet:
    def __init__(self, sheet, columns: list[Column], formats: dict) -> None:
        self.sheet, self.columns, self.rows, self.name = sheet, columns, 0, ""
        self._date, self._datetime = formats["date"], formats["datetime"]
        self._serials: dict = {}

    def row(self, values) -> None:
        # About 6 µs a cell goes to XlsxWriter itself on the bench machine; what is
        # ours is kept small: one type test per cell, dates turned into Excel's serial
        # numbers once per distinct day (a year's export repeats the same few hundred).
        self.rows += 1
        r, sheet = self.rows, self.sheet
        for c, value in enumerate(values):
            kind = type(value)
            if kind is str:
                if value:
                    sheet.write_string(r, c, value)
            elif value is None:
                continue
            elif kind is int or kind is float:
                sheet.write_number(r, c, value)
            elif kind is dt.date or kind is dt.datetime:
                serial = self._serials.get(value)
                if serial is None:
                    serial = self._serials[value] = _excel_serial(value)
                sheet.write_number(r, c, serial, self._date if kind is dt.date else self._datetime)
            elif kind is bool:
                sheet.write_boolean(r, c, value)
            else:
                sheet.write_string(r, c, str(value))


_EPOCH = dt.datetime(1899, 12, 30)


def _excel_serial(value: dt.date) -> float:
    """Days since Excel's epoch (1900 date system; 1 March 1900 onwards), with the time as a fraction."""
    when = value if isinstance(value, dt.datetime) else dt.datetime(value.year, value.month, value.day)
    delta = when - _EPOCH
    return delta.days + delta.seconds / 86400


class CsvSink:
    """One UTF-8 CSV file with a byte-order mark per sheet (Excel then reads the accents right),
    in folder `path`; dates as ISO `2026-03-14` and times as `2026-03-14 08:15`, which Excel and
    every analysis tool read as dates whatever the machine's locale."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.path.mkdir(parents=True, exist_ok=True)
        self._files: list = []
        self._names: set[str] = set()
        self.written: list[Path] = []

    def sheet(self, name: str, columns: list[Column], lang: str = "vi") -> _CsvSheet:
        base = stem = re.sub(r"[^a-z0-9]+", "_", fold(name)).strip("_")[:60].strip("_") or "sheet"
        n = 2
        while stem in self._names:                     # unique, whatever two titles fold to
            stem, n = f"{base}_{n}", n + 1
        self._names.add(stem)
        target = self.path / f"{stem}.csv"
        handle = target.open("w", encoding="utf-8-sig", newline="")
        self._files.append(handle)
        self.written.append(target)
        writer = csv.writer(handle)
        writer.writerow([c.header(lang) for c in columns])
        sheet = _CsvSheet(writer)
        sheet.name, sheet.file = name, target
        return sheet

    def close(self) -> None:
        for handle in self._files:
            handle.close()


class _CsvSheet:
    def __init__(self, writer) -> None:
        self.writer, self.rows, self.name = writer, 0, ""
        self.file: Path | None = None

    def row(self, values) -> None:
        self.rows += 1
        self.writer.writerow([_csv_value(v) for v in values])


def _csv_value(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value
