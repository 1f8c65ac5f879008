"""Evidence helpers without Qt: thumbnails, photo ingest, the watched folder.

Thumbnails are JPEGs cached under `<workspace>/cache/thumbs/<sha>_<size>.jpg`,
upright whatever the photo's EXIF orientation; the originals are never
touched. Everything here works on files only (no database), so it is safe in
a worker thread; the database is written by the caller afterwards.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
import tempfile
import threading
import time
import wave
from array import array
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import InspectorError, os_reason
from .progress import Cancelled, NullProgress, Progress

if TYPE_CHECKING:
    from .services.blobs import Incoming
    from .workspace import Workspace

THUMB_SIZE = 256
"""Longest side of a thumbnail in pixels (shown at 128 logical pixels, sharp at 200 %)."""

IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp", ".webp", ".gif", ".heic", ".heif"})
AUDIO_SUFFIXES = frozenset({".wav", ".m4a", ".mp3", ".ogg", ".opus", ".aac", ".amr", ".flac", ".wma", ".3gp"})

# EXIF orientation → the Pillow transposition that shows the photo upright.
_TRANSPOSE = {2: "FLIP_LEFT_RIGHT", 3: "ROTATE_180", 4: "FLIP_TOP_BOTTOM", 5: "TRANSPOSE",
              6: "ROTATE_270", 7: "TRANSVERSE", 8: "ROTATE_90"}


def is_image(path: Path | str) -> bool:
    return Path(path).suffix.lower() in IMAGE_SUFFIXES


def is_audio(path: Path | str) -> bool:
    return Path(path).suffix.lower() in AUDIO_SUFFIXES


# -- places in the workspace folder ------------------------------------------------
def thumbs_dir(ws: Workspace) -> Path:
    return Path(ws.path) / "cache" / "thumbs"


def thumb_path(ws: Workspace, sha256: str, size: int = THUMB_SIZE) -> Path:
    return thumbs_dir(ws) / f"{sha256}_{size}.jpg"


def staging_dir(ws: Workspace) -> Path:
    """Recordings and camera shots in progress, before they become evidence."""
    folder = Path(ws.path) / "cache" / "staging"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def new_staging_path(ws: Workspace, prefix: str, suffix: str) -> Path:
    """A fresh file name such as `ghi-am-20261120-084210.m4a` in the staging folder."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    folder = staging_dir(ws)
    path = folder / f"{prefix}-{stamp}{suffix}"
    n = 1
    while path.exists():
        n += 1
        path = folder / f"{prefix}-{stamp}-{n}{suffix}"
    return path


def leftover_recordings(ws: Workspace) -> list[Path]:
    """Recordings left in the staging folder by a session that ended mid-way."""
    return sorted(p for p in staging_dir(ws).iterdir() if p.is_file() and is_audio(p))


# -- a recording in progress: its bookmarks kept beside it -----------------------------
def session_file(recording: Path | str) -> Path:
    recording = Path(recording)
    return recording.with_name(recording.name + ".json")


def save_session(session: dict) -> None:
    """Write a recording's session (path, visit_id, started_at, bookmarks) beside it."""
    session_file(session["path"]).write_text(json.dumps(session, ensure_ascii=False), encoding="utf-8")


def discard_session(session: dict) -> None:
    """Remove a stored recording's staging file and its session."""
    Path(session["path"]).unlink(missing_ok=True)
    session_file(session["path"]).unlink(missing_ok=True)


