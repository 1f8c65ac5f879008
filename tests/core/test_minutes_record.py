"""The minutes record: versions and numbering (rendering comes later)."""

from __future__ import annotations

import pytest

from inspector_app.errors import ValidationError


def test_a_draft_is_reused_until_signed_then_an_amendment_follows(ws, visit):
    first, changes = ws.minutes.open_draft(visit["visit"], "05/BB-ĐKT")
    assert changes.touches("minutes")
    again, _ = ws.minutes.open_draft(visit["visit"])
    assert again == first
    ws.writer.write([("minutes", first, {"status": "signed"})])   # signing is the minutes issue's
    amendment, _ = ws.minutes.open_draft(visit["visit"], "06/BB-ĐKT")
    versions = ws.minutes.of_visit(visit["visit"])
    assert [m["version"] for m in versions] == [1, 2]
    assert versions[1]["id"] == amendment and versions[1]["amends_id"] == first


def test_the_number_follows_the_legal_form(ws, visit):
    with pytest.raises(ValidationError) as err:
        ws.minutes.open_draft(visit["visit"], "5/bb")
    assert "ví dụ 05/BB-ĐKT" in str(err.value)
