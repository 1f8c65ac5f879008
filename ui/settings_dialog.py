"""`SettingsDialog`: interface language and the watched photo folder, kept in QSettings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from .i18n import LANGUAGE_KEY
from .messages import translate_buttons

WATCHED_FOLDER_KEY = "media/watched_folder"
# Each language is named in itself, whatever the interface language.
LANGUAGES = (("vi", "Tiếng Việt"), ("en", "English"))


class SettingsDialog(QDialog):
    """Edits `settings`; OK stores the values, Cancel leaves them.

    `language_changed(code)` is emitted on OK when the language changed
    (it applies at the next start).
    """

    language_changed = Signal(str)

    def __init__(self, settings: QSettings, parent=None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self._language = self._saved_language()

        self.language_combo = QComboBox()
        for _code, name in LANGUAGES:
            self.language_combo.addItem(name)
        self.language_combo.setCurrentIndex([code for code, _name in LANGUAGES].index(self._language))
        self.language_note = QLabel(self.tr("The language applies the next time Inspector starts."))
        self.language_note.setWordWrap(True)
        self.language_note.setStyleSheet("color: palette(placeholder-text);")

        self.folder_edit = QLineEdit(str(settings.value(WATCHED_FOLDER_KEY, "") or ""))
        self.folder_edit.setPlaceholderText(self.tr("e.g. the folder your camera imports photos into"))
        self.folder_edit.setClearButtonEnabled(True)
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.browse_button.clicked.connect(self._browse)
        self.folder_note = QLabel()
        self.folder_note.setWordWrap(True)
        self.folder_note.setStyleSheet("color: palette(placeholder-text);")
        self.folder_edit.textChanged.connect(self._update_folder_note)

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("Interface &language:"), self.language_combo)
        form.addRow("", self.language_note)
        folder_label = QLabel(self.tr("&Watched photo folder:"))
        folder_label.setBuddy(self.folder_edit)
        form.addRow(folder_label, folder_row)
        form.addRow("", self.folder_note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        translate_buttons(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._update_folder_note()

    def _saved_language(self) -> str:
        value = self.settings.value(LANGUAGE_KEY, "vi")
        return value if value in ("vi", "en") else "vi"

    def language(self) -> str:
        return LANGUAGES[self.language_combo.currentIndex()][0]

    def watched_folder(self) -> str:
        return self.folder_edit.text().strip()

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the watched photo folder"),
                                                  self.watched_folder())
        if folder:
            self.folder_edit.setText(folder)

    def _update_folder_note(self, _text: str = "") -> None:
        folder = self.watched_folder()
        if folder and not Path(folder).is_dir():
            text = self.tr("This folder does not exist now (a camera card not inserted?). "
                           "It is kept and used when it appears.")
        else:
            text = self.tr("New photos in this folder are offered for import into the open visit.")
        self.folder_note.setText(text)

    def accept(self) -> None:
        self.settings.setValue(LANGUAGE_KEY, self.language())
        self.settings.setValue(WATCHED_FOLDER_KEY, self.watched_folder())
        self.settings.sync()
        changed = self.language() != self._language
        self._language = self.language()
        super().accept()
        if changed:
            self.language_changed.emit(self._language)
