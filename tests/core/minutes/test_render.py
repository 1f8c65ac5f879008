"""The rendered minutes, read back as a person or a printer would: text, layout, fonts."""

from __future__ import annotations

import re
import subprocess
import unicodedata

from PIL import Image

from inspector_app.minutes import fonts, words

from .conftest import MM, flat, pdftotext, words_bbox


def _render(ws, visit_id, tmp_path, **fields):
    ws.minutes.update_draft(visit_id, number="05/BB-ĐKT",
                            unit_opinion="Đơn vị thống nhất với kết quả kiểm tra và cam kết khắc phục.", **fields)
    out = tmp_path / "bien-ban.pdf"
    result = ws.minutes.render(visit_id, out)
    return out, result


def test_dates_follow_the_leading_zero_rule():
    assert words.date_words("2026-01-05") == "ngày 05 tháng 01 năm 2026"
    assert words.date_words("2026-02-28") == "ngày 28 tháng 02 năm 2026"
    assert words.date_words("2026-03-20") == "ngày 20 tháng 3 năm 2026"
    assert words.date_words("2026-11-02T10:16:00") == "ngày 02 tháng 11 năm 2026"
    assert words.time_words("2026-11-02T08:07:00") == "08 giờ 07 phút"
    assert words.offset(750_000) == "12:30"


def test_the_demo_minutes_hold_every_required_element_in_order(demo_ws, tmp_path):
    ws, visit_id = demo_ws
    out, result = _render(ws, visit_id, tmp_path)
    text = flat(pdftotext(out))
    assert text == unicodedata.normalize("NFC", text)
    visit = ws.visits.get(visit_id)
    arrival = words.time_words(visit["arrived_at"])
    end = words.time_words(visit["left_at"])
    findings = ws.findings.of_visit(visit_id)
    request = ws.findings.requests(visit_id)[0]
    header = ["UBND THÀNH PHỐ HÀ NỘI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ĐOÀN KIỂM TRA",
              "Độc lập - Tự do - Hạnh phúc", "Số: 05/BB-ĐKT", "Hà Nội, ngày 02 tháng 11 năm 2026"]
    title = text.find("BIÊN BẢN KIỂM TRA")
    for phrase in header:                        # the two header columns, read in either order
        assert 0 <= text.find(phrase) < title, phrase
    expected = [
        "BIÊN BẢN KIỂM TRA ĐỘT XUẤT",
        "Công tác cải cách hành chính, kỷ luật, kỷ cương hành chính tại Trung tâm Phục vụ",
        "Căn cứ Kế hoạch số 87/KH-UBND ngày 05 tháng 4 năm 2026 của Ủy ban nhân dân thành phố Hà Nội",
        "Căn cứ Quyết định số 1520/QĐ-UBND ngày 10 tháng 4 năm 2026 của Chủ tịch Ủy ban nhân dân thành phố Hà Nội "
        "về việc thành lập Đoàn kiểm tra",
        "Lý do kiểm tra đột xuất: Theo chỉ đạo của Chủ tịch Ủy ban nhân dân thành phố",
        f"Hôm nay, vào hồi {arrival}, ngày 02 tháng 11 năm 2026, tại Trung tâm Phục vụ hành chính công",
        "I. THÀNH PHẦN", "1. Đoàn kiểm tra:", "Bà Nguyễn Thị Thu Hà, Phó Giám đốc", "Trưởng đoàn",
        "2. Đơn vị được kiểm tra:", "Thủ trưởng đơn vị",
        "II. NỘI DUNG KIỂM TRA", "Công khai, niêm yết thủ tục hành chính",
        "III. KẾT QUẢ KIỂM TRA", "KHÔNG ĐẠT", "Minh chứng: Ảnh 1", "Ghi âm 1 – 12:30",
        "Kết quả điểm danh cán bộ, công chức", "Kết quả kiểm tra xác suất hồ sơ", "hồ sơ trễ hạn",
        "IV. NHẬN XÉT, ĐÁNH GIÁ", "1. Ưu điểm", "2. Tồn tại, hạn chế",
        "V. KIẾN NGHỊ, YÊU CẦU KHẮC PHỤC", "Đơn vị, người thực hiện", "02/12/2026",
        "VI. Ý KIẾN CỦA ĐƠN VỊ ĐƯỢC KIỂM TRA", "Đơn vị thống nhất với kết quả kiểm tra và cam kết khắc phục.",
        f"Buổi kiểm tra kết thúc vào hồi {end} cùng ngày",
        "Biên bản được lập thành 02 bản có giá trị như nhau, Đoàn kiểm tra giữ 01 bản, đơn vị được kiểm tra giữ 01 bản",
        "ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA", "TRƯỞNG ĐOÀN KIỂM TRA", "NGƯỜI LẬP BIÊN BẢN", "CÁC THÀNH VIÊN ĐOÀN KIỂM TRA",
        "Phụ lục", "ẢNH MINH CHỨNG", "Kèm theo Biên bản kiểm tra số 05/BB-ĐKT ngày 02 tháng 11 năm 2026",
        "Ảnh 2", "Danh mục tệp ghi âm",
    ]
    position = 0
    for phrase in expected:
        found = text.find(phrase, position)
        assert found >= 0, f"{phrase!r} missing or out of order"
        position = found
    for finding in findings:
        assert finding["text"].rstrip(".") in text
    assert " ".join(request["text"].split()[:5]) in text
    assert "NGƯỜI CHỨNG KIẾN" not in text          # nobody refused, no witness
    bases = re.findall(r"Căn cứ [^;.]*?(?:[;.]) ", text)
    assert bases[0].endswith("; ") and result.pages >= 3


