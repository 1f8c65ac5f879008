"""Sync screen fixtures: HQ and two laptops that know each other, and a shown Sync page."""

from __future__ import annotations

import pytest

from inspector_app.workspace import Workspace
from tests.core.sync.helpers import introduce, reference_data, send
from ui.sync import SyncPage


@pytest.fixture
def net(tmp_path):
    """(hq, laptop one, laptop two, reference ids, usb folder), the laptops holding HQ's distribution."""
    hq = Workspace.create(tmp_path / "hq", "hq", device_name="Trụ sở", builtin_checklists=False)
    one = Workspace.create(tmp_path / "one", "field", device_name="Máy 1", builtin_checklists=False)
    two = Workspace.create(tmp_path / "two", "field", device_name="Máy 2", builtin_checklists=False)
    introduce(hq, one, two)
    ids = reference_data(hq)
    usb = tmp_path / "usb"
    usb.mkdir()
    for laptop in (one, two):
        send(hq, "distribution", laptop, usb)
    yield hq, one, two, ids, usb
    for ws in (hq, one, two):
        ws.close()


@pytest.fixture
def sync_page(qtbot):
    """Build and show the Sync page over a workspace."""
    def make(ws) -> SyncPage:
        page = SyncPage(ws, "vi")
        qtbot.addWidget(page)
        page.show()
        return page
    return make
