"""A trusted but hostile laptop: clocks, malformed content, media, unknown senders.

Every bundle here is made with the project's own export code (hostile.py);
each test fails on the importer before issue 10."""

from __future__ import annotations

import json

import pytest

from inspector_app import hlc
from inspector_app.cli import main
from inspector_app.hlc import Clock

from .helpers import introduce, workspace
from .hostile import crafted, encode, op_line

DAY = 24 * 3600 * 1000


def _state(ws):
    return ws.state_dump(), len(ws.operations()), sorted(p.name for p in ws.media_dir.rglob("*") if p.is_file())


def _english_or_internal(text: str) -> bool:
    return any(word in text for word in ("Error", "Traceback", "Exception", "/", "\\", "ops.jsonl", "None"))


# -- point 6: clocks -------------------------------------------------------------------------
def test_an_operation_dated_days_ahead_is_held_and_never_moves_the_clock(pair, usb, monkeypatch):
    hq, laptop = pair
    ahead = hlc.pack(hlc.wall_millis() + 3 * DAY + 5 * 3600 * 1000)
    path = crafted(monkeypatch, laptop, hq, usb, [encode(op_line(laptop.device_id)),
                                                   encode(op_line(laptop.device_id, hlc=ahead))])
    before, clock = _state(hq), hq.writer.clock.last
    report = hq.sync.import_file(path)
    assert report.status == "held" and report.reason == "bundle_clock_ahead"
    message = report.message("vi")
    assert "đồng hồ của máy gửi đang chạy sai" in message and "3 ngày 5 giờ" in message, message
    assert _state(hq) == before and hq.writer.clock.last == clock and hq.writer.clock.last < ahead
    assert path.exists() and not list((hq.path / "quarantine").glob("*"))   # kept where it is, not refused
    hq.units.create("Ủy ban nhân dân xã Mới", "commune")
    assert hlc.millis(hq.operations()[-1].hlc) < hlc.millis(ahead) - DAY   # local writes keep the real time


@pytest.mark.parametrize("stamp", [(1 << 63) - 1, 1 << 64, 1 << 62])
def test_a_clock_beyond_the_range_is_malformed_and_local_writes_still_work(pair, usb, monkeypatch, stamp):
    hq, laptop = pair
    path = crafted(monkeypatch, laptop, hq, usb, [encode(op_line(laptop.device_id, hlc=stamp))])
    before = _state(hq)
    report = hq.sync.import_file(path)
    assert report.status == "rejected" and report.reason == "bundle_invalid_ops", report.message("en")
    assert report.quarantined_to and _state(hq) == before
    assert "dòng 1" in report.message("vi")
    hq.units.create("Ủy ban nhân dân xã Mới", "commune")                  # no OverflowError


def test_a_workspace_already_holding_a_huge_stamp_still_writes():
    clock = Clock((1 << 63) - 1)
    stamp = clock.now()
    assert 0 < stamp < hlc.LIMIT
    clock.observe(1 << 64)                                    # ignored, not a stamp
    assert stamp < clock.now() < hlc.LIMIT


def test_a_laptop_far_behind_hq_is_told_so(tmp_path, hq, usb):
    laptop = workspace(tmp_path, "May 1")
    try:
        introduce(hq, laptop)
        hq.units.create("Ủy ban nhân dân phường Ba Đình", "commune")
        real = laptop.writer.clock
        laptop.writer.clock = Clock(real.last, wall=lambda: hlc.wall_millis() - 2 * DAY)
        dist = hq.sync.export("distribution", usb, recipients=[{"id": laptop.device_id, "name": "May 1",
                                                                 "encrypt_public": laptop.keys.encrypt_public}])
        report = laptop.sync.import_file(dist.path)
        assert report.status == "held" and report.reason == "bundle_clock_behind"
        assert "Đồng hồ của máy này chậm hơn đồng hồ của trụ sở" in report.message("vi")
        assert "2 ngày" in report.message("vi")
        assert laptop.units.list() == []
        laptop.writer.clock = Clock(real.last, wall=lambda: hlc.wall_millis() - 2 * 3600 * 1000)
        report = laptop.sync.import_file(dist.path)
        assert report.status == "accepted"
        assert [w.code for w in report.warnings] == ["clock_behind"]
        assert "chậm hơn đồng hồ của Tru so khoảng 2 giờ" in report.warnings[0].message("vi")
    finally:
        laptop.close()


# -- point 7: hostile content ----------------------------------------------------------------
def _deep(device_id):
    return encode(op_line(device_id))[:-1] + b', "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"


