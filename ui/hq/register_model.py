"""The register of requests as a table: the core's rows (hq/register.py), filtered in memory.

`refresh()` reads the register once for the chosen period (one core query);
the status, unit and search filters and the sort then work on the rows held,
so typing in the search box never goes back to the database.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor

from inspector_app.changes import Changes
from inspector_app.hq import register
from inspector_app.hq.periods import Period

from ..models import RowsModel, format_date

_LATE = QColor("#b3261e")        # the red of a late request, readable on light and dark rows
_SOON = QColor("#9a5b00")


class RegisterModel(RowsModel):
    """Every request of every visit with its unit, deadline and effective status."""

    ENTITIES = ("request", "request_check", "visit", "org_unit", "checklist_item", "plan", "team")
    DEADLINE, STATUS, UNIT, TEXT, VISIT, REPORT = range(6)
    _SORT_KEYS: ClassVar[dict] = {
        DEADLINE: None,                                    # register.select's own order
        STATUS: lambda r: list(register.STATUSES).index(r["status"]),
        UNIT: lambda r: r["unit_name"] or "",
        TEXT: lambda r: r["text"] or "",
        VISIT: lambda r: r["visit_day"] or "",
        REPORT: lambda r: r["report_date"] or "",
    }

    def __init__(self, ws, lang: str = "vi", parent=None, today: dt.date | None = None) -> None:
        super().__init__(ws, lang, parent)
        self.today = today
        self.period: Period | None = None
        self.status: str | None = None
        self.unit_id: str | None = None
        self.text = ""
        self.sort_column, self.sort_order = self.DEADLINE, Qt.SortOrder.AscendingOrder
        self.all_rows: list[dict] = []
        self._subtree: dict[str, set[str]] = {}

    # -- reading ----------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the register again (after a change, or another period)."""
        self.all_rows = register.entries(self.ws, self.period, today=self.today)
        self._subtree.clear()
        self._select()

    def apply_changes(self, changes: Changes) -> bool:
        if changes.touches(*self.ENTITIES):
            self.refresh()
            return True
        return False

    def load(self) -> list[dict]:
        late = self.status == "late"
        return register.select(self.all_rows, status=None if late else self.status, unit_ids=self._units(),
                               search=self.text, late=late,
                               descending=self.sort_order == Qt.SortOrder.DescendingOrder)

    def _select(self) -> None:
        self.beginResetModel()
        rows = self.load()
        key = self._SORT_KEYS.get(self.sort_column)
        if key is not None:
            rows.sort(key=key, reverse=self.sort_order == Qt.SortOrder.DescendingOrder)
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

    def row(self, row: int) -> dict:
        return self._rows[row]

    def counts(self) -> tuple[int, int, int]:
        """(rows shown, rows of the period, late rows shown)."""
        return len(self._rows), len(self.all_rows), sum(r["late"] for r in self._rows)

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

    def cell(self, row: dict, column: int):
        if column == self.DEADLINE:
            return format_date(row["deadline"])
        if column == self.STATUS:
            return register.label(row["status"], self.lang)
        if column == self.UNIT:
            return row["unit_name"] or ""
        if column == self.TEXT:
            return row["text"] or ""
        if column == self.VISIT:
            return format_date(row["visit_day"])
        if not row["report_number"]:
            return ""
        return f"{row['report_number']} · {format_date(row['report_date'])}"

    def tooltip(self, row: dict, column: int):
        if column == self.TEXT:
            return row["text"]
        if column == self.UNIT:                    # the whole name, and the unit visited when another
            names = [row["unit_name"] or "", row["visited_unit_name"] or ""]
            return names[0] if names[1] in ("", names[0]) else "\n".join(names)
        if column == self.STATUS and row["status_reason"]:
            return row["status_reason"]
        if column == self.REPORT and row["report_media_ids"]:
            return self.tr("%n scan(s)", "", len(row["report_media_ids"]))
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and 0 <= index.row() < len(self._rows) \
                and index.column() in (self.DEADLINE, self.STATUS):
            row = self._rows[index.row()]
            if row["late"]:
                return _LATE
            return _SOON if row["status"] == "due_soon" else None
        return super().data(index, role)

    def index_of(self, request_id: str) -> QModelIndex:
        for n, row in enumerate(self._rows):
            if row["id"] == request_id:
                return self.index(n, 0)
        return QModelIndex()
