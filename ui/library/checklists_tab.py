"""The Checklists tab: versions, their sections and items, legal bases, editing a local draft."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from inspector_app.changes import Changes
from inspector_app.checklists.answer_types import TYPES
from ui.widgets import keep_text_column_readable, make_table

from ..ops import OpRunner
from .checklist_dialogs import ItemDialog, SectionDialog, TemplateDialog
from .common import TREE_STYLE, confirm, note_label, title_label
from .item_details import ItemDetails
from .labels import answer_type_label
from .table_models import TemplatesModel
from .tree_models import ChecklistTreeModel


class _FoldedColumns(QObject):
    """The tree's answer type, points, required and evidence columns hidden while the tree is
    too narrow for them beside a text column of 24 characters (1920 px at 200 %): the item's
    details beside the tree say them all ("Chấm điểm · tối đa 3 điểm · bắt buộc"), and the
    texts get the width instead of a horizontal scroll bar and "Ban hành kế hoạch …". Shown
    again once there is room. (Installed after keep_text_column_readable, so it runs first.)"""

    def __init__(self, view: QTreeView, text_column: int, columns: tuple[int, ...]) -> None:
        super().__init__(view)
        self.view, self.text_column, self.columns = view, text_column, columns
        self.floor = view.fontMetrics().averageCharWidth() * 24
        self.widths: dict[int, int] = {}   # a column's width when last shown (a hidden one has none)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit(event.size().width())
        return False

    def fit(self, width: int) -> None:
        header = self.view.header()
        for column in self.columns:
            if not header.isSectionHidden(column):
                self.widths[column] = header.sectionSize(column)
        kept = sum(header.sectionSize(c) for c in range(header.count())
                   if c != self.text_column and c not in self.columns and not header.isSectionHidden(c))
        fold = width < kept + sum(self.widths.values()) + self.floor
        for column in self.columns:
            if header.isSectionHidden(column) != fold:
                header.setSectionHidden(column, fold)


def _row(*widgets) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


class ChecklistsTab(QWidget):
    """Lists checklist versions; shows one's structure; edits drafts through the core.

    Every edit goes through `ops`; the tab refreshes from its change bus.
    """

    def __init__(self, ws, lang: str = "vi", parent=None, ops: OpRunner | None = None) -> None:
        super().__init__(parent)
        self.ws, self.lang = ws, lang
        self.ops = ops if ops is not None else OpRunner(lang, parent=self)
        self.ops.bus.subscribe(self, self.on_operation)
        self.dialog = None
        self.templates = TemplatesModel(ws, lang, self)
        self.tree_model = ChecklistTreeModel(ws, lang, self)
        self.templates.refresh()

        self.templates_view = make_table(self.templates, TemplatesModel.TITLE)
        self.templates_view.setMinimumHeight(90)
        self.copy_button = QPushButton(self.tr("Copy to a new version"))
        self.publish_button = QPushButton(self.tr("Publish"))
        self.copy_button.setToolTip(self.tr("Make an editable draft from the selected version"))
        self.publish_button.setToolTip(self.tr("Freeze the draft so that visits can use it"))

        self.template_title = title_label("", 1.1)
        self.template_title.setWordWrap(True)
        self.lock_note = note_label()
        self.edit_title_button = QPushButton(self.tr("Edit title…"))
        self.add_section_button = QPushButton(self.tr("Add section…"))
        self.add_item_button = QPushButton(self.tr("Add item…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.edit_buttons = (self.edit_title_button, self.add_section_button, self.add_item_button,
                             self.edit_button, self.remove_button)

        self.tree = QTreeView()
        self.tree.setStyleSheet(TREE_STYLE)
        self.tree.setModel(self.tree_model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ChecklistTreeModel.TEXT, QHeaderView.ResizeMode.Stretch)
        for column in (ChecklistTreeModel.CODE, ChecklistTreeModel.POINTS, ChecklistTreeModel.REQUIRED,
                       ChecklistTreeModel.EVIDENCE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ChecklistTreeModel.ANSWER_TYPE, QHeaderView.ResizeMode.Interactive)
        widest = max(self.fontMetrics().horizontalAdvance(answer_type_label(kind, self.lang)) for kind in TYPES)
        header.resizeSection(ChecklistTreeModel.ANSWER_TYPE, min(widest + 16, 180))
        keep_text_column_readable(self.tree, ChecklistTreeModel.TEXT)
        _FoldedColumns(self.tree, ChecklistTreeModel.TEXT, (ChecklistTreeModel.ANSWER_TYPE, ChecklistTreeModel.POINTS,
                                                            ChecklistTreeModel.REQUIRED, ChecklistTreeModel.EVIDENCE))

        self.details = ItemDetails(ws, lang)
        self._layout()
        self._connect()
        if self.templates.rowCount():
            self.select_template(self.templates.row_id(0))
        else:
            self._show_template(None)

    # -- building ------------------------------------------------------------------
    def _layout(self) -> None:
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.templates_view, 1)
        top_layout.addLayout(_row(self.copy_button, self.publish_button))
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.tree)
        details = QScrollArea()   # a long item's texts scroll rather than being cut (200 %)
        details.setWidget(self.details)
        details.setWidgetResizable(True)
        details.setFrameShape(QScrollArea.Shape.NoFrame)
        split.addWidget(details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        split.setSizes([700, 380])
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.template_title)
        bottom_layout.addWidget(self.lock_note)
        bottom_layout.addLayout(_row(*self.edit_buttons))
        bottom_layout.addWidget(split, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([140, 570])   # the versions list short: the items are what is read
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

    def _connect(self) -> None:
        # Bound methods, not lambdas: a lambda holding `self` keeps the widget alive in a cycle.
        self.templates_view.selectionModel().currentRowChanged.connect(self._template_row_changed)
        self.tree.selectionModel().currentChanged.connect(self._show_details)
        self.tree.doubleClicked.connect(self._double_clicked)
        self.copy_button.clicked.connect(self.copy_to_new_version)
        self.publish_button.clicked.connect(self.publish)
        self.edit_title_button.clicked.connect(self.edit_title)
        self.add_section_button.clicked.connect(self.add_section)
        self.add_item_button.clicked.connect(self.add_item)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)

    # -- state ---------------------------------------------------------------------
    @property
    def template_id(self) -> str | None:
        return self.tree_model.template_id

    def _template_row_changed(self, current, _previous=None) -> None:
        self._show_template(self._template_at(current.row()))

    def _double_clicked(self, _index) -> None:
        if self.edit_button.isEnabled():
            self.edit_selected()

    def _template_at(self, row: int) -> str | None:
        return self.templates.row_id(row) if 0 <= row < self.templates.rowCount() else None

    def select_template(self, template_id: str) -> None:
        row = self.templates.row_of(template_id)
        if row >= 0:
            self.templates_view.selectRow(row)
            self._show_template(template_id)

    def selected(self) -> dict | None:
        """The section or item selected in the tree."""
        return self.tree_model.value(self.tree.currentIndex())

    def _show_template(self, template_id: str | None) -> None:
        if template_id != self.tree_model.template_id or template_id is None:
            self.tree_model.set_template(template_id)
            self.tree.expandAll()
            first_item = self.tree_model.index(0, 0, self.tree_model.index(0, 0))
            if first_item.isValid():
                self.tree.setCurrentIndex(first_item)
        template = self.templates.template(self.templates.row_of(template_id)) if template_id else None
        if template:
            version = self.tr("version %1").replace("%1", str(template["version"]))
            self.template_title.setText(f"{template['title']} — {version}")
        else:
            self.template_title.setText(self.tr("No checklist selected."))
        reason = self.ws.checklists.lock_reason(template_id) if template_id else "none"
        self.lock_note.setText({
            None: self.tr("Draft: it can be edited here. Publish it when it is ready; then it cannot change."),
            "published": self.tr("Published versions cannot be edited. Use “Copy to a new version” to change it."),
            "in_use": self.tr("This version has been used by a visit and cannot be edited. "
                              "Use “Copy to a new version” to change it."),
            "none": "",
        }[reason])
        editable = template_id is not None and reason is None
        for button in self.edit_buttons:
            button.setEnabled(editable)
        self.copy_button.setEnabled(template_id is not None)
        self.publish_button.setEnabled(editable)
        self._show_details()

    def is_editable(self) -> bool:
        return self.add_item_button.isEnabled()

    def _show_details(self, *_args) -> None:
        self.details.show_row(self.selected())

    # -- refreshing ----------------------------------------------------------------
    def on_operation(self, changes: Changes, _initiator) -> None:
        """A change stored anywhere (the bus): refresh what it touched."""
        self.apply_changes(changes)

    def apply_changes(self, changes: Changes) -> None:
        """Reload what `changes` touched, keeping the selected version and row."""
        if not changes.touches(*TemplatesModel.ENTITIES):
            return
        template_id, selected = self.template_id, self.selected()
        self.templates.refresh()
        if template_id and self.templates.row_of(template_id) < 0:
            template_id = None
        self.tree_model.set_template(template_id)
        self.tree.expandAll()
        if template_id:
            self.templates_view.selectRow(self.templates.row_of(template_id))
        self._show_template(template_id)
        if selected:
            self.select_row(selected["id"])

    def select_row(self, row_id: str) -> None:
        index = self.tree_model.index_of(row_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)

    # -- actions -------------------------------------------------------------------
    def copy_to_new_version(self) -> None:
        if not self.template_id:
            return
        result = self.ops.run(lambda: self.ws.checklists.new_version(self.template_id), initiator=self)
        if result is not None:
            self.select_template(result[0])

    def publish(self) -> None:
        template_id = self.template_id
        if not template_id:
            return

        def publish_now() -> None:
            self.ops.run(lambda: self.ws.checklists.publish(template_id), initiator=self)

        self.dialog = confirm(self, self.tr("Publish this version? Once published it cannot be edited any more."),
                              publish_now)

    def edit_title(self) -> None:
        template = self.ws.checklists.template(self.template_id)

        def submit(values: dict) -> bool:
            changes = self.ops.run(
                lambda: self.ws.checklists.update_template(self.template_id, **values),
                initiator=self, parent=self.dialog)
            return changes is not None

        self._open(TemplateDialog(template, submit, self))

    def add_section(self) -> None:
        def submit(values: dict) -> bool:
            result = self.ops.run(
                lambda: self.ws.checklists.add_section(self.template_id, **values),
                initiator=self, parent=self.dialog)
            if result is None:
                return False
            self.select_row(result[0])
            return True

        self._open(SectionDialog(submit, parent=self))

    def add_item(self) -> None:
        value = self.selected()
        section_id = (value["id"] if value["is_section"] else value["section_id"]) if value else None
        if section_id is None:
            sections = self.ws.checklists.sections(self.template_id)
            section_id = sections[-1]["id"] if sections else None
        if section_id is None:
            self.ops.show_error(self.tr("Add a section first, then its items."))
            return

        def submit(values: dict) -> bool:
            result = self.ops.run(
                lambda: self.ws.checklists.add_item(section_id, **values),
                initiator=self, parent=self.dialog)
            if result is None:
                return False
            self.select_row(result[0])
            return True

        self._open(ItemDialog(submit, parent=self))

    def edit_selected(self) -> None:
        value = self.selected()
        if value is None:
            return
        row_id = value["id"]
        if value["is_section"]:
            update, dialog_class = self.ws.checklists.update_section, SectionDialog
        else:
            update, dialog_class = self.ws.checklists.update_item, ItemDialog

        def submit(values: dict) -> bool:
            changes = self.ops.run(lambda: update(row_id, **values), initiator=self, parent=self.dialog)
            return changes is not None

        self._open(dialog_class(submit, value, parent=self))

    def remove_selected(self) -> None:
        value = self.selected()
        if value is None:
            return
        if value["is_section"]:
            text = self.tr("Remove the section “%1” and its items?").replace("%1", value["title"])
            remove = self.ws.checklists.remove_section
        else:
            text = self.tr("Remove the item “%1”?").replace("%1", value["code"])
            remove = self.ws.checklists.remove_item

        def remove_now() -> None:
            self.ops.run(lambda: remove(value["id"]), initiator=self)

        self.dialog = confirm(self, text, remove_now)

    def _open(self, dialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
