from __future__ import annotations

import pytest

from .helpers import introduce, reference_data, send, workspace


@pytest.fixture
def usb(tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


@pytest.fixture
def hq(tmp_path):
    ws = workspace(tmp_path, "Tru so", "hq")
    yield ws
    ws.close()


@pytest.fixture
def pair(tmp_path, hq):
    """HQ and one laptop that know each other's keys (no data yet)."""
    laptop = workspace(tmp_path, "May 1")
    introduce(hq, laptop)
    yield hq, laptop
    laptop.close()


@pytest.fixture
def team(tmp_path, hq, usb):
    """HQ with reference data, and two laptops that received its distribution."""
    laptops = [workspace(tmp_path, "May 1"), workspace(tmp_path, "May 2")]
    introduce(hq, *laptops)
    ids = reference_data(hq)
    for laptop in laptops:
        send(hq, "distribution", laptop, usb)
    yield hq, laptops, ids
    for laptop in laptops:
        laptop.close()
