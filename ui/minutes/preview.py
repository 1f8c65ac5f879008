"""A PDF preview (QtPdf): QPdfView with paging and zoom controls."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from ..icons import icon

ZOOM_STEP = 1.25


class PdfPreview(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._data = QByteArray()
        self._buffer: QBuffer | None = None

        self.prev_button = self._button(icon("chevron-up"),
                                        self.tr("Previous page"), self.previous_page)
        self.next_button = self._button(icon("chevron-down"),
                                        self.tr("Next page"), self.next_page)
        self.page_label = QLabel()
        self.zoom_out_button = self._button(None, self.tr("Zoom out"), self.zoom_out, "−")
        self.zoom_in_button = self._button(None, self.tr("Zoom in"), self.zoom_in, "+")
        self.fit_button = self._button(None, self.tr("Fit width"), self.fit_width, self.tr("Fit width"))

        bar = QHBoxLayout()
        for widget in (self.prev_button, self.page_label, self.next_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.view.pageNavigator().currentPageChanged.connect(self._update_label)
        self.document.pageCountChanged.connect(self._update_label)
        self._update_label()

    def _button(self, icon, tip: str, slot, text: str = "") -> QToolButton:
        button = QToolButton()
        if icon is not None:
            button.setIcon(icon)
        if text:
            button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(slot)
        return button

    # -- content -------------------------------------------------------------------------
    def load(self, pdf: bytes) -> None:
        self.document.close()
        self._data = QByteArray(pdf)
        self._buffer = QBuffer(self._data, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.fit_width()
        self.go_to(0)

    def clear(self) -> None:
        self.document.close()
        self._update_label()

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    # -- paging and zoom -------------------------------------------------------------------
    def go_to(self, page: int) -> None:
        if self.page_count():
            page = max(0, min(page, self.page_count() - 1))
            self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())
        self._update_label()

    def next_page(self) -> None:
        self.go_to(self.current_page() + 1)

    def previous_page(self) -> None:
        self.go_to(self.current_page() - 1)

    def zoom_in(self) -> None:
        self._zoom(self.view.zoomFactor() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom(self.view.zoomFactor() / ZOOM_STEP)

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(factor, 6.0)))

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def _update_label(self, *_args) -> None:
        count = self.page_count()
        text = self.tr("Page %1 of %2").replace("%1", str(self.current_page() + 1 if count else 0))
        self.page_label.setText(text.replace("%2", str(count)))
        self.prev_button.setEnabled(count > 0 and self.current_page() > 0)
        self.next_button.setEnabled(count > 0 and self.current_page() < count - 1)
