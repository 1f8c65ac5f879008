"""Answering a 40-item checklist with the keyboard alone, notes, undo and redo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QPlainTextEdit

from tests.ui.visit.conftest import answer_next_dialog
from ui.visit.checklist_model import REQUIRED_MISSING_ROLE, ChecklistModel
from ui.visit.workspace import VisitWorkspace

KEYS = {"dat": Qt.Key.Key_1, "khong_dat": Qt.Key.Key_2, "khong_ap_dung": Qt.Key.Key_3}


def _workspace(qtbot, ws, ids) -> VisitWorkspace:
    page = VisitWorkspace(ws, ids["visit"], "vi")
    qtbot.addWidget(page)
    with qtbot.waitActive(page):     # shortcuts (Ctrl+Z) need an active window
        page.show()
        page.activateWindow()
    return page


def test_forty_items_answered_with_number_keys_alone(qtbot, big):
    ws, ids = big
    page = _workspace(qtbot, ws, ids)
    view = page.checklist.view
    plan = {}
    for n in range(1, 41):
        code = f"A{n}"
        value = "khong_dat" if n % 7 == 0 else ("khong_ap_dung" if n % 11 == 0 else "dat")
        assert page.checklist.current_item()["code"] == code
        qtbot.keyClick(view, KEYS[value])       # answers and moves to the next item
        plan[code] = value
    held = ws.answers.of_visit(ids["visit"])
    for code, value in plan.items():
        assert held[(ids["items"][code], None)]["value"] == value, code
    assert page.checklist.summary.text().startswith("Answered 40 of 41")   # the optional note is left
    totals = page.checklist.model.totals()
    assert totals["answered"] == 40 and totals["noncompliant"] == 5


def test_a_conditional_item_appears_with_its_condition(qtbot, big):
    ws, ids = big
    page = _workspace(qtbot, ws, ids)
    model = page.checklist.model
    assert not model.index_of_item(ids["items"]["A-why"]).isValid()
    qtbot.keyClick(page.checklist.view, Qt.Key.Key_2)            # A1 không đạt
    assert model.index_of_item(ids["items"]["A-why"]).isValid()
    page.checklist.select_item(ids["items"]["A1"])
    qtbot.keyClick(page.checklist.view, Qt.Key.Key_1)            # A1 đạt: the follow-up goes away
    assert not model.index_of_item(ids["items"]["A-why"]).isValid()


def test_enter_writes_a_note_and_unanswered_required_items_are_marked(qtbot, big):
    ws, ids = big
    page = _workspace(qtbot, ws, ids)
    model = page.checklist.model
    first = model.index_of_item(ids["items"]["A1"])
    assert model.data(first, REQUIRED_MISSING_ROLE) is True

    def type_note(dialog: QInputDialog):
        dialog.setTextValue("Bảng niêm yết bị che khuất")
        dialog.accept()
    answer_next_dialog(type_note)
    qtbot.keyClick(page.checklist.view, Qt.Key.Key_Return)
    assert ws.answers.of_visit(ids["visit"])[(ids["items"]["A1"], None)]["note"] == "Bảng niêm yết bị che khuất"
    qtbot.keyClick(page.checklist.view, Qt.Key.Key_1)
    assert model.data(model.index_of_item(ids["items"]["A1"]), REQUIRED_MISSING_ROLE) is False


def test_undo_and_redo_answers_and_notes(qtbot, big):
    ws, ids = big
    page = _workspace(qtbot, ws, ids)
    view = page.checklist.view
    item = ids["items"]["A1"]
    qtbot.keyClick(view, Qt.Key.Key_1)
    page.checklist.select_item(item)
    qtbot.keyClick(view, Qt.Key.Key_2)

    def value():   # undoing the first answer removes the observation the core created for it
        return ws.answers.of_visit(ids["visit"]).get((item, None), {}).get("value")
    assert value() == "khong_dat"
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert value() == "dat"
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert value() is None
    assert page.checklist.model.value_of(item) is None
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert value() == "dat"
    assert page.checklist.model.value_of(item) == "dat"     # the screen follows


def test_legal_basis_and_guidance_on_demand(qtbot, big):
    ws, ids = big
    page = _workspace(qtbot, ws, ids)
    assert not page.checklist.details.isVisible()
    qtbot.keyClick(page.checklist.view, Qt.Key.Key_F1)
    assert page.checklist.details.isVisible()
    text = page.checklist.details.toPlainText()
    assert "118/2025/NĐ-CP" in text      # the visit (2026) is after NĐ 61/2018 was replaced


def test_the_checklist_model_passes_the_model_tester(qtmodeltester, big):
    ws, ids = big
    ws.answers.answer(ids["visit"], ids["items"]["A1"], "khong_dat", note="Thiếu")
    model = ChecklistModel(ws, ids["visit"], "vi")
    model.refresh()
    qtmodeltester.check(model)
    assert model.rowCount() == 1 and model.rowCount(model.index(0, 0)) == 42  # 40, the note, the follow-up


def test_f2_on_a_date_or_time_item_picks_it_the_vietnamese_way(qtbot, tmp_path):
    from PySide6.QtCore import QDate, QTime

    from inspector_app.workspace import Workspace
    from tests.helpers.factories import LEGAL, small_checklist
    from ui.visit.value_dialog import ValueDialog

    data = small_checklist()
    data["sections"][0]["items"][:0] = [
        {"code": "N1", "text": "Ngày niêm yết bảng thủ tục", "answer_type": "date", "required": False},
        {"code": "N2", "text": "Giờ mở cửa thực tế", "answer_type": "time", "required": False}]
    with Workspace.create(tmp_path / "ws", "field", builtin_checklists=False) as ws:
        ws.checklists.import_legal(LEGAL)
        template, _ = ws.checklists.import_data(data)
        unit, _ = ws.units.create("Ủy ban nhân dân phường Ba Đình", "commune")
        visit, _ = ws.visits.create(unit, "surprise", "2026-11-20", [template])
        ws.visits.start(visit, "2026-11-20T08:05:00+07:00")
        items = {i["code"]: i["id"] for i in ws.checklists.items(template)}
        page = _workspace(qtbot, ws, {"visit": visit})
        shown = {}

        def pick_day(dialog: ValueDialog):
            shown["date"] = dialog.editor.text()
            dialog.editor.setDate(QDate(2026, 11, 3))
            dialog.accept()
        page.checklist.select_item(items["N1"])
        answer_next_dialog(pick_day)
        qtbot.keyClick(page.checklist.view, Qt.Key.Key_F2)
        assert ws.answers.of_visit(visit)[(items["N1"], None)]["value"] == "2026-11-03"
        assert shown["date"].count("/") == 2      # dd/MM/yyyy, not ISO

        def pick_again(dialog: ValueDialog):
            shown["again"] = dialog.editor.text()
            dialog.reject()
        answer_next_dialog(pick_again)
        qtbot.keyClick(page.checklist.view, Qt.Key.Key_F2)
        assert shown["again"] == "03/11/2026"     # opens on the stored day; cancel keeps it
        assert ws.answers.of_visit(visit)[(items["N1"], None)]["value"] == "2026-11-03"

        def pick_time(dialog: ValueDialog):
            dialog.editor.setTime(QTime(7, 45))
            dialog.accept()
        page.checklist.select_item(items["N2"])
        answer_next_dialog(pick_time)
        qtbot.keyClick(page.checklist.view, Qt.Key.Key_F2)
        assert ws.answers.of_visit(visit)[(items["N2"], None)]["value"] == "07:45"
        page.close()


def test_arrows_pass_over_section_headings_and_a_digit_on_a_heading_answers_its_first_item(qtbot, ws):
    from tests.helpers.factories import LEGAL, small_checklist

    data = small_checklist(items=2)
    data["sections"].insert(1, {"code": "B", "title": "Trụ sở, trang thiết bị", "items": [
        {"code": "B1", "text": "Có ghế ngồi chờ cho người dân", "answer_type": "compliance"},
        {"code": "B2", "text": "Có máy lấy số thứ tự tự động", "answer_type": "compliance"}]})
    ws.checklists.import_legal(LEGAL)
    template_id, _ = ws.checklists.import_data(data)
    unit, _ = ws.units.create("Ủy ban nhân dân phường Ba Đình", "commune")
    visit_id, _ = ws.visits.create(unit, "surprise", "2026-11-20", [template_id])
    ws.visits.start(visit_id, "2026-11-20T08:00:00+07:00")
    page = _workspace(qtbot, ws, {"visit": visit_id})
    panel, view = page.checklist, page.checklist.view
    codes = [i["code"] for i in panel.model.items()]          # A1, A2, A-note, B1, B2
    panel.select_item(panel.model.items().__next__()["id"])
    for expected in codes[1:]:
        qtbot.keyClick(view, Qt.Key.Key_Down)
        assert panel.current_item()["code"] == expected         # never stops on "B. Trụ sở…"
    for expected in reversed(codes[:-1]):
        qtbot.keyClick(view, Qt.Key.Key_Up)
        assert panel.current_item()["code"] == expected
    # On the heading of section B, "2" answers B1 instead of being lost.
    view.setCurrentIndex(panel.model.index(1, 0))
    assert panel.current_item() is None
    qtbot.keyClick(view, Qt.Key.Key_2)
    b1 = next(i for i in panel.model.items() if i["code"] == "B1")
    assert panel.model.value_of(b1["id"]) == "khong_dat"
    assert panel.current_item()["code"] == "B2"


def test_ctrl_enter_saves_a_multi_line_note(qtbot, big):
    from PySide6.QtCore import QTimer

    ws, ids = big
    page = _workspace(qtbot, ws, ids)
    left_open = []

    def guard(dialog):        # had Ctrl+Enter not closed it, close it rather than hang the test
        if dialog.isVisible():
            left_open.append(True)
            dialog.reject()

    def type_two_lines(dialog: QInputDialog):
        editor = dialog.findChild(QPlainTextEdit)
        editor.setFocus()
        editor.insertPlainText("Bảng niêm yết bị che khuất")
        qtbot.keyClick(editor, Qt.Key.Key_Return)                       # Enter: a new line, not "save"
        editor.insertPlainText("Đã nhắc cán bộ bố trí lại")
        assert dialog.isVisible()
        QTimer.singleShot(500, dialog, lambda: guard(dialog))   # dropped if the dialog is gone
        qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    answer_next_dialog(type_two_lines)
    qtbot.keyClick(page.checklist.view, Qt.Key.Key_Return)
    assert not left_open, "Ctrl+Enter did not save the note"
    note = ws.answers.of_visit(ids["visit"])[(ids["items"]["A1"], None)]["note"]
    assert note == "Bảng niêm yết bị che khuất\nĐã nhắc cán bộ bố trí lại"