def leftover_sessions(ws: Workspace, visit_id: str, exclude: str | None = None) -> list[tuple[Path, dict]]:
    """Unsaved recordings of `visit_id` (a recording without a session file is
    taken as this visit's), with their sessions; `exclude` is the one in progress."""
    out = []
    for path in leftover_recordings(ws):
        if exclude and str(path) == exclude:
            continue
        try:
            session = json.loads(session_file(path).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            session = {"visit_id": visit_id, "bookmarks": []}
        session["path"] = str(path)
        try:
            empty = path.stat().st_size == 0
        except OSError:
            continue
        if session.get("visit_id") == visit_id and not empty:
            out.append((path, session))
    return out


# -- thumbnails ----------------------------------------------------------------------
EMBEDDED_MIN_SIDE = 160
"""An embedded camera preview at least this large (longest side) is used as is."""


def make_thumbnail(source: Path, dest: Path, size: int = THUMB_SIZE, name: str | None = None,
                   use_embedded: bool = True) -> Path:
    """Write an upright JPEG thumbnail of `source` to `dest` (kept if already made).

    A camera's JPEG usually embeds a small preview in its EXIF data; when it is
    large enough and has the photo's proportions it is used (no decoding of the
    12 megapixels at all), else the photo is decoded at 1/2–1/8 scale (draft).
    Raises InspectorError `media_missing` or `image_unreadable` (named `name`)."""
    from PIL import Image, UnidentifiedImageError

    if dest.is_file():
        return dest
    name = name or source.name
    if not source.is_file():
        raise InspectorError("media_missing", name=name)
    try:
        with Image.open(source) as image:
            thumb = thumbnail_image(image, size, use_embedded, name)
    except (OSError, UnidentifiedImageError, ValueError, Image.DecompressionBombError) as exc:
        raise _unreadable(name, exc) from exc
    save_thumbnail(thumb, dest, name)
    return dest


def thumbnail_image(image, size: int = THUMB_SIZE, use_embedded: bool = True, name: str = ""):
    """An upright thumbnail (a Pillow image) of the opened photo `image`: its camera
    preview when it fits (`make_thumbnail`), else `image` decoded at a reduced scale
    (which leaves `image` itself reduced). Raises InspectorError `image_unreadable`."""
    from PIL import Image, UnidentifiedImageError

    try:
        exif = image.getexif()
        orientation = exif.get(0x0112)
        thumb = _embedded_preview(image, exif, size) if use_embedded and image.format == "JPEG" else None
        if thumb is None:
            if image.format == "JPEG":
                image.draft("RGB", (size, size))  # decode at 1/2, 1/4 or 1/8 scale: fast
            image.thumbnail((size, size), Image.Resampling.BICUBIC, reducing_gap=2.0)
            thumb = _rgb(image)
        if orientation in _TRANSPOSE:
            thumb = thumb.transpose(getattr(Image.Transpose, _TRANSPOSE[orientation]))
    except (OSError, UnidentifiedImageError, ValueError, Image.DecompressionBombError) as exc:
        raise _unreadable(name, exc) from exc
    return thumb


def save_thumbnail(thumb, dest: Path, name: str = "") -> Path:
    """Write the thumbnail `thumb` to `dest` whole (a temporary file renamed: a reader never
    sees half of it). Raises InspectorError `image_unreadable` when it cannot be written."""
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=dest.parent, prefix=".thumb-", suffix=".jpg")
        try:
            with os.fdopen(fd, "wb") as out:
                thumb.save(out, "JPEG", quality=85)
            os.replace(tmp, dest)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise
    except OSError as exc:
        raise _unreadable(name, exc) from exc
    return dest


def _unreadable(name: str, exc: BaseException) -> InspectorError:
    reason = os_reason(exc) if isinstance(exc, OSError) and exc.errno else \
        ("không nhận ra định dạng ảnh", "the image format was not recognised")
    return InspectorError("image_unreadable", name=name, detail=reason)


def _embedded_preview(image, exif, size: int):
    """The EXIF (IFD1) preview of a JPEG, fitted into `size`, or None if absent,
    too small, damaged or of other proportions (some cameras pad it with black bars)."""
    import io

    from PIL import ExifTags, Image

    try:
        ifd1 = exif.get_ifd(ExifTags.IFD.IFD1)
        offset, length = ifd1.get(0x0201), ifd1.get(0x0202)
        raw = image.info.get("exif") or b""
        if not offset or not length or not raw.startswith(b"Exif\x00\x00"):
            return None
        data = raw[6 + offset:6 + offset + length]
        with Image.open(io.BytesIO(data)) as preview:
            if preview.format != "JPEG" or max(preview.size) < min(size, EMBEDDED_MIN_SIDE):
                return None
            ratio, want = preview.width / preview.height, image.width / image.height
            if abs(ratio - want) > 0.02 * want:
                return None
            preview.thumbnail((size, size), Image.Resampling.BICUBIC)
            return _rgb(preview)
    except (OSError, ValueError, KeyError, TypeError, ZeroDivisionError):
        return None


def _rgb(image):
    """`image` as RGB for JPEG: transparency over white, other modes converted."""
    from PIL import Image

    if image.mode == "RGB":
        return image.copy()
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    if image.mode.startswith("I;16") or image.mode in ("I", "F"):
        return image.convert("L").convert("RGB")
    return image.convert("RGB")


@dataclass(frozen=True)
class ThumbRequest:
    key: str
    """What the caller names it by (a media id)."""
    sha256: str
    name: str
    """The original file name, for messages."""


def thumbnails_of(media_dir: Path, cache: Path, requests: list[ThumbRequest], size: int = THUMB_SIZE,
                  progress: Progress | None = None, workers: int | None = None) -> dict[str, Path | InspectorError]:
    """A long job (files only): a thumbnail per request, in parallel.

    Returns key → thumbnail path, or the InspectorError saying why there is none."""
    def one(request: ThumbRequest) -> Path:
        source = Path(media_dir) / request.sha256[:2] / request.sha256
        return make_thumbnail(source, Path(cache) / f"{request.sha256}_{size}.jpg", size, request.name)

    done = _run_parallel(requests, one, lambda r: r.name, progress, workers)
    return {request.key: value for request, value in done.items()}


def make_thumbnails(ws: Workspace, media_ids, size: int = THUMB_SIZE,
                    progress: Progress | None = None) -> dict[str, Path | InspectorError]:
    """The thumbnails of `media_ids` (reads their rows first, then works on files)."""
    requests = []
    for media_id in media_ids:
        row = ws.media.get(media_id)
        requests.append(ThumbRequest(media_id, row["sha256"], row["original_name"] or row["sha256"][:12]))
    return thumbnails_of(ws.media_dir, thumbs_dir(ws), requests, size, progress)


