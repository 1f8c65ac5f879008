"""The Checklists tab: browse a version, copy it to a draft, edit the draft, publish it, then it is locked."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.library.conftest import click, type_into
from ui.library.checklist_dialogs import ChoicesModel
from ui.library.checklists_tab import ChecklistsTab


def _tab(qtbot, ws) -> ChecklistsTab:
    tab = ChecklistsTab(ws, "vi")
    qtbot.addWidget(tab)
    tab.resize(1000, 700)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def _ok(qtbot, dialog) -> None:
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))


def _yes(qtbot, box: QMessageBox) -> None:
    click(qtbot, box.button(QMessageBox.StandardButton.Yes))


def test_browsing_shows_sections_items_and_legal_bases_on_a_date(qtbot, lib):
    tab = _tab(qtbot, lib)
    assert tab.template_id == lib.template
    assert tab.tree_model.rowCount() == 3
    assert not tab.is_editable() and not tab.publish_button.isEnabled() and tab.copy_button.isEnabled()
    assert "Copy to a new version" in tab.lock_note.text() or "Sao chép" in tab.lock_note.text()
    tab.select_row(lib.checklists.items(lib.template)[1]["id"])
    assert tab.details.title_label.text() == "A2. Tiêu chí số 2 được thực hiện đầy đủ"
    tab.details.citations_date.setDate(QDate(2024, 3, 1))
    assert tab.details.citations.rowCount() == 1
    assert tab.details.citations.index(0, 0).data().startswith("Nghị định 61/2018/NĐ-CP, Điều 2 — về thực hiện")
    tab.details.citations_date.setDate(QDate(2025, 7, 1))
    assert tab.details.citations.index(0, 0).data().startswith("Nghị định 118/2025/NĐ-CP — về thực hiện")
    assert not tab.details.citations_view.isHidden()


def test_copy_edit_and_publish_a_local_version(qtbot, lib):
    tab = _tab(qtbot, lib)
    changed = []
    tab.ops.bus.operation_did_execute.connect(lambda changes, _initiator: changed.append(changes))
    click(qtbot, tab.copy_button)
    draft = tab.template_id
    assert draft != lib.template and tab.templates.rowCount() == 2
    row = tab.templates.template(tab.templates.row_of(draft))
    assert (row["status"], row["source"], row["version"]) == ("draft", "local", 2)
    assert tab.is_editable() and tab.publish_button.isEnabled()

    click(qtbot, tab.edit_title_button)
    type_into(qtbot, tab.dialog.title_edit, "Phiếu kiểm tra Bộ phận Một cửa (bản của Sở)")
    _ok(qtbot, tab.dialog)
    assert lib.checklists.template(draft)["title"] == "Phiếu kiểm tra Bộ phận Một cửa (bản của Sở)"
    assert tab.template_id == draft and "bản của Sở" in tab.template_title.text()

    click(qtbot, tab.add_section_button)
    dialog = tab.dialog
    type_into(qtbot, dialog.code_edit, "TD")
    type_into(qtbot, dialog.title_edit, "Thái độ phục vụ")
    click(qtbot, dialog.repeatable_check)
    type_into(qtbot, dialog.record_label_edit, "Công chức")
    _ok(qtbot, dialog)
    section = tab.selected()
    assert (section["title"], section["repeatable"], section["record_label"]) == ("Thái độ phục vụ", True, "Công chức")

    click(qtbot, tab.add_item_button)
    dialog = tab.dialog
    type_into(qtbot, dialog.code_edit, "TD1")
    type_into(qtbot, dialog.text_edit, "Thái độ khi tiếp nhận hồ sơ")
    assert dialog.choices_editor.isHidden()
    dialog.type_combo.set_current("single_choice")
    assert not dialog.choices_editor.isHidden() and dialog.max_score_spin.isHidden()
    for label in ("Niềm nở", "Thờ ơ, hách dịch"):
        click(qtbot, dialog.choices_editor.add_button)
        view = dialog.choices_editor.view
        editor = view.indexWidget(view.currentIndex())
        type_into(qtbot, editor, label)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        QApplication.processEvents()  # the delegate commits on Return through a queued call
    choices = dialog.choices_editor.model
    choices.setData(choices.index(1, ChoicesModel.COMPLIANT), Qt.CheckState.Unchecked.value,
                    Qt.ItemDataRole.CheckStateRole)
    dialog.points_spin.setValue(2)
    click(qtbot, dialog.evidence_check)
    _ok(qtbot, dialog)
    item = tab.selected()
    assert (item["code"], item["answer_type"], item["points"], item["evidence_required"]) == \
        ("TD1", "single_choice", 2.0, True)
    assert item["choices"] == [{"value": "niem_no", "label": "Niềm nở"},
                               {"value": "tho_o_hach_dich", "label": "Thờ ơ, hách dịch", "compliant": False}]
    assert item["section_id"] == section["id"]

    click(qtbot, tab.edit_button)
    type_into(qtbot, tab.dialog.text_edit, "Thái độ của công chức khi tiếp nhận hồ sơ")
    _ok(qtbot, tab.dialog)
    assert lib.checklists.item(item["id"])["text"] == "Thái độ của công chức khi tiếp nhận hồ sơ"

    note = next(i for i in lib.checklists.items(draft) if i["code"] == "A-note")
    tab.select_row(note["id"])
    click(qtbot, tab.remove_button)
    _yes(qtbot, tab.dialog)
    assert "A-note" not in {i["code"] for i in lib.checklists.items(draft)}

    click(qtbot, tab.publish_button)
    _yes(qtbot, tab.dialog)
    assert lib.checklists.template(draft)["status"] == "published"
    assert tab.template_id == draft
    assert not tab.is_editable() and not tab.publish_button.isEnabled()
    assert not any(b.isEnabled() for b in tab.edit_buttons)
    assert tab.tree_model.rowCount() == 4
    assert {c.ids("checklist_template") and True for c in changed} >= {True}


def test_a_published_version_refuses_edits_with_the_core_message(qtbot, lib):
    tab = _tab(qtbot, lib)
    assert not tab.edit_button.isEnabled()
    tab.select_row(lib.checklists.items(lib.template)[0]["id"])
    tab.edit_selected()  # what a double-click would do, were the button enabled
    dialog = tab.dialog
    type_into(qtbot, dialog.text_edit, "Sửa")
    _ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "không sửa được" in tab.ops.last_message.text()
    assert lib.checklists.items(lib.template)[0]["text"] == "Tiêu chí số 1 được thực hiện đầy đủ"
    tab.ops.last_message.accept()
    dialog.reject()


def test_an_invalid_item_is_refused_and_the_dialog_stays(qtbot, lib):
    tab = _tab(qtbot, lib)
    click(qtbot, tab.copy_button)
    click(qtbot, tab.add_item_button)
    dialog = tab.dialog
    type_into(qtbot, dialog.code_edit, "X1")
    type_into(qtbot, dialog.text_edit, "Chấm điểm")
    dialog.type_combo.set_current("score")
    _ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "điểm tối đa" in tab.ops.last_message.text()
    tab.ops.last_message.accept()
    dialog.max_score_spin.setValue(5)
    _ok(qtbot, dialog)
    assert tab.selected()["max_score"] == 5.0


def test_a_choice_being_typed_is_kept_when_ok_is_pressed(qtbot, lib):
    tab = _tab(qtbot, lib)
    click(qtbot, tab.copy_button)
    click(qtbot, tab.add_item_button)
    dialog = tab.dialog
    type_into(qtbot, dialog.code_edit, "X2")
    type_into(qtbot, dialog.text_edit, "Hình thức tiếp nhận")
    dialog.type_combo.set_current("multi_choice")
    click(qtbot, dialog.choices_editor.add_button)
    view = dialog.choices_editor.view
    type_into(qtbot, view.indexWidget(view.currentIndex()), "Trực tiếp")
    _ok(qtbot, dialog)
    assert tab.selected()["choices"] == [{"value": "truc_tiep", "label": "Trực tiếp"}]


def test_dialogs_speak_vietnamese(qtbot, vi_translator, lib):
    tab = _tab(qtbot, lib)
    assert tab.copy_button.text() == "Sao chép sang phiên bản mới"
    click(qtbot, tab.copy_button)
    click(qtbot, tab.add_item_button)
    dialog = tab.dialog
    assert dialog.windowTitle() == "Thêm tiêu chí"
    assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).text() == "Đồng ý"
    assert dialog.type_combo.currentText() == "Đạt / không đạt"
    dialog.reject()


def test_a_long_item_is_read_whole_in_the_details_on_a_narrow_window(qtbot, tmp_path):
    """At 200 % the details pane is narrow: the item's text and facts wrap and are read whole
    (they scroll), never cut at the pane's bottom edge (seen on the 200 % screenshot)."""
    from inspector_app.workspace import Workspace

    ws = Workspace.create(tmp_path / "ws", "field")
    try:
        tab = ChecklistsTab(ws, "vi")
        qtbot.addWidget(tab)
        tab.resize(760, 470)                                   # the Library's room at 200 % on 1920×1080
        with qtbot.waitExposed(tab):
            tab.show()
        cchc = next(t for t in ws.checklists.list() if t["code"] == "cchc-8-linh-vuc")
        tab.select_template(cchc["id"])
        item = next(i for i in ws.checklists.items(cchc["id"]) if len(i["text"]) > 90)
        tab.select_row(item["id"])
        details = tab.details
        for label in (details.title_label, details.facts_label, details.guidance_label):
            if label.isVisible():
                qtbot.waitUntil(lambda lb=label: lb.height() >= lb.heightForWidth(lb.width()), timeout=2_000)
        assert details.title_label.text().endswith(item["text"])
        assert details.width() <= details.parentWidget().width()     # wrapped to the pane, not wider
    finally:
        ws.close()


