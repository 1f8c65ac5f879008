"""The zip inside a bundle, written and read as a stream.

Only what bundles need, and strictly: every entry is stored (no
compression, so no zip bomb), names come from a short whitelist, sizes are
known before the data (from the entry header, or for media from the signed
manifest), so a bundle is checked while it is decrypted, in one pass with
bounded memory. The output is an ordinary zip (ZIP64 when large) that any
unzip tool opens; the reader refuses anything else: absolute paths, "..",
links, duplicate names, compressed or encrypted entries, too many or too
large entries, or a central directory that disagrees with the entries.
"""

from __future__ import annotations

import re
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass

LOCAL_SIG, CENTRAL_SIG, DD_SIG = 0x04034B50, 0x02014B50, 0x08074B50
EOCD_SIG, EOCD64_SIG, LOCATOR_SIG = 0x06054B50, 0x06064B50, 0x07064B50
LOCAL = struct.Struct("<IHHHHHIIIHH")
CENTRAL = struct.Struct("<IHHHHHHIIIHHHHHII")
EOCD = struct.Struct("<IHHHHIIH")
EOCD64 = struct.Struct("<IQHHIIQQQQ")
LOCATOR = struct.Struct("<IIQI")
DD32, DD64 = struct.Struct("<IIII"), struct.Struct("<IIQQ")
FLAG_DD, FLAG_UTF8 = 0x08, 0x800
LIMIT32 = 0xFFFFFFFF
DOS_DATE = (1 << 5) | 1          # 1980-01-01: bundles carry their time in the manifest
VERSION, VERSION64 = 20, 45
REGULAR_FILE = 0o100644 << 16

# What a bundle may hold; anything else is refused before a byte is written.
NAME = re.compile(r"^(manifest\.json|manifest\.sig|ops\.jsonl|seals\.jsonl|media/[0-9a-f]{2}/[0-9a-f]{64})$")
MAX_ENTRIES = 500_000
MAX_ENTRY = 64 << 30
MAX_SMALL = 64 << 20             # manifest, signature: read into memory


class ZipFormatError(Exception):
    """The zip is not what a bundle writer makes. `unsafe`: a dangerous entry."""

    def __init__(self, detail: str, unsafe: bool = False) -> None:
        super().__init__(detail)
        self.unsafe = unsafe


def _zip64_extra(*values: int) -> bytes:
    return struct.pack(f"<HH{len(values)}Q", 1, 8 * len(values), *values) if values else b""


@dataclass
class _Entry:
    name: bytes
    offset: int
    size: int = 0
    crc: int = 0
    flags: int = FLAG_UTF8