# -- importing photos ------------------------------------------------------------------
@dataclass
class IngestResult:
    prepared: list[dict] = field(default_factory=list)
    """What `ws.media.add_prepared` records, in the order given."""
    failures: list[tuple[Path, InspectorError]] = field(default_factory=list)


def ingest(ws: Workspace, paths, size: int = THUMB_SIZE, progress: Progress | None = None,
           workers: int | None = None, on_batch: Callable[[IngestResult], None] | None = None,
           batch_size: int = 8) -> IngestResult:
    """A long job (files only): copy and hash each file into the store and make
    its thumbnail. A file that cannot be read is reported, the others go on.
    Then, still in this job (off the UI thread), each photo's print-size copy
    for the minutes, so rendering them on site never downscales: after every
    file was handed over, so the photos show as soon as before; when cancelled
    by then, the rest are left to the first rendering.

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
        thumb = []

        def look(image) -> None:
            try:
                thumb.append(thumbnail_image(image, size, name=path.name))
            except InspectorError:
                pass  # the original is kept; the strip shows a placeholder and says why

        prepared, incoming = ws.media.stage(path, look=look)
        with lock:
            unsettled[incoming.tmp] = incoming
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
        outcome = _run_parallel(paths, one, lambda p: p.name, progress, workers, collect, ahead=batch_size)
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


def _run_parallel(tasks: list, work, describe, progress: Progress | None, workers: int | None,
                  on_result: Callable | None = None, ahead: int = 0) -> dict:
    """`work(task)` for every task on a few threads (Pillow and hashlib release
    the GIL); task → result or InspectorError. `on_result(task, value)` runs in
    the calling thread as each one finishes; `ahead` more tasks than two per
    thread are queued, so the threads keep working while it waits. Raises
    Cancelled when asked."""
    progress = progress or NullProgress()
    workers = workers or min(4, os.cpu_count() or 1)
    results: dict = {}
    total = len(tasks)
    progress.report(0, total, "")
    pending: set[Future] = set()
    owner: dict[Future, object] = {}
    queue = list(reversed(tasks))
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="media") as pool:
        while queue or pending:
            while queue and len(pending) < workers * 2 + ahead:
                if progress.cancelled():
                    break
                task = queue.pop()
                future = pool.submit(work, task)
                owner[future] = task
                pending.add(future)
            if progress.cancelled():
                for future in pending:
                    future.cancel()
                raise Cancelled()
            done, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            for future in done:
                task = owner.pop(future)
                try:
                    results[task] = future.result()
                except InspectorError as err:
                    results[task] = err
                if on_result is not None:
                    on_result(task, results[task])
                progress.report(len(results), total, describe(task))
    return results


# -- the watched folder ------------------------------------------------------------------
def folder_snapshot(folder: Path | str, max_depth: int = 3) -> dict[str, list[int]]:
    """Every image under `folder` now: relative path → [size, mtime_ns]."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InspectorError("watch_folder_missing", path=str(folder))
    out: dict[str, list[int]] = {}
    base_depth = len(folder.parts)
    for root, dirs, files in os.walk(folder):
        if len(Path(root).parts) - base_depth >= max_depth:
            dirs[:] = []
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if name.startswith(".") or not is_image(name):
                continue
            path = Path(root) / name
            try:
                stat = path.stat()
            except OSError:
                continue  # removed meanwhile
            out[path.relative_to(folder).as_posix()] = [stat.st_size, stat.st_mtime_ns]
    return out


def scan_new_images(folder: Path | str, seen: dict[str, list[int]], *, settle_seconds: float = 2.0,
                    now: float | None = None, max_depth: int = 3) -> tuple[list[Path], dict[str, list[int]]]:
    """Images in `folder` not in `seen` (or changed since), and `seen` updated with them.

    A file modified less than `settle_seconds` ago may still be being copied: it is
    left out (and out of the new state) so the next scan offers it."""
    now = time.time() if now is None else now
    current = folder_snapshot(folder, max_depth)
    state = {k: v for k, v in seen.items() if k in current}
    new = []
    for rel, signature in sorted(current.items()):
        if seen.get(rel) == signature:
            continue
        if now - signature[1] / 1e9 < settle_seconds:
            continue
        new.append(Path(folder) / rel)
        state[rel] = signature
    return new, state


def write_tone_wav(path: Path, seconds: float, rate: int = 8000) -> Path:
    """A mono 16-bit WAV of a quiet 440 Hz tone, `seconds` long (at least one sample).

    A recording's file before any sound arrives, and a test's recording."""
    frames = max(1, int(seconds * rate))
    samples = array("h", (int(3000 * math.sin(2 * math.pi * 440 * n / rate)) for n in range(frames)))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(samples.tobytes())
    return path
