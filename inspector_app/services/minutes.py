"""The minutes record of a visit (biên bản). Rendering, signing and
verification build on it; this holds its numbering and state."""

from __future__ import annotations

import re

from ..changes import Changes
from ..errors import ValidationError
from ..ids import uuid7
from .base import Service

STATUSES = {"draft": ("Dự thảo", "Draft"), "signed": ("Đã ký", "Signed")}
# "05/BB-ĐKT": number, "/BB-", issuer abbreviations (NĐ 30/2020 Phụ lục III).
_NUMBER = re.compile(r"^\d{2,}/BB(-[A-ZĐ0-9]+)+$")


class Minutes(Service):
    def of_visit(self, visit_id: str) -> list[dict]:
        """Every version of the visit's minutes, oldest first."""
        return self.rows("minutes", order="version", visit_id=visit_id)

    def current(self, visit_id: str) -> dict | None:
        versions = self.of_visit(visit_id)
        return versions[-1] if versions else None

    def open_draft(self, visit_id: str, number: str | None = None) -> tuple[str, Changes]:
        """The draft to render: the current one, or a new version (an
        amendment when an earlier version was signed)."""
        self.get("visit", visit_id)
        if number is not None and not _NUMBER.match(number):
            raise ValidationError("invalid_value", field=("số biên bản", "minutes number"),
                                  detail=f"{number} (ví dụ 05/BB-ĐKT)")
        current = self.current(visit_id)
        if current and current["status"] == "draft":
            if number and number != current["number"]:
                return current["id"], self.write([("minutes", current["id"], {"number": number})])
            return current["id"], Changes()
        minutes_id = uuid7()
        return minutes_id, self.write([("minutes", minutes_id, {
            "visit_id": visit_id, "version": (current["version"] + 1) if current else 1,
            "status": "draft", "number": number, "amends_id": current["id"] if current else None})])
