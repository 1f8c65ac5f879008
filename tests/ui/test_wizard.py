"""The first-run wizard: creates a field or HQ workspace with its inspector, refuses what it must."""

from __future__ import annotations

from inspector_app.workspace import Workspace
from tests.ui.library.conftest import click, type_into
from ui.wizard import FirstRunWizard, needs_first_run


def _wizard(qtbot, folder) -> FirstRunWizard:
    wizard = FirstRunWizard(default_path=folder, lang="vi")
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def test_the_wizard_creates_a_field_workspace_with_the_inspector(qtbot, tmp_path):
    folder = tmp_path / "Inspector" / "workspace"
    assert needs_first_run(folder)
    wizard = _wizard(qtbot, folder)
    page = wizard.workspace_page
    assert wizard.currentId() == FirstRunWizard.WORKSPACE_PAGE
    assert page.folder_edit.text() == str(folder) and page.field_radio.isChecked()
    type_into(qtbot, page.device_edit, "Laptop đoàn 1")
    wizard.next()
    assert wizard.currentId() == FirstRunWizard.INSPECTOR_PAGE

    person = wizard.inspector_page
    wizard.next()
    assert wizard.currentId() == FirstRunWizard.INSPECTOR_PAGE, "an empty name is refused"
    assert person.error_label.text() == "Hãy nhập họ và tên người kiểm tra." or "name" in person.error_label.text()
    type_into(qtbot, person.name_edit, "Phạm Thị Lan Anh")
    type_into(qtbot, person.position_edit, "Chuyên viên")
    type_into(qtbot, person.agency_edit, "Sở Nội vụ thành phố Hà Nội")
    wizard.next()
    assert wizard.currentId() == FirstRunWizard.DONE_PAGE
    assert str(folder) in wizard.done_page.summary.text()
    click(qtbot, wizard.button(FirstRunWizard.WizardButton.FinishButton))
    assert wizard.result() == FirstRunWizard.DialogCode.Accepted
    assert wizard.workspace_path == folder and not wizard.opened_existing
    assert not needs_first_run(folder)

    with Workspace.open(folder) as ws:
        assert (ws.role, ws.device_name) == ("field", "Laptop đoàn 1")
        current = ws.people.current()
        assert (current["id"], current["name"], current["position"], current["agency"]) == \
            (wizard.person_id, "Phạm Thị Lan Anh", "Chuyên viên", "Sở Nội vụ thành phố Hà Nội")
        assert len(ws.checklists.list()) >= 3, "the built-in checklists are loaded"


def test_the_wizard_creates_an_hq_workspace(qtbot, tmp_path):
    wizard = _wizard(qtbot, tmp_path / "hq")
    click(qtbot, wizard.workspace_page.hq_radio)
    wizard.next()
    type_into(qtbot, wizard.inspector_page.name_edit, "Nguyen Thi Thu Ha")
    wizard.next()
    assert wizard.currentId() == FirstRunWizard.DONE_PAGE
    with Workspace.open(tmp_path / "hq") as ws:
        assert ws.role == "hq" and ws.people.current()["name"] == "Nguyen Thi Thu Ha"


def test_an_existing_workspace_is_offered_not_overwritten(qtbot, tmp_path):
    Workspace.create(tmp_path / "ws", "field", builtin_checklists=False).close()
    wizard = _wizard(qtbot, tmp_path / "ws")
    page = wizard.workspace_page
    assert page.open_existing_button.isHidden()
    wizard.next()
    assert wizard.currentId() == FirstRunWizard.WORKSPACE_PAGE
    assert "không" in page.error_label.text() or "overwritten" in page.error_label.text()
    assert not page.open_existing_button.isHidden()
    click(qtbot, page.open_existing_button)
    assert wizard.result() == FirstRunWizard.DialogCode.Accepted
    assert wizard.opened_existing and wizard.workspace_path == tmp_path / "ws" and wizard.person_id is None


def test_empty_folder_and_empty_computer_name_are_refused(qtbot, tmp_path):
    wizard = _wizard(qtbot, tmp_path / "ws")
    page = wizard.workspace_page
    page.device_edit.clear()
    wizard.next()
    assert wizard.currentId() == FirstRunWizard.WORKSPACE_PAGE and page.error_label.isVisible()
    type_into(qtbot, page.device_edit, "may-1")
    page.folder_edit.clear()
    wizard.next()
    assert wizard.currentId() == FirstRunWizard.WORKSPACE_PAGE and page.error_label.text()


def test_a_folder_that_cannot_be_written_is_refused(qtbot, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    wizard = _wizard(qtbot, blocker / "ws")
    wizard.next()
    assert wizard.currentId() == FirstRunWizard.WORKSPACE_PAGE
    assert wizard.workspace_page.error_label.text()
    assert wizard.workspace_page.open_existing_button.isHidden()


def test_the_wizard_speaks_vietnamese(qtbot, vi_translator, tmp_path):
    wizard = _wizard(qtbot, tmp_path / "ws")
    assert wizard.button(FirstRunWizard.WizardButton.NextButton).text() == "&Tiếp >"
    wizard.next()
    wizard.next()
    assert wizard.inspector_page.error_label.text() == "Hãy nhập họ và tên người kiểm tra."
