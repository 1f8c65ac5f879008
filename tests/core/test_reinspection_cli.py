"""`inspector-cli reinspection list|plan|show|check|cancel`."""

from __future__ import annotations

import json

import pytest

from inspector_app import cli
from inspector_app.workspace import Workspace
from tests.helpers.factories import setup_visit
from tests.helpers.images import make_photo


@pytest.fixture
def hq(tmp_path):
    """An HQ workspace whose ward has a signed visit with two requests (closed for the command line)."""
    ws = Workspace.create(tmp_path / "hq", "hq", builtin_checklists=False)
    ids = setup_visit(ws)
    requests = [ws.findings.add_request(ids["visit"], text, "Chủ tịch UBND phường", deadline)[0]
                for text, deadline in (("Niêm yết đủ thủ tục hành chính", "2026-12-10"),
                                       ("Cập nhật sổ theo dõi hồ sơ", "2027-01-20"))]
    ws.visits.conclude(ids["visit"], "2026-11-20T11:00:00+07:00", reason="Kiểm tra theo chuyên đề")
    ws.visits.set_status(ids["visit"], "minutes_signed")
    ws.close()
    return tmp_path / "hq", {**ids, "requests": requests}


def run(capsys, *argv) -> tuple[int, str, str]:
    code = cli.main([*argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_plan_a_reinspection_from_the_command_line(hq, capsys, tmp_path):
    path, ids = hq
    first, second = ids["requests"]
    code, out, _ = run(capsys, "reinspection", "list", "--today", "2026-12-15", "--workspace", str(path))
    assert code == 0
    assert out.splitlines()[0].startswith("Ủy ban nhân dân phường Ba Đình: 2 kiến nghị chưa khắc phục, 1 quá hạn")
    assert "10/12/2026  Quá hạn  Niêm yết đủ thủ tục hành chính" in out
    assert out.splitlines()[-1] == "1 đơn vị còn kiến nghị cần tái kiểm tra."

    code, out, _ = run(capsys, "reinspection", "plan", "--unit", "phuong ba dinh", "--date", "2027-01-15",
                       "--team", "Đoàn kiểm tra số 1", "--plan", "87/KH-UBND", "--request", first,
                       "--workspace", str(path))
    assert code == 0
    assert out.startswith("Đã lập cuộc tái kiểm tra ngày 15/01/2027: Tái kiểm tra việc thực hiện kiến nghị tại "
                          "Ủy ban nhân dân phường Ba Đình")
    assert "1 kiến nghị cần kiểm tra lại" in out
    visit = out.split("[")[-1].split("]")[0]
    with Workspace.open(path) as ws:
        planned = ws.visits.get(visit)
        assert (planned["kind"], planned["team_id"], planned["plan_id"]) == ("reinspection", ids["team"], ids["plan"])
        assert [r["id"] for r in ws.reinspection.requests_of(visit)] == [first]

    code, out, _ = run(capsys, "reinspection", "list", "--json", "--today", "2026-12-15", "--workspace", str(path))
    listed = json.loads(out)[0]
    assert listed["planned"] == [visit]
    assert [(r["id"], r["planned_visit_id"]) for r in listed["requests"]] == [(first, visit), (second, None)]

    # The laptop's side works from the command line too (here at HQ, on its own visit).
    with Workspace.open(path) as ws:
        ws.visits.start(visit, "2027-01-15T08:00:00+07:00")
    photo = make_photo(tmp_path / "anh.jpg")
    code, out, _ = run(capsys, "reinspection", "check", "--visit", visit, "--request", first, "--result", "partly",
                       "--note", "Còn thiếu 3 thủ tục", "--evidence", str(photo), "--workspace", str(path))
    assert code == 0 and out.startswith("Đã ghi kết quả kiểm tra lại: Khắc phục một phần (1 tệp minh chứng)")
    code, out, _ = run(capsys, "reinspection", "show", visit, "--workspace", str(path))
    assert "Khắc phục một phần  Niêm yết đủ thủ tục hành chính" in out and "    Còn thiếu 3 thủ tục" in out
    code, _out, err = run(capsys, "reinspection", "cancel", visit, "--workspace", str(path))
    assert code != 0 and "đã bắt đầu" in err


def test_planning_on_a_laptop_is_refused_in_vietnamese(tmp_path, capsys):
    ws = Workspace.create(tmp_path / "field", "field", builtin_checklists=False)
    setup_visit(ws)
    ws.close()
    code, _out, err = run(capsys, "reinspection", "plan", "--unit", "00004", "--date", "2027-01-15",
                          "--workspace", str(tmp_path / "field"))
    assert code != 0 and "Chỉ trụ sở mới lập" in err