HOSTILE = {
    "nested 100,000 deep": _deep,
    "nested inside a value": lambda d: encode(op_line(d, entity="observation",
                                                     data={"value": json.loads("[" * 50 + "]" * 50)})),
    "invalid UTF-8": lambda d: encode(op_line(d)).replace("Niêm".encode(), b"Ni\xff\xfem"),
    "an object for a row id": lambda d: encode(op_line(d, row_id={"a": 1})),
    "an object for a text": lambda d: encode(op_line(d, data={"text": {"a": 1}})),
    "an object for the person": lambda d: encode(op_line(d, person_id={"a": 1})),
    "a list for the data": lambda d: encode(op_line(d, data=[1, 2])),
    "an unknown entity": lambda d: encode(op_line(d, entity="sqlite_master")),
    "an unknown field": lambda d: encode(op_line(d, data={"_clocks": "{}"})),
    "an unknown field in prev": lambda d: encode(op_line(d, prev={"id": "x"})),
    "a lone surrogate": lambda d: encode(op_line(d))[:-1] + b', "data": {"text": "\\ud800"}}',
    "an integer beyond 64 bits": lambda d: encode(op_line(d, entity="checklist_item", data={"position": 1 << 70})),
    "not a number": lambda d: encode(op_line(d, entity="checklist_item", data={"points": 0})).replace(
        b'"points": 0', b'"points": NaN'),
    "a clock of 2^64": lambda d: encode(op_line(d, hlc=1 << 64)),
    "a boolean clock": lambda d: encode(op_line(d, hlc=True)),
    "not JSON": lambda d: b"{\"id\": ",
    "a line of 5 MB": lambda d: encode(op_line(d, data={"text": "a" * (5 << 20)})),
}


@pytest.mark.parametrize("what", list(HOSTILE))
def test_malformed_operations_are_refused_in_vietnamese_and_quarantined(pair, usb, monkeypatch, what):
    hq, laptop = pair
    lines = [encode(op_line(laptop.device_id)), HOSTILE[what](laptop.device_id)]
    path = crafted(monkeypatch, laptop, hq, usb, lines)
    before = _state(hq)
    report = hq.sync.import_file(path)
    assert report.status == "rejected" and report.reason == "bundle_invalid_ops", (report.status, report.reason)
    assert _state(hq) == before and not path.exists() and report.quarantined_to
    message = report.message("vi")
    assert "dòng 2" in message and not _english_or_internal(message), message
    note = (hq.path / "quarantine").joinpath(report.quarantined_to + ".txt").read_text(encoding="utf-8")
    assert message in note


def test_a_bad_file_never_stops_a_folder_import(pair, usb, monkeypatch):
    hq, laptop = pair
    bad = crafted(monkeypatch, laptop, hq, usb, [_deep(laptop.device_id)])
    bad.rename(usb / "a-first.bundle")
    laptop.units.create("Ủy ban nhân dân phường Ngọc Hà", "commune")
    good = laptop.sync.export("findings", usb, recipients=[{"id": hq.device_id, "name": "Tru so",
                                                             "encrypt_public": hq.keys.encrypt_public}])
    good.path.rename(usb / "b-second.bundle")
    reports = hq.sync.import_paths([usb])
    assert [(r.file, r.status) for r in reports] == [("a-first.bundle", "rejected"), ("b-second.bundle", "accepted")]
    assert [u["name"] for u in hq.units.list()] == ["Ủy ban nhân dân phường Ngọc Hà"]


def test_a_bundle_refused_after_some_of_its_operations_were_applied_leaves_nothing_in_a_folder_import(
        pair, usb, monkeypatch):
    """A folder is imported in one transaction per group of bundles: each
    bundle is a savepoint, so the one refused at its second line (its first
    already applied: slices of one) takes back its own writes only."""
    hq, laptop = pair
    monkeypatch.setattr("inspector_app.sync.importer.SLICE", 1)
    first = laptop.units.create("Ủy ban nhân dân phường Ngọc Hà", "commune")[0]
    to_hq = [{"id": hq.device_id, "name": "Tru so", "encrypt_public": hq.keys.encrypt_public}]
    laptop.sync.export("findings", usb, recipients=to_hq).path.rename(usb / "a-first.bundle")
    applied_then_refused = op_line(laptop.device_id)
    bad = crafted(monkeypatch, laptop, hq, usb, [encode(applied_then_refused), _deep(laptop.device_id)])
    bad.rename(usb / "b-second.bundle")
    last = laptop.units.create("Ủy ban nhân dân phường Kim Mã", "commune")[0]
    laptop.sync.export("findings", usb, recipients=to_hq).path.rename(usb / "c-third.bundle")
    reports = hq.sync.import_paths([usb])
    assert [(r.file, r.status) for r in reports] == [("a-first.bundle", "accepted"), ("b-second.bundle", "rejected"),
                                                      ("c-third.bundle", "accepted")]
    assert {u["id"] for u in hq.units.list()} == {first, last}
    assert applied_then_refused["id"] not in {op.id for op in hq.operations()}
    assert applied_then_refused["row_id"] not in json.dumps(hq.state_dump(), ensure_ascii=False)


