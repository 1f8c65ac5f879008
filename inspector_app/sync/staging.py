"""The import side of the pipeline: incoming media blobs gathered into
aligned buffers, hashed and written to their staging files by one helper
thread while the main thread decrypts and reads the zip (see pipeline.py
for why the helpers get few, large pieces of work); then made durable all
at once before the import commits."""

from __future__ import annotations

import errno
import hashlib
import os
import queue
import zlib
from pathlib import Path

from .pipeline import ALIGN, CHUNK, CHUNKS, _aligned, _open_direct, _pwrite_all, _Worker


def _write_at(fd: int, direct: int | None, view: memoryview, offset: int) -> int | None:
    """Writes `view` (in an aligned buffer) at `offset` (aligned): its
    whole blocks through `direct` (O_DIRECT) when there is one, the rest
    through `fd`. Returns `direct`, or None once the file system refused it."""
    done = 0
    if direct is not None:
        done = len(view) - len(view) % ALIGN
        if done:
            try:
                _pwrite_all(direct, view[:done], offset)
            except OSError as exc:
                if exc.errno != errno.EINVAL:
                    raise
                os.close(direct)
                direct, done = None, 0
    if done < len(view):
        _pwrite_all(fd, view[done:], offset + done)
    return direct


class StagedBlob:
    """One incoming media blob: its bytes are gathered into the stager's
    reused buffers, which its thread hashes and writes to a temporary file."""

    def __init__(self, stager: Stager, path: Path | None, sha256: str, size: int, cached: bool = False) -> None:
        """`path` None: the blob is hashed and checked, not kept. `cached`: the
        file is read back at once (a bundle's ops.jsonl and seals.jsonl), so it
        is written through the page cache, which it is then read from, instead
        of straight to the disk, which it would have to be read back from."""
        self.path, self.sha256, self.size, self.cached = path, sha256, size, cached
        self._stager = stager
        self._buffer: memoryview | None = None
        self._filled = 0
        stager.put(("open", self))

    def write(self, data) -> None:
        view = memoryview(data)
        while view:
            if self._buffer is None:
                self._buffer = self._stager.buffer()
            n = min(CHUNK - self._filled, len(view))
            self._buffer[self._filled:self._filled + n] = view[:n]
            self._filled += n
            view = view[n:]
            if self._filled == CHUNK:
                self._hand_over()

    def _hand_over(self) -> None:
        self._stager.put(("data", self, self._buffer, self._filled))
        self._buffer, self._filled = None, 0

    def close(self, crc: int) -> None:
        if self._buffer is not None:
            self._hand_over()
        self._stager.put(("close", self, crc))


class BlobMismatch(Exception):
    def __init__(self, blob: StagedBlob, what: str) -> None:
        super().__init__(f"{blob.sha256}: {what}")
        self.what = what


class Stager(_Worker):
    """Writes incoming blobs to temporary files, hashing them. (They are made
    durable all at once before the import commits: `durable()`.)"""

    def __init__(self) -> None:
        self._files: dict[int, list] = {}   # [fd or None, sha256, crc32, size, O_DIRECT fd or None]
        self._free: queue.Queue = queue.Queue()
        for _ in range(CHUNKS + 1):                 # aligned: written with O_DIRECT where allowed
            self._free.put(memoryview(_aligned(CHUNK)))
        super().__init__(depth=CHUNKS + 16)

    def buffer(self) -> memoryview:
        """A free buffer, once the thread has written one out."""
        while True:
            try:
                return self._free.get(timeout=0.1)
            except queue.Empty:
                if self.error is not None:
                    raise self.error from None

    def handle(self, item) -> None:
        action, blob = item[0], item[1]
        if action == "open":
            fd = None if blob.path is None else os.open(
                blob.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o644)
            direct = None if fd is None or blob.cached else _open_direct(blob.path, os.O_WRONLY)
            self._files[id(blob)] = [fd, hashlib.sha256(), 0, 0, direct]
            return
        state = self._files[id(blob)]
        if action == "data":
            buffer, filled = item[2], item[3]
            try:
                data = buffer[:filled]
                state[1].update(data)
                state[2] = zlib.crc32(data, state[2])
                if state[0] is not None:              # no page cache to fill and flush where O_DIRECT works
                    state[4] = _write_at(state[0], state[4], data, state[3])
                state[3] += filled
            finally:
                self._free.put(buffer)
            return
        fd, digest, crc, size, direct = self._files.pop(id(blob))
        if direct is not None:
            os.close(direct)
        if fd is not None:
            if hasattr(os, "posix_fadvise") and not blob.cached:   # starts writing the rest to disk now
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            os.close(fd)
        if size != blob.size or digest.hexdigest() != blob.sha256:
            raise BlobMismatch(blob, "sha256")
        if crc != item[2]:
            raise BlobMismatch(blob, "crc32")

    def discard(self, item) -> None:
        if item[0] == "data":
            self._free.put(item[2])

    def abort(self) -> None:
        try:
            self.join()
        except BaseException:
            pass
        for fd, _digest, _crc, _size, direct in self._files.values():
            for handle in (fd, direct):
                if handle is not None:
                    os.close(handle)
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
