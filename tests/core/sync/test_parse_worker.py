"""The import's parse helper (sync/parse_worker.py): a folder import that
parses large bundles in a helper process takes and refuses exactly what the
in-process parse does, with the same words, and carries on in process when
the helper dies. Here every bundle counts as large (SMALL = 0)."""

from __future__ import annotations

import hashlib
import json
import shutil

import pytest

from inspector_app.storage.bulk_ready import Ready
from inspector_app.sync import checks, parse_worker
from inspector_app.sync.trust import self_device

from .hostile import crafted, encode, op_line
from .test_hostile import HOSTILE, _state


@pytest.fixture
def helper(monkeypatch):
    """Every bundle parsed by the helper; the streams it gave are counted."""
    monkeypatch.setattr(parse_worker, "SMALL", 0)
    used = []
    real = parse_worker.Parser.operations

    def operations(self, path):
        stream = real(self, path)
        used.append(stream is not None)
        return stream

    monkeypatch.setattr(parse_worker.Parser, "operations", operations)
    return used


@pytest.mark.parametrize("what", list(HOSTILE))
def test_a_malformed_line_is_refused_with_the_same_words_when_the_helper_parses(pair, usb, tmp_path, monkeypatch,
                                                                               helper, what):
    hq, laptop = pair
    lines = [encode(op_line(laptop.device_id)), HOSTILE[what](laptop.device_id)]
    path = crafted(monkeypatch, laptop, hq, usb, lines)
    copy = shutil.copyfile(path, tmp_path / path.name)
    before = _state(hq)
    [by_helper] = hq.sync.import_paths([usb])
    assert helper == [True]
    in_process = hq.sync.import_file(copy)
    assert by_helper.status == in_process.status == "rejected"
    assert (by_helper.reason, by_helper.message("vi"), by_helper.message("en")) == \
        (in_process.reason, in_process.message("vi"), in_process.message("en"))
    assert _state(hq) == before


def test_a_folder_imports_with_the_helper_exactly_what_the_laptop_wrote(pair, usb, helper):
    """The log's rows (data and prev as texts) and the state are the
    laptop's own, also for texts the line carries as escapes."""
    hq, laptop = pair
    unit = laptop.units.create("Ủy ban nhân dân phường Ngọc Hà \u0007 \"Một cửa\" \\ đ", "commune")[0]
    laptop.units.update(unit, name="Ủy ban phường Ngọc Hà")
    for n in range(30):
        laptop.units.create(f"Đơn vị {n} \t{'x' * n}", "commune")
    laptop.sync.export("findings", usb, recipients=[self_device(hq)])
    [report] = hq.sync.import_paths([usb])
    assert report.status == "accepted", report.message("en")
    assert helper == [True]

    def log(ws):
        return ws.db.conn.execute("SELECT id, hlc, device_id, person_id, entity, row_id, data, prev FROM ops"
                                  " WHERE device_id = ? ORDER BY id", (laptop.device_id,)).fetchall()

    assert log(hq) == log(laptop) and len(log(hq)) >= 32
    assert hq.units.list() == laptop.units.list()


def test_a_bundle_left_early_does_not_disturb_the_next(pair, usb, monkeypatch, helper):
    """A bundle refused at its first operation (the sender's own, unsealed)
    leaves the helper mid-file: the next bundle of the folder is parsed afresh."""
    hq, laptop = pair
    lines = [encode(op_line(laptop.device_id)) for _ in range(3000)]
    crafted(monkeypatch, laptop, hq, usb, lines, seal=False).rename(usb / "a-first.bundle")
    laptop.units.create("Ủy ban nhân dân phường Kim Mã", "commune")
    laptop.sync.export("findings", usb, recipients=[self_device(hq)]).path.rename(usb / "b-second.bundle")
    reports = hq.sync.import_paths([usb])
    assert [(r.file, r.status, r.reason) for r in reports] == [
        ("a-first.bundle", "rejected", "bundle_invalid_ops"), ("b-second.bundle", "accepted", None)]
    assert helper == [True, True]
    assert [u["name"] for u in hq.units.list()] == ["Ủy ban nhân dân phường Kim Mã"]


class _Bundle:
    def __init__(self, path):
        self.ops_path = path
        self.parsing = None