def test_media_no_operation_refers_to_are_not_stored(pair, usb, monkeypatch, tmp_path):
    hq, laptop = pair
    stray = tmp_path / "stray.bin"
    stray.write_bytes(b"not referenced " * 1000)
    path = crafted(monkeypatch, laptop, hq, usb, [encode(op_line(laptop.device_id))], blobs=[stray])
    report = hq.sync.import_file(path)
    assert report.status == "accepted" and report.new_ops == 1
    assert report.new_media == 0
    assert not [p for p in hq.media_dir.rglob("*") if p.is_file()]


def test_an_unknown_sender_is_held_after_its_manifest_only(tmp_path, hq, usb, monkeypatch):
    stranger = workspace(tmp_path, "La")
    try:
        blob = tmp_path / "photo.bin"
        blob.write_bytes(b"\xff\xd8" + bytes(range(256)) * 1000)          # several age chunks
        path = crafted(monkeypatch, stranger, hq, usb, [encode(op_line(stranger.device_id))], blobs=[blob])
        data = bytearray(path.read_bytes())
        data[-200] ^= 1                       # the payload is damaged: only reading it would tell
        path.write_bytes(bytes(data))
        monkeypatch.setattr("inspector_app.sync.importer.HELD_COPY", 100)
        report = hq.sync.import_file(path)
        assert report.status == "held" and report.reason == "bundle_unknown_device"
        assert path.exists()
        held = hq.sync.held()
        assert len(held) == 1 and held[0]["path"] == str(path.resolve())       # too large to copy
        assert not (hq.path / "inbox" / "held").exists() or not any((hq.path / "inbox" / "held").iterdir())
    finally:
        stranger.close()


# -- point 8: bundle verify ------------------------------------------------------------------
def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_bundle_verify_accepts_a_genuine_bundle_with_operations_and_media(tmp_path, usb, capsys):
    from tests.helpers.factories import LEGAL, small_checklist
    hq, laptop = workspace(tmp_path, "Tru so 2", "hq"), workspace(tmp_path, "May 2")
    introduce(hq, laptop)
    unit, _ = laptop.units.create("Ủy ban nhân dân phường Ngọc Hà", "commune")
    laptop.checklists.import_legal(LEGAL)
    template, _ = laptop.checklists.import_data(small_checklist())
    visit, _ = laptop.visits.create(unit, "surprise", "2026-11-20", [template])
    photo = tmp_path / "anh.jpg"
    photo.write_bytes(b"\xff\xd8" + bytes(range(256)) * 40 + b"\xff\xd9")
    laptop.media.add_file(photo, visit)
    bundle = laptop.sync.export("findings", usb, recipients=[{"id": hq.device_id, "name": "Tru so",
                                                               "encrypt_public": hq.keys.encrypt_public}])
    before = _state(hq)
    hq_path = hq.path
    hq.close()
    laptop.close()
    code, out, err = run(capsys, "bundle", "verify", "--workspace", str(hq_path), str(bundle.path))
    assert code == 0 and "Gói hợp lệ" in out and "đã tin cậy" in out, (out, err)
    assert bundle.path.exists()
    from inspector_app.workspace import Workspace
    with Workspace.open(hq_path) as again:
        assert _state(again) == before
        assert again.sync.import_file(bundle.path).status == "accepted"


def test_bundle_verify_refuses_what_the_import_refuses(pair, usb, monkeypatch):
    hq, laptop = pair
    path = crafted(monkeypatch, laptop, hq, usb, [encode(op_line(laptop.device_id, data={"text": {"a": 1}}))])
    report = hq.sync.verify(path)
    assert report.status == "rejected" and report.reason == "bundle_invalid_ops"
    assert path.exists() and not report.quarantined_to                   # verify moves nothing
    assert hq.sync.import_file(path).status == "rejected"
    ahead = crafted(monkeypatch, laptop, hq, usb, [encode(op_line(laptop.device_id,
                                                                  hlc=hlc.pack(hlc.wall_millis() + 2 * DAY)))])
    report = hq.sync.verify(ahead)
    assert report.status == "held" and "đồng hồ của máy gửi" in report.message("vi")
    laptop.units.create("Ủy ban nhân dân phường Ngọc Hà", "commune")
    good = laptop.sync.export("findings", usb, recipients=[{"id": hq.device_id, "name": "Tru so",
                                                             "encrypt_public": hq.keys.encrypt_public}])
    before = _state(hq)
    assert hq.sync.verify(good.path).status == "accepted" and _state(hq) == before


def test_a_null_tombstone_is_refused_as_invalid_not_an_unexpected_failure(pair, usb, monkeypatch):
    hq, laptop = pair
    op = op_line(laptop.device_id, entity="checklist_item", data={"deleted": None})
    before = _state(hq)
    report = hq.sync.import_file(crafted(monkeypatch, laptop, hq, usb, [encode(op)]))
    assert report.status == "rejected" and report.reason == "bundle_invalid_ops"
    assert "deleted" in report.message("vi") and report.quarantined_to
    assert _state(hq) == before
