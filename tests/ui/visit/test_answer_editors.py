"""One editor per answer type (ui/visit/editors.py) in the F2 dialog and in record cells;
the screen's wording is the minutes' wording; yes/no breaches show in red."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox, QStyleOptionViewItem, QTableView

from inspector_app.checklists import answer_types
from inspector_app.minutes.content import value_label
from inspector_app.workspace import Workspace
from tests.core.test_answer_types import CASES, ITEMS
from tests.helpers.factories import LEGAL, small_checklist
from ui.visit.checklist_model import ChecklistModel
from ui.visit.editors import EDITORS
from ui.visit.labels import answer_text
from ui.visit.records import AnswerDelegate, RecordsModel
from ui.visit.value_dialog import ValueDialog

PERCENT = {"code": "E7", "text": "Tỷ lệ hồ sơ giải quyết đúng hạn", "answer_type": "percentage"}
COUNT = {"code": "HS-tre", "text": "Số hồ sơ trễ hạn", "answer_type": "count", "unit": "hồ sơ trễ hạn"}


def _retype(qtbot, editor, text: str) -> None:
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    editor.interpretText()


def test_every_type_has_an_editor():
    assert set(EDITORS) == set(answer_types.TYPES)


def test_the_screen_reads_every_answer_as_the_minutes_print_it():
    for kind, (good, _bad, _words) in CASES.items():
        for value in good:
            assert answer_text(ITEMS[kind], value, "vi") == value_label(ITEMS[kind], value), (kind, value)


def test_a_percentage_is_typed_with_a_decimal_comma_in_vietnamese(qtbot):
    dialog = ValueDialog(PERCENT, "E7  Tỷ lệ hồ sơ giải quyết đúng hạn", 85.5, "vi")
    qtbot.addWidget(dialog)
    assert isinstance(dialog.editor, QDoubleSpinBox)
    assert dialog.editor.text() == "85,5 %" and dialog.windowTitle() == "Tỷ lệ phần trăm"
    _retype(qtbot, dialog.editor, "92,5")
    assert dialog.value() == 92.5
    _retype(qtbot, dialog.editor, "130")               # past 100: the box keeps within 0–100
    assert 0 <= dialog.value() <= 100
    english = ValueDialog(PERCENT, "E7", 85.5, "en")
    qtbot.addWidget(english)
    assert english.editor.text() == "85.5%" and english.windowTitle() == "Percentage"


def test_a_count_is_a_whole_number_shown_with_its_unit(qtbot):
    dialog = ValueDialog(COUNT, "HS-tre  Số hồ sơ trễ hạn", 3, "vi")
    qtbot.addWidget(dialog)
    assert isinstance(dialog.editor, QSpinBox)
    assert dialog.editor.text() == "3 hồ sơ trễ hạn"
    _retype(qtbot, dialog.editor, "7")
    assert dialog.value() == 7 and isinstance(dialog.value(), int)
    assert answer_types.check(COUNT, dialog.value()) is None


def _visit(tmp_path, extra_plain: list[dict], extra_rows: list[dict]):
    data = small_checklist()
    data["sections"][0]["items"][:0] = extra_plain
    data["sections"][2]["items"].extend(extra_rows)
    ws = Workspace.create(tmp_path / "ws", "field", builtin_checklists=False)
    ws.checklists.import_legal(LEGAL)
    template, _ = ws.checklists.import_data(data)
    unit, _ = ws.units.create("Ủy ban nhân dân phường Ba Đình", "commune")
    visit, _ = ws.visits.create(unit, "surprise", "2026-11-20", [template])
    ws.visits.start(visit, "2026-11-20T08:05:00+07:00")
    return ws, visit, ws.checklists.structure(template)


def test_record_cells_use_the_same_editors_and_store_what_the_core_accepts(qtbot, tmp_path):
    ws, visit, structure = _visit(tmp_path, [], [
        {"code": "HS5", "text": "Tỷ lệ thành phần hồ sơ đã số hóa", "answer_type": "percentage", "required": False},
        {"code": "HS6", "text": "Số lần hẹn lại", "answer_type": "count", "unit": "lần", "required": False}])
    with ws:
        section = structure["sections"][2]
        record, _ = ws.answers.add_record(visit, section["id"])

        def store(item, record_id, value):
            return ws.answers.answer(visit, item["id"], value, record_id=record_id)
        model = RecordsModel(ws, visit, section, "vi", store)
        model.refresh()
        view = QTableView()
        qtbot.addWidget(view)
        view.setModel(model)
        delegate = AnswerDelegate(model, view)
        columns = {item["code"]: n for n, item in enumerate(model.items)}
        for code, typed, expected, shown in (("HS5", "66,5", 66.5, "66,5 %"), ("HS6", "2", 2, "2 lần")):
            index = model.index(0, columns[code])
            editor = delegate.createEditor(view.viewport(), QStyleOptionViewItem(), index)
            assert type(editor) is type(ValueDialog(model.items[columns[code]], "", None, "vi").editor)
            delegate.setEditorData(editor, index)
            _retype(qtbot, editor, typed)
            delegate.setModelData(editor, model, index)
            assert ws.answers.of_visit(visit)[(model.items[columns[code]]["id"], record)]["value"] == expected
            model.refresh()
            assert model.data(model.index(0, columns[code])) == shown


def test_a_yes_no_answer_other_than_the_compliant_one_is_red_and_counted(qtbot, tmp_path):
    card = {"code": "Y1", "text": "Cán bộ trực quầy đeo thẻ công chức", "answer_type": "yes_no",
            "choices": answer_types.yes_no_choices(True)}
    ws, visit, structure = _visit(tmp_path, [card], [])
    with ws:
        item = structure["sections"][0]["items"][0]
        model = ChecklistModel(ws, visit, "vi")
        model.refresh()
        ws.answers.answer(visit, item["id"], True)
        model.refresh()
        answer = model.index_of_item(item["id"], ChecklistModel.ANSWER)
        assert answer.data() == "Có" and answer.data(Qt.ItemDataRole.ForegroundRole) is None
        assert model.totals()["noncompliant"] == 0
        ws.answers.answer(visit, item["id"], False)
        model.refresh()
        answer = model.index_of_item(item["id"], ChecklistModel.ANSWER)
        assert answer.data() == "Không"
        assert answer.data(Qt.ItemDataRole.ForegroundRole).color().red() == 190
        assert model.totals()["noncompliant"] == 1
