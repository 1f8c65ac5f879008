"""Helper threads that overlap disk and hashing with encryption (two cores).

The heavy work here (reading, writing, fsync, SHA-256, CRC-32) releases the
GIL, as pyrage does while it encrypts, so a bundle is hashed, zipped,
encrypted, written and read back in one streaming pass. Queues are bounded:
memory stays a few tens of MB whatever the size of the media.
"""

from __future__ import annotations

import hashlib
import mmap
import os
import queue
import threading
import zlib
from collections.abc import Iterator
from pathlib import Path

CHUNK = 4 << 20
BLOCK = 4 << 20
WINDOW = 16 << 20
_END = object()


class _Worker:
    """A daemon thread consuming a bounded queue; its first error is kept."""

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
            if self.error is None:
                try:
                    self.handle(item)
                except BaseException as exc:  # handed to the caller's thread
                    self.error = exc

    def handle(self, item) -> None:
        raise NotImplementedError

    def put(self, item) -> None:
        if self.error is not None:
            raise self.error
        self._queue.put(item)

    def join(self) -> None:
        self._queue.put(_END)
        self._thread.join()
        if self.error is not None:
            raise self.error


class VerifiedFile(_Worker):
    """Writes a new file in a thread; a second thread, a few windows behind,
    flushes each window to the device, drops it from the page cache (where
    the OS allows) and reads it back to compare it byte for byte with what
    was written. Writing never waits for the device unless the verifier
    falls `depth` windows behind (memory stays bounded)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.size = 0
        self._pieces: list[bytes] = []
        self._pending = 0
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        self._fd = os.open(path, flags, 0o644)
        self._window: list[bytes] = []
        self._window_start = 0
        self._pos = 0
        self._checker = _Checker(self)
        super().__init__(depth=4)

    # called by pyrage (or the plain writer) in the caller's thread: no copy
    def write(self, data) -> int:
        piece = data if type(data) is bytes else bytes(data)
        self._pieces.append(piece)
        self._pending += len(piece)
        if self._pending >= BLOCK:
            self.put(self._pieces)
            self._pieces, self._pending = [], 0
        return len(piece)

    def flush(self) -> None:
        pass

    def close(self) -> None:
        """Write what is left, verify it all, fsync; raises what went wrong."""
        try:
            if self._pieces:
                self.put(self._pieces)
                self._pieces, self._pending = [], 0
            self.put(None)
            self.join()
            self._checker.join()
            os.fsync(self._fd)
        finally:
            os.close(self._fd)

    def abort(self) -> None:
        for worker in (self, self._checker):
            try:
                worker.join()
            except BaseException:
                pass
        os.close(self._fd)

    def handle(self, pieces) -> None:
        if pieces is None:
            self._hand_over()
            return
        _write_all(self._fd, pieces)
        written = sum(len(p) for p in pieces)
        if hasattr(os, "posix_fadvise"):             # starts writing it to the device now
            os.posix_fadvise(self._fd, self._pos, written, os.POSIX_FADV_DONTNEED)
        self._window += pieces
        self._pos += written
        self.size = self._pos
        if self._pos - self._window_start >= WINDOW:
            self._hand_over()

    def _hand_over(self) -> None:
        if self._window:
            self._checker.put((self._window_start, self._window))
        self._window = []
        self._window_start = self._pos


def _write_all(fd: int, pieces: list[bytes]) -> None:
    if hasattr(os, "writev"):
        views = [memoryview(p) for p in pieces]
        while views:
            written = os.writev(fd, views[:1024])
            while views and written >= len(views[0]):
                written -= len(views[0])
                views.pop(0)
            if written:
                views[0] = views[0][written:]
        return
    for piece in pieces:
        view = memoryview(piece)
        while view:
            view = view[os.write(fd, view):]


class _Checker(_Worker):
    """Reads windows back from the device: O_DIRECT where the OS and the file
    system allow it (no page cache, little CPU), else after dropping the
    window from the page cache."""

    ALIGN = 4096

    def __init__(self, target: VerifiedFile) -> None:
        self._target = target
        self._direct: int | None = None
        if hasattr(os, "O_DIRECT"):
            try:
                self._direct = os.open(target.path, os.O_RDONLY | os.O_DIRECT)
            except OSError:
                self._direct = None
        self._back = open(target.path, "rb", buffering=0)  # noqa: SIM115 - closed at the end
        self._buffer: mmap.mmap | None = None
        super().__init__(depth=3)

    def handle(self, item) -> None:
        start, pieces = item
        fd = self._target._fd
        getattr(os, "fdatasync", os.fsync)(fd)
        expected = b"".join(pieces)
        if self._direct is not None:
            try:
                back = self._read_direct(start, len(expected))
            except OSError:
                os.close(self._direct)
                self._direct = None
        if self._direct is None:
            if hasattr(os, "posix_fadvise"):
                os.posix_fadvise(fd, start, len(expected), os.POSIX_FADV_DONTNEED)
            self._back.seek(start)
            back = self._back.read(len(expected))
        if back != expected:
            raise OSError(5, "the bytes read back differ from those written")

    def _read_direct(self, start: int, length: int) -> bytes:
        assert self._direct is not None
        first = start - start % self.ALIGN
        span = -(-(start + length - first) // self.ALIGN) * self.ALIGN
        if self._buffer is None or len(self._buffer) < span:
            self._buffer = mmap.mmap(-1, span)          # page-aligned, as O_DIRECT needs
        view = memoryview(self._buffer)[:span]
        got = 0
        while got < start + length - first:
            n = os.preadv(self._direct, [view[got:]], first + got)
            if not n:
                break
            got += n
        return bytes(view[start - first:start - first + length])

    def join(self) -> None:
        try:
            super().join()
        finally:
            self._back.close()
            if self._direct is not None:
                os.close(self._direct)


class Prefetcher(_Worker):
    """Reads files ahead in a thread, hashing them: yields their chunks, then
    checks each file's SHA-256 (a media blob is named by it)."""

    def __init__(self, files: list[tuple[Path, str | None]]) -> None:
        self._out: queue.Queue = queue.Queue(maxsize=6)
        super().__init__(depth=1)
        self.put(files)

    def handle(self, files) -> None:
        try:
            for path, _expected in files:
                digest, crc = hashlib.sha256(), 0
                with open(path, "rb") as source:
                    while chunk := source.read(CHUNK):
                        digest.update(chunk)
                        crc = zlib.crc32(chunk, crc)
                        self._out.put(chunk)
                self._out.put((digest.hexdigest(), crc))
        except BaseException as exc:
            self._out.put(exc)
            raise

    def chunks(self) -> Iterator:
        """For each file: its chunks (bytes), then (sha256 hex, crc32)."""
        while True:
            item = self._out.get()
            if isinstance(item, BaseException):
                raise item
            yield item

    def close(self) -> None:
        """Stop reading (early, after an error or a cancel, or at the end)."""
        self._queue.put(_END)
        while self._thread.is_alive():           # unblock a reader waiting on a full queue
            try:
                self._out.get(timeout=0.05)
            except queue.Empty:
                pass


