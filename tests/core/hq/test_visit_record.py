"""A PDF of one visit's whole record: every answer, every record row, findings, requests and the
evidence list, read back with pdftotext; and `inspector-cli visit record`."""

from __future__ import annotations

import datetime as dt
import re
import subprocess

from PIL import Image

from inspector_app.cli import main
from inspector_app.hq import visit_record
from inspector_app.workspace import Workspace


def _text(path) -> str:
    raw = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"\s+", " ", raw)


def test_every_part_of_the_visit_is_printed(province, tmp_path):
    ws, ids = province
    photo = tmp_path / "IMG_0042.jpg"
    Image.new("RGB", (64, 48), "gray").save(photo)
    media, _ = ws.media.add_file(photo, ids["v1"])
    item = next(i for i in ws.checklists.items(ids["template"]) if i["code"] == "A2")
    ws.media.link(media, "item", item["id"])
    out = tmp_path / "phieu.pdf"
    pages = visit_record.render(ws, ids["v1"], out, today=dt.date(2026, 12, 14))
    text = _text(out)
    assert pages >= 1 and f"Trang 1/{pages}" in text
    assert "PHIẾU KẾT QUẢ KIỂM TRA" in text
    assert "Cơ quan, đơn vị được kiểm tra: Ủy ban nhân dân phường Ba Đình" in text
    assert "Ngày kiểm tra: 20/12/2025" in text and "Kế hoạch: 15/KH-UBND" in text
    assert "Đoàn kiểm tra: Đoàn kiểm tra số 1" in text
    # The core's counts of v1: A1 and A2 checked, A2 non-compliant, A3 not applicable, A4 and A-note unanswered.
    assert "Tiêu chí đã kiểm tra: 2; không đạt: 1; không áp dụng: 1; chưa có kết quả: 2." in text
    assert re.search(r"A1 Tiêu chí số 1 được thực hiện đầy đủ +Đạt", text)
    assert re.search(r"A2 Tiêu chí số 2 được thực hiện đầy đủ +Không đạt +Chưa niêm yết thủ tục mới", text)
    assert re.search(r"A3 Tiêu chí số 3 được thực hiện đầy đủ +Không áp dụng", text)
    assert "(không áp dụng theo điều kiện)" in text            # A-why asks only when A1 is Không đạt
    # Roll call and case files: one row per record, every answer.
    assert re.search(r"1 Nguyễn Thị Mai Tình trạng: Có mặt; Đeo thẻ công chức: Có", text)
    assert re.search(r"2 Đỗ Văn Hùng Tình trạng: Vắng không lý do", text)
    assert re.search(r"1 H01\.001\.2025 Ngày hẹn trả: 10/12/2025; Ngày trả kết quả: 12/12/2025; Trễ hạn: Có", text)
    assert "Danh mục thủ tục niêm yết chưa cập nhật." in text
    assert "Cập nhật danh mục thủ tục hành" in text and "20/01/2026 Quá hạn" in text   # its state on 14/12/2026
    assert re.search(r"1 IMG_0042\.jpg .*tiêu chí A2", text)


def test_a_visit_without_findings_or_evidence_says_so(province, tmp_path):
    ws, ids = province
    out = tmp_path / "v3.pdf"
    visit_record.render(ws, ids["v3"], out, today=dt.date(2026, 12, 14))
    text = _text(out)
    assert "Không có ghi nhận." in text and "Không có tệp minh chứng." in text
    assert "Chấn chỉnh việc tiếp nhận hồ sơ." in text


def test_the_command_line(tmp_path, capsys):
    path = str(tmp_path / "field")
    assert main(["demo", "--workspace", path]) == 0
    with Workspace.open(path) as ws:
        visit = next(v for v in ws.visits.list(limit=100) if v["status"] != "draft")
        photos = len(ws.media.of_kind(visit["id"], "photo"))
    capsys.readouterr()
    out = tmp_path / "phieu.pdf"
    assert main(["--workspace", path, "visit", "record", "--visit", visit["id"], "--out", str(out)]) == 0
    said = capsys.readouterr().out
    pages = int(re.search(r"\((\d+) trang\)", said).group(1))
    assert said.startswith(f"Đã ghi phiếu kết quả của cuộc kiểm tra ra {out}")
    text = _text(out)
    assert f"Trang {pages}/{pages}" in text
    assert text.count(".jpg") >= photos
    assert main(["--workspace", path, "visit", "record", "--visit", "khong-co", "--out", str(out)]) == 1
    assert "Không tìm thấy cuộc kiểm tra có mã khong-co." in capsys.readouterr().err


def test_a_reinspection_lists_each_earlier_request_and_what_was_found(province, tmp_path):
    ws, ids = province
    request = next(r for r in ws.findings.requests(ids["v3"]))
    visit, _ = ws.reinspection.plan(ids["ward_b"], "2026-12-20", request_ids=[request["id"]])
    ws.visits.start(visit, "2026-12-20T08:30:00")
    ws.reinspection.record(visit, request["id"], "partly", "Đã chấn chỉnh, còn 2 hồ sơ chưa có phiếu kiểm soát")
    out = tmp_path / "tai-kiem-tra.pdf"
    visit_record.render(ws, visit, out, today=dt.date(2026, 12, 20))
    text = _text(out)
    assert "Hình thức kiểm tra: Tái kiểm tra" in text
    assert "Kiểm tra lại việc thực hiện kiến nghị trước đây" in text
    assert re.search(r"1 Chấn chỉnh việc tiếp nhận hồ sơ\. +15/03/2026 +Khắc phục một phần: Đã chấn chỉnh, còn 2 hồ",
                     text)
