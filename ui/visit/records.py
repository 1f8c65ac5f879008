"""Repeatable sections as editable tables: roll call, case files, interviews.

One row per record (a staff member, a case file, a citizen), one column per
item. Choice cells take the number keys (roll-call statuses by key), dates
have date editors, "late" is computed by the core and shown in red. A cell
whose answer breaches an item of the checklist (`checklists/breaches.py`: "Đeo
thẻ: Không" breaches C1) is red and says so in words ("Không – vi phạm C1"),
and its row's number is marked: never colour alone. The columns share the
table's width (`widgets.fit_columns`): a date keeps its whole width, texts and
answers wrap on lines of their cells and headings on lines of their columns, so
the table does not scroll sideways at 1366 px (issue 12).
"""

from __future__ import annotations

import textwrap

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QKeyCombination,
    QModelIndex,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspector_app.changes import Changes
from inspector_app.checklists import answer_types
from inspector_app.checklists.breaches import breached_codes
from inspector_app.services.answers import applicable, observation_id

from ..icons import icon
from ..style import alert_red, tint
from ..widgets import Column, fit_columns, longest_word, set_empty_text, wrap_words
from .editors import editor_for
from .labels import answer_text, key_choices

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

_NUMBER_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}
_BREACH_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole)


class RecordsModel(QAbstractTableModel):
    """Rows: the section's records; columns: its items. `store` saves one cell."""

    ENTITIES = ("observation", "section_record")

    def __init__(self, ws, visit_id: str, section: dict, lang: str = "vi", store=None, parent=None) -> None:
        super().__init__(parent)
        self.ws, self.visit_id, self.section, self.lang = ws, visit_id, section, lang
        self.items = section["items"]
        self.store = store or (lambda item, record_id, value: None)
        self._records: list[str] = []
        self._held: dict = {}
        self._applies: set = set()
        self._cell_ids: set[str] = set()
        self.headings: dict[int, str] = {}   # column → its heading on lines of its width (RecordsPanel)

    def refresh(self) -> None:
        self.beginResetModel()
        self._records = [r["id"] for r in self.ws.answers.records(self.visit_id, self.section["id"])]
        # The ids the answers of this table's cells have (or will have).
        self._cell_ids = {observation_id(self.visit_id, item["id"], record)
                          for record in self._records for item in self.items}
        self._load_answers()
        self.endResetModel()

    def _load_answers(self) -> None:
        self._held = self.ws.answers.of_visit(self.visit_id)
        self._applies = {(item["id"], record) for item, record in
                         applicable(self.section, self._held, {self.section["id"]: self._records})}

    def apply_changes(self, changes: Changes) -> None:
        if changes.touches("section_record"):
            self.refresh()
        elif changes.ids("observation") & self._cell_ids:
            # Only answers to this table's cells reload it: answering the checklist reads nothing here.
            self._load_answers()
            if self._records:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._records) - 1, len(self.items) - 1))


    def record_id(self, row: int) -> str:
        return self._records[row]

    def held_value(self, item_id: str, record_id: str):
        held = self._held.get((item_id, record_id))
        return held["value"] if held else None

    def value(self, row: int, column: int):
        held = self._held.get((self.items[column]["id"], self._records[row]))
        return held["value"] if held else None

    def applies(self, row: int, column: int) -> bool:
        return (self.items[column]["id"], self._records[row]) in self._applies

    def breached(self, row: int, column: int) -> list[str]:
        """Codes of the checklist items this cell's answer breaches (none when it does not apply)."""
        if not self.applies(row, column):
            return []
        return breached_codes(self.items[column], self.value(row, column))

    def row_breaches(self, row: int) -> list[str]:
        """Codes of the items the row breaches, in column order."""
        out: list[str] = []
        for column in range(len(self.items)):
            out += [code for code in self.breached(row, column) if code not in out]
        return out

    # -- Qt overrides --------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.items[index.column()].get("derive") and self.applies(index.row(), index.column()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item, value = self.items[index.column()], self.value(index.row(), index.column())
        codes = self.breached(index.row(), index.column()) if role in _BREACH_ROLES else []
        if role == Qt.ItemDataRole.DisplayRole:
            text = answer_text(item, value, self.lang)
            if codes:
                return translate("RecordsModel", "%1 – breaches %2").replace("%1", text).replace(
                    "%2", ", ".join(codes))
            return text
        if role == Qt.ItemDataRole.EditRole:
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ForegroundRole:
            if codes or answer_types.is_noncompliant(item, value):
                return alert_red()
        if role == Qt.ItemDataRole.ToolTipRole and codes:
            return translate("RecordsModel", "This answer breaches item %1 of the checklist: the minutes print "
                             "it non-compliant.").replace("%1", ", ".join(codes))
        if role == Qt.ItemDataRole.BackgroundRole and not self.applies(index.row(), index.column()):
            return tint(None, 0.08)   # a cell that does not apply: greyed over the base
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.get("guidance") or None
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        return bool(self.store(self.items[index.column()], self._records[index.row()], value))

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.items):
            text = self.items[section]["text"]
            if role == Qt.ItemDataRole.DisplayRole:   # on lines of its column's width
                return self.headings.get(section) or textwrap.fill(text, HEADER_LINE)
            if role == Qt.ItemDataRole.ToolTipRole:
                return text
            return None
        if orientation == Qt.Orientation.Horizontal or not 0 <= section < len(self._records):
            return None
        if role == Qt.ItemDataRole.DisplayRole:   # "2 ⚠": the row breaches an item, said beside the colour
            return f"{section + 1} ⚠" if self.row_breaches(section) else str(section + 1)
        if role == Qt.ItemDataRole.ForegroundRole and self.row_breaches(section):
            return alert_red()
        if role == Qt.ItemDataRole.ToolTipRole and self.row_breaches(section):
            codes = ", ".join(self.row_breaches(section))
            return translate("RecordsModel", "This row breaches %1").replace("%1", codes)
        return None


