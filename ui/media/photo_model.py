"""`PhotosModel`: a visit's photos for the thumbnail strip (one QAbstractListModel).

Thumbnails are files made off the UI thread (`inspector_app.media_tools`);
the model only loads the small JPEGs, shows a placeholder while one is being
made or when the original is missing or unreadable, and marks the photos
linked to the current item or finding with a badge.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QSize, Qt
from PySide6.QtGui import QIcon, QPixmap

from inspector_app import media_tools
from inspector_app.changes import Changes
from inspector_app.errors import InspectorError

from .common import (
    ID_ROLE,
    LINKED_ROLE,
    LOADING,
    MISSING,
    READY,
    STATE_ROLE,
    UNREADABLE,
    format_captured,
    placeholder,
    tile,
)

_DISPLAY = Qt.ItemDataRole.DisplayRole
_DECORATION = Qt.ItemDataRole.DecorationRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole


class PhotosModel(QAbstractListModel):
    """The photos of one visit, oldest capture first."""

    ENTITIES = ("media", "evidence_link")

    def __init__(self, ws, visit_id: str, lang: str = "vi", size: int = media_tools.THUMB_SIZE,
                 parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.visit_id = visit_id
        self.lang = lang
        self.size = size
        self.target: tuple[str, str] | None = None
        self.only_linked = False
        self._all: list[dict] = []
        self._rows: list[dict] = []
        self._links: dict[str, set[tuple[str, str]]] = {}
        self._state: dict[str, str] = {}
        self._errors: dict[str, str] = {}
        self._icons: dict[tuple[str, bool], QIcon] = {}

    # -- loading ---------------------------------------------------------------------
    def refresh(self) -> None:
        self.beginResetModel()
        self._all = self.ws.media.of_kind(self.visit_id, "photo")
        self._load_links()
        for row in self._all:
            state = self._initial_state(row)
            if self._state.get(row["id"]) != state:  # e.g. the original went missing
                self._icons.pop((row["id"], False), None)
                self._icons.pop((row["id"], True), None)
            self._state[row["id"]] = state
        self._rows = self._visible()
        self.endResetModel()

    def apply_changes(self, changes: Changes) -> bool:
        """Reload on new photos; on link changes only repaint the badges."""
        if changes.touches("media"):
            self.refresh()
            return True
        if changes.touches("evidence_link"):
            if self.only_linked:
                self.refresh()
            else:
                self._load_links()
                self._repaint_all()
            return True
        return False

    def _load_links(self) -> None:
        self._links = {}
        for link in self.ws.media.links(self.visit_id):
            self._links.setdefault(link["media_id"], set()).add((link["target_kind"], link["target_id"]))

    def _visible(self) -> list[dict]:
        if not self.only_linked:
            return list(self._all)
        return [row for row in self._all if self.is_linked(row["id"])]

    def _initial_state(self, row: dict) -> str:
        media_id = row["id"]
        if media_id in self._errors:
            return UNREADABLE
        if not self.ws.media.blob_path(row["sha256"]).is_file():
            return MISSING
        if media_tools.thumb_path(self.ws, row["sha256"], self.size).is_file():
            return READY
        return LOADING

    # -- the current item --------------------------------------------------------------
    def set_target(self, kind: str | None, target_id: str | None) -> None:
        """The item or finding whose photos get a badge (None: no badge)."""
        self.target = (kind, target_id) if kind and target_id else None
        if self.only_linked:
            self.refresh()
        else:
            self._repaint_all()

    def set_only_linked(self, only: bool) -> None:
        if only != self.only_linked:
            self.only_linked = only
            self.refresh()

    def is_linked(self, media_id: str) -> bool:
        return self.target is not None and self.target in self._links.get(media_id, ())

    def linked_count(self) -> int:
        return sum(1 for row in self._all if self.is_linked(row["id"]))

    def _repaint_all(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1), [_DECORATION, LINKED_ROLE])

    # -- thumbnails ----------------------------------------------------------------------
    def pending_thumbnails(self) -> list[media_tools.ThumbRequest]:
        """Photos still showing the loading placeholder (to hand to a worker)."""
        return [media_tools.ThumbRequest(row["id"], row["sha256"], row["original_name"] or "")
                for row in self._all if self._state.get(row["id"]) == LOADING]

    def thumbnail_done(self, media_id: str, outcome: Path | InspectorError) -> None:
        """A worker made (or failed to make) the thumbnail of `media_id`."""
        if isinstance(outcome, InspectorError):
            state = MISSING if outcome.code == "media_missing" else UNREADABLE
            self._errors[media_id] = outcome.message(self.lang)
        else:
            state = READY
        self._state[media_id] = state
        for key in [(media_id, False), (media_id, True)]:
            self._icons.pop(key, None)
        row = self.row_of(media_id)
        if row is not None:
            self.dataChanged.emit(self.index(row), self.index(row), [_DECORATION, STATE_ROLE, _TOOLTIP])

    def state_of(self, media_id: str) -> str | None:
        return self._state.get(media_id)

    def problem_of(self, media_id: str) -> str | None:
        """Why a photo shows a placeholder, in words that say what to do (None if fine)."""
        state = self._state.get(media_id)
        if state == MISSING:
            row = next((r for r in self._all if r["id"] == media_id), None)
            name = (row or {}).get("original_name") or media_id
            return InspectorError("media_missing", name=name).message(self.lang)
        if state == UNREADABLE:
            return self._errors.get(media_id)
        return None

    def problems(self) -> list[str]:
        return [text for row in self._all if (text := self.problem_of(row["id"]))]

    # -- access ----------------------------------------------------------------------------
    def row_of(self, media_id: str) -> int | None:
        return next((n for n, row in enumerate(self._rows) if row["id"] == media_id), None)

    def media_id(self, row: int) -> str:
        return self._rows[row]["id"]

    def media_row(self, row: int) -> dict:
        return self._rows[row]

    def ids(self) -> list[str]:
        return [row["id"] for row in self._rows]

    def _icon(self, row: dict) -> QIcon:
        """The thumbnail as an icon (the view scales it to its icon size)."""
        media_id = row["id"]
        linked = self.is_linked(media_id)
        key = (media_id, linked)
        if key not in self._icons:
            state = self._state.get(media_id, LOADING)
            base = QPixmap()
            if state == READY:
                base = QPixmap(str(media_tools.thumb_path(self.ws, row["sha256"], self.size)))
                if base.isNull():  # the cached file vanished or is damaged: make it again
                    self._state[media_id] = LOADING
                    state = LOADING
            if base.isNull():
                base = placeholder(state, QSize(self.size, self.size * 3 // 4))
            self._icons[key] = QIcon(tile(base, self.size, badge=linked))
        return self._icons[key]

    def _caption(self, row: dict) -> str:
        return format_captured(row["captured_at"], short=True) or row["original_name"] or ""

    def _tooltip(self, row: dict) -> str:
        lines = [row["original_name"] or ""]
        if row["captured_at"]:
            taken = QCoreApplication.translate("PhotosModel", "Taken at %1")
            lines.append(taken.replace("%1", format_captured(row["captured_at"])))
        if row["width"] and row["height"]:
            lines.append(f"{row['width']} × {row['height']}")
        count = len(self._links.get(row["id"], ()))
        if count:
            linked = QCoreApplication.translate("PhotosModel", "Linked to %1 item(s) or finding(s)")
            lines.append(linked.replace("%1", str(count)))
        problem = self.problem_of(row["id"])
        if problem:
            lines.append(problem)
        return "\n".join(lines)

    # -- Qt overrides (never super().data(): see tests/ui/test_refcounts.py) ------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index, role=_DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == _DISPLAY:
            return self._caption(row)
        if role == _DECORATION:
            return self._icon(row)
        if role == _TOOLTIP:
            return self._tooltip(row)
        if role == ID_ROLE:
            return row["id"]
        if role == STATE_ROLE:
            return self._state.get(row["id"], LOADING)
        if role == LINKED_ROLE:
            return self.is_linked(row["id"])
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
