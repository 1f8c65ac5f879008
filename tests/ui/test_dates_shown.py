"""Dates and times people read go through the core's `text.day` / `text.moment`
(dd/MM/yyyy, dd/MM/yyyy HH:mm): never ISO, one order everywhere (issue 12, point 6)."""

from __future__ import annotations

import re
from pathlib import Path

from ui.media.common import format_captured
from ui.sync.panels import moment_text

ROOT = Path(__file__).resolve().parents[2]


def test_photo_times_and_sync_history_read_day_month_year_then_the_time():
    assert format_captured("2026-11-20T08:42:10+07:00") == "20/11/2026 08:42"
    assert format_captured("2026-11-20T08:42:10", short=True) == "20/11 08:42"
    assert format_captured(None) == ""
    assert moment_text("2026-12-01T23:54:10+07:00") == "01/12/2026 23:54"      # as recorded, not converted
    assert moment_text(None) == ""


def test_no_screen_formats_a_date_itself():
    """The formats people read are made in one place (inspector_app/text.py); the UI keeps
    ISO only for values it stores or passes to the core."""
    for path in (ROOT / "ui").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert not re.search(r'strftime\("%d/%m', source), path
        assert 'replace("T", " ")' not in source and "replace('T', ' ')" not in source, path
