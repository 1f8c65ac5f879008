"""The register of requests as the window's table reads it: by column (issue 13, point 2).

`Table` holds, for each listed request, what the table shows, sorts and filters by,
as one tuple per field (the n-th request is the n-th value of each), in the register's
order (deadline, none last, then id). `derive` makes it from the columns that
`storage/hq_register.listed_requests` reads, with the same effective status and
lateness as `register.entries` gives each row.

Why columns: opening the page on five years of a province reads 10,000 requests, and
a Python loop over them (an object per request, a status derived per request) cost
more than the reading itself. Here each column is made by one pass in C (`map`,
`zip`, `compress`) and the status is derived in Python once per distinct (stored
status, deadline's standing) — a dozen pairs — and once per request a re-inspection
checked; filters give the table's row numbers (`rows_where`), so no row is copied.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import partial
from itertools import compress, repeat
from typing import NamedTuple

from ..services.request_status import by_deadline, effective_status, is_late


class Entry(NamedTuple):
    """One request as the register's table lists it: what it shows, sorts and filters by."""

    id: str
    deadline: str | None
    status: str                  # effective (a key of STATUSES)
    late: bool                   # is_late
    unit_id: str | None          # the unit that must act: the responsible unit, else the unit visited
    visited_unit_id: str | None
    visit_day: str | None
    report_number: str | None
    report_date: str | None
    visit_id: str


class Table:
    """The listed requests by column: `ids`, `deadlines`, `statuses` (effective), `late`
    (`is_late`), `unit_ids` (the unit that must act), `visited_unit_ids`, `visit_days`,
    `visit_ids` — tuples of equal length, one value per request, in the register's order.
    The report's number and date are not among them (read for the rows shown:
    `entries` takes them). Read only: a reading is shared by whoever asks."""

    __slots__ = ("deadlines", "ids", "late", "statuses", "unit_ids", "visit_days", "visit_ids", "visited_unit_ids")

    def __init__(self, ids: Sequence[str], deadlines: Sequence[str | None], statuses: Sequence[str],
                 late: Sequence[bool], unit_ids: Sequence[str | None], visited_unit_ids: Sequence[str | None],
                 visit_days: Sequence[str | None], visit_ids: Sequence[str]) -> None:
        self.ids, self.deadlines, self.statuses, self.late = ids, deadlines, statuses, late
        self.unit_ids, self.visited_unit_ids, self.visit_days, self.visit_ids = unit_ids, visited_unit_ids, \
            visit_days, visit_ids

    def __len__(self) -> int:
        return len(self.ids)

    def entry(self, n: int, report: tuple[str | None, str | None] = (None, None)) -> Entry:
        """The n-th request as an `Entry`, with its `report` (number, date)."""
        return Entry(self.ids[n], self.deadlines[n], self.statuses[n], self.late[n], self.unit_ids[n],
                     self.visited_unit_ids[n], self.visit_days[n], report[0], report[1], self.visit_ids[n])

    def entries(self, reports: Mapping[str, tuple[str | None, str | None]]) -> list[Entry]:
        """Every request as an `Entry`, in the table's order; `reports`: request id → (report
        number, report date)."""
        found = tuple(map(reports.get, self.ids, repeat((None, None))))
        numbers, dates = (tuple(zip(*found)) if found else ((), ()))
        return list(map(partial(tuple.__new__, Entry), zip(
            self.ids, self.deadlines, self.statuses, self.late, self.unit_ids, self.visited_unit_ids,
            self.visit_days, numbers, dates, self.visit_ids)))


EMPTY = Table((), (), (), (), (), (), (), ())


def derive(columns: Sequence[Sequence], checks: Mapping[str, list[tuple]], status_on: Mapping[str, str | None],
           day: str) -> Table:
    """The table of `storage/hq_register.listed_requests`' seven columns on `day` (ISO),
    each request's status and lateness as `register.entries` derives them: from its stored
    status and deadline, and from `checks` (request id → [(visit day, visit id, result,
    note)], the concluded visits' checks) and `status_on` (request id → the day its stored
    status was set) where it has some."""
    ids, deadlines, stored, responsible, visit_ids, visited, days = columns
    # Without checks the status and lateness depend on the deadline only through its
    # standing on `day` (open, due soon, overdue): derived once per (stored, standing).
    standing = {deadline: by_deadline(deadline, day) for deadline in set(deadlines)}
    sample = {s: deadline for deadline, s in standing.items()}          # a deadline of each standing
    standings = tuple(map(standing.__getitem__, deadlines))
    status_of, late_of = {}, {}
    for stored_status, when in set(zip(stored, standings)):
        status = status_of[stored_status, when] = effective_status(stored_status, sample[when], day)
        late_of[stored_status, when] = is_late(status, sample[when], day)
    statuses: Sequence[str] = tuple(map(status_of.__getitem__, zip(stored, standings)))
    late: Sequence[bool] = tuple(map(late_of.__getitem__, zip(stored, standings)))
    if checks:                                # a few hundred requests: one by one
        statuses, late, where = list(statuses), list(late), dict(zip(ids, range(len(ids))))
        for request_id, own in checks.items():
            n = where.get(request_id)
            if n is None:
                continue
            status = statuses[n] = effective_status(stored[n], deadlines[n], day, [c[:3] for c in own],
                                                    status_on.get(request_id))
            late[n] = is_late(status, deadlines[n], day)
        statuses, late = tuple(statuses), tuple(late)
    acting = tuple(r or v for r, v in zip(responsible, visited)) if any(responsible) else visited
    return Table(ids, deadlines, statuses, late, acting, visited, days, visit_ids)


def rows_where(table: Table, rows: Iterable[int] | None, column: Sequence,
               test: Callable[[object], object]) -> list[int]:
    """The row numbers of `rows` (every row when None), in their order, whose value in
    `column` (one of `table`'s) passes `test`."""
    if rows is None:
        return list(compress(range(len(table)), map(test, column)))
    rows = list(rows)
    return list(compress(rows, map(test, map(column.__getitem__, rows))))
