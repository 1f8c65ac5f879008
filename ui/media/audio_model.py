"""The audio lists: a visit's recordings and its bookmarks (offsets linked to items)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from inspector_app.changes import Changes
from inspector_app.errors import InspectorError

from ..icons import icon
from ..models import reload_if_touched
from .common import ID_ROLE, OFFSET_ROLE, STATE_ROLE, format_captured, format_ms, target_label

_DISPLAY = Qt.ItemDataRole.DisplayRole
_DECORATION = Qt.ItemDataRole.DecorationRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ITEM_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class RecordingsModel(QAbstractListModel):
    """The visit's recordings: name, duration, how many bookmarks; missing files flagged."""

    ENTITIES = ("media", "evidence_link")

    def __init__(self, ws, visit_id: str, lang: str = "vi", parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.visit_id = visit_id
        self.lang = lang
        self._rows: list[dict] = []

    def refresh(self) -> None:
        self.beginResetModel()
        counts: dict[str, int] = {}
        for bookmark in self.ws.media.bookmarks(self.visit_id):
            counts[bookmark["media_id"]] = counts.get(bookmark["media_id"], 0) + 1
        self._rows = [{**row, "bookmarks": counts.get(row["id"], 0),
                       "missing": not self.ws.media.blob_path(row["sha256"]).is_file()}
                      for row in self.ws.media.of_kind(self.visit_id, "audio")]
        self.endResetModel()

    def apply_changes(self, changes: Changes) -> bool:
        return reload_if_touched(self, changes)

    def media_id(self, row: int) -> str:
        return self._rows[row]["id"]

    def problem_of(self, row: int) -> str | None:
        item = self._rows[row]
        if item["missing"]:
            return InspectorError("media_missing", name=item["original_name"] or item["id"]).message(self.lang)
        return None

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index, role=_DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == _DISPLAY:
            parts = [row["original_name"] or "", format_ms(row["duration_ms"])]
            if row["bookmarks"]:
                parts.append(QCoreApplication.translate("RecordingsModel", "%1 bookmark(s)")
                             .replace("%1", str(row["bookmarks"])))
            return " · ".join(parts)
        if role == _DECORATION:
            return icon("alert-triangle" if row["missing"] else "microphone")
        if role == _TOOLTIP:
            lines = [row["original_name"] or ""]
            if row["captured_at"]:
                lines.append(QCoreApplication.translate("RecordingsModel", "Recorded at %1")
                             .replace("%1", format_captured(row["captured_at"])))
            problem = self.problem_of(index.row())
            if problem:
                lines.append(problem)
            return "\n".join(lines)
        if role == ID_ROLE:
            return row["id"]
        if role == STATE_ROLE:
            return "missing" if row["missing"] else "ready"
        return None

    def flags(self, index):
        return _ITEM_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags


class BookmarksModel(QAbstractTableModel):
    """Bookmarks: offset, item, recording — of the current item, or of the whole visit.

    Bookmarks taken during a recording still in progress are listed too
    (`set_pending`), marked as not yet saved."""

    ENTITIES = ("media", "evidence_link", "checklist_item", "finding")
    OFFSET, TARGET, RECORDING = range(3)

    def __init__(self, ws, visit_id: str, lang: str = "vi", parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.visit_id = visit_id
        self.lang = lang
        self.target: tuple[str, str] | None = None
        self.only_target = True
        self._pending: list[dict] = []
        self._rows: list[dict] = []
        self._stored: list[dict] | None = None   # every bookmark of the visit, read when stored ones change

    def refresh(self) -> None:
        """Read the visit's bookmarks again (they changed), then show those of the target."""
        self._stored = None
        self._show()

    def _show(self) -> None:
        """Show the bookmarks of the target; moving from item to item reads nothing."""
        if self._stored is None:
            self._stored = self.ws.media.bookmarks(self.visit_id)
        self.beginResetModel()
        target_id = self.target[1] if self.target and self.only_target else None
        stored = [b for b in self._stored if target_id is None or b["target_id"] == target_id]
        pending = [p for p in self._pending if target_id is None or p["target_id"] == target_id]
        labels: dict[tuple[str, str], str] = {}
        rows = []
        for bookmark in [*stored, *pending]:
            key = (bookmark["target_kind"], bookmark["target_id"])
            if key not in labels:
                labels[key] = target_label(self.ws, *key, self.lang)
            rows.append({**bookmark, "target_label": labels[key]})
        self._rows = rows
        self.endResetModel()

    def apply_changes(self, changes: Changes) -> bool:
        return reload_if_touched(self, changes)

    def set_target(self, kind: str | None, target_id: str | None) -> None:
        self.target = (kind, target_id) if kind and target_id else None
        self._show()

    def set_only_target(self, only: bool) -> None:
        self.only_target = only
        self._show()

    def set_pending(self, pending: list[dict]) -> None:
        """Bookmarks of the recording in progress: dicts with target_kind, target_id, offset_ms."""
        name = QCoreApplication.translate("BookmarksModel", "(recording, not saved yet)")
        self._pending = [{"id": None, "media_id": None, "media_name": name, "pending": True, **p}
                         for p in pending]
        self._show()

    def bookmark(self, row: int) -> dict:
        return self._rows[row]

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("BookmarksModel", "At"),
                QCoreApplication.translate("BookmarksModel", "Item"),
                QCoreApplication.translate("BookmarksModel", "Recording")]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 3

    def data(self, index, role=_DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role in (_DISPLAY, _TOOLTIP):
            if column == self.OFFSET:
                return format_ms(row["offset_ms"])
            if column == self.TARGET:
                return row["target_label"]
            return row["media_name"] or ""
        if role == ID_ROLE:
            return row["id"] or ""
        if role == OFFSET_ROLE:
            return int(row["offset_ms"])
        if role == Qt.ItemDataRole.ForegroundRole and row.get("pending"):
            from PySide6.QtGui import QColor

            return QColor("#8a5a00")
        return None

    def headerData(self, section, orientation, role=_DISPLAY):
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY and 0 <= section < 3:
            return self.headers()[section]
        return None  # never super().headerData(): tests/ui/test_refcounts.py

    def flags(self, index):
        return _ITEM_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags
