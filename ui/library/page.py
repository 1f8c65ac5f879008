"""`LibraryPage`: checklists, legal documents, units, plans and teams, one tab each."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from inspector_app.changes import Changes
from ui.pages import make_table

from .checklists_tab import ChecklistsTab
from .common import note_label, title_label
from .plans_tab import PlansTab
from .table_models import LegalDocumentsModel
from .teams_tab import TeamsTab
from .units_tab import UnitsTab


class LegalDocumentsTab(QWidget):
    """The legal documents the checklists cite and when each is in force."""

    def __init__(self, ws, lang: str = "vi", parent=None) -> None:
        super().__init__(parent)
        self.model = LegalDocumentsModel(ws, lang, self)
        self.model.refresh()
        self.view = make_table(self.model, LegalDocumentsModel.TITLE)
        layout = QVBoxLayout(self)
        layout.addWidget(note_label(self.tr("An item shows the documents in force on the visit date; "
                                            "a replaced document stays here for older visits.")))
        layout.addWidget(self.view, 1)

    def apply_changes(self, changes: Changes) -> None:
        self.model.apply_changes(changes)


class LibraryPage(QWidget):
    """The Library of a workspace. Tabs in order: CHECKLISTS, LEGAL, UNITS, PLANS, TEAMS.

    `changed(Changes)` is emitted after every edit stored from this page, so
    the main window can refresh its other views; `apply_changes(changes)`
    refreshes this page after edits made elsewhere (sync, visits).
    """

    changed = Signal(object)
    CHECKLISTS, LEGAL, UNITS, PLANS, TEAMS = range(5)

    def __init__(self, ws, lang: str = "vi", parent=None) -> None:
        super().__init__(parent)
        self.ws, self.lang = ws, lang
        self.checklists_tab = ChecklistsTab(ws, lang)
        self.legal_tab = LegalDocumentsTab(ws, lang)
        self.units_tab = UnitsTab(ws, lang)
        self.plans_tab = PlansTab(ws, lang)
        self.teams_tab = TeamsTab(ws, lang)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.checklists_tab, self.tr("Checklists"))
        self.tabs.addTab(self.legal_tab, self.tr("Legal documents"))
        self.tabs.addTab(self.units_tab, self.tr("Units"))
        self.tabs.addTab(self.plans_tab, self.tr("Plans"))
        self.tabs.addTab(self.teams_tab, self.tr("Teams"))
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Library")))
        layout.addWidget(self.tabs, 1)
        for tab in (self.checklists_tab, self.units_tab, self.plans_tab, self.teams_tab):
            tab.changed.connect(self._tab_changed)

    def show_tab(self, tab: int) -> None:
        self.tabs.setCurrentIndex(tab)

    def apply_changes(self, changes: Changes) -> None:
        """Refresh every tab that shows what `changes` touched."""
        for tab in (self.checklists_tab, self.legal_tab, self.units_tab, self.plans_tab, self.teams_tab):
            tab.apply_changes(changes)

    def _tab_changed(self, changes: Changes) -> None:
        source = self.sender()
        for tab in (self.checklists_tab, self.legal_tab, self.units_tab, self.plans_tab, self.teams_tab):
            if tab is not source:
                tab.apply_changes(changes)
        self.changed.emit(changes)
