"""`MainWindow`: navigation on the left, one page per entry on the right.

The window receives the open workspace (and optionally the QSettings to keep
its geometry in) through its constructor; nothing here is global. It makes
the one op runner and change bus of the app (ui/ops.py) and hands them to
every page it builds; each page refreshes itself from the bus.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from inspector_app import media_imports
from inspector_app.changes import Changes

from .icons import icon
from .messages import confirm, show_message
from .models import VisitsModel
from .ops import ChangeBus, OpRunner
from .pages import VisitsPage

GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"


class MainWindow(QMainWindow):
    """The main window over `ws`. Page order: VISITS, VISIT, MINUTES, SYNC, LIBRARY."""

    VISITS, VISIT, MINUTES, SYNC, LIBRARY = range(5)
    REQUESTS = 5                  # HQ workspaces only: the register of requests ("Kiến nghị")
    OVERVIEW = 6                  # HQ workspaces only: the Overview ("Tổng quan"), the page shown first

    def __init__(self, ws, lang: str = "vi", settings: QSettings | None = None, parent=None,
                 evidence_factory=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.lang = lang
        self.settings = settings if settings is not None else QSettings()
        self.evidence_factory = evidence_factory or _evidence_panel
        self.setWindowTitle(f"Inspector — {ws.path}")
        self.bus = ChangeBus(self)
        self.ops = OpRunner(lang, self.bus, parent_widget=lambda: self, parent=self)
        self.bus.subscribe(self, self.on_operation)

        self.visits_model = VisitsModel(ws, lang, parent=self)
        self.visits_model.refresh()
        self._visits_stale = False   # changed while another page was shown
        self.visits_page = VisitsPage(self.visits_model)
        self.visits_page.open_visit.connect(self.open_visit)
        self.visits_page.new_visit.connect(self.new_visit)
        self.visit_page = QStackedWidget()
        self.no_visit_label = QLabel(self.tr("Open a visit from the list (double-click or Enter)."))
        self.no_visit_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.visit_page.addWidget(self.no_visit_label)
        self.visit_workspace = None   # a VisitWorkspace once a visit is open
        # Pages whose modules are heavy (QtPdf, crypto) are built the first time
        # they are shown, so the window opens fast.
        self._factories = {self.MINUTES: self._make_minutes_page, self.SYNC: self._make_sync_page,
                           self.LIBRARY: self._make_library_page}
        self.minutes_page = self._placeholder(self.tr("Minutes"))
        self.sync_page = self._placeholder(self.tr("Sync"))
        self.library_page = self._placeholder(self.tr("Library"))
        hq = ws.role == "hq"
        if hq:
            self._factories[self.REQUESTS] = self._make_requests_page
        self.requests_page = self._placeholder(self.tr("Requests")) if hq else None
        self.overview_page = self._make_overview_page() if hq else None

        self.pages = QStackedWidget()
        for page in (self.visits_page, self.visit_page, self.minutes_page, self.sync_page, self.library_page,
                     *([self.requests_page, self.overview_page] if hq else [])):
            self.pages.addWidget(page)
        self.nav = self._make_nav()
        self.par_row = None               # HQ workspaces only: the PAR index page, last, built when first shown
        if ws.role == "hq":
            self.par_page = self._placeholder(self.tr("PAR index"))
            self.par_row = self.pages.addWidget(self.par_page)
            self._factories[self.par_row] = self._make_par_page
            QListWidgetItem(icon("bookmark"), self.tr("PAR index"), self.nav)
            self._nav_pages.append(self.par_row)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._make_menu()
        self._make_status_bar()
        self.show_page(self.VISITS)
        self._restore_geometry()
        self._restore_visit()
        if hq:
            self.show_page(self.OVERVIEW)
        self.close_question = None     # the question asked when closing during a job
        self.interrupted_message = None   # what was said of imports cut short last time
        self._close_anyway = False
        QTimer.singleShot(0, self.report_interrupted_imports)   # over the window, once it is shown

    # -- building ------------------------------------------------------------------
    def _placeholder(self, title: str) -> QWidget:
        page = QLabel(title)
        page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return page

    def _make_nav(self) -> QListWidget:
        nav = QListWidget()
        nav.setObjectName("navigation")
        nav.setIconSize(QSize(20, 20))
        nav.setFrameShape(QListWidget.Shape.NoFrame)
        nav.setSpacing(2)
        entries = {self.VISITS: (self.tr("Visits"), "list-details"),
                   self.VISIT: (self.tr("Visit"), "clipboard-check"),
                   self.MINUTES: (self.tr("Minutes"), "file-text"), self.SYNC: (self.tr("Sync"), "arrows-exchange"),
                   self.LIBRARY: (self.tr("Library"), "books")}
        if self.ws.role == "hq":
            # HQ's first page is its Overview, at the top of the list (the pages keep their numbers).
            entries = {self.OVERVIEW: (self.tr("Overview"), "chart-bar"), **entries,
                       self.REQUESTS: (self.tr("Requests"), "flag")}
        self._nav_pages = list(entries)      # the list's row → the page it shows
        for text, name in entries.values():
            QListWidgetItem(icon(name), text, nav)
        nav.setFixedWidth(max(150, nav.sizeHintForColumn(0) + 24))
        nav.currentRowChanged.connect(self._show_row)
        return nav

    def nav_row(self, page: int) -> int:
        """The navigation list's row that shows `page`."""
        return self._nav_pages.index(page)

    def _show_row(self, nav_row: int) -> None:
        if nav_row < 0:
            return
        row = self._nav_pages[nav_row]
        factory = self._factories.pop(row, None)
        if factory is not None:
            placeholder = self.pages.widget(row)
            page = factory()
            self.pages.insertWidget(row, page)
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
        self.pages.setCurrentIndex(row)
        if row == self.VISITS and self._visits_stale:
            self._visits_stale = False
            self.visits_model.refresh()
        if row == self.MINUTES and self.visit_workspace is not None:
            self.minutes_page.set_visit(self.visit_workspace.visit_id)

    def _make_overview_page(self):
        from .hq.overview import OverviewPage

        page = OverviewPage(self.ws, self.lang, ops=self.ops)
        page.open_visit.connect(self.open_visit)
        return page

    def _make_requests_page(self):
        from .hq.register_page import RegisterPage

        self.requests_page = RegisterPage(self.ws, self.lang, ops=self.ops)
        return self.requests_page

    def _make_library_page(self):
        from .library import LibraryPage

        self.library_page = LibraryPage(self.ws, self.lang, ops=self.ops)
        return self.library_page

    def _make_sync_page(self):
        from .sync.page import SyncPage

        self.sync_page = SyncPage(self.ws, self.lang, ops=self.ops)
        return self.sync_page

    def _make_par_page(self):
        from .hq.par_page import ParPage

        self.par_page = ParPage(self.ws, self.lang, ops=self.ops)
        return self.par_page

    def _make_minutes_page(self):
        from .minutes.page import MinutesPage

        self.minutes_page = MinutesPage(self.ws, self.lang, ops=self.ops)
        return self.minutes_page

    def _make_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Inspector"))
        new_visit = QAction(icon("plus"), self.tr("New visit…"), self)
        new_visit.setShortcut(QKeySequence.StandardKey.New)
        new_visit.triggered.connect(self.new_visit)
        settings = QAction(icon("settings"), self.tr("Settings…"), self)
        settings.setShortcut(QKeySequence.StandardKey.Preferences)
        settings.triggered.connect(self.open_settings)
        quit_action = QAction(icon("logout"), self.tr("Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        for action in (new_visit, settings, quit_action):
            menu.addAction(action)
        if self.ws.role == "hq":   # Reports: the period's report, a visit's record (PDF)
            from .hq.visit_record_action import install
            install(self)
        keys = QAction(icon("keyboard"), self.tr("Keyboard shortcuts…"), self)
        keys.setShortcut(QKeySequence("Ctrl+/"))
        keys.triggered.connect(lambda _checked=False: self.show_shortcuts())
        self.menuBar().addMenu(self.tr("&Help")).addAction(keys)

    def _make_status_bar(self) -> None:
        role = self.tr("HQ workspace") if self.ws.role == "hq" else self.tr("Field workspace")
        self.role_label = QLabel(role)
        self.device_label = QLabel(self.tr("Device: %1").replace("%1", self.ws.device_name or "—"))
        for label in (self.role_label, self.device_label):
            label.setContentsMargins(8, 0, 8, 0)
        self.statusBar().addWidget(self.role_label)
        self.recording_indicator = None   # made with the first visit (ui.media loads then)
        self.statusBar().addPermanentWidget(self.device_label)

    # -- behaviour -----------------------------------------------------------------
    def show_page(self, page: int) -> None:
        self.nav.setCurrentRow(self.nav_row(page))

    def on_operation(self, changes: Changes, _initiator) -> None:
        """The visits list follows every change (the pages listen to the bus themselves).

        While another page is shown, the list only notes that it is out of date
        and reloads when it is shown again: answering a checklist then costs no
        query of 5,000 visits per key press (bench/keypress.py)."""
        if self.pages.currentIndex() == self.VISITS:
            self.visits_model.apply_changes(changes)
        elif changes.touches(*self.visits_model.ENTITIES):
            self._visits_stale = True
        if changes.touches("org_unit") or changes.touches("plan"):
            self.visits_page.reload_filters()

    # -- visits ----------------------------------------------------------------------
    def _last_visit_key(self) -> str:
        return f"last_visit/{self.ws.device_id}"

    def open_visit(self, visit_id: str):
        """Show the visit's workspace; remembered, so a restart comes back to it."""
        from .visit.workspace import VisitWorkspace  # loaded with the first visit, not at start

        if self.ws.visits.find(visit_id) is None:
            return None
        if self.visit_workspace is not None:
            self.visit_workspace.shutdown()
            self.visit_page.removeWidget(self.visit_workspace)
            self.visit_workspace.deleteLater()
        self.visit_workspace = VisitWorkspace(self.ws, visit_id, self.lang, self.evidence_factory, ops=self.ops)
        self.visit_page.addWidget(self.visit_workspace)
        if self.recording_indicator is None:   # a recording shows whatever page is shown
            from .media.indicator import RecordingIndicator

            self.recording_indicator = RecordingIndicator()
            self.statusBar().addPermanentWidget(self.recording_indicator)
        self.recording_indicator.watch(getattr(self.visit_workspace.evidence, "audio", None))
        if hasattr(self.visit_workspace.evidence, "message"):   # "Photos added: 2." wherever the user is
            self.visit_workspace.evidence.message.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self.visit_page.setCurrentWidget(self.visit_workspace)
        self.visit_workspace.header.minutes_requested.connect(self._show_minutes)   # Ctrl+Shift+M
        self.settings.setValue(self._last_visit_key(), visit_id)
        self.show_page(self.VISIT)
        self.visit_workspace.checklist.view.setFocus()
        return self.visit_workspace

    def _show_minutes(self, draft: bool) -> None:
        """The open visit's minutes, rendered: a draft while the visit is not concluded."""
        self.show_page(self.MINUTES)   # selects the open visit
        if draft:
            self.minutes_page.preview_draft()
        else:
            self.minutes_page.generate()

    def _restore_visit(self) -> None:
        visit_id = self.settings.value(self._last_visit_key())
        if visit_id and self.ws.visits.find(visit_id) is not None:
            self.open_visit(visit_id)

    def new_visit(self) -> str | None:
        from .visit_dialog import NewVisitDialog

        dialog = NewVisitDialog(self.ws, self.lang, self, ops=self.ops)
        if dialog.exec() != NewVisitDialog.DialogCode.Accepted or not dialog.visit_id:
            return None
        self.open_visit(dialog.visit_id)
        return dialog.visit_id

    def shortcuts(self) -> list[tuple[str, str]]:
        """(keys, what they do) of every action of the window and the open visit that has
        both, read from the actions themselves, then the checklist's own keys."""
        seen, rows = set(), []
        for action in self.findChildren(QAction):
            names = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
            # Ctrl+Backtab is how some keyboards send Ctrl+Shift+Tab: one key for a person.
            keys = ", ".join(dict.fromkeys(name for name in names if "Backtab" not in name))
            text = action.text().replace("&", "").rstrip("…").strip()
            if keys and text and (keys, text) not in seen:
                seen.add((keys, text))
                rows.append((keys, text))
        rows.sort(key=lambda row: row[1].lower())
        checklist = self.tr("Checklist: ↑↓ move · 1 compliant · 2 non-compliant · 3 not applicable · 0 clear · "
                            "Enter note (Ctrl+Enter saves) · F2 value · F1 legal basis")
        tabs = self.tr("The visit's tabs; Ctrl+1 is the checklist")
        return [*rows, ("Ctrl+1 … Ctrl+9", tabs), ("1 2 3 0 ↑↓ Enter F2 F1", checklist)]

    def show_shortcuts(self):
        """Help → Keyboard shortcuts: a read-only table (returned, for a test)."""
        from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout

        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Keyboard shortcuts"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        rows = self.shortcuts()
        table = QTableWidget(len(rows), 2, dialog)
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        for row, (keys, text) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(keys))
            table.setItem(row, 1, QTableWidgetItem(text))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.setWordWrap(True)
        layout = QVBoxLayout(dialog)
        layout.addWidget(table)
        dialog.resize(720, 520)
        dialog.open()
        self.shortcuts_dialog = dialog
        return dialog

    def open_settings(self) -> None:
        from .settings_dialog import SettingsDialog
        SettingsDialog(self.settings, self).exec()

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

    def running_work(self) -> list[str]:
        """What closing now would cut short, one sentence each (empty: nothing runs)."""
        work = []
        if self.visit_workspace is not None and self.visit_workspace.importing():
            work.append(self.tr("Photos are being imported. Closing stops the import: the photos already "
                                "added are kept, and the next start says which ones to import again."))
        labels = self.ops.jobs.labels()
        exporting = getattr(self.sync_page, "exporting", lambda: False)()
        if exporting:
            work.append(self.tr("A bundle is being exported. Closing stops the export: no bundle is written "
                                "and nothing stored changes; export again later."))
            labels.remove(self.sync_page.job.label)
        if labels:
            names = ", ".join(label for label in labels if label)
            work.append(self.tr("A job is still running (%1). Closing stops it.").replace("%1", names or "…"))
        return work

    def report_interrupted_imports(self):
        """Say which photo imports the last closing (or a crash) cut short, and what of them
        was kept; each is said once. Returns the message box, or None when there was none."""
        lines = []
        for cut in media_imports.interrupted_imports(self.ws):
            visit = self.ws.visits.find(cut["visit_id"])
            kept, names = cut["kept"], cut["names"]
            left = [name for name in names if name not in set(kept)]
            if visit is not None and names:
                line = self.tr("Importing photos into “%1” was cut short: %2 of %3 photos were kept, intact.") \
                    .replace("%1", visit["title"] or "").replace("%2", str(len(kept))).replace("%3", str(len(names)))
                if left:
                    shown = ", ".join(left[:8]) + (", …" if len(left) > 8 else "")
                    line += " " + self.tr("Not imported, import them again: %1.").replace("%1", shown)
                lines.append(line)
            media_imports.end_import(cut["note"])
        if not lines:
            return None
        self.interrupted_message = show_message(self, "\n\n".join(lines), self.tr("Photo import cut short"))
        return self.interrupted_message

    def closeEvent(self, event) -> None:
        work = [] if self._close_anyway else self.running_work()
        if work:
            event.ignore()
            text = "\n\n".join([*work, self.tr("Close anyway?")])
            self.close_question = confirm(self, text, self._close_after_all)
            return
        if self.visit_workspace is not None:
            self.visit_workspace.shutdown()
        # Stop what still runs (an export, an import of bundles) and wait for it, before the
        # workspace it writes to is closed: a cancelled export leaves no bundle behind.
        self.ops.jobs.shutdown()
        self.save_geometry()
        super().closeEvent(event)


    def _close_after_all(self) -> None:
        self._close_anyway = True
        self.close()


def _evidence_panel(ws, visit_id: str, lang: str, parent, ops):
    """The photos and audio of a visit (QtMultimedia is loaded with the first visit)."""
    from .media.evidence_panel import EvidencePanel

    return EvidencePanel(ws, visit_id, lang, parent, ops=ops)
