"""Test photos: small JPEGs with the EXIF a camera writes."""

from __future__ import annotations

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
