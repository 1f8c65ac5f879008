"""`VisitWorkspace`: everything recorded during one visit, on one screen.

A header (status, arrival, clock, start / conclude) over tabs: the checklist,
one table per repeatable section, participants, findings and requests, and
evidence. Every change is stored at once; Ctrl+Z / Ctrl+Shift+Z undo and redo
answers and notes. A change made in one tab refreshes the others.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QLabel, QSizePolicy, QTabWidget, QVBoxLayout, QWidget

from inspector_app.changes import Changes

from .checklist_panel import ChecklistPanel
from .findings import FindingsPanel
from .header import VisitHeader
from .participants import ParticipantsPanel
from .records import RecordsPanel

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


class VisitWorkspace(QWidget):
    changed = Signal(object)   # Changes, for the rest of the window (visit list, minutes)

    def __init__(self, ws, visit_id: str, lang: str = "vi", evidence_factory=None, parent=None) -> None:
        super().__init__(parent)
        self.ws, self.visit_id, self.lang = ws, visit_id, lang
        self.undo_stack = QUndoStack(self)
        self.header = VisitHeader(ws, visit_id, lang)
        self.checklist = ChecklistPanel(ws, visit_id, self.undo_stack, lang)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.checklist, translate("VisitWorkspace", "Checklist"))
        self.records: list[RecordsPanel] = []
        for template_id in ws.visits.template_ids(visit_id):
            for section in ws.checklists.structure(template_id)["sections"]:
                if section["repeatable"]:
                    panel = RecordsPanel(ws, visit_id, section, self.undo_stack, lang)
                    self.records.append(panel)
                    self.tabs.addTab(panel, section["title"])
        self.participants = ParticipantsPanel(ws, visit_id, lang)
        self.tabs.addTab(self.participants, translate("VisitWorkspace", "Participants"))
        self.findings = FindingsPanel(ws, visit_id, lang)
        self.tabs.addTab(self.findings, translate("VisitWorkspace", "Findings and requests"))
        self.evidence = evidence_factory(ws, visit_id, lang, self) if evidence_factory else None
        if self.evidence is not None:
            self.tabs.addTab(self.evidence, translate("VisitWorkspace", "Photos and audio"))
        hint = QLabel(translate("VisitWorkspace",
                                "Keys: ↑↓ move · 1 compliant · 2 non-compliant · 3 not applicable · 0 clear · "
                                "Enter note · F2 value · F1 legal basis · Ctrl+Shift+F finding from the item · "
                                "Ctrl+Z undo"))
        hint.setObjectName("keyHint")
        hint.setStyleSheet("color: palette(mid);")
        hint.setToolTip(hint.text())
        # One line, cut on a narrow window (the tooltip has it all), so it never
        # makes the window taller than a small screen.
        hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(hint)
        self._actions()
        panels = [self.header, self.checklist, *self.records, self.participants, self.findings]
        if self.evidence is not None and hasattr(self.evidence, "changed"):
            panels.append(self.evidence)
        for panel in panels:
            panel.changed.connect(lambda changes, source=panel: self._dispatch(changes, source))
        if self.evidence is not None and hasattr(self.evidence, "set_current_target"):
            self.checklist.current_item_changed.connect(
                lambda item_id: self.evidence.set_current_target("item", item_id or None))
            current = self.checklist.current_item()
            self.evidence.set_current_target("item", current["id"] if current else None)
        if self.evidence is not None and hasattr(self.evidence, "shortcut_actions"):
            for action in self.evidence.shortcut_actions():   # Ctrl+Shift+P, Ctrl+B … anywhere in the visit
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.addAction(action)
        self.checklist.view.setFocus()

    def shutdown(self) -> None:
        """Stop background work (thumbnails, recording) before the workspace closes."""
        if self.evidence is not None and hasattr(self.evidence, "shutdown"):
            self.evidence.shutdown()

    def _actions(self) -> None:
        undo = self.undo_stack.createUndoAction(self, translate("VisitWorkspace", "Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, translate("VisitWorkspace", "Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence.StandardKey.Redo])
        finding = QAction(translate("VisitWorkspace", "Finding from the selected item"), self)
        finding.setShortcut(QKeySequence("Ctrl+Shift+F"))
        finding.triggered.connect(self.finding_from_current_item)
        for action in (undo, redo, finding):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.undo_action, self.redo_action, self.finding_action = undo, redo, finding

    def finding_from_current_item(self) -> bool:
        item = self.checklist.current_item()
        if item is None:
            return False
        self.tabs.setCurrentWidget(self.findings)
        return self.findings.create_from_item(item, self.checklist.model.note_of(item["id"]))

    def _dispatch(self, changes: Changes, source) -> None:
        for panel in (self.header, self.checklist, *self.records, self.participants, self.findings, self.evidence):
            if panel is not None and panel is not source and hasattr(panel, "apply_changes"):
                panel.apply_changes(changes)
        self.changed.emit(changes)

    def apply_changes(self, changes: Changes) -> None:
        """Changes made elsewhere (a merge, the minutes screen)."""
        self._dispatch(changes, None)
