"""`inspector-cli par …` on the hand-counted province of tests/core/hq/par_fixture.py."""

from __future__ import annotations

import json

import openpyxl
import pytest

from inspector_app.cli import main
from inspector_app.hq.par_evidence import as_of_day
from inspector_app.text import day as text_day
from tests.core.hq.par_fixture import make_province


def run(capsys, *args) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def hq(tmp_path):
    ws, ids = make_province(tmp_path)
    ws.close()
    return str(tmp_path / "hq"), ids


def test_list_and_load_say_what_is_held_and_how_certain(hq, capsys):
    path, _ids = hq
    code, out, _ = run(capsys, "par", "list", "--workspace", path)
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Chỉ số thử nghiệm" and lines[2].startswith("Độ tin cậy của điểm: Điểm tạm, chưa có nguồn")
    assert "    1.2.1. Tự kiểm tra — 1 điểm; 1 mục phiếu; nguồn thứ cấp" in lines
    assert "  1.1. Kế hoạch — 6 điểm; 2 mục phiếu; điểm tạm" in lines
    code, out, _ = run(capsys, "par", "list", "--json", "--workspace", path)
    held = json.loads(out)
    assert [c["code"] for c in held["criteria"]][:3] == ["1", "1.1", "1.2"] and held["criteria"][1]["mapped_items"] == 2
    code, out, _ = run(capsys, "par", "load", "--workspace", path, "--lang", "en")
    assert code == 0 and "8 areas" in out and "121 checklist items mapped, 100 points in all" in out
    code, out, _ = run(capsys, "par", "list", "--json", "--workspace", path)
    assert json.loads(out)["index"]["code"] == "par-876-2022"      # the index loaded last is the one in use


def test_evidence_decide_undo_in_words(hq, capsys):
    path, _ids = hq
    code, out, _ = run(capsys, "par", "evidence", "--year", "2026", "--unit", "00004", "--workspace", path)
    assert code == 0
    assert out.splitlines()[0] == ("Ủy ban nhân dân phường Ba Đình — năm 2026: điểm trừ đề xuất 5, được chấp nhận 0; "
                                   "4 tiêu chí chưa quyết định")
    day = text_day(as_of_day(2026))                     # 31/12/2026, or today while 2026 runs
    assert (f"  1.1 Kế hoạch: 4 lượt kiểm tra, 2 không đạt, 1 kiến nghị chưa khắc phục tại {day} (1 quá hạn) "
            "→ đề xuất trừ 4,5/6") in out.splitlines()
    code, out, _ = run(capsys, "par", "decide", "--year", "2026", "--unit", "ba dinh", "--criterion", "1.1",
                       "--points", "3,5", "--note", "Đã khắc phục một phần", "--by", "Trần Thị Lan",
                       "--workspace", path)
    assert code == 0 and out.strip() == ("Tiêu chí 1.1 của Ủy ban nhân dân phường Ba Đình, năm 2026: trừ 3,5 điểm "
                                         "(đề xuất 4,5); người quyết định: Trần Thị Lan.")
    code, _, err = run(capsys, "par", "decide", "--year", "2026", "--unit", "ba dinh", "--criterion", "1.1",
                       "--points", "2", "--workspace", path)
    assert code == 1 and "ghi lý do" in err
    code, out, _ = run(capsys, "par", "evidence", "--year", "2026", "--json", "--workspace", path)
    units = json.loads(out)
    assert [u["unit"] for u in units] == ["Ủy ban nhân dân phường Ba Đình", "Ủy ban nhân dân phường Ngọc Hà"]
    plan = units[0]["criteria"][0]
    assert (plan["code"], plan["proposed"], plan["accepted"], plan["decision"]) == ("1.1", 4.5, 3.5, "override")
    assert units[1]["criteria"][3]["proposed"] == 5
    code, out, _ = run(capsys, "par", "undo", "--year", "2026", "--unit", "00004", "--criterion", "1.1",
                       "--workspace", path)
    assert code == 0 and out.strip().endswith("nay: chưa quyết định.")
    code, _, err = run(capsys, "par", "undo", "--year", "2026", "--unit", "00004", "--criterion", "1.1",
                       "--workspace", path)
    assert code == 1 and err.strip()
    code, _, err = run(capsys, "par", "decide", "--year", "2026", "--unit", "00004", "--criterion", "9.9",
                       "--accept", "--workspace", path)
    assert code == 1 and "9.9" in err


def test_export_writes_the_workbook(hq, tmp_path, capsys):
    path, _ids = hq
    out_file = tmp_path / "par-2026.xlsx"
    code, out, _ = run(capsys, "par", "export", "--year", "2026", "--out", str(out_file), "--workspace", path)
    assert code == 0 and "2 đơn vị, 5 dòng tiêu chí, 8 minh chứng; điểm trừ đề xuất 10, được chấp nhận 0" in out
    assert openpyxl.load_workbook(out_file).sheetnames[1] == "Điểm trừ theo tiêu chí"
    code, _, err = run(capsys, "par", "export", "--year", "2026", "--out", str(tmp_path / "no" / "x.xlsx"),
                       "--workspace", path)
    assert code == 1 and "Không ghi được" in err


def test_hq_edits_the_index_from_the_command_line(hq, capsys):
    path, _ids = hq
    code, out, _ = run(capsys, "par", "set", "--criterion", "1.2.1", "--points", "1,5", "--certainty", "verified",
                       "--note", "Theo Bộ chỉ số của tỉnh", "--workspace", path)
    assert code == 0
    assert out.strip() == "Tiêu chí 1.2.1. Tự kiểm tra: 1,5 điểm (đã đối chiếu); tổng Bộ chỉ số 15,5 điểm."
    code, _, err = run(capsys, "par", "set", "--criterion", "1.2", "--points", "3", "--workspace", path)
    assert code == 1 and "tổng điểm các tiêu chí thành phần" in err
    code, out, _ = run(capsys, "par", "map", "--criterion", "2.1", "--checklist", "thu-nghiem", "--item", "A1",
                       "--workspace", path)
    assert code == 0 and out.strip() == "Đã gắn mục A1 của phiếu thu-nghiem vào tiêu chí 2.1 (2 mục phiếu)."
    code, out, _ = run(capsys, "par", "evidence", "--year", "2026", "--unit", "00004", "--json", "--workspace", path)
    assert json.loads(out)[0]["criteria"][3]["checks"] == 3
    code, out, _ = run(capsys, "par", "unmap", "--criterion", "2.1", "--checklist", "thu-nghiem", "--item", "A1",
                       "--workspace", path, "--lang", "en")
    assert code == 0 and out.strip().endswith("(1 checklist items left).")
    code, _, err = run(capsys, "par", "unmap", "--criterion", "2.1", "--checklist", "thu-nghiem", "--item", "A1",
                       "--workspace", path)
    assert code == 1 and "thu-nghiem A1" in err
