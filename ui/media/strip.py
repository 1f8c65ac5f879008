"""`PhotoStrip`: the thumbnail view (a QListView in icon mode over `PhotosModel`)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QListView


class PhotoStrip(QListView):
    """Thumbnails in a wrapping grid (or a single row with `set_single_row(True)`)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(QSize(128, 128))
        self.setGridSize(QSize(148, 162))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSpacing(4)

    def set_single_row(self, single: bool) -> None:
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(not single)
