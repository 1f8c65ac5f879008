"""Thumbnails: JPEGs cached under `<workspace>/cache/thumbs/<sha>_<size>.jpg`,
upright whatever the photo's EXIF orientation; the originals are never touched.
Files only (no database): safe in a worker thread."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InspectorError, os_reason
from ..progress import Progress
from .parallel import run_parallel

if TYPE_CHECKING:
    from ..workspace import Workspace

THUMB_SIZE = 256
"""Longest side of a thumbnail in pixels (shown at 128 logical pixels, sharp at 200 %)."""

# EXIF orientation → the Pillow transposition that shows the photo upright.
_TRANSPOSE = {2: "FLIP_LEFT_RIGHT", 3: "ROTATE_180", 4: "FLIP_TOP_BOTTOM", 5: "TRANSPOSE",
              6: "ROTATE_270", 7: "TRANSVERSE", 8: "ROTATE_90"}


def thumbs_dir(ws: Workspace) -> Path:
    return Path(ws.path) / "cache" / "thumbs"


def thumb_path(ws: Workspace, sha256: str, size: int = THUMB_SIZE) -> Path:
    return thumbs_dir(ws) / f"{sha256}_{size}.jpg"


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


def thumbnail_image(image, size: int = THUMB_SIZE, use_embedded: bool = True, name: str = "",
                    decode: Callable | None = None):
    """An upright thumbnail (a Pillow image) of the opened photo `image`: its camera
    preview when it fits (`make_thumbnail`), else `image` decoded at a reduced scale
    (which leaves `image` itself reduced). With `decode`, a JPEG without a preview is
    fitted from `decode(image)` instead: an upright image the caller decodes for its
    own use too (the import's print-size copy), so the photo is decoded once for
    both (the thumbnail takes ~1 ms more than at 1/8 scale, the second decoding of
    ~70 ms is saved). Raises InspectorError `image_unreadable`."""
    from PIL import Image, UnidentifiedImageError

    try:
        exif = image.getexif()
        orientation = exif.get(0x0112)
        thumb = _embedded_preview(image, exif, size) if use_embedded and image.format == "JPEG" else None
        if thumb is None and decode is not None and image.format == "JPEG":
            thumb = decode(image).copy()
            thumb.thumbnail((size, size), Image.Resampling.BICUBIC, reducing_gap=2.0)
            return thumb                            # upright already
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

    done = run_parallel(requests, one, lambda r: r.name, progress, workers)
    return {request.key: value for request, value in done.items()}


def make_thumbnails(ws: Workspace, media_ids, size: int = THUMB_SIZE,
                    progress: Progress | None = None) -> dict[str, Path | InspectorError]:
    """The thumbnails of `media_ids` (reads their rows first, then works on files)."""
    requests = []
    for media_id in media_ids:
        row = ws.media.get(media_id)
        requests.append(ThumbRequest(media_id, row["sha256"], row["original_name"] or row["sha256"][:12]))
    return thumbnails_of(ws.media_dir, thumbs_dir(ws), requests, size, progress)
