"""Importing photos and recordings: each file copied and hashed into the store, its
thumbnail made, handed over in batches once durable; then the minutes' print-size
copies. Files only (no database): the caller records what is handed over."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InspectorError
from ..progress import NullProgress, Progress
from .parallel import run_parallel
from .thumbnails import THUMB_SIZE, save_thumbnail, thumbnail_image, thumbs_dir

if TYPE_CHECKING:
    from ..services.blobs import Incoming
    from ..workspace import Workspace


@dataclass
class IngestResult:
    prepared: list[dict] = field(default_factory=list)
    """What `ws.media.add_prepared` records, in the order given."""
    failures: list[tuple[Path, InspectorError]] = field(default_factory=list)


def ingest(ws: Workspace, paths, size: int = THUMB_SIZE, progress: Progress | None = None,
           workers: int | None = None, on_batch: Callable[[IngestResult], None] | None = None,
           batch_size: int = 8, print_copies: bool = True) -> IngestResult:
    """A long job (files only): copy and hash each file into the store and make
    its thumbnail. A file that cannot be read is reported, the others go on.
    Then, still in this job (off the UI thread), each photo's print-size copy
    for the minutes, so rendering them on site never downscales: after every
    file was handed over, so the photos show as soon as before; when cancelled
    by then, the rest are left to the first rendering. A JPEG without a camera
    preview is decoded for its thumbnail anyway: it is decoded once, at the print
    copy's size, and both are made from it in the pass (`print_copies` False: no
    print copy at all, the ingest as it was before them).

    Files are handed over `batch_size` at a time, each batch once its files are
    durable (`Media.settle`: flushed together, many at once, rather than each
    by the thread that copied it): with `on_batch` (called in the calling
    thread) a caller records them while the next ones are copied; the returned
    result then holds everything once more. Nothing handed over or returned
    names a file that a power cut could take back."""
    cache = thumbs_dir(ws)
    unsettled: dict[Path, Incoming] = {}   # by temporary name: copied, not durable yet, removed if the job stops
    lock = threading.Lock()

    def one(path: Path) -> tuple[dict, Incoming]:
        # Each photo is opened once: checked, its metadata read and its thumbnail made
        # (Pillow releases the GIL while decoding), then copied and hashed in one pass.
        thumb, printed = [], []

        def decode(image):
            printed.append(ws.media.print_image(image))
            return printed[-1]

        def look(image) -> None:
            try:
                thumb.append(thumbnail_image(image, size, name=path.name, decode=decode if print_copies else None))
            except InspectorError:
                pass  # the original is kept; the strip shows a placeholder and says why

        prepared, incoming = ws.media.stage(path, look=look)
        with lock:
            unsettled[incoming.tmp] = incoming
        if printed:
            try:
                ws.media.save_print_copy(prepared["sha256"], printed[0])
            except OSError:
                pass  # a cache: the pass after this one makes it from the stored original
        if thumb:
            dest = cache / f"{prepared['sha256']}_{size}.jpg"
            if not dest.is_file():
                try:
                    save_thumbnail(thumb[0], dest, path.name)
                except InspectorError:
                    pass
        return prepared, incoming

    failed: dict[Path, InspectorError] = {}
    waiting: list[tuple[Path, tuple[dict, Incoming] | InspectorError]] = []
    flushers = ThreadPoolExecutor(max_workers=max(1, min(batch_size, 16)), thread_name_prefix="fsync")

    def hand_over() -> None:
        """Make the waiting files durable, then pass them on."""
        staged = [(path, value) for path, value in waiting if not isinstance(value, InspectorError)]
        with lock:
            incoming = [unsettled.pop(value[1].tmp) for _p, value in staged]
        try:
            ws.media.settle(incoming, flushers.map)
        except InspectorError as err:
            for path, _v in staged:
                failed[path] = err
        batch = IngestResult()
        for path, value in waiting:
            if isinstance(value, InspectorError) or path in failed:
                batch.failures.append((path, failed.get(path, value)))   # type: ignore[arg-type]
            else:
                batch.prepared.append(value[0])
        waiting.clear()
        if on_batch is not None:
            on_batch(batch)

    def collect(path: Path, value) -> None:
        waiting.append((path, value))
        if len(waiting) >= batch_size:
            hand_over()

    paths = [Path(p) for p in paths]
    # Copying, hashing and the thumbnails keep the CPUs busy, the disk's flushes wait in
    # `flushers`; threads beyond the CPUs cover the waits left (reads from a card, the
    # kernel's page allocation and writeback each copy starts).
    workers = workers or 3 * (os.cpu_count() or 1)
    try:
        # A batch's files are flushed in this thread: a batch more is queued meanwhile.
        outcome = run_parallel(paths, one, lambda p: p.name, progress, workers, collect, ahead=batch_size)
        if waiting:
            hand_over()
    finally:
        flushers.shutdown()
        for incoming in unsettled.values():      # cancelled: copies never recorded
            incoming.tmp.unlink(missing_ok=True)
    result = IngestResult()
    for path in paths:
        value = failed.get(path, outcome[path])
        if isinstance(value, InspectorError):
            result.failures.append((path, value))
        else:
            result.prepared.append(value[0])
    if print_copies:
        make_print_copies(ws, [p["sha256"] for p in result.prepared if p["kind"] == "photo"], progress)
    return result


def make_print_copies(ws: Workspace, shas: list[str], progress: Progress | None = None) -> int:
    """The minutes' print-size copies of the stored photos `shas` not made yet, on
    as many threads as CPUs (decoding is CPU-bound); returns how many were made.
    Stops quietly when the job is cancelled: a missing copy is made by the first
    rendering of the minutes instead."""
    progress = progress or NullProgress()
    todo = [sha for sha in dict.fromkeys(shas) if not ws.media.print_path(sha).is_file()]
    made = 0
    with ThreadPoolExecutor(max_workers=min(len(todo), os.cpu_count() or 1) or 1,
                            thread_name_prefix="print") as pool:
        futures = [pool.submit(ws.media.make_print_copy, sha) for sha in todo]
        for future in futures:               # no report: the import's progress already says 100 %
            if progress.cancelled():
                for rest in futures:
                    rest.cancel()
                break
            made += future.result() is not None
    return made
