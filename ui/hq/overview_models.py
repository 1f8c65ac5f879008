"""Table models of the Overview page: a view's figures (each number a `Cell` that lists
its visits), the visits behind a number, and nothing else. Read-only; no SQL (the rows
come from `inspector_app.hq.overview`)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from inspector_app.text import day as day_text

LINK = QColor("#1d4ed8")
TOTAL_KEYS = ("", None)


@dataclass(frozen=True)
class Column:
    """A column: its header, the row's key, how it is shown ("text", "count", "rate"),
    and whether its numbers list visits when clicked (the row's `cells[key]`)."""

    header: str
    key: str
    kind: str = "text"
    clickable: bool = False


def number(value, kind: str, lang: str) -> str:
    """"1.234" / "83,3 %" in Vietnamese, "1,234" / "83.3 %" in English; "—" for none."""
    if value is None:
        return "—"
    if kind == "rate":
        text = f"{value:.1f}"
        return (text if lang == "en" else text.replace(".", ",")) + " %"
    if kind == "count":
        text = f"{int(value):,}"
        return text if lang == "en" else text.replace(",", ".")
    return str(value)


_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ForegroundRole,
                    Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.UserRole})
_FONTS: dict[tuple[bool, bool], QFont] = {}


def _font(underline: bool, bold: bool) -> QFont:
    """The font of a cell, made once per kind: a table's rows are measured cell by cell
    (resizeRowsToContents), a new QFont each time cost a sixth of the page's building."""
    font = _FONTS.get((underline, bold))
    if font is None:
        font = _FONTS[(underline, bold)] = QFont()
        font.setUnderline(underline)
        font.setBold(bold)
    return font


class _RowsModel(QAbstractTableModel):
    """A table over `rows` (dicts), replaced whole by `set_rows`."""

    rows: list[dict]

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)


class FiguresModel(_RowsModel):
    """Rows of one Overview view (dicts) under `columns`; `cell(index)` is what a click lists.
    A row whose `total_key` is empty (the "Tổng cộng" row) is bold."""

    def __init__(self, columns: list[Column], lang: str = "vi", total_key: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self.columns, self.lang, self.total_key = columns, lang, total_key
        self.rows: list[dict] = []

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].header
            if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[section].kind != "text":
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def cell(self, index: QModelIndex):
        """The `Cell` behind a number, or None (a label, an empty count)."""
        if not index.isValid() or not self.columns[index.column()].clickable:
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if not row.get(column.key):
            return None
        return (row.get("cells") or {}).get(column.key)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if role not in _ROLES or not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None                   # the roles Qt asks for and no cell answers, first
        row, column = self.rows[index.row()], self.columns[index.column()]
        value = row.get(column.key)
        if role == Qt.ItemDataRole.DisplayRole:
            return number(value, column.kind, self.lang) if column.kind != "text" else str(value or "")
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind != "text":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self.cell(index) is not None:
            return QBrush(LINK)
        if role == Qt.ItemDataRole.FontRole:
            return _font(self.cell(index) is not None, self.total_key is not None and row.get(self.total_key)
                         in TOTAL_KEYS)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(value or "") if column.kind == "text" else None
        if role == Qt.ItemDataRole.UserRole:
            return self.cell(index)
        return None


class VisitListModel(_RowsModel):
    """The visits behind a number (`Overview.drill`): day, unit, kind, status, title,
    plan and team, and how many of the counted things each holds."""

    def __init__(self, headers: list[str], kinds: dict, statuses: dict, lang: str = "vi", parent=None) -> None:
        super().__init__(parent)
        self.headers, self.kinds, self.statuses, self.lang = headers, kinds, statuses, lang
        self.rows: list[dict] = []

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.headers):
            return self.headers[section]
        return None

    def visit_id(self, row: int) -> str | None:
        return self.rows[row]["id"] if 0 <= row < len(self.rows) else None

    def _pick(self, pair) -> str:
        return (pair[1] if self.lang == "en" else pair[0]) if pair else ""

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            team = " — ".join(filter(None, [row.get("plan_number"), row.get("team_name")]))
            values = [day_text(row.get("day")), row.get("unit_name") or "",
                      self._pick(self.kinds.get(row.get("kind"))), self._pick(self.statuses.get(row.get("status"))),
                      row.get("title") or "", team, number(row.get("n"), "count", self.lang)]
            return values[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 6:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row["id"]
        return None
