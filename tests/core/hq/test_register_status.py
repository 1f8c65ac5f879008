"""The effective status of a request (services/request_status.py, re-exported by hq/register.py)."""

from __future__ import annotations

import datetime as dt
import itertools

from inspector_app.hq import register
from inspector_app.hq.register import Check, effective_status, is_late, label
from inspector_app.services.findings import REQUEST_STATUSES

TODAY = dt.date(2026, 12, 2)


def test_an_open_request_moves_with_its_deadline():
    assert effective_status("open", "2026-12-10", TODAY) == "open"          # 8 days ahead
    assert effective_status("open", "2026-12-09", TODAY) == "due_soon"      # 7 days ahead
    assert effective_status("open", "2026-12-02", TODAY) == "due_soon"      # today
    assert effective_status("open", "2026-12-01", TODAY) == "overdue"
    assert effective_status(None, "2026-12-01", "2026-12-02") == "overdue"
    assert effective_status("open", None, TODAY) == "open"


def test_hq_decisions_stand_whatever_the_deadline():
    assert effective_status("reported", "2026-01-01", TODAY) == "reported"
    assert effective_status("verified", "2026-01-01", TODAY) == "verified"
    assert effective_status("closed", "2026-01-01", TODAY, [Check("2026-11-01", "v", "not_fixed")]) == "closed"
    assert effective_status("cancelled", "2026-01-01", TODAY, [("2026-11-01", "v", "fixed")]) == "cancelled"


def test_values_stored_before_migration_9_read_as_today():
    assert effective_status("done", "2026-01-01", TODAY) == "reported"
    assert effective_status("not_done", "2026-01-01", TODAY) == "not_fixed"
    assert effective_status("something else", "2026-01-01", TODAY) == "overdue"
    assert REQUEST_STATUSES["done"] == REQUEST_STATUSES["reported"]


def test_a_re_inspection_moves_the_status_without_anyone_typing():
    assert effective_status("open", "2026-06-30", TODAY, [Check("2026-07-10", "v1", "fixed")]) == "verified"
    assert effective_status("open", "2026-06-30", TODAY, [{"day": "2026-07-10", "visit_id": "v1",
                                                           "result": "partly"}]) == "partly"
    # The unit reported on 20/06; the re-inspection of 10/07 found it not fixed: not fixed.
    assert effective_status("reported", "2026-06-30", TODAY, [Check("2026-07-10", "v1", "not_fixed")],
                            status_on="2026-06-20") == "not_fixed"
    # A new report after the failed re-inspection: reported again.
    assert effective_status("reported", "2026-06-30", TODAY, [Check("2026-07-10", "v1", "not_fixed")],
                            status_on="2026-07-20") == "reported"
    # An unknown result is ignored.
    assert effective_status("open", "2026-12-30", TODAY, [Check("2026-07-10", "v1", "maybe")]) == "open"


def test_the_latest_check_speaks_whatever_order_the_checks_arrive_in():
    checks = [Check("2026-07-10", "v1", "not_fixed"), Check("2026-09-01", "v2", "partly"),
              Check("2026-09-01", "v3", "fixed"), Check("2026-08-01", "v4", "not_fixed")]
    results = {effective_status("open", "2026-06-30", TODAY, list(order))
               for order in itertools.permutations(checks)}
    assert results == {"verified"}            # latest day, then the greatest visit id (v3)


def test_late_requests_are_overdue_or_found_not_fixed_after_their_deadline():
    assert is_late("overdue", "2026-11-01", TODAY)
    assert is_late("not_fixed", "2026-11-01", TODAY)
    assert is_late("partly", "2026-11-01", TODAY)
    assert not is_late("not_fixed", "2026-12-20", TODAY)
    assert not is_late("reported", "2026-11-01", TODAY)
    assert not is_late("due_soon", "2026-12-05", TODAY)


def test_every_status_has_its_names_in_both_languages():
    for code in register.STATUSES:
        assert label(code, "vi") and label(code, "en") and label(code, "vi") != label(code, "en")
    assert label("overdue") == "Quá hạn"
    assert label("due_soon", "en") == "Due within 7 days"
    assert label("done") == register.STATUSES["reported"][0]
    assert set(register.OUTSTANDING) <= set(register.STATUSES)
