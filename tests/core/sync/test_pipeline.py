"""The export's file writer and blob reader: what is written is read back from
the device and compared, with or without O_DIRECT; blobs come out whole."""

from __future__ import annotations

import hashlib
import mmap
import random
import sys
import zlib

import pytest

from inspector_app.errors import SyncError
from inspector_app.sync import envelope, pipeline, staging
from inspector_app.sync.trust import self_device

from .test_safety import _with_media, pair  # noqa: F401 - the fixture


def _pieces(data: bytes, rng: random.Random):
    at = 0
    while at < len(data):
        n = rng.choice([1, 232, 4095, 65552, 65552, 65552, 3 << 20])
        yield data[at:at + n]
        at += n


@pytest.mark.parametrize("direct", [True, False], ids=["o_direct", "page_cache"])
@pytest.mark.parametrize("size", [0, 100, pipeline.WINDOW, 2 * pipeline.WINDOW + 4096 * 3 + 17])
def test_the_file_written_is_exactly_the_bytes_given(tmp_path, direct, size):
    rng = random.Random(size)
    data = rng.randbytes(size)
    out = pipeline.VerifiedFile(tmp_path / "f.partial", direct=direct)
    for piece in _pieces(data, rng):
        out.write(piece)
    out.close()
    assert out.size == size and (tmp_path / "f.partial").read_bytes() == data


@pytest.mark.parametrize("direct", [True, False], ids=["o_direct", "page_cache"])
def test_a_file_many_times_the_windows_reuses_them_all_and_is_exact(tmp_path, monkeypatch, direct):
    """READY windows are made by the caller, the others by the writer thread:
    every one of them carries data, each several times over."""
    monkeypatch.setattr(pipeline, "WINDOW", 64 << 10)
    made = []
    real = pipeline._aligned

    def counted(size, populate=False):
        buffer = real(size, populate)
        made.append(size)
        return buffer

    monkeypatch.setattr(pipeline, "_aligned", counted)
    rng = random.Random(9)
    data = rng.randbytes(pipeline.WINDOWS * pipeline.WINDOW * 5 + 4096 + 3)
    out = pipeline.VerifiedFile(tmp_path / "f.partial", direct=direct)
    for piece in _pieces(data, rng):
        out.write(piece)
    out.close()
    assert made.count(pipeline.WINDOW) == pipeline.WINDOWS > pipeline.READY
    assert (tmp_path / "f.partial").read_bytes() == data


def _flipping_one_byte(monkeypatch, at: int):
    """The device stores one byte wrong (a failing USB stick): the write
    covering file offset `at` lands with that byte changed."""
    real = pipeline._pwrite_all
    hits = []

    def faulty(fd, view, offset):
        if offset <= at < offset + len(view):
            wrong = mmap.mmap(-1, max(len(view), 1))        # aligned, so O_DIRECT still takes it
            wrong[:len(view)] = view
            wrong[at - offset] ^= 0x01
            hits.append(offset)
            view = memoryview(wrong)[:len(view)]
        real(fd, view, offset)

    monkeypatch.setattr(pipeline, "_pwrite_all", faulty)
    return hits


@pytest.mark.parametrize("direct", [True, False], ids=["o_direct", "page_cache"])
@pytest.mark.parametrize("at", [5, pipeline.WINDOW + 3, 2 * pipeline.WINDOW + 10])
def test_a_byte_stored_wrong_is_caught_when_read_back(tmp_path, monkeypatch, direct, at):
    hits = _flipping_one_byte(monkeypatch, at)
    data = random.Random(at).randbytes(2 * pipeline.WINDOW + 100)
    out = pipeline.VerifiedFile(tmp_path / "f.partial", direct=direct)
    with pytest.raises(OSError, match="read back"):
        try:
            for piece in _pieces(data, random.Random(1)):
                out.write(piece)                             # may see the fault already
        except OSError:
            out.abort()
            raise
        out.close()
    assert hits                                              # the fault happened, and was seen


def test_an_export_to_a_stick_that_stores_a_byte_wrong_fails_and_leaves_nothing(pair, usb, monkeypatch,  # noqa: F811
                                                                                 tmp_path):
    _hq, laptop = pair
    _with_media(laptop, tmp_path)
    hits = _flipping_one_byte(monkeypatch, 300)
    with pytest.raises(SyncError) as err:
        laptop.sync.export("findings", usb)
    assert hits and err.value.code == "export_failed"
    assert list(usb.iterdir()) == [] and laptop.sync.history("sent") == []


def test_an_import_stages_media_past_the_page_cache_and_the_files_it_reads_back_through_it(pair, usb,  # noqa: F811
                                                                                            monkeypatch, tmp_path):
    """ops.jsonl and seals.jsonl are read back at once (the parse helper, the
    seals): written through the page cache, not with O_DIRECT like a photo."""
    hq, laptop = pair
    _with_media(laptop, tmp_path)
    laptop.sync.export("findings", usb, recipients=[self_device(hq)])
    direct = []
    real = staging._open_direct

    def opened(path, flags):
        direct.append(path.name)
        return real(path, flags)

    monkeypatch.setattr(staging, "_open_direct", opened)
    [report] = hq.sync.import_paths([usb])
    assert report.status == "accepted" and report.new_media == 1
    assert len(direct) == 1 and direct[0] not in ("ops.jsonl", "seals.jsonl")


