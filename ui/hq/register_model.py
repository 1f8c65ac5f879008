"""The register of requests as a table: the core's entries (hq/register.listing), filtered in memory.

`refresh()` reads the register once for the chosen period (one core query, the
few fields each row shows, sorts and filters by); the status, unit and search
filters and the sort then work on the entries held, so typing in the search box
never goes back to the database for the list. What only some rows need is read
when they need it: the texts of the rows painted (a few hundred at a time), the
whole request when it is selected or its tooltip asked for.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor

from inspector_app.changes import Changes
from inspector_app.hq import register
from inspector_app.hq.periods import Period

from ..models import ID_ROLE, RowsModel, format_date

_LATE = QColor("#b3261e")        # the red of a late request, readable on light and dark rows
_SOON = QColor("#9a5b00")
_TEXTS_AT_ONCE = 300             # texts read together when a row without one is painted
_ORDER = {code: n for n, code in enumerate(register.STATUSES)}
_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole, ID_ROLE})


class RegisterModel(RowsModel):
    """Every request of every visit with its unit, deadline and effective status."""

    ENTITIES = ("request", "request_check", "visit", "org_unit", "checklist_item", "plan", "team")
    DEADLINE, STATUS, UNIT, TEXT, VISIT, REPORT = range(6)
    _SORT_KEYS: ClassVar[dict] = {
        DEADLINE: None,                                    # register.listing's own order
        STATUS: lambda self, e: _ORDER.get(e.status, len(_ORDER)),
        UNIT: lambda self, e: self.unit_name(e),
        TEXT: lambda self, e: self._texts.get(e.id, ""),
        VISIT: lambda self, e: e.visit_day or "",
        REPORT: lambda self, e: e.report_date or "",
    }

    def __init__(self, ws, lang: str = "vi", parent=None, today: dt.date | None = None) -> None:
        super().__init__(ws, lang, parent)
        self.today = today
        self.period: Period | None = None
        self.status: str | None = None
        self.unit_id: str | None = None
        self.text = ""
        self.sort_column, self.sort_order = self.DEADLINE, Qt.SortOrder.AscendingOrder
        self.all_rows: list[register.Entry] = []
        self.names: dict[str, str] = {}
        self._texts: dict[str, str] = {}
        self._details: dict[str, dict | None] = {}
        self._subtree: dict[str, set[str]] = {}

    # -- reading ----------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the register again (after a change, or another period)."""
        self.all_rows = register.listing(self.ws, self.period, today=self.today)
        self.names = register.unit_names(self.ws)
        self._texts.clear()
        self._details.clear()
        self._subtree.clear()
        self._select()

    def apply_changes(self, changes: Changes) -> bool:
        if changes.touches(*self.ENTITIES):
            self.refresh()
            return True
        return False

    def load(self) -> list[register.Entry]:
        late = self.status == "late"
        return register.pick(self.ws, self.all_rows, status=None if late else self.status, unit_ids=self._units(),
                             search=self.text, late=late,
                             descending=self.sort_order == Qt.SortOrder.DescendingOrder)

    def _select(self) -> None:
        self.beginResetModel()
        rows = self.load()
        key = self._SORT_KEYS.get(self.sort_column)
        if key is not None:
            if self.sort_column == self.TEXT and len(self._texts) < len(self.all_rows):
                self._texts = register.texts(self.ws)
            rows.sort(key=lambda e: key(self, e), reverse=self.sort_order == Qt.SortOrder.DescendingOrder)
        self._rows = rows
        self.endResetModel()

    def _units(self) -> set[str] | None:
        """The chosen unit and every unit under it."""
        if not self.unit_id:
            return None
        if self.unit_id not in self._subtree:
            children: dict[str, list[str]] = {}
            for unit in self.ws.units.list():
                children.setdefault(unit.get("parent_id") or "", []).append(unit["id"])
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
        request_id = self._rows[row].id
        if request_id not in self._details:
            self._details[request_id] = register.details(self.ws, request_id, self.today)
        return self._details[request_id]

    def row_id(self, row: int) -> str:
        return self._rows[row].id

    def counts(self) -> tuple[int, int, int]:
        """(rows shown, rows of the period, late rows shown)."""
        return len(self._rows), len(self.all_rows), sum(e.late for e in self._rows)

    def unit_name(self, entry: register.Entry) -> str:
        """The unit that must act, else the unit visited (as `register.entries`' unit_name)."""
        return self.names.get(entry.unit_id or "") or self.names.get(entry.visited_unit_id or "") or ""

    def _text(self, n: int) -> str:
        """The text of the row at `n`, read with those of the rows after it if not held."""
        entry = self._rows[n]
        if entry.id not in self._texts:
            missing = [e.id for e in self._rows[n:n + _TEXTS_AT_ONCE] if e.id not in self._texts]
            self._texts.update(dict.fromkeys(missing, ""))       # a request gone since: not asked again
            self._texts.update(register.texts(self.ws, missing))
        return self._texts.get(entry.id, "")

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

    def cell(self, row: register.Entry, column: int):
        if column == self.DEADLINE:
            return format_date(row.deadline)
        if column == self.STATUS:
            return register.label(row.status, self.lang)
        if column == self.UNIT:
            return self.unit_name(row)
        if column == self.TEXT:
            return self._texts.get(row.id, "")
        if column == self.VISIT:
            return format_date(row.visit_day)
        if not row.report_number:
            return ""
        return f"{row.report_number} · {format_date(row.report_date)}"

    def tooltip(self, n: int, column: int):
        row = self._rows[n]
        if column == self.TEXT:
            return self._text(n)
        if column == self.UNIT:                    # the whole name, and the unit visited when another
            names = [self.unit_name(row), self.names.get(row.visited_unit_id or "") or ""]
            return names[0] if names[1] in ("", names[0]) else "\n".join(names)
        if column == self.STATUS or (column == self.REPORT and row.report_number):
            found = self.row(n)
            if found is None:
                return None
            if column == self.STATUS:
                return found["status_reason"] or None
            if found["report_media_ids"]:
                return self.tr("%n scan(s)", "", len(found["report_media_ids"]))
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role not in _ROLES or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None                   # the roles Qt asks each painted cell for and none answers, first
        n, column = index.row(), index.column()
        row = self._rows[n]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TEXT:
                return self._text(n)
            return self.cell(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column in (self.DEADLINE, self.STATUS):
            if row.late:
                return _LATE
            return _SOON if row.status == "due_soon" else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(n, column)
        if role == ID_ROLE:
            return row.id
        return None

    def index_of(self, request_id: str) -> QModelIndex:
        for n, row in enumerate(self._rows):
            if row.id == request_id:
                return self.index(n, 0)
        return QModelIndex()
