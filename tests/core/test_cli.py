"""inspector-cli: every command, its output and its errors."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from inspector_app.cli import main


def run(capsys, *args) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def demo_ws(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "ws"
    assert main(["--workspace", str(path), "demo"]) == 0
    return path


def test_init_and_info(tmp_path, capsys):
    ws = str(tmp_path / "ws")
    code, out, _ = run(capsys, "init", "--workspace", ws, "--role", "hq", "--name", "Máy trụ sở")
    assert code == 0 and "Đã tạo không gian làm việc (hq)" in out and "Vân tay khóa ký" in out
    code, out, _ = run(capsys, "--workspace", ws, "info")
    assert code == 0
    assert "Vai trò: hq" in out and "Máy trụ sở" in out and "Kiểm tra toàn vẹn cơ sở dữ liệu: đạt" in out
    assert "phiếu kiểm tra 3" in out


def test_demo_makes_a_realistic_workspace(demo_ws, capsys):
    code, out, _ = run(capsys, "--workspace", str(demo_ws), "visits", "list", "--json")
    visits = json.loads(out)
    assert code == 0 and len(visits) == 10
    assert {v["status"] for v in visits} == {"draft", "in_progress", "concluded"}
    assert len({v["unit_id"] for v in visits}) == 4          # the re-inspections go back to a unit visited before
    assert all(v["plan_number"] == "87/KH-UBND" for v in visits)
    assert sum(1 for v in visits if v["answered"] > 0) == 8
    from inspector_app.workspace import Workspace
    with Workspace.open(demo_ws) as ws:
        counts = ws.counts()
        assert counts["org_unit"] == 6 and counts["media"] >= 16 and counts["request"] >= 8
        team = ws.plans.teams()[0]
        assert len(ws.plans.members(team["id"])) == 4
        concluded = next(v for v in visits if v["status"] == "concluded")
        sections = {s["code"]: s for s in ws.answers.progress(concluded["id"])["sections"]}
        repeatable = [s for s in sections.values() if s["repeatable"]]
        assert repeatable and all(s["records"] > 0 for s in repeatable)
        photo = ws.media.of_visit(concluded["id"])[0]
        assert photo["captured_at"].startswith(concluded["scheduled_on"])
        assert ws.media.blob_path(photo["sha256"]).exists()
    code, _out, err = run(capsys, "--workspace", str(demo_ws), "demo")
    assert code == 1 and "dữ liệu mẫu chỉ tạo trong không gian trống" in err


def test_visits_list_and_search(demo_ws, capsys):
    code, out, _ = run(capsys, "--workspace", str(demo_ws), "visits", "list")
    assert code == 0 and "Đã kết thúc" in out and "Đột xuất, không báo trước" in out
    code, out, _ = run(capsys, "--workspace", str(demo_ws), "search", "phuong", "giang", "vo")
    assert code == 0 and "Đơn vị: Ủy ban nhân dân phường Giảng Võ" in out
    assert "Cuộc kiểm tra: " in out
    code, out, _ = run(capsys, "--workspace", str(demo_ws), "search", "xyzzy")
    assert out.strip() == "Không tìm thấy kết quả nào."


def test_checklists_list_and_show(demo_ws, capsys):
    code, out, _ = run(capsys, "--workspace", str(demo_ws), "checklists", "list")
    assert code == 0 and "mot-cua-dot-xuat v3" in out and "tiêu chí" in out
    code, out, _ = run(capsys, "--workspace", str(demo_ws), "checklists", "show", "mot-cua-dot-xuat")
    assert code == 0 and "lặp lại theo: Cán bộ" in out and "118/2025/NĐ-CP" in out


def test_selftest(capsys):
    code, out, _ = run(capsys, "selftest")
    assert code == 0 and out.startswith("Tự kiểm tra: đạt")


def test_errors_are_one_vietnamese_line_or_english(tmp_path, capsys):
    code, out, err = run(capsys, "--workspace", str(tmp_path / "none"), "info")
    assert code == 1 and out == ""
    assert err.strip().count("\n") == 0 and err.startswith("Không tìm thấy không gian làm việc")
    code, _, err = run(capsys, "--workspace", str(tmp_path / "none"), "--lang", "en", "info")
    assert code == 1 and err.startswith("No workspace was found")
    code, _, err = run(capsys, "--workspace", str(tmp_path / "none"), "checklists", "show", "x")
    assert code == 1
    with pytest.raises(SystemExit) as usage:
        main(["frobnicate"])
    assert usage.value.code == 2
    assert capsys.readouterr().err.startswith("Lệnh không hợp lệ")


def test_a_second_cli_on_an_open_workspace_is_told_which_process(demo_ws):
    import os

    from inspector_app.workspace import Workspace
    with Workspace.open(demo_ws):
        result = subprocess.run([sys.executable, "-m", "inspector_app.cli", "--workspace", str(demo_ws), "info"],
                                capture_output=True, text=True)
    assert result.returncode == 1
    assert f"đang được mở bởi tiến trình {os.getpid()}" in result.stderr


@pytest.mark.parametrize("argv, vietnamese", [
    (["minutes", "render", "x"], "còn thiếu --out"),
    (["minutes", "render", "x", "--out"], "--out cần một giá trị"),
    (["frobnicate"], "lệnh không có lựa chọn 'frobnicate' (chọn một trong: 'init'"),
    (["minutes"], "còn thiếu lệnh con"),
    (["minutes", "bogus"], "lệnh con không có lựa chọn 'bogus' (chọn một trong: 'render', 'verify')"),
    (["visits", "list", "--zzz"], "không hiểu phần --zzz"),
])
def test_a_mistyped_command_is_told_in_vietnamese_without_argparse_s_english(capsys, argv, vietnamese):
    with pytest.raises(SystemExit) as usage:
        main(argv)
    err = capsys.readouterr().err
    assert usage.value.code == 2 and err.startswith(f"Lệnh không hợp lệ: {vietnamese}")
    assert not re.search(r"\b(?:argument|arguments|required|invalid|choice|choose|unrecognized|expected)\b", err)
    with pytest.raises(SystemExit):
        main(["--lang", "en", *argv])
    assert capsys.readouterr().err.startswith("Invalid command: ")       # argparse's own words in English
