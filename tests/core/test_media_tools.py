"""The core side of evidence (no Qt): thumbnails, ingest, the watched folder, new media methods."""

from __future__ import annotations

import os
import time

import pytest
from PIL import Image

from inspector_app import media_tools
from inspector_app.errors import InspectorError, ValidationError
from inspector_app.media_tools import import_job, write_tone_wav
from inspector_app.progress import Cancelled
from inspector_app.services.media import Media
from tests.helpers.images import count_opens, make_photo, sha256


class Seen:
    def __init__(self, stop_after=None):
        self.reports, self.stop_after = [], stop_after

    def report(self, done, total, text=""):
        self.reports.append((done, total))

    def cancelled(self):
        return self.stop_after is not None and len(self.reports) > self.stop_after


def test_thumbnails_are_upright_small_and_cached(ws, visit, photos):
    ids = [ws.media.add_file(p, visit["visit"])[0] for p in photos]
    progress = Seen()
    made = media_tools.make_thumbnails(ws, ids, 128, progress)
    assert progress.reports[-1] == (3, 3)
    sizes = [Image.open(made[i]).size for i in ids]
    assert sizes == [(128, 96), (96, 128), (128, 96)]  # orientation 6 turned upright
    upside_down = Image.open(made[ids[2]]).convert("L")
    assert upside_down.getpixel((124, 92)) > 240 and upside_down.getpixel((3, 3)) < 200  # orientation 3
    stamp = made[ids[0]].stat().st_mtime_ns
    assert media_tools.make_thumbnails(ws, ids[:1], 128)[ids[0]].stat().st_mtime_ns == stamp  # cached
    assert made[ids[0]] == media_tools.thumb_path(ws, sha256(photos[0]), 128)
    assert [sha256(ws.media.path_of(i)) for i in ids] == [sha256(p) for p in photos]  # originals untouched


def test_thumbnails_of_missing_or_broken_files_say_why(ws, visit, photos, tmp_path):
    good, _ = ws.media.add_file(photos[0], visit["visit"])
    bad, _ = ws.media.add_file(photos[1], visit["visit"])
    ws.media.path_of(good).unlink()
    ws.media.path_of(bad).write_bytes(b"damaged on disk")
    made = media_tools.make_thumbnails(ws, [good, bad])
    assert made[good].code == "media_missing" and "IMG_0001.jpg" in made[good].message("vi")
    assert made[bad].code == "image_unreadable" and "IMG_0002.jpg" in made[bad].message("vi")


def test_a_file_that_is_not_an_image_is_refused_as_a_photo_before_it_is_stored(ws, visit, tmp_path):
    fake = tmp_path / "ghi-chu.jpg"
    fake.write_text("chỉ là văn bản", encoding="utf-8")
    heic = tmp_path / "IMG_0100.HEIC"
    heic.write_bytes(b"\x00\x00\x00\x18ftypheic" + bytes(64))
    for path, why in ((fake, "nội dung tệp không phải là ảnh"), (heic, "chưa đọc được ảnh HEIC")):
        with pytest.raises(ValidationError) as err:
            ws.media.prepare(path)
        assert err.value.code == "not_a_photo" and why in err.value.message("vi")
        assert f'"{path.name}"' in err.value.message("vi") and str(tmp_path) not in err.value.message("vi")
    result = media_tools.ingest(ws, [fake])
    assert not result.prepared and result.failures[0][1].code == "not_a_photo"
    assert ws.media.of_visit(visit["visit"]) == [] and not list(ws.media_dir.glob("*/*"))


def test_other_image_modes_become_rgb_thumbnails(tmp_path):
    for mode, colour in (("RGBA", (10, 20, 30, 0)), ("L", 128), ("P", 3), ("CMYK", (0, 0, 0, 0))):
        source = tmp_path / f"x-{mode}.{'jpg' if mode == 'CMYK' else 'png'}"
        Image.new(mode, (300, 200), colour).save(source)
        out = media_tools.make_thumbnail(source, tmp_path / f"t-{mode}.jpg", 64)
        assert Image.open(out).mode == "RGB" and Image.open(out).size == (64, 43)


def test_ingest_stores_files_and_thumbnails_and_reports_failures(ws, visit, photos, tmp_path):
    progress = Seen()
    result = media_tools.ingest(ws, [*photos, tmp_path / "missing.jpg"], progress=progress)
    assert [p["original_name"] for p in result.prepared] == ["IMG_0001.jpg", "IMG_0002.jpg", "IMG_0003.jpg"]
    assert [(path.name, err.code) for path, err in result.failures] == [("missing.jpg", "media_unreadable")]
    assert progress.reports[0] == (0, 4) and progress.reports[-1] == (4, 4)
    assert result.prepared[1]["width"] == 480 and result.prepared[1]["captured_at"] == "2026-11-20T08:41:00"
    assert all(media_tools.thumb_path(ws, p["sha256"]).is_file() for p in result.prepared)
    assert ws.media.of_visit(visit["visit"]) == []  # nothing recorded until add_prepared
    ids, changes = ws.media.add_prepared(result.prepared + result.prepared[:1], visit["visit"])
    assert len(set(ids)) == 3 and ids[0] == ids[3] and changes.touches("media")
    again, changes = ws.media.add_prepared(result.prepared, visit["visit"])
    assert again == ids[:3] and not changes  # the same file twice is one row


