"""Findings (free notes, strengths, shortcomings) and requests with follow-up."""

from __future__ import annotations

from ..changes import Changes
from ..errors import ValidationError
from ..ids import uuid7
from ..text import day as day_text
from .base import Service, check_choice, check_date, require

KINDS = {
    "shortcoming": ("Tồn tại, hạn chế", "Shortcoming"),
    "strength": ("Ưu điểm", "Strength"),
    "note": ("Ghi nhận khác", "Other note"),
}
REQUEST_STATUSES = {
    "open": ("Chưa khắc phục", "Open"),
    "reported": ("Đơn vị đã báo cáo khắc phục", "Remedy reported"),
    "done": ("Đã khắc phục", "Done"),
    "verified": ("Đã tái kiểm tra, xác nhận", "Verified by re-inspection"),
    "not_done": ("Tái kiểm tra: chưa khắc phục", "Re-inspection: not fixed"),
}


class Findings(Service):
    ENTITY = "finding"

    def add(self, visit_id: str, text: str, kind: str = "shortcoming", *, item_id: str | None = None,
            severity: str | None = None) -> tuple[str, Changes]:
        self.ws.visits.check_editable(visit_id)
        text = require(text, ("nội dung ghi nhận", "finding text"))
        check_choice(kind, KINDS, ("loại ghi nhận", "kind of finding"))
        if item_id:
            self._row("checklist_item", item_id)
        finding_id = uuid7()
        return finding_id, self.write([("finding", finding_id, {
            "visit_id": visit_id, "text": text, "kind": kind, "item_id": item_id, "severity": severity})])

    def update(self, finding_id: str, **fields) -> Changes:
        finding = self._row("finding", finding_id)
        self.ws.visits.check_editable(finding["visit_id"])
        if "text" in fields:
            fields["text"] = require(fields["text"], ("nội dung ghi nhận", "finding text"))
        if "kind" in fields:
            check_choice(fields["kind"], KINDS, ("loại ghi nhận", "kind of finding"))
        return self.write([("finding", finding_id, fields)])

    def remove(self, finding_id: str) -> Changes:
        finding = self._row("finding", finding_id)
        self.ws.visits.check_editable(finding["visit_id"])
        return self.write([("finding", finding_id, {"deleted": True})])

    def of_visit(self, visit_id: str) -> list[dict]:
        return self._rows("finding", visit_id=visit_id)

    # -- requests (kiến nghị, yêu cầu khắc phục) -------------------------------
    def add_request(self, visit_id: str, text: str, responsible: str, deadline, *,
                    responsible_unit_id: str | None = None, finding_id: str | None = None,
                    item_id: str | None = None) -> tuple[str, Changes]:
        visit = self.ws.visits.check_editable(visit_id)
        text = require(text, ("nội dung kiến nghị", "request text"))
        responsible = require(responsible, ("đơn vị, người chịu trách nhiệm", "responsible"))
        day = require(check_date(deadline, ("thời hạn", "deadline")), ("thời hạn", "deadline"))
        visit_day = self.ws.visits.visit_date(visit)
        if day < visit_day:
            raise ValidationError("deadline_before_visit", deadline=day_text(day), visit_date=day_text(visit_day))
        for entity, row_id in (("org_unit", responsible_unit_id), ("finding", finding_id),
                               ("checklist_item", item_id)):
            if row_id:
                self._row(entity, row_id)
        request_id = uuid7()
        return request_id, self.write([("request", request_id, {
            "visit_id": visit_id, "text": text, "responsible": responsible, "deadline": day,
            "responsible_unit_id": responsible_unit_id, "finding_id": finding_id, "item_id": item_id,
            "status": "open"})])

    def follow_up(self, request_id: str, status: str, note: str = "",
                  reinspection_visit_id: str | None = None) -> Changes:
        """Record what became of a request; allowed whatever the visit's status."""
        self._row("request", request_id)
        check_choice(status, REQUEST_STATUSES, ("tình trạng khắc phục", "follow-up status"))
        if reinspection_visit_id:
            self._row("visit", reinspection_visit_id)
        fields = {"status": status, "follow_up": note.strip() or None}
        if reinspection_visit_id:
            fields["reinspection_visit_id"] = reinspection_visit_id
        return self.write([("request", request_id, fields)])

    def add_with_request(self, visit_id: str, text: str, kind: str = "shortcoming", *,
                         item_id: str | None = None, severity: str | None = None,
                         request: dict | None = None) -> tuple[str, str | None, Changes]:
        """A finding and, when `request` is given, the request it calls for: both or neither.

        `request` holds `text`, `responsible`, `deadline` and optionally
        `responsible_unit_id`, as `add_request` takes them. Returns the
        finding's id, the request's id (None without one) and the Changes."""
        with self.ws.writer.batch():
            finding_id, changes = self.add(visit_id, text, kind, item_id=item_id, severity=severity)
            request_id = None
            if request is not None:
                request_id, more = self.add_request(
                    visit_id, request.get("text", ""), request.get("responsible", ""), request.get("deadline"),
                    responsible_unit_id=request.get("responsible_unit_id"), finding_id=finding_id,
                    item_id=item_id)
                changes = changes | more
        return finding_id, request_id, changes

    def request(self, request_id: str) -> dict:
        """A live request, or NotFoundError."""
        return self._row("request", request_id)

    def requests(self, visit_id: str) -> list[dict]:
        return self._rows("request", order="deadline", visit_id=visit_id)