class StagedBlob:
    """One incoming media blob, written to a temporary file in a thread."""

    def __init__(self, stager: Stager, path: Path | None, sha256: str, size: int) -> None:
        """`path` None: the blob is hashed and checked, not kept."""
        self.path, self.sha256, self.size = path, sha256, size
        self._stager = stager
        self._buffer = bytearray()
        stager.put(("open", self))

    def write(self, data) -> None:
        self._buffer += data
        if len(self._buffer) >= CHUNK:
            self._stager.put(("data", self, bytes(self._buffer)))
            self._buffer.clear()

    def close(self, crc: int) -> None:
        if self._buffer:
            self._stager.put(("data", self, bytes(self._buffer)))
            self._buffer.clear()
        self._stager.put(("close", self, crc))


class BlobMismatch(Exception):
    def __init__(self, blob: StagedBlob, what: str) -> None:
        super().__init__(f"{blob.sha256}: {what}")
        self.what = what


class Stager(_Worker):
    """Writes incoming blobs to temporary files, hashing them. (They are made
    durable all at once before the import commits: `durable()`.)"""

    def __init__(self) -> None:
        self._files: dict[int, list] = {}   # [fd or None, sha256, crc32, size]
        super().__init__(depth=16)

    def handle(self, item) -> None:
        action, blob = item[0], item[1]
        if action == "open":
            fd = None if blob.path is None else os.open(
                blob.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o644)
            self._files[id(blob)] = [fd, hashlib.sha256(), 0, 0]
            return
        state = self._files[id(blob)]
        if action == "data":
            data = item[2]
            state[1].update(data)
            state[2] = zlib.crc32(data, state[2])
            state[3] += len(data)
            if state[0] is not None:
                view = memoryview(data)
                while view:
                    view = view[os.write(state[0], view):]
            return
        fd, digest, crc, size = self._files.pop(id(blob))
        if fd is not None:
            if hasattr(os, "posix_fadvise"):         # starts writing it to disk now, without waiting
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            os.close(fd)
        if size != blob.size or digest.hexdigest() != blob.sha256:
            raise BlobMismatch(blob, "sha256")
        if crc != item[2]:
            raise BlobMismatch(blob, "crc32")

    def abort(self) -> None:
        try:
            self.join()
        except BaseException:
            pass
        for fd, *_rest in self._files.values():
            if fd is not None:
                os.close(fd)
        self._files.clear()


def durable(paths: list[Path]) -> None:
    """Make new files and their directory entries durable before the database
    refers to them: one sync of the disk where the OS has it, else each file."""
    if not paths:
        return
    if hasattr(os, "sync") and os.name == "posix":
        os.sync()
        return
    for path in paths:
        with open(path, "rb+") as handle:
            os.fsync(handle.fileno())