class ZipWriter:
    """Writes a stored-only zip through `write(bytes)`; no seeking needed."""

    def __init__(self, write: Callable[[bytes], object]) -> None:
        self._write = write
        self.offset = 0
        self._entries: list[_Entry] = []
        self._open: _Entry | None = None
        self._zip64 = False

    def _out(self, data) -> None:
        self._write(data)
        self.offset += len(data)

    def add(self, name: str, data: bytes) -> None:
        """A small entry whose bytes are all known: sizes and CRC in its header."""
        self.begin(name, len(data), zlib.crc32(data))
        self.data(data)
        self.end()

    def begin(self, name: str, size: int, crc: int | None = None) -> None:
        """Start an entry of `size` bytes; without `crc`, it follows the data."""
        assert self._open is None
        entry = _Entry(name.encode("utf-8"), self.offset, size, crc or 0)
        big = size >= LIMIT32
        if crc is None:
            entry.flags |= FLAG_DD
            sizes, extra = (0, 0), _zip64_extra(0, 0) if big else b""
        else:
            sizes = (LIMIT32, LIMIT32) if big else (size, size)
            extra = _zip64_extra(size, size) if big else b""
        self._out(LOCAL.pack(LOCAL_SIG, VERSION64 if big else VERSION, entry.flags, 0, 0, DOS_DATE,
                             entry.crc if crc is not None else 0, *sizes, len(entry.name), len(extra)))
        self._out(entry.name + extra)
        self._open = entry
        self._running = 0
        self._written = 0

    def data(self, chunk, crc_known: bool = False) -> None:
        """Entry bytes; `crc_known`: the caller gives the CRC-32 to `end()`."""
        entry = self._open
        assert entry is not None, "data() outside begin()/end()"
        if entry.flags & FLAG_DD and not crc_known:
            self._running = zlib.crc32(chunk, self._running)
        self._written += len(chunk)
        self._out(chunk)

    def end(self, crc: int | None = None) -> None:
        entry, self._open = self._open, None
        assert entry is not None, "end() without begin()"
        if self._written != entry.size:
            raise ValueError(f"{entry.name!r}: {self._written} bytes written, {entry.size} announced")
        if entry.flags & FLAG_DD:
            entry.crc = self._running if crc is None else crc
            if entry.size >= LIMIT32:
                self._out(DD64.pack(DD_SIG, entry.crc, entry.size, entry.size))
            else:
                self._out(DD32.pack(DD_SIG, entry.crc, entry.size, entry.size))
        self._entries.append(entry)

    def close(self) -> None:
        start = self.offset
        for e in self._entries:
            big = [v for v in (e.size, e.size, e.offset) if v >= LIMIT32]
            values = []
            if e.size >= LIMIT32:
                values += [e.size, e.size]
            if e.offset >= LIMIT32:
                values.append(e.offset)
            extra = _zip64_extra(*values)
            self._out(CENTRAL.pack(
                CENTRAL_SIG, (3 << 8) | VERSION64, VERSION64 if big else VERSION, e.flags, 0, 0, DOS_DATE,
                e.crc, min(e.size, LIMIT32), min(e.size, LIMIT32), len(e.name), len(extra), 0, 0, 0,
                REGULAR_FILE, min(e.offset, LIMIT32)))
            self._out(e.name + extra)
        size, count = self.offset - start, len(self._entries)
        if count >= 0xFFFF or start >= LIMIT32 or size >= LIMIT32:
            here = self.offset
            self._out(EOCD64.pack(EOCD64_SIG, EOCD64.size - 12, VERSION64, VERSION64, 0, 0, count, count,
                                  size, start))
            self._out(LOCATOR.pack(LOCATOR_SIG, 0, here, 1))
        self._out(EOCD.pack(EOCD_SIG, 0, 0, min(count, 0xFFFF), min(count, 0xFFFF), min(size, LIMIT32),
                            min(start, LIMIT32), 0))


class EntrySink:
    """What the reader hands an entry's bytes to. `close(crc)` gives the CRC-32
    the zip records for it, once known; the sink checks it (then or later)."""

    def write(self, data) -> None: ...

    def close(self, crc: int) -> None: ...


