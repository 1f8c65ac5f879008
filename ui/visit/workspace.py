"""`VisitWorkspace`: everything recorded during one visit, on one screen.

A header (status, arrival, clock, start / conclude) over tabs: the checklist,
one table per repeatable section, participants, findings and requests, and
evidence. Every change is stored at once through the op runner (ui/ops.py);
Ctrl+Z / Ctrl+Shift+Z undo and redo the visit's last change, the core keeping
the history (`ws.undo`, `ws.redo`). Every tab listens to the change bus, so a
change made in one tab, or anywhere else, refreshes the others.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QSizePolicy, QTabWidget, QVBoxLayout, QWidget

from inspector_app.changes import Changes

from ..ops import OpRunner
from .checklist_panel import ChecklistPanel
from .findings import FindingsPanel
from .header import SIGNED, VisitHeader
from .participants import ParticipantsPanel
from .records import RecordsPanel

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")
PROBE_DELAY_MS = 200
"""After opening a visit, when the devices are looked for (QtMultimedia loads: ~0.1 s)."""


class VisitWorkspace(QWidget):
    """One visit's screen; `ops` is the window's op runner (a widget alone makes its own).

    `evidence_factory(ws, visit_id, lang, parent, ops)` builds the Photos and audio tab."""

    def __init__(self, ws, visit_id: str, lang: str = "vi", evidence_factory=None, parent=None,
                 ops: OpRunner | None = None) -> None:
        super().__init__(parent)
        self.ws, self.visit_id, self.lang = ws, visit_id, lang
        self.ops = ops if ops is not None else OpRunner(lang, parent=self)
        self.header = VisitHeader(ws, visit_id, self.ops, lang)
        self.checklist = ChecklistPanel(ws, visit_id, self.ops, lang)
        self.tabs = QTabWidget()
        # Every tab on one line at 1366 px: short names (a table by what its rows are, the
        # section's title in the tooltip), labels shortened rather than scroll arrows, and
        # no stop on the tab bar for Tab (Ctrl+Tab, Ctrl+PgDn… switch tabs instead).
        bar = self.tabs.tabBar()
        bar.setUsesScrollButtons(False)
        bar.setElideMode(Qt.TextElideMode.ElideRight)
        bar.setExpanding(False)
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        bar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabs.addTab(self.checklist, translate("VisitWorkspace", "Checklist"))
        self.records: list[RecordsPanel] = []
        for template_id in ws.visits.template_ids(visit_id):
            for section in ws.checklists.structure(template_id)["sections"]:
                if section["repeatable"]:
                    panel = RecordsPanel(ws, visit_id, section, self.ops, lang)
                    self.records.append(panel)
                    index = self.tabs.addTab(panel, section.get("record_label") or section["title"])
                    self.tabs.setTabToolTip(index, section["title"])
        self.participants = ParticipantsPanel(ws, visit_id, self.ops, lang)
        self.tabs.addTab(self.participants, translate("VisitWorkspace", "Participants"))
        self.findings = FindingsPanel(ws, visit_id, self.ops, lang)
        self.tabs.addTab(self.findings, translate("VisitWorkspace", "Findings and requests"))
        self.reinspection = None      # a re-inspection's earlier requests, checked on site (issue 13)
        if ws.visits.get(visit_id)["kind"] == "reinspection":
            from .reinspection import ReinspectionPanel
            self.reinspection = ReinspectionPanel(ws, visit_id, self.ops, lang)
            self.tabs.insertTab(1, self.reinspection, translate("VisitWorkspace", "Requests to check again"))
            self.ops.bus.subscribe(self.reinspection, self.reinspection.on_operation)
        self.evidence = evidence_factory(ws, visit_id, lang, self, self.ops) if evidence_factory else None
        if self.evidence is not None:
            self.tabs.addTab(self.evidence, translate("VisitWorkspace", "Photos and audio"))
        hint = QLabel(translate("VisitWorkspace",
                                "Keys: ↑↓ move · 1 compliant · 2 non-compliant · 3 not applicable · 0 clear · "
                                "Enter note · F2 value · F1 legal basis · Ctrl+Shift+F finding from the item · "
                                "Ctrl+Z undo"))
        hint.setObjectName("keyHint")
        hint.setToolTip(hint.text())
        # One line, cut on a narrow window (the tooltip has it all), so it never
        # makes the window taller than a small screen.
        hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(hint)
        self.key_hint = hint
        self.tabs.currentChanged.connect(self._tab_shown)
        self._actions()
        for panel in (self.header, self.checklist, *self.records, self.participants, self.findings):
            self.ops.bus.subscribe(panel, panel.on_operation)
        self.ops.bus.subscribe(self, self._update_undo)
        # Through a plain function disconnected with this workspace (see ChangeBus.subscribe).
        def offer(err, box) -> None:
            self._offer_amendment(err, box)
        self.ops.refused.connect(offer)
        self.destroyed.connect(lambda *_: _disconnect(self.ops.refused, offer))
        if self.evidence is not None:   # it listens to the bus itself
            self.checklist.current_item_changed.connect(
                lambda item_id: self.evidence.set_current_target("item", item_id or None))
            current = self.checklist.current_item()
            self.evidence.set_current_target("item", current["id"] if current else None)
            for action in self.evidence.shortcut_actions():   # Ctrl+Shift+P, Ctrl+B … anywhere in the visit
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.addAction(action)
            # The camera and microphone are looked for once the visit is on screen, not
            # when its Photos and audio tab is first opened: the shortcuts work at once.
            QTimer.singleShot(PROBE_DELAY_MS, self.evidence, self.evidence.probe_devices)
        self.checklist.view.setFocus()

    def importing(self) -> int:
        """How many photo imports into this visit are running (0 without an evidence tab)."""
        return self.evidence.importing() if self.evidence is not None else 0

    def shutdown(self) -> None:
        """Stop background work (thumbnails, recording) before the workspace closes."""
        if self.evidence is not None:
            self.evidence.shutdown()

    def _actions(self) -> None:
        undo = QAction(self)
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        undo.triggered.connect(self.undo)
        redo = QAction(self)
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence.StandardKey.Redo])
        redo.triggered.connect(self.redo)
        finding = QAction(translate("VisitWorkspace", "Finding from the selected item"), self)
        finding.setShortcut(QKeySequence("Ctrl+Shift+F"))
        finding.triggered.connect(self.finding_from_current_item)
        next_tab = QAction(translate("VisitWorkspace", "Next tab"), self)
        next_tab.setShortcuts([QKeySequence("Ctrl+Tab"), QKeySequence("Ctrl+PgDown")])
        next_tab.triggered.connect(lambda: self.step_tab(1))
        previous_tab = QAction(translate("VisitWorkspace", "Previous tab"), self)
        previous_tab.setShortcuts([QKeySequence("Ctrl+Shift+Tab"), QKeySequence("Ctrl+Backtab"),
                                   QKeySequence("Ctrl+PgUp")])
        previous_tab.triggered.connect(lambda: self.step_tab(-1))
        tab_keys = []
        for n in range(1, 10):   # Ctrl+1 the checklist, Ctrl+2… the other tabs, from anywhere in the visit
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{n}"))
            action.triggered.connect(lambda _checked=False, n=n: self.show_tab(n - 1))
            tab_keys.append(action)
        for action in (undo, redo, finding, next_tab, previous_tab, *tab_keys):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        for index in range(self.tabs.count()):
            if index < 9:
                key = QKeySequence(f"Ctrl+{index + 1}").toString(QKeySequence.SequenceFormat.NativeText)
                tip = self.tabs.tabToolTip(index) or self.tabs.tabText(index)
                self.tabs.setTabToolTip(index, f"{tip} ({key})")
        self.undo_action, self.redo_action, self.finding_action = undo, redo, finding
        self._update_undo()

    def _offer_amendment(self, err, box) -> None:
        """A change refused because the minutes are signed: the message offers the amendment
        in one step (the header's "Start an amendment…")."""
        signed = self.ws.visits.get(self.visit_id)["status"] in SIGNED
        if err.code != "visit_not_editable" or not signed or box is None:
            return
        button = box.addButton(translate("VisitWorkspace", "Start an amendment…"), box.ButtonRole.ActionRole)
        button.clicked.connect(lambda: self.header.start_amendment())
        self.amend_offer = button

    def show_tab(self, index: int) -> None:
        """Show tab `index` (0 is the checklist), with the focus in it."""
        if 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)
            self._tab_shown(index)

    def step_tab(self, step: int) -> None:
        """The next (1) or previous (-1) tab, round the end."""
        self.show_tab((self.tabs.currentIndex() + step) % self.tabs.count())

    def _tab_shown(self, index: int) -> None:
        """The focus goes into the tab shown (the checklist's list, a table…), never to the
        tab bar, so the arrows and number keys work at once; the key hints are the checklist's."""
        page = self.tabs.widget(index)
        target = getattr(page, "view", None) or next(
            (child for child in page.findChildren(QWidget)
             if child.focusPolicy() & Qt.FocusPolicy.TabFocus and child.isVisibleTo(page) and child.isEnabled()),
            page)
        target.setFocus()
        self.key_hint.setVisible(page is self.checklist)

    def undo(self) -> bool:
        """Undo the visit's last change (the core's history); False, with a message, if refused."""
        return self.ops.run(lambda: self.ws.undo(self.visit_id), initiator=self) is not None

    def redo(self) -> bool:
        return self.ops.run(lambda: self.ws.redo(self.visit_id), initiator=self) is not None

    def _update_undo(self, _changes: Changes | None = None, _initiator=None) -> None:
        """Texts ("Undo: answer") and enabled state from the core's history, after every change."""
        history = self.ws.undo_history
        for action, can, what, plain, named in (
                (self.undo_action, history.can_undo, history.undo_text,
                 translate("VisitWorkspace", "Undo"), translate("VisitWorkspace", "Undo: %1")),
                (self.redo_action, history.can_redo, history.redo_text,
                 translate("VisitWorkspace", "Redo"), translate("VisitWorkspace", "Redo: %1"))):
            text = what(self.visit_id, self.lang)
            action.setText(named.replace("%1", text) if text else plain)
            action.setEnabled(can(self.visit_id))

    def finding_from_current_item(self) -> bool:
        item = self.checklist.current_item()
        if item is None:
            return False
        self.tabs.setCurrentWidget(self.findings)
        return self.findings.create_from_item(item, self.checklist.model.note_of(item["id"]))


def _disconnect(signal, slot) -> None:
    try:
        signal.disconnect(slot)
    except (RuntimeError, TypeError):   # already gone
        pass
