"""The Sync screen: export and import in a worker thread, reports, conflicts, approvals."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from inspector_app.workspace import Workspace
from tests.core.sync.helpers import send, visit_on


def test_export_runs_in_a_worker_and_reports_the_verified_file(qtbot, sync_page, net):
    hq, one, _two, ids, usb = net
    visit_on(one, ids)
    page = sync_page(one)
    assert page.kind_combo.currentData() == "findings"
    assert [d["id"] for d in page.chosen_recipients()] == [hq.device_id]        # HQ, by default
    with qtbot.waitSignal(page.job_done, timeout=20_000):
        page.start_export(str(usb / "out"))
    written = list((usb / "out").glob("*.bundle"))
    assert len(written) == 1 and written[0].name in page.export_result.text()
    assert page.history_panel.table.rowCount() >= 2 and not page.progress.isVisible()


def test_importing_a_folder_reports_each_bundle_and_hq_lists_visits(qtbot, sync_page, net):
    hq, one, two, ids, usb = net
    for laptop in (one, two):
        visit_on(laptop, ids)
        laptop.sync.export("findings", usb / "in")
    (usb / "in" / "rac.bundle").write_bytes(b"not a bundle at all")
    page = sync_page(hq)
    with qtbot.waitSignal(page.ops.bus.operation_did_execute, timeout=20_000):
        page.start_import([str(usb / "in")])
    qtbot.waitUntil(lambda: not page.progress.isVisible())
    results = [page.report_table.item(r, 1).text() for r in range(page.report_table.rowCount())]
    assert sorted(results) == ["Accepted", "Accepted", "Rejected"]
    row = results.index("Rejected")
    assert "bị hỏng" in page.report_table.item(row, 3).text()
    assert page.visits_tree.topLevelItemCount() == 1
    team = page.visits_tree.topLevelItem(0)
    assert team.text(0) == "Đoàn kiểm tra số 1" and team.child(0).childCount() == 2


def test_a_conflict_shows_both_values_and_is_resolved_by_a_choice(qtbot, sync_page, net):
    _hq, one, two, ids, usb = net
    visit = visit_on(one, ids)
    send(one, "peer", two, usb)
    one.answers.answer(visit, ids["items"]["A1"], "dat")
    two.answers.answer(visit, ids["items"]["A1"], "khong_dat")
    send(two, "peer", one, usb)
    page = sync_page(one)
    panel = page.conflicts_panel
    assert panel.table.rowCount() == 1 and "(1)" in page.tabs.tabText(2)
    texts = [panel.table.item(0, c).text() for c in range(6)]
    assert {texts[2], texts[4]} == {"dat", "khong_dat"} and "Máy" in texts[3] + texts[5]
    with qtbot.waitSignal(page.ops.bus.operation_did_execute):
        panel.take_button.click()
    assert panel.table.rowCount() == 0 and not panel.empty.isHidden()


def test_a_held_bundle_is_approved_after_the_fingerprint_is_confirmed(qtbot, sync_page, net, tmp_path, monkeypatch):
    hq, _one, _two, _ids, usb = net
    stranger = Workspace.create(tmp_path / "new", "field", device_name="Máy mới", builtin_checklists=False)
    try:
        stranger.sync.enroll(usb / "dang-ky.bundle")
        page = sync_page(hq)
        with qtbot.waitSignal(page.job_done, timeout=20_000):
            page.start_import([str(usb / "dang-ky.bundle")])
        assert page.report_table.item(0, 1).text() == "Held for approval"
        assert page.devices_panel.held.rowCount() == 1
        assert page.devices_panel.held.item(0, 3).text() == stranger.keys.fingerprint
        asked = []
        monkeypatch.setattr(QMessageBox, "question",
                            lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
        with qtbot.waitSignal(page.job_done, timeout=20_000):
            page.devices_panel.approve_button.click()
        assert stranger.keys.fingerprint in asked[0]
        assert page.devices_panel.held.rowCount() == 0
        names = [page.devices_panel.devices.item(r, 0).text() for r in range(page.devices_panel.devices.rowCount())]
        assert "Máy mới" in names
    finally:
        stranger.close()


def test_operations_a_bundle_relays_without_proof_are_reported_beside_what_was_imported(qtbot, sync_page, net,
                                                                                      monkeypatch):
    from tests.core.sync.hostile import crafted, encode, op_line

    hq, one, two, _ids, usb = net
    forged = op_line(two.device_id)                 # credited to Máy 2, inside Máy 1's bundle
    path = crafted(monkeypatch, one, hq, usb, [encode(op_line(one.device_id)), encode(forged)])
    page = sync_page(hq)
    with qtbot.waitSignal(page.ops.bus.operation_did_execute, timeout=20_000):
        page.start_import([str(path)])
    qtbot.waitUntil(lambda: not page.progress.isVisible())
    assert page.report_table.item(0, 1).text() == "Accepted"
    detail = page.report_table.item(0, 3).text()
    assert "1 thao tác do gói này chuyển tiếp không được áp dụng" in detail
    assert "1 thao tác ghi là của Máy 2: không có chữ ký hợp lệ của chính máy đó" in detail
    assert "Máy 2" in page.report_detail.text()
