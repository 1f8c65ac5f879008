"""The approval prompt of the Devices tab: the role this workspace gives the
sender (never the one it claims), the device's name, its user and its
fingerprint; a key change shows the old and new fingerprints; a revoked
device says who revoked it and when. Declining changes nothing."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from inspector_app.storage import sync_store
from inspector_app.sync.trust import self_device
from inspector_app.text import day
from inspector_app.workspace import Workspace
from tests.core.sync.helpers import introduce


@pytest.fixture
def pair(tmp_path):
    hq = Workspace.create(tmp_path / "hq", "hq", device_name="Trụ sở", builtin_checklists=False)
    laptop = Workspace.create(tmp_path / "one", "field", device_name="Máy 1", builtin_checklists=False)
    laptop.people.set_current(laptop.people.create("Lê Văn Cường", "Chuyên viên")[0])
    usb = tmp_path / "usb"
    usb.mkdir()
    yield hq, laptop, usb
    hq.close()
    laptop.close()


def _import(qtbot, page, path) -> None:
    with qtbot.waitSignal(page.job_done, timeout=20_000):
        page.start_import([str(path)])


def _answer(monkeypatch, answer):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append((a[1], a[2])) or answer)
    return asked


def test_the_prompt_shows_role_device_user_and_fingerprint(qtbot, sync_page, pair, monkeypatch):
    hq, laptop, usb = pair
    monkeypatch.setattr(laptop, "role", "hq")           # a request claiming headquarters is refused...
    laptop.sync.enroll(usb / "claims-hq.bundle")
    monkeypatch.undo()
    laptop.sync.enroll(usb / "dang-ky.bundle")           # ...a field laptop's is held for a person
    page = sync_page(hq)
    _import(qtbot, page, usb / "claims-hq.bundle")
    assert page.devices_panel.held.rowCount() == 0
    _import(qtbot, page, usb / "dang-ky.bundle")
    assert page.devices_panel.held.rowCount() == 1
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    page.devices_panel.approve_button.click()
    [(title, text)] = asked
    assert title == "Approve a device"
    for shown in ("Device: Máy 1", "Role: field laptop", "User: Lê Văn Cường",
                  f"Fingerprint: {laptop.keys.fingerprint}"):
        assert shown in text
    assert page.devices_panel.held.rowCount() == 1 and laptop.device_id not in {
        d["id"] for d in hq.sync.devices()}
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.job_done, timeout=20_000):
        page.devices_panel.approve_button.click()
    assert {d["id"]: (d["trust"], d["role"]) for d in hq.sync.devices()}[laptop.device_id] == ("trusted", "field")


def test_a_key_change_shows_the_old_and_new_fingerprints(qtbot, sync_page, pair, tmp_path, monkeypatch):
    hq, laptop, usb = pair
    introduce(hq, laptop)
    impostor = Workspace.create(tmp_path / "imp", "field", device_name="Máy 1", builtin_checklists=False)
    try:
        monkeypatch.setattr(impostor, "device_id", laptop.device_id)
        impostor.units.create("Ủy ban nhân dân xã Giả", "commune")
        bundle = impostor.sync.export("findings", usb, recipients=[self_device(hq)]).path
        page = sync_page(hq)
        _import(qtbot, page, bundle)
        assert page.devices_panel.held.item(0, 4).text() == "the device's key changed"
        asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
        page.devices_panel.approve_button.click()
        [(title, text)] = asked
        assert title == "A device's key changed"
        assert f"Old fingerprint: {laptop.keys.fingerprint}" in text
        assert f"New fingerprint: {impostor.keys.fingerprint}" in text
        assert sync_store.device(hq.db.conn, laptop.device_id)["sign_public"] == laptop.keys.sign_public
        # Accepting the new key is an explicit choice; the old key is kept as the previous one.
        _answer(monkeypatch, QMessageBox.StandardButton.Yes)
        with qtbot.waitSignal(page.job_done, timeout=20_000):
            page.devices_panel.approve_button.click()
        known = sync_store.device(hq.db.conn, laptop.device_id)
        assert (known["sign_public"], known["previous_sign_public"]) == (impostor.keys.sign_public,
                                                                         laptop.keys.sign_public)
    finally:
        impostor.close()


def test_re_trusting_a_revoked_device_says_who_revoked_it_and_when(qtbot, sync_page, pair, monkeypatch):
    hq, laptop, usb = pair
    introduce(hq, laptop)
    hq.sync.revoke(laptop.device_id)
    laptop.units.create("Ủy ban nhân dân xã Mới", "commune")
    bundle = laptop.sync.export("findings", usb, recipients=[self_device(hq)]).path
    page = sync_page(hq)
    _import(qtbot, page, bundle)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    page.devices_panel.approve_button.click()
    [(title, text)] = asked
    revoked_on = day(sync_store.device(hq.db.conn, laptop.device_id)["revoked_at"])
    assert title == "Re-trust a revoked device"
    assert f"revoked by Trụ sở on {revoked_on}" in text and "User: Lê Văn Cường" in text
    assert hq.sync.held()[0]["status"] == "revoked"
