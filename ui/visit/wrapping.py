"""Rows as tall as their wrapped text: the checklist's item texts are read whole at 1366 px."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView


class WrappingDelegate(QStyledItemDelegate):
    """Measures the `columns` of a QTreeView at their current width, word-wrapped.

    Qt's own delegate measures a wrapped text without knowing the column's width
    (one line high, the rest cut off). Only the rows on screen are measured, and
    only when the layout is redone (a column resized, the model reset), never
    on an answer, so a key press stays as cheap as before."""

    def __init__(self, view: QTreeView, columns: tuple[int, ...]) -> None:
        super().__init__(view)
        self.view, self.columns = view, columns

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        size = super().sizeHint(option, index)
        if index.column() not in self.columns:
            return size
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        width = self.view.columnWidth(index.column())
        if index.column() == 0:        # the tree's indentation and branch sit in the first column
            depth, parent = 0, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= self.view.indentation() * (depth + int(self.view.rootIsDecorated()))
        style = self.view.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.view) + 1
        width -= 2 * margin + 4
        if width <= 0 or not opt.text:
            return size
        text = opt.fontMetrics.boundingRect(QRect(0, 0, width, 100_000),
                                            Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft, opt.text)
        return QSize(size.width(), max(size.height(), text.height() + 4))
