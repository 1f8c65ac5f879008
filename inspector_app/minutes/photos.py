"""Print-size copies of evidence photos for the minutes' appendix.

A 12-megapixel original is never embedded: each photo is decoded at a
reduced scale (JPEG draft mode), turned upright from its EXIF orientation,
fitted into `PRINT_PX` pixels and saved as a JPEG in a cache keyed by the
original's SHA-256. The copy is made when the photo is ingested
(`ws.media.prepare`, in the import's worker thread), so a rendering only
reads it; a photo without one (arrived by sync) gets it at its first
rendering, once.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

PRINT_PX = 1000          # long side: 2 photos per A4 page at about 150 dpi
QUALITY = 72
CACHE_DIR = Path(".cache") / "print"


def cache_path(cache_dir: Path, sha256: str) -> Path:
    return cache_dir / sha256[:2] / f"{sha256}-{PRINT_PX}.jpg"


def print_copy(source: Path, cache_dir: Path, sha256: str) -> tuple[Path, float]:
    """The cached print-size copy of `source`, made if missing; (path, seconds spent making it)."""
    target = cache_path(cache_dir, sha256)
    if target.exists():
        return target, 0.0
    start = time.perf_counter()
    from PIL import Image

    with Image.open(source) as opened:
        write_print_copy(print_image(opened), target)
    return target, time.perf_counter() - start


def print_image(opened):
    """The print-size, upright RGB image of the opened photo `opened` (Pillow), decoded here.

    JPEG: decode at 1/2, 1/4 or 1/8 scale. Asking for the fitted size (1000×750, not
    1000×1000) lets a 4000×3000 photo decode at 1/4: 0.13 s -> 0.07 s each."""
    from PIL import Image, ImageOps

    longest = max(opened.size)
    opened.draft("RGB", (max(1, opened.width * PRINT_PX // longest), max(1, opened.height * PRINT_PX // longest)))
    image = ImageOps.exif_transpose(opened).convert("RGB")
    image.thumbnail((PRINT_PX, PRINT_PX), Image.Resampling.BILINEAR, reducing_gap=2.0)
    return image


def write_print_copy(image, target: Path) -> Path:
    """Save `print_image`'s result as the print copy `target` (whole: a temporary file renamed)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=".jpg")
    try:
        with os.fdopen(fd, "wb") as out:
            image.save(out, "JPEG", quality=QUALITY, optimize=True)
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return target


def print_copies(sources: dict[str, Path], cache_dir: Path,
                 on_done: Callable[[int, int], None] | None = None) -> tuple[dict[str, Path], float, int]:
    """Print copies of many photos ({sha256: original}), two at a time.

    Returns ({sha256: print copy}, seconds spent downscaling, how many were made
    now rather than found). A photo that cannot be read is left out (the
    appendix then says so under its number)."""
    out: dict[str, Path] = {}
    spent = 0.0
    made = 0
    items = list(sources.items())
    with ThreadPoolExecutor(max_workers=min(2, os.cpu_count() or 1)) as pool:
        futures = [(sha, pool.submit(print_copy, path, cache_dir, sha)) for sha, path in items]
        for done, (sha, future) in enumerate(futures, 1):
            try:
                path, seconds = future.result()
            except (OSError, ValueError):
                continue
            out[sha] = path
            spent += seconds
            made += seconds > 0
            if on_done:
                on_done(done, len(futures))
    return out, spent, made
