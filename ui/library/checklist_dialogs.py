"""Dialogs that edit a draft checklist: its title, a section, an item (with its choices)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QCheckBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspector_app.checklists import answer_types

from .common import FormDialog, OptionCombo, slug, text_edit
from .labels import answer_type_options


class TemplateDialog(FormDialog):
    """The title and description of a draft checklist."""

    def __init__(self, template: dict, submit, parent=None) -> None:
        super().__init__(self.tr("Checklist title"), submit, parent)
        self.title_edit = QLineEdit(template["title"])
        self.description_edit = text_edit(template.get("description"), 4)
        self.form.addRow(self.tr("&Title:"), self.title_edit)
        self.form.addRow(self.tr("&Description:"), self.description_edit)
        self.setMinimumWidth(560)

    def values(self) -> dict:
        return {"title": self.title_edit.text().strip(),
                "description": self.description_edit.toPlainText().strip() or None}


class SectionDialog(FormDialog):
    """A section: code, title, whether it repeats (one record per staff member, file…)."""

    def __init__(self, submit, section: dict | None = None, parent=None) -> None:
        title = self.tr("Edit section") if section else self.tr("New section")
        super().__init__(title, submit, parent)
        section = section or {}
        self.code_edit = QLineEdit(section.get("code") or "")
        self.title_edit = QLineEdit(section.get("title") or "")
        self.repeatable_check = QCheckBox(self.tr("Repeated: one record per person, file or interview"))
        self.repeatable_check.setChecked(bool(section.get("repeatable")))
        self.record_label_edit = QLineEdit(section.get("record_label") or "")
        self.record_label_edit.setPlaceholderText(self.tr("e.g. Staff member"))
        self.guidance_edit = text_edit(section.get("guidance"))
        self.form.addRow(self.tr("&Code:"), self.code_edit)
        self.form.addRow(self.tr("&Title:"), self.title_edit)
        self.form.addRow("", self.repeatable_check)
        self.form.addRow(self.tr("&Record label:"), self.record_label_edit)
        self.form.addRow(self.tr("&Guidance:"), self.guidance_edit)
        self.repeatable_check.toggled.connect(self.record_label_edit.setEnabled)
        self.record_label_edit.setEnabled(self.repeatable_check.isChecked())

    def values(self) -> dict:
        repeatable = self.repeatable_check.isChecked()
        return {"code": self.code_edit.text().strip(), "title": self.title_edit.text().strip(),
                "repeatable": repeatable,
                "record_label": self.record_label_edit.text().strip() or None if repeatable else None,
                "guidance": self.guidance_edit.toPlainText().strip() or None}


class ChoicesModel(QAbstractTableModel):
    """The editable choices of a single or multiple choice item: value, label, compliant."""

    VALUE, LABEL, COMPLIANT = range(3)

    def __init__(self, choices: list[dict] | None = None, parent=None) -> None:
        super().__init__(parent)
        self._rows = [{"value": c.get("value", ""), "label": c.get("label", ""),
                       "compliant": c.get("compliant", True)} for c in choices or []]

    def choices(self) -> list[dict]:
        """The filled rows; a missing value is made from the label ("Có mặt" → "co_mat")."""
        out = []
        for row in self._rows:
            label = row["label"].strip()
            value = row["value"].strip() or slug(label)
            if not (label or value):
                continue
            choice = {"value": value, "label": label or value}
            if not row["compliant"]:
                choice["compliant"] = False
            out.append(choice)
        return out

    def add_row(self) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append({"value": "", "label": "", "compliant": True})
        self.endInsertRows()
        return row

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 3

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if column == self.COMPLIANT:
            if role == Qt.ItemDataRole.CheckStateRole:
                return (Qt.CheckState.Checked if row["compliant"] else Qt.CheckState.Unchecked).value
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return row["value"] if column == self.VALUE else row["label"]
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        row, column = self._rows[index.row()], index.column()
        if column == self.COMPLIANT and role == Qt.ItemDataRole.CheckStateRole:
            row["compliant"] = Qt.CheckState(value) == Qt.CheckState.Checked
        elif column != self.COMPLIANT and role == Qt.ItemDataRole.EditRole:
            row["value" if column == self.VALUE else "label"] = str(value or "")
        else:
            return False
        self.dataChanged.emit(index, index, [role])
        return True

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 3:
            return (self.tr("Value"), self.tr("Label"), self.tr("Compliant"))[section]
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if index.column() == self.COMPLIANT:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable


class ChoicesEditor(QWidget):
    """A small table of choices with Add and Remove buttons."""

    def __init__(self, choices: list[dict] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.model = ChoicesModel(choices, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        triggers = QAbstractItemView.EditTrigger
        self.view.setEditTriggers(triggers.DoubleClicked | triggers.EditKeyPressed | triggers.AnyKeyPressed
                                  | triggers.SelectedClicked)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(ChoicesModel.LABEL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ChoicesModel.VALUE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ChoicesModel.COMPLIANT, QHeaderView.ResizeMode.ResizeToContents)
        self.view.setColumnWidth(ChoicesModel.VALUE, 130)
        self.view.setMinimumHeight(130)
        self.view.setToolTip(self.tr("Untick “Compliant” for a choice that marks a shortcoming."))
        self.add_button = QPushButton(self.tr("Add choice"))
        self.remove_button = QPushButton(self.tr("Remove choice"))
        self.add_button.clicked.connect(self.add_choice)
        self.remove_button.clicked.connect(self._remove_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)

    def add_choice(self) -> None:
        """Add an empty row and start typing its label."""
        row = self.model.add_row()
        index = self.model.index(row, ChoicesModel.LABEL)
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def commit(self) -> None:
        """Store what is being typed in a cell (OK pressed while editing)."""
        editor = self.view.indexWidget(self.view.currentIndex())
        if editor is not None:
            self.view.commitData(editor)
            self.view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def _remove_current(self) -> None:
        self.model.remove_row(self.view.currentIndex().row())


class ItemDialog(FormDialog):
    """An item: code, text, answer type with the settings that type uses (choices,
    maximum score, unit, compliant answer, points, as the core type declares), flags, guidance."""

    def __init__(self, submit, item: dict | None = None, parent=None, lang: str | None = None) -> None:
        super().__init__(self.tr("Edit item") if item else self.tr("New item"), submit, parent)
        item = item or {"answer_type": "compliance", "required": True}
        self.lang = lang or getattr(parent, "lang", "vi")
        self.code_edit = QLineEdit(item.get("code") or "")
        self.text_edit = text_edit(item.get("text"))
        self.type_combo = OptionCombo(answer_type_options(self.lang), item["answer_type"])
        self.required_check = QCheckBox(self.tr("Required: must be answered before concluding"))
        self.required_check.setChecked(bool(item.get("required", True)))
        self.evidence_check = QCheckBox(self.tr("Evidence required (photo or document)"))
        self.evidence_check.setChecked(bool(item.get("evidence_required")))
        self.points_spin = _number_spin(item.get("points"))
        self.max_score_spin = _number_spin(item.get("max_score"))
        self.unit_edit = QLineEdit(item.get("unit") or "")
        self.unit_edit.setPlaceholderText(self.tr("e.g. late case files"))
        yes_no = {"answer_type": "yes_no", "choices": item.get("choices")} if item["answer_type"] == "yes_no" else {}
        self.compliant_combo = OptionCombo(
            [("yes", self.tr("Yes is compliant, No is a shortcoming")),
             ("no", self.tr("No is compliant, Yes is a shortcoming")),
             (None, self.tr("Neither answer is a shortcoming"))],
            {True: "yes", False: "no"}.get(answer_types.compliant_answer(yes_no)) if yes_no else "yes")
        choices = item.get("choices") if "choices" in _settings(item["answer_type"]) else None
        self.choices_editor = ChoicesEditor(choices)
        self.guidance_edit = text_edit(item.get("guidance"), 4)
        self.form.addRow(self.tr("&Code:"), self.code_edit)
        self.form.addRow(self.tr("&Text:"), self.text_edit)
        self.form.addRow(self.tr("&Answer type:"), self.type_combo)
        self.form.addRow(self.tr("C&hoices:"), self.choices_editor)
        self.form.addRow(self.tr("Compliant a&nswer:"), self.compliant_combo)
        self.form.addRow(self.tr("&Maximum score:"), self.max_score_spin)
        self.form.addRow(self.tr("&Unit:"), self.unit_edit)
        self.form.addRow(self.tr("&Points:"), self.points_spin)
        self.form.addRow("", self.required_check)
        self.form.addRow("", self.evidence_check)
        self.form.addRow(self.tr("&Guidance:"), self.guidance_edit)
        self.type_combo.currentIndexChanged.connect(self._show_type_fields)
        self._show_type_fields()
        self.setMinimumWidth(620)

    def _show_type_fields(self) -> None:
        """Show the settings the chosen type uses, as the core type declares them."""
        settings = _settings(self.type_combo.current_id())
        self.form.setRowVisible(self.choices_editor, "choices" in settings)
        self.form.setRowVisible(self.compliant_combo, "compliant_answer" in settings)
        self.form.setRowVisible(self.max_score_spin, "max_score" in settings)
        self.form.setRowVisible(self.unit_edit, "unit" in settings)
        self.form.setRowVisible(self.points_spin, "points" in settings)

    def values(self) -> dict:
        self.choices_editor.commit()
        kind = self.type_combo.current_id()
        settings = _settings(kind)
        if "choices" in settings:
            choices = self.choices_editor.model.choices() or None
        elif "compliant_answer" in settings:
            choices = answer_types.yes_no_choices({"yes": True, "no": False}.get(self.compliant_combo.current_id()))
        else:
            choices = None
        return {
            "code": self.code_edit.text().strip(), "text": self.text_edit.toPlainText().strip(),
            "answer_type": kind, "required": self.required_check.isChecked(),
            "evidence_required": self.evidence_check.isChecked(),
            "points": _spin_value(self.points_spin) if "points" in settings else None,
            "max_score": _spin_value(self.max_score_spin) if "max_score" in settings else None,
            "unit": (self.unit_edit.text().strip() or None) if "unit" in settings else None,
            "choices": choices,
            "guidance": self.guidance_edit.toPlainText().strip() or None,
        }


def _settings(kind: str | None) -> tuple[str, ...]:
    return answer_types.type_of({"answer_type": kind}).settings


def _number_spin(value) -> QDoubleSpinBox:
    """A number field where the lowest value, shown "—", means none."""
    spin = QDoubleSpinBox()
    spin.setRange(-1, 1000)
    spin.setDecimals(2)
    spin.setSingleStep(1)
    spin.setSpecialValueText("—")
    spin.setValue(-1 if value is None else float(value))
    return spin


def _spin_value(spin: QDoubleSpinBox) -> float | None:
    return None if spin.value() < 0 else spin.value()
