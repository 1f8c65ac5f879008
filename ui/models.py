"""Table models fed from the core's queries and refreshed by `Changes`.

Each model holds plain dicts read through the workspace services; it never
writes SQL. `refresh()` reloads everything; `apply_changes(changes)` reloads
only when the mutation touched an entity the model shows.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from inspector_app.changes import Changes
from inspector_app.services.visits import KINDS, STATUSES
from inspector_app.text import day

ID_ROLE = Qt.ItemDataRole.UserRole
"""Data role returning the row's id (any column)."""

_DISPLAY = Qt.ItemDataRole.DisplayRole
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def label(pair: tuple[str, str] | None, lang: str, fallback: str = "") -> str:
    """The Vietnamese or English half of a core (vi, en) label pair."""
    if pair is None:
        return fallback
    return pair[1] if lang == "en" else pair[0]


def format_date(iso: str | None) -> str:
    """"2026-11-20" → "20/11/2026" (the Vietnamese order); "" for None: the core's own rule."""
    return day(iso)


def time_of(iso: str | None) -> str:
    """"2026-11-20T08:05:24+07:00" → "08:05" (the wall-clock time recorded, no seconds); "" for None."""
    if not iso:
        return ""
    import datetime as dt

    try:
        moment = dt.datetime.fromisoformat(iso)
    except ValueError:
        return ""
    return moment.strftime("%H:%M")   # the time on the inspector's watch there, as recorded


def amendment_pending(ws, visit_id: str) -> bool:
    """Whether the visit has an amendment (biên bản bổ sung) opened and not signed yet."""
    current = ws.minutes.current(visit_id)
    return bool(current and current["status"] == "draft" and current["amends_id"])


def status_text(status: str, amending: bool, lang: str) -> str:
    """The status as a person reads it: a concluded visit whose amendment is not signed
    says so, not "Concluded"."""
    if amending:
        return QCoreApplication.translate("VisitsModel", "Amendment not signed yet")
    return label(STATUSES.get(status), lang, status)


def reload_if_touched(model, changes: Changes) -> bool:
    """`model.refresh()` if `changes` touch one of `model.ENTITIES`; returns whether it did.

    The `apply_changes` of every model that simply reloads."""
    if changes.touches(*model.ENTITIES):
        model.refresh()
        return True
    return False


class RowsModel(QAbstractTableModel):
    """A read-only table over a list of dicts; subclasses say what to load and show."""

    ENTITIES: tuple[str, ...] = ()
    """Entities whose changes make `apply_changes` reload."""

    def __init__(self, ws, lang: str = "vi", parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.lang = lang
        self._rows: list[dict] = []

    # -- subclass hooks ----------------------------------------------------------
    def load(self) -> list[dict]:
        raise NotImplementedError

    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, row: dict, column: int) -> str | int:
        raise NotImplementedError

    def alignment(self, column: int):
        return None

    def tooltip(self, row: dict, column: int) -> str | None:
        return None

    # -- refreshing --------------------------------------------------------------
    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = self.load()
        self.endResetModel()

    def apply_changes(self, changes: Changes) -> bool:
        return reload_if_touched(self, changes)

    def row_id(self, row: int) -> str:
        return self._rows[row]["id"]

    def rows(self) -> list[dict]:
        """The rows shown, as the core returned them."""
        return list(self._rows)

    # -- Qt overrides ------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.headers())

    def data(self, index, role=_DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == _DISPLAY:
            return self.cell(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = self.alignment(column)
            return None if align is None else int(align.value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == ID_ROLE:
            return row["id"]
        return None

    def headerData(self, section, orientation, role=_DISPLAY):
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            names = self.headers()
            return names[section] if 0 <= section < len(names) else None
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            align = self.alignment(section)
            return int((align if align is not None else _LEFT).value)
        # Not super().headerData(): PySide6 6.12.0 hands the base class's invalid
        # QVariant to Python as None without a reference (tests/ui/test_refcounts.py).
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class VisitRowsModel(RowsModel):
    """A RowsModel over one visit's rows (findings, requests, participants)."""

    def __init__(self, ws, visit_id: str, lang: str = "vi", parent=None) -> None:
        super().__init__(ws, lang, parent)
        self.visit_id = visit_id


class VisitsModel(RowsModel):
    """A page of visits, newest first, optionally narrowed by a search text.

    `set_text("phuong ba dinh")` filters through the core's accent-free search.
    """

    ENTITIES = ("visit", "visit_checklist", "observation", "org_unit", "plan", "team", "minutes")
    DATE, TITLE, UNIT, KIND, STATUS, ANSWERED = range(6)

    def __init__(self, ws, lang: str = "vi", limit: int = 500, parent=None) -> None:
        super().__init__(ws, lang, parent)
        self.limit = limit
        self.text = ""
        self.filters: dict = {}

    def set_text(self, text: str) -> None:
        text = text.strip()
        if text != self.text:
            self.text = text
            self.refresh()

    def set_filters(self, **filters) -> None:
        """Narrow by status (one or a list), unit_id, plan_id, kind or day; None = any."""
        filters = {k: v for k, v in filters.items() if v not in (None, "")}
        if filters != self.filters:
            self.filters = filters
            self.refresh()

    def load(self) -> list[dict]:
        rows = self.ws.visits.list(text=self.text or None, limit=self.limit, **self.filters)
        for row in rows:
            row["amending"] = row["status"] == "concluded" and amendment_pending(self.ws, row["id"])
        return rows

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("VisitsModel", "Date"),
                QCoreApplication.translate("VisitsModel", "Visit"),
                QCoreApplication.translate("VisitsModel", "Unit"),
                QCoreApplication.translate("VisitsModel", "Kind of visit"),
                QCoreApplication.translate("VisitsModel", "Status"),
                QCoreApplication.translate("VisitsModel", "Answered")]

    def cell(self, row: dict, column: int):
        if column == self.DATE:
            # With the arrival time: two visits of one unit on one day tell apart.
            arrived = row["arrived_at"] and time_of(row["arrived_at"])
            return format_date(row["scheduled_on"]) + (f" {arrived}" if arrived else "")
        if column == self.TITLE:
            return row["title"] or ""
        if column == self.UNIT:
            return row["unit_name"] or ""
        if column == self.KIND:
            return label(KINDS.get(row["kind"]), self.lang, row["kind"])
        if column == self.STATUS:
            return status_text(row["status"], row["amending"], self.lang)
        return f"{row['answered']}/{row['items']}"

    def alignment(self, column: int):
        return RIGHT if column == self.ANSWERED else None

    def tooltip(self, row: dict, column: int):
        if column == self.TITLE:
            return row["title"]
        if column == self.ANSWERED:
            return QCoreApplication.translate("VisitsModel", "Checklist items answered: %1 of %2") \
                .replace("%1", str(row["answered"])).replace("%2", str(row["items"]))
        return None
