"""The Minutes page driven like a user: generate, page through, refuse, print, sign, verify."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtPrintSupport import QPrinter

from inspector_app import demo
from inspector_app.text import day as text_day
from inspector_app.workspace import Workspace
from ui.minutes import MinutesPage


@pytest.fixture
def demo_ws(tmp_path):
    ws = Workspace.create(tmp_path / "demo", "field")
    made = demo.fill(ws)
    yield ws, made["visits"][0]
    ws.close()


def _generate(qtbot, page):
    with qtbot.waitSignal(page.rendered, timeout=30_000):
        assert page.generate()
    assert not page.progress_bar.isVisible()


def test_generate_preview_page_through_and_zoom(qtbot, demo_ws):
    ws, visit_id = demo_ws
    page = MinutesPage(ws, "en")
    qtbot.addWidget(page)
    page.set_visit(visit_id)
    assert page.visit_combo.currentData() == visit_id
    assert not page.sign_button.isEnabled() and not page.print_button.isEnabled()
    page.form.opinion_edit.setPlainText("Đơn vị thống nhất với kết quả kiểm tra.")
    _generate(qtbot, page)
    count = page.preview.page_count()
    assert count >= 3 and page.preview.page_label.text() == f"Page 1 of {count}"
    qtbot.mouseClick(page.preview.next_button, Qt.MouseButton.LeftButton)
    assert page.preview.current_page() == 1 and page.preview.page_label.text() == f"Page 2 of {count}"
    before = page.preview.view.zoomFactor()
    page.preview.zoom_in_button.click()
    assert page.preview.view.zoomFactor() == pytest.approx(before * 1.25)
    assert ws.minutes.current(visit_id)["unit_opinion"] == "Đơn vị thống nhất với kết quả kiểm tra."
    assert page.sign_button.isEnabled() and page.print_button.isEnabled()


def test_refusal_fields_and_the_list_of_what_is_missing(qtbot, demo_ws):
    ws, visit_id = demo_ws
    page = MinutesPage(ws, "vi")
    qtbot.addWidget(page)
    page.set_visit(visit_id)
    assert not page.form.reason_edit.isEnabled()
    page.form.refused_check.setChecked(True)
    assert page.form.reason_edit.isEnabled() and page.form.witness_name_edit.isEnabled()
    assert not page.generate()
    assert "lý do đơn vị từ chối ký" in page.message_label.text()
    assert "người chứng kiến việc từ chối ký" in page.message_label.text()
    page.form.reason_edit.setText("Không đồng ý với kết luận về hồ sơ trễ hạn")
    page.form.witness_name_edit.setText("Trần Văn Bình")
    page.form.witness_position_edit.setText("Công an phường")
    _generate(qtbot, page)
    row = ws.minutes.current(visit_id)
    assert (row["refused_to_sign"], row["witness_name"]) == (True, "Trần Văn Bình")


def test_print_with_the_templates_copies_sign_lock_and_verify(qtbot, demo_ws, tmp_path, monkeypatch, vi_translator):
    ws, visit_id = demo_ws
    page = MinutesPage(ws, "vi")
    qtbot.addWidget(page)
    page.set_visit(visit_id)
    _generate(qtbot, page)
    seen = {}

    def fake_exec(dialog):
        seen["copies"] = dialog.printer().copyCount()
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(tmp_path / "printed.pdf"))
        return 1

    monkeypatch.setattr("ui.minutes.page.QPrintDialog.exec", fake_exec)
    assert page.print_minutes() == page.preview.page_count()
    assert seen["copies"] == 2 and (tmp_path / "printed.pdf").stat().st_size > 10_000
    saved = page.save_pdf(tmp_path / "ban-in.pdf")
    assert page.sign(confirm=False)
    assert ws.visits.get(visit_id)["status"] == "minutes_signed"
    assert page.status_label.text().startswith("Lần 1 — đã ký lúc ") and page.sign_button.text() == "Đã ký"
    assert not page.generate_button.isEnabled() and page.form.opinion_edit.isReadOnly()
    assert page.amend_button.isEnabled() and page.scan_button.isEnabled()
    assert page.verify_file(saved) is True
    assert "trùng khớp từng byte" in page.message_label.text()
    assert not page.warning_label.isVisible()


def test_a_change_after_signing_shows_a_warning(qtbot, demo_ws):
    ws, visit_id = demo_ws
    page = MinutesPage(ws, "vi")
    qtbot.addWidget(page)
    page.show()
    page.set_visit(visit_id)
    _generate(qtbot, page)
    page.sign(confirm=False)
    observation = next(o for o in ws.answers.of_visit(visit_id).values() if o["value"] == "dat")
    changes = ws.writer.write([("observation", observation["id"], {"value": "khong_dat"})])
    page.apply_changes(changes)
    assert page.warning_label.isVisible()
    assert "kết quả: “Đạt” → “Không đạt”" in page.warning_label.text()
    assert page.new_amendment("Thống nhất lại kết quả sau khi đối chiếu")
    assert page.generate_button.isEnabled() and not page.form.opinion_edit.isReadOnly()
    assert ws.minutes.current(visit_id)["version"] == 2


def test_items_contradicted_by_records_are_said_before_printing(qtbot, demo_ws):
    ws, visit_id = demo_ws
    page = MinutesPage(ws, "vi")
    qtbot.addWidget(page)
    page.show()
    # The demo's team corrected every item its records breach; set one back to "Đạt".
    item_id = next(iter(ws.visits.derived_verdicts(visit_id)))
    ws.answers.answer(visit_id, item_id, "dat")
    page.set_visit(visit_id)
    found = ws.visits.consistency(visit_id)["contradictions"]
    assert found
    assert page.warning_label.isVisible()
    assert f"tiêu chí {found[0]['item']['code']} được đánh giá" in page.warning_label.text()
    assert found[0]["breaches"][0].label in page.warning_label.text()


def test_save_as_pdf_proposes_the_documents_folder_and_a_name_that_says_which_minutes(qtbot, demo_ws, monkeypatch,
                                                                                      vi_translator):
    ws, visit_id = demo_ws
    page = MinutesPage(ws, "vi")
    qtbot.addWidget(page)
    page.set_visit(visit_id)
    _generate(qtbot, page)
    proposed = {}

    def fake_save(_parent, _title, where, _filter):
        proposed["path"] = where
        return "", ""

    monkeypatch.setattr("ui.minutes.page.QFileDialog.getSaveFileName", fake_save)
    assert page.save_pdf() is None
    path = Path(proposed["path"])
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert str(path.parent) == (documents or str(Path.home()))
    visit = ws.visits.get(visit_id)
    unit = ws.units.get(visit["unit_id"])["name"]
    assert path.name.startswith("Biên bản kiểm tra") and unit in path.name and path.suffix == ".pdf"
    assert text_day(visit["scheduled_on"]).replace("/", "-") in path.name and "/" not in path.name


def test_the_signing_time_reads_day_month_year(qtbot, demo_ws, vi_translator):
    ws, visit_id = demo_ws
    page = MinutesPage(ws, "vi")
    qtbot.addWidget(page)
    page.set_visit(visit_id)
    _generate(qtbot, page)
    assert page.sign(confirm=False)
    signed_at = ws.minutes.current(visit_id)["signed_at"]
    expected = f"{signed_at[8:10]}/{signed_at[5:7]}/{signed_at[:4]} {signed_at[11:16]}"
    assert page.status_label.text() == f"Lần 1 — đã ký lúc {expected}"
