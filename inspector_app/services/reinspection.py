"""Re-inspection (tái kiểm tra): HQ plans it, the team checks each earlier request on site.

At headquarters, `candidates` lists the units whose requests are still open
(or overdue) and `plan` makes a re-inspection visit (kind "reinspection",
with plan, team, unit and day) linked to the requests to check: each
request's `reinspection_visit_id` names it. The distribution carries the
visit and those requests to the laptops (sync/reinspection.py).

On the laptop, `requests_of` lists the earlier requests of a re-inspection
visit, and `record` / `edit` / `delete` keep one `request_check` row per
request (result 'fixed' / 'not_fixed' / 'partly', a note), with evidence
linked to the row (`add_evidence`). Like every record of a visit, checks
change only while the visit can be edited (until its minutes are signed),
and each change is one undoable step. They travel back in the laptop's
findings; HQ derives a request's status from them (hq/register.py).
"""

from __future__ import annotations

import datetime as dt

from ..changes import Changes
from ..errors import ValidationError
from ..ids import uuid7
from ..storage import hq_register
from ..storage import reinspection_store as store
from ..text import day as day_text
from . import request_status
from .base import Service, check_choice, check_date, require

RESULTS = {
    "fixed": ("Đã khắc phục", "Fixed"),
    "not_fixed": ("Chưa khắc phục", "Not fixed"),
    "partly": ("Khắc phục một phần", "Partly fixed"),
}
# Stored statuses HQ has not closed (legacy values included); of those, a request is
# re-inspected while its effective status is still to be done, or the unit's report of
# its remedy is to be verified on site.
NOT_FINAL = tuple(code for code in (*request_status.STORED, *request_status.LEGACY)
                  if code not in request_status.FINAL)
TO_CHECK = request_status.OUTSTANDING | {"reported"}
KIND = "reinspection"


