"""The Sync page at HQ lists an attempt to change signed minutes with the device's name."""

from __future__ import annotations

from inspector_app.minutes.content import digest
from inspector_app.sync.trust import self_device
from inspector_app.workspace import Workspace
from tests.core.sync.helpers import introduce, reference_data, send, visit_on
from ui.sync import SyncPage


def test_hq_lists_an_attempt_to_change_signed_minutes_from_a_named_device(qtbot, tmp_path):
    made = [Workspace.create(tmp_path / name, role, device_name=label, builtin_checklists=False)
            for name, role, label in (("hq", "hq", "Trụ sở"), ("one", "field", "Máy 1"), ("two", "field", "Máy 2"))]
    hq, one, two = made
    try:
        introduce(hq, one, two)
        ids = reference_data(hq)
        usb = tmp_path / "usb"
        usb.mkdir()
        for laptop in (one, two):
            send(hq, "distribution", laptop, usb)
        visit = visit_on(one, ids)
        minutes, _ = one.minutes.open_draft(visit, "05/BB-ĐKT")
        content = {"minutes": {"id": minutes, "version": 1, "number": "05/BB-ĐKT"}}
        one.writer.write([("minutes", minutes, {"status": "signed", "content": content,
                                                "content_hash": digest(content), "pdf_sha256": "b" * 64})])
        bundle = one.sync.export("peer", usb, recipients=[self_device(two), self_device(hq)])
        for ws in (two, hq):
            ws.sync.import_file(bundle.path)
        two.writer.write([("minutes", minutes, {"number": "06/BB-ĐKT"})])    # refused, kept in the log
        send(two, "peer", hq, usb)
        page = SyncPage(hq, "vi")
        qtbot.addWidget(page)
        page.show()
        panel = page.conflicts_panel
        assert panel.table.rowCount() == 1
        assert panel.table.item(0, 5).text().startswith("Thay đổi biên bản đã ký từ thiết bị Máy 2")
        assert panel.table.item(0, 2).text() == "05/BB-ĐKT" and panel.table.item(0, 4).text() == "06/BB-ĐKT"
        assert hq.minutes.get(minutes)["number"] == "05/BB-ĐKT"
    finally:
        for ws in made:
            ws.close()
