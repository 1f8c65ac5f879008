"""The pages of the main window: Visits and Library.

Each page gets its model through the constructor, so a test can build it
alone on any workspace.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from .models import ChecklistsModel, VisitsModel

# Cells and header sections share one horizontal padding so titles sit over their text.
TABLE_STYLE = """
QTableView::item { padding: 0 8px; }
QHeaderView::section { padding: 5px 11px; border: none; border-bottom: 1px solid palette(mid);
                       background: palette(button); font-weight: 600; }
"""


def make_table(model, stretch_column: int) -> QTableView:
    """A read-only, row-selecting table with `stretch_column` taking the spare width."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setShowGrid(False)
    view.verticalHeader().hide()
    view.setStyleSheet(TABLE_STYLE)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    for column in range(model.columnCount()):
        mode = QHeaderView.ResizeMode.Stretch if column == stretch_column else QHeaderView.ResizeMode.ResizeToContents
        header.setSectionResizeMode(column, mode)
    return view


def _title(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.35)
    font.setBold(True)
    label.setFont(font)
    return label


class VisitsPage(QWidget):
    """Today's and planned visits, with an accent-free search box."""

    def __init__(self, model: VisitsModel, parent=None) -> None:
        super().__init__(parent)
        self.model = model
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search without accents…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.model.set_text)
        self.view = make_table(model, VisitsModel.UNIT)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: palette(placeholder-text);")

        layout = QVBoxLayout(self)
        layout.addWidget(_title(self.tr("Visits")))
        layout.addWidget(self.search_edit)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        model.modelReset.connect(self._update_empty)
        self._update_empty()

    def _update_empty(self) -> None:
        if self.model.rowCount():
            self.empty_label.hide()
            return
        if self.model.text:
            self.empty_label.setText(self.tr("No visit matches “%1”.").replace("%1", self.model.text))
        else:
            self.empty_label.setText(self.tr("No visits yet."))
        self.empty_label.show()


class LibraryPage(QWidget):
    """The checklists held by the workspace."""

    def __init__(self, model: ChecklistsModel, parent=None) -> None:
        super().__init__(parent)
        self.model = model
        self.view = make_table(model, ChecklistsModel.TITLE)
        layout = QVBoxLayout(self)
        layout.addWidget(_title(self.tr("Checklist library")))
        layout.addWidget(self.view, 1)
