"""The Units tab: the effective-dated unit tree, an "in force on" filter, creating, editing, ending."""

from __future__ import annotations

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from inspector_app.changes import Changes
from ui.models import format_date

from ..ops import OpRunner
from ..widgets import Column, DateEdit, WrappingDelegate, fit_columns, longest_word, wrap_words
from .common import TREE_STYLE, note_label
from .tree_models import UnitTreeModel
from .unit_dialogs import EndUnitDialog, UnitDialog


class UnitsTab(QWidget):
    """Org units as a tree. Units created here on a field laptop are marked as added locally.

    Every edit goes through `ops`; the tab refreshes from its change bus.
    """

    def __init__(self, ws, lang: str = "vi", parent=None, ops: OpRunner | None = None) -> None:
        super().__init__(parent)
        self.ws, self.lang = ws, lang
        self.ops = ops if ops is not None else OpRunner(lang, parent=self)
        self.ops.bus.subscribe(self, self.on_operation)
        self.dialog = None
        self.model = UnitTreeModel(ws, lang, self)

        self.as_of_check = QCheckBox(self.tr("Only units in force on"))
        self.as_of_date = DateEdit(QDate.currentDate())
        self.as_of_date.setCalendarPopup(True)
        self.as_of_date.setDisplayFormat("dd/MM/yyyy")
        self.as_of_date.setEnabled(False)
        self.new_button = QPushButton(self.tr("New unit…"))
        self.new_child_button = QPushButton(self.tr("New unit under the selected one…"))
        self.new_child_button.setMinimumWidth(0)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.end_button = QPushButton(self.tr("End unit…"))
        self.end_button.setToolTip(self.tr("Close a merged or renamed unit and name its successors"))

        self.tree = QTreeView()
        self.tree.setStyleSheet(TREE_STYLE)
        self.tree.setModel(self.model)
        # Names and kinds wrap on lines of their column, rows as tall as them: read whole at 200 %.
        self.tree.setWordWrap(True)
        self.tree.setItemDelegate(WrappingDelegate(self.tree, self.WRAPPED))
        self.tree.setAlternatingRowColors(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.refit = fit_columns(self.tree, self._columns, self._fitted)
        self._relayout = QTimer(self, singleShot=True, interval=0)    # rows measured again at the new widths
        self._relayout.timeout.connect(self.tree.doItemsLayout)
        self.tree.header().sectionResized.connect(lambda *_: self._relayout.start())
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty_note = note_label(self.tr("No units yet. Add the units your team inspects with “New unit…”, "
                                             "or import a distribution from headquarters."))

        # Two short rows, not one long one: the window must fit a small screen at 200 % scaling.
        top = QHBoxLayout()
        top.addWidget(self.as_of_check)
        top.addWidget(self.as_of_date)
        top.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.new_child_button, self.edit_button, self.end_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.details)

        self.as_of_check.toggled.connect(self._filter_changed)
        self.as_of_date.dateChanged.connect(self._filter_changed)
        self.tree.selectionModel().currentChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self.tree.doubleClicked.connect(self.edit_unit)
        self.new_button.clicked.connect(self._new_top_unit)
        self.new_child_button.clicked.connect(self._new_child_unit)
        self.edit_button.clicked.connect(self.edit_unit)
        self.end_button.clicked.connect(self.end_unit)
        self.model.refresh()
        self.tree.expandToDepth(0)
        self.model.modelReset.connect(self.refit)
        self.tree.expanded.connect(lambda _index: self.refit())

    # -- columns -------------------------------------------------------------------
    WRAPPED = (UnitTreeModel.NAME, UnitTreeModel.KIND, UnitTreeModel.SUCCESSORS)

    def _shown_texts(self) -> list[list[str]]:
        """Each column's texts on the rows loaded (the top of the tree and what is open)."""
        texts: list[list[str]] = [[] for _ in range(self.model.columnCount())]
        pending = [QModelIndex()]
        while pending and len(texts[0]) < 500:
            parent = pending.pop()
            for row in range(self.model.rowCount(parent)):
                for column in range(len(texts)):
                    texts[column].append(self.model.index(row, column, parent).data() or "")
                child = self.model.index(row, 0, parent)
                if self.tree.isExpanded(child):
                    pending.append(child)
        return texts

    def _columns(self) -> list[Column]:
        """A name and a kind on one line when the window allows, wrapped when it does not;
        a code and dates whole; headings on lines of their column."""
        heading, cell = self.tree.header().fontMetrics(), self.tree.fontMetrics()
        char, pad, indent = cell.averageCharWidth(), 16, self.tree.indentation() * 2   # a unit two levels down
        out = []
        for column, (title, texts) in enumerate(zip(self.model.headers(), self._shown_texts())):
            words = max([longest_word(title, heading), *(longest_word(t, cell) for t in texts)])
            widest = max([0, *(cell.horizontalAdvance(t) for t in texts)])
            if column == UnitTreeModel.NAME:
                out.append(Column(max(words, char * 12) + indent + pad, min(widest, char * 48) + indent + pad, 3))
            elif column in self.WRAPPED:
                out.append(Column(max(words, char * 8) + pad, min(max(widest, words), char * 30) + pad, 1))
            else:
                out.append(Column(words + pad, max(widest, words) + pad))
        return out

    def _fitted(self, widths: list[int]) -> None:
        metrics = self.tree.header().fontMetrics()
        self.model.headings = {column: wrap_words(title, metrics, width - 14)
                               for column, (title, width) in enumerate(zip(self.model.headers(), widths))}
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)

    # -- state ---------------------------------------------------------------------
    def selected(self) -> dict | None:
        return self.model.value(self.tree.currentIndex())

    def selected_id(self) -> str | None:
        unit = self.selected()
        return unit["id"] if unit else None

    def select_unit(self, unit_id: str) -> bool:
        """Expand to and select a unit; False when the filter hides it."""
        index = self.model.index_of(unit_id)
        if not index.isValid():
            return False
        parent = index.parent()
        while parent.isValid():
            self.tree.expand(parent)
            parent = parent.parent()
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def _filter_changed(self, *_args) -> None:
        on = self.as_of_check.isChecked()
        self.as_of_date.setEnabled(on)
        selected = self.selected_id()
        self.model.set_as_of(self.as_of_date.date().toString("yyyy-MM-dd") if on else None)
        self.tree.expandToDepth(0)
        if selected:
            self.select_unit(selected)

    def _selection_changed(self, *_args) -> None:
        unit = self.selected()
        for button in (self.new_child_button, self.edit_button, self.end_button):
            button.setEnabled(unit is not None)
        self.empty_note.setVisible(self.model.rowCount() == 0)
        self.details.setText(self._describe(unit) if unit else "")

    def _describe(self, unit: dict) -> str:
        path = " › ".join(u["name"] for u in self.ws.units.path(unit["id"]))
        lines = [path]
        if unit["address"]:
            lines.append(self.tr("Address: %1").replace("%1", unit["address"]))
        if unit["place_name"]:
            lines.append(self.tr("Place name: %1").replace("%1", unit["place_name"]))
        if unit["valid_to"]:
            names = ", ".join(u["name"] for u in self.ws.units.successors(unit["id"])) or "—"
            lines.append(self.tr("Ended on %1; taken over by: %2").replace("%1", format_date(unit["valid_to"]))
                         .replace("%2", names))
        if unit["added_locally"]:
            lines.append(self.tr("Added on this laptop."))
        return "\n".join(lines)

    # -- refreshing ----------------------------------------------------------------
    def on_operation(self, changes: Changes, _initiator) -> None:
        """A change stored anywhere (the bus): refresh what it touched."""
        self.apply_changes(changes)

    def apply_changes(self, changes: Changes) -> None:
        selected = self.selected_id()
        if self.model.apply_changes(changes):
            self.tree.expandToDepth(0)
            if selected:
                self.select_unit(selected)

    def _stored(self, changes: Changes, unit_id: str | None = None) -> None:
        if unit_id:
            self.select_unit(unit_id)

    # -- actions -------------------------------------------------------------------
    def _new_top_unit(self) -> None:
        self.new_unit(None)

    def _new_child_unit(self) -> None:
        self.new_unit(self.selected_id())

    def new_unit(self, parent_id: str | None) -> None:
        """Open the dialog for a new unit, under `parent_id` when given."""
        added_locally = self.ws.role != "hq"

        def submit(values: dict) -> bool:
            name, kind = values.pop("name"), values.pop("kind")
            result = self.ops.run(
                lambda: self.ws.units.create(name, kind, added_locally=added_locally, **values),
                initiator=self, parent=self.dialog)
            ok = result is not None
            if ok:
                unit_id, changes = result
                self._stored(changes, unit_id)
            return ok

        self._open(UnitDialog(self.ws, self.lang, submit, parent_id=parent_id, parent=self))

    def edit_unit(self, *_args) -> None:
        unit = self.selected()
        if unit is None:
            return

        def submit(values: dict) -> bool:
            changes = self.ops.run(
                lambda: self.ws.units.update(unit["id"], **values),
                initiator=self, parent=self.dialog)
            ok = changes is not None
            if ok:
                self._stored(changes, unit["id"])
            return ok

        self._open(UnitDialog(self.ws, self.lang, submit, unit=unit, parent=self))

    def end_unit(self) -> None:
        unit = self.selected()
        if unit is None:
            return

        def submit(values: dict) -> bool:
            changes = self.ops.run(
                lambda: self.ws.units.end(unit["id"], values["valid_to"], values["successor_ids"]),
                initiator=self, parent=self.dialog)
            ok = changes is not None
            if ok:
                self._stored(changes, unit["id"])
            return ok

        self._open(EndUnitDialog(self.ws, self.lang, unit, submit, parent=self))

    def _open(self, dialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
