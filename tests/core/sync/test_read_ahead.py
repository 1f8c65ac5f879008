"""A folder import reads its next bundle while the one before is applied
(reader.read_ahead, sync/folder.py), so the parse helper goes on to it at
once; what depends on the workspace is decided again in the bundle's turn,
a file changed since is read again, and nothing read ahead stays on disk."""

from __future__ import annotations

import os

import pytest

from inspector_app.progress import Cancelled
from inspector_app.sync import folder as sync_folder
from inspector_app.sync import parse_worker, reader
from inspector_app.sync.trust import self_device


@pytest.fixture
def ahead(monkeypatch):
    """Every bundle parsed by the helper; the bundles read ahead are listed."""
    monkeypatch.setattr(parse_worker, "SMALL", 0)
    read = []
    real = reader.read_ahead

    def spy(ws, path):
        bundle = real(ws, path)
        read.append((path.name, bundle is not None))
        return bundle

    monkeypatch.setattr(reader, "read_ahead", spy)
    return read


def _findings(hq, laptops, usb):
    """A folder of findings bundles for `hq`, "0.bundle", "1.bundle"…, one from
    each of `laptops` in turn, each adding a unit "Đơn vị n"."""
    folder = usb / "folder"
    folder.mkdir()
    for n, laptop in enumerate(laptops):
        laptop.units.create(f"Đơn vị {n}", "commune")
        laptop.sync.export("findings", usb, recipients=[self_device(hq)]).path.rename(folder / f"{n}.bundle")
    return folder


def _incoming(ws) -> list[str]:
    return [p.name for p in ws.media_dir.iterdir() if p.name.startswith(".incoming-")]


def test_a_bundle_read_ahead_from_a_laptop_revoked_by_the_bundle_before_it_is_held(team, usb, ahead):
    hq, (laptop, stolen), _ids = team
    stolen.units.create("Ủy ban nhân dân phường Kim Mã", "commune")
    peer = stolen.sync.export("peer", usb, recipients=[self_device(laptop)]).path
    hq.sync.revoke(stolen.device_id)
    revoking = hq.sync.export("distribution", usb, recipients=[self_device(laptop)]).path
    folder = usb / "folder"
    folder.mkdir()
    revoking.rename(folder / "a-distribution.bundle")
    peer.rename(folder / "b-peer.bundle")
    reports = laptop.sync.import_paths([folder])
    assert ahead == [("b-peer.bundle", True)]                  # read while the laptop still trusted it
    assert [(r.file, r.status) for r in reports] == [("a-distribution.bundle", "accepted"),
                                                       ("b-peer.bundle", "held")]
    assert reports[1].details["held_reason"] == "revoked"
    assert "Kim Mã" not in str(laptop.units.list())
    assert _incoming(laptop) == []


def test_a_folder_import_reads_each_next_bundle_ahead_and_imports_them_all(team, usb, ahead):
    hq, laptops, _ids = team
    folder = _findings(hq, [*laptops, laptops[0]], usb)
    reports = hq.sync.import_paths([folder])
    assert [(r.file, r.status) for r in reports] == [(f"{n}.bundle", "accepted") for n in range(3)]
    assert ahead == [("1.bundle", True), ("2.bundle", True)]  # each bundle but the first, read ahead
    assert {"Đơn vị 0", "Đơn vị 1", "Đơn vị 2"} <= {u["name"] for u in hq.units.list()}
    assert _incoming(hq) == []


def test_a_file_replaced_after_it_was_read_ahead_is_read_again(pair, usb):
    hq, laptop = pair
    laptop.units.create("Đơn vị thứ nhất", "commune")
    first = laptop.sync.export("findings", usb, recipients=[self_device(hq)]).path
    laptop.units.create("Đơn vị thứ hai", "commune")
    second = laptop.sync.export("findings", usb, recipients=[self_device(hq)]).path
    early = reader.read_ahead(hq, first)
    assert early is not None and early.ops_path.exists()
    os.replace(second, first)                                  # another bundle under the same name
    bundle = reader.read(hq, first, stop_if_untrusted=True, ahead=early)
    try:
        assert bundle is not early and bundle.manifest["bundle_id"] != early.manifest["bundle_id"]
        assert not early.ops_path.exists()                     # what was read ahead is gone
    finally:
        bundle.cleanup()
    assert _incoming(hq) == []


def test_a_large_bundle_is_read_in_its_turn_not_ahead(team, usb, ahead, monkeypatch):
    """A bundle above folder.AHEAD_MAX (photos, recordings) is read when its
    turn comes, with its progress and a cancel heard: nothing of it ahead."""
    hq, laptops, _ids = team
    folder = _findings(hq, laptops, usb)
    monkeypatch.setattr(sync_folder, "AHEAD_MAX", (folder / "1.bundle").stat().st_size - 1)
    reports = hq.sync.import_paths([folder])
    assert [(r.file, r.status) for r in reports] == [("0.bundle", "accepted"), ("1.bundle", "accepted")]
    assert ahead == []


def test_cancelling_a_folder_import_keeps_what_was_imported_and_removes_what_was_read_ahead(team, usb, ahead):
    hq, laptops, _ids = team
    folder = _findings(hq, laptops, usb)

    class CancelAfterTheFirst:
        done = 0

        def report(self, done, total, text=""):
            self.done = done

        def cancelled(self):
            return self.done >= 1000                      # the first of the two bundles is through

    with pytest.raises(Cancelled):
        hq.sync.import_paths([folder], progress=CancelAfterTheFirst())
    assert ahead == [("1.bundle", True)]                  # read ahead, never imported
    names = {u["name"] for u in hq.units.list()}
    assert "Đơn vị 0" in names and "Đơn vị 1" not in names
    assert _incoming(hq) == []
