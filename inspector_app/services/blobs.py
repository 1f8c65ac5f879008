"""The media store's files: a file copied in and hashed in one pass, then made durable.

`copy_in` copies a file into the store under a temporary name while hashing it;
`settle` makes a batch of such files durable under their content's name (each
file flushed, then renamed, then the folders holding the names flushed). A
record may name a file only after `settle`: a power cut never leaves a record
pointing to a file that is not on disk. Splitting the two lets an import flush
a batch's files together (a disk finishes many flushes at once faster than one
after another) while the CPUs copy the next ones. Files only, safe in any thread.
"""

from __future__ import annotations

import errno
import os
import tempfile
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from ..errors import ValidationError, os_reason

CHUNK = 1 << 20
"""Hashed and written while in the CPU's cache: 4 MiB buffers cost twice the CPU (measured)."""
_LOCAL = threading.local()


@dataclass(frozen=True)
class Incoming:
    """A file `copy_in` copied into the store, not yet durable (`settle`)."""
    tmp: Path
    sha256: str
    size: int


def copy_in(source: Path, store: Path) -> Incoming:
    """Copy `source` into the folder `store` under a temporary name, hashing it in
    the same pass (no second read). Not durable yet: `settle` makes it so. The
    disk is asked to start writing it now, so `settle` mostly waits for nothing.
    Raises ValidationError `media_unreadable` (nothing left behind)."""
    import hashlib  # here, not at the top: loading OpenSSL slows the app's start

    digest, size = hashlib.sha256(), 0
    store.mkdir(exist_ok=True)
    view = _buffer()
    fd, tmp_name = tempfile.mkstemp(dir=store, prefix=".incoming-")
    try:
        try:
            with open(source, "rb", buffering=0) as src:
                expected = _preallocate(fd, os.fstat(src.fileno()).st_size)
                while n := src.readinto(view):
                    chunk = view[:n]
                    digest.update(chunk)
                    _write_all(fd, chunk)
                    size += n
            if size < expected:                 # the source shrank meanwhile: no zeros kept at the end
                os.ftruncate(fd, size)
            _start_writeback(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        if os.path.exists(tmp_name):
            os.unlink(tmp_name)
        raise ValidationError("media_unreadable", path=str(source), detail=os_reason(exc)) from exc
    return Incoming(Path(tmp_name), digest.hexdigest(), size)


def settle(incoming: list[Incoming], blob_path: Callable[[str], Path],
           fsync: Callable[[Callable, list], Iterable] | None = None) -> None:
    """Make files `copy_in` stored durable at `blob_path(sha256)`: each file's data
    flushed (by `fsync(fn, items)`, e.g. a thread pool's map; one after another by
    default), then renamed into place (a copy already there is kept: the same
    content, made durable when it came), then the folders holding the names
    flushed. Raises ValidationError `media_unreadable` (the temporary files removed)."""
    if not incoming:
        return
    mapper = fsync or (lambda fn, items: [fn(item) for item in items])
    try:
        list(mapper(_fsync_path, [item.tmp for item in incoming]))
        folders: set[Path] = set()
        for item in incoming:
            target = blob_path(item.sha256)
            if not target.parent.is_dir():
                target.parent.mkdir(exist_ok=True)
                folders.add(target.parent.parent)       # the new folder's own name
            if target.exists():
                os.unlink(item.tmp)
            else:
                os.replace(item.tmp, target)
            folders.add(target.parent)
        list(mapper(_fsync_dir, sorted(folders)))
    except OSError as exc:
        for item in incoming:
            if item.tmp.exists():
                item.tmp.unlink()
        raise ValidationError("media_unreadable", path=item.tmp.name, detail=os_reason(exc)) from exc


def _buffer() -> memoryview:
    """This thread's copy buffer (one per thread: no megabyte allocated per read)."""
    view = getattr(_LOCAL, "view", None)
    if view is None:
        view = _LOCAL.view = memoryview(bytearray(CHUNK))
    return view


def _write_all(fd: int, data: memoryview) -> None:
    while data:
        data = data[os.write(fd, data):]


def _preallocate(fd: int, size: int) -> int:
    """Reserve `size` bytes of disk for the new file `fd` at once, where the system can
    (Linux, macOS lacks it): the writes then fill blocks already allocated, rather than
    the file system finding room page by page and again at writeback (measured on ext4:
    copying 100 photos of 7 MB, 0.79 -> 0.73 s of CPU). Returns the size reserved (0 if
    none). A full disk is said here (OSError ENOSPC), before anything is copied."""
    allocate = getattr(os, "posix_fallocate", None)
    if allocate is None or size <= 0:
        return 0
    try:
        allocate(fd, 0, size)
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise
        return 0                                # not supported here: the writes allocate as they go
    return size


def _start_writeback(fd: int) -> None:
    """Ask the kernel to start writing `fd`'s data now (Linux: POSIX_FADV_DONTNEED starts
    the writeback of dirty pages; it drops only pages already written, none yet), so the
    later fsync finds it mostly done (measured: the flushes of 100 photos 0.8-1.0 s ->
    0.1-0.3 s); elsewhere nothing (the fsync does it all)."""
    advise = getattr(os, "posix_fadvise", None)
    if advise is not None:
        try:
            advise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        except OSError:
            pass


def _fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    """Flush a folder's entries (a new name in it); not possible (nor needed) on Windows."""
    if os.name == "nt":
        return
    _fsync_path(path)
