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
from itertools import compress
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
    """The listed requests by column, in `Entry`'s order: `ids`, `deadlines`, `statuses` (effective), `late`
    (`is_late`), `unit_ids` (the unit that must act), `visited_unit_ids`, `visit_days`,
    `report_numbers`, `report_dates`, `visit_ids` — tuples of equal length, one value
    per request, in the register's order. Read only: a reading is shared by whoever asks."""

    __slots__ = ("deadlines", "ids", "late", "report_dates", "report_numbers", "statuses", "unit_ids", "visit_days",
                 "visit_ids", "visited_unit_ids")

    def __init__(self, ids: Sequence[str], deadlines: Sequence[str | None], statuses: Sequence[str],
                 late: Sequence[bool], unit_ids: Sequence[str | None], visited_unit_ids: Sequence[str | None],
                 visit_days: Sequence[str | None], report_numbers: Sequence[str | None],
                 report_dates: Sequence[str | None], visit_ids: Sequence[str]) -> None:
        self.ids, self.deadlines, self.statuses, self.late = ids, deadlines, statuses, late
        self.unit_ids, self.visited_unit_ids, self.visit_days = unit_ids, visited_unit_ids, visit_days
        self.report_numbers, self.report_dates, self.visit_ids = report_numbers, report_dates, visit_ids

    def __len__(self) -> int:
        return len(self.ids)

    def columns(self) -> tuple[Sequence, ...]:
        """The columns in `Entry`'s order."""
        return (self.ids, self.deadlines, self.statuses, self.late, self.unit_ids, self.visited_unit_ids,
                self.visit_days, self.report_numbers, self.report_dates, self.visit_ids)

    def entry(self, n: int) -> Entry:
        """The n-th request as an `Entry`."""
        return Entry(*(column[n] for column in self.columns()))

    def entries(self) -> list[Entry]:
        """Every request as an `Entry`, in the table's order."""
        return list(map(partial(tuple.__new__, Entry), zip(*self.columns())))


EMPTY = Table(*((),) * len(Entry._fields))


def derive(columns: Sequence[Sequence], checks: Mapping[str, list[tuple]], day: str) -> Table:
    """The table of `storage/hq_register.listed_requests`' ten columns on `day` (ISO), each
    request's status and lateness as `register.entries` derives them: from its stored
    status and deadline, and from `checks` (request id → [(visit day, visit id, result,
    note)], the concluded visits' checks) where it has some."""
    ids, deadlines, stored, status_on, responsible, numbers, dates, visit_ids, visited, days = columns
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
            status = statuses[n] = effective_status(stored[n], deadlines[n], day, [c[:3] for c in own], status_on[n])
            late[n] = is_late(status, deadlines[n], day)
        statuses, late = tuple(statuses), tuple(late)
    acting = tuple(r or v for r, v in zip(responsible, visited)) if any(responsible) else visited
    return Table(ids, deadlines, statuses, late, acting, visited, days, numbers, dates, visit_ids)


def rows_where(table: Table, rows: Iterable[int] | None, column: Sequence,
               test: Callable[[object], object]) -> list[int]:
    """The row numbers of `rows` (every row when None), in their order, whose value in
    `column` (one of `table`'s) passes `test`."""
    if rows is None:
        return list(compress(range(len(table)), map(test, column)))
    rows = list(rows)
    return list(compress(rows, map(test, map(column.__getitem__, rows))))
