"""The item dialog shows the settings each answer type declares in the core, and
stores a count's unit and a yes/no item's compliant answer."""

from __future__ import annotations

from inspector_app.checklists import answer_types
from inspector_app.workspace import Workspace
from tests.helpers.factories import LEGAL, small_checklist
from tests.ui.library.conftest import click, type_into
from ui.library.checklist_dialogs import ItemDialog


def _draft(tmp_path):
    ws = Workspace.create(tmp_path / "ws", "field", builtin_checklists=False)
    ws.checklists.import_legal(LEGAL)
    template, _ = ws.checklists.import_data(small_checklist())
    draft, _ = ws.checklists.new_version(template)
    return ws, draft, ws.checklists.sections(draft)[0]["id"]


def _item(ws, draft, item_id) -> dict:
    return next(i for i in ws.checklists.items(draft) if i["id"] == item_id)


def _dialog(qtbot, ws, section, item=None):
    added = []

    def submit(values):
        if item:
            ws.checklists.update_item(item["id"], **values)
        else:
            added.append(ws.checklists.add_item(section, **values)[0])
        return True
    dialog = ItemDialog(submit, item, lang="vi")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, added


def _shown(dialog) -> set[str]:
    rows = {"choices": dialog.choices_editor, "compliant_answer": dialog.compliant_combo,
            "max_score": dialog.max_score_spin, "unit": dialog.unit_edit, "points": dialog.points_spin}
    return {name for name, widget in rows.items() if dialog.form.isRowVisible(widget)}


def test_each_type_shows_the_settings_its_core_type_uses(qtbot, tmp_path):
    ws, _draft_id, section = _draft(tmp_path)
    with ws:
        dialog, _ = _dialog(qtbot, ws, section)
        for kind in answer_types.TYPES:
            dialog.type_combo.set_current(kind)
            assert _shown(dialog) == set(answer_types.type_of({"answer_type": kind}).settings), kind
        dialog.type_combo.set_current("percentage")
        assert _shown(dialog) == set()                # no points: a rate never adds into the total
        assert dialog.type_combo.currentText() == "Tỷ lệ phần trăm"


def test_a_count_is_stored_with_its_unit_and_refused_without(qtbot, tmp_path):
    ws, draft, section = _draft(tmp_path)
    with ws:
        dialog, added = _dialog(qtbot, ws, section)
        type_into(qtbot, dialog.code_edit, "A9")
        type_into(qtbot, dialog.text_edit, "Số hồ sơ trễ hạn trong kỳ")
        dialog.type_combo.set_current("count")
        type_into(qtbot, dialog.unit_edit, "hồ sơ trễ hạn")
        click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))
        item = _item(ws, draft, added[0])
        assert (item["answer_type"], item["unit"], item["points"]) == ("count", "hồ sơ trễ hạn", None)
        assert answer_types.format_value(item, 3, "vi") == "3 hồ sơ trễ hạn"
        values = {**dialog.values(), "code": "A10", "unit": None}
        problem = answer_types.check_settings(values)[0]
        assert "cần đơn vị tính" in problem.message("vi")


def test_a_yes_no_item_declares_which_answer_is_compliant(qtbot, tmp_path):
    ws, draft, section = _draft(tmp_path)
    with ws:
        dialog, added = _dialog(qtbot, ws, section)
        type_into(qtbot, dialog.code_edit, "A9")
        type_into(qtbot, dialog.text_edit, "Có hồ sơ bị trả lại không đúng quy định")
        dialog.type_combo.set_current("yes_no")
        dialog.compliant_combo.set_current("no")
        click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))
        item = _item(ws, draft, added[0])
        assert answer_types.compliant_answer(item) is False
        assert answer_types.is_noncompliant(item, True) and not answer_types.is_noncompliant(item, False)
        again, _ = _dialog(qtbot, ws, section, item)
        assert again.compliant_combo.current_id() == "no"          # opens on what is stored
        again.compliant_combo.set_current(None)
        click(qtbot, again.buttons.button(again.buttons.StandardButton.Ok))
        item = _item(ws, draft, added[0])
        assert answer_types.compliant_answer(item) is None and not answer_types.is_noncompliant(item, True)
