"""`conflicts list` and `conflicts resolve` on a real conflict, through the command line."""

from __future__ import annotations

from inspector_app.cli import main
from inspector_app.workspace import Workspace

from .helpers import introduce, send, workspace


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_list_and_resolve_a_conflict_from_the_command_line(tmp_path, capsys):
    usb = tmp_path / "usb"
    usb.mkdir()
    one, two = workspace(tmp_path, "May 1"), workspace(tmp_path, "May 2")
    introduce(one, two)
    unit, _ = one.units.create("Ủy ban nhân dân phường Ngọc Hà", "commune")
    send(one, "peer", two, usb)
    one.units.update(unit, name="UBND phường Ngọc Hà")
    two.units.update(unit, name="Ủy ban nhân dân phường Ngọc Hà, quận Ba Đình")
    send(one, "peer", two, usb)
    path = two.path
    one.close()
    two.close()
    code, out, err = run(capsys, "conflicts", "list", "--workspace", str(path))
    assert code == 0, err
    assert "UBND phường Ngọc Hà" in out and "quận Ba Đình" in out
    key = out.split("[")[-1].split("]")[0]
    code, out, err = run(capsys, "conflicts", "list", "--workspace", str(path), "--json")
    assert code == 0 and key in out, err
    code, out, err = run(capsys, "conflicts", "resolve", "--workspace", str(path), key, "--keep", "other")
    assert code == 0 and f"Đã giải quyết xung đột {key}" in out, err
    code, out, _ = run(capsys, "conflicts", "list", "--workspace", str(path))
    assert code == 0 and "Không có xung đột" in out
    with Workspace.open(path) as ws:
        assert ws.units.get(unit)["name"] in ("UBND phường Ngọc Hà", "Ủy ban nhân dân phường Ngọc Hà, quận Ba Đình")
        assert ws.sync.conflicts() == []
