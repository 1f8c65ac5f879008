"""`ws.requests`: headquarters follows each request (kiến nghị) to its closure.

A visit's team makes requests (`ws.findings.add_request`); afterwards only
headquarters changes what became of them, whatever the visit's status
(signed minutes included: the follow-up is not part of the minutes):

- `report`: the unit reported its remedy — the report's number, date and the
  scanned documents, imported as media of the request's visit;
- `verify` / `not_fixed` (or partly fixed): HQ's own conclusion, from the
  documents or a visit;
- `close` (reason optional), `cancel` (reason required), `reopen`.

Each is one undoable step of the op log, validated first, and stamps
`status_on` with the day of the decision, against which re-inspections'
checks are weighed (services/request_status.py). The checks themselves are
never written here: a concluded re-inspection moves the effective status.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from ..changes import Changes
from ..errors import ValidationError
from ..storage import hq_register
from ..text import day as day_text
from . import request_status
from .base import Service, check_date, require

_REASON_CANCEL = ("lý do hủy bỏ kiến nghị", "reason for cancelling the request")
_REPORT_NUMBER = ("số báo cáo của đơn vị", "number of the unit's report")
_REPORT_DATE = ("ngày báo cáo của đơn vị", "date of the unit's report")


class Requests(Service):
    """HQ's follow-up of requests; reading is `hq/register.py`."""

    ENTITY = "request"

    # -- reading ------------------------------------------------------------------------
    def status(self, request_id: str, today: dt.date | str | None = None) -> str:
        """The effective status (a key of request_status.STATUSES) of a live request."""
        row = self._request(request_id)
        checks = hq_register.checks(self.conn, [request_id]).get(request_id, [])
        return request_status.effective_status(row["stored_status"], row["deadline"], today or dt.date.today(),
                                               [c[:3] for c in checks], row["status_on"])

    def checks(self, request_id: str) -> list[dict]:
        """The checks concluded visits recorded on the request, latest first:
        `day`, `visit_id`, `result`, `note`."""
        self._request(request_id)
        found = hq_register.checks(self.conn, [request_id]).get(request_id, [])
        return [dict(zip(("day", "visit_id", "result", "note"), c))
                for c in sorted(found, key=lambda c: (c[0] or "", c[1]), reverse=True)]

    def report_media(self, request_id: str) -> list[dict]:
        """The live media rows of the unit's report, in the order attached."""
        row = self._request(request_id)
        return [m for m in (self._row_or_none("media", mid) for mid in row["report_media_ids"]) if m]

    # -- HQ's decisions -----------------------------------------------------------------
    def report(self, request_id: str, number: str, date, scans: Iterable[Path | str] = (), *,
               note: str = "", on=None) -> Changes:
        """The unit reported its remedy: report `number` ("12/BC-UBND"), `date` (not after
        `on`, today by default, nor before the visit), scanned documents imported as media
        of the request's visit (kept with those attached before). One undo step."""
        row = self._open_request(request_id)
        number = require(number, _REPORT_NUMBER)
        report_day = require(check_date(date, _REPORT_DATE), _REPORT_DATE)
        day = self._day(on)
        if report_day > day:
            raise ValidationError("report_date_future", date=day_text(report_day), today=day_text(day))
        visit_day = self.ws.visits.visit_date(self.ws.visits.get(row["visit_id"]))
        if report_day < visit_day:
            raise ValidationError("report_date_before_visit", date=day_text(report_day),
                                  visit_date=day_text(visit_day))
        with self.ws.writer.batch():
            media_ids, changes = self._import(row, scans)
            fields = {"status": "reported", "report_number": number, "report_date": report_day,
                      "report_media_ids": list(dict.fromkeys([*row["report_media_ids"], *media_ids])),
                      "status_on": day, "status_reason": note.strip() or None}
            changes = changes | self.write([("request", request_id, fields)])
        return changes

    def attach_scans(self, request_id: str, scans: Iterable[Path | str]) -> tuple[list[str], Changes]:
        """Add scanned pages to the unit's report already recorded; the status does not change."""
        row = self._request(request_id)
        if not row["report_number"]:
            raise ValidationError("request_no_report")
        with self.ws.writer.batch():
            media_ids, changes = self._import(row, scans)
            all_ids = list(dict.fromkeys([*row["report_media_ids"], *media_ids]))
            if all_ids != row["report_media_ids"]:
                changes = changes | self.write([("request", request_id, {"report_media_ids": all_ids})])
        return media_ids, changes

    def verify(self, request_id: str, note: str = "", *, on=None) -> Changes:
        """HQ found the request fixed (from the unit's documents or a visit)."""
        self._open_request(request_id)
        return self._set(request_id, "verified", note, on)

    def not_fixed(self, request_id: str, note: str = "", *, partly: bool = False, on=None) -> Changes:
        """HQ found the request not fixed (or only `partly`); it stays outstanding."""
        self._open_request(request_id)
        return self._set(request_id, "partly" if partly else "not_fixed", note, on)

    def close(self, request_id: str, reason: str = "", *, on=None) -> Changes:
        """Follow-up ends: the request is done with (HQ's final word until reopened)."""
        self._open_request(request_id)
        return self._set(request_id, "closed", reason, on)

    def cancel(self, request_id: str, reason: str, *, on=None) -> Changes:
        """The request is withdrawn, with the reason (required)."""
        reason = require(reason, _REASON_CANCEL)
        self._open_request(request_id)
        return self._set(request_id, "cancelled", reason, on)

    def reopen(self, request_id: str, reason: str = "", *, on=None) -> Changes:
        """Follow the request again, as open (its deadline then says open, due soon or
        overdue); the unit's report, if any, is kept. Refused for a request already open."""
        self._hq_only()
        row = self._request(request_id)
        if request_status.stored(row["stored_status"]) == "open":
            raise ValidationError("request_already_open")
        return self._set(request_id, "open", reason, on)

    # -- helpers -----------------------------------------------------------------------
    def _request(self, request_id: str) -> dict:
        row = hq_register.request_row(self.conn, request_id)
        if row is None:
            self._row("request", request_id)            # raises the catalogue's not_found
        assert row is not None
        return row

    def _open_request(self, request_id: str) -> dict:
        """A live request HQ may change: refused on a laptop, and once closed or cancelled."""
        self._hq_only()
        row = self._request(request_id)
        code = request_status.stored(row["stored_status"])
        if code in request_status.FINAL:
            raise ValidationError("request_final", status=request_status.STATUSES[code])
        return row

    def _hq_only(self) -> None:
        if self.ws.role != "hq":
            raise ValidationError("requests_hq_only")

    def _set(self, request_id: str, status: str, reason: str, on) -> Changes:
        return self.write([("request", request_id, {"status": status, "status_on": self._day(on),
                                                    "status_reason": (reason or "").strip() or None})])

    @staticmethod
    def _day(on) -> str:
        if on is None:
            return dt.date.today().isoformat()
        return require(check_date(on, ("ngày ghi nhận", "day recorded")), ("ngày ghi nhận", "day recorded"))

    def _import(self, row: dict, scans: Iterable[Path | str]) -> tuple[list[str], Changes]:
        """Store the scans as media of the request's visit (a file added twice is stored once);
        the request names them in `report_media_ids`, no evidence link is written."""
        ids, changes = [], Changes()
        for path in scans:
            media_id, more = self.ws.media.add_file(path, row["visit_id"])
            ids.append(media_id)
            changes = changes | more
        return ids, changes
