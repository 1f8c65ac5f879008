"""The settings dialog stores the language and the watched photo folder in QSettings."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from tests.ui.library.conftest import click, type_into
from ui.i18n import LANGUAGE_KEY
from ui.settings_dialog import WATCHED_FOLDER_KEY, SettingsDialog


def _dialog(qtbot, settings) -> SettingsDialog:
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_saves_the_language_and_the_watched_folder(qtbot, settings, tmp_path):
    dialog = _dialog(qtbot, settings)
    assert dialog.language_combo.currentText() == "Tiếng Việt"
    changed = []
    dialog.language_changed.connect(changed.append)
    dialog.language_combo.setCurrentIndex(1)
    type_into(qtbot, dialog.folder_edit, str(tmp_path))
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert settings.value(LANGUAGE_KEY) == "en"
    assert settings.value(WATCHED_FOLDER_KEY) == str(tmp_path)
    assert changed == ["en"]

    again = _dialog(qtbot, settings)
    assert again.language_combo.currentText() == "English"
    assert again.folder_edit.text() == str(tmp_path)


def test_cancel_keeps_the_settings(qtbot, settings):
    settings.setValue(LANGUAGE_KEY, "vi")
    dialog = _dialog(qtbot, settings)
    dialog.language_combo.setCurrentIndex(1)
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel))
    assert settings.value(LANGUAGE_KEY) == "vi"
    assert settings.value(WATCHED_FOLDER_KEY, "") == ""


def test_a_missing_folder_is_kept_with_a_note(qtbot, settings, tmp_path):
    dialog = _dialog(qtbot, settings)
    note = dialog.folder_note.text()
    type_into(qtbot, dialog.folder_edit, str(tmp_path / "camera"))
    assert dialog.folder_note.text() != note
    dialog.accept()
    assert settings.value(WATCHED_FOLDER_KEY) == str(tmp_path / "camera")
