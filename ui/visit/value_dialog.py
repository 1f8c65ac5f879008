"""`ask_value`: the F2 dialog answering one item with its answer type's editor.

The editor (ui/visit/editors.py) is the one a record table's cell uses, so a
date is picked as dd/MM/yyyy and a percentage typed as "85,5 %" in both places.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from inspector_app.checklists import answer_types

from .editors import editor_for
from .labels import number

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")
MAX_WIDTH = 560
"""A long item text wraps inside this width instead of stretching the dialog across the screen."""


def limits_text(item: dict, lang: str) -> str:
    """What the value is counted in and its bounds: "Đơn vị: hồ sơ", "Tối đa: 2 điểm", "Từ 0 đến 100 %"."""
    kind = item.get("answer_type")
    parts = []
    if item.get("unit") and kind in ("number", "count"):
        parts.append(translate("ValueDialog", "Unit: %1").replace("%1", item["unit"]))
    if kind == "score":
        parts.append(translate("ValueDialog", "Maximum: %1 points")
                     .replace("%1", number(float(item.get("max_score") or 0), lang)))
    if kind == "percentage":
        parts.append(translate("ValueDialog", "From 0 to 100 %"))
    return " · ".join(parts)


class ValueDialog(QDialog):
    """The item's editor (`self.editor`, the widget) set to `value`, under the item's text."""

    def __init__(self, item: dict, title: str, value, lang: str = "vi", parent=None) -> None:
        super().__init__(parent)
        self.item, self.kind = item, editor_for(item)
        self.setWindowTitle(answer_types.label(item.get("answer_type"), lang))
        self.editor = self.kind.create(self, item, lang)
        self.kind.show(self.editor, item, value)
        label = QLabel(title)
        label.setWordWrap(True)
        label.setBuddy(self.editor)
        self.limits = QLabel(limits_text(item, lang))
        self.limits.setObjectName("valueLimits")
        self.limits.setVisible(bool(self.limits.text()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.setMinimumWidth(360)
        self.setMaximumWidth(MAX_WIDTH)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.editor)
        layout.addWidget(self.limits)
        layout.addWidget(buttons)
        self.editor.setFocus()

    def value(self):
        """The answer as the core stores it."""
        return self.kind.read(self.editor, self.item)


def ask_value(parent, item: dict, title: str, value, lang: str = "vi") -> tuple[object, bool]:
    """Show a ValueDialog; (value, True), or (None, False) when cancelled."""
    dialog = ValueDialog(item, title, value, lang, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None, False
    return dialog.value(), True
