"""The register of requests at headquarters: every request of every visit, followed to closure.

The status model (effective status from the stored status, the deadline, today
and the re-inspections' checks) is `services/request_status.py`, re-exported
here so HQ's views, the report and the CLI read one table of names:

    from inspector_app.hq.register import STATUSES, effective_status, label

`entries` reads the register once (one query for the requests, one for the
checks) and derives each row's status; `select` filters and sorts those rows
in memory, so a view that filters as the user types never goes back to SQL.

The window's table reads less: `table` gives the requests by column
(`register_table.Table`), only what the table filters by and derives the statuses from
(each column made in one pass in C, no object per request), and `rows_of` its row
numbers that match the filters; `shown` what it shows of the rows painted besides;
`listing` gives the same requests as `Entry`s and `pick` filters entries as `select`
does rows, the search one query on the requests' texts folded when written
(`hq_register.search`); `details` is one request as `entries` gives it (for the selected
row), `texts` the requests' texts, `unit_names` the units' names.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import weakref
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from ..services.request_status import (
    CHECK_LABELS,
    CHECK_RESULTS,
    CONCLUDED_VISITS,
    DUE_SOON_DAYS,
    FINAL,
    LEGACY,
    OUTSTANDING,
    STATUSES,
    STORED,
    Check,
    by_deadline,
    effective_status,
    is_late,
    label,
    latest_check,
    stored,
)
from ..storage import hq_register, search_index
from . import register_table
from .periods import Period
from .register_table import EMPTY as EMPTY_TABLE
from .register_table import Entry, Table
from .scope import PROVINCE, Scope

if TYPE_CHECKING:
    from ..workspace import Workspace

__all__ = ["CHECK_LABELS", "CHECK_RESULTS", "CONCLUDED_VISITS", "DUE_SOON_DAYS", "EMPTY_TABLE", "FINAL", "LEGACY",
           "OUTSTANDING", "STATUSES", "STORED", "Check", "Entry", "Table", "by_deadline", "details",
           "effective_status", "entries", "is_late", "label", "latest_check", "listing", "pick", "reports",
           "rows_of", "select", "shown", "status_of", "statuses", "stored", "table", "texts", "unit_names", "units"]


# What the register reads: a reading is kept until a row of one of these changes (the
# writer's generations move on every local write and every import), so opening the page
# again, or the CLI and the page asking in turn, does not read 10,000 requests again.
_READS = ("request", "request_check", "visit", "org_unit", "checklist_item", "plan", "team")
_CACHE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _today(today) -> str:
    if today is None:
        return dt.date.today().isoformat()
    return today.isoformat() if isinstance(today, dt.date) else str(today)[:10]


def status_of(ws: Workspace, request_id: str, today: dt.date | str | None = None) -> str:
    """The effective status of one live request (a key of STATUSES); NotFoundError if none."""
    row = hq_register.request_row(ws.db.conn, request_id)
    if row is None:
        ws.findings.request(request_id)          # raises the catalogue's not_found
        raise AssertionError("unreachable")
    found = hq_register.checks(ws.db.conn, [request_id]).get(request_id, [])
    return effective_status(row["stored_status"], row["deadline"], _today(today),
                            [c[:3] for c in found], row["status_on"])


def statuses(ws: Workspace, today: dt.date | str | None = None, period: Period | None = None,
             scope: Scope = PROVINCE) -> dict[str, str]:
    """request id → effective status, for every live request of the period's visits and scope
    (`table`'s columns: not every field of every request, as `entries` reads them)."""
    found = table(ws, period, scope, today)
    return dict(zip(found.ids, found.statuses))


def entries(ws: Workspace, period: Period | None = None, scope: Scope = PROVINCE,
            today: dt.date | str | None = None) -> list[dict]:
    """The register's rows for the visits of `period` (every visit when None) and `scope`,
    sorted by deadline (no deadline last), then id (by SQLite).

    Each row: the request's stored fields (`stored_status`, `status_on`, `status_reason`,
    `report_number`, `report_date`, `report_media_ids`), the visit (`visit_id`,
    `visit_day`, `visit_kind`), the unit that must act (`unit_id`, `unit_name`), the item
    (`item_code`, `item_text`), `status` (effective), `status_label` (Vietnamese),
    `late` (`is_late`), `check` (the latest check from a concluded visit as
    (day, visit_id, result, note), or None)."""
    conn = ws.db.conn
    day = _today(today)
    key = (period, scope.key, day, tuple(ws.writer.generations[e] for e in _READS))
    cache = _CACHE.setdefault(ws, {})
    kept = cache.get(key)                     # one get: another thread may replace the reading
    if kept is not None:
        return list(kept)
    rows = hq_register.requests(conn, period.first if period else None, period.last if period else None,
                                scope.key)
    found = hq_register.checks(conn, None if len(rows) > 2000 else [r["id"] for r in rows])
    # Without checks a request's status depends on its stored status and deadline alone
    # (status_on only weighs checks): derived once per pair, not once per request.
    plain: dict[tuple, tuple[str, str, bool]] = {}
    for row in rows:
        own = found.get(row["id"])
        if own:
            row["check"] = max(own, key=lambda c: (c[0] or "", c[1]))
            status = effective_status(row["stored_status"], row["deadline"], day, [c[:3] for c in own],
                                      row["status_on"])
            row["status"], row["status_label"], row["late"] = status, label(status), \
                is_late(status, row["deadline"], day)
            continue
        pair = (row["stored_status"], row["deadline"])
        derived = plain.get(pair)
        if derived is None:
            status = effective_status(pair[0], pair[1], day)
            derived = plain[pair] = (status, label(status), is_late(status, pair[1], day))
        row["check"] = None
        row["status"], row["status_label"], row["late"] = derived
    cache.clear()                             # one reading kept: the latest
    cache[key] = rows
    return list(rows)


def select(rows: Iterable[dict], *, status: str | Iterable[str] | None = None, unit_ids: Iterable[str] | None = None,
           search: str = "", late: bool = False, descending: bool = False) -> list[dict]:
    """The rows of `entries` that match every filter given, in their order (entries' is by
    deadline; `descending` reverses it):

    - `status`: an effective status or several ("outstanding" stands for OUTSTANDING);
    - `unit_ids`: the unit that must act is one of these (hq/scope gives a unit's subtree);
    - `search`: every word of it, accents and case ignored, in the row's texts
      ("uy ban ba dinh" finds "Ủy ban nhân dân phường Ba Đình");
    - `late`: only the requests past their deadline and still to be done (`is_late`)."""
    wanted = _wanted(status)
    units = set(unit_ids) if unit_ids is not None else None
    words = _fold(search or "").split()
    out = [row for row in rows
           if (wanted is None or row["status"] in wanted)
           and (units is None or row["unit_id"] in units)
           and (not late or row["late"])
           and (not words or all(w in _searched(row) for w in words))]
    if descending:
        out.reverse()
    return out


def _wanted(status: str | Iterable[str] | None) -> set[str] | None:
    """The effective statuses a `status` filter stands for ("outstanding": OUTSTANDING); None: all."""
    if not status:
        return None
    wanted: set[str] = set()
    for name in [status] if isinstance(status, str) else list(status):
        wanted |= set(OUTSTANDING) if name == "outstanding" else {name}
    return wanted


# The texts a search looks in, and their accent-free form, kept for the process: folding
# 15,000 requests' texts costs ~0,5 s, so it is done once per text, on the first search,
# not on each reading of the register (a change re-reads it; the texts stay folded).
_SEARCHED = ("text", "unit_name", "visited_unit_name", "item_code", "item_text", "responsible", "report_number",
             "status_reason", "plan_number", "team_name")
_FOLDED: dict[str, str] = {}


def _searched(row: dict) -> str:
    folded = row.get("_folded")
    if folded is None:
        raw = "\n".join(str(row[k] or "") for k in _SEARCHED)
        folded = _FOLDED.get(raw)
        if folded is None:
            if len(_FOLDED) > 200_000:
                _FOLDED.clear()
            folded = _FOLDED[raw] = _fold(raw)
        row["_folded"] = folded
    return folded


def _fold(text: str) -> str:
    """The form a search compares (lower case, no diacritics, "đ" → "d", other non-ASCII
    signs dropped): `search_index.fold_text`, which folds requests' texts when written."""
    return search_index.fold_text(text)


def _folded(text: str | None) -> str:
    """`_fold(text)`, each distinct text folded once for the process."""
    if not text:
        return ""
    folded = _FOLDED.get(text)
    if folded is None:
        if len(_FOLDED) > 200_000:
            _FOLDED.clear()
        folded = _FOLDED[text] = _fold(text)
    return folded


# -- the window's table: narrow entries --------------------------------------------------------


def table(ws: Workspace, period: Period | None = None, scope: Scope = PROVINCE,
          today: dt.date | str | None = None) -> Table:
    """The requests of `entries` (same filters, same order, same `status` and `late`) by
    column (`register_table.Table`), as the window's table reads them; kept, as `entries`'
    reading, until a row it reads changes. Shared: never change it."""
    day = _today(today)
    key = ("table", period, scope.key, day, tuple(ws.writer.generations[e] for e in _READS))
    cache = _CACHE.setdefault(ws, {})
    kept = cache.get(key)
    if kept is not None:
        return kept
    conn = ws.db.conn
    with _collector_paused():
        columns = hq_register.listed_requests(conn, period.first if period else None,
                                              period.last if period else None, scope.key)
        found = hq_register.checks(conn)
        out = register_table.derive(columns, found, hq_register.status_on(conn, found) if found else {}, day)
    for old in [k for k in list(cache) if k[0] == "table"]:      # (a snapshot: a worker may read too)
        cache.pop(old, None)                  # one table kept: the latest
    cache[key] = out
    return out


def listing(ws: Workspace, period: Period | None = None, scope: Scope = PROVINCE,
            today: dt.date | str | None = None) -> list[Entry]:
    """The requests of `entries` (same filters, same order, same `status` and `late`) as
    `Entry`s: `table`'s rows with their reports."""
    found = table(ws, period, scope, today)
    with _collector_paused():
        return found.entries(hq_register.reports(ws.db.conn) if len(found) else {})


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic collector paused while 10,000 requests are read (tuples of strings: no
    cycle among them), so that it does not walk the whole heap again and again meanwhile;
    then the young objects collected at once, while they are in the cache: that first
    collection finds the tuples hold only strings and stops tracking them, where the next
    one, in the middle of painting the page, walked their 100,000 values in 2-12 ms."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
        if paused:
            gc.collect(0)
    finally:
        if paused:
            gc.enable()


def rows_of(ws: Workspace, found: Table, *, status: str | Iterable[str] | None = None,
            unit_ids: Iterable[str] | None = None, search: str = "", late: bool = False,
            descending: bool = False) -> list[int]:
    """The row numbers of `found` (a `table`) that match every filter, as `pick` picks
    entries (same meaning of each filter, the same search), in its order or reversed."""
    wanted = _wanted(status)
    rows: list[int] | None = None
    if wanted is not None:
        rows = register_table.rows_where(found, rows, found.statuses, wanted.__contains__)
    if unit_ids is not None:
        rows = register_table.rows_where(found, rows, found.unit_ids, set(unit_ids).__contains__)
    if late:
        rows = register_table.rows_where(found, rows, found.late, bool)
    words = _fold(search or "").split()
    if words:
        matched = hq_register.search(ws.db.conn, [_word(ws, word) for word in words])
        rows = register_table.rows_where(found, rows, found.ids, matched.__contains__)
    out = list(range(len(found))) if rows is None else rows
    if descending:
        out.reverse()
    return out


def pick(ws: Workspace, rows: Iterable[Entry], *, status: str | Iterable[str] | None = None,
         unit_ids: Iterable[str] | None = None, search: str = "", late: bool = False,
         descending: bool = False) -> list[Entry]:
    """The entries that match every filter, as `select` picks rows (same meaning of each
    filter, the search in the same texts), in their order or reversed."""
    wanted = _wanted(status)
    units = set(unit_ids) if unit_ids is not None else None
    out = [row for row in rows if (wanted is None or row.status in wanted)
           and (units is None or row.unit_id in units) and (not late or row.late)]
    words = _fold(search or "").split()
    if words:
        found = hq_register.search(ws.db.conn, [_word(ws, word) for word in words])
        out = [row for row in out if row.id in found]
    if descending:
        out.reverse()
    return out


def _word(ws: Workspace, word: str) -> dict:
    """A folded word of a search, with the ids of the units, items, plans and teams whose
    folded names hold it (`hq_register.search` looks in the requests' own texts, folded when
    written, and these names; `select` looks in the same texts, joined)."""
    names = _names(ws)
    return {"word": word, **{kind: [k for k, v in found.items() if word in v] for kind, found in names.items()}}


def _names(ws: Workspace) -> dict[str, dict[str, str]]:
    """The names a search looks in, folded (`hq_register.names`: a few hundred), kept until a
    row of the register's tables changes."""
    key = ("names", tuple(ws.writer.generations[e] for e in _READS))
    cache = _CACHE.setdefault(ws, {})
    kept = cache.get(key)
    if kept is None:
        kept = {kind: {k: _folded(v) for k, v in found.items()}
                for kind, found in hq_register.names(ws.db.conn).items()}
        for old in [k for k in list(cache) if k[0] == "names"]:     # (a snapshot: a worker may read too)
            cache.pop(old, None)
        cache[key] = kept
    return kept


def details(ws: Workspace, request_id: str, today: dt.date | str | None = None) -> dict | None:
    """One live request of a live visit as `entries` gives it (every field, `status`,
    `status_label`, `late`, `check`), or None."""
    found = hq_register.requests_by_id(ws.db.conn, [request_id])
    if not found:
        return None
    row, day = found[0], _today(today)
    own = hq_register.checks(ws.db.conn, [request_id]).get(request_id, [])
    row["check"] = max(own, key=lambda c: (c[0] or "", c[1])) if own else None
    status = effective_status(row["stored_status"], row["deadline"], day, [c[:3] for c in own], row["status_on"])
    row["status"], row["status_label"], row["late"] = status, label(status), is_late(status, row["deadline"], day)
    return row


def texts(ws: Workspace, request_ids: Iterable[str] | None = None) -> dict[str, str]:
    """request id → its text ("" when none), for these requests (every live one when None)."""
    return hq_register.texts(ws.db.conn, request_ids)


def units(ws: Workspace) -> list[tuple[str, str, str | None]]:
    """(id, name, parent id) of every live unit, by name: what the register's unit filter lists
    (`ws.units.list()`'s units and order, without decoding every field of each)."""
    return hq_register.live_units(ws.db.conn)


def shown(ws: Workspace, request_ids: Iterable[str]) -> dict[str, tuple[str, str | None, str | None]]:
    """request id → (text, report number, report date), for these requests: what the window
    shows of the rows it paints beside `table`'s columns."""
    return hq_register.shown(ws.db.conn, request_ids)


def reports(ws: Workspace) -> dict[str, tuple[str | None, str | None]]:
    """request id → (report number, report date), every live request (a sort by report)."""
    return hq_register.reports(ws.db.conn)


def unit_names(ws: Workspace) -> dict[str, str]:
    """unit id → name, every unit (merged ones too: an old request names its unit)."""
    return hq_register.unit_names(ws.db.conn)