def _each(items):
    """(operation, line, digest) for every operation of what `checks._operations`
    yields: a batch the helper prepared (storage/bulk_ready.py) gives its own."""
    for op, line, digest in items:
        if isinstance(op, Ready):
            for index, each in enumerate(op.operations()):
                yield each, None, op.digests[32 * index:32 * index + 32]
        else:
            yield op, line, digest


def test_the_helper_gives_each_line_s_operation_and_digest_and_its_death_loses_nothing(tmp_path, monkeypatch):
    device = "019a0000-0000-7000-8000-000000000001"
    lines = [encode(op_line(device, data={"text": f"Ghi nhận {n} \u0001 «{n}»", "kind": "note"}))
             for n in range(5000)]
    path = tmp_path / "ops.jsonl"
    path.write_bytes(b"".join(line + b"\n" for line in lines))
    expected = [(checks.parse("f", n + 1, line), hashlib.sha256(line).digest()) for n, line in enumerate(lines)]
    assert b"\\u0001" in lines[0]                          # an escape: the strings' encoding is checked

    def taken(ops):
        return [(op, digest or hashlib.sha256(line.rstrip(b"\n")).digest()) for op, line, digest in _each(ops)]

    monkeypatch.setattr(parse_worker, "SMALL", 0)
    with parse_worker.running():
        assert taken(checks._operations(_Bundle(path), "f")) == expected
        parser = parse_worker._CURRENT.get()
        stream = checks._operations(_Bundle(path), "f")
        first = [next(stream) for _ in range(3)]          # the first batches: 125, 250 and 500 operations
        parser._process.kill()                             # mid-file: the rest is parsed here
        rest = list(stream)
        assert taken(first + rest) == expected
        assert any(line is not None for _op, line, _digest in rest)
        assert any(isinstance(op, Ready) for op, _line, _digest in first)
    assert json.loads(lines[0])["data"]["text"] == expected[0][0].data["text"]


def test_a_file_asked_for_and_never_read_does_not_leak_into_the_next(tmp_path, monkeypatch):
    """The helper starts on a file when asked (checks.start_parsing, before the
    seals are read); a bundle refused before its operations leaves that stream
    unread: the next file's stream gives that file's operations, none of the first's."""
    device = "019a0000-0000-7000-8000-000000000001"
    paths = []
    for name in ("first", "second"):
        path = tmp_path / f"{name}.jsonl"
        path.write_bytes(b"".join(encode(op_line(device, data={"text": f"{name} {n}", "kind": "note"})) + b"\n"
                                  for n in range(3000)))
        paths.append(path)
    monkeypatch.setattr(parse_worker, "SMALL", 0)
    with parse_worker.running():
        first = _Bundle(paths[0])
        checks.start_parsing(first)
        assert first.parsing is not None
        second = list(_each(checks._operations(_Bundle(paths[1]), "f")))
    assert [op.data["text"] for op, _line, _digest in second] == [f"second {n}" for n in range(3000)]
    assert all(line is None for _op, line, _digest in second)          # all of them from the helper


def test_a_message_from_the_helper_that_cannot_be_read_ends_it_and_the_file_is_parsed_here(tmp_path, monkeypatch):
    """Whatever goes wrong reading the helper's output (here a length no
    message has), the import is never left waiting: it parses the rest itself."""
    device = "019a0000-0000-7000-8000-000000000001"
    lines = [encode(op_line(device, data={"text": f"Ghi nhận {n}", "kind": "note"})) for n in range(3000)]
    path = tmp_path / "ops.jsonl"
    path.write_bytes(b"".join(line + b"\n" for line in lines))
    real, calls = parse_worker._receive, []

    def receive(stream):
        calls.append(1)
        if len(calls) == 3:
            stream.read(8)
            raise OverflowError("cannot fit 'int' into an index-sized integer")
        return real(stream)

    monkeypatch.setattr(parse_worker, "SMALL", 0)
    monkeypatch.setattr(parse_worker, "_receive", receive)
    with parse_worker.running():
        taken = list(_each(checks._operations(_Bundle(path), "f")))
    assert [op.data["text"] for op, _line, _digest in taken] == [f"Ghi nhận {n}" for n in range(3000)]
    assert any(line is not None for _op, line, _digest in taken)      # the rest, parsed here
