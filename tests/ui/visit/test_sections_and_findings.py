"""Roll call and case files as tables, findings and requests, participants."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QLineEdit

from tests.ui.visit.conftest import answer_next_dialog
from ui.visit.findings import FindingDialog, FindingsModel, RequestsModel
from ui.visit.participants import ParticipantDialog, ParticipantsModel
from ui.visit.records import RecordsModel
from ui.visit.workspace import VisitWorkspace


def _page(qtbot, ws, ids) -> VisitWorkspace:
    page = VisitWorkspace(ws, ids["visit"], "vi")
    qtbot.addWidget(page)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    return page


def _panel(page, code):
    return next(p for p in page.records if p.section["code"] == code)


def test_roll_call_rows_added_and_filled_from_the_keyboard(qtbot, big):
    ws, ids = big
    page = _page(qtbot, ws, ids)
    roll = _panel(page, "DD")
    page.tabs.setCurrentWidget(roll)
    view = roll.view
    view.setFocus()
    for name, status_key in (("Đỗ Văn Hùng", Qt.Key.Key_1), ("Nguyễn Thị Mai", Qt.Key.Key_2)):
        qtbot.keyClick(view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)    # a new row
        row = roll.model.rowCount() - 1
        view.setCurrentIndex(roll.model.index(row, 0))
        qtbot.keyClick(view, Qt.Key.Key_F2)                                       # edit the name
        editor = view.focusWidget()
        assert isinstance(editor, QLineEdit)
        editor.insert(name)          # QTest types ASCII only; Vietnamese goes in as an input method would
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        # Qt commits and closes the editor on the next turn of the event loop.
        qtbot.waitUntil(lambda: view.state() == view.State.NoState)
        view.setCurrentIndex(roll.model.index(row, 1))
        qtbot.keyClick(view, status_key)                                          # status by key
    records = ws.answers.records(ids["visit"], ids["sections"]["DD"])
    held = ws.answers.of_visit(ids["visit"])
    rows = [(held[(ids["items"]["DD1"], r["id"])]["value"], held[(ids["items"]["DD2"], r["id"])]["value"])
            for r in records]
    assert rows == [("Đỗ Văn Hùng", "co_mat"), ("Nguyễn Thị Mai", "vang_khong_ly_do")]
    # The card question applies only to someone present: greyed and not editable otherwise.
    assert roll.model.flags(roll.model.index(0, 2)) & Qt.ItemFlag.ItemIsEditable
    assert not roll.model.flags(roll.model.index(1, 2)) & Qt.ItemFlag.ItemIsEditable


def test_case_files_get_date_editors_and_late_files_show_in_red(qtbot, big, vi_translator):
    ws, ids = big
    page = _page(qtbot, ws, ids)
    files = _panel(page, "HS")
    record = files.add_record()
    for column, day in ((1, QDate(2026, 11, 10)), (2, QDate(2026, 11, 14))):
        index = files.model.index(0, column)
        files.view.setCurrentIndex(index)
        files.view.edit(index)
        editor = files.view.focusWidget()
        assert isinstance(editor, QDateEdit)
        editor.setDate(day)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: files.view.state() == files.view.State.NoState)
    late = files.model.index(0, 3)
    assert files.model.data(late) == "Có"
    assert files.model.data(late, Qt.ItemDataRole.ForegroundRole).color().red() > 150
    assert ws.answers.of_visit(ids["visit"])[(ids["items"]["HS4"], record)]["value"] is True
    assert not files.model.flags(late) & Qt.ItemFlag.ItemIsEditable     # computed, not typed


def test_a_finding_and_request_from_a_non_compliant_item(qtbot, big):
    ws, ids = big
    page = _page(qtbot, ws, ids)
    qtbot.keyClick(page.checklist.view, Qt.Key.Key_2)                 # A1 không đạt
    page.checklist.select_item(ids["items"]["A1"])

    def accept(dialog: FindingDialog):
        assert dialog.text.toPlainText().startswith("A1: Tiêu chí số 1")
        assert dialog.with_request.isChecked()
        dialog.responsible.setText("Chủ tịch UBND phường Ba Đình")
        dialog.accept()
    answer_next_dialog(accept)
    qtbot.keyClick(page.checklist.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    finding = ws.findings.of_visit(ids["visit"])[0]
    request = ws.findings.requests(ids["visit"])[0]
    assert finding["item_id"] == ids["items"]["A1"] and finding["kind"] == "shortcoming"
    assert request["finding_id"] == finding["id"] and request["responsible"] == "Chủ tịch UBND phường Ba Đình"
    assert request["deadline"] == "2026-12-20"                        # 30 days after the visit
    assert page.findings.requests.rowCount() == 1 and page.findings.findings.rowCount() == 1


def test_a_refused_request_says_why(qtbot, big):
    ws, ids = big
    page = _page(qtbot, ws, ids)
    dialog = FindingDialog("2026-11-20", "Thiếu ghế chờ", "shortcoming", "vi", page)
    dialog.with_request.setChecked(True)
    dialog.deadline.setDate(QDate(2026, 11, 1))                       # before the visit
    dialog.accept()
    assert not page.findings.create(dialog=dialog)
    assert "sớm hơn ngày kiểm tra" in page.ops.last_message.text()
    assert ws.findings.of_visit(ids["visit"]) == []                   # nothing half stored


def test_a_refused_finding_keeps_what_was_typed_until_it_is_fixed(qtbot, big):
    """OK with a deadline before the visit: the dialog stays open with everything typed and says
    why, in dd/MM/yyyy; with the date fixed, the same dialog stores the finding and its request."""
    ws, ids = big
    page = _page(qtbot, ws, ids)
    seen = {}

    def first_try(dialog):
        dialog.text.setPlainText("Thiếu ghế chờ cho người dân")
        dialog.with_request.setChecked(True)
        dialog.request_text.setText("Bổ sung 10 ghế chờ")
        dialog.deadline.setDate(QDate(2026, 11, 1))                   # before the visit
        dialog.accept()
        seen["open_after_refusal"] = dialog.isVisible()
        seen["message"] = page.ops.last_message.text()
        seen["kept"] = (dialog.text.toPlainText(), dialog.request_text.text())
        page.ops.last_message.close()
        dialog.deadline.setDate(QDate(2026, 12, 15))
        dialog.accept()

    answer_next_dialog(first_try)
    assert page.findings.create()
    assert seen["open_after_refusal"] and seen["kept"] == ("Thiếu ghế chờ cho người dân", "Bổ sung 10 ghế chờ")
    assert "01/11/2026" in seen["message"] and "20/11/2026" in seen["message"]
    assert [f["text"] for f in ws.findings.of_visit(ids["visit"])] == ["Thiếu ghế chờ cho người dân"]
    assert [(r["text"], r["deadline"]) for r in ws.findings.requests(ids["visit"])] == [("Bổ sung 10 ghế chờ",
                                                                                        "2026-12-15")]


def test_participants_and_the_team_brought_in(qtbot, big):
    ws, ids = big
    ws.plans.add_member(ids["team"], "Nguyễn Thị Thu Hà", "head", position="Phó Giám đốc Sở Nội vụ")
    page = _page(qtbot, ws, ids)
    panel = page.participants
    panel.add_team()
    dialog = ParticipantDialog("vi", panel)
    dialog.name.setText("Lê Thị Hạnh")
    dialog.position.setText("Chủ tịch UBND phường")
    dialog.accept()
    assert panel.add(dialog)
    sides = [(p["side"], p["name"]) for p in ws.visits.participants(ids["visit"])]
    assert sides == [("team", "Nguyễn Thị Thu Hà"), ("unit", "Lê Thị Hạnh")]
    assert panel.model.data(panel.model.index(0, 3)) == "Trưởng đoàn"


def test_models_pass_the_model_tester(qtmodeltester, big):
    ws, ids = big
    ws.answers.add_record(ids["visit"], ids["sections"]["DD"], {ids["items"]["DD1"]: "Đỗ Văn Hùng"})
    ws.findings.add_request(ids["visit"], "Niêm yết lại", "Chủ tịch UBND phường", "2026-12-01")
    ws.findings.add(ids["visit"], "Thiếu ghế chờ")
    ws.visits.add_participant(ids["visit"], "witness", "Trần Văn Bình")
    structure = ws.checklists.structure(ids["template"])
    section = next(s for s in structure["sections"] if s["code"] == "DD")
    for model in (RecordsModel(ws, ids["visit"], section), FindingsModel(ws, ids["visit"], "vi"),
                  RequestsModel(ws, ids["visit"], "vi"), ParticipantsModel(ws, ids["visit"])):
        model.refresh()
        assert model.rowCount() == 1
        qtmodeltester.check(model)




def test_ctrl_n_in_the_roll_call_adds_a_row_in_the_main_window_not_a_new_visit(qtbot, big, settings):
    """The window's Ctrl+N (New visit) must not win inside a table whose own Ctrl+N adds a row."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow

    ws, ids = big
    window = MainWindow(ws, "vi", settings)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    page = window.open_visit(ids["visit"])
    roll = _panel(page, "DD")
    page.tabs.setCurrentWidget(roll)
    roll.view.setFocus()
    dialogs = []

    def close_any_dialog():    # were "New visit" to open, record it and close it rather than hang
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            dialogs.append(type(dialog).__name__)
            dialog.reject()

    QTimer.singleShot(300, close_any_dialog)
    qtbot.keyClick(roll.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(400)
    assert dialogs == []
    assert len(ws.answers.records(ids["visit"], ids["sections"]["DD"])) == 1
