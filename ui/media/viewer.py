"""`PhotoViewer`: one photo at full size, with zoom and a view-only rotation.

EXIF orientation is honoured when the image is read (QImageReader's
autoTransform); rotating only turns the view, the original never changes. A
missing or unreadable file shows a placeholder and says what to do.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImageReader, QKeySequence, QPainter, QPixmap, QShortcut, QTransform
from PySide6.QtWidgets import (
    QDialog,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
)

from inspector_app.errors import InspectorError

from ..icons import icon as app_icon
from .common import MISSING, UNREADABLE, Banner, format_captured, placeholder

UNRECOGNISED = ("không giải mã được nội dung ảnh", "its content cannot be decoded")

ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.02, 16.0


class _View(QGraphicsView):
    """The canvas: the wheel zooms around the cursor."""

    def __init__(self, viewer: PhotoViewer) -> None:
        super().__init__()
        self.viewer = viewer
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setBackgroundBrush(Qt.GlobalColor.darkGray)

    def wheelEvent(self, event) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.viewer.set_zoom(self.viewer.zoom * ZOOM_STEP ** steps)
        event.accept()


class PhotoViewer(QDialog):
    """Shows `media_ids[index]` of `ws`; Left/Right go through the others.

    Keys: + / − zoom, 0 fit, 1 actual size, R / L rotate right / left."""

    def __init__(self, ws, media_ids: list[str], index: int = 0, lang: str = "vi", parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.media_ids = list(media_ids)
        self.index = index
        self.lang = lang
        self.zoom = 1.0
        self.rotation = 0
        self.fitted = True
        self.problem: str | None = None
        self.scene = QGraphicsScene(self)
        self.item = QGraphicsPixmapItem()
        self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene.addItem(self.item)
        self.view = _View(self)
        self.view.setScene(self.scene)
        self.caption = QLabel()
        self.zoom_label = QLabel()
        self.banner = Banner()

        bar = QHBoxLayout()
        for text, icon, slot, keys in (
            (self.tr("Previous"), "chevron-left", self.previous, ["Left", "PgUp"]),
            (self.tr("Next"), "chevron-right", self.next, ["Right", "PgDown"]),
            (self.tr("Zoom in"), None, self.zoom_in, ["+", "=", QKeySequence.StandardKey.ZoomIn]),
            (self.tr("Zoom out"), None, self.zoom_out, ["-", QKeySequence.StandardKey.ZoomOut]),
            (self.tr("Fit"), None, self.fit, ["0", "F"]),
            (self.tr("Actual size"), None, self.actual_size, ["1"]),
            (self.tr("Rotate left"), None, self.rotate_left, ["L", "Shift+R"]),
            (self.tr("Rotate right"), None, self.rotate_right, ["R"]),
        ):
            button = QToolButton()
            button.setText(text)
            if icon:
                button.setIcon(app_icon(icon))
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setToolTip(f"{text} ({self._key_names(keys)})")
            button.clicked.connect(slot)
            bar.addWidget(button)
            for key in keys:
                QShortcut(QKeySequence(key), self, slot)
        bar.addStretch(1)
        bar.addWidget(self.zoom_label)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.caption)
        self.resize(1000, 720)
        self.show_photo(index)

    @staticmethod
    def _key_names(keys) -> str:
        return ", ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys[:2])

    # -- which photo ---------------------------------------------------------------------
    def show_photo(self, index: int) -> None:
        if not self.media_ids:
            return
        self.index = index % len(self.media_ids)
        row = self.ws.media.get(self.media_ids[self.index])
        name = row["original_name"] or row["sha256"][:12]
        pixmap, self.problem = self._read(row, name)
        self.item.setPixmap(pixmap)
        self.scene.setSceneRect(self.item.boundingRect())
        if self.problem:
            self.banner.show_message(self.problem, warning=True)
        else:
            self.banner.clear_message()
        parts = [name]
        if row["captured_at"]:
            parts.append(self.tr("taken at %1").replace("%1", format_captured(row["captured_at"])))
        if not self.problem:
            parts.append(f"{pixmap.width()} × {pixmap.height()}")
        parts.append(f"{self.index + 1}/{len(self.media_ids)}")
        self.caption.setText(" · ".join(parts))
        self.setWindowTitle(name)
        self.rotation = 0
        self.fit()

    def _read(self, row: dict, name: str) -> tuple[QPixmap, str | None]:
        path = self.ws.media.blob_path(row["sha256"])
        if not path.is_file():
            return placeholder(MISSING, QSize(640, 480)), InspectorError("media_missing", name=name).message(self.lang)
        reader = QImageReader(str(path))
        reader.setAutoTransform(True)  # EXIF orientation: shown upright
        image = reader.read()
        if image.isNull():
            # Not reader.errorString(): Qt's English, and it names the stored file by its hash.
            err = InspectorError("image_unreadable", name=name, detail=UNRECOGNISED)
            return placeholder(UNREADABLE, QSize(640, 480)), err.message(self.lang)
        return QPixmap.fromImage(image), None

    def previous(self) -> None:
        self.show_photo(self.index - 1)

    def next(self) -> None:
        self.show_photo(self.index + 1)

    # -- zoom and rotation (the view only) ------------------------------------------------
    def set_zoom(self, zoom: float) -> None:
        """Zoom to `zoom` (1.0 = one image pixel per screen pixel), around the cursor."""
        zoom = min(MAX_ZOOM, max(MIN_ZOOM, zoom))
        factor, self.zoom = zoom / self.zoom, zoom
        self.fitted = False
        self.view.scale(factor, factor)
        self._show_zoom()

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom / ZOOM_STEP)

    def actual_size(self) -> None:
        self.set_zoom(1.0)

    def fit(self) -> None:
        """Zoom so the whole (rotated) photo fits the window."""
        rect = self.item.boundingRect()
        if rect.isEmpty():
            return
        width, height = (rect.height(), rect.width()) if self.rotation % 180 else (rect.width(), rect.height())
        viewport = self.view.viewport().size()
        self.zoom = max(MIN_ZOOM, min((viewport.width() - 4) / width, (viewport.height() - 4) / height, MAX_ZOOM))
        self.fitted = True
        self._apply()

    def rotate_right(self) -> None:
        self._rotate(90)

    def rotate_left(self) -> None:
        self._rotate(-90)

    def _rotate(self, degrees: int) -> None:
        self.rotation = (self.rotation + degrees) % 360
        if self.fitted:
            self.fit()
        else:
            self._apply()

    def _apply(self) -> None:
        self.view.setTransform(QTransform().rotate(self.rotation).scale(self.zoom, self.zoom))
        self.view.centerOn(self.item)
        self._show_zoom()

    def _show_zoom(self) -> None:
        self.zoom_label.setText(f"{round(self.zoom * 100)} %")

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.fitted:
            self.fit()
