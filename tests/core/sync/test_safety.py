"""Bad bundles are refused with the right reason, change nothing, go to quarantine/."""

from __future__ import annotations

import errno
import io
import zipfile

import pytest

from inspector_app.errors import SyncError
from inspector_app.progress import Cancelled
from inspector_app.sync import pipeline, zipstream
from inspector_app.sync.trust import self_device

from .helpers import introduce, workspace


@pytest.fixture
def pair(tmp_path, hq):
    laptop = workspace(tmp_path, "May 1")
    introduce(hq, laptop)
    _unit, _ = laptop.units.create("Ủy ban nhân dân phường Ngọc Hà", "commune")
    photo = tmp_path / "anh.jpg"
    photo.write_bytes(b"\xff\xd8" + bytes(range(256)) * 40 + b"\xff\xd9")
    _plan, _ = laptop.plans.create("12/KH-SNV", "Kiểm tra công vụ")
    yield hq, laptop
    laptop.close()


def _state(ws):
    return ws.state_dump(), len(ws.operations()), sorted(p.name for p in ws.media_dir.rglob("*") if p.is_file())


def _import_bad(hq, path, reason):
    before = _state(hq)
    report = hq.sync.import_file(path)
    assert report.status == "rejected", report.status
    assert report.reason == reason, (report.reason, report.message("en"))
    assert _state(hq) == before                                   # nothing changed
    assert not path.exists() and report.quarantined_to            # moved to quarantine/
    assert (hq.path / "quarantine").joinpath(report.quarantined_to).exists()
    return report


def _with_media(laptop, tmp_path):
    visit_unit = laptop.units.list()[0]["id"]
    from tests.helpers.factories import LEGAL, small_checklist
    laptop.checklists.import_legal(LEGAL)
    template, _ = laptop.checklists.import_data(small_checklist())
    visit, _ = laptop.visits.create(visit_unit, "surprise", "2026-11-20", [template])
    laptop.visits.start(visit, "2026-11-20T08:00:00+07:00")
    laptop.media.add_file(tmp_path / "anh.jpg", visit)


