"""Evidence files: bit-exact originals named by hash, EXIF time, links."""

from __future__ import annotations

import hashlib

import pytest

from inspector_app.errors import ValidationError
from inspector_app.progress import Cancelled
from tests.helpers.images import make_photo


def test_a_photo_is_kept_bit_exact_with_its_capture_time(ws, visit, tmp_path):
    source = make_photo(tmp_path / "IMG_0001.jpg", orientation=6)
    media_id, changes = ws.media.add_file(source, visit["visit"])
    row = ws.media.get(media_id)
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    assert row["sha256"] == digest and changes.touches("media")
    assert ws.media.blob_path(digest).read_bytes() == source.read_bytes()
    assert ws.media.blob_path(digest).parent.name == digest[:2]
    assert row["captured_at"] == "2026-11-20T08:42:10"
    assert (row["width"], row["height"]) == (480, 640)  # orientation 6: shown upright
    assert row["kind"] == "photo" and row["original_name"] == "IMG_0001.jpg"


def test_the_same_file_is_stored_once(ws, visit, tmp_path):
    source = make_photo(tmp_path / "a.jpg")
    first, _ = ws.media.add_file(source, visit["visit"])
    again, changes = ws.media.add_file(source, visit["visit"])
    assert first == again and not changes
    assert len(list(ws.media_dir.glob("[0-9a-f][0-9a-f]/*"))) == 1     # blobs (.cache/print holds its print copy)


def test_links_to_items_and_audio_bookmarks(ws, visit, tmp_path):
    photo, _ = ws.media.add_file(make_photo(tmp_path / "a.jpg"), visit["visit"])
    audio_path = tmp_path / "ghi-am.m4a"
    audio_path.write_bytes(b"\x00" * 1000)
    audio, _ = ws.media.add_file(audio_path, visit["visit"])
    ws.media.link(photo, "item", visit["items"]["A1"])
    ws.media.link(audio, "item", visit["items"]["A2"], offset_ms=750_000)
    with pytest.raises(ValidationError):
        ws.media.link(photo, "item", visit["items"]["A1"], offset_ms=5)  # a photo has no offset
    links = {(link["media_id"], link["target_id"], link["offset_ms"]) for link in ws.media.links(visit["visit"])}
    assert links == {(photo, visit["items"]["A1"], None), (audio, visit["items"]["A2"], 750_000)}


def test_an_unreadable_file_gets_a_message_and_stores_nothing(ws, visit, tmp_path):
    before = len(ws.operations())
    with pytest.raises(ValidationError) as err:
        ws.media.add_file(tmp_path / "missing.jpg", visit["visit"])
    assert "Không đọc được tệp" in str(err.value)
    assert len(ws.operations()) == before
    assert not [p for p in ws.media_dir.rglob("*") if p.is_file()]


def test_importing_many_files_reports_progress_and_can_be_cancelled(ws, visit, tmp_path):
    files = [make_photo(tmp_path / f"{n}.jpg", stamp=f"2026:11:20 08:0{n}:00") for n in range(3)]

    class Recorder:
        def __init__(self, stop_after=None):
            self.seen, self.stop_after = [], stop_after

        def report(self, done, total, text=""):
            self.seen.append((done, total))

        def cancelled(self):
            return self.stop_after is not None and len(self.seen) >= self.stop_after

    progress = Recorder()
    ids, _ = ws.media.add_files(files, visit["visit"], progress)
    assert len(ids) == 3 and progress.seen[-1] == (3, 3)
    with pytest.raises(Cancelled):
        ws.media.add_files([make_photo(tmp_path / "x.jpg", stamp="2026:11:20 09:00:00")] * 3, visit["visit"],
                           Recorder(stop_after=1))
