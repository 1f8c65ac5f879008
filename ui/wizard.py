"""`FirstRunWizard`: create a field or HQ workspace and record who uses this computer.

Page 1 chooses the folder, the role and the computer's name; page 2 the
inspector (name, position, agency) and creates everything when Next is
pressed; page 3 says what was made. A folder that already holds a workspace
is not overwritten: the wizard offers to open it instead.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from inspector_app.errors import InspectorError
from inspector_app.paths import default_workspace
from inspector_app.workspace import Workspace


def needs_first_run(path: Path | str) -> bool:
    """Whether `path` holds no workspace yet (so the wizard should run)."""
    return not Workspace.exists(path)


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b3261e; font-weight: 600;")
    label.hide()
    return label


def _show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def folder_problem(path: Path) -> str | None:
    """Why a workspace cannot be made in `path` ("exists" or "not_writable"), or None."""
    if Workspace.exists(path):
        return "exists"
    if path.exists() and not path.is_dir():
        return "not_writable"
    existing = path
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir() or not os.access(existing, os.W_OK | os.X_OK):
        return "not_writable"
    return None


class WorkspacePage(QWizardPage):
    """Where the workspace goes, which role it has and what this computer is called."""

    def __init__(self, default_path: Path, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Where to keep your work"))
        self.setSubTitle(self.tr("Inspector keeps checklists, visits, photos and recordings in one folder "
                                 "on this computer."))
        self.folder_edit = QLineEdit(str(default_path))
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.browse_button.clicked.connect(self._browse)
        self.field_radio = QRadioButton(self.tr("Laptop of an inspection team (field)"))
        self.hq_radio = QRadioButton(self.tr("Headquarters: receives and merges the teams' results (HQ)"))
        self.field_radio.setChecked(True)
        self.roles = QButtonGroup(self)
        self.roles.addButton(self.field_radio)
        self.roles.addButton(self.hq_radio)
        self.device_edit = QLineEdit(socket.gethostname())
        self.device_edit.setPlaceholderText(self.tr("e.g. Laptop đoàn 1 - máy 2"))
        self.error_label = _error_label()
        self.open_existing_button = QPushButton(self.tr("Open the existing workspace"))
        self.open_existing_button.hide()

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse_button)
        roles = QVBoxLayout()
        roles.addWidget(self.field_radio)
        roles.addWidget(self.hq_radio)
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.folder_edit)
        form = QFormLayout()
        form.addRow(folder_label, folder_row)
        form.addRow(self.tr("This computer is:"), roles)
        form.addRow(self.tr("&Computer name:"), self.device_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.open_existing_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.folder_edit.textChanged.connect(self._clear_error)

    def path(self) -> Path:
        return Path(self.folder_edit.text().strip()).expanduser()

    def role(self) -> str:
        return "hq" if self.hq_radio.isChecked() else "field"

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the workspace folder"),
                                                  self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def _clear_error(self, *_args) -> None:
        _show_error(self.error_label, "")
        self.open_existing_button.hide()

    def validatePage(self) -> bool:
        wizard = self.wizard()
        if isinstance(wizard, FirstRunWizard) and wizard.opened_existing:
            return True
        self._clear_error()
        if not self.folder_edit.text().strip():
            _show_error(self.error_label, self.tr("Choose a folder for the workspace."))
            return False
        if not self.device_edit.text().strip():
            _show_error(self.error_label, self.tr("Enter a name for this computer, so headquarters can tell "
                                                  "the laptops apart."))
            return False
        problem = folder_problem(self.path())
        if problem == "exists":
            _show_error(self.error_label, self.tr("This folder already holds an Inspector workspace; it will not "
                                                  "be overwritten. Open it, or choose another folder."))
            self.open_existing_button.show()
            return False
        if problem == "not_writable":
            _show_error(self.error_label, self.tr("Inspector cannot write to this folder. Choose a folder of "
                                                  "your own, for example in your Documents."))
            return False
        return True


class InspectorPage(QWizardPage):
    """Who records on this computer; Next creates the workspace."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Who uses this computer"))
        self.setSubTitle(self.tr("Your name is recorded with every answer, photo and change you make."))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. Phạm Thị Lan Anh"))
        self.position_edit = QLineEdit()
        self.position_edit.setPlaceholderText(self.tr("e.g. Chuyên viên"))
        self.agency_edit = QLineEdit()
        self.agency_edit.setPlaceholderText(self.tr("e.g. Sở Nội vụ thành phố Hà Nội"))
        self.error_label = _error_label()
        form = QFormLayout()
        form.addRow(self.tr("Full &name:"), self.name_edit)
        form.addRow(self.tr("&Position:"), self.position_edit)
        form.addRow(self.tr("&Agency:"), self.agency_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)

    def validatePage(self) -> bool:
        _show_error(self.error_label, "")
        if not self.name_edit.text().strip():
            _show_error(self.error_label, self.tr("Enter the inspector's full name."))
            self.name_edit.setFocus()
            return False
        error = self._wizard.create_workspace()
        _show_error(self.error_label, error or "")
        return error is None


