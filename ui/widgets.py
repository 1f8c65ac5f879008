"""Widgets the pages share: the app's read-only table, Ctrl+Enter to accept a multi-line text,
what an empty list says, date and time boxes that take what a person types, columns that fit
the window's width (`fit_columns`) with headings wrapped to them, tree rows as tall as their
wrapped texts (`WrappingDelegate`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTimeEdit,
    QTreeView,
    QWidget,
)

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


class _EmptyText(QObject):
    """Keeps the empty-list text over the whole viewport, shown while the model has no row."""

    def __init__(self, view: QAbstractItemView, label: QLabel) -> None:
        super().__init__(view)
        self.view, self.label = view, label
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(self.update)
        view.viewport().installEventFilter(self)
        self.update()

    def update(self, *_args) -> None:
        try:
            self.label.setVisible(self.view.model().rowCount() == 0)
            self.label.setGeometry(self.view.viewport().rect().adjusted(16, 12, -16, -12))
        except RuntimeError:   # the view is being destroyed (a list widget empties its model then)
            pass

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.update()
        return super().eventFilter(watched, event)


def set_empty_text(view: QAbstractItemView, text: str) -> QLabel:
    """What an empty list says, and what to do: shown in the list while it has no row."""
    label = QLabel(text, view.viewport())
    label.setObjectName("emptyText")
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet("color: palette(placeholder-text);")
    label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    _EmptyText(view, label)
    view.empty_text = label
    return label


class _TextColumnFloor(QObject):
    """Switches the view's text column between Stretch (room enough) and a fixed floor width."""

    def __init__(self, view: QTreeView, column: int, floor: int) -> None:
        super().__init__(view)
        self.view, self.column, self.floor = view, column, floor
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            header = self.view.header()
            others = sum(header.sectionSize(c) for c in range(header.count())
                         if c != self.column and not header.isSectionHidden(c))
            roomy = event.size().width() - others >= self.floor
            mode = QHeaderView.ResizeMode.Stretch if roomy else QHeaderView.ResizeMode.Interactive
            if header.sectionResizeMode(self.column) != mode:
                header.setSectionResizeMode(self.column, mode)
                if not roomy:
                    header.resizeSection(self.column, self.floor)
        return False


def keep_text_column_readable(view: QTreeView, column: int, floor_chars: int = 24) -> None:
    """The stretching text `column` of `view` never narrower than `floor_chars` characters:
    on a narrow window (200 %) it keeps that width and a horizontal scroll bar shows the
    other columns, instead of squeezing the text to "…"."""
    _TextColumnFloor(view, column, view.fontMetrics().averageCharWidth() * floor_chars)


SEPARATORS = frozenset("/.-: ")
"""What people type between day, month, year, hour and minute."""


class _TypedSections:
    """Typing "10/11/2026" gives 10/11/2026. Qt's date boxes move to the next section by
    themselves once one is full ("10" fills the day; a "5" cannot grow), so the "/" a
    person types next moved once more, to the year, and "20/12/2026" became "20/12/1"
    there, the rest of the keys refused (issue 12). Here a separator typed right after
    such a move is taken as the move already made; a separator after a section that did
    not fill itself ("1/11/2026") moves on as before. Tab goes to the next field."""

    _moved_by_itself = False

    def event(self, event) -> bool:
        # Tab leaves the box for the next field, as from any other field (Qt's date box
        # walks its day, month and year first): a form is crossed with one Tab a field.
        # (Qt moves between sections through focusNextPrevChild too, on a typed "/".)
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) \
                and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            forward = event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            return QWidget.focusNextPrevChild(self, forward)
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        moved, self._moved_by_itself = self._moved_by_itself, False
        text = event.text()
        if moved and text and text in SEPARATORS \
                and not event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier):
            event.accept()
            return
        before = self.currentSectionIndex()
        super().keyPressEvent(event)
        self._moved_by_itself = text.isdigit() and self.currentSectionIndex() != before


class DateEdit(_TypedSections, QDateEdit):
    """A QDateEdit that takes dd/MM/yyyy typed with its slashes (see _TypedSections)."""


