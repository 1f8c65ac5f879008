"""The Minutes page's draft preview: a visit still in progress, "DỰ THẢO" on every page, never signed."""

from __future__ import annotations

import subprocess

from tests.helpers.factories import setup_visit
from ui.minutes import MinutesPage


def test_a_visit_in_progress_is_previewed_as_a_draft_and_cannot_be_signed(qtbot, ws, tmp_path):
    ids = setup_visit(ws)
    ws.answers.answer(ids["visit"], ids["items"]["A1"], "dat")
    page = MinutesPage(ws, "vi")
    qtbot.addWidget(page)
    page.set_visit(ids["visit"])
    assert page.draft_button.isEnabled()
    assert not page.generate()                                    # the minutes themselves are refused
    assert "giờ kết thúc cuộc kiểm tra" in page.message_label.text()
    before = ws.minutes.of_visit(ids["visit"])
    with qtbot.waitSignal(page.rendered, timeout=30_000):
        page.draft_button.click()
    text = page.message_label.text()
    assert "DỰ THẢO" in text and "trưởng đoàn kiểm tra" in text   # what is still lacking, said
    assert page.preview.page_count() >= 2 and page.is_draft
    assert not page.sign_button.isEnabled() and page.save_button.isEnabled()
    assert ws.minutes.of_visit(ids["visit"]) == before            # nothing stored by a preview
    saved = page.save_pdf(tmp_path / "du-thao.pdf")
    html = subprocess.run(["pdftotext", "-bbox", str(saved), "-"], capture_output=True, text=True,
                          check=True).stdout
    pages = html.split("<page ")[1:]
    assert pages and all(">DỰ<" in p and ">ẢO<" in p for p in pages)


def test_generating_the_minutes_after_a_draft_makes_them_signable_again(qtbot, ws):
    ids = setup_visit(ws)
    ws.visits.add_participant(ids["visit"], "team", "Nguyễn Thị Thu Hà", "Phó Giám đốc", "head")
    ws.visits.add_participant(ids["visit"], "unit", "Lê Thị Hạnh", "Chủ tịch UBND phường", "representative")
    ws.visits.conclude(ids["visit"], "2026-11-20T10:30:00+07:00", reason="Thử nghiệm")
    page = MinutesPage(ws, "en")
    qtbot.addWidget(page)
    page.set_visit(ids["visit"])
    with qtbot.waitSignal(page.rendered, timeout=30_000):
        assert page.preview_draft()
    assert page.is_draft and not page.sign_button.isEnabled()
    with qtbot.waitSignal(page.rendered, timeout=30_000):
        assert page.generate()
    assert not page.is_draft and page.sign_button.isEnabled()