def test_the_prefetcher_yields_every_file_whole_then_its_hashes(tmp_path):
    rng = random.Random(3)
    files = []
    for i, size in enumerate([0, 1, pipeline.CHUNK, pipeline.CHUNK * 2 + 5, 1000]):
        path = tmp_path / f"b{i}"
        path.write_bytes(rng.randbytes(size))
        files.append((path, size))
    prefetch = pipeline.Prefetcher(files)
    chunks = prefetch.chunks()
    try:
        for path, _size in files:
            got = bytearray()
            while not isinstance(item := next(chunks), tuple):
                got += item                                  # a chunk is valid until the next is asked for
            expected = path.read_bytes()
            assert bytes(got) == expected
            assert item == (hashlib.sha256(expected).hexdigest(), zlib.crc32(expected))
    finally:
        prefetch.close()


def test_the_export_encrypts_with_short_gil_handoffs_and_sets_the_interval_back(pair, usb, monkeypatch,  # noqa: F811
                                                                               tmp_path):
    """pyrage holds the GIL while it encrypts: the helpers (blob reader and
    hasher, writer, checker) get it back within HANDOFF, not the default
    5 ms, and the interpreter's interval is the caller's again after."""
    _hq, laptop = pair
    _with_media(laptop, tmp_path)
    seen = []
    real = envelope.encrypt

    def watched(chunks, writer, recipients):
        seen.append(sys.getswitchinterval())
        real(chunks, writer, recipients)

    monkeypatch.setattr(envelope, "encrypt", watched)
    before = sys.getswitchinterval()
    assert before > pipeline.HANDOFF
    laptop.sync.export("findings", usb)
    assert seen == [pytest.approx(pipeline.HANDOFF)]
    assert sys.getswitchinterval() == before


def test_overlapping_exports_give_back_the_interval_found_before_the_first():
    before = sys.getswitchinterval()
    first, second = pipeline.quick_handoffs(), pipeline.quick_handoffs()
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)                         # the first ends while the second runs
    assert sys.getswitchinterval() == pytest.approx(pipeline.HANDOFF)
    second.__exit__(None, None, None)
    assert sys.getswitchinterval() == before


def test_a_prefetcher_closed_early_stops(tmp_path):
    path = tmp_path / "big"
    path.write_bytes(bytes(pipeline.CHUNK * (pipeline.CHUNKS + 3)))
    prefetch = pipeline.Prefetcher([(path, pipeline.CHUNK * (pipeline.CHUNKS + 3))])
    next(prefetch.chunks())
    prefetch.close()                                         # returns: the reader thread has ended
    assert not prefetch._thread.is_alive()


@pytest.mark.parametrize("size", [0, 5, pipeline.ALIGN * 3, 2 * pipeline.CHUNK + pipeline.ALIGN * 3 + 5])
def test_a_staged_blob_is_written_whole_and_checked_against_its_name(tmp_path, size):
    rng = random.Random(size)
    data = rng.randbytes(size)
    stager = staging.Stager()
    blob = staging.StagedBlob(stager, tmp_path / "staged", hashlib.sha256(data).hexdigest(), size)
    for piece in _pieces(data, rng):
        blob.write(memoryview(piece))
    blob.close(zlib.crc32(data))
    stager.join()
    assert (tmp_path / "staged").read_bytes() == data


def test_a_staged_blob_that_is_not_what_its_name_says_is_refused(tmp_path):
    data = random.Random(1).randbytes(pipeline.CHUNK + 7)
    stager = staging.Stager()
    blob = staging.StagedBlob(stager, tmp_path / "staged", hashlib.sha256(b"other").hexdigest(), len(data))
    blob.write(data)
    blob.close(zlib.crc32(data))
    with pytest.raises(staging.BlobMismatch):
        stager.join()
    stager.abort()


def test_a_blob_that_changed_size_since_it_was_listed_is_read_for_the_size_listed(tmp_path):
    short, grown = tmp_path / "short", tmp_path / "grown"
    short.write_bytes(b"x" * 10)
    grown.write_bytes(b"y" * 30)
    prefetch = pipeline.Prefetcher([(short, 20), (grown, 20)])
    try:
        items = []
        for item in prefetch.chunks():
            items.append(item if isinstance(item, tuple) else bytes(item))
            if len([i for i in items if isinstance(i, tuple)]) == 2:
                break
    finally:
        prefetch.close()
    assert items == [b"x" * 10, (hashlib.sha256(b"x" * 10).hexdigest(), zlib.crc32(b"x" * 10)),
                     b"y" * 20, (hashlib.sha256(b"y" * 20).hexdigest(), zlib.crc32(b"y" * 20))]
