"""Reading evidence files before they are stored: a photo checked as an image (a
text file named .jpg, a cut-off copy or a HEIC without a plug-in is refused, named
but never by its path), its size and capture time; a WAV recording's duration.
Files only, safe in any thread."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..errors import ValidationError, os_reason

NOT_AN_IMAGE = ("nội dung tệp không phải là ảnh", "its content is not an image")
DAMAGED_IMAGE = ("ảnh bị hỏng hoặc chưa được chép hết", "the image is damaged or was not copied completely")
HEIC_UNREADABLE = ("máy này chưa đọc được ảnh HEIC; hãy đặt điện thoại chụp ảnh ở định dạng JPEG",
                   "HEIC photos cannot be read on this computer; set the phone to take JPEG photos")


def check_photo(path: Path) -> None:
    """Refuse, before anything is stored, a "photo" Pillow cannot read as an image
    (a text file named .jpg, a cut-off copy, a HEIC without a plug-in): raises
    ValidationError `not_a_photo` naming the file (its name only, never a path),
    or `media_unreadable` when the file itself cannot be read."""
    from PIL import Image

    try:
        with Image.open(path) as image:
            image.verify()  # the structure, without decoding the pixels (the thumbnail does that)
    except _photo_errors() as exc:
        raise _refused(path, exc) from exc


def open_photo(path: Path):
    """The photo at `path` opened with Pillow (the caller closes it), checked as
    `check_photo` checks it: a JPEG's structure is read by opening it (its `verify`
    checks nothing more), another format's is verified first. Raises as `check_photo`."""
    from PIL import Image

    try:
        image = Image.open(path)
    except _photo_errors() as exc:
        raise _refused(path, exc) from exc
    if image.format == "JPEG":
        return image
    image.close()
    check_photo(path)
    try:
        return Image.open(path)
    except _photo_errors() as exc:
        raise _refused(path, exc) from exc


def _photo_errors() -> tuple:
    """What Pillow raises for a file it cannot read as an image (evaluated only when raised)."""
    from PIL import Image, UnidentifiedImageError

    return (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError)


def _refused(path: Path, exc: BaseException) -> ValidationError:
    from PIL import UnidentifiedImageError

    if isinstance(exc, UnidentifiedImageError):
        reason = HEIC_UNREADABLE if path.suffix.lower() in (".heic", ".heif") else NOT_AN_IMAGE
        return ValidationError("not_a_photo", name=path.name, detail=reason)
    if isinstance(exc, OSError) and exc.errno:
        return ValidationError("media_unreadable", path=str(path), detail=os_reason(exc))
    return ValidationError("not_a_photo", name=path.name, detail=DAMAGED_IMAGE)


def audio_meta(path: Path, original: Path) -> dict:
    """Duration of a WAV recording (other formats: nothing, the player finds it)."""
    if original.suffix.lower() != ".wav":
        return {}
    import wave

    try:
        with wave.open(str(path), "rb") as audio:
            rate = audio.getframerate()
            return {"duration_ms": audio.getnframes() * 1000 // rate} if rate else {}
    except (OSError, EOFError, wave.Error):
        return {}


def photo_meta(path: Path) -> dict:
    """Size and EXIF capture time of a photo; nothing if Pillow cannot read it."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as image:
            return photo_meta_of(image)
    except (OSError, UnidentifiedImageError, ValueError):
        return {}


def photo_meta_of(image) -> dict:
    """Size (upright, as shown) and EXIF capture time of an opened photo; {} if its
    EXIF data cannot be read."""
    try:
        meta: dict[str, int | str] = {"width": image.width, "height": image.height}
        exif = image.getexif()
        taken = exif.get_ifd(0x8769).get(0x9003) or exif.get(0x0132)
        if exif.get(0x0112) in (5, 6, 7, 8):  # rotated 90°: shown the other way round
            meta = {"width": image.height, "height": image.width}
    except (OSError, ValueError):
        return {}
    if taken:
        try:
            meta["captured_at"] = dt.datetime.strptime(str(taken).strip("\x00 "), "%Y:%m:%d %H:%M:%S").isoformat()
        except ValueError:
            pass
    return meta