HEADER_LINE = 20
"""Characters on a line of a column's heading until the columns are fitted to the table."""

PADDING = 12
"""Pixels of a cell or heading that are not text (margins, the grid)."""

HEADING_LINES = 5
"""Lines of a heading at most; a longer one ends in "…" and is read whole in its tooltip."""

_MOMENTS = {"date": "30/12/2026", "time": "08:00", "datetime": "30/12/2026 08:00"}


def column_needs(item: dict, lang: str, heading, cell, widest: int = 0, words: int = 0) -> Column:
    """What the column of `item` needs: a date its whole width, an answer its longest
    label at ease, a text its widest value up to 40 characters then what is left; never
    narrower than a heading's word. `heading` and `cell` are the font metrics of the
    header and of the cells, `widest` the width of the column's widest value now, `words`
    of its widest word."""
    text = item["text"]
    floor = longest_word(text, heading) + PADDING
    on_three_lines = heading.horizontalAdvance(text) // 3 + PADDING
    kind = item.get("answer_type")
    if kind in _MOMENTS:
        floor = max(floor, cell.horizontalAdvance(_MOMENTS[kind]) + PADDING)
        return Column(floor, max(floor, on_three_lines))
    labels = [answer_text(item, value, lang) for value in key_choices(item)]
    if labels:   # the words of "Không – vi phạm C1" too
        breach = translate("RecordsModel", "%1 – breaches %2").replace("%1", "").replace("%2", "C99")
        floor = max(floor, max(longest_word(label, cell) for label in [*labels, breach]) + PADDING)
        at_ease = max(cell.horizontalAdvance(label) for label in labels) + PADDING
        return Column(floor, max(floor, at_ease, on_three_lines), 0.5)
    if kind == "text":   # a word of the values (a file's number) whole, up to 16 characters
        floor = max(floor, min(max(words, cell.averageCharWidth() * 6), cell.averageCharWidth() * 16) + PADDING)
        at_ease = min(max(widest, cell.averageCharWidth() * 12), cell.averageCharWidth() * 40) + PADDING
        return Column(floor, max(floor, at_ease, on_three_lines), 1.0)
    floor = max(floor, cell.averageCharWidth() * 7 + PADDING)
    return Column(floor, max(floor, on_three_lines))


class AnswerDelegate(QStyledItemDelegate):
    """Each cell edited with its item's answer-type editor (ui/visit/editors.py),
    the one the F2 dialog uses; values go to the model as the core stores them."""

    def __init__(self, model: RecordsModel, parent=None) -> None:
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent, option, index):
        item = self.model.items[index.column()]
        return editor_for(item).create(parent, item, self.model.lang)

    def setEditorData(self, editor, index) -> None:
        item = self.model.items[index.column()]
        editor_for(item).show(editor, item, self.model.value(index.row(), index.column()))

    def setModelData(self, editor, model, index) -> None:
        item = self.model.items[index.column()]
        model.setData(index, editor_for(item).read(editor, item))

    def sizeHint(self, option, index):
        size = super().sizeHint(option, index)   # a wrapped answer's lines, with air around them
        return QSize(size.width(), size.height() + 8)

    def updateEditorGeometry(self, editor, option, index) -> None:
        # A list of ticks (multiple choice) needs more than the row's height.
        rect = option.rect
        rect.setHeight(max(rect.height(), editor.minimumSizeHint().height(), editor.minimumHeight()))
        editor.setGeometry(rect)


