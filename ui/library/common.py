"""Pieces the Library screens share: messages, form dialogs, date fields, option lists.

Messages and dialogs open window-modal without a nested event loop
(`open()`, not `exec()`, see ui/messages.py), so the app stays responsive and
tests drive them directly: a form's `accept()` runs its submit callback, and
stays open with the core's Vietnamese message when the op runner reports a
refusal.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QDate, QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
)

from inspector_app.text import fold
from ui.messages import button_texts, confirm, show_message, translate_buttons  # noqa: F401 - the Library's imports
from ui.widgets import DateEdit

_NO_DATE = QDate(1900, 1, 1)
TREE_STYLE = """
QTreeView::item { padding: 3px 2px; }
QHeaderView::section { padding: 5px 6px; border: none; border-bottom: 1px solid palette(mid);
                       background: palette(button); font-weight: 600; }
"""


class FormDialog(QDialog):
    """A dialog with a form and OK/Cancel whose OK runs `submit(values)`.

    `submit` returns True when the core accepted the values; otherwise the
    dialog stays open so the user can correct them.
    """

    def __init__(self, title: str, submit: Callable[[dict], bool], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.submit = submit
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        translate_buttons(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def values(self) -> dict:
        raise NotImplementedError

    def accept(self) -> None:
        if self.submit(self.values()):
            super().accept()


class OptionalDateEdit(DateEdit):
    """A date field that may be empty (shown as "—"); dates as ISO strings."""

    def __init__(self, iso: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd/MM/yyyy")
        self.setMinimumDate(_NO_DATE)
        self.setSpecialValueText("—")
        self.setToolTip(QCoreApplication.translate("Library", "Ctrl+Delete leaves the date empty"))
        self.set_iso(iso)
        self.calendarWidget().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        # An empty date would open the calendar on January 1900: open it on this month.
        if event.type() == QEvent.Type.Show and watched is self.calendarWidget() and self.iso() is None:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event) -> None:
        """Ctrl+Delete empties the date."""
        if event.key() == Qt.Key.Key_Delete and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.set_iso(None)
            return
        super().keyPressEvent(event)

    def iso(self) -> str | None:
        day = self.date()
        return None if day == _NO_DATE else day.toString("yyyy-MM-dd")

    def set_iso(self, iso: str | None) -> None:
        self.setDate(QDate.fromString(iso[:10], "yyyy-MM-dd") if iso else _NO_DATE)


def date_edit(iso: str | None = None) -> QDateEdit:
    """A required date field (today when `iso` is None)."""
    edit = DateEdit(QDate.fromString(iso, "yyyy-MM-dd") if iso else QDate.currentDate())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    return edit


def iso_of(edit: QDateEdit) -> str:
    return edit.date().toString("yyyy-MM-dd")


class OptionsModel(QAbstractListModel):
    """A list of (id, text) choices for combo boxes; ids stay in Python."""

    def __init__(self, options: list[tuple[str | None, str]] | None = None, parent=None) -> None:
        super().__init__(parent)
        self._options = list(options or [])

    def set_options(self, options: list[tuple[str | None, str]]) -> None:
        self.beginResetModel()
        self._options = list(options)
        self.endResetModel()

    def id_at(self, row: int) -> str | None:
        return self._options[row][0] if 0 <= row < len(self._options) else None

    def row_of(self, option_id: str | None) -> int:
        return next((n for n, (key, _text) in enumerate(self._options) if key == option_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._options)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._options):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._options[index.row()][1]
        return None


class OptionCombo(QComboBox):
    """A combo over an `OptionsModel`; `searchable` adds type-to-filter for long lists."""

    def __init__(self, options: list[tuple[str | None, str]], current: str | None = None,
                 searchable: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.options = OptionsModel(options, self)
        self.setModel(self.options)
        if searchable:
            self.setEditable(True)
            self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            completer = QCompleter(self.options, self)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            self.setCompleter(completer)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        self.set_current(current)

    def current_id(self) -> str | None:
        return self.options.id_at(self.currentIndex())

    def set_current(self, option_id: str | None) -> None:
        self.setCurrentIndex(max(0, self.options.row_of(option_id)))


def text_edit(text: str | None, lines: int = 3) -> QPlainTextEdit:
    """A multi-line field `lines` high where Tab moves on."""
    edit = QPlainTextEdit(text or "")
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


def note_label(text: str = "") -> QLabel:
    """A wrapped, muted explanatory line."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


def title_label(text: str, scale: float = 1.35) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


def number_text(value, lang: str) -> str:
    """1.5 → "1,5" in Vietnamese, "1.5" in English; "" for None."""
    if value is None:
        return ""
    text = f"{float(value):g}"
    return text.replace(".", ",") if lang == "vi" else text


def slug(text: str) -> str:
    """"Vắng không lý do" → "vang_khong_ly_do" (a stable choice value)."""
    return re.sub(r"[^a-z0-9]+", "_", fold(text)).strip("_")
