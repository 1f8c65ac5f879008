"""Test photos: small JPEGs with the EXIF a camera writes."""

from __future__ import annotations

import hashlib

from PIL import Image, ImageDraw


def make_photo(path, stamp="2026:11:20 08:42:10", orientation=None, size=(640, 480), colour=(70, 130, 180)):
    """A JPEG with an EXIF capture time (and orientation); a white block marks its top-left."""
    image = Image.new("RGB", size, colour)
    ImageDraw.Draw(image).rectangle([0, 0, size[0] // 4, size[1] // 4], fill=(255, 255, 255))
    exif = Image.Exif()
    exif.get_ifd(0x8769)[0x9003] = stamp
    if orientation:
        exif[0x0112] = orientation
    image.save(path, "JPEG", exif=exif.tobytes())
    return path


def sha256(path) -> str:
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def exif_with_preview(preview_jpeg: bytes, stamp: str = "2026:11:20 08:42:10", orientation: int = 1) -> bytes:
    """EXIF bytes as a camera writes them: orientation, capture time and an embedded
    JPEG preview in IFD1 (Pillow reads but does not write IFD1 thumbnails)."""
    import struct

    def ifd(entries, next_offset):
        out = struct.pack("<H", len(entries))
        for tag, kind, count, value in entries:
            out += struct.pack("<HHII", tag, kind, count, value) if kind == 4 else \
                struct.pack("<HHIHH", tag, kind, count, value, 0) if kind == 3 else \
                struct.pack("<HHII", tag, kind, count, value)
        return out + struct.pack("<I", next_offset)

    date = stamp.encode() + b"\x00"
    ifd0_at, ifd0_len = 8, 2 + 2 * 12 + 4
    exif_at, exif_len = ifd0_at + ifd0_len, 2 + 12 + 4
    ifd1_at, ifd1_len = exif_at + exif_len, 2 + 3 * 12 + 4
    date_at = ifd1_at + ifd1_len
    thumb_at = date_at + len(date)
    body = b"II*\x00" + struct.pack("<I", ifd0_at)
    body += ifd([(0x0112, 3, 1, orientation), (0x8769, 4, 1, exif_at)], ifd1_at)
    body += ifd([(0x9003, 2, len(date), date_at)], 0)
    body += ifd([(0x0103, 3, 1, 6), (0x0201, 4, 1, thumb_at), (0x0202, 4, 1, len(preview_jpeg))], 0)
    return b"Exif\x00\x00" + body + date + preview_jpeg


def count_opens(monkeypatch) -> list[str]:
    """Every `Image.open` from now on, by path ("<data>" for a file object or bytes): the
    list fills as the code under test opens images."""
    import os

    opened: list[str] = []
    real_open = Image.open

    def counting_open(fp, *args, **kwargs):
        opened.append(os.fspath(fp) if isinstance(fp, (str, os.PathLike)) else "<data>")
        return real_open(fp, *args, **kwargs)

    monkeypatch.setattr(Image, "open", counting_open)
    return opened