class RecordsPanel(QWidget):
    """A repeatable section: add rows, type or key in values, remove rows."""

    def __init__(self, ws, visit_id: str, section: dict, ops, lang: str = "vi", parent=None) -> None:
        super().__init__(parent)
        self.ws, self.visit_id, self.section, self.ops, self.lang = ws, visit_id, section, ops, lang
        self.model = RecordsModel(ws, visit_id, section, lang, self._store, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(AnswerDelegate(self.model, self.view))
        self.view.setEditTriggers(QTableView.EditTrigger.DoubleClicked | QTableView.EditTrigger.EditKeyPressed
                                  | QTableView.EditTrigger.AnyKeyPressed)
        self.view.horizontalHeader().setDefaultSectionSize(150)
        self.view.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideNone)
        self.view.setWordWrap(True)
        # Rows as tall as their wrapped cells, never less than a roomy line.
        self.view.verticalHeader().setMinimumSectionSize(self.view.fontMetrics().height() + 14)
        self.refit = fit_columns(self.view, self._columns, self._fitted)
        self._rows_measured = QTimer(self, singleShot=True, interval=0)   # once per burst of changes
        self._rows_measured.timeout.connect(self.view.resizeRowsToContents)
        for signal in (self.model.modelReset, self.model.dataChanged, self.model.rowsInserted):
            signal.connect(self._rows_measured.start)
        self.model.modelReset.connect(self.refit)   # rows added or removed: what the texts need (not on a key)
        self.view.installEventFilter(self)
        label = section.get("record_label") or translate("RecordsPanel", "row")
        self.add_button = QPushButton(translate("RecordsPanel", "Add") + f" {label.lower()} (Ctrl+N)")
        self.add_button.setIcon(icon("plus"))
        self.add_button.clicked.connect(self.add_record)
        set_empty_text(self.view, translate("RecordsPanel", "No rows yet. Press Ctrl+N to add one (%1).")
                       .replace("%1", label.lower()))
        self.remove_button = QPushButton(translate("RecordsPanel", "Remove row (Ctrl+Delete)"))
        self.remove_button.setIcon(icon("trash"))
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        self.model.refresh()

    def apply_changes(self, changes: Changes) -> None:
        self.model.apply_changes(changes)

    def _columns(self) -> list[Column]:
        heading, cell = self.view.horizontalHeader().fontMetrics(), self.view.fontMetrics()
        rows = range(min(self.model.rowCount(), 200))         # enough to know a column's texts
        needs = []
        for column, item in enumerate(self.model.items):
            texts = [self.model.data(self.model.index(row, column)) or "" for row in rows]
            needs.append(column_needs(item, self.lang, heading, cell,
                                      max((cell.horizontalAdvance(t) for t in texts), default=0),
                                      max((longest_word(t, cell) for t in texts), default=0)))
        return needs

    def _fitted(self, widths: list[int]) -> None:
        """The columns have their widths: headings on lines of them, rows as tall as their cells."""
        metrics = self.view.horizontalHeader().fontMetrics()
        self.model.headings = {column: wrap_words(item["text"], metrics, width - PADDING, HEADING_LINES)
                               for column, (item, width) in enumerate(zip(self.model.items, widths))}
        if self.model.items:
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.model.items) - 1)
        self._rows_measured.start()

    def on_operation(self, changes: Changes, _initiator) -> None:
        """A change stored anywhere (the bus): refresh what it touched."""
        self.apply_changes(changes)

    def add_record(self) -> str | None:
        added = self.ops.run(lambda: self.ws.answers.add_record(self.visit_id, self.section["id"]), initiator=self)
        if added is None:
            return None
        record_id = added[0]
        self.view.setCurrentIndex(self.model.index(self.model.rowCount() - 1, 0))
        self.view.setFocus()
        return record_id

    def remove_current(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        self.ops.run(lambda: self.ws.answers.remove_record(self.model.record_id(index.row())), initiator=self)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.view and event.type() == QEvent.Type.ShortcutOverride \
                and event.keyCombination() == QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_N):
            # Inside the table, Ctrl+N adds a row: it must win over the window's "New visit".
            event.accept()
            return True
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            index = self.view.currentIndex()
            if (event.key() == Qt.Key.Key_N and event.modifiers() & Qt.KeyboardModifier.ControlModifier) \
                    or event.key() == Qt.Key.Key_Insert:
                self.add_record()
                return True
            if event.key() == Qt.Key.Key_Delete and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.remove_current()   # the whole row; Delete alone clears one cell
                return True
            if index.isValid() and self.view.state() != QTableView.State.EditingState:
                item = self.model.items[index.column()]
                choices = key_choices(item)
                if event.key() in _NUMBER_KEYS and choices and self.model.flags(index) & Qt.ItemFlag.ItemIsEditable:
                    n = _NUMBER_KEYS[event.key()]
                    if n <= len(choices):
                        self.model.setData(index, choices[n - 1])
                    return True
                if event.key() == Qt.Key.Key_Delete and self.model.flags(index) & Qt.ItemFlag.ItemIsEditable:
                    self.model.setData(index, None)
                    return True
        return super().eventFilter(watched, event)

    def _store(self, item: dict, record_id: str, value) -> bool:
        if self.model.held_value(item["id"], record_id) == value:
            return True
        return self.ops.run(lambda: self.ws.answers.answer(self.visit_id, item["id"], value, record_id=record_id),
                            initiator=self) is not None