class Reinspection(Service):
    ENTITY = "request_check"

    # -- at headquarters ---------------------------------------------------------
    def candidates(self, today=None, *, unit_id: str | None = None) -> list[dict]:
        """Units with requests still to re-inspect, those with late requests first, then by name.

        A request is to re-inspect while its effective status (hq/register's model) is
        outstanding (open, due soon, overdue, partly or not fixed) or reported fixed by the
        unit. Each unit: `unit_id`, `unit_name`, `open` (count), `overdue` (count of late
        requests: past their deadline and still to be done), `first_deadline`, `planned`
        (ids of re-inspection visits not yet signed that already cover some of them) and
        `requests` (each with `effective` status, `overdue` and `planned_visit_id`)."""
        day = check_date(today, ("ngày", "day")) or dt.date.today().isoformat()
        units: dict[str, dict] = {}
        for request in self._open_requests(unit_id, day):
            entry = units.setdefault(request["unit_id"], {
                "unit_id": request["unit_id"], "unit_name": request["unit_name"] or "", "open": 0,
                "overdue": 0, "first_deadline": None, "planned": [], "requests": []})
            entry["open"] += 1
            entry["overdue"] += request["overdue"]
            entry["first_deadline"] = min(filter(None, (entry["first_deadline"], request["deadline"])), default=None)
            if request["planned_visit_id"] and request["planned_visit_id"] not in entry["planned"]:
                entry["planned"].append(request["planned_visit_id"])
            entry["requests"].append(request)
        return sorted(units.values(), key=lambda u: (not u["overdue"], u["unit_name"], u["unit_id"]))

    def _open_requests(self, unit_id: str | None, day: str) -> list[dict]:
        found = store.requests_with_status(self.conn, NOT_FINAL, unit_id)
        checks = hq_register.checks(self.conn, [r["id"] for r in found])
        out = []
        for request in found:
            code = request_status.effective_status(request["status"], request["deadline"], day,
                                                   [c[:3] for c in checks.get(request["id"], [])],
                                                   request["status_on"])
            if code not in TO_CHECK:
                continue
            pending = request["reinspection_visit_id"] and not request["planned_deleted"] \
                and request["planned_status"] in store.PENDING
            request.update(effective=code, overdue=request_status.is_late(code, request["deadline"], day),
                           planned_visit_id=request["reinspection_visit_id"] if pending else None)
            out.append(request)
        return out

    def plan(self, unit_id: str, scheduled_on, *, request_ids: list[str] | None = None,
             team_id: str | None = None, plan_id: str | None = None,
             template_ids: list[str] | None = None) -> tuple[str, Changes]:
        """Plan a re-inspection of `unit_id` on `scheduled_on`: one visit of kind
        "reinspection" and, on each request to check, the link to it; all or nothing.

        `request_ids`: the unit's open requests to check (default: all those not yet in
        a pending re-inspection). `template_ids`: the checklists of the visit (default:
        those of the visits that made the requests). The title names the earlier minutes
        (number and day), so the team sees what it follows up. Headquarters only
        (`reinspection_hq_only`); a request of another unit, not open, or already in a
        pending re-inspection is refused (`reinspection_request_not_open`,
        `reinspection_already_planned`); a unit with none: `reinspection_nothing_open`."""
        if self.ws.role != "hq":
            raise ValidationError("reinspection_hq_only")
        unit = self._row("org_unit", unit_id)
        open_ = {r["id"]: r for r in self._open_requests(unit_id, dt.date.today().isoformat())}
        if request_ids is None:
            chosen = [r for r in open_.values() if not r["planned_visit_id"]]
            if not chosen:
                raise ValidationError("reinspection_nothing_open", unit=unit["name"])
        else:
            if not request_ids:
                require(None, ("kiến nghị cần kiểm tra lại", "requests to check"))
            chosen = []
            for request_id in dict.fromkeys(request_ids):
                request = open_.get(request_id)
                if request is None:
                    text = (self._row_or_none("request", request_id) or {}).get("text") or request_id
                    raise ValidationError("reinspection_request_not_open", text=_short(text), unit=unit["name"])
                if request["planned_visit_id"]:
                    planned = self._row("visit", request["planned_visit_id"])
                    raise ValidationError("reinspection_already_planned", text=_short(request["text"]),
                                          day=day_text(planned["scheduled_on"]))
                chosen.append(request)
        earlier = list(dict.fromkeys(r["visit_id"] for r in chosen))
        if template_ids is None:
            template_ids = list(dict.fromkeys(t for v in earlier for t in self.ws.visits.template_ids(v)))
        with self.ws.writer.batch(undoable=False):
            visit_id, changes = self.ws.visits.create(
                unit_id, KIND, scheduled_on, template_ids, plan_id=plan_id, team_id=team_id,
                title=self._title(unit["name"], earlier))
            changes = changes | self.write([("request", r["id"], {"reinspection_visit_id": visit_id})
                                            for r in chosen])
        return visit_id, changes

    def _title(self, unit_name: str, earlier: list[str]) -> str:
        signed = store.signed_minutes(self.conn, earlier)
        refs = []
        for visit_id in earlier:
            number, signed_at = signed.get(visit_id, (None, None))
            visit = self._row("visit", visit_id)
            day = day_text((signed_at or "")[:10] or self.ws.visits.visit_date(visit))
            refs.append(f"Biên bản số {number} ngày {day}" if number else f"cuộc kiểm tra ngày {day}")
        return f"Tái kiểm tra việc thực hiện kiến nghị tại {unit_name}" + (f" (theo {'; '.join(refs)})"
                                                                           if refs else "")

    def cancel(self, visit_id: str) -> Changes:
        """Cancel a planned re-inspection not started: the visit is deleted and its
        requests are no longer linked to it (the next distribution tells the laptops)."""
        if self.ws.role != "hq":
            raise ValidationError("reinspection_hq_only")
        visit = self._reinspection(visit_id)
        if visit["status"] != "draft":
            raise ValidationError("reinspection_started")
        linked = self._rows("request", reinspection_visit_id=visit_id)
        return self.write([("visit", visit_id, {"deleted": True}),
                           *(("request", r["id"], {"reinspection_visit_id": None}) for r in linked)])

    # -- on site -----------------------------------------------------------------
    def requests_of(self, visit_id: str) -> list[dict]:
        """The earlier requests a re-inspection visit checks, by deadline: each request's
        fields with `finding` (its text, or None), `item` (code and text, or None),
        `check` (this visit's request_check row, or None), `evidence` (media rows linked
        to the check) and `earlier` (the day of the visit that made it, when held here).
        A visit of another kind has none."""
        if self._row("visit", visit_id)["kind"] != KIND:
            return []
        checks = {c["request_id"]: c for c in self.of_visit(visit_id)}
        out = []
        for request in self._rows("request", order="deadline, id", reinspection_visit_id=visit_id):
            finding = self._row_or_none("finding", request["finding_id"])
            item = self.ws.checklists.find_item(request["item_id"]) if request["item_id"] else None
            made_in = self._row_or_none("visit", request["visit_id"])
            check = checks.get(request["id"])
            out.append({**request, "finding": finding["text"] if finding else None,
                        "item": {"code": item["code"], "text": item["text"]} if item else None,
                        "check": check, "evidence": self.evidence(check["id"]) if check else [],
                        "earlier": self.ws.visits.visit_date(made_in) if made_in else None})
        return out

    def of_visit(self, visit_id: str) -> list[dict]:
        """The live checks recorded at a visit that count: each of a request headquarters
        linked to that visit (a check a laptop recorded elsewhere is kept, never read:
        `reinspection_store.HQ_LINKED`)."""
        return [self._row("request_check", check_id) for check_id in store.checks_of_visit(self.conn, visit_id)]

    def record(self, visit_id: str, request_id: str, result: str, note: str | None = None) -> tuple[str, Changes]:
        """Record the check of one earlier request at a re-inspection visit: `result` is
        'fixed', 'not_fixed' or 'partly'. One check per request and visit: recording again
        edits it. Refused when the visit cannot be edited (signed minutes: an amendment is
        needed), is not a re-inspection, or the request is not one it was planned to check.
        `note` None keeps the note a check already has."""
        visit = self.ws.visits.check_editable(visit_id)
        self._reinspection(visit_id, visit=visit)
        request = self._row("request", request_id)
        if request["reinspection_visit_id"] != visit_id:
            raise ValidationError("reinspection_request_not_listed", text=_short(request["text"]))
        check_choice(result, RESULTS, ("kết quả kiểm tra lại", "re-inspection result"))
        existing = next((c for c in self.of_visit(visit_id) if c["request_id"] == request_id), None)
        if existing is not None:
            return existing["id"], self.edit(existing["id"], result=result, note=note)
        check_id = uuid7()
        return check_id, self.write([("request_check", check_id, {
            "visit_id": visit_id, "request_id": request_id, "result": result, "note": (note or "").strip() or None})])

    def edit(self, check_id: str, *, result: str | None = None, note: str | None = None) -> Changes:
        """Change a check's result or note (those given); one undoable step; refused once
        the minutes are signed. Nothing different: no operation."""
        row = self.get(check_id)
        self.ws.visits.check_editable(row["visit_id"])
        fields: dict = {}
        if result is not None:
            fields["result"] = check_choice(result, RESULTS, ("kết quả kiểm tra lại", "re-inspection result"))
        if note is not None:
            fields["note"] = note.strip() or None
        fields = {k: v for k, v in fields.items() if row.get(k) != v}
        return self.write([("request_check", check_id, fields)]) if fields else Changes()

    def delete(self, check_id: str) -> Changes:
        """Delete a check with the links of its evidence (the files stay with the visit);
        one undoable step; refused once the minutes are signed."""
        row = self.get(check_id)
        self.ws.visits.check_editable(row["visit_id"])
        links = self.ws.media.links_to(row["visit_id"], "request_check", check_id)
        return self.write([("request_check", check_id, {"deleted": True}),
                           *(("evidence_link", link["id"], {"deleted": True}) for link in links)])

    # -- evidence ----------------------------------------------------------------
    def add_evidence(self, check_id: str, paths) -> tuple[list[str], Changes]:
        """Store files as evidence of the check's visit and link them to the check: one step."""
        row = self.get(check_id)
        self.ws.visits.check_editable(row["visit_id"])
        with self.ws.writer.batch():
            ids, changes = self.ws.media.add_files(paths, row["visit_id"])
            changes = changes | self.ws.media.link_many(ids, "request_check", check_id)
        return ids, changes

    def link_evidence(self, check_id: str, media_ids: list[str]) -> Changes:
        """Link files already held by the visit to the check."""
        row = self.get(check_id)
        self.ws.visits.check_editable(row["visit_id"])
        return self.ws.media.link_many(media_ids, "request_check", check_id)

    def evidence(self, check_id: str) -> list[dict]:
        """The live media rows linked to a check."""
        row = self.get(check_id)
        links = self.ws.media.links_to(row["visit_id"], "request_check", check_id)
        return [m for link in links if (m := self.ws.media.find(link["media_id"])) is not None]

    # -- helpers -----------------------------------------------------------------
    def _reinspection(self, visit_id: str, *, visit: dict | None = None) -> dict:
        visit = visit or self._row("visit", visit_id)
        if visit["kind"] != KIND:
            raise ValidationError("reinspection_not_reinspection")
        return visit


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"
