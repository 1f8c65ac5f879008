"""The register of requests as a table: the core's table (hq/register.table), filtered in memory.

`refresh()` reads the register once for the chosen period (one core query: the few
fields each row shows, sorts and filters by, by column); the status, unit and search
filters and the sort then work on the table held, as lists of its row numbers, so
typing in the search box never goes back to the database for the list and no row is
copied. What only some rows need is read when they need it: the texts and the
unit's reports (number, date) of the rows painted (a few hundred at a time), the
whole request when it is selected or its tooltip asked for.
"""

from __future__ import annotations

import datetime as dt
from itertools import repeat

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor

from inspector_app.changes import Changes
from inspector_app.hq import register
from inspector_app.hq.periods import Period

from ..models import ID_ROLE, RowsModel, format_date

_LATE = QColor("#b3261e")        # the red of a late request, readable on light and dark rows
_SOON = QColor("#9a5b00")
_TEXTS_AT_ONCE = 300             # rows whose texts and reports are read together when one is painted
_ORDER = {code: n for n, code in enumerate(register.STATUSES)}
_DISPLAY, _FOREGROUND = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ROLES = frozenset({_DISPLAY, _FOREGROUND, _TOOLTIP, ID_ROLE})


class RegisterModel(RowsModel):
    """Every request of every visit with its unit, deadline and effective status.

    `table` is the core's reading (`register.Table`, by column); `_rows` the table's row
    numbers shown, in the order shown."""

    ENTITIES = ("request", "request_check", "visit", "org_unit", "checklist_item", "plan", "team")
    DEADLINE, STATUS, UNIT, TEXT, VISIT, REPORT = range(6)

    def __init__(self, ws, lang: str = "vi", parent=None, today: dt.date | None = None) -> None:
        super().__init__(ws, lang, parent)
        self.today = today
        self.period: Period | None = None
        self.status: str | None = None
        self.unit_id: str | None = None
        self.text = ""
        self.sort_column, self.sort_order = self.DEADLINE, Qt.SortOrder.AscendingOrder
        self.table: register.Table = register.EMPTY_TABLE
        self._rows: list[int] = []            # type: ignore[assignment]  # row numbers of `table`
        self.names: dict[str, str] = {}
        self._labels = {code: register.label(code, lang) for code in register.STATUSES}
        self._texts: dict[str, str] = {}           # every text, once sorted by text
        self._reports: dict[str, tuple] = {}       # every (report number, date), once sorted by report
        self._shown: dict[str, tuple] = {}         # (text, report number, date) of the rows painted
        self._details: dict[str, dict | None] = {}
        self._subtree: dict[str, set[str]] = {}

    # -- reading ----------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the register again (after a change, or another period)."""
        self.table = register.table(self.ws, self.period, today=self.today)
        self.names = register.unit_names(self.ws)
        self._texts.clear()
        self._reports.clear()
        self._shown.clear()
        self._details.clear()
        self._subtree.clear()
        self._select()

    def apply_changes(self, changes: Changes) -> bool:
        if changes.touches(*self.ENTITIES):
            self.refresh()
            return True
        return False

    def load(self) -> list[int]:
        """The row numbers of `table` that the filters keep, in the register's order (reversed
        when sorted descending)."""
        late = self.status == "late"
        return register.rows_of(self.ws, self.table, status=None if late else self.status, unit_ids=self._units(),
                                search=self.text, late=late,
                                descending=self.sort_order == Qt.SortOrder.DescendingOrder)

    def _sort_keys(self, column: int) -> list | None:
        """Each row's key (by row number of `table`) for a sort by `column`; None: the
        register's own order."""
        table = self.table
        if column == self.STATUS:
            return list(map(_ORDER.get, table.statuses, repeat(len(_ORDER))))
        if column == self.UNIT:
            names = self.names
            return [names.get(unit or "") or names.get(visited or "") or ""
                    for unit, visited in zip(table.unit_ids, table.visited_unit_ids)]
        if column == self.TEXT:
            if len(self._texts) < len(table):
                self._texts = register.texts(self.ws)
            return list(map(self._texts.get, table.ids, repeat("")))
        if column == self.VISIT:
            return [day or "" for day in table.visit_days]
        if column == self.REPORT:
            if len(self._reports) < len(table):
                self._reports = register.reports(self.ws)
            return [(self._reports.get(request_id) or (None, None))[1] or "" for request_id in table.ids]
        return None

    def _select(self) -> None:
        self.beginResetModel()
        rows = self.load()
        keys = self._sort_keys(self.sort_column)
        if keys is not None:
            rows.sort(key=keys.__getitem__, reverse=self.sort_order == Qt.SortOrder.DescendingOrder)
        self._rows = rows
        self.endResetModel()

    def _units(self) -> set[str] | None:
        """The chosen unit and every unit under it."""
        if not self.unit_id:
            return None
        if self.unit_id not in self._subtree:
            children: dict[str, list[str]] = {}
            for unit_id, _name, parent_id in register.units(self.ws):
                children.setdefault(parent_id or "", []).append(unit_id)
            found, todo = set(), [self.unit_id]
            while todo:
                current = todo.pop()
                if current not in found:
                    found.add(current)
                    todo.extend(children.get(current, ()))
            self._subtree[self.unit_id] = found
        return self._subtree[self.unit_id]

    # -- filters ------------------------------------------------------------------------
    def set_period(self, period: Period | None) -> None:
        if period != self.period:
            self.period = period
            self.refresh()

    def set_filters(self, *, status: str | None = None, unit_id: str | None = None) -> None:
        """`status`: an effective status, "outstanding", "late" or None (all); `unit_id` with its sub-units."""
        if (status, unit_id) != (self.status, self.unit_id):
            self.status, self.unit_id = status, unit_id
            self._select()

    def set_text(self, text: str) -> None:
        text = text.strip()
        if text != self.text:
            self.text = text
            self._select()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < self.columnCount() and (column, order) != (self.sort_column, self.sort_order):
            self.sort_column, self.sort_order = column, order
            self._select()

    def row(self, row: int) -> dict | None:
        """The request shown at `row` as `register.entries` gives it (every field), or None
        if it is gone since the reading."""
        request_id = self.table.ids[self._rows[row]]
        if request_id not in self._details:
            self._details[request_id] = register.details(self.ws, request_id, self.today)
        return self._details[request_id]

    def row_id(self, row: int) -> str:
        return self.table.ids[self._rows[row]]

    def counts(self) -> tuple[int, int, int]:
        """(rows shown, rows of the period, late rows shown)."""
        late = self.table.late
        shown = sum(late) if len(self._rows) == len(late) else sum(map(late.__getitem__, self._rows))
        return len(self._rows), len(self.table), shown

    def unit_name(self, n: int) -> str:
        """The unit that must act, else the unit visited, of `table`'s row `n` (as
        `register.entries`' unit_name)."""
        return self.names.get(self.table.unit_ids[n] or "") or self.names.get(self.table.visited_unit_ids[n] or "") \
            or ""

    def _painted(self, at: int) -> tuple[str, str | None, str | None]:
        """(text, report number, report date) of the row shown at `at`, read with those of
        the rows shown after it if not held."""
        ids = self.table.ids
        request_id = ids[self._rows[at]]
        found = self._shown.get(request_id)
        if found is None:
            missing = [ids[n] for n in self._rows[at:at + _TEXTS_AT_ONCE] if ids[n] not in self._shown]
            self._shown.update(dict.fromkeys(missing, ("", None, None)))   # a request gone since: not asked again
            self._shown.update(register.shown(self.ws, missing))
            found = self._shown[request_id]
        return found

    # -- showing ------------------------------------------------------------------------
    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 6       # asked for every cell painted: not via headers()

    def headers(self) -> list[str]:
        # Each literal in its own translate call: lupdate reads only those.
        return [QCoreApplication.translate("RegisterModel", "Deadline"),
                QCoreApplication.translate("RegisterModel", "Status"),
                QCoreApplication.translate("RegisterModel", "Unit to act"),
                QCoreApplication.translate("RegisterModel", "Request"),
                QCoreApplication.translate("RegisterModel", "Visited on"),
                QCoreApplication.translate("RegisterModel", "Unit's report")]

    def cell(self, at: int, column: int):        # type: ignore[override]  # the row shown
        table, n = self.table, self._rows[at]
        if column == self.DEADLINE:
            return format_date(table.deadlines[n])
        if column == self.STATUS:
            return self._labels.get(table.statuses[n]) or register.label(table.statuses[n], self.lang)
        if column == self.UNIT:
            return self.unit_name(n)
        if column == self.VISIT:
            return format_date(table.visit_days[n])
        text, number, date = self._painted(at)
        if column == self.TEXT:
            return text
        return f"{number} · {format_date(date)}" if number else ""

    def tooltip(self, at: int, column: int):      # type: ignore[override]  # the row shown
        n, table = self._rows[at], self.table
        if column == self.TEXT:
            return self._painted(at)[0]
        if column == self.UNIT:                    # the whole name, and the unit visited when another
            names = [self.unit_name(n), self.names.get(table.visited_unit_ids[n] or "") or ""]
            return names[0] if names[1] in ("", names[0]) else "\n".join(names)
        if column == self.STATUS or (column == self.REPORT and self._painted(at)[1]):
            found = self.row(at)
            if found is None:
                return None
            if column == self.STATUS:
                return found["status_reason"] or None
            if found["report_media_ids"]:
                return self.tr("%n scan(s)", "", len(found["report_media_ids"]))
        return None

    def data(self, index, role=_DISPLAY):
        # Asked for every role of every cell painted: the roles none answers first, the
        # display next, each a look-up in the table's columns.
        if role not in _ROLES or not index.isValid():
            return None
        at = index.row()
        if not 0 <= at < len(self._rows):
            return None
        if role == _DISPLAY:
            return self.cell(at, index.column())
        if role == _FOREGROUND:
            if index.column() > self.STATUS:
                return None
            n = self._rows[at]
            if self.table.late[n]:
                return _LATE
            return _SOON if self.table.statuses[n] == "due_soon" else None
        if role == _TOOLTIP:
            return self.tooltip(at, index.column())
        return self.table.ids[self._rows[at]]     # ID_ROLE

    def index_of(self, request_id: str) -> QModelIndex:
        ids = self.table.ids
        for at, n in enumerate(self._rows):
            if ids[n] == request_id:
                return self.index(at, 0)
        return QModelIndex()
