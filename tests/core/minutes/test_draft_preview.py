"""A draft preview of the minutes ("DỰ THẢO") while the visit is in progress, and concluding
a visit from the command line (issue 11, point 7)."""

from __future__ import annotations

import subprocess

import pytest

from inspector_app.cli import main
from inspector_app.errors import ValidationError
from inspector_app.workspace import Workspace
from tests.helpers.factories import setup_visit

from .conftest import pdftotext, words_bbox


def _marks(path) -> list[set[str]]:
    """Per page, the large words (taller than 60 pt: the watermark's letters, drawn diagonally)."""
    return [{w["text"] for w in page if w["y1"] - w["y0"] > 60} for page in words_bbox(path)]


def test_a_visit_in_progress_renders_as_a_draft_marked_on_every_page(tmp_path, ws):
    ids = setup_visit(ws)
    ws.answers.answer(ids["visit"], ids["items"]["A1"], "dat")
    with pytest.raises(ValidationError):
        ws.minutes.render(ids["visit"])                       # not concluded, no team head: no minutes yet
    before = ws.minutes.of_visit(ids["visit"])
    out = tmp_path / "du-thao.pdf"
    result = ws.minutes.render(ids["visit"], out, draft=True)
    assert result.pages >= 2 and result.payload == ""
    marks = _marks(out)
    assert len(marks) == result.pages and all({"DỰ", "TH", "ẢO"} <= page for page in marks)
    text = " ".join(pdftotext(out).split())
    assert "BIÊN BẢN KIỂM TRA" in text
    assert "kết thúc vào hồi …… giờ …… phút." in text                # no end yet: dots, not "hồi ."
    assert ws.minutes.of_visit(ids["visit"]) == before      # a preview writes nothing


def test_a_draft_before_any_answer_does_not_say_every_item_checked_was_compliant(tmp_path, ws):
    ids = setup_visit(ws)
    out = tmp_path / "du-thao.pdf"
    ws.minutes.render(ids["visit"], out, draft=True)
    text = " ".join(pdftotext(out).split())
    assert "đã kiểm tra 0/" in text and "chưa ghi nhận tiêu chí không đạt." in text
    assert "đều đạt" not in text and "có 0 tiêu chí" not in text


def test_a_draft_is_never_signable_nor_verified_as_minutes(tmp_path, ws):
    ids = setup_visit(ws)
    ws.visits.add_participant(ids["visit"], "team", "Nguyễn Thị Thu Hà", "Phó Giám đốc", "head")
    ws.visits.add_participant(ids["visit"], "unit", "Lê Thị Hạnh", "Chủ tịch UBND phường", "representative")
    ws.visits.conclude(ids["visit"], "2026-11-20T10:30:00+07:00", reason="Thử nghiệm")
    real = ws.minutes.render(ids["visit"])
    draft = ws.minutes.render(ids["visit"], tmp_path / "du-thao.pdf", draft=True)
    assert draft.sha256 == real.sha256 and draft.pdf != real.pdf   # the same content, marked and without QR
    listing = subprocess.run(["pdfimages", "-list", str(tmp_path / "du-thao.pdf")], capture_output=True,
                             text=True, check=True).stdout.splitlines()[2:]
    assert listing == []                                            # no QR code image
    with pytest.raises(ValidationError) as err:
        ws.minutes.sign(ids["visit"], draft.pdf)
    assert err.value.code == "minutes_stale_pdf"
    with pytest.raises(ValidationError) as err:
        ws.minutes.verify(draft.pdf)
    assert err.value.code == "minutes_not_inspector_pdf"
    ws.minutes.sign(ids["visit"], real.pdf)                        # the real one still signs


def test_the_command_line_renders_a_draft_then_concludes_the_visit(tmp_path, capsys):
    path = tmp_path / "ws"
    with Workspace.create(path, "field", builtin_checklists=False) as ws:
        ids = setup_visit(ws)
        ws.visits.add_participant(ids["visit"], "team", "Nguyễn Thị Thu Hà", "Phó Giám đốc", "head")
        ws.visits.add_participant(ids["visit"], "unit", "Lê Thị Hạnh", "Chủ tịch UBND phường", "representative")
    visit, base = ids["visit"], ["--workspace", str(path)]
    out = tmp_path / "bien-ban.pdf"

    assert main([*base, "minutes", "render", visit, "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"inspector-cli visit conclude --visit {visit}" in err      # the refusal says how
    assert main([*base, "minutes", "render", visit, "--out", str(out), "--draft"]) == 0
    said = capsys.readouterr().out
    assert "bản dự thảo" in said and "DỰ THẢO" in said and out.is_file()
    assert all({"DỰ", "TH", "ẢO"} <= page for page in _marks(out))

    assert main([*base, "visit", "conclude", "--visit", visit, "--at", "2026-11-20T10:45:00+07:00"]) == 1
    assert "Cần ghi lý do" in capsys.readouterr().err                 # required items unanswered
    assert main([*base, "visit", "conclude", "--visit", visit, "--at", "2026-11-20T10:45:00+07:00",
                 "--reason", "Đơn vị chưa cung cấp hồ sơ"]) == 0
    assert "Đã kết thúc cuộc kiểm tra lúc 20/11/2026 10:45" in capsys.readouterr().out
    with Workspace.open(path) as ws:
        assert ws.visits.get(visit)["status"] == "concluded"
    assert main([*base, "minutes", "render", visit, "--out", str(out)]) == 0
    assert "Đã tạo biên bản lần 1" in capsys.readouterr().out
    assert not any("TH" in page for page in _marks(out))              # the real minutes carry no mark
