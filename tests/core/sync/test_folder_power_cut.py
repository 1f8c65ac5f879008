"""A power cut while HQ imports a folder of bundles (issue 10, point 9: the
folder import commits per group of bundles, not per bundle): after it, every
bundle is either whole or absent — never half-applied — and once the import
has returned, every bundle it reported is stored. Importing the folder again
then completes it. The importer runs under the power-cut shim
(tests/helpers/powercut): what it wrote but did not fsync is undone."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from inspector_app.storage import sync_store
from inspector_app.sync.trust import self_device
from inspector_app.workspace import Workspace
from tests.helpers.powercut import build_shim, power_cut, preload_env

from .helpers import introduce, workspace

REPO = Path(__file__).resolve().parents[3]

# argv: HQ workspace, folder. One bundle a group, so that a folder makes a commit per bundle
# (on a quiet machine the five bundles took less than any other group length).
IMPORTER = textwrap.dedent("""
    import sys
    from inspector_app.sync import folder
    from inspector_app.workspace import Workspace
    folder.GROUP_SECONDS = 0
    ws = Workspace.open(sys.argv[1])
    print("ready", flush=True)
    reports = ws.sync.import_paths([sys.argv[2]])
    print("done", *sorted({r.status for r in reports}), flush=True)
    sys.stdin.read()
""")


@pytest.fixture(scope="module")
def shim(tmp_path_factory):
    return build_shim(tmp_path_factory.mktemp("powercut"))


def _laptops(tmp_path: Path, hq: Workspace, usb: Path, count: int) -> dict[str, set[str]]:
    """`count` laptops, each exporting one findings bundle of a few hundred
    operations to `usb`: their device id -> the ids of their operations."""
    made = {}
    for n in range(count):
        laptop = workspace(tmp_path, f"May {n + 1}")
        try:
            introduce(hq, laptop)
            for k in range(60):
                unit, _ = laptop.units.create(f"Đơn vị số {k} của máy {n + 1}", "commune", code=f"{n:02d}{k:03d}")
                laptop.units.update(unit, address=f"Số {k} phố Hàng Bài")
            laptop.sync.export("findings", usb, recipients=[self_device(hq)])
            made[laptop.device_id] = {op.id for op in laptop.operations()}
        finally:
            laptop.close()
    return made


def test_a_power_cut_during_a_folder_import_never_half_applies_a_bundle(shim, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    pristine = tmp_path / "hq-pristine"
    with Workspace.create(pristine, "hq", device_name="Tru so", builtin_checklists=False) as hq:
        bundles = _laptops(tmp_path, hq, usb, 5)
    rng = random.Random(20261202)
    outcomes = []
    took = None                        # round 0 lets the import finish: how long it takes here
    # The cuts are aimed, not only drawn: a cut that found nothing stored moves the next
    # later, one that found everything moves it earlier, until one lands between two
    # commits (on a busy machine a fixed draw could miss that window every time).
    early = late = 0.0
    for n in range(8):
        path = tmp_path / f"hq-{n}"
        shutil.copytree(pristine, path)
        # Blobs are staged in folders the replay cannot undo the making of
        # (mkdir): they live outside what is cut; the database files are inside.
        (path / "media").rename(tmp_path / f"media-{n}")
        (path / "media").symlink_to(tmp_path / f"media-{n}")
        journal = tmp_path / f"journal-{n}"
        child = subprocess.Popen([sys.executable, "-c", IMPORTER, str(path), str(usb)], stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, text=True, cwd=REPO, env=preload_env(shim, path, journal))
        assert child.stdout.readline().strip() == "ready"
        if took is None:
            began = time.monotonic()
            out = child.stdout.readline()
            took = time.monotonic() - began
        else:
            time.sleep(rng.uniform(early, late) if any(0 < c < len(bundles) for c in outcomes)
                       else (early + late) / 2)
            out = ""
        os.kill(child.pid, signal.SIGKILL)
        out += child.communicate()[0]
        returned = out.startswith("done")
        assert not returned or out.split()[1:] == ["accepted"], out
        power_cut(journal)
        with Workspace.open(path) as ws:
            assert ws.integrity_ok(), f"round {n}"
            held = {op.id for op in ws.operations()}
            recorded = {b["device_id"] for b in sync_store.bundles(ws.db.conn, "received")}
            whole = {device for device, ids in bundles.items() if ids <= held}
            assert all(ids <= held or not ids & held for ids in bundles.values()), f"round {n}: half a bundle"
            assert whole == recorded, f"round {n}"
            if returned:
                assert whole == set(bundles), f"round {n}: the import returned, yet a bundle is missing"
            outcomes.append(len(whole))
            if n == 0:
                late = took
            elif not whole:
                early = (early + late) / 2
            elif whole == set(bundles):
                late = (early + late) / 2
            reports = ws.sync.import_paths([usb])                # again: what is missing comes now
            assert {r.status for r in reports} <= {"accepted", "already_had"}
            assert {op.id for op in ws.operations()} == set().union(*bundles.values())
    # Some cuts must land in the middle of the folder, or the rounds show nothing.
    assert any(0 < count < len(bundles) for count in outcomes), outcomes