def test_the_item_texts_take_the_trees_width_without_a_horizontal_scroll_bar_at_960_px(qtbot, tmp_path):
    """1920×1080 at 200 % is 960 logical px: the tree shows the code and the whole width for the
    texts, no horizontal scroll bar; the answer type, points, required and evidence columns,
    said again in the item's details beside it, come back on a wide window."""
    from PySide6.QtCore import QSettings

    from inspector_app.workspace import Workspace
    from ui.main_window import MainWindow

    ws = Workspace.create(tmp_path / "ws", "field")   # the built-in checklists: long item texts
    window = MainWindow(ws, "vi", QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(960, 520)
    window.show()
    qtbot.waitExposed(window)
    window.show_page(MainWindow.LIBRARY)
    tree = window.library_page.checklists_tab.tree
    model = tree.model()
    header = tree.header()
    qtbot.waitUntil(lambda: tree.viewport().width() > 0)
    QApplication.processEvents()
    assert not tree.horizontalScrollBar().isVisible()
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    assert shown == [model.CODE, model.TEXT]
    assert header.sectionSize(model.CODE) + header.sectionSize(model.TEXT) <= tree.viewport().width()
    item = model.index(0, model.TEXT, model.index(0, 0))
    assert model.data(item, Qt.ItemDataRole.ToolTipRole).startswith("Ban hành kế hoạch")   # the whole text

    window.resize(1920, 1040)
    QApplication.processEvents()
    assert not any(header.isSectionHidden(c) for c in range(header.count()))
    assert not tree.horizontalScrollBar().isVisible()
    window.close()
    ws.close()
