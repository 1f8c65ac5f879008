"""One editor per answer type, found by the type's name in `EDITORS`.

The same editor serves the value dialog (F2 on the checklist) and a cell of a
record table: `create` makes the widget, `show` puts a stored value in it,
`read` gives back the value the core stores (ISO text for moments, an int for
a count, None for "no answer"). What an answer means and how it reads is the
core's (`inspector_app.checklists.answer_types`); only the widgets are here.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QWidget,
)

from inspector_app.checklists import answer_types

from ..widgets import DateEdit, DateTimeEdit, TimeEdit


def locale_for(lang: str) -> QLocale:
    """Decimal comma in Vietnamese, point in English, whatever the system says."""
    if lang == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)


class Editor:
    """Edits the answer to one item. `by_dialog`: F2 opens it (False: the number keys answer)."""

    by_dialog = True

    def create(self, parent: QWidget | None, item: dict, lang: str) -> QWidget:
        raise NotImplementedError

    def show(self, widget: QWidget, item: dict, value) -> None:
        raise NotImplementedError

    def read(self, widget: QWidget, item: dict):
        raise NotImplementedError


class KeysEditor(Editor):
    """A list of the answers the number keys give (compliance, yes/no, one choice)."""

    by_dialog = False

    def create(self, parent, item, lang):
        combo = QComboBox(parent)
        for value in answer_types.keys(item):
            combo.addItem(answer_types.format_value(item, value, lang), value)
        return combo

    def show(self, widget, item, value):
        widget.setCurrentIndex(max(widget.findData(value), 0))

    def read(self, widget, item):
        return widget.currentData()


class MultiChoiceEditor(Editor):
    """One tick per choice; no tick is no answer."""

    def create(self, parent, item, lang):
        box = QListWidget(parent)
        for choice in item.get("choices") or []:
            row = QListWidgetItem(choice.get("label") or choice["value"], box)
            row.setData(Qt.ItemDataRole.UserRole, choice["value"])
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Unchecked)
        box.setMinimumHeight(min(8, max(box.count(), 2)) * 24)
        return box

    def show(self, widget, item, value):
        chosen = set(value or [])
        for n in range(widget.count()):
            row = widget.item(n)
            ticked = row.data(Qt.ItemDataRole.UserRole) in chosen
            row.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def read(self, widget, item):
        chosen = [widget.item(n).data(Qt.ItemDataRole.UserRole) for n in range(widget.count())
                  if widget.item(n).checkState() == Qt.CheckState.Checked]
        return chosen or None


class _Spin(Editor):
    """A number box in the language's notation; subclasses set range, decimals and suffix."""

    def spin(self, parent, item, lang, decimals: int, top: float, suffix: str = "") -> QWidget:
        box = QDoubleSpinBox(parent) if decimals else QSpinBox(parent)
        box.setLocale(locale_for(lang))
        if decimals:
            box.setDecimals(decimals)
        box.setRange(0, top)
        box.setSuffix(suffix)
        return box

    def show(self, widget, item, value):
        widget.setValue(value if isinstance(value, (int, float)) and not isinstance(value, bool) else 0)

    def read(self, widget, item):
        return widget.value()


class NumberEditor(_Spin):
    def create(self, parent, item, lang):
        unit = item.get("unit")
        return self.spin(parent, item, lang, 2, 1e9, f" {unit}" if unit else "")

    def read(self, widget, item):
        value = widget.value()
        return int(value) if value == int(value) else value


class CountEditor(_Spin):
    """A whole number, 0 or more, shown with its unit: "3 hồ sơ trễ hạn"."""

    def create(self, parent, item, lang):
        return self.spin(parent, item, lang, 0, 2**31 - 1, f" {item.get('unit') or ''}".rstrip())


class PercentageEditor(_Spin):
    """0 to 100 with one decimal: "85,5 %" in Vietnamese, "85.5%" in English."""

    def create(self, parent, item, lang):
        return self.spin(parent, item, lang, 1, 100, "%" if lang == "en" else " %")


class ScoreEditor(_Spin):
    def create(self, parent, item, lang):
        return self.spin(parent, item, lang, 2, float(item.get("max_score") or 0))


class TextEditor(Editor):
    def create(self, parent, item, lang):
        return QLineEdit(parent)

    def show(self, widget, item, value):
        widget.setText("" if value is None else str(value))

    def read(self, widget, item):
        return widget.text().strip() or None


class MomentEditor(Editor):
    """A date, time or date and time typed and shown the Vietnamese way (dd/MM/yyyy, HH:mm),
    separators typed or not ("10/11/2026", "10112026"), with a calendar pop-up; stored as ISO text."""

    def __init__(self, kind: str) -> None:
        self.kind = kind

    def create(self, parent, item, lang):
        widget_class, shown = {"date": (DateEdit, "dd/MM/yyyy"), "time": (TimeEdit, "HH:mm"),
                               "datetime": (DateTimeEdit, "dd/MM/yyyy HH:mm")}[self.kind]
        widget = widget_class(parent)
        widget.setDisplayFormat(shown)
        if self.kind != "time":
            widget.setCalendarPopup(True)
        return widget

    def show(self, widget, item, value):
        widget.setDateTime(_to_qt(self.kind, value))

    def read(self, widget, item):
        moment = widget.dateTime().toPython()
        if self.kind == "date":
            return moment.date().isoformat()
        if self.kind == "time":
            return moment.time().strftime("%H:%M")
        return moment.strftime("%Y-%m-%dT%H:%M")


def _to_qt(kind: str, value: str | None) -> QDateTime:
    now = dt.datetime.now().replace(second=0, microsecond=0)
    try:
        if kind == "date" and value:
            moment = dt.datetime.combine(dt.date.fromisoformat(value), dt.time())
        elif kind == "time" and value:
            moment = dt.datetime.combine(now.date(), dt.time.fromisoformat(value))
        elif kind == "datetime" and value:
            moment = dt.datetime.fromisoformat(value).replace(tzinfo=None)
        else:
            moment = now
    except ValueError:  # a value stored by an older version in another form: start from now
        moment = now
    return QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))


EDITORS: dict[str, Editor] = {
    "compliance": KeysEditor(), "yes_no": KeysEditor(), "single_choice": KeysEditor(),
    "multi_choice": MultiChoiceEditor(), "number": NumberEditor(), "count": CountEditor(),
    "percentage": PercentageEditor(), "score": ScoreEditor(), "text": TextEditor(),
    "date": MomentEditor("date"), "time": MomentEditor("time"), "datetime": MomentEditor("datetime"),
}


def editor_for(item: dict) -> Editor:
    """The item's editor; an unknown type (from a newer version) is typed as text."""
    return EDITORS.get(item.get("answer_type"), EDITORS["text"])
