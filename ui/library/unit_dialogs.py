"""Dialogs for org units: create or edit one, end one and name its successors."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QLineEdit, QListView, QVBoxLayout, QWidget

from inspector_app.services.units import KINDS
from ui.models import format_date, label

from .common import FormDialog, OptionalDateEdit, OptionCombo, date_edit, iso_of, note_label


def unit_options(ws, lang: str, none_text: str | None = None, exclude: set[str] | None = None):
    """(id, "name (code)") of every unit, for combos; `none_text` first when given."""
    options = [(None, none_text)] if none_text is not None else []
    for unit in ws.units.list():
        if exclude and unit["id"] in exclude:
            continue
        text = f"{unit['name']} ({unit['code']})" if unit["code"] else unit["name"]
        if unit["valid_to"]:
            text += " — " + QCoreApplication.translate("UnitOptions", "until %1").replace(
                "%1", format_date(unit["valid_to"]))
        options.append((unit["id"], text))
    return options


class UnitDialog(FormDialog):
    """Name, kind, parent, code, short name, place name, address, validity of a unit."""

    def __init__(self, ws, lang: str, submit, unit: dict | None = None, parent_id: str | None = None,
                 parent=None) -> None:
        super().__init__(self.tr("Edit unit") if unit else self.tr("New unit"), submit, parent)
        unit = unit or {"parent_id": parent_id, "kind": "commune"}
        exclude = ({unit["id"]} | _descendants(ws, unit["id"])) if unit.get("id") else set()
        self.name_edit = QLineEdit(unit.get("name") or "")
        self.name_edit.setPlaceholderText(self.tr("e.g. Ủy ban nhân dân phường Ba Đình"))
        self.kind_combo = OptionCombo([(k, label(v, lang)) for k, v in KINDS.items()], unit["kind"])
        self.parent_combo = OptionCombo(unit_options(ws, lang, self.tr("— none (top level) —"), exclude),
                                        unit.get("parent_id"), searchable=True)
        self.code_edit = QLineEdit(unit.get("code") or "")
        self.code_edit.setPlaceholderText(self.tr("official code (QĐ 19/2025/QĐ-TTg)"))
        self.short_name_edit = QLineEdit(unit.get("short_name") or "")
        self.place_edit = QLineEdit(unit.get("place_name") or "")
        self.place_edit.setPlaceholderText(self.tr("place name printed on the minutes, e.g. Hà Nội"))
        self.address_edit = QLineEdit(unit.get("address") or "")
        self.valid_from_edit = OptionalDateEdit(unit.get("valid_from"))
        self.valid_to_edit = OptionalDateEdit(unit.get("valid_to"))
        self.form.addRow(self.tr("&Name:"), self.name_edit)
        self.form.addRow(self.tr("&Kind:"), self.kind_combo)
        self.form.addRow(self.tr("&Under:"), self.parent_combo)
        self.form.addRow(self.tr("&Code:"), self.code_edit)
        self.form.addRow(self.tr("&Short name:"), self.short_name_edit)
        self.form.addRow(self.tr("&Place name:"), self.place_edit)
        self.form.addRow(self.tr("&Address:"), self.address_edit)
        self.form.addRow(self.tr("Valid &from:"), self.valid_from_edit)
        self.form.addRow(self.tr("Valid &until:"), self.valid_to_edit)
        self.setMinimumWidth(560)

    def values(self) -> dict:
        return {"name": self.name_edit.text().strip(), "kind": self.kind_combo.current_id(),
                "parent_id": self.parent_combo.current_id(), "code": self.code_edit.text().strip() or None,
                "short_name": self.short_name_edit.text().strip() or None,
                "place_name": self.place_edit.text().strip() or None,
                "address": self.address_edit.text().strip() or None,
                "valid_from": self.valid_from_edit.iso(), "valid_to": self.valid_to_edit.iso()}


def _descendants(ws, unit_id: str) -> set[str]:
    out, todo = set(), [unit_id]
    while todo:
        for child in ws.units.children(todo.pop()):
            if child["id"] not in out:
                out.add(child["id"])
                todo.append(child["id"])
    return out


class PickModel(QAbstractListModel):
    """A checkable list of (id, text): the successors of an ending unit."""

    def __init__(self, options: list[tuple[str, str]], checked: set[str] | None = None, parent=None) -> None:
        super().__init__(parent)
        self._options = options
        self._checked = set(checked or ())

    def checked_ids(self) -> list[str]:
        return [key for key, _text in self._options if key in self._checked]

    def set_checked(self, option_id: str, on: bool = True) -> None:
        row = next((n for n, (key, _t) in enumerate(self._options) if key == option_id), -1)
        if row >= 0:
            self.setData(self.index(row), (Qt.CheckState.Checked if on else Qt.CheckState.Unchecked).value,
                         Qt.ItemDataRole.CheckStateRole)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._options)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._options):
            return None
        key, text = self._options[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.CheckStateRole:
            return (Qt.CheckState.Checked if key in self._checked else Qt.CheckState.Unchecked).value
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        key = self._options[index.row()][0]
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._checked.add(key)
        else:
            self._checked.discard(key)
        self.dataChanged.emit(index, index, [role])
        return True

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemNeverHasChildren)


class EndUnitDialog(FormDialog):
    """The last day of a unit and the units that take over from it (merger, rename)."""

    def __init__(self, ws, lang: str, unit: dict, submit, parent=None) -> None:
        super().__init__(self.tr("End unit"), submit, parent)
        self.form.addRow(note_label(self.tr("“%1” stops on the date below. Old visits keep its name; "
                                            "tick the units that take over from it.").replace("%1", unit["name"])))
        self.valid_to_edit = date_edit(unit.get("valid_to"))
        options = unit_options(ws, lang, exclude={unit["id"]})
        self.successors = PickModel(options, set(unit.get("successor_ids") or ()), self)
        self.filter_model = QSortFilterProxyModel(self)
        self.filter_model.setSourceModel(self.successors)
        self.filter_model.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter units…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.filter_model.setFilterFixedString)
        self.successor_view = QListView()
        self.successor_view.setModel(self.filter_model)
        self.successor_view.setMinimumHeight(200)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.successor_view)
        self.form.addRow(self.tr("&Last day:"), self.valid_to_edit)
        self.form.addRow(self.tr("Successors:"), box)
        self.setMinimumWidth(560)

    def values(self) -> dict:
        return {"valid_to": iso_of(self.valid_to_edit), "successor_ids": self.successors.checked_ids()}
