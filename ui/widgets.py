"""Widgets the pages share: the app's read-only table, Ctrl+Enter to accept a multi-line text."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QTableView, QWidget

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


class _CtrlEnterAccepts(QObject):
    """Accepts `dialog` on Ctrl+Enter in a text editor, where plain Enter starts a new line."""

    def __init__(self, dialog: QDialog) -> None:
        super().__init__(dialog)
        self._dialog = dialog

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._dialog.accept()
            return True
        return super().eventFilter(watched, event)


def accept_on_ctrl_enter(dialog: QDialog, editor: QWidget) -> None:
    """Ctrl+Enter in `editor` accepts `dialog` (a text editor keeps the key from shortcuts)."""
    editor.installEventFilter(_CtrlEnterAccepts(dialog))
