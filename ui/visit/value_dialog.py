"""`ask_value`: the F2 dialog answering one item with its answer type's editor.

The editor (ui/visit/editors.py) is the one a record table's cell uses, so a
date is picked as dd/MM/yyyy and a percentage typed as "85,5 %" in both places.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from inspector_app.checklists import answer_types

from .editors import editor_for


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
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.setMinimumWidth(360)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.editor)
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
