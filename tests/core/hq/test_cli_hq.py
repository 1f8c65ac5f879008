"""inspector-cli at headquarters: `demo --role hq`, `export xlsx|csv`, and the bundle `export` untouched."""

from __future__ import annotations

import openpyxl
import pytest

from inspector_app.cli import main
from inspector_app.hq import periods
from inspector_app.workspace import Workspace


def run(capsys, *args) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def hq(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli_hq") / "hq"
    assert main(["demo", "--role", "hq", "--visits", "24", "--workspace", str(path)]) == 0
    return str(path)


def _days(path: str) -> list[str]:
    with Workspace.open(path) as ws:
        return [ws.visits.visit_date(v) for v in ws.visits.list(limit=10_000)]


def test_demo_role_hq_makes_an_hq_workspace_once(hq, tmp_path, capsys):
    code, out, _ = run(capsys, "info", "--workspace", hq)
    assert code == 0 and "Vai trò: hq" in out and "cuộc kiểm tra 24," in out
    code, _, err = run(capsys, "demo", "--role", "hq", "--workspace", hq)
    assert code == 1 and "dữ liệu mẫu chỉ tạo trong không gian trống" in err
    field = str(tmp_path / "field")
    assert run(capsys, "init", "--workspace", field)[0] == 0
    code, _, err = run(capsys, "demo", "--role", "hq", "--workspace", field, "--lang", "en")
    assert code == 1 and "This is a field workspace" in err


def test_demo_role_hq_says_what_it_made(tmp_path, capsys):
    code, out, _ = run(capsys, "demo", "--role", "hq", "--visits", "6", "--workspace", str(tmp_path / "hq"))
    assert code == 0
    assert out.startswith("Đã tạo dữ liệu mẫu của trụ sở: 62 đơn vị, 2 kế hoạch, 3 đoàn kiểm tra, 6 cuộc kiểm tra")


def test_export_xlsx_with_csv_beside_it(hq, tmp_path, capsys):
    out_file, csv_dir = tmp_path / "q3.xlsx", tmp_path / "csv"
    code, out, err = run(capsys, "export", "xlsx", "--period", "2026-Q3", "--out", str(out_file), "--csv",
                         str(csv_dir), "--workspace", hq)
    assert code == 0, err
    expected = sum(periods.parse("2026-Q3").contains(day) for day in _days(hq))
    assert 0 < expected < 24
    lines = out.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"Đã xuất dữ liệu Quý III năm 2026 (số liệu từ 15/12/2025 đến 14/09/2026), "
                               f"phạm vi toàn tỉnh, ra {out_file}: {expected} cuộc kiểm tra,")
    book = openpyxl.load_workbook(out_file, read_only=True)
    assert book.sheetnames[:3] == ["Thông tin", "Cuộc kiểm tra", "Kết quả"]
    assert book["Cuộc kiểm tra"].max_row == 1 + expected
    assert (csv_dir / "cuoc_kiem_tra.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_export_csv_of_a_unit_in_english(hq, tmp_path, capsys):
    code, out, err = run(capsys, "export", "csv", "--period", "2026", "--scope", "unit:phuong ba dinh",
                         "--out", str(tmp_path / "csv"), "--workspace", hq, "--lang", "en")
    assert code == 0, err
    assert "scope unit Ủy ban nhân dân phường Ba Đình (and the units under it)" in out
    assert (tmp_path / "csv" / "visits.csv").exists()


@pytest.mark.parametrize(("args", "said"), [
    (["--period", "2026-Q5"], "Giá trị không hợp lệ cho kỳ báo cáo: “2026-Q5”"),
    (["--period", "2026", "--scope", "unit:phuong"], "trùng với"),
    (["--period", "2026", "--scope", "plan:99/KH-UBND"], "Không tìm thấy kế hoạch có mã 99/KH-UBND."),
])
def test_export_refusals_in_words(hq, tmp_path, capsys, args, said):
    code, _, err = run(capsys, "export", "xlsx", *args, "--out", str(tmp_path / "x.xlsx"), "--workspace", hq)
    assert code == 1 and said in err
    assert not (tmp_path / "x.xlsx").exists()


def test_export_to_a_folder_that_is_not_there(hq, tmp_path, capsys):
    target = tmp_path / "khong-co" / "x.xlsx"
    code, _, err = run(capsys, "export", "xlsx", "--period", "2026", "--out", str(target), "--workspace", hq)
    assert code == 1 and err.startswith(f"Chưa ghi được {target}: không tìm thấy tệp.")


def test_usage_errors_name_what_is_missing(hq, capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["export", "xlsx", "--period", "2026", "--workspace", hq])
    assert stopped.value.code == 2 and "--out" in capsys.readouterr().err
    with pytest.raises(SystemExit) as stopped:
        main(["export", "--workspace", hq])
    assert stopped.value.code == 2 and "--kind, --to" in capsys.readouterr().err


def test_the_bundle_export_still_answers_to_export(hq, tmp_path, capsys):
    """Without a format word, `export` is the bundle command, with its own checks
    (tests/core/sync/test_cli_sync.py runs its whole cycle)."""
    code, _, err = run(capsys, "export", "--kind", "distribution", "--to", str(tmp_path / "usb"), "--workspace", hq)
    assert code == 1 and 'Chưa biết gửi gói "distribution" cho máy nào' in err
