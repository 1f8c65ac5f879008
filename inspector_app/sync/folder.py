"""Importing a folder of bundles (HQ: the bundles of many laptops at once).

Each bundle is imported as `importer.import_file` imports it, but bundles
are grouped into transactions: one commit (and so one fsync of the log, and
at most one checkpoint of it into the database) per GROUP_SECONDS of
importing instead of one per bundle. Each bundle is a savepoint in its
group's transaction, so a refused bundle still changes nothing, and no
report is returned before its group committed: what a report calls
imported is stored, also after a power cut.
"""

from __future__ import annotations

import contextlib
import gc
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from ..progress import Cancelled
from ..storage import db as storage_db
from . import checks, parse_worker, reader
from .importer import ImportReport, bundle_files, import_file
from .reader import Bundle

if TYPE_CHECKING:
    from ..workspace import Workspace

# A folder import commits once per GROUP_SECONDS of importing rather than
# once per bundle: each commit fsyncs the log and often checkpoints it into
# the database, which was 23 s of 100 bundles' 58 (bench/sync_hq_import.py).
# Short enough that the write lock is given up as often as one large bundle
# would (another thread's write waits up to `busy_timeout`, 5 s).
GROUP_SECONDS = 2.0
# The import's page cache (MiB): the indexes of a million operations do not
# fit SQLite's default 2 MiB, and each page missed is read again.
CACHE_MIB = 32
# Allocations between two collections of the youngest generation while importing.
GC_THRESHOLD = 50_000


def import_paths(ws: Workspace, paths, progress=None) -> list[ImportReport]:
    """Import many files or folders of bundles (HQ: a folder from many laptops).

    Bundles are imported in groups, each group one transaction (each bundle
    a savepoint in it: a refused one changes nothing); nothing is reported
    before its group committed, so what the reports call imported is stored.
    Cancelling keeps the bundles imported before it (their group commits)."""
    files = bundle_files(paths)
    reports: list[ImportReport] = []
    stopped = False
    ahead = _Ahead(ws, files)
    try:
        with storage_db.large_cache(ws.db.conn, CACHE_MIB), _fewer_collections(), parse_worker.running():
            while len(reports) < len(files) and not stopped:
                stopped = _import_group(ws, files, reports, progress, ahead)
    finally:
        ahead.drop()
    if stopped:
        raise Cancelled()
    return reports


# The largest bundle read ahead: a larger one (photos, recordings) is read in its
# turn, with its progress shown and a cancel heard, and nothing of it is
# decrypted to disk before the bundles ahead of it are through.
AHEAD_MAX = 64 << 20


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return AHEAD_MAX + 1              # read in its turn, which says what is wrong


class _Ahead:
    """The next bundle, read while the one before it is applied (once the
    parse helper started on that one's operations): the helper then goes on
    to the next bundle's operations at once, instead of waiting for the
    import to finish a bundle and read the next. Everything that depends
    on the workspace is decided again in the bundle's turn (reader.read)."""

    def __init__(self, ws: Workspace, files: list[Path]) -> None:
        self.ws, self.files = ws, files
        self.bundle: Bundle | None = None

    def take(self, index: int) -> Bundle | None:
        bundle, self.bundle = self.bundle, None
        if bundle is not None and bundle.path != self.files[index]:
            bundle.cleanup()
            return None
        return bundle

    def reader(self, index: int) -> Callable[[], None]:
        """What reads the bundle after `files[index]`, once that one is being parsed."""

        def read_next() -> None:
            self.drop()
            if index + 1 < len(self.files) and _size(self.files[index + 1]) <= AHEAD_MAX:
                self.bundle = reader.read_ahead(self.ws, self.files[index + 1])
                if self.bundle is not None:
                    checks.queue_parsing(self.bundle)

        return read_next

    def drop(self) -> None:
        if self.bundle is not None:
            self.bundle.cleanup()
            self.bundle = None


@contextlib.contextmanager
def _fewer_collections() -> Iterator[None]:
    """Python's cycle collector less often while importing: a bundle's
    operations are millions of short-lived dicts that form no cycles, and
    collecting after every 700 of them took 8 % of an import's CPU."""
    before = gc.get_threshold()
    gc.set_threshold(max(before[0], GC_THRESHOLD), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _import_group(ws: Workspace, files: list[Path], reports: list[ImportReport], progress, ahead: _Ahead) -> bool:
    """Import bundles of `files` from the first not reported yet, at least one and
    then more for GROUP_SECONDS, in one transaction; True if cancelled."""
    with storage_db.without_foreign_keys(ws.db.conn), ws.writer.batch():
        began, first = time.monotonic(), len(reports)
        while len(reports) < len(files) and (len(reports) == first or time.monotonic() - began < GROUP_SECONDS):
            index = len(reports)
            if progress is not None and progress.cancelled():
                return True
            inner = _Scaled(progress, index, len(files)) if progress is not None else None
            try:
                reports.append(import_file(ws, files[index], progress=inner, ahead=ahead.take(index),
                                           parsing=ahead.reader(index)))
            except Cancelled:              # that bundle is undone (its savepoint); the others stay
                return True
            finally:
                # What a bundle's reading left in cycles (an exception's frames
                # holding its buffers) goes now, not after 50,000 allocations.
                gc.collect(1)
    return False


class _Scaled:
    """Progress of one bundle among many, as a share of the whole."""

    def __init__(self, progress, index: int, count: int) -> None:
        self._progress, self._index, self._count = progress, index, count

    def report(self, done: int, total: int, text: str = "") -> None:
        share = 1000 * self._index + (1000 * done // max(total, 1))
        self._progress.report(share, 1000 * self._count, text)

    def cancelled(self) -> bool:
        return self._progress.cancelled()
