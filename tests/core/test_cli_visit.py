"""The visit commands of inspector-cli: what the window does, from a script."""

from __future__ import annotations

from inspector_app.cli import main
from inspector_app.workspace import Workspace
from tests.helpers.factories import setup_visit


def test_findings_undo_redo_and_the_team_from_the_command_line(tmp_path, capsys):
    path = tmp_path / "ws"
    with Workspace.create(path, "field", builtin_checklists=False) as ws:
        ids = setup_visit(ws)
        ws.plans.add_member(ids["team"], "Nguyễn Văn An", "head", position="Phó Giám đốc Sở Nội vụ")
    visit = ids["visit"]
    base = ["--workspace", str(path)]

    assert main([*base, "findings", "add", "--visit", visit, "--text", "Chưa niêm yết thủ tục", "--item", "A1",
                 "--request", "Niêm yết đầy đủ", "--responsible", "Chủ tịch UBND phường",
                 "--deadline", "2026-12-20"]) == 0
    out = capsys.readouterr().out
    assert "Đã thêm ghi nhận" in out and "Đã thêm kiến nghị" in out
    assert main([*base, "participants", "add-team", "--visit", visit]) == 0
    assert "Đã thêm 1 thành viên" in capsys.readouterr().out
    with Workspace.open(path) as ws:
        assert [p["name"] for p in ws.visits.participants(visit)] == ["Nguyễn Văn An"]
        assert len(ws.findings.requests(visit)) == 1

    assert main([*base, "undo", "--visit", visit]) == 0
    assert "Đã hoàn tác thay đổi: thành phần tham dự" in capsys.readouterr().out
    assert main([*base, "undo", "--visit", visit]) == 0
    with Workspace.open(path) as ws:
        assert ws.visits.participants(visit) == [] and ws.findings.of_visit(visit) == []
    assert main([*base, "redo", "--visit", visit]) == 0
    with Workspace.open(path) as ws:
        assert len(ws.findings.requests(visit)) == 1


def test_nothing_to_undo_is_one_vietnamese_line(tmp_path, capsys):
    path = tmp_path / "ws"
    with Workspace.create(path, "field", builtin_checklists=False) as ws:
        visit = setup_visit(ws)["visit"]
    assert main(["--workspace", str(path), "undo", "--visit", visit]) == 1
    err = capsys.readouterr().err.strip()
    assert err == "Không còn thay đổi nào của cuộc kiểm tra này để hoàn tác."


def test_a_visit_without_team_is_told_where_to_choose_one(tmp_path, capsys):
    path = tmp_path / "ws"
    with Workspace.create(path, "field", builtin_checklists=False) as ws:
        ids = setup_visit(ws)
        other, _ = ws.visits.create(ids["unit"], "surprise", "2026-11-21", [ids["template"]])
        ws.visits.start(other, "2026-11-21T08:00:00+07:00")
    assert main(["--workspace", str(path), "participants", "add-team", "--visit", other]) == 1
    assert "chưa gắn với đoàn kiểm tra" in capsys.readouterr().err