def _parts(data: bytes) -> dict[str, int]:
    """An offset inside each part of an unencrypted bundle."""
    z = zipfile.ZipFile(io.BytesIO(data))
    out = {}
    for info in z.infolist():
        start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
        key = info.filename.split("/")[0]
        out.setdefault(key, start + info.file_size // 2)
        if key == "manifest.json":                       # inside a value, so it still parses
            out[key] = start + z.read(info).index(b'"bundle_id":"') + 20
    out["central directory"] = z.start_dir + 20          # a CRC-32 in the central directory
    out["end record"] = len(data) - 12
    return out


@pytest.mark.parametrize(("part", "reason"), [
    ("manifest.json", "bundle_altered"), ("manifest.sig", "bundle_altered"), ("ops.jsonl", "bundle_altered"),
    ("media", "bundle_altered"), ("central directory", "bundle_damaged"), ("end record", "bundle_damaged")])
def test_one_byte_changed_in_each_part_of_a_signed_zip(pair, tmp_path, usb, part, reason):
    hq, laptop = pair
    _with_media(laptop, tmp_path)
    bundle = laptop.sync.export("findings", usb, encrypt=False)
    data = bytearray(bundle.path.read_bytes())
    data[_parts(bytes(data))[part]] ^= 0x01
    bundle.path.write_bytes(bytes(data))
    report = _import_bad(hq, bundle.path, reason)
    assert "Không có gì được nhập" in report.message("vi") or "Nothing" in report.message("en")


@pytest.mark.parametrize(("where", "reason"), [
    ("recipient line", "bundle_altered"), ("age header", "bundle_damaged"), ("payload", "bundle_damaged"),
    ("last byte", "bundle_damaged")])
def test_one_byte_changed_in_the_encrypted_envelope(pair, usb, where, reason):
    hq, laptop = pair
    bundle = laptop.sync.export("findings", usb)
    data = bytearray(bundle.path.read_bytes())
    line_end = data.index(b"\n") + 1
    mac = data.index(b"\n---") + 6
    offset = {"recipient line": line_end - 3, "age header": mac, "payload": (line_end + len(data)) // 2 + 40,
              "last byte": len(data) - 1}[where]
    if where == "recipient line":        # another hex digit: the line still reads, but says otherwise
        data[offset] = ord("0") if data[offset] != ord("0") else ord("1")
    else:
        data[offset] ^= 0x01
    bundle.path.write_bytes(bytes(data))
    _import_bad(hq, bundle.path, reason)


@pytest.mark.parametrize("encrypt", [True, False])
def test_a_truncated_bundle_is_damaged(pair, tmp_path, usb, encrypt):
    hq, laptop = pair
    _with_media(laptop, tmp_path)
    bundle = laptop.sync.export("findings", usb, encrypt=encrypt)
    data = bundle.path.read_bytes()
    bundle.path.write_bytes(data[: len(data) * 2 // 3])
    report = _import_bad(hq, bundle.path, "bundle_damaged")
    assert "chép chưa hết" in report.message("vi")


def test_a_bundle_for_another_workspace_is_not_addressed_to_it(pair, tmp_path, usb):
    hq, laptop = pair
    other = workspace(tmp_path, "May 2")
    try:
        bundle = laptop.sync.export("peer", usb, recipients=[self_device(other)])
        report = _import_bad(hq, bundle.path, "bundle_not_for_us")
        assert "không gửi cho máy này" in report.message("vi")
    finally:
        other.close()


def test_a_newer_format_version_is_refused(pair, usb):
    hq, laptop = pair
    bundle = laptop.sync.export("findings", usb)
    data = bundle.path.read_bytes().replace(b"inspector-bundle/1 ", b"inspector-bundle/7 ", 1)
    bundle.path.write_bytes(data)
    report = _import_bad(hq, bundle.path, "bundle_version")
    assert "phiên bản 7" in report.message("vi") and "cập nhật Inspector" in report.message("vi")


def _signed_zip(laptop, usb, extra_entries):
    """A zip with the laptop's own, correctly signed manifest, then `extra_entries`."""
    bundle = laptop.sync.export("findings", usb, encrypt=False)
    plain = zipfile.ZipFile(io.BytesIO(bundle.path.read_bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name in ("manifest.json", "manifest.sig"):
            z.writestr(name, plain.read(name))
        for info, content in extra_entries:
            z.writestr(info, content)
    bundle.path.write_bytes(out.getvalue())
    return bundle.path


def test_a_zip_that_ends_before_the_signature_is_damaged(pair, usb):
    """A whole zip holding only the manifest is refused as damaged, not as an unexpected error."""
    hq, laptop = pair
    bundle = laptop.sync.export("findings", usb, encrypt=False)
    plain = zipfile.ZipFile(io.BytesIO(bundle.path.read_bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("manifest.json", plain.read("manifest.json"))
    bundle.path.write_bytes(out.getvalue())
    _import_bad(hq, bundle.path, "bundle_damaged")


@pytest.mark.parametrize("name", ["../../evil.txt", "/etc/cron.d/evil", "media/../../evil", "C:\\evil.txt"])
def test_zip_slip_entries_are_refused_and_nothing_is_written(pair, usb, tmp_path, name):
    hq, laptop = pair
    path = _signed_zip(laptop, usb, [(zipfile.ZipInfo(name), b"owned")])
    _import_bad(hq, path, "bundle_unsafe")
    assert not any(p.name in ("evil.txt", "evil") for p in tmp_path.rglob("*"))


def test_links_and_duplicate_names_are_refused(pair, usb):
    hq, laptop = pair
    link = zipfile.ZipInfo("ops.jsonl")
    link.external_attr = 0o120777 << 16                      # a symbolic link
    path = _signed_zip(laptop, usb, [(link, b"/etc/passwd")])
    # The manifest lists ops.jsonl with another size and hash: refused before anything is read.
    assert hq.sync.import_file(path).status == "rejected"
    reader = zipstream.ZipReader(lambda n, s: _Null(), lambda n: 5)
    data = io.BytesIO()
    w = zipstream.ZipWriter(data.write)
    w.add("manifest.json", b"{}")
    w.add("manifest.json", b"{}")
    w.close()
    with pytest.raises(zipstream.ZipFormatError) as err:
        reader.feed(data.getvalue())
    assert err.value.unsafe and "duplicate" in str(err.value)


class _Null:
    def write(self, data):
        pass

    def close(self, crc):
        pass


def test_an_old_bundle_replayed_changes_nothing(pair, usb, tmp_path):
    hq, laptop = pair
    first = laptop.sync.export("findings", usb)
    old_copy = usb / "copy-of-old.bundle"
    old_copy.write_bytes(first.path.read_bytes())
    assert hq.sync.import_file(first.path).status == "accepted"
    laptop.units.update(laptop.units.list()[0]["id"], name="Ủy ban nhân dân phường Ngọc Hà (mới)")
    assert hq.sync.import_file(laptop.sync.export("findings", usb).path).new_ops == 1
    before = _state(hq)
    report = hq.sync.import_file(old_copy)
    assert report.status == "already_had" and _state(hq) == before
    assert old_copy.exists()                                 # a good file is left where it was


def test_an_export_interrupted_mid_write_leaves_no_complete_looking_file(pair, usb, monkeypatch, tmp_path):
    hq, laptop = pair
    _with_media(laptop, tmp_path)
    earlier = laptop.sync.export("findings", usb)
    earlier_bytes = earlier.path.read_bytes()
    history = laptop.sync.history("sent")
    calls = {"n": 0}
    real = pipeline._pwrite_all

    def failing(fd, view, offset):
        calls["n"] += 1
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pipeline, "_pwrite_all", failing)
    laptop.units.create("Ủy ban nhân dân xã Thêm", "commune")
    with pytest.raises(SyncError) as err:
        laptop.sync.export("findings", usb, full=True)
    assert err.value.code == "export_failed" and "không đủ chỗ trống" in err.value.message("vi")
    assert calls["n"] >= 1
    monkeypatch.setattr(pipeline, "_pwrite_all", real)
    assert sorted(p.name for p in usb.iterdir()) == [earlier.path.name]    # no partial, earlier intact
    assert earlier.path.read_bytes() == earlier_bytes
    assert laptop.sync.history("sent") == history                           # not recorded as done
    # A partial left by a killed process does not look like a bundle and is skipped.
    (usb / f".{earlier.path.name}.partial").write_bytes(earlier_bytes[:100])
    reports = hq.sync.import_paths([usb])
    assert [r.file for r in reports] == [earlier.path.name] and reports[0].status == "accepted"


def test_a_cancelled_export_leaves_nothing(pair, usb, tmp_path):
    _hq, laptop = pair
    _with_media(laptop, tmp_path)

    class Cancel:
        def report(self, done, total, text=""):
            pass

        def cancelled(self):
            return True

    with pytest.raises(Cancelled):
        laptop.sync.export("findings", usb, progress=Cancel())
    assert list(usb.iterdir()) == [] and laptop.sync.history("sent") == []


def test_an_operation_that_does_not_fit_the_schema_is_refused(pair, usb, monkeypatch):
    hq, laptop = pair
    from inspector_app.oplog import Operation
    from inspector_app.sync import export
    real = Operation.to_dict

    def bad(self):
        out = real(self)
        if out["entity"] == "plan":
            out["data"] = {**out["data"], "no_such_field": 1}
        return out

    monkeypatch.setattr(Operation, "to_dict", bad)
    bundle = export.export(laptop, "findings", usb)
    monkeypatch.setattr(Operation, "to_dict", real)
    report = _import_bad(hq, bundle.path, "bundle_invalid_ops")
    assert "no_such_field" in report.message("vi")