class DateTimeEdit(_TypedSections, QDateTimeEdit):
    """A QDateTimeEdit that takes "dd/MM/yyyy HH:mm" typed with its separators."""


class TimeEdit(_TypedSections, QTimeEdit):
    """A QTimeEdit that takes "8:30" typed with its colon."""


@dataclass(frozen=True)
class Column:
    """What a column needs, in pixels: never narrower than `floor` (its longest word, a
    whole date), at ease at `want` (its texts on one line), and its share `grow` of any
    width left over once every column has what it wants."""

    floor: int
    want: int
    grow: float = 0.0


def share_width(columns: list[Column], width: int) -> list[int]:
    """Widths for `columns` filling `width` when it allows: each its floor, then each
    nearer its want in proportion, then the rest by `grow` (evenly when none grows).
    Narrower than the floors together: the floors (the view scrolls sideways)."""
    floors = sum(c.floor for c in columns)
    wants = sum(max(c.want, c.floor) for c in columns)
    if not columns or width <= floors:
        return [c.floor for c in columns]
    if width <= wants:
        ratio = (width - floors) / max(wants - floors, 1)
        widths = [int(c.floor + (max(c.want, c.floor) - c.floor) * ratio) for c in columns]
    else:
        growth = sum(c.grow for c in columns)
        spare = width - wants
        widths = [int(max(c.want, c.floor) + spare * (c.grow / growth if growth else 1 / len(columns)))
                  for c in columns]
    widths[-1] += width - sum(widths)          # what rounding left, to the last column
    return widths


def wrap_words(text: str, metrics: QFontMetrics, width: int, max_lines: int = 0) -> str:
    """`text` on lines no wider than `width` pixels, broken between words; with `max_lines`,
    the last line ends in "…" when more would be needed (the full text goes in a tooltip)."""
    lines: list[str] = []
    for word in text.split():
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    if max_lines and len(lines) > max_lines:
        rest = " ".join(lines[max_lines - 1:])
        lines = [*lines[:max_lines - 1], metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)]
    return "\n".join(lines)


def longest_word(text: str, metrics: QFontMetrics) -> int:
    """The width in pixels of the widest word of `text` (0 for none)."""
    return max((metrics.horizontalAdvance(word) for word in text.split()), default=0)


class _FittedColumns(QObject):
    """Sizes the columns of `view` to its viewport's width each time that width changes."""

    def __init__(self, view: QAbstractItemView, columns: Callable[[], list[Column]],
                 after: Callable[[list[int]], None] | None) -> None:
        super().__init__(view)
        self.view, self.columns, self.after = view, columns, after
        self.width = -1
        view.viewport().installEventFilter(self)

    def header(self) -> QHeaderView:
        return self.view.horizontalHeader() if isinstance(self.view, QTableView) else self.view.header()

    def fit(self, force: bool = False) -> None:
        width = self.view.viewport().width()
        if width == self.width and not force:
            return
        self.width = width
        header = self.header()
        widths = share_width(self.columns(), width)
        for column, size in enumerate(widths):
            if not header.isSectionHidden(column):
                header.resizeSection(column, size)
        if self.after:
            self.after(widths)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False


def fit_columns(view: QAbstractItemView, columns: Callable[[], list[Column]],
                after: Callable[[list[int]], None] | None = None) -> Callable[[], None]:
    """Keep the columns of `view` (a table or a tree) sized by `columns()` (one `Column`
    each) to the viewport's width, so nothing scrolls sideways while the floors fit;
    `after(widths)` runs once they are set (to wrap headings, measure rows). The header's
    sections become Interactive: a person may still widen one. Returns `refit()`, to call
    when what the columns need changed (the rows, the language)."""
    header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    fitted = _FittedColumns(view, columns, after)
    return lambda: fitted.fit(force=True)


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
        width -= 2 * margin + 12   # and a style sheet's item padding: measure narrower, never cut
        if width <= 0 or not opt.text:
            return size
        text = opt.fontMetrics.boundingRect(QRect(0, 0, width, 100_000),
                                            Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft, opt.text)
        return QSize(size.width(), max(size.height(), text.height() + 10))   # a style sheet's padding too
