"""The one-folder PyInstaller bundle builds and runs its self-test offscreen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.packaging


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    from ui.i18n import compile_translations
    compile_translations()
    work = tmp_path_factory.mktemp("pyinstaller")
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--distpath", str(work / "dist"),
         "--workpath", str(work / "build"), str(ROOT / "packaging" / "inspector.spec")],
        capture_output=True, text=True, cwd=ROOT, timeout=900)
    assert result.returncode == 0, result.stderr[-3000:]
    return work / "dist" / "inspector"


def _run(bundle: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DISPLAY", None)
    return subprocess.run([str(bundle / "inspector"), *args], capture_output=True, text=True, env=env, timeout=120)


def test_the_bundle_runs_its_selftest_offscreen(bundle):
    result = _run(bundle, "--selftest")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "selftest ok"


def test_the_bundled_command_line_works(bundle):
    result = _run(bundle, "--cli", "selftest")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Tự kiểm tra: đạt")


def test_the_bundle_carries_resources_and_leaves_out_unused_qt(bundle):
    internal = bundle / "_internal"
    assert (internal / "resources" / "checklists" / "mot-cua-dot-xuat.json").is_file()
    assert (internal / "resources" / "i18n" / "inspector_vi.qm").is_file()
    files = [p.relative_to(internal).as_posix() for p in internal.rglob("*")]
    for unwanted in ("QtWebEngine", "libqeglfs", "libqvnc", "libQt6Quick", "libQt6Qml", "tkinter"):
        assert not [f for f in files if unwanted in f], unwanted
    assert [f for f in files if f.endswith("platforms/libqxcb.so") or f.endswith("platforms/qwindows.dll")]
    assert not [p for p in internal.rglob("*") if p.is_symlink() and not p.exists()], "dangling links"


def test_the_bundled_core_renders_minutes_and_encrypts_bundles(bundle, tmp_path):
    """Frozen imports of ReportLab, the fonts, the minutes template and age all work."""
    import json

    field, hq = tmp_path / "field", tmp_path / "hq"
    assert _run(bundle, "--cli", "demo", "--workspace", str(field)).returncode == 0
    assert _run(bundle, "--cli", "init", "--workspace", str(hq), "--role", "hq").returncode == 0
    visits = json.loads(_run(bundle, "--cli", "visits", "list", "--json", "--workspace", str(field)).stdout)
    concluded = next(v["id"] for v in visits if v["status"] == "concluded")
    pdf = tmp_path / "bien-ban.pdf"
    result = _run(bundle, "--cli", "minutes", "render", concluded, "--out", str(pdf), "--workspace", str(field))
    assert result.returncode == 0, result.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    request = tmp_path / "hq.request"
    assert _run(bundle, "--cli", "enroll", "--out", str(request), "--workspace", str(hq)).returncode == 0
    usb = tmp_path / "usb"
    usb.mkdir()
    result = _run(bundle, "--cli", "export", "--kind", "findings", "--to", str(usb), "--recipient", str(request),
                  "--workspace", str(field))
    assert result.returncode == 0, result.stderr
    exported = [p for p in usb.iterdir() if not p.name.startswith(".")]
    assert len(exported) == 1
    result = _run(bundle, "--cli", "import", str(exported[0]), "--workspace", str(hq))
    assert result.returncode == 4, result.stderr            # decrypted and verified, held: unknown laptop