def test_ingest_hands_over_finished_files_in_batches_while_it_runs(ws, photos, tmp_path):
    import threading

    batches = []
    caller = threading.get_ident()

    def on_batch(batch):
        assert threading.get_ident() == caller  # the caller records them, not a pool thread
        batches.append(([p["original_name"] for p in batch.prepared], [path.name for path, _e in batch.failures]))

    result = media_tools.ingest(ws, [*photos, tmp_path / "missing.jpg"], on_batch=on_batch, batch_size=2)
    assert [len(names) + len(failed) for names, failed in batches] == [2, 2]
    assert sorted(n for names, _f in batches for n in names) == ["IMG_0001.jpg", "IMG_0002.jpg", "IMG_0003.jpg"]
    assert [f for _n, failed in batches for f in failed] == ["missing.jpg"]
    assert [p["original_name"] for p in result.prepared] == ["IMG_0001.jpg", "IMG_0002.jpg", "IMG_0003.jpg"]


def test_ingest_can_be_cancelled(ws, photos):
    with pytest.raises(Cancelled):
        media_tools.ingest(ws, photos * 4, progress=Seen(stop_after=1), workers=1)
    assert not list(ws.media_dir.glob(".incoming-*"))     # copies never recorded are not left behind


def test_a_batch_is_handed_over_only_once_its_files_and_their_names_are_on_disk(ws, photos, monkeypatch):
    """The files are flushed per batch, not by each copying thread: still, a caller
    never gets (and so never records) a file a power cut could take back."""
    import stat
    import threading

    log: list[tuple[str, object]] = []
    lock = threading.Lock()
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd):
        real_fsync(fd)
        info = os.fstat(fd)
        with lock:
            log.append(("dir" if stat.S_ISDIR(info.st_mode) else "file", (info.st_dev, info.st_ino)))

    def replace(src, dst):
        real_replace(src, dst)
        info = os.stat(dst)
        with lock:
            log.append(("named", (info.st_dev, info.st_ino)))

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    handed: list[str] = []

    def on_batch(batch):
        for prepared in batch.prepared:
            blob = ws.media.blob_path(prepared["sha256"])
            inode, folder = (blob.stat().st_dev, blob.stat().st_ino), blob.parent.stat()
            synced = log.index(("file", inode))
            named = log.index(("named", inode))
            folder_synced = max(n for n, entry in enumerate(log) if entry == ("dir", (folder.st_dev, folder.st_ino)))
            assert synced < named < folder_synced, prepared["original_name"]
            handed.append(prepared["original_name"])

    result = media_tools.ingest(ws, photos, on_batch=on_batch, batch_size=2)
    assert sorted(handed) == ["IMG_0001.jpg", "IMG_0002.jpg", "IMG_0003.jpg"] and not result.failures
    assert not list(ws.media_dir.glob(".incoming-*"))


def test_ingest_opens_each_photo_once_and_decodes_nothing_twice(ws, photos, monkeypatch):
    """Checking, the capture time and the thumbnail come from one opening of the
    original; the stored copy is not read back (its print copy comes after)."""

    opened = count_opens(monkeypatch)
    monkeypatch.setattr(import_job, "make_print_copies", lambda *args, **kwargs: 0)
    result = media_tools.ingest(ws, photos)
    assert sorted(opened) == sorted(str(p) for p in photos)
    assert [p["captured_at"] for p in result.prepared] == ["2026-11-20T08:40:00", "2026-11-20T08:41:00",
                                                           "2026-11-20T08:42:00"]
    assert all(media_tools.thumb_path(ws, p["sha256"]).is_file() for p in result.prepared)


def test_the_watched_folder_scan(tmp_path):
    folder = tmp_path / "DCIM"
    (folder / "100CANON").mkdir(parents=True)
    make_photo(folder / "old.jpg")
    (folder / "notes.txt").write_text("x")
    seen = media_tools.folder_snapshot(folder)
    assert list(seen) == ["old.jpg"]
    now = time.time()
    fresh = make_photo(folder / "100CANON" / "IMG_1.JPG")
    assert media_tools.scan_new_images(folder, seen, settle_seconds=5, now=now)[0] == []  # still being copied
    new, seen = media_tools.scan_new_images(folder, seen, settle_seconds=5, now=now + 10)
    assert new == [fresh] and "100CANON/IMG_1.JPG" in seen
    assert media_tools.scan_new_images(folder, seen, settle_seconds=0)[0] == []
    os.utime(fresh, (now + 20, now + 20))  # replaced by another copy
    assert media_tools.scan_new_images(folder, seen, settle_seconds=0, now=now + 60)[0] == [fresh]
    with pytest.raises(InspectorError) as err:
        media_tools.folder_snapshot(tmp_path / "gone")
    assert err.value.code == "watch_folder_missing"


