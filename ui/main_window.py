"""`MainWindow`: navigation on the left, one page per entry on the right.

The window receives the open workspace (and optionally the QSettings to keep
its geometry in) through its constructor; nothing here is global.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QStyle,
    QWidget,
)

from inspector_app.changes import Changes

from .models import ChecklistsModel, VisitsModel
from .pages import LibraryPage, VisitsPage

GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"


class MainWindow(QMainWindow):
    """The main window over `ws`. Page order: VISITS, LIBRARY."""

    VISITS, LIBRARY = range(2)

    def __init__(self, ws, lang: str = "vi", settings: QSettings | None = None, parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.lang = lang
        self.settings = settings if settings is not None else QSettings()
        self.setWindowTitle(f"Inspector — {ws.path}")

        self.visits_model = VisitsModel(ws, lang, parent=self)
        self.checklists_model = ChecklistsModel(ws, lang, parent=self)
        self.visits_model.refresh()
        self.checklists_model.refresh()
        self.visits_page = VisitsPage(self.visits_model)
        self.library_page = LibraryPage(self.checklists_model)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.visits_page)
        self.pages.addWidget(self.library_page)
        self.nav = self._make_nav()

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._make_status_bar()
        self.nav.setCurrentRow(self.VISITS)
        self._restore_geometry()

    # -- building ------------------------------------------------------------------
    def _make_nav(self) -> QListWidget:
        nav = QListWidget()
        nav.setObjectName("navigation")
        nav.setIconSize(QSize(20, 20))
        nav.setFrameShape(QListWidget.Shape.NoFrame)
        nav.setSpacing(2)
        style = self.style()
        entries = ((self.tr("Visits"), QStyle.StandardPixmap.SP_FileDialogDetailedView),
                   (self.tr("Library"), QStyle.StandardPixmap.SP_DirIcon))
        for text, icon in entries:
            QListWidgetItem(style.standardIcon(icon), text, nav)
        nav.setFixedWidth(max(160, nav.sizeHintForColumn(0) + 32))
        nav.setStyleSheet("QListWidget#navigation { background: palette(window); padding: 8px 4px; }"
                          "QListWidget#navigation::item { padding: 6px 4px; }")
        nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        return nav

    def _make_status_bar(self) -> None:
        role = self.tr("HQ workspace") if self.ws.role == "hq" else self.tr("Field workspace")
        self.role_label = QLabel(role)
        self.device_label = QLabel(self.tr("Device: %1").replace("%1", self.ws.device_name or "—"))
        for label in (self.role_label, self.device_label):
            label.setContentsMargins(8, 0, 8, 0)
        self.statusBar().addWidget(self.role_label)
        self.statusBar().addPermanentWidget(self.device_label)

    # -- behaviour -----------------------------------------------------------------
    def show_page(self, page: int) -> None:
        self.nav.setCurrentRow(page)

    def apply_changes(self, changes: Changes) -> None:
        """Forward a mutation's `Changes` to every model, which reload if concerned."""
        self.visits_model.apply_changes(changes)
        self.checklists_model.apply_changes(changes)

    def sizeHint(self) -> QSize:
        return QSize(1100, 680)

    def _restore_geometry(self) -> None:
        geometry = self.settings.value(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(self.sizeHint())
        state = self.settings.value(STATE_KEY)
        if state is not None:
            self.restoreState(state)

    def save_geometry(self) -> None:
        self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self.settings.setValue(STATE_KEY, self.saveState())
        self.settings.sync()

    def closeEvent(self, event) -> None:
        self.save_geometry()
        super().closeEvent(event)
