"""`inspector-cli requests list|update|letters` and the follow-up letters (hq/letters.py)."""

from __future__ import annotations

import json

import pytest
from docx import Document

from inspector_app import cli
from inspector_app.hq import letters
from inspector_app.workspace import Workspace
from tests.core.hq.register_province import TODAY, build


@pytest.fixture
def hq(tmp_path):
    ws, ids = build(tmp_path / "hq")
    ws.close()                      # the command line opens it itself
    return tmp_path / "hq", ids


def run(capsys, *argv) -> tuple[int, str, str]:
    code = cli.main([*argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_list_overdue_as_json(hq, capsys):
    path, ids = hq
    code, out, _ = run(capsys, "requests", "list", "--overdue", "--json", "--today", "2026-12-02",
                       "--workspace", str(path))
    assert code == 0
    rows = json.loads(out)
    assert [r["id"] for r in rows] == [ids["r1"], ids["r6"], ids["r4"]]
    assert [(r["deadline"], r["status"], r["status_label"]) for r in rows] == [
        ("2026-04-01", "overdue", "Quá hạn"), ("2026-04-30", "overdue", "Quá hạn"),
        ("2026-05-01", "not_fixed", "Tái kiểm tra: chưa khắc phục")]
    assert rows[0]["unit_name"] == "Ủy ban nhân dân phường Ba Đình" and rows[0]["late"] is True


def test_list_as_text_filtered_by_unit_status_and_search(hq, capsys):
    path, ids = hq
    code, out, _ = run(capsys, "requests", "list", "--unit", "phuong ngoc ha", "--status", "outstanding",
                       "--today", "2026-12-02", "--workspace", str(path))
    lines = out.splitlines()
    assert code == 0 and len(lines) == 3
    assert lines[0] == (f"01/05/2026  Tái kiểm tra: chưa khắc phục  Ủy ban nhân dân phường Ngọc Hà: "
                        f"Niêm yết công khai số điện thoại đường dây nóng.  [{ids['r4']}]")
    assert lines[-1] == "2 kiến nghị (1 quá hạn chưa khắc phục), trong 6 kiến nghị của sổ theo dõi."
    code, out, _ = run(capsys, "requests", "list", "--search", "DEO THE", "--lang", "en", "--today", "2026-12-02",
                       "--workspace", str(path))
    assert out.splitlines()[0].startswith("05/12/2026  Due within 7 days  Trung tâm Phục vụ hành chính công")
    code, _, err = run(capsys, "requests", "list", "--status", "late", "--workspace", str(path))
    assert code == 1 and "tình trạng" in err


def test_update_records_the_units_report_then_refuses_a_cancel_without_reason(hq, capsys, tmp_path):
    path, ids = hq
    scan = tmp_path / "bc.pdf"
    scan.write_bytes(b"%PDF-1.4 scan\n")
    code, out, err = run(capsys, "requests", "update", ids["r1"], "--status", "reported", "--number", "12/BC-UBND",
                         "--date", "2026-11-20", "--scan", str(scan), "--today", "2026-12-02",
                         "--workspace", str(path))
    assert code == 0, err
    assert out.strip() == f"Đã ghi nhận. Tình trạng của kiến nghị {ids['r1']}: Đơn vị đã báo cáo khắc phục."
    code, _, err = run(capsys, "requests", "update", ids["r3"], "--status", "cancelled", "--workspace", str(path))
    assert code == 1 and "lý do hủy bỏ kiến nghị" in err
    with Workspace.open(path) as ws:
        row = ws.findings.request(ids["r1"])
        assert (row["report_number"], row["report_date"], len(row["report_media_ids"])) == \
            ("12/BC-UBND", "2026-11-20", 1)
        assert ws.findings.request(ids["r3"])["status"] == "open"


def test_one_letter_per_unit_with_overdue_requests(hq, capsys, tmp_path):
    path, _ids = hq
    code, out, _ = run(capsys, "requests", "letters", "--out", str(tmp_path / "letters"), "--signer",
                       "Nguyễn Thị Thu Hà", "--today", "2026-12-02", "--workspace", str(path))
    assert code == 0
    made = sorted(p.name for p in (tmp_path / "letters").iterdir())
    assert made == ["Đôn đốc - Ủy ban nhân dân phường Ba Đình.docx", "Đôn đốc - Ủy ban nhân dân phường Ngọc Hà.docx"]
    doc = Document(str(tmp_path / "letters" / made[0]))
    text = "\n".join(p.text for p in doc.paragraphs)
    head = doc.tables[0].rows[0].cells
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in head[1].text and "Độc lập - Tự do - Hạnh phúc" in head[1].text
    assert "ngày 02 tháng 12 năm 2026" in head[1].text
    assert "SỞ NỘI VỤ" in head[0].text.upper() and "Số:" in head[0].text
    assert "V/v đôn đốc thực hiện kiến nghị" in head[0].text
    assert "Kính gửi: Ủy ban nhân dân phường Ba Đình." in text
    grid = doc.tables[1]
    assert [c.text for c in grid.rows[0].cells] == ["STT", "Nội dung kiến nghị", "Ngày kiểm tra", "Thời hạn",
                                                     "Tình trạng"]
    assert [[c.text for c in row.cells][1:] for row in grid.rows[1:]] == [
        ["Cập nhật danh mục thủ tục hành chính niêm yết tại bộ phận một cửa.", "02/03/2026", "01/04/2026",
         "Quá hạn 245 ngày"],
        ["Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.", "02/03/2026", "30/04/2026", "Quá hạn 216 ngày"]]
    closing = doc.tables[2].rows[0].cells
    assert closing[0].text.startswith("Nơi nhận:") and "- Như trên;" in closing[0].text
    assert "Nguyễn Thị Thu Hà" in closing[1].text
    assert "2 kiến nghị quá hạn" in out


def test_no_letter_for_a_unit_whose_late_request_was_reported(tmp_path):
    ws, ids = build(tmp_path / "hq")
    try:
        ws.requests.report(ids["r4"], "3/BC-UBND", "2026-11-01", on=TODAY)
        made = letters.write_all(ws, tmp_path / "out", TODAY)
        assert [m.unit_name for m in made] == ["Ủy ban nhân dân phường Ba Đình"]
        assert letters.place_date("Hà Nội", TODAY.replace(month=2, day=5)) == "Hà Nội, ngày 05 tháng 02 năm 2026"
        assert letters.place_date("Hà Nội", TODAY) == "Hà Nội, ngày 02 tháng 12 năm 2026"
    finally:
        ws.close()

