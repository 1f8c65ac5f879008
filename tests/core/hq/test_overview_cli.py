"""`inspector-cli overview`: the figures of overview_fixture.py as JSON and as lines."""

from __future__ import annotations

import json

import pytest

from inspector_app.cli import main
from tests.core.hq import overview_fixture as fixture


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    path = tmp_path_factory.mktemp("overview_cli") / "ws"
    ws, ids = fixture.build(path)
    ws.close()
    return str(path), ids


def run(capsys, *args) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_overview_json_holds_every_view(workspace, capsys):
    path, _ids = workspace
    code, out, err = run(capsys, "overview", "--period", "2026", "--json", "--today", fixture.TODAY,
                         "--workspace", path)
    assert code == 0, err
    figures = json.loads(out)
    assert figures["period"] == {"spec": "2026", "label": "năm 2026", "first": "2025-12-15", "last": "2026-12-14"}
    assert figures["scope"]["label"] == "toàn tỉnh"
    assert [(r["kind"], r["planned"], r["done"]) for r in figures["visits"]] == [
        ("planned", 1, 0), ("surprise", 1, 1), ("desk_review", 1, 0), ("", 3, 1)]
    assert [(r["area_code"], r["checked"], r["failed"]) for r in figures["areas"]] == [("A", 6, 5), ("B", 1, 1)]
    assert [r["item_code"] for r in figures["items"]] == ["A1", "A2", "A3", "A4", "B1"]
    assert (figures["staff"]["rows"], figures["staff"]["flagged"]) == (4, 2)
    assert (figures["late_files"]["rows"], figures["late_files"]["late"]) == (2, 1)
    assert figures["satisfaction"]["rows"][0]["counts"] == {"Hài lòng": 1, "Bình thường": 1, "Không hài lòng": 1}
    assert [(r["status"], r["requests"]) for r in figures["requests"]] == [
        ("due_soon", 1), ("overdue", 1), ("reported", 1), ("", 3)]
    assert "cells" not in out


def test_overview_of_a_unit_in_lines(workspace, capsys):
    path, _ids = workspace
    code, out, err = run(capsys, "overview", "--period", "2026-Q1", "--scope", "unit:phuong ba dinh", "--top", "2",
                         "--today", fixture.TODAY, "--workspace", path)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == ("Tổng quan Quý I năm 2026 (số liệu từ 15/12/2025 đến 14/03/2026), phạm vi: đơn vị "
                        "Ủy ban nhân dân phường Ba Đình (và các đơn vị trực thuộc)")
    assert "  Đột xuất, không báo trước: 1 / 1 / 0 / 0 (đã thực hiện 100,0 %)" in lines
    assert "  A. Công khai thủ tục hành chính: 4/4 lượt tiêu chí không đạt (100,0 %)" in lines
    assert sum(1 for line in lines if "không đạt ở" in line) == 2                      # --top 2
    assert "Điểm danh: 2 lượt cán bộ, 2 lượt vi phạm (100,0 %):" in lines
    assert "Kiểm tra xác suất hồ sơ: 2 hồ sơ, 1 hồ sơ trễ hạn (50,0 %):" in lines
    assert "  Quá hạn: 1 kiến nghị, tại 1 cuộc kiểm tra" in lines


def test_overview_in_english_and_a_bad_period(workspace, capsys):
    path, _ids = workspace
    code, out, _err = run(capsys, "--lang", "en", "overview", "--period", "2030", "--workspace", path)
    assert code == 0
    assert out.splitlines()[:3] == ["Overview of year 2030 (data from 15/12/2029 to 14/12/2030), scope: the whole "
                                    "province", "Visits by kind (planned / done / in progress / not started):",
                                    "  (none)"]
    code, _out, err = run(capsys, "overview", "--period", "2026-Q9", "--workspace", path)
    assert code != 0 and "2026-Q9" in err
