"""The Sync page at HQ lists an attempt to change signed minutes with the device's name."""

from __future__ import annotations

from inspector_app.oplog import digest
from inspector_app.sync.trust import self_device
from tests.core.sync.helpers import send, visit_on


def test_hq_lists_an_attempt_to_change_signed_minutes_from_a_named_device(net, sync_page):
    hq, one, two, ids, usb = net
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
    page = sync_page(hq)
    panel = page.conflicts_panel
    assert panel.table.rowCount() == 1
    assert panel.table.item(0, 5).text().startswith("Thay đổi biên bản đã ký từ thiết bị Máy 2")
    assert panel.table.item(0, 2).text() == "05/BB-ĐKT" and panel.table.item(0, 4).text() == "06/BB-ĐKT"
    assert hq.minutes.get(minutes)["number"] == "05/BB-ĐKT"