class ZipReader:
    """A push parser: `feed()` it the bytes of a zip as they come, then `finish()`.

    `open_entry(name, size)` is called for each entry and returns its sink;
    `size_of(name)` gives the size of an entry whose header defers it (media:
    from the signed manifest), None when the entry is not expected."""

    def __init__(self, open_entry: Callable[[str, int], EntrySink],
                 size_of: Callable[[str], int | None]) -> None:
        self._open_entry = open_entry
        self._size_of = size_of
        self._buf = bytearray()
        self._state = "local"
        self._entries: list[_Entry] = []
        self._names: set[str] = set()
        self._central: list[tuple] = []
        self.offset = 0              # bytes consumed
        self.done = False

    @property
    def entries(self) -> int:
        """Entries begun so far."""
        return len(self._entries)

    # -- feeding ------------------------------------------------------------------
    def feed(self, data) -> None:
        if self._state == "data" and not self._buf:
            data = memoryview(data)
            while data and self._state == "data":
                data = data[self._take_data(data):]
            if not data:
                return
        self._buf += data
        while self._step():
            pass

    def finish(self) -> None:
        if not self.done:
            raise ZipFormatError("the file ends before the end of the zip")

    # -- states -------------------------------------------------------------------
    def _need(self, n: int) -> bytes | None:
        if len(self._buf) < n:
            return None
        out = bytes(self._buf[:n])
        del self._buf[:n]
        self.offset += n
        return out

    def _take(self, n: int) -> bytes:
        """`n` bytes the caller has checked are buffered."""
        out = self._need(n)
        assert out is not None
        return out

    def _step(self) -> bool:
        if self._state == "data":
            if not self._buf:
                return False
            used = self._take_data(memoryview(self._buf))
            del self._buf[:used]
            return True
        if self._state == "trailing":
            if self._buf:
                raise ZipFormatError("bytes after the end of the zip")
            return False
        if len(self._buf) < 4:
            return False
        signature = struct.unpack_from("<I", self._buf)[0]
        if self._state == "local":
            if signature == LOCAL_SIG:
                return self._local()
            if signature == CENTRAL_SIG:
                self._state = "central"
                return True
            raise ZipFormatError(f"unexpected bytes at offset {self.offset}")
        if self._state == "dd":
            return self._descriptor()
        if self._state == "central":
            if signature == CENTRAL_SIG:
                return self._central_entry()
            self._check_central()
            self._state = "end"
            return True
        if self._state == "end":
            return self._end(signature)
        return False

    def _local(self) -> bool:
        if len(self._buf) < LOCAL.size:
            return False
        (_sig, _version, flags, method, _time, _date, crc, csize, usize, nlen,
         xlen) = LOCAL.unpack_from(self._buf)
        if len(self._buf) < LOCAL.size + nlen + xlen:
            return False
        start = self.offset
        self._take(LOCAL.size)
        raw_name, extra = self._take(nlen), self._take(xlen)
        name = _check_name(raw_name)
        if name in self._names:
            raise ZipFormatError(f"duplicate name {name}", unsafe=True)
        if len(self._entries) >= MAX_ENTRIES:
            raise ZipFormatError("too many entries", unsafe=True)
        if flags & ~(FLAG_DD | FLAG_UTF8):
            raise ZipFormatError(f"{name}: unsupported flags {flags:#x} (encrypted?)", unsafe=True)
        if method != 0:
            raise ZipFormatError(f"{name}: compressed entries are not accepted", unsafe=True)
        zip64 = _parse_zip64(extra)
        if flags & FLAG_DD:
            size = self._size_of(name)
            if size is None:
                raise ZipFormatError(f"{name}: an entry the manifest does not list")
            self._dd64 = zip64 is not None
        else:
            if zip64 is not None and usize == LIMIT32:
                usize, csize = zip64[0], zip64[1] if len(zip64) > 1 else zip64[0]
            if csize != usize:
                raise ZipFormatError(f"{name}: sizes disagree")
            size = usize
        if size > MAX_ENTRY or size < 0:
            raise ZipFormatError(f"{name}: entry too large", unsafe=True)
        self._names.add(name)
        entry = _Entry(raw_name, start, size, crc, flags)
        self._entries.append(entry)
        self._sink = self._open_entry(name, size)
        self._left = size
        self._crc = 0
        self._state = "data" if size else "closing"
        if not size:
            self._close_entry()
        return True

    def _take_data(self, data: memoryview) -> int:
        n = min(self._left, len(data))
        if n:
            self._sink.write(data[:n])
            self._left -= n
            self.offset += n
        if not self._left:
            self._close_entry()
        return n

    def _close_entry(self) -> None:
        entry = self._entries[-1]
        if entry.flags & FLAG_DD:
            self._state = "dd"
        else:
            self._state = "local"
            self._sink.close(entry.crc)

    def _descriptor(self) -> bool:
        layout = DD64 if self._dd64 else DD32
        raw = self._need(layout.size)
        if raw is None:
            return False
        sig, crc, csize, usize = layout.unpack(raw)
        entry = self._entries[-1]
        if sig != DD_SIG or csize != entry.size or usize != entry.size:
            raise ZipFormatError(f"{entry.name.decode()}: bad data descriptor")
        entry.crc = crc
        self._state = "local"
        self._sink.close(crc)
        return True

    def _central_entry(self) -> bool:
        if len(self._buf) < CENTRAL.size:
            return False
        fields = CENTRAL.unpack_from(self._buf)
        nlen, xlen, clen = fields[10], fields[11], fields[12]
        if len(self._buf) < CENTRAL.size + nlen + xlen + clen:
            return False
        self._take(CENTRAL.size)
        name, extra, _comment = self._take(nlen), self._take(xlen), self._take(clen)
        self._central.append((fields, name, extra))
        if len(self._central) > len(self._entries):
            raise ZipFormatError("the central directory lists more entries than the zip holds")
        return True

    def _check_central(self) -> None:
        if len(self._central) != len(self._entries):
            raise ZipFormatError("the central directory does not list every entry")
        for (fields, name, extra), entry in zip(self._central, self._entries):
            flags, method, crc, csize, usize, attr, offset = (fields[3], fields[4], fields[7], fields[8],
                                                              fields[9], fields[15], fields[16])
            kind = (attr >> 16) & 0o170000
            if kind not in (0, 0o100000):
                raise ZipFormatError(f"{name.decode(errors='replace')}: a link or special file", unsafe=True)
            zip64 = list(_parse_zip64(extra) or [])
            if usize == LIMIT32:
                usize = zip64.pop(0) if zip64 else -1
            if csize == LIMIT32:
                csize = zip64.pop(0) if zip64 else -1
            if offset == LIMIT32:
                offset = zip64.pop(0) if zip64 else -1
            if (name, flags, method, crc, csize, usize, offset) != (
                    entry.name, entry.flags, 0, entry.crc, entry.size, entry.size, entry.offset):
                raise ZipFormatError(f"the central directory disagrees about {name.decode(errors='replace')}")

    def _end(self, signature: int) -> bool:
        if signature == EOCD64_SIG:
            raw = self._need(EOCD64.size)
            if raw is None:
                return False
            values = EOCD64.unpack(raw)
            if values[6] != len(self._entries):
                raise ZipFormatError("the end record counts other entries")
            return True
        if signature == LOCATOR_SIG:
            return self._need(LOCATOR.size) is not None
        if signature != EOCD_SIG:
            raise ZipFormatError(f"unexpected bytes at offset {self.offset}")
        raw = self._need(EOCD.size)
        if raw is None:
            return False
        values = EOCD.unpack(raw)
        count = values[4]
        if values[7] or (count != 0xFFFF and count != len(self._entries)):
            raise ZipFormatError("the end record disagrees with the entries")
        self._state = "trailing"
        self.done = True
        return True


def _check_name(raw: bytes) -> str:
    try:
        name = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ZipFormatError("a name that is not UTF-8", unsafe=True) from None
    if (name.startswith(("/", "\\")) or ".." in name.split("/") or "\\" in name or ":" in name
            or "\x00" in name):
        raise ZipFormatError(f"unsafe path {name!r}", unsafe=True)
    if not NAME.match(name):
        raise ZipFormatError(f"unexpected entry {name!r}", unsafe=True)
    return name


def _parse_zip64(extra: bytes) -> list[int] | None:
    at = 0
    while at + 4 <= len(extra):
        tag, size = struct.unpack_from("<HH", extra, at)
        if tag == 1:
            body = extra[at + 4:at + 4 + size]
            return [v for (v,) in struct.iter_unpack("<Q", body[:len(body) // 8 * 8])]
        at += 4 + size
    return None
