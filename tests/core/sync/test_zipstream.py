"""The bundle's zip: an ordinary zip for any tool, read strictly by Inspector."""

from __future__ import annotations

import io
import os
import struct
import zipfile
import zlib

import pytest

from inspector_app.sync import zipstream


class Collect:
    def __init__(self, name, got):
        self.name, self.got, self.data = name, got, bytearray()

    def write(self, data):
        self.data += data

    def close(self, crc):
        assert zlib.crc32(self.data) == crc
        self.got[self.name] = bytes(self.data)


def _bundle(media: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    w = zipstream.ZipWriter(out.write)
    w.add("manifest.json", b'{"format": "inspector-bundle"}')
    w.add("manifest.sig", b"\x01" * 64)
    for name, data in media.items():
        w.begin(name, len(data))
        for at in range(0, len(data), 1000):
            w.data(data[at:at + 1000])
        w.end()
    w.close()
    return out.getvalue()


def _media(n=3):
    out = {}
    for i in range(n):
        data = os.urandom(2500 + i)
        import hashlib
        sha = hashlib.sha256(data).hexdigest()
        out[f"media/{sha[:2]}/{sha}"] = data
    return out


def test_any_zip_tool_reads_a_bundle_zip_and_so_does_the_stream_reader():
    media = _media()
    data = _bundle(media)
    z = zipfile.ZipFile(io.BytesIO(data))
    assert z.testzip() is None
    assert {n: z.read(n) for n in media} == media
    got = {}
    reader = zipstream.ZipReader(lambda n, s: Collect(n, got), lambda n: len(media[n]) if n in media else None)
    for at in range(0, len(data), 777):                      # fed in odd pieces, as decryption gives them
        reader.feed(data[at:at + 777])
    reader.finish()
    assert {n: got[n] for n in media} == media


@pytest.mark.parametrize("case", ["compressed", "encrypted flag", "trailing bytes", "central directory",
                                  "unlisted entry", "truncated"])
def test_the_reader_refuses_what_a_bundle_writer_never_makes(case):
    media = _media(1)
    next(iter(media))
    data = bytearray(_bundle(media))
    size_of = lambda n: len(media[n]) if n in media else None  # noqa: E731
    if case == "compressed":
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("manifest.json", b"{}" * 100)
        data = bytearray(out.getvalue())
    elif case == "encrypted flag":
        struct.pack_into("<H", data, 6, 1)
    elif case == "trailing bytes":
        data += b"junk"
    elif case == "central directory":
        start = bytes(data).rindex(struct.pack("<I", zipstream.CENTRAL_SIG))
        data[start + 16] ^= 1                                # a CRC-32 that disagrees
    elif case == "unlisted entry":
        size_of = lambda n: None  # noqa: E731
    else:
        data = data[: len(data) - 30]
    reader = zipstream.ZipReader(lambda n, s: Collect(n, {}), size_of)
    with pytest.raises((zipstream.ZipFormatError, AssertionError)):
        reader.feed(bytes(data))
        reader.finish()


def test_zip64_is_written_when_offsets_pass_4_gib(monkeypatch):
    """The ZIP64 records, checked with Python's zipfile on a small zip by
    pretending the earlier entries took 4 GiB."""
    out = io.BytesIO()
    w = zipstream.ZipWriter(out.write)
    w.add("manifest.json", b"{}")
    w.offset += 5 << 30                     # as if 5 GiB had been written before the next entry
    media = _media(1)
    name, data = next(iter(media.items()))
    start = w.offset
    w.begin(name, len(data))
    w.data(data)
    w.end()
    w.close()
    raw = out.getvalue()
    eocd64 = raw.index(struct.pack("<I", zipstream.EOCD64_SIG))
    assert struct.unpack_from("<Q", raw, eocd64 + 24)[0] == 2          # entries
    central = raw.index(struct.pack("<I", zipstream.CENTRAL_SIG), raw.index(name.encode()) + 1)
    second = raw.index(struct.pack("<I", zipstream.CENTRAL_SIG), central + 1)
    assert struct.unpack_from("<I", raw, second + 42)[0] == zipstream.LIMIT32   # offset in the ZIP64 extra
    assert start in zipstream._parse_zip64(raw[second + 46 + len(name):second + 46 + len(name) + 12])
