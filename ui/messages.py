"""Messages and questions shown to the user: window-modal, never blocking.

Boxes open with `open()`, not `exec()`, so the app stays responsive and
tests drive them directly. Standard buttons are named through our own
catalogue (Qt ships no Vietnamese one for qtbase).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget


def button_texts() -> dict:
    """Standard button texts through our catalogue: Qt ships no Vietnamese one for qtbase."""
    buttons = QDialogButtonBox.StandardButton
    return {buttons.Ok: QCoreApplication.translate("Buttons", "OK"),
            buttons.Cancel: QCoreApplication.translate("Buttons", "Cancel"),
            buttons.Yes: QCoreApplication.translate("Buttons", "Yes"),
            buttons.No: QCoreApplication.translate("Buttons", "No")}


def translate_buttons(box) -> None:
    """Name the standard buttons of a QDialogButtonBox or QMessageBox in the interface language."""
    for which, text in button_texts().items():
        button = box.button(QMessageBox.StandardButton(which.value) if isinstance(box, QMessageBox) else which)
        if button is not None:
            button.setText(text)


def show_message(parent: QWidget | None, text: str, title: str = "",
                 icon=QMessageBox.Icon.Warning) -> QMessageBox:
    """A window-modal message box, opened without blocking; returns it."""
    box = QMessageBox(icon, title or QCoreApplication.translate("Library", "Inspector"), text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    translate_buttons(box)
    box.open()
    return box


def confirm(parent: QWidget, text: str, on_yes: Callable[[], None]) -> QMessageBox:
    """Ask a yes/no question without blocking; `on_yes()` runs if the user agrees."""
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("Library", "Inspector"), text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    translate_buttons(box)

    def answered(button) -> None:
        if box.standardButton(button) == QMessageBox.StandardButton.Yes:
            on_yes()

    box.buttonClicked.connect(answered)
    box.open()
    return box
