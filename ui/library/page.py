"""`LibraryPage`: checklists, legal documents, units, plans and teams, one tab each."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from inspector_app.changes import Changes
from ui.widgets import make_table

from ..ops import OpRunner
from .checklists_tab import ChecklistsTab
from .common import note_label, title_label
from .plans_tab import PlansTab
from .table_models import LegalDocumentsModel
from .teams_tab import TeamsTab
from .units_tab import UnitsTab


class LegalDocumentsTab(QWidget):
    """The legal documents the checklists cite and when each is in force."""

    def __init__(self, ws, lang: str = "vi", parent=None, ops: OpRunner | None = None) -> None:
        super().__init__(parent)
        self.ops = ops if ops is not None else OpRunner(lang, parent=self)
        self.ops.bus.subscribe(self, self.on_operation)
        self.model = LegalDocumentsModel(ws, lang, self)
        self.model.refresh()
        self.view = make_table(self.model, LegalDocumentsModel.TITLE)
        layout = QVBoxLayout(self)
        layout.addWidget(note_label(self.tr("An item shows the documents in force on the visit date; "
                                            "a replaced document stays here for older visits.")))
        layout.addWidget(self.view, 1)

    def on_operation(self, changes: Changes, _initiator) -> None:
        self.model.apply_changes(changes)


class LibraryPage(QWidget):
    """The Library of a workspace. Tabs in order: CHECKLISTS, LEGAL, UNITS, PLANS, TEAMS.

    Every tab stores through `ops` (the window's op runner) and refreshes
    itself from its change bus, whoever made the change (another tab, a
    visit, a merge).
    """

    CHECKLISTS, LEGAL, UNITS, PLANS, TEAMS = range(5)

    def __init__(self, ws, lang: str = "vi", parent=None, ops: OpRunner | None = None) -> None:
        super().__init__(parent)
        self.ws, self.lang = ws, lang
        self.ops = ops if ops is not None else OpRunner(lang, parent=self)
        self.checklists_tab = ChecklistsTab(ws, lang, ops=self.ops)
        self.legal_tab = LegalDocumentsTab(ws, lang, ops=self.ops)
        self.units_tab = UnitsTab(ws, lang, ops=self.ops)
        self.plans_tab = PlansTab(ws, lang, ops=self.ops)
        self.teams_tab = TeamsTab(ws, lang, ops=self.ops)
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

    def show_tab(self, tab: int) -> None:
        self.tabs.setCurrentIndex(tab)
