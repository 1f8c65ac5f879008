"""Findings (free notes, strengths, shortcomings) and requests with follow-up."""

from __future__ import annotations

import datetime as dt

from ..changes import Changes
from ..checklists import breaches
from ..errors import ValidationError
from ..ids import uuid7
from ..minutes import content
from ..text import day as day_text
from . import proposals, request_status
from .base import Service, check_choice, check_date, require

KINDS = {
    "shortcoming": ("Tồn tại, hạn chế", "Shortcoming"),
    "strength": ("Ưu điểm", "Strength"),
    "note": ("Ghi nhận khác", "Other note"),
}
# Stored request statuses and their names (services/request_status.py is the one table;
# the values written before migration 9, "done" and "not_done", read as what they mean now).
REQUEST_STATUSES = {**request_status.STORED,
                    **{old: request_status.STORED[new] for old, new in request_status.LEGACY.items()}}


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
        """Change a finding's `text`, `kind`, `item_id` or `severity` (see `edit`)."""
        finding = self._row("finding", finding_id)
        self.ws.visits.check_editable(finding["visit_id"])
        unknown = set(fields) - {"text", "kind", "item_id", "severity"}
        if unknown:
            raise ValidationError("unknown_field", field=", ".join(sorted(unknown)), what=("ghi nhận", "finding"))
        if "text" in fields:
            fields["text"] = require(fields["text"], ("nội dung ghi nhận", "finding text"))
        if "kind" in fields:
            check_choice(fields["kind"], KINDS, ("loại ghi nhận", "kind of finding"))
        if fields.get("item_id"):
            self._row("checklist_item", fields["item_id"])
        return self.write([("finding", finding_id, fields)])

    def edit(self, finding_id: str, *, text: str | None = None, kind: str | None = None,
             item_id: str | None = None, severity: str | None = None) -> Changes:
        """Edit a finding (the fields given; None leaves a field as it is).

        One undoable step in the op log. Refused with `visit_not_editable`
        ("… Mọi thay đổi phải qua biên bản bổ sung.") once the minutes are
        signed, and with `required` for an empty text."""
        fields = {k: v for k, v in (("text", text), ("kind", kind), ("item_id", item_id), ("severity", severity))
                  if v is not None}
        return self.update(finding_id, **fields)

    def delete(self, finding_id: str, *, requests: str = "delete") -> Changes:
        """Delete a finding and, by default, the requests made from it, in one transaction
        (one undo step brings all back). `requests="keep"` keeps them as requests of the
        visit on their own. Refused once the minutes are signed (an amendment is needed)."""
        finding = self._row("finding", finding_id)
        self.ws.visits.check_editable(finding["visit_id"])
        check_choice(requests, {"delete": ("xóa", "delete"), "keep": ("giữ lại", "keep")},
                     ("kiến nghị của ghi nhận", "the finding's requests"))
        own = [r for r in self.requests(finding["visit_id"]) if r["finding_id"] == finding_id]
        change = {"deleted": True} if requests == "delete" else {"finding_id": None}
        return self.write([("finding", finding_id, {"deleted": True}),
                           *(("request", r["id"], dict(change)) for r in own)])

    def remove(self, finding_id: str) -> Changes:
        """Delete a finding with its requests (`delete`)."""
        return self.delete(finding_id)

    def of_visit(self, visit_id: str) -> list[dict]:
        """The visit's findings (strengths, shortcomings, notes)."""
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

    def edit_request(self, request_id: str, *, text: str | None = None, responsible: str | None = None,
                     deadline=None, responsible_unit_id: str | None = None) -> Changes:
        """Edit a request's text, responsible person or unit, or deadline (the fields given).

        Checked as `add_request` checks them (no empty text, a deadline not before
        the visit); one undoable step; refused once the minutes are signed."""
        row = self._row("request", request_id)
        visit = self.ws.visits.check_editable(row["visit_id"])
        fields: dict = {}
        if text is not None:
            fields["text"] = require(text, ("nội dung kiến nghị", "request text"))
        if responsible is not None:
            fields["responsible"] = require(responsible, ("đơn vị, người chịu trách nhiệm", "responsible"))
        if deadline is not None:
            day = require(check_date(deadline, ("thời hạn", "deadline")), ("thời hạn", "deadline"))
            visit_day = self.ws.visits.visit_date(visit)
            if day < visit_day:
                raise ValidationError("deadline_before_visit", deadline=day_text(day), visit_date=day_text(visit_day))
            fields["deadline"] = day
        if responsible_unit_id is not None:
            if responsible_unit_id:
                self._row("org_unit", responsible_unit_id)
            fields["responsible_unit_id"] = responsible_unit_id or None
        return self.write([("request", request_id, fields)]) if fields else Changes()

    def delete_request(self, request_id: str) -> Changes:
        """Delete a request (its finding stays); undoable; refused once the minutes are signed."""
        row = self._row("request", request_id)
        self.ws.visits.check_editable(row["visit_id"])
        return self.write([("request", request_id, {"deleted": True})])

    def propose_requests(self, visit_id: str, per: str = "item") -> list[dict]:
        """Requests the team may make, not stored: one per failed item (own answer or records
        breaching it) without a request yet, or one per area (`per="area"`). Each is a dict
        with `text` (in natural Vietnamese, naming the staff or files concerned),
        `responsible` (the unit's representative, "Chủ tịch Ủy ban nhân dân phường …"),
        `deadline` (30 days after the visit), and `item_ids` it answers."""
        check_choice(per, {"item": ("từng tiêu chí", "each item"), "area": ("từng lĩnh vực", "each area")},
                     ("cách đề xuất kiến nghị", "how to propose requests"))
        visit = self.ws.visits.get(visit_id)
        structures, held, records = self.ws.visits.evidence_of(visit_id)
        covered = {r["item_id"] for r in self.requests(visit_id) if r["item_id"]}
        labels = {s["code"]: s.get("record_label") or "" for st in structures for s in st["sections"]}
        derived = breaches.derived_verdicts(structures, held, records)
        noted = frozenset(f["item_id"] for f in self.of_visit(visit_id) if f["kind"] == "shortcoming" and f["item_id"])
        failed = [(s, i, b) for s, i, b in proposals.failed_items(structures, held, derived, noted)
                  if i["id"] not in covered]
        unit = self.ws.units.find(visit["unit_id"]) or {}
        responsible = proposals.responsible_for(self.ws.visits.participants(visit_id), unit.get("name") or "")
        day = self.ws.visits.visit_date(visit)
        deadline = (dt.date.fromisoformat(day) + dt.timedelta(days=30)).isoformat()
        base = {"responsible": responsible, "deadline": deadline, "responsible_unit_id": unit.get("id")}

        def cites(item: dict) -> list[dict]:          # the item's bases in force that day, as the minutes cite
            return self.ws.checklists.citations(item, day)
        def note(item: dict) -> str:                  # what the team wrote beside the item
            return (held.get((item["id"], None)) or {}).get("note") or ""
        # A re-inspection asks first for what is still to be done of the earlier requests.
        carried = proposals.carry_over(content.earlier_requests(self.ws, visit_id))
        if any(r["text"].startswith(proposals.CARRY_OVER) for r in self.requests(visit_id)):
            carried = ""
        first: list[dict] = [{**base, "text": carried, "item_ids": []}] if carried else []
        if per == "item":
            return first + [{**base, "text": proposals.item_request(i, b, labels, cites(i), note(i)),
                             "item_ids": [i["id"]]} for _s, i, b in failed]
        areas: dict[str, tuple[dict, list]] = {}
        for section, item, rows in failed:
            areas.setdefault(section["id"], (section, []))[1].append((item, rows))
        return first + [{**base, "text": proposals.area_request(section["title"], items, labels, cites, note),
                 "item_ids": [i["id"] for i, _b in items]} for section, items in areas.values()]

    def add_proposed_requests(self, visit_id: str, per: str = "item") -> tuple[list[str], Changes]:
        """Store `propose_requests(visit_id, per)` in one transaction (one undo step)."""
        changes, ids = Changes(), []
        held = {r["text"] for r in self.requests(visit_id)}
        with self.ws.writer.batch():
            # A request made earlier for several items (one per area) names no item: the same
            # text proposed again is that request, never a second one.
            for proposal in [p for p in self.propose_requests(visit_id, per) if p["text"] not in held]:
                request_id, more = self.add_request(
                    visit_id, proposal["text"], proposal["responsible"], proposal["deadline"],
                    responsible_unit_id=proposal["responsible_unit_id"],
                    item_id=proposal["item_ids"][0] if len(proposal["item_ids"]) == 1 else None)
                ids.append(request_id)
                changes = changes | more
        return ids, changes

    def follow_up(self, request_id: str, status: str, note: str = "",
                  reinspection_visit_id: str | None = None) -> Changes:
        """Record what became of a request; allowed whatever the visit's status.

        `status` is a stored status (request_status.STORED; "done" and "not_done" are
        read as "reported" and "not_fixed"); the day of the change is recorded, so a
        re-inspection's check made earlier no longer outweighs it. HQ's own way in,
        with the unit's report and reasons, is `ws.requests`."""
        self._row("request", request_id)
        status = request_status.LEGACY.get(status, status)
        check_choice(status, request_status.STORED, ("tình trạng khắc phục", "follow-up status"))
        if reinspection_visit_id:
            self._row("visit", reinspection_visit_id)
        fields = {"status": status, "follow_up": note.strip() or None, "status_on": dt.date.today().isoformat()}
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
