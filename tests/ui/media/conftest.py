"""Evidence fixtures: photo files, a simulated clock, an EvidencePanel with test doubles."""

from __future__ import annotations

import hashlib
import os
import time

import pytest

from tests.helpers.images import make_photo
from ui.media import EvidencePanel, FakeDevices, SimulatedPlayer, SimulatedRecorder
from ui.media.common import READY


def sha256(path) -> str:
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def settle(path) -> None:
    """Make a file look fully copied (modified a while ago) for the watched folder."""
    old = time.time() - 60
    os.utime(path, (old, old))


@pytest.fixture
def photos(tmp_path):
    """Three photos in a folder: upright, turned (orientation 6), upside down (3)."""
    folder = tmp_path / "camera"
    folder.mkdir()
    return [make_photo(folder / "IMG_0001.jpg", "2026:11:20 08:40:00"),
            make_photo(folder / "IMG_0002.jpg", "2026:11:20 08:41:00", orientation=6, colour=(60, 160, 90)),
            make_photo(folder / "IMG_0003.jpg", "2026:11:20 08:42:00", orientation=3, colour=(190, 90, 60))]


class Clock:
    """Seconds a test moves forward by hand."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def make_panel(qtbot, ws, visit, settings, clock):
    """Build an EvidencePanel on the visit with test doubles; shut down after the test."""
    built = []

    def build(**kwargs):
        kwargs.setdefault("settings", settings)
        kwargs.setdefault("devices", FakeDevices(camera=False, microphone=True))
        kwargs.setdefault("recorder", SimulatedRecorder(clock=clock))
        kwargs.setdefault("player", SimulatedPlayer())
        kwargs.setdefault("watch_settle_seconds", 0)
        lang = kwargs.pop("lang", "vi")
        panel = EvidencePanel(ws, visit["visit"], lang, **kwargs)
        qtbot.addWidget(panel)
        panel.resize(760, 560)
        built.append(panel)
        return panel

    yield build
    for panel in built:
        panel.shutdown()


@pytest.fixture
def panel(make_panel):
    return make_panel()


def wait_for_thumbnails(qtbot, model, count: int) -> None:
    """Until the model holds `count` photos and none is still loading."""
    qtbot.waitUntil(lambda: model.rowCount() == count and not model.pending_thumbnails()
                    and not any(model.state_of(i) == "loading" for i in model.ids()), timeout=10_000)


__all__ = ["READY", "make_photo", "settle", "sha256", "wait_for_thumbnails"]


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
