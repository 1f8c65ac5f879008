"""`ItemDetails`: a checklist section or item in full, with its legal bases in force on a chosen date."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from ..widgets import DateEdit
from .common import note_label, number_text
from .labels import answer_type_label
from .table_models import CitationsModel


def _wrapped_label(bold: bool = False) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


class ItemDetails(QWidget):
    """Shows the row given to `show_row` (a section or an item dict of `ChecklistTreeModel`)."""

    def __init__(self, ws, lang: str = "vi", parent=None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.value: dict | None = None
        self.citations = CitationsModel(ws, lang, self)
        self.title_label = _wrapped_label(bold=True)
        self.facts_label = note_label()
        self.guidance_label = _wrapped_label()
        self.citations_date = DateEdit(QDate.currentDate())
        self.citations_date.setCalendarPopup(True)
        self.citations_date.setDisplayFormat("dd/MM/yyyy")
        self.citations_view = QListView()
        self.citations_view.setModel(self.citations)
        self.citations_view.setModelColumn(CitationsModel.CITATION)
        self.citations_view.setWordWrap(True)
        self.citations_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.citations_view.setAlternatingRowColors(True)
        self.citations_view.setSpacing(2)
        self.citations_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.citations_note = note_label()

        self.citations_row = QWidget()
        row = QHBoxLayout(self.citations_row)
        row.setContentsMargins(0, 6, 0, 0)
        in_force = QLabel(self.tr("Legal bases in force on"))
        in_force.setWordWrap(True)   # on two lines in a narrow pane (200 %) rather than widen it
        row.addWidget(in_force, 1)
        row.addWidget(self.citations_date)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        for widget in (self.title_label, self.facts_label, self.guidance_label, self.citations_row):
            layout.addWidget(widget)
        layout.addWidget(self.citations_view, 1)
        layout.addWidget(self.citations_note)
        layout.addStretch(0)
        self.citations_date.dateChanged.connect(self._date_changed)
        self.show_row(None)

    def _date_changed(self, _date) -> None:
        self.show_row(self.value)

    def show_row(self, value: dict | None) -> None:
        """Show a section or an item, or a hint when None."""
        self.value = value
        is_item = value is not None and not value["is_section"]
        self.citations.set_item(value if is_item else None, self.citations_date.date().toString("yyyy-MM-dd"))
        self.citations_view.setVisible(is_item)
        self.citations_row.setVisible(is_item)
        self.guidance_label.setText((value or {}).get("guidance") or "")
        self.guidance_label.setVisible(bool(self.guidance_label.text()))
        if value is None:
            self.title_label.setText(self.tr("Select a section or an item to see its details."))
            self.facts_label.setText("")
        elif value["is_section"]:
            self.title_label.setText(f"{value['code']}. {value['title']}")
            facts = self.tr("%1 items").replace("%1", str(len(value["items"])))
            if value["repeatable"]:
                facts += " · " + self.tr("Repeated per: %1").replace("%1", value["record_label"] or "")
            self.facts_label.setText(facts)
        else:
            self.title_label.setText(f"{value['code']}. {value['text']}")
            self.facts_label.setText(self._item_facts(value))
        empty = is_item and not self.citations.rowCount()
        self.citations_note.setText(self.tr("No legal basis recorded for this date.") if empty else "")

    def _item_facts(self, item: dict) -> str:
        facts = [answer_type_label(item["answer_type"], self.lang)]
        if item["answer_type"] == "score":
            facts.append(self.tr("maximum %1 points").replace("%1", number_text(item["max_score"], self.lang)))
        elif item["points"] is not None:
            facts.append(self.tr("%1 points").replace("%1", number_text(item["points"], self.lang)))
        if item["choices"]:
            facts.append(", ".join(c["label"] for c in item["choices"]))
        facts.append(self.tr("required") if item["required"] else self.tr("optional"))
        if item["evidence_required"]:
            facts.append(self.tr("evidence required"))
        return " · ".join(facts)
