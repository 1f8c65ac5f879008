"""Print copies made when a photo is ingested, so the minutes never downscale on site (issue 11, point 8)."""

from __future__ import annotations

import os

from PIL import Image

from inspector_app import media_tools
from inspector_app.minutes import photos
from tests.helpers.factories import setup_visit
from tests.helpers.images import count_opens


def _photo(path, size=(4000, 3000)):
    Image.effect_noise(size, 40).convert("RGB").save(path, "JPEG", quality=85)
    return path


def _camera_photo(path, size=(4000, 3000)):
    """A photo as a camera writes it: with the small preview in its EXIF data (its thumbnail
    is made from that, so its print copy is made after the import's pass)."""
    import io

    from tests.helpers.images import exif_with_preview

    image = Image.effect_noise(size, 40).convert("RGB")
    small = io.BytesIO()
    image.resize((160, 160 * size[1] // size[0])).save(small, "JPEG", quality=80)
    image.save(path, "JPEG", quality=85, exif=exif_with_preview(small.getvalue()))
    return path


def _ready(ws, visit_id):
    ws.visits.add_participant(visit_id, "team", "Nguyễn Thị Thu Hà", "Phó Giám đốc", "head")
    ws.visits.add_participant(visit_id, "unit", "Lê Thị Hạnh", "Chủ tịch UBND phường", "representative")
    ws.visits.conclude(visit_id, "2026-11-20T10:30:00+07:00", reason="Thử nghiệm")


def test_prepare_makes_the_print_copy_when_the_photo_is_ingested(tmp_path, ws):
    prepared = ws.media.prepare(_photo(tmp_path / "IMG_0001.jpg"))
    copy = photos.cache_path(ws.minutes.cache_dir, prepared["sha256"])
    assert copy.is_file()
    with Image.open(copy) as image:
        assert max(image.size) == photos.PRINT_PX and image.format == "JPEG"


def test_the_import_job_makes_print_copies_in_its_worker_threads(tmp_path, ws):
    paths = [_photo(tmp_path / f"IMG_{n}.jpg", (1600, 1200)) for n in range(3)]
    result = media_tools.ingest(ws, paths)
    assert len(result.prepared) == 3
    assert all(photos.cache_path(ws.media.print_dir, p["sha256"]).is_file() for p in result.prepared)


def test_the_first_rendering_after_ingest_downscales_nothing(tmp_path, ws):
    ids = setup_visit(ws)
    prepared = [ws.media.prepare(_photo(tmp_path / f"IMG_{n}.jpg")) for n in range(2)]
    ws.media.add_prepared(prepared, ids["visit"], link_to=("item", ids["items"]["A1"]))
    _ready(ws, ids["visit"])
    copies = {p["sha256"]: photos.cache_path(ws.media.print_dir, p["sha256"]) for p in prepared}
    stamps = {sha: path.stat().st_mtime_ns for sha, path in copies.items()}
    result = ws.minutes.render(ids["visit"])
    assert result.photos == 2 and result.downscaled == 0 and result.downscale_seconds < 0.05
    assert {sha: path.stat().st_mtime_ns for sha, path in copies.items()} == stamps   # read, not remade


def test_a_photo_without_a_print_copy_gets_one_at_its_first_rendering_only(tmp_path, ws):
    """A photo that arrived by sync has no print copy yet: it is made once, then reused."""
    ids = setup_visit(ws)
    media_id, _ = ws.media.add_file(_photo(tmp_path / "IMG_sync.jpg"), ids["visit"])
    ws.media.link(media_id, "item", ids["items"]["A2"])
    sha = ws.media.get(media_id)["sha256"]
    copy = photos.cache_path(ws.media.print_dir, sha)
    os.unlink(copy)                       # as if the original had come from another laptop
    _ready(ws, ids["visit"])
    first = ws.minutes.render(ids["visit"])
    assert first.downscaled == 1 and copy.is_file()
    second = ws.minutes.render(ids["visit"])
    assert second.downscaled == 0 and second.pdf == first.pdf


def test_a_photo_pillow_cannot_decode_is_still_stored_without_a_print_copy(tmp_path, ws):
    path = _photo(tmp_path / "IMG_cut.jpg", (800, 600))
    data = path.read_bytes()
    sha = ws.media.store_blob(path)[0]
    ws.media.blob_path(sha).chmod(0o644)
    ws.media.blob_path(sha).write_bytes(data[: len(data) // 3])   # cut off after it was checked
    assert ws.media.make_print_copy(sha) is None
    assert not photos.cache_path(ws.media.print_dir, sha).exists()


def test_an_import_cancelled_after_its_pass_keeps_every_photo_and_leaves_print_copies_to_the_minutes(tmp_path, ws):
    paths = [_camera_photo(tmp_path / f"IMG_{n}.jpg", (2400, 1800)) for n in range(6)]

    class StopAfterHandOver:
        stop = False

        def report(self, done, total, text=""):
            pass

        def cancelled(self):
            return self.stop

    progress = StopAfterHandOver()
    handed: list[dict] = []

    def hand_over(batch):
        handed.extend(batch.prepared)
        progress.stop = True            # the window closes once every photo was recorded

    result = media_tools.ingest(ws, paths, progress=progress, on_batch=hand_over, batch_size=100)
    assert len(result.prepared) == len(handed) == 6 and not result.failures
    made = sum(photos.cache_path(ws.media.print_dir, p["sha256"]).is_file() for p in handed)
    assert made < 6                     # the print copies stopped with the job
    ids = setup_visit(ws)
    ws.media.add_prepared(handed, ids["visit"], link_to=("item", ids["items"]["A1"]))
    _ready(ws, ids["visit"])
    rendered = ws.minutes.render(ids["visit"])
    assert rendered.photos == 6 and rendered.downscaled == 6 - made


def test_a_photo_without_a_camera_preview_is_decoded_once_for_its_thumbnail_and_its_print_copy(
        tmp_path, ws, monkeypatch):
    """Its thumbnail needs a decoding anyway: it is made at the print copy's size, both come
    from it in the import's pass (before the photo is handed over), and the print copy is
    the one the minutes would make from the stored original, byte for byte."""
    exif = Image.Exif()
    exif[0x0112] = 6                                      # held sideways: shown turned upright
    paths = []
    for n in range(2):
        path = tmp_path / f"IMG_{n}.jpg"
        Image.effect_noise((1600, 1200), 40).convert("RGB").save(path, "JPEG", quality=85, exif=exif.tobytes())
        paths.append(path)
    real_open = Image.open
    opened = count_opens(monkeypatch)
    ready_when_handed: list[bool] = []
    result = media_tools.ingest(ws, paths, on_batch=lambda batch: ready_when_handed.extend(
        ws.media.print_path(p["sha256"]).is_file() for p in batch.prepared))
    assert ready_when_handed == [True, True]
    assert sorted(opened) == sorted(str(p) for p in paths)          # each original opened once, nothing else
    monkeypatch.setattr(Image, "open", real_open)
    for prepared in result.prepared:
        made = ws.media.print_path(prepared["sha256"])
        again, _seconds = photos.print_copy(ws.media.blob_path(prepared["sha256"]), tmp_path / "again",
                                            prepared["sha256"])
        assert made.read_bytes() == again.read_bytes()
        with Image.open(made) as copy, Image.open(media_tools.thumb_path(ws, prepared["sha256"])) as thumb:
            assert copy.size == (750, 1000) and thumb.size == (192, 256)       # upright, both
