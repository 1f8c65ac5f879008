"""Reporting periods: the cut-offs of letter 581/BNV-CCHC, computed by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from inspector_app.errors import ValidationError
from inspector_app.hq import periods


@pytest.mark.parametrize(("spec", "first", "last", "label"), [
    ("2026-Q1", "2025-12-15", "2026-03-14", "Quý I năm 2026"),
    ("2026-H1", "2025-12-15", "2026-06-14", "6 tháng đầu năm 2026"),
    ("2026-Q2", "2025-12-15", "2026-06-14", "6 tháng đầu năm 2026"),     # the six months' report
    ("2026-Q3", "2025-12-15", "2026-09-14", "Quý III năm 2026"),
    ("2026-q3", "2025-12-15", "2026-09-14", "Quý III năm 2026"),
    ("2026", "2025-12-15", "2026-12-14", "năm 2026"),
    ("2026-Q4", "2025-12-15", "2026-12-14", "năm 2026"),                  # the year's report
    (" 2024-Q1 ", "2023-12-15", "2024-03-14", "Quý I năm 2024"),          # 2024 is a leap year: no matter
    ("2026-03-01..2026-05-31", "2026-03-01", "2026-05-31", "từ 01/03/2026 đến 31/05/2026"),
])
def test_official_windows_and_ranges(spec, first, last, label):
    period = periods.parse(spec)
    assert (period.first, period.last) == (first, last)
    assert period.label("vi") == label
    assert periods.parse(period.spec()) == period


def test_labels_and_windows_in_both_languages():
    q1 = periods.parse("2026-Q1")
    assert q1.window("vi") == "số liệu từ 15/12/2025 đến 14/03/2026"
    assert q1.label("en") == "First quarter of 2026"
    assert periods.parse("2026-H1").label("en") == "First half of 2026"
    assert periods.parse("2026").label("en") == "year 2026"
    assert periods.parse("2026-01-01..2026-01-31").label("en") == "from 01/01/2026 to 31/01/2026"


def test_the_edges_of_a_window_are_included_and_the_next_day_is_not():
    year = periods.parse("2026")
    assert year.contains("2025-12-15") and year.contains("2026-12-14T17:30:00")
    assert not year.contains("2025-12-14") and not year.contains("2026-12-15") and not year.contains(None)


def test_the_window_that_holds_a_day():
    assert periods.containing("2026-12-20").spec() == "2027"          # after 14/12: next year's report
    assert periods.containing(dt.date(2026, 12, 14)).spec() == "2026"
    assert periods.containing("2026-02-01", "q1").spec() == "2026-Q1"
    assert periods.containing("2026-05-01", "q1").spec() == "2026"   # past quarter I: the year's window


@pytest.mark.parametrize("spec", ["2026-Q5", "Q1-2026", "2026-13-01..2026-12-31", "", "năm nay",
                                  "2026-05-31..2026-03-01"])
def test_anything_else_is_refused_in_words(spec):
    with pytest.raises(ValidationError) as refused:
        periods.parse(spec)
    assert "kỳ báo cáo" in refused.value.message("vi")
    assert "reporting period" in refused.value.message("en")
