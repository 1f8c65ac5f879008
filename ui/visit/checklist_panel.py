"""`ChecklistPanel`: answering a checklist with the keyboard alone.

Arrows move; 1 / 2 / 3 answer đạt / không đạt / không áp dụng (or the
item's own choices, or Có / Không) and move on; 0 or Delete clears; Enter
writes a note; F2 types a value (numbers, scores, dates, text); F1 shows the
legal basis and guidance. Every answer is stored at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from inspector_app.changes import Changes
from inspector_app.checklists import answer_types

from ..widgets import WrappingDelegate, accept_on_ctrl_enter
from .checklist_model import ChecklistModel
from .editors import editor_for
from .evidence_marks import mark
from .labels import answer_text, key_choices, number
from .value_dialog import ask_value

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

_NUMBER_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}


class ChecklistPanel(QWidget):
    current_item_changed = Signal(str)   # the selected item's id, "" on a section row

    def __init__(self, ws, visit_id: str, ops, lang: str = "vi", parent=None) -> None:
        super().__init__(parent)
        self.ws, self.visit_id, self.ops, self.lang = ws, visit_id, ops, lang
        self.model = ChecklistModel(ws, visit_id, lang, self)
        self.summary = QLabel()
        self.summary.setObjectName("checklistSummary")
        self.view = QTreeView()
        self.view.setModel(self.model)
        # The item's whole text is read in the list (issue 12: cut at 1366 px): long
        # texts wrap over two or three lines, so rows are not of one height.
        self.view.setUniformRowHeights(False)
        self.view.setWordWrap(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.view.setItemDelegate(WrappingDelegate(self.view, (self.model.TEXT, self.model.NOTE)))
        self.view.setAlternatingRowColors(True)
        self.view.setAllColumnsShowFocus(True)
        self.view.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.view.installEventFilter(self)
        self.model.modelReset.connect(self.view.expandAll)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)   # the text takes the spare width
        header.setSectionResizeMode(self.model.NOTE, QHeaderView.ResizeMode.Interactive)
        # Wrapped rows are measured again when a column's width changes (once, after the drag).
        self._relayout = QTimer(self, singleShot=True, interval=0)
        self._relayout.timeout.connect(self.view.doItemsLayout)
        header.sectionResized.connect(lambda *_: self._relayout.start())
        # Fitted to its contents when the checklist is loaded, not on every answer:
        # ResizeToContents would measure all 500 rows after each key press.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.model.modelReset.connect(self._fit_answer_column)
        self.details = QTextBrowser()
        self.details.setObjectName("itemDetails")
        self.details.setVisible(False)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.only_unanswered = QCheckBox(translate("ChecklistPanel", "Only items not answered yet"))
        self.only_unanswered.setFocusPolicy(Qt.FocusPolicy.NoFocus)   # Tab stays in the list
        self.only_unanswered.toggled.connect(self._filter)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.only_unanswered)
        layout.addLayout(top)
        # An item answered "Đạt" while records breach it: said at once, with the way out.
        self.breach_label = QLabel()
        self.breach_label.setObjectName("breachWarning")
        self.breach_label.setWordWrap(True)
        self.breach_label.setStyleSheet("color: rgb(160, 20, 20);")
        self.breach_button = QPushButton(translate("ChecklistPanel", "Set to “Không đạt” with a note naming them"))
        self.breach_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.breach_button.clicked.connect(lambda _checked=False: self.mark_breached())
        self.breach_bar = QWidget()
        bar = QHBoxLayout(self.breach_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.breach_label, 1)
        bar.addWidget(self.breach_button)
        self.breach_bar.hide()
        self.breach_item: str | None = None      # the item the button corrects
        layout.addWidget(self.breach_bar)
        layout.addWidget(splitter, 1)
        self.refresh()
        self.view.selectionModel().currentChanged.connect(self._on_current)
        self.select_first()
        self.next_missing_action = QAction(translate("ChecklistPanel", "Next required item not answered"), self)
        self.next_missing_action.setShortcut(QKeySequence("Ctrl+J"))
        self.next_missing_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.next_missing_action.triggered.connect(lambda _checked=False: self.select_next_missing())
        self.addAction(self.next_missing_action)

    # -- state ------------------------------------------------------------------------
    def _fit_answer_column(self) -> None:
        """Wide enough for the answers shown and for the widest answer a key gives."""
        compliance = {"answer_type": "compliance"}
        widest = max(self.view.fontMetrics().horizontalAdvance(answer_types.format_value(compliance, value, self.lang))
                     for value in answer_types.keys(compliance))
        self.view.setColumnWidth(1, max(self.view.sizeHintForColumn(1), widest + 24))
        evidence = self.view.fontMetrics().horizontalAdvance(mark({"photo": 9, "audio": 9}, False))
        self.view.setColumnWidth(self.model.EVIDENCE, max(self.view.sizeHintForColumn(self.model.EVIDENCE),
                                                          evidence + 16))
        self.view.setColumnWidth(self.model.NOTE, max(160, self.view.fontMetrics().averageCharWidth() * 28))

    def refresh(self) -> None:
        current = self.current_item()
        self.model.refresh()
        self._update_summary()
        if current:
            self.select_item(current["id"])

    def apply_changes(self, changes: Changes) -> None:
        current = self.current_item()
        self.model.apply_changes(changes)   # a reset re-expands through modelReset
        if current:
            self.select_item(current["id"])
        self._update_summary()

    def on_operation(self, changes: Changes, _initiator) -> None:
        """A change stored anywhere (the bus): refresh what it touched."""
        self.apply_changes(changes)

    def _update_summary(self) -> None:
        # The visit's counts as the minutes print them (ws.visits.counts' computation). "Answered"
        # counts the items the team answered; the items nobody answered that records make
        # non-compliant are said apart, so the words say what each number counts.
        t = self.model.counts()
        settled = self.model.settled_by_records()
        text = translate("ChecklistPanel", "Answered %1 of %2")
        text = text.replace("%1", str(t["items"] - t["unanswered"] - settled)).replace("%2", str(t["items"]))
        if settled:
            text += " · " + self.tr("%n not answered, non-compliant by records", "", settled)
        if t["noncompliant"]:
            text += " · " + self.tr("%n non-compliant", "", t["noncompliant"])
        contradicted = len(self.model.contradicted())
        if contradicted:
            text += " · " + self.tr("%n contradicted by records", "", contradicted)
        if t["possible"]:
            score = translate("ChecklistPanel", "Score %1/%2")
            earned, possible = number(t["earned"], self.lang), number(t["possible"], self.lang)
            text += " · " + score.replace("%1", earned).replace("%2", possible)
        missing = sum(1 for item in self.model.items()
                      if answer_types.is_unanswered_required(item, self.model.value_of(item["id"])))
        if missing:
            text += " · " + self.tr("%n required unanswered", "", missing)
        self.summary.setText(text)
        self._update_breach_bar()

    def _update_breach_bar(self) -> None:
        """Shown while the selected item (else the first one) is contradicted by records."""
        ids = self.model.contradicted()
        current = self.current_item()
        item_id = current["id"] if current and current["id"] in ids else (ids[0] if ids else None)
        self.breach_bar.setVisible(item_id is not None)
        if item_id is None:
            return
        item = self.ws.checklists.find_item(item_id) or {}
        rows = "; ".join(b.phrase() for b in self.model.contradiction(item_id))
        text = translate("ChecklistPanel", "⚠ %1 is answered “%2” but records breach it: %3.")
        self.breach_label.setText(text.replace("%1", item.get("code", "")).replace(
            "%2", answer_text(item, self.model.value_of(item_id), self.lang)).replace("%3", rows))
        self.breach_item = item_id

    def mark_breached(self, item_id: str | None = None) -> bool:
        """Set the contradicted item to its non-compliant answer with a note naming the rows,
        in one step the visit's Undo reverses (`ws.visits.mark_breached`)."""
        item_id = item_id or self.breach_item
        if not item_id:
            return False
        visit_id = self.visit_id
        return self.ops.run(lambda: self.ws.visits.mark_breached(visit_id, item_id), initiator=self) is not None

    # -- selection --------------------------------------------------------------------
    def current_item(self) -> dict | None:
        return self.model.item_at(self.view.currentIndex())

    def select_item(self, item_id: str) -> None:
        index = self.model.index_of_item(item_id)
        if index.isValid():
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.view.scrollTo(index)

    def select_first(self) -> None:
        for item in self.model.items():
            self.select_item(item["id"])
            return

    def select_next(self, step: int = 1) -> None:
        """Move to the next item (`step` -1: the previous one), over section headings.

        From a heading, Down goes to its section's first item and Up to the
        previous section's last."""
        ids = [i["id"] for i in self.model.items()]
        if not ids:
            return
        current = self.current_item()
        if current and current["id"] in ids:
            position = ids.index(current["id"]) + step
        else:
            position = self._position_after_heading(ids, step)
        if 0 <= position < len(ids):
            self.select_item(ids[position])

    def _filter(self, only: bool) -> None:
        current = self.current_item()
        self.model.set_only_unanswered(only)
        if current is not None and self.model.index_of_item(current["id"]).isValid():
            self.select_item(current["id"])
        else:
            self.select_first()
        self.view.setFocus()

    def select_next_missing(self) -> bool:
        """Ctrl+J: the next required item not answered yet, after the current one (round the
        end); False when none is left."""
        items = list(self.model.items())
        current = self.current_item()
        start = next((n + 1 for n, item in enumerate(items) if current and item["id"] == current["id"]), 0)
        for item in items[start:] + items[:start]:
            if answer_types.is_unanswered_required(item, self.model.value_of(item["id"])):
                self.select_item(item["id"])
                return True
        return False

    def _position_after_heading(self, ids: list[str], step: int) -> int:
        """Where Down (or Up) lands from a section heading, or from nowhere."""
        section = self.model.section_at(self.view.currentIndex())
        if section is None or not section["visible"]:
            return 0 if step > 0 else len(ids) - 1
        first = ids.index(section["visible"][0]["id"])
        return first if step > 0 else first - 1

    def _on_current(self, current, _previous) -> None:
        item = self.model.item_at(current)
        self._update_breach_bar()
        self.current_item_changed.emit(item["id"] if item else "")
        if self.details.isVisible():
            self._show_details(item)

    # -- keyboard ---------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress and not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            return self._key(event.key())
        return super().eventFilter(watched, event)

    def _key(self, key) -> bool:
        item = self.current_item()
        if key == Qt.Key.Key_F1:
            self.toggle_details()
            return True
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.select_next(1 if key == Qt.Key.Key_Down else -1)
            return True
        if item is None and key in (*_NUMBER_KEYS, Qt.Key.Key_0, Qt.Key.Key_Delete):
            # A digit on a section heading answers the section's first item, not nothing.
            self.select_next(1)
            item = self.current_item()
        if item is None:
            return False
        if key in _NUMBER_KEYS:
            choices = key_choices(item)
            n = _NUMBER_KEYS[key]
            if n <= len(choices) and self.answer(item, choices[n - 1]):
                self.select_next()
            return True
        if key in (Qt.Key.Key_0, Qt.Key.Key_Delete):
            self.answer(item, None)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.edit_note(item)
            return True
        if key == Qt.Key.Key_F2:
            self.edit_value(item)
            return True
        return False

    # -- storing ----------------------------------------------------------------------
    def answer(self, item: dict, value) -> bool:
        """Store an answer (one undo step in the core); False, with a message, if the core refused."""
        if self.model.value_of(item["id"]) == value:
            return True
        return self.ops.run(lambda: self.ws.answers.answer(self.visit_id, item["id"], value),
                            initiator=self) is not None

    def set_note(self, item: dict, note: str) -> bool:
        if self.model.note_of(item["id"]) == note:
            return True
        return self.ops.run(lambda: self.ws.answers.set_note(self.visit_id, item["id"], note),
                            initiator=self) is not None

    def edit_note(self, item: dict) -> None:
        """Enter: a note for the item. Enter starts a new line; Ctrl+Enter saves, as the label says."""
        dialog = QInputDialog(self)
        dialog.setWindowTitle(translate("ChecklistPanel", "Note"))
        dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        dialog.setLabelText(f"{item['code']}  {item['text']}\n"
                            + translate("ChecklistPanel", "Ctrl+Enter saves the note."))
        dialog.setTextValue(self.model.note_of(item["id"]))
        editor = dialog.findChild(QPlainTextEdit)
        if editor is not None:
            accept_on_ctrl_enter(dialog, editor)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        text = dialog.textValue()
        dialog.deleteLater()
        if accepted:
            self.set_note(item, text)

    def edit_value(self, item: dict) -> None:
        """F2: answer with the item's editor (items the number keys answer have none)."""
        if not editor_for(item).by_dialog:
            return
        value, ok = ask_value(self, item, f"{item['code']}  {item['text']}", self.model.value_of(item["id"]),
                              self.lang)
        if ok:
            self.answer(item, value)

    # -- details (legal basis and guidance) ----------------------------------------------
    def toggle_details(self) -> None:
        self.details.setVisible(not self.details.isVisible())
        if self.details.isVisible():
            self._show_details(self.current_item())

    def _show_details(self, item: dict | None) -> None:
        if item is None:
            self.details.clear()
            return
        visit = self.ws.visits.get(self.visit_id)
        cites = self.ws.checklists.citations(item, self.ws.visits.visit_date(visit))
        parts = [f"<b>{item['code']}</b> {item['text']}"]
        if cites:
            parts.append("<b>" + translate("ChecklistPanel", "Legal basis") + ":</b><ul>" + "".join(
                f"<li>{c['article'] + ' ' if c['article'] else ''}{c['kind']} {c['number']} {c['title']}</li>"
                for c in cites) + "</ul>")
        if item.get("guidance"):
            parts.append("<b>" + translate("ChecklistPanel", "Guidance") + ":</b> " + item["guidance"])
        if item.get("evidence_required"):
            parts.append("<i>" + translate("ChecklistPanel", "Evidence is required for this item.") + "</i>")
        self.details.setHtml("<p>" + "</p><p>".join(parts) + "</p>")
