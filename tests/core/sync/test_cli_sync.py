"""inspector-cli for HQ scripts: enroll, export, import, bundle verify, conflicts."""

from __future__ import annotations

from inspector_app.cli import main
from inspector_app.workspace import Workspace

from .helpers import reference_data


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_hq_scripted_cycle_with_exit_codes(tmp_path, capsys):
    hq, laptop, usb = str(tmp_path / "hq"), str(tmp_path / "lap"), tmp_path / "usb"
    assert run(capsys, "init", "--workspace", hq, "--role", "hq", "--name", "Trụ sở")[0] == 0
    assert run(capsys, "init", "--workspace", laptop, "--name", "Máy 1")[0] == 0
    with Workspace.open(hq) as ws:
        reference_data(ws)
        hq_fp = ws.keys.fingerprint
    with Workspace.open(laptop) as ws:
        laptop_fp = ws.keys.fingerprint
    code, out, _ = run(capsys, "enroll", "--workspace", laptop, "--out", str(usb / "may-1.bundle"))
    assert code == 0 and laptop_fp in out
    code, _, err = run(capsys, "import", "--workspace", hq, str(usb / "may-1.bundle"))
    assert code == 4 and "Giữ lại chờ duyệt" in err and laptop_fp in err
    code, out, _ = run(capsys, "import", "--workspace", hq, "--trust", laptop_fp, str(usb / "may-1.bundle"))
    assert code == 0, out
    code, out, _ = run(capsys, "export", "--workspace", hq, "--kind", "distribution", "--to", str(usb))
    assert code == 0 and "Máy 1" in out
    dist = next(usb.glob("inspector-distribution-*.bundle"))
    code, out, _ = run(capsys, "bundle", "verify", "--workspace", laptop, str(dist))
    assert code == 4 and hq_fp in out and "CHƯA được tin cậy" in out
    code, out, err = run(capsys, "import", "--workspace", laptop, "--trust", hq_fp, str(dist))
    assert code == 0, err
    code, out, _ = run(capsys, "bundle", "verify", "--workspace", laptop, str(dist))
    assert code == 0 and "đã tin cậy" in out
    with Workspace.open(laptop) as ws:
        assert "thu-nghiem" in {t["code"] for t in ws.checklists.list()}
        ws.units.create("Ủy ban nhân dân xã Mới Lập", "commune")
    code, out, _ = run(capsys, "export", "--workspace", laptop, "--kind", "findings", "--to", str(usb / "out"))
    assert code == 0 and "Trụ sở" in out
    code, out, _ = run(capsys, "import", "--workspace", hq, str(usb / "out"))
    assert code == 0 and "thao tác mới" in out and "findings từ Máy 1" in out
    code, out, _ = run(capsys, "export", "--workspace", hq, "--kind", "receipt", "--to", str(usb / "back"))
    assert code == 0
    code, out, _ = run(capsys, "conflicts", "list", "--workspace", hq)
    assert code == 0 and "Không có xung đột" in out
    bad = usb / "out" / "hong.bundle"
    bad.write_bytes(b"inspector-bundle/1 0123456789abcdef\nage-encryption.org/v1\n-> X25519 garbage\n")
    code, _, err = run(capsys, "import", "--workspace", hq, str(bad))
    assert code == 5 and "Từ chối hong.bundle" in err and "quarantine" in err


def test_export_for_a_recipient_given_by_its_enrollment_file(tmp_path, capsys):
    hq, laptop, usb = str(tmp_path / "hq"), str(tmp_path / "lap"), tmp_path / "usb"
    run(capsys, "init", "--workspace", hq, "--role", "hq")
    run(capsys, "init", "--workspace", laptop, "--name", "Máy mới")
    run(capsys, "enroll", "--workspace", laptop, "--out", str(usb / "req.bundle"))
    code, out, _ = run(capsys, "export", "--workspace", hq, "--kind", "distribution", "--to", str(usb),
                       "--recipient", str(usb / "req.bundle"), "--lang", "en")
    assert code == 0 and "Máy mới" in out
    code, _, err = run(capsys, "export", "--workspace", laptop, "--kind", "findings", "--to", str(usb))
    assert code == 1 and "Chưa biết gửi gói" in err