def test_recording_with_bookmarks_is_stored_all_or_nothing(ws, visit, tmp_path):
    wav = write_tone_wav(tmp_path / "ghi-am.wav", 3)
    with pytest.raises(InspectorError):
        ws.media.add_recording(wav, visit["visit"], bookmarks=[("item", "no-such-item", 10)])
    assert ws.media.of_visit(visit["visit"]) == []
    media_id, changes = ws.media.add_recording(wav, visit["visit"], captured_at="2026-11-20T08:00:00+07:00",
                                               bookmarks=[("item", visit["items"]["A1"], 2000)])
    row = ws.media.get(media_id)
    assert row["duration_ms"] == 3000 and row["kind"] == "audio" and changes.touches("evidence_link")
    (bookmark,) = ws.media.bookmarks(visit["visit"], visit["items"]["A1"])
    assert bookmark["offset_ms"] == 2000 and bookmark["media_name"] == "ghi-am.wav"
    assert ws.media.bookmarks(visit["visit"], visit["items"]["A2"]) == []
    ws.media.unlink(bookmark["id"])
    assert ws.media.bookmarks(visit["visit"]) == [] and ws.media.links(visit["visit"]) == []


def test_path_of_and_exists(ws, visit, photos):
    media_id, _ = ws.media.add_file(photos[0], visit["visit"])
    assert ws.media.exists(media_id) and ws.media.path_of(media_id) == Media.blob_path(ws.media, sha256(photos[0]))
    ws.media.path_of(media_id).unlink()
    assert not ws.media.exists(media_id)


def _with_preview(path, preview_size, orientation=1):
    import io

    from tests.helpers.images import exif_with_preview

    small = io.BytesIO()
    Image.new("RGB", preview_size, (250, 20, 20)).save(small, "JPEG")  # red: the preview
    Image.new("RGB", (1200, 900), (20, 20, 250)).save(  # blue: the photo itself
        path, "JPEG", exif=exif_with_preview(small.getvalue(), orientation=orientation))
    return path


def test_a_cameras_embedded_preview_is_used_when_it_fits(tmp_path):
    out = media_tools.make_thumbnail(_with_preview(tmp_path / "cam.jpg", (160, 120), orientation=6),
                                     tmp_path / "t.jpg", 256)
    thumb = Image.open(out)
    assert thumb.size == (120, 160)  # upright, not enlarged
    assert thumb.getpixel((60, 80))[0] > 200  # from the preview: no decoding of the photo
    padded = media_tools.make_thumbnail(_with_preview(tmp_path / "pad.jpg", (160, 160)), tmp_path / "p.jpg", 256)
    assert Image.open(padded).size == (256, 192) and Image.open(padded).getpixel((128, 96))[2] > 200
    decoded = media_tools.make_thumbnail(tmp_path / "cam.jpg", tmp_path / "d.jpg", 256, use_embedded=False)
    assert Image.open(decoded).getpixel((96, 128))[2] > 200


def test_deleting_photos_takes_them_and_their_links_out_undoably_and_keeps_the_original(ws, visit, photos):
    ids, _ = ws.media.add_prepared([ws.media.prepare(p) for p in photos[:2]], visit["visit"],
                                   link_to=("item", visit["items"]["A1"]))
    blob = ws.media.path_of(ids[0])
    ws.media.delete([ids[0]])
    assert [m["id"] for m in ws.media.of_visit(visit["visit"])] == [ids[1]]
    assert [link["media_id"] for link in ws.media.links(visit["visit"])] == [ids[1]]
    assert blob.is_file()                                   # the original stays in the store
    ws.undo(visit["visit"])                                 # one step brings the photo and its link back
    assert {m["id"] for m in ws.media.of_visit(visit["visit"])} == set(ids)
    assert len(ws.media.links(visit["visit"])) == 2


def test_deleting_evidence_of_a_signed_visit_is_refused(ws, visit, photos):
    (media_id,), _ = ws.media.add_prepared([ws.media.prepare(photos[0])], visit["visit"])
    ws.visits.conclude(visit["visit"], "2026-11-20T11:00:00+07:00", reason="Kết thúc")
    ws.writer.write([("visit", visit["visit"], {"status": "minutes_signed"})])
    with pytest.raises(ValidationError) as err:
        ws.media.delete([media_id])
    assert "biên bản bổ sung" in err.value.message("vi")
