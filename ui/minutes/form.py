"""What is edited right before printing: number, the unit's opinion, a refusal to sign."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget


class MinutesForm(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.number_edit = QLineEdit()
        self.number_edit.setPlaceholderText(self.tr("e.g. 05/BB-ĐKT (may stay empty)"))
        self.opinion_edit = QPlainTextEdit()
        self.opinion_edit.setPlaceholderText(
            self.tr("What the inspected unit says (left blank: lines to write by hand)"))
        self.refused_check = QCheckBox(self.tr("The unit refuses to sign"))
        self.reason_edit = QLineEdit()
        self.witness_name_edit = QLineEdit()
        self.witness_position_edit = QLineEdit()
        layout = QFormLayout(self)
        layout.addRow(self.tr("Minutes number"), self.number_edit)
        layout.addRow(self.tr("Unit's opinion"), self.opinion_edit)
        layout.addRow(self.refused_check)
        layout.addRow(self.tr("Reason for refusing"), self.reason_edit)
        layout.addRow(self.tr("Witness"), self.witness_name_edit)
        layout.addRow(self.tr("Witness's position"), self.witness_position_edit)
        self.refused_check.toggled.connect(self._update_refusal)
        self._update_refusal()

    def _update_refusal(self) -> None:
        on = self.refused_check.isChecked() and self.refused_check.isEnabled()
        for edit in (self.reason_edit, self.witness_name_edit, self.witness_position_edit):
            edit.setEnabled(on)

    def set_values(self, row: dict | None) -> None:
        row = row or {}
        self.number_edit.setText(row.get("number") or "")
        self.opinion_edit.setPlainText(row.get("unit_opinion") or "")
        self.refused_check.setChecked(bool(row.get("refused_to_sign")))
        self.reason_edit.setText(row.get("refusal_reason") or "")
        self.witness_name_edit.setText(row.get("witness_name") or "")
        self.witness_position_edit.setText(row.get("witness_position") or "")
        self._update_refusal()

    def values(self) -> dict:
        refused = self.refused_check.isChecked()
        return {"number": self.number_edit.text(), "unit_opinion": self.opinion_edit.toPlainText(),
                "refused_to_sign": refused,
                "refusal_reason": self.reason_edit.text() if refused else "",
                "witness_name": self.witness_name_edit.text() if refused else "",
                "witness_position": self.witness_position_edit.text() if refused else ""}

    def set_locked(self, locked: bool) -> None:
        for widget in (self.number_edit, self.refused_check):
            widget.setEnabled(not locked)
        self.opinion_edit.setReadOnly(locked)
        self._update_refusal()
