"""Evidence fixtures: photo files, a simulated clock, an EvidencePanel with test doubles."""

from __future__ import annotations

import os
import time

import pytest

from tests.helpers.images import exif_with_preview, make_photo, sha256  # noqa: F401 - tests import them from here
from ui.media import EvidencePanel, FakeDevices, SimulatedPlayer, SimulatedRecorder
from ui.media.common import READY


def settle(path) -> None:
    """Make a file look fully copied (modified a while ago) for the watched folder."""
    old = time.time() - 60
    os.utime(path, (old, old))


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