class DonePage(QWizardPage):
    """What was created and what to do next."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Ready"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.summary.setText(self.tr("The workspace was created in %1 with the built-in checklists.\n\n"
                                     "Next, in the Library, enter your plan, your team and the units you "
                                     "inspect, or import a distribution from headquarters.")
                             .replace("%1", str(self._wizard.workspace_path)))


class FirstRunWizard(QWizard):
    """Creates a workspace and its first person.

    After `exec()` returns Accepted, `workspace_path` is the folder to open;
    `opened_existing` tells whether the user chose an existing workspace
    instead of creating one; `person_id` is the inspector recorded (None then).
    """

    WORKSPACE_PAGE, INSPECTOR_PAGE, DONE_PAGE = range(3)

    def __init__(self, parent=None, *, default_path: Path | str | None = None, lang: str = "vi") -> None:
        super().__init__(parent)
        self.lang = lang
        self.workspace_path: Path | None = None
        self.person_id: str | None = None
        self.opened_existing = False
        self.setWindowTitle(self.tr("Inspector — first start"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        for button, text in ((QWizard.WizardButton.BackButton, self.tr("< &Back")),
                             (QWizard.WizardButton.NextButton, self.tr("&Next >")),
                             (QWizard.WizardButton.FinishButton, self.tr("&Finish")),
                             (QWizard.WizardButton.CancelButton, self.tr("Cancel"))):
            self.setButtonText(button, text)
        self.workspace_page = WorkspacePage(Path(default_path) if default_path else default_workspace())
        self.inspector_page = InspectorPage(self)
        self.done_page = DonePage(self)
        self.setPage(self.WORKSPACE_PAGE, self.workspace_page)
        self.setPage(self.INSPECTOR_PAGE, self.inspector_page)
        self.setPage(self.DONE_PAGE, self.done_page)
        self.workspace_page.open_existing_button.clicked.connect(self.open_existing)
        self.setMinimumSize(640, 460)

    def open_existing(self) -> None:
        """Finish with the existing workspace of the chosen folder."""
        self.workspace_path = self.workspace_page.path()
        self.opened_existing = True
        self.done(QWizard.DialogCode.Accepted)

    def create_workspace(self) -> str | None:
        """Create the workspace and the inspector; a Vietnamese (or English) error text on failure."""
        page, person = self.workspace_page, self.inspector_page
        path = page.path()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            ws = Workspace.create(path, page.role(), device_name=page.device_edit.text().strip())
            try:
                person_id, _changes = ws.people.create(person.name_edit.text(), person.position_edit.text(),
                                                       person.agency_edit.text())
                ws.people.set_current(person_id)
            finally:
                ws.close()
        except InspectorError as err:
            return err.message(self.lang)
        except OSError as err:
            return self.tr("The workspace could not be created in %1: %2").replace("%1", str(path)).replace(
                "%2", err.strerror or str(err))
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.workspace_path, self.person_id = path, person_id
        return None
