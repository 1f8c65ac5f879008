"""Validation before generation, the template as data, long tables and notes, print-size photos, fonts."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from PIL import Image

from inspector_app.cli import main
from inspector_app.errors import ValidationError
from inspector_app.minutes import fonts, photos, template
from tests.helpers.factories import setup_visit

from .conftest import flat, pdftotext


def _ready(ws, ids, head=True, unit=True):
    if head:
        ws.visits.add_participant(ids["visit"], "team", "Nguyễn Thị Thu Hà", "Phó Giám đốc", "head")
    ws.visits.add_participant(ids["visit"], "team", "Phạm Thị Lan Anh", "Chuyên viên", "secretary")
    if unit:
        ws.visits.add_participant(ids["visit"], "unit", "Lê Thị Hạnh", "Chủ tịch UBND phường", "representative")
    ws.visits.conclude(ids["visit"], "2026-11-20T10:30:00+07:00", reason="Thử nghiệm")


def test_generation_is_refused_with_the_list_of_what_is_missing(ws):
    ids = setup_visit(ws)
    with pytest.raises(ValidationError) as err:
        ws.minutes.render(ids["visit"])
    assert err.value.code == "minutes_incomplete"
    message = err.value.message("vi")
    for part in ("trưởng đoàn kiểm tra", "đại diện đơn vị được kiểm tra hoặc người chứng kiến",
                 "giờ kết thúc cuộc kiểm tra"):
        assert part in message
    assert "the team head" in err.value.message("en")
    _ready(ws, ids, unit=False)
    ws.minutes.update_draft(ids["visit"], refused_to_sign=True)
    missing = [vi for vi, _en in ws.minutes.missing(ids["visit"])]
    assert missing == ["đại diện đơn vị được kiểm tra hoặc người chứng kiến (thêm ở bảng Thành phần tham dự)",
                       "lý do đơn vị từ chối ký", "người chứng kiến việc từ chối ký"]
    ws.minutes.update_draft(ids["visit"], refused_to_sign=True, refusal_reason="Không đồng ý với kết luận",
                            witness_name="Trần Văn Bình", witness_position="Công an phường")
    out = ws.minutes.render(ids["visit"], ws.path / "tu-choi.pdf")
    text = flat(pdftotext(ws.path / "tu-choi.pdf"))
    assert ("từ chối ký biên bản. Lý do không ký: Không đồng ý với kết luận. "
            "Người chứng kiến: Ông Trần Văn Bình, Công an phường.") in text
    assert "NGƯỜI CHỨNG KIẾN" in text and "Trần Văn Bình" in text and out.pages >= 1


def test_a_headquarters_template_changes_wording_order_copies_and_signatories(ws):
    ids = setup_visit(ws)
    _ready(ws, ids)
    data = json.loads(template.default_path().read_text(encoding="utf-8"))
    data["title"] = "BIÊN BẢN KIỂM TRA CÔNG VỤ"
    del data["kind_titles"]                 # one title whatever the kind of visit
    data["copies"] = [{"count": 2, "holder": "Sở Nội vụ"}, {"count": 1, "holder": "đơn vị được kiểm tra"}]
    data["signatories"].append({"role": "other", "title": "Đại diện Công an phường", "note": "(Ký, ghi rõ họ tên)"})
    kinds = [s["kind"] for s in data["sections"]]
    assessment = data["sections"].pop(kinds.index("assessment"))
    data["sections"].insert(kinds.index("scope"), assessment)
    data["sections"].insert(1, {"kind": "text", "text": "Thực hiện chỉ đạo của Giám đốc Sở Nội vụ về {unit_name}."})
    (ws.path / template.WORKSPACE_FILE).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    ws.findings.add(ids["visit"], "Bố trí khu vực chờ hợp lý", "strength")   # an assessment to move
    ws.minutes.render(ids["visit"], ws.path / "mau-rieng.pdf")
    text = flat(pdftotext(ws.path / "mau-rieng.pdf"))
    assert "BIÊN BẢN KIỂM TRA CÔNG VỤ" in text
    assert "Thực hiện chỉ đạo của Giám đốc Sở Nội vụ về Ủy ban nhân dân phường Ba Đình." in text
    assert "lập thành 03 bản có giá trị như nhau, Sở Nội vụ giữ 02 bản, đơn vị được kiểm tra giữ 01 bản" in text
    assert "ĐẠI DIỆN CÔNG AN PHƯỜNG" in text
    assert text.index("NHẬN XÉT, ĐÁNH GIÁ") < text.index("NỘI DUNG KIỂM TRA")
    data["sections"].append({"kind": "text", "text": "Sai {truong_la}"})
    (ws.path / template.WORKSPACE_FILE).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValidationError) as err:
        ws.minutes.render(ids["visit"])
    assert err.value.code == "minutes_template" and "{truong_la}" in str(err.value)


def test_300_rows_and_a_very_long_note_break_across_pages_with_repeated_headers(ws):
    ids = setup_visit(ws)
    long_note = " ".join(f"Ghi nhận chi tiết số {n}: hồ sơ lưu trữ chưa đầy đủ, thiếu chữ ký xác nhận."
                         for n in range(1, 120))
    ws.answers.answer(ids["visit"], ids["items"]["A1"], "khong_dat", note=long_note)
    with ws.writer.batch():
        for n in range(300):
            ws.answers.add_record(ids["visit"], ids["sections"]["DD"], {
                ids["items"]["DD1"]: f"Cán bộ số {n + 1:03d}",
                ids["items"]["DD2"]: "vang_khong_ly_do" if n % 7 == 0 else "co_mat"})
    _ready(ws, ids)
    result = ws.minutes.render(ids["visit"], ws.path / "dai.pdf")
    pages = [flat(pdftotext(ws.path / "dai.pdf", "-f", str(n), "-l", str(n))) for n in range(1, result.pages + 1)]
    with_rows = [p for p in pages if "Cán bộ số" in p]
    assert len(with_rows) >= 5
    assert all("Họ và tên" in p and "Tình trạng" in p for p in with_rows)     # the header repeats
    assert "Cán bộ số 300" in pages[-1] or any("Cán bộ số 300" in p for p in with_rows)
    note_pages = [p for p in pages if "Ghi nhận chi tiết số" in p]
    assert len(note_pages) >= 2                                               # the note itself breaks
    assert "Ghi nhận chi tiết số 119" in " ".join(note_pages)


def test_photos_are_downscaled_for_print_and_cached(tmp_path, ws):
    ids = setup_visit(ws)
    big = tmp_path / "IMG_12MP.jpg"
    Image.effect_noise((4000, 3000), 40).convert("RGB").save(big, quality=90)
    media_id, _ = ws.media.add_file(big, ids["visit"])
    ws.media.link(media_id, "item", ids["items"]["A2"])
    _ready(ws, ids)
    result = ws.minutes.render(ids["visit"], tmp_path / "anh.pdf")
    listing = subprocess.run(["pdfimages", "-list", str(tmp_path / "anh.pdf")], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]
    sizes = [(int(line.split()[3]), int(line.split()[4])) for line in listing]
    assert sizes and all(max(w, h) <= photos.PRINT_PX for w, h in sizes)
    assert len(result.pdf) < 1_500_000 and result.photos == 1
    sha = ws.media.get(media_id)["sha256"]
    cached = photos.cache_path(ws.minutes.cache_dir, sha)
    stamp = cached.stat().st_mtime_ns
    again = ws.minutes.render(ids["visit"])
    assert cached.stat().st_mtime_ns == stamp and again.pdf == result.pdf


def test_times_new_roman_is_used_when_the_system_has_all_four_faces(tmp_path):
    folder = tmp_path / "Fonts"
    folder.mkdir()
    liberation = fonts.liberation_files()
    for face, name in (("regular", "times.ttf"), ("bold", "timesbd.ttf"), ("italic", "timesi.ttf")):
        shutil.copy(liberation[face], folder / name)
    assert fonts.find_times([folder]) is None                                 # three faces are not enough
    shutil.copy(liberation["bolditalic"], folder / "timesbi.ttf")
    found = fonts.find_times([folder])
    assert found == {"regular": folder / "times.ttf", "bold": folder / "timesbd.ttf",
                     "italic": folder / "timesi.ttf", "bolditalic": folder / "timesbi.ttf"}
    assert fonts.register([folder]).source == "times"
    assert fonts.register([tmp_path / "none"]).source == "liberation"
    assert (liberation["regular"].parent / "LICENSE-LiberationSerif.txt").exists()


def test_the_command_line_renders_a_visit(ws, tmp_path, capsys):
    ids = setup_visit(ws)
    _ready(ws, ids)
    other = setup_visit(ws)
    path = ws.path
    ws.close()
    out = tmp_path / "bb.pdf"
    assert main(["--workspace", str(path), "minutes", "render", ids["visit"], "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF") and "Đã tạo biên bản lần 1" in capsys.readouterr().out
    assert main(["--workspace", str(path), "minutes", "render", other["visit"], "--out", str(out)]) == 1
    assert "Chưa lập được biên bản vì còn thiếu" in capsys.readouterr().err


def test_a_photo_of_a_finding_or_a_request_is_captioned_with_it(tmp_path, ws, photos):
    """Evidence linked to a finding or a request names it under the photo in the appendix."""
    ids = setup_visit(ws)
    finding_id, request_id, _ = ws.findings.add_with_request(
        ids["visit"], "Chưa niêm yết thủ tục hành chính mới", request={
            "text": "Niêm yết đầy đủ thủ tục mới", "responsible": "Chủ tịch UBND phường", "deadline": "2026-12-20"})
    first, _ = ws.media.add_file(photos[0], ids["visit"])
    second, _ = ws.media.add_file(photos[1], ids["visit"])
    ws.media.link(first, "finding", finding_id)
    ws.media.link(second, "request", request_id)
    _ready(ws, ids)
    content = ws.minutes.content(ids["visit"])
    captions = [entry["caption"] for entry in content["facts"]["photos"]]
    assert any("Chưa niêm yết thủ tục hành chính mới" in c for c in captions), captions
    assert any("Niêm yết đầy đủ thủ tục mới" in c for c in captions), captions
    ws.minutes.render(ids["visit"], tmp_path / "bb.pdf")
    text = flat(pdftotext(tmp_path / "bb.pdf"))
    assert "Chưa niêm yết thủ tục hành chính mới" in text