def test_a4_pages_and_no_text_in_the_margins_but_page_numbers_and_footer(demo_ws, tmp_path):
    ws, visit_id = demo_ws
    out, result = _render(ws, visit_id, tmp_path)
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"Page size:\s+595\.2\d* x 841\.8\d* pts \(A4\)", info)
    pages = words_bbox(out)
    assert len(pages) == result.pages
    left, right, top, bottom = 30 * MM, (210 - 15) * MM, 20 * MM, (297 - 25) * MM
    # The appendix's pages are numbered on their own (NĐ 30/2020), its first one unnumbered.
    appendix = next(n for n, page in enumerate(pages, 1)
                    if " ".join(w["text"] for w in page[:6]).startswith("Phụ lục I"))
    for n, page in enumerate(pages, 1):
        footer = [w for w in page if w["y0"] >= bottom]
        header = [w for w in page if w["y1"] <= top]
        body = [w for w in page if w not in footer and w not in header]
        for w in page:                            # nothing at all in the left and right margins
            assert left - 0.5 <= w["x0"] and w["x1"] <= right + 0.5, (n, w)
        for w in body:
            assert top - 0.5 <= w["y0"] and w["y1"] <= bottom + 0.5, (n, w)
        line = " ".join(w["text"] for w in sorted(footer, key=lambda w: w["x0"]))
        assert line == f"Trang {n}/{len(pages)} Ký nháy: Đoàn kiểm tra Đơn vị"
        shown = n - appendix + 1 if n >= appendix else n
        if shown == 1:
            assert header == []                   # page 1 (of the minutes, of the appendix) carries no number
        else:
            assert [w["text"] for w in header] == [str(shown)]
            middle = (header[0]["x0"] + header[0]["x1"]) / 2
            assert abs(middle - (left + right) / 2) < 2


def test_all_four_faces_are_embedded(demo_ws, tmp_path):
    ws, visit_id = demo_ws
    out, _ = _render(ws, visit_id, tmp_path)
    listing = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in listing.splitlines()[2:] if line.strip()]
    names = sorted(row[0].split("+")[-1] for row in rows)
    family = "LiberationSerif" if fonts.register().source == "liberation" else "TimesNewRoman"
    assert [n.replace(family, "") for n in names] == ["", "-Bold", "-BoldItalic", "-Italic"]
    assert all(row[-5] == "yes" for row in rows)   # the "emb" column


def test_page_one_has_the_two_column_header_at_the_top(demo_ws, tmp_path):
    ws, visit_id = demo_ws
    out, _ = _render(ws, visit_id, tmp_path)
    subprocess.run(["pdftoppm", "-r", "60", "-f", "1", "-l", "1", "-png", str(out), str(tmp_path / "p")], check=True)
    image = Image.open(next(tmp_path.glob("p*.png"))).convert("L")
    width, height = image.size
    px = lambda mm: round(mm / 25.4 * 60)  # noqa: E731
    dark_rows = [y for y in range(height) if image.crop((0, y, width, y + 1)).getextrema()[0] < 128]
    assert px(18) <= dark_rows[0] <= px(26)          # the first ink is the header, right under the top margin
    band = image.crop((0, dark_rows[0], width, dark_rows[0] + px(12)))
    left_ink = band.crop((px(30), 0, px(90), band.height)).getextrema()[0]
    right_ink = band.crop((px(100), 0, px(195), band.height)).getextrema()[0]
    assert left_ink < 128 and right_ink < 128         # issuer on the left, Quốc hiệu on the right


def test_rendering_is_reproducible_and_nfc(demo_ws, tmp_path):
    ws, visit_id = demo_ws
    note = unicodedata.normalize("NFD", "Bảng niêm yết đặt khuất, người dân khó tiếp cận")
    item_id = next(o["item_id"] for o in ws.answers.of_visit(visit_id).values() if o["value"] == "khong_dat")
    ws.visits.reopen(visit_id)
    ws.answers.set_note(visit_id, item_id, note)
    ws.visits.conclude(visit_id, ws.visits.get(visit_id)["left_at"], reason="Bổ sung ghi chú")
    first = ws.minutes.render(visit_id)
    second = ws.minutes.render(visit_id)
    assert first.pdf == second.pdf and first.sha256 == second.sha256
    (tmp_path / "a.pdf").write_bytes(first.pdf)
    assert unicodedata.normalize("NFC", note) in flat(pdftotext(tmp_path / "a.pdf"))
