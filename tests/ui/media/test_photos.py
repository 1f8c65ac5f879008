"""The Photos tab: import (method, drop, watched folder, camera), thumbnails, links, shortcuts."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication

from inspector_app import media_tools
from tests.helpers.images import make_photo
from tests.ui.media.conftest import settle, sha256, wait_for_thumbnails
from ui.media import FakeDevices
from ui.media.common import ID_ROLE, LINKED_ROLE, READY, STATE_ROLE


def test_imported_photos_get_upright_thumbnails_and_capture_times(qtbot, panel, ws, visit, photos):
    panel.photos.import_paths(photos)
    model = panel.photos.model
    wait_for_thumbnails(qtbot, model, 3)
    rows = ws.media.of_kind(visit["visit"], "photo")
    assert [r["original_name"] for r in rows] == ["IMG_0001.jpg", "IMG_0002.jpg", "IMG_0003.jpg"]
    for row, source in zip(rows, photos):
        assert row["sha256"] == sha256(source)  # originals kept bit-exact
        assert ws.media.path_of(row["id"]).read_bytes() == source.read_bytes()
    assert [model.index(n).data(STATE_ROLE) for n in range(3)] == [READY] * 3
    assert model.index(0).data() == "20/11 08:40"
    assert "20/11/2026 08:41" in model.index(1).data(Qt.ItemDataRole.ToolTipRole)
    turned = Image.open(media_tools.thumb_path(ws, rows[1]["sha256"]))
    assert turned.height > turned.width  # orientation 6: shown upright (portrait)
    assert not model.index(0).data(Qt.ItemDataRole.DecorationRole).isNull()
    assert panel.tabs.tabText(panel.PHOTOS).endswith("(3)")


def test_dropping_files_on_the_panel_imports_photos(qtbot, panel, photos):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in photos[:2]])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(panel, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(panel, drop)
    assert drop.isAccepted()
    wait_for_thumbnails(qtbot, panel.photos.model, 2)


def test_a_dropped_file_that_is_neither_photo_nor_recording_is_refused_with_a_message(
        qtbot, panel, tmp_path, vi_translator):
    note = tmp_path / "ghi-chu.txt"
    note.write_text("x")
    panel.import_paths([note])
    assert panel.banner.isVisibleTo(panel)
    assert "ghi-chu.txt" in panel.banner.text() and "Chỉ" in panel.banner.text()


def test_linking_selected_photos_to_the_current_item(qtbot, panel, ws, visit, photos):
    panel.photos.import_paths(photos)
    model = panel.photos.model
    wait_for_thumbnails(qtbot, model, 3)
    item_a1, item_a2 = visit["items"]["A1"], visit["items"]["A2"]
    panel.set_current_target("item", item_a1)
    view = panel.photos.view
    view.selectionModel().clearSelection()
    view.selectionModel().select(model.index(1), view.selectionModel().SelectionFlag.Select)
    with qtbot.waitSignal(panel.ops.bus.operation_did_execute) as signal:
        panel.link_photos_action.trigger()
    assert signal.args[0].touches("evidence_link")
    links = ws.media.links_to(visit["visit"], "item", item_a1)
    assert [link["media_id"] for link in links] == [model.index(1).data(ID_ROLE)]
    assert [model.index(n).data(LINKED_ROLE) for n in range(3)] == [False, True, False]
    assert "1" in panel.photos.target_label.text()

    panel.photos.only_linked_box.setChecked(True)  # only the photos of this item
    assert model.rowCount() == 1
    panel.set_current_target("item", item_a2)
    assert model.rowCount() == 0
    panel.photos.only_linked_box.setChecked(False)
    assert model.rowCount() == 3 and not any(model.index(n).data(LINKED_ROLE) for n in range(3))

    panel.set_current_target("item", item_a1)
    view.selectionModel().select(model.index(1), view.selectionModel().SelectionFlag.ClearAndSelect)
    panel.photos.unlink_selected()
    assert ws.media.links_to(visit["visit"], "item", item_a1) == []
    assert len(ws.media.of_kind(visit["visit"], "photo")) == 3  # the photo stays


def test_linking_to_a_finding(qtbot, panel, ws, visit, photos):
    finding_id, _ = ws.findings.add(visit["visit"], "Niêm yết thủ tục không đầy đủ")
    panel.set_current_target("finding", finding_id)
    panel.photos.import_paths(photos[:1], link=True)
    qtbot.waitUntil(lambda: len(ws.media.links_to(visit["visit"], "finding", finding_id)) == 1, timeout=10_000)
    assert "Niêm yết" in panel.photos.target_label.text()


def test_attach_shortcut_imports_and_links_to_the_current_item(qtbot, panel, ws, visit, photos):
    assert panel.attach_photo_action.shortcut() == QKeySequence("Ctrl+Shift+P")
    assert panel.bookmark_action.shortcut() == QKeySequence("Ctrl+B")
    assert panel.attach_photo_action in panel.shortcut_actions()
    panel.set_current_target("item", visit["items"]["A3"])
    panel.photos.import_paths(photos[:2], link=True)  # what the action does after its file dialog
    qtbot.waitUntil(lambda: len(ws.media.links_to(visit["visit"], "item", visit["items"]["A3"])) == 2,
                    timeout=10_000)
    assert panel.photos.model.linked_count() == 2


def test_the_watched_folder_imports_new_photos_only(qtbot, make_panel, ws, visit, settings, tmp_path):
    folder = tmp_path / "dcim"
    folder.mkdir()
    settle(make_photo(folder / "old.jpg"))
    panel = make_panel(watch_poll_ms=100)
    assert panel.photos.choose_watch_folder(str(folder))
    assert str(folder) in panel.photos.watch_label.text()
    new = make_photo(folder / "IMG_0100.jpg", "2026:11:20 09:15:00", colour=(20, 20, 20))
    settle(new)
    qtbot.waitUntil(lambda: panel.photos.model.rowCount() == 1, timeout=10_000)
    assert ws.media.of_kind(visit["visit"], "photo")[0]["original_name"] == "IMG_0100.jpg"
    panel.shutdown()

    again = make_panel(watch_poll_ms=100)  # the folder and what was seen are remembered
    assert again.photos.watcher.folder() == str(folder)
    assert again.photos.watcher.scan() == []
    settle(make_photo(folder / "IMG_0101.jpg", "2026:11:20 09:16:00"))
    qtbot.waitUntil(lambda: again.photos.model.rowCount() == 2, timeout=10_000)


def test_a_watched_folder_that_disappears_gives_a_message(qtbot, make_panel, tmp_path, vi_translator):
    folder = tmp_path / "the-card"
    folder.mkdir()
    panel = make_panel(watch_poll_ms=50)
    assert panel.photos.choose_watch_folder(str(folder))
    folder.rmdir()
    qtbot.waitUntil(lambda: "Không truy cập được thư mục theo dõi" in panel.photos.banner.text(), timeout=10_000)
    assert not panel.photos.choose_watch_folder(str(tmp_path / "nowhere"))


def test_camera_capture_is_disabled_without_a_camera(make_panel, vi_translator):
    panel = make_panel(devices=FakeDevices(camera=False, microphone=False))
    assert not panel.capture_action.isEnabled()
    assert "Không tìm thấy máy ảnh" in panel.capture_action.toolTip()
    with_camera = make_panel(devices=FakeDevices(camera=True, microphone=False))
    assert with_camera.capture_action.isEnabled()


def test_a_camera_shot_is_added_linked_and_its_staging_copy_removed(qtbot, panel, ws, visit):
    shot = make_photo(media_tools.new_staging_path(ws, "anh", ".jpg"))
    panel.set_current_target("item", visit["items"]["A1"])
    panel.photos.add_captured([shot])
    qtbot.waitUntil(lambda: not shot.exists(), timeout=10_000)
    assert len(ws.media.links_to(visit["visit"], "item", visit["items"]["A1"])) == 1


def test_a_missing_original_shows_a_placeholder_and_says_what_to_do(qtbot, make_panel, ws, visit, photos,
                                                                    vi_translator):
    first = make_panel()
    first.photos.import_paths(photos[:2])
    wait_for_thumbnails(qtbot, first.photos.model, 2)
    first.shutdown()
    gone = ws.media.of_kind(visit["visit"], "photo")[0]
    ws.media.path_of(gone["id"]).unlink()
    media_tools.thumb_path(ws, gone["sha256"]).unlink()

    panel = make_panel()
    model = panel.photos.model
    assert model.index(0).data(STATE_ROLE) == "missing"
    assert model.index(1).data(STATE_ROLE) == READY
    assert "Không tìm thấy tệp gốc" in panel.photos.banner.text()
    assert "IMG_0001.jpg" in model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    panel.show()
    panel.grab()  # paints the placeholder
    viewer = panel.photos.open_viewer(0)
    assert viewer.problem and "Không tìm thấy tệp gốc" in viewer.banner.text()
    viewer.zoom_in()  # still usable
    viewer.close()


def test_a_text_file_named_jpg_is_refused_in_vietnamese_without_path_or_hash(qtbot, panel, ws, visit, tmp_path,
                                                                             photos, vi_translator):
    fake = tmp_path / "bien-ban.jpg"
    fake.write_text("Đây là một tệp văn bản, không phải ảnh.\n" * 20, encoding="utf-8")
    broken = tmp_path / "hong.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg" * 20)
    panel.photos.import_paths([fake, broken, photos[0]])
    qtbot.waitUntil(lambda: not panel.photos.runner.is_busy(), timeout=10_000)
    stored = ws.media.of_kind(visit["visit"], "photo")
    assert [row["original_name"] for row in stored] == ["IMG_0001.jpg"]   # only the real photo
    text = panel.photos.banner.text()
    assert "Không nhận tệp \"bien-ban.jpg\" làm ảnh minh chứng: nội dung tệp không phải là ảnh" in text
    assert "Không nhận tệp \"hong.jpg\" làm ảnh minh chứng: ảnh bị hỏng" in text
    assert str(tmp_path) not in text and sha256(fake) not in text
    assert "cannot" not in text and "identify" not in text and "Photos added" not in text
    assert "Số ảnh đã thêm: 1." in text


def test_a_photo_damaged_in_the_store_is_explained_in_vietnamese(qtbot, make_panel, ws, visit, photos,
                                                                  vi_translator):
    first = make_panel()
    first.photos.import_paths(photos[:1])
    wait_for_thumbnails(qtbot, first.photos.model, 1)
    first.shutdown()
    row = ws.media.of_kind(visit["visit"], "photo")[0]
    ws.media.path_of(row["id"]).write_bytes(b"damaged on disk" * 50)
    media_tools.thumb_path(ws, row["sha256"]).unlink()

    panel = make_panel()
    model = panel.photos.model
    qtbot.waitUntil(lambda: model.index(0).data(STATE_ROLE) == "unreadable", timeout=10_000)
    assert "Không hiển thị được ảnh \"IMG_0001.jpg\"" in model.problem_of(row["id"])
    viewer = panel.photos.open_viewer(0)
    text = viewer.banner.text()
    assert "Không hiển thị được ảnh \"IMG_0001.jpg\" (không giải mã được nội dung ảnh)" in text
    assert row["sha256"] not in text and str(ws.path) not in text and "image" not in text.lower()
    viewer.close()


def test_import_of_many_photos_can_be_cancelled(qtbot, panel, ws, visit, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    files = [make_photo(folder / f"{n:03d}.jpg", f"2026:11:20 10:{n % 60:02d}:00", size=(1600, 1200))
             for n in range(40)]
    job = panel.photos.import_paths(files)
    assert panel.photos.runner.is_busy() and panel.photos.job_bar.isVisibleTo(panel.photos)
    job.cancel()
    qtbot.waitUntil(lambda: not panel.photos.runner.is_busy(), timeout=20_000)
    assert not panel.photos.job_bar.isVisibleTo(panel.photos)
    stored = ws.media.of_kind(visit["visit"], "photo")
    assert len(stored) < 40 and panel.photos.model.rowCount() == len(stored)


def test_a_folder_given_to_import_brings_its_photos(qtbot, panel, photos):
    panel.photos.import_paths([Path(photos[0]).parent])
    wait_for_thumbnails(qtbot, panel.photos.model, 3)
