"""A request's status as headquarters follows it to closure (issue 13, point 2).

What is *stored* on a request (`request.status`, written by HQ through
`ws.requests`) is only what people decided: the unit reported its remedy, HQ
verified it or found it not fixed, closed or cancelled it, reopened it. What
is *shown* — the effective status — is derived, never written, from

- the stored status and the day it was set (`request.status_on`),
- the deadline and today (open → due within 7 days → overdue),
- the `request_check` rows that concluded visits (re-inspections) recorded
  on it: the latest check, by the visit's day, moves the status to verified /
  partly fixed / not fixed with nobody typing anything.

The derivation depends on values, not on the order bundles arrive in: a
check counts when its visit's day is on or after the stored status's day, so
a unit's new report after a failed re-inspection shows as reported, and a
later re-inspection's check overrides an earlier report. Closed and
cancelled are HQ's final word until it reopens the request.

This module is the one place the statuses' names live (Vietnamese, English);
`hq/register.py` re-exports it beside the register's query. Pure: no SQL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import NamedTuple

DUE_SOON_DAYS = 7

# Effective statuses, in the order of the lifecycle (the register's filter lists them so).
STATUSES: dict[str, tuple[str, str]] = {
    "open": ("Chưa đến hạn", "Open, not yet due"),
    "due_soon": ("Sắp đến hạn (trong 7 ngày)", "Due within 7 days"),
    "overdue": ("Quá hạn", "Overdue"),
    "reported": ("Đơn vị đã báo cáo khắc phục", "Unit reported fixed"),
    "verified": ("Tái kiểm tra: đã khắc phục", "Verified at re-inspection"),
    "partly": ("Tái kiểm tra: khắc phục một phần", "Partly fixed at re-inspection"),
    "not_fixed": ("Tái kiểm tra: chưa khắc phục", "Not fixed at re-inspection"),
    "closed": ("Đã kết thúc theo dõi", "Closed"),
    "cancelled": ("Đã hủy bỏ", "Cancelled"),
}
# What `request.status` may hold. "open" reads "Chưa khắc phục" where no deadline is
# weighed (a laptop's list of its visit's requests). "done" and "not_done" are the
# values written before migration 9: read as "reported" (the unit's word, not
# verified) and "not_fixed"; never written again.
STORED: dict[str, tuple[str, str]] = {
    "open": ("Chưa khắc phục", "Open"),
    **{code: STATUSES[code] for code in ("reported", "verified", "partly", "not_fixed", "closed", "cancelled")},
}
LEGACY = {"done": "reported", "not_done": "not_fixed"}
# A re-inspection's result on a request → the effective status it gives.
CHECK_RESULTS: dict[str, str] = {"fixed": "verified", "partly": "partly", "not_fixed": "not_fixed"}
CHECK_LABELS: dict[str, tuple[str, str]] = {
    "fixed": ("Đã khắc phục", "Fixed"),
    "not_fixed": ("Chưa khắc phục", "Not fixed"),
    "partly": ("Khắc phục một phần", "Partly fixed"),
}
# The visit statuses whose checks count: a re-inspection still under way on a
# laptop moves nothing until it is concluded.
CONCLUDED_VISITS = ("concluded", "minutes_signed", "exported", "received")
# HQ's final word: no deadline or check changes them until the request is reopened.
FINAL = frozenset({"closed", "cancelled"})
# Still to be done by the unit: what a follow-up letter and the year-end count name.
OUTSTANDING = frozenset({"open", "due_soon", "overdue", "partly", "not_fixed"})


class Check(NamedTuple):
    """One `request_check` of a concluded visit: the visit's day (ISO), its id, the result."""

    day: str
    visit_id: str
    result: str


def label(code: str | None, lang: str = "vi") -> str:
    """The effective (or stored) status's name in `lang`; "" for None, the code itself if unknown."""
    if not code:
        return ""
    pair = STATUSES.get(code) or STORED.get(LEGACY.get(code, code))
    return (pair[1] if lang == "en" else pair[0]) if pair else code


def stored(code: str | None) -> str:
    """A stored value read in today's terms: legacy values mapped, None as "open"."""
    code = LEGACY.get(code or "open", code or "open")
    return code if code in STORED else "open"


def latest_check(checks: Iterable[Check | tuple | Mapping]) -> Check | None:
    """The check that speaks last: the latest visit day, then the greatest visit id (a
    tie-break that is the same on every machine); checks with an unknown result are ignored."""
    best: Check | None = None
    for raw in checks:
        check = _as_check(raw)
        if check.result not in CHECK_RESULTS or not check.day:
            continue
        if best is None or (check.day, check.visit_id) > (best.day, best.visit_id):
            best = check
    return best


def effective_status(stored_status: str | None, deadline: str | None, today: dt.date | str,
                     checks: Iterable[Check | tuple | Mapping] = (), status_on: str | None = None) -> str:
    """The status to show (a key of STATUSES) — see the module's note.

    `checks` are the request's checks from concluded visits only (`Check`, a
    (day, visit_id, result) tuple or a mapping with those keys); `today` a date
    or an ISO day. Deadlines: past → "overdue"; today up to 7 days ahead →
    "due_soon"; no deadline → "open"."""
    code = stored(stored_status)
    if code in FINAL:
        return code
    check = latest_check(checks)
    if check is not None and (not status_on or check.day >= status_on[:10]):
        return CHECK_RESULTS[check.result]
    if code != "open":
        return code
    return by_deadline(deadline, today)


def by_deadline(deadline: str | None, today: dt.date | str) -> str:
    """"open", "due_soon" or "overdue" for an outstanding request's deadline on `today`."""
    if not deadline:
        return "open"
    day = today.isoformat() if isinstance(today, dt.date) else str(today)[:10]
    if deadline[:10] < day:
        return "overdue"
    soon = (dt.date.fromisoformat(day) + dt.timedelta(days=DUE_SOON_DAYS)).isoformat()
    return "due_soon" if deadline[:10] <= soon else "open"


def is_late(code: str, deadline: str | None, today: dt.date | str) -> bool:
    """Whether a request is past its deadline and still to be done: overdue, or found not
    (or only partly) fixed at a re-inspection after its deadline. These are what a follow-up
    letter (đôn đốc) names and what `requests list --overdue` lists."""
    if code == "overdue":
        return True
    return code in ("partly", "not_fixed") and by_deadline(deadline, today) == "overdue"


def _as_check(raw) -> Check:
    if isinstance(raw, Check):
        return raw
    if isinstance(raw, Mapping):
        return Check(str(raw.get("day") or ""), str(raw.get("visit_id") or ""), str(raw.get("result") or ""))
    day, visit_id, result = raw
    return Check(str(day or ""), str(visit_id or ""), str(result or ""))
