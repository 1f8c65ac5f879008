"""Dates, times and numbers written the way NĐ 30/2020/NĐ-CP wants them."""

from __future__ import annotations

import datetime as dt

_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def _date(value: str | dt.date | dt.datetime) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value[:10])


def day_month(day: dt.date) -> tuple[str, str]:
    """Day and month with the leading-zero rule: days below 10 and the months
    1 and 2 take a 0 ("05", "01", "02"), other months do not ("3", "11")."""
    return f"{day.day:02d}", (f"{day.month:02d}" if day.month <= 2 else str(day.month))


def date_words(value) -> str:
    """"ngày 05 tháng 01 năm 2026"; "ngày 20 tháng 3 năm 2026"."""
    day = _date(value)
    dd, mm = day_month(day)
    return f"ngày {dd} tháng {mm} năm {day.year}"


def date_short(value) -> str:
    """"05/01/2026" for tables (day and month always two digits)."""
    day = _date(value)
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def time_words(value: str | dt.datetime) -> str:
    """"08 giờ 07 phút" from an ISO date-time."""
    moment = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(value)
    return f"{moment.hour:02d} giờ {moment.minute:02d} phút"


def clock(value: str | dt.datetime) -> str:
    moment = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(value)
    return f"{moment.hour:02d}:{moment.minute:02d}"


def offset(ms: int) -> str:
    """An offset in a recording: "12:30", or "1:02:03" past an hour."""
    seconds = max(0, int(ms) // 1000)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def count(n: int) -> str:
    """Counts of copies take a leading zero below 10: "02 bản"."""
    return f"{n:02d}"


def roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def lower_first(text: str) -> str:
    """"Kiểm tra công tác…" → "kiểm tra công tác…" (keeps acronyms like "UBND")."""
    if not text or (len(text) > 1 and text[1].isupper()):
        return text
    return text[0].lower() + text[1:]
