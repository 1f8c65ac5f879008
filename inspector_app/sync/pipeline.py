"""Helper threads that overlap disk work with encryption (two cores).

A bundle is hashed, zipped, encrypted, written and read back in one
streaming pass. pyrage (1.4) keeps the GIL while it encrypts or decrypts
and gives it up only when made to, between its read/write callbacks, so a
helper thread that needs the GIL waits for it: the helpers here get few,
large pieces of work that release the GIL (8 MiB reads and their hashing,
16 MiB O_DIRECT writes and reads) and little Python between them, and the
export runs them under `quick_handoffs()`, so each wait is short. Buffers
are allocated once and reused: a fresh 16 MiB buffer costs thousands of
page faults, more than the copy it holds. Memory stays bounded (a few
window and chunk buffers) whatever the size of the media.

The CRC-32 a zip entry records is ISA-L's (`isal`), with carry-less
multiplication: 0.02 s per GB here against zlib's 0.28-0.40 s, the same
value; it was a fifth of the blob reader's CPU. SHA-256 (OpenSSL, 0.62 s
per GB) is what is left of it.

This module holds the shared pieces and the export side (the verified
file, the blob prefetcher); the import side, staging incoming blobs, is in
`staging.py`.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import mmap
import os
import queue
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

from isal.isal_zlib import crc32

CHUNK = 8 << 20          # blob reads
CHUNKS = 3               # blob read buffers in use at once (the import's stager)
AHEAD = 6                # the export's blob read buffers: how far reading and hashing may run ahead
WINDOW = 16 << 20        # the unit written, read back and compared
WINDOWS = 8              # window buffers: how far encrypting may run ahead of the device
READY = 2                # windows made before the first write; the writer thread makes the others
ALIGN = 4096             # O_DIRECT offsets, sizes and buffers
HANDOFF = 0.0005         # seconds a helper thread waits for the GIL pyrage holds (see quick_handoffs)
_END = object()


_handoffs = threading.Lock()
_handoff_users = 0
_interval_before = 0.0


@contextlib.contextmanager
def quick_handoffs():
    """Run the block with a short GIL switch interval (`HANDOFF`).

    pyrage keeps the GIL while it encrypts and never gives it up of its
    own accord; a helper thread coming back from a read, a hash or a write
    (all of which let the GIL go) waits the switch interval, 5 ms by
    default, before it may ask for it. With a few such returns per 8 MiB
    chunk, that wait, not the CPU, bounded the helpers (about 280 MB/s for
    the blob reader and hasher). 0.1 and 0.25 ms were tried against 0.5
    (2 GB export, alternating in one process, load 2.7-3.8): no faster
    (medians 5.45, 5.38, 5.27 s) and 0.1 ms cost 0.2 s more CPU in
    thread switches. The interval is the interpreter's: it is never
    raised, and the last of overlapping blocks sets back the value the
    first one found."""
    global _handoff_users, _interval_before
    with _handoffs:
        if not _handoff_users:
            _interval_before = sys.getswitchinterval()
            sys.setswitchinterval(min(_interval_before, HANDOFF))
        _handoff_users += 1
    try:
        yield
    finally:
        with _handoffs:
            _handoff_users -= 1
            if not _handoff_users:
                sys.setswitchinterval(_interval_before)


class _Worker:
    """A daemon thread consuming a bounded queue; its first error is kept.
    Items that come after an error are handed to `discard` (to give back
    the buffers they hold); `handle` gives back its own, even when it fails."""

    def __init__(self, depth: int) -> None:
        self._queue: queue.Queue = queue.Queue(maxsize=depth)
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._main, daemon=True)
        self._thread.start()

    def _main(self) -> None:
        while True:
            item = self._queue.get()
            if item is _END:
                return
            if self.error is not None:
                self.discard(item)
                continue
            try:
                self.handle(item)
            except BaseException as exc:  # handed to the caller's thread
                self.error = exc

    def handle(self, item) -> None:
        raise NotImplementedError

    def discard(self, item) -> None:
        pass

    def put(self, item) -> None:
        if self.error is not None:
            raise self.error
        self._queue.put(item)

    def join(self) -> None:
        self._queue.put(_END)
        self._thread.join()
        if self.error is not None:
            raise self.error


def _aligned(size: int, populate: bool = False) -> mmap.mmap:
    """An anonymous mapping: page-aligned, as O_DIRECT needs. `populate`:
    its pages are made at once (Linux), in one call (30 ms for the export's
    three windows, holding the GIL), instead of one page fault at a time as
    they are first written (about 5 µs a page here: 70 ms)."""
    length = -(-size // ALIGN) * ALIGN
    if populate and hasattr(mmap, "MAP_POPULATE"):
        return mmap.mmap(-1, length, flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS | mmap.MAP_POPULATE)
    return mmap.mmap(-1, length)


def _open_direct(path: Path, flags: int) -> int | None:
    """A second descriptor on `path` that bypasses the page cache, where the
    OS and the file system allow it."""
    if not hasattr(os, "O_DIRECT"):
        return None
    try:
        return os.open(path, flags | os.O_DIRECT)
    except OSError:
        return None


class _Window:
    """Up to 16 MiB of the file as written: its offset, its bytes (the first
    `length` of a reused page-aligned buffer)."""

    __slots__ = ("data", "length", "start", "synced")

    def __init__(self, data: mmap.mmap) -> None:
        self.start, self.data, self.length, self.synced = 0, data, 0, True


class VerifiedFile:
    """Writes a new file, then reads every window of it back from the device
    and compares it byte for byte with what was written.

    `write()` (called by pyrage in the caller's thread) copies into a window
    buffer, page-aligned; a writer thread writes each full window with
    O_DIRECT where the OS allows it (no page cache to fill and flush: the
    device gets the bytes straight from the window, with no copy, which
    would hold the GIL the encrypting thread needs), else through the page
    cache; a checker thread a window behind reads it back, with O_DIRECT too
    (else after fdatasync and dropping it from the page cache), and compares.
    Windows are reused: memory stays bounded (`WINDOWS` × 16 MiB plus one
    aligned buffer), and the caller waits only when the device falls that
    far behind. Writing and reading back share the device, which is the
    slower side of the export: with three windows, any pause of the
    encrypting thread (a GIL hand-off, a blob late) left the device idle,
    and any slow write stopped the encrypting thread; eight let either run
    ahead of the other. `READY` windows are made here, the others by the
    writer thread as it starts (mmap lets the GIL go), off the encrypting
    thread. `close()` writes the tail, checks it, fsyncs; nothing is
    renamed here."""

    def __init__(self, path: Path, direct: bool = True) -> None:
        self.path = path
        self.size = 0
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        self._fd = os.open(path, flags, 0o644)
        self._direct = _open_direct(path, os.O_WRONLY) if direct else None
        self._free: queue.Queue = queue.Queue()
        for _ in range(min(READY, WINDOWS)):
            self._free.put(_aligned(WINDOW, populate=True))
        self._window = _Window(self._free.get())
        self._filled = 0
        self._checker = _Checker(self, direct)
        self._writer = _Writer(self)

    def write(self, data) -> int:
        view = memoryview(data)
        size = len(view)
        while view:
            room = WINDOW - self._filled
            n = min(room, len(view))
            self._window.data[self._filled:self._filled + n] = view[:n]
            self._filled += n
            view = view[n:]
            if self._filled == WINDOW:
                self._hand_over()
        return size

    def flush(self) -> None:
        pass

    def _hand_over(self) -> None:
        window = self._window
        window.start, window.length = self.size, self._filled
        self.size += self._filled
        self._writer.put(window)
        while True:                                  # the next buffer, once the device has caught up
            try:
                buffer = self._free.get(timeout=0.1)
                break
            except queue.Empty:
                for worker in (self._writer, self._checker):
                    if worker.error is not None:
                        raise worker.error from None
        self._window, self._filled = _Window(buffer), 0

    def close(self) -> None:
        """Write what is left, verify it all, fsync; raises what went wrong."""
        try:
            if self._filled:
                self._hand_over()
            self._writer.join()
            self._checker.join()
            os.fsync(self._fd)
        finally:
            self._close_fds()

    def abort(self) -> None:
        for worker in (self._writer, self._checker):
            try:
                worker.join()
            except BaseException:
                pass
        self._close_fds()

    def _close_fds(self) -> None:
        for fd in (self._fd, self._direct):
            if fd is not None and fd >= 0:
                os.close(fd)
        self._fd, self._direct = -1, None


class _Writer(_Worker):
    """Makes the windows `VerifiedFile` did not, then writes each window and
    hands it to the checker."""

    def __init__(self, target: VerifiedFile) -> None:
        self._target = target
        super().__init__(depth=WINDOWS)

    def _main(self) -> None:
        try:
            for _ in range(WINDOWS - READY):
                self._target._free.put(_aligned(WINDOW, populate=True))
        except BaseException as exc:  # handed to the caller's thread; it still has READY windows
            self.error = exc
        super()._main()

    def handle(self, window: _Window) -> None:
        try:
            self._write(window)
            self._target._checker.put(window)
        except BaseException:
            self.discard(window)
            raise

    def _write(self, window: _Window) -> None:
        target = self._target
        data, start, length = memoryview(window.data), window.start, window.length
        direct = 0
        if target._direct is not None:
            direct = length - length % ALIGN         # the tail of the file goes through the page cache
            if direct:
                try:
                    _pwrite_all(target._direct, data[:direct], start)
                except OSError as exc:
                    if exc.errno != errno.EINVAL:
                        raise
                    os.close(target._direct)         # this file system takes no O_DIRECT after all
                    target._direct, direct = None, 0
        if direct < length:
            _pwrite_all(target._fd, data[direct:length], start + direct)
            window.synced = False
            if hasattr(os, "posix_fadvise"):         # starts writing it to the device now
                os.posix_fadvise(target._fd, start + direct, length - direct, os.POSIX_FADV_DONTNEED)

    def discard(self, window: _Window) -> None:
        self._target._free.put(window.data)


def _pwrite_all(fd: int, view: memoryview, offset: int) -> None:
    while view:
        written = os.pwrite(fd, view, offset)
        view, offset = view[written:], offset + written


class _Checker(_Worker):
    """Reads windows back from the device: O_DIRECT where the OS and the file
    system allow it (no page cache, little CPU), else after fdatasync and
    dropping the window from the page cache. Compares without copying."""

    def __init__(self, target: VerifiedFile, direct: bool) -> None:
        self._target = target
        self._direct = _open_direct(target.path, os.O_RDONLY) if direct else None
        self._back = os.open(target.path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        self._buffer = _aligned(WINDOW + ALIGN)
        super().__init__(depth=WINDOWS)         # the writer never waits for it: the buffers bound both

    def handle(self, window: _Window) -> None:
        try:
            self._check(window.start, window.data, window.length, window.synced)
        finally:
            self._target._free.put(window.data)

    def discard(self, window: _Window) -> None:
        self._target._free.put(window.data)

    def _check(self, start: int, expected: mmap.mmap, length: int, synced: bool) -> None:
        fd = self._target._fd
        if not synced:
            getattr(os, "fdatasync", os.fsync)(fd)
        back = None
        if self._direct is not None:
            try:
                back = self._read_direct(start, length)
            except OSError:
                os.close(self._direct)
                self._direct = None
        if back is None:
            if synced:
                getattr(os, "fdatasync", os.fsync)(fd)
            if hasattr(os, "posix_fadvise"):
                os.posix_fadvise(fd, start, length, os.POSIX_FADV_DONTNEED)
            back = memoryview(self._buffer)[:length]
            _pread_all(self._back, back, start)
        # Equal when `back` is found at offset 0 of the window's first `length`
        # bytes: one memcmp (comparing two memoryviews goes byte by byte in Python).
        if len(back) != length or expected.find(back, 0, length) != 0:
            raise OSError(errno.EIO, "the bytes read back differ from those written")

    def _read_direct(self, start: int, length: int) -> memoryview:
        assert self._direct is not None
        first = start - start % ALIGN
        span = -(-(start + length - first) // ALIGN) * ALIGN
        view = memoryview(self._buffer)[:span]
        got = _pread_all(self._direct, view, first)
        return view[start - first:min(got, start - first + length)]

    def join(self) -> None:
        try:
            super().join()
        finally:
            for fd in (self._back, self._direct):
                if fd is not None:
                    os.close(fd)
            self._direct = None


def _pread_all(fd: int, view: memoryview, offset: int) -> int:
    """Reads into `view` until it is full or the file ends; the bytes read."""
    got = 0
    while got < len(view):
        n = os.preadv(fd, [view[got:]], offset + got)
        if not n:
            break
        got += n
    return got


class Prefetcher(_Worker):
    """Reads files ahead in a thread and hashes them there; yields their
    chunks, then their SHA-256 and CRC-32 (a media blob is named by its
    SHA-256: the caller compares). Each file is read for the size given
    (what the manifest announces) and no further: a file cut short comes
    out short.

    The hashing is this thread's, so it runs on the second core while the
    caller's thread encrypts: on the caller's thread it cost a third of the
    export's CPU on its critical path. pyrage holds the GIL while it
    encrypts, and a thread that has let the GIL go (to read or hash) waits
    for the switch interval to get it back; run under `quick_handoffs()`,
    that wait is short enough for this thread to stay ahead.

    Chunks are views of a few reused buffers: one is valid until the next
    item is asked for (the consumer copies what it keeps)."""

    def __init__(self, files: list[tuple[Path, int]]) -> None:
        self._out: queue.Queue = queue.Queue()
        self._free: queue.Queue = queue.Queue()
        for _ in range(AHEAD):
            self._free.put(bytearray(CHUNK))
        super().__init__(depth=1)
        self.put(files)

    def handle(self, files) -> None:
        try:
            for path, size in files:
                digest, crc = hashlib.sha256(), 0
                with open(path, "rb", buffering=0) as source:
                    while size:                             # no read at the end only to see it end
                        buffer = self._free.get()
                        if buffer is None:                  # closed early
                            return
                        view = memoryview(buffer)[:min(size, CHUNK)]
                        n = source.readinto(view)
                        if not n:
                            self._free.put(buffer)
                            break
                        size -= n
                        digest.update(view[:n])
                        crc = crc32(view[:n], crc)
                        self._out.put((buffer, n))
                self._out.put((digest.hexdigest(), crc))    # end of this file
        except BaseException as exc:
            self._out.put(exc)
            raise

    def chunks(self) -> Iterator:
        """For each file: its chunks (memoryviews), then (sha256 hex, crc32)."""
        while True:
            item = self._out.get()
            if isinstance(item, BaseException):
                raise item
            first, n = item
            if isinstance(first, str):                      # a file's end: its hashes
                yield item
                continue
            chunk = memoryview(first)[:n]
            yield chunk
            chunk.release()
            self._free.put(first)                           # the consumer is done with it

    def close(self) -> None:
        """Stop reading (early, after an error or a cancel, or at the end)."""
        self._queue.put(_END)
        self._free.put(None)
        self._thread.join()
