"""Evidence files: content-addressed blobs (`media/ab/abcdef…`) and their links.

Originals are kept bit-exact and named by SHA-256; the same file added twice
is stored once.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Callable, Iterable
from pathlib import Path

from ..changes import Changes
from ..errors import ValidationError
from ..ids import uuid7
from ..minutes import photos as print_photos
from ..progress import Cancelled, NullProgress, Progress
from . import blobs
from .base import Service, check_choice
from .blobs import Incoming
from .media_files import audio_meta, open_photo, photo_meta, photo_meta_of

KINDS = {"photo": ("Ảnh", "Photo"), "audio": ("Ghi âm", "Audio"), "document": ("Tài liệu", "Document")}
# What evidence can be linked to, and the entity each kind names.
TARGET_ENTITIES = {"visit": "visit", "item": "checklist_item", "finding": "finding",
                   "request": "request", "record": "section_record", "request_check": "request_check"}
TARGETS = tuple(TARGET_ENTITIES)


def kind_of(path: Path) -> str:
    mime = mimetypes.guess_type(path.name)[0] or ""
    if mime.startswith("image/"):
        return "photo"
    if mime.startswith("audio/") or path.suffix.lower() in (".m4a", ".ogg", ".opus", ".amr"):
        return "audio"
    return "document"


class Media(Service):
    ENTITY = "media"

    def blob_path(self, sha256: str) -> Path:
        return self.ws.media_dir / sha256[:2] / sha256

    @property
    def print_dir(self) -> Path:
        """Where the print-size copies of photos are kept (keyed by the original's SHA-256)."""
        return self.ws.media_dir / ".cache" / "print"

    def print_path(self, sha256: str) -> Path:
        """Where the print-size copy of the photo `sha256` is (or will be) kept."""
        return print_photos.cache_path(self.print_dir, sha256)

    def make_print_copy(self, sha256: str) -> Path | None:
        """The print-size copy of the stored photo `sha256`, made now if missing.

        Called when a photo is ingested (`prepare`, `add_file`: in the import's
        worker thread for the window), so the minutes never downscale on site; a
        photo that arrived otherwise (by sync) gets it at its first rendering.
        Files only, safe in any thread. None when the photo cannot be decoded
        (the original is kept all the same; the appendix says it is missing)."""
        try:
            return print_photos.print_copy(self.blob_path(sha256), self.print_dir, sha256)[0]
        except (OSError, ValueError, SyntaxError):
            return None

    def print_image(self, image):
        """The print copy's pixels decoded from the opened photo `image` (`minutes.photos.print_image`):
        the import decodes a photo without a camera preview once, for this and its thumbnail."""
        return print_photos.print_image(image)

    def save_print_copy(self, sha256: str, image) -> Path:
        """Keep `print_image`'s result as the stored photo `sha256`'s print copy, unless one is kept."""
        target = self.print_path(sha256)
        return target if target.is_file() else print_photos.write_print_copy(image, target)

    def store_blob(self, source: Path) -> tuple[str, int]:
        """Copy `source` into the store while hashing it; durable (`settle`) before it counts."""
        incoming = self.copy_in(source)
        self.settle([incoming])
        return incoming.sha256, incoming.size

    def copy_in(self, source: Path) -> Incoming:
        """`blobs.copy_in` into this workspace's store: not durable until `settle`."""
        return blobs.copy_in(source, self.ws.media_dir)

    def settle(self, incoming: list[Incoming], fsync: Callable[[Callable, list], Iterable] | None = None) -> None:
        """`blobs.settle`: the files `copy_in` stored made durable under their content's
        name; only then may a record name them. `fsync(fn, items)` maps the flushes
        (e.g. a thread pool's map, so a disk takes many at once)."""
        blobs.settle(incoming, self.blob_path, fsync)

    def add_file(self, path: Path | str, visit_id: str, kind: str | None = None,
                 taken_by: str | None = None) -> tuple[str, Changes]:
        """Store one file as evidence of a visit; returns the media row id."""
        path = Path(path)
        self._row("visit", visit_id)
        kind = kind or kind_of(path)
        check_choice(kind, KINDS, ("loại tệp", "file kind"))
        sha, size = self.store_blob(path)
        for existing in self._rows("media", visit_id=visit_id, sha256=sha):
            return existing["id"], Changes()
        meta = photo_meta(self.blob_path(sha)) if kind == "photo" else {}
        if kind == "photo":
            self.make_print_copy(sha)
        media_id = uuid7()
        return media_id, self.write([("media", media_id, {
            "visit_id": visit_id, "sha256": sha, "kind": kind, "size": size,
            "mime": mimetypes.guess_type(path.name)[0], "original_name": path.name,
            "taken_by": taken_by or self.ws.writer.person_id, **meta})])

    def add_files(self, paths, visit_id: str, progress: Progress | None = None) -> tuple[list[str], Changes]:
        """A long job: many files, reporting progress, stopping when cancelled."""
        progress = progress or NullProgress()
        paths = [Path(p) for p in paths]
        ids, changes = [], Changes()
        for done, path in enumerate(paths):
            if progress.cancelled():
                raise Cancelled()
            progress.report(done, len(paths), path.name)
            media_id, change = self.add_file(path, visit_id)
            ids.append(media_id)
            changes = changes | change
        progress.report(len(paths), len(paths), "")
        return ids, changes

    def target(self, target_kind: str, target_id: str | None) -> dict | None:
        """The live item, finding, request, record or visit evidence is linked to, or None."""
        if target_kind == "item":
            return self.ws.checklists.find_item(target_id)
        entity = TARGET_ENTITIES.get(target_kind)
        return self._row_or_none(entity, target_id) if entity else None

    def link(self, media_id: str, target_kind: str, target_id: str, *, offset_ms: int | None = None,
             note: str | None = None) -> tuple[str, Changes]:
        """Link evidence to an item, finding, request or record (audio: at an offset)."""
        media = self._row("media", media_id)
        check_choice(target_kind, TARGETS, ("đối tượng liên kết", "link target"))
        self._row(TARGET_ENTITIES[target_kind], target_id)
        if offset_ms is not None and (media["kind"] != "audio" or offset_ms < 0):
            raise ValidationError("invalid_value", field=("vị trí trong bản ghi âm", "offset"),
                                  detail=str(offset_ms))
        link_id = uuid7()
        return link_id, self.write([("evidence_link", link_id, {
            "media_id": media_id, "visit_id": media["visit_id"], "target_kind": target_kind,
            "target_id": target_id, "offset_ms": offset_ms, "note": note})])

    def of_visit(self, visit_id: str) -> list[dict]:
        return self._rows("media", visit_id=visit_id)

    def links(self, visit_id: str) -> list[dict]:
        return self._rows("evidence_link", visit_id=visit_id)

    # -- added for the evidence panel ---------------------------------------------
    def path_of(self, media_id: str) -> Path:
        """Where the original of `media_id` is stored (it may be missing)."""
        return self.blob_path(self._row("media", media_id)["sha256"])

    def exists(self, media_id: str) -> bool:
        """Whether the stored original of `media_id` is still on disk."""
        return self.path_of(media_id).is_file()

    def of_kind(self, visit_id: str, kind: str) -> list[dict]:
        """The visit's media of one kind, oldest capture first (undated last)."""
        rows = self._rows("media", visit_id=visit_id, kind=kind)
        return sorted(rows, key=lambda r: (r["captured_at"] is None, r["captured_at"] or "", r["id"]))

    def prepare(self, path: Path | str, kind: str | None = None, print_copy: bool = True) -> dict:
        """Store one file's blob and read its metadata, without touching the database.

        Safe in a worker thread; `add_prepared` then records it (in the UI thread).
        A photo is stored only if it reads as an image (`open_photo`), and its
        print-size copy for the minutes is made here (unless `print_copy` is False:
        the import job makes them all after its pass, `media_tools.ingest`): this is
        the way the field client imports evidence. The blob is durable on return."""
        prepared, incoming = self.stage(path, kind)
        self.settle([incoming])
        if prepared["kind"] == "photo" and print_copy:
            self.make_print_copy(incoming.sha256)   # here, off the UI thread: rendering never downscales
        return prepared

    def stage(self, path: Path | str, kind: str | None = None,
              look: Callable[[object], None] | None = None) -> tuple[dict, Incoming]:
        """`prepare` without the wait for the disk: what `add_prepared` records, and the
        blob `copy_in` stored, which `settle` must make durable before it is recorded.

        A photo is opened once, before anything is stored: refused unless it reads as an
        image, its metadata read, and `look(image)` called while it is open (the import
        makes its thumbnail there: the photo is never parsed twice). Files only, safe in
        any thread. Raises ValidationError `not_a_photo` or `media_unreadable`."""
        path = Path(path)
        kind = kind or kind_of(path)
        check_choice(kind, KINDS, ("loại tệp", "file kind"))
        meta: dict = {}
        if kind == "photo":
            image = open_photo(path)
            try:
                meta = photo_meta_of(image)
                if look is not None:
                    look(image)
            finally:
                image.close()
        incoming = self.copy_in(path)
        if kind != "photo":
            meta = audio_meta(incoming.tmp, path)
        return {"sha256": incoming.sha256, "kind": kind, "size": incoming.size,
                "mime": mimetypes.guess_type(path.name)[0], "original_name": path.name, **meta}, incoming

    def add_prepared(self, prepared: list[dict], visit_id: str, taken_by: str | None = None,
                     link_to: tuple[str, str] | None = None) -> tuple[list[str], Changes]:
        """Record files `prepare` stored, all in one transaction; a file already
        in the visit keeps its row. With `link_to` (target kind, id) they are linked
        to it in the same transaction. Returns the media ids in order."""
        self._row("visit", visit_id)
        ids: list[str] = []
        changes = Changes()
        with self.ws.writer.batch():
            for item in prepared:
                existing = self._rows("media", visit_id=visit_id, sha256=item["sha256"])
                if existing:
                    ids.append(existing[0]["id"])
                    continue
                media_id = uuid7()
                changes = changes | self.write([("media", media_id, {
                    "visit_id": visit_id, "taken_by": taken_by or self.ws.writer.person_id, **item})])
                ids.append(media_id)
            if link_to is not None:
                changes = changes | self.link_many(ids, *link_to)
        return ids, changes

    def add_recording(self, path: Path | str, visit_id: str, *, duration_ms: int | None = None,
                      captured_at: str | None = None, bookmarks=()) -> tuple[str, Changes]:
        """Store a finished recording and its bookmarks `(target_kind, target_id, offset_ms)`
        together: the recording and every bookmark, or nothing."""
        self._row("visit", visit_id)
        prepared = self.prepare(path, "audio")
        if duration_ms is not None:
            prepared["duration_ms"] = int(duration_ms)
        if captured_at:
            prepared["captured_at"] = captured_at
        with self.ws.writer.batch():
            (media_id,), changes = self.add_prepared([prepared], visit_id)
            for target_kind, target_id, offset_ms in bookmarks:
                _link, change = self.link(media_id, target_kind, target_id, offset_ms=max(0, int(offset_ms)))
                changes = changes | change
        return media_id, changes

    def link_many(self, media_ids, target_kind: str, target_id: str) -> Changes:
        """Link several files to one target, those not linked to it yet: all or none, one undo step."""
        if not media_ids:
            return Changes()
        linked = {link["media_id"] for link in self.links_to(self._visit_of(media_ids), target_kind, target_id)}
        changes = Changes()
        with self.ws.writer.batch():
            for media_id in media_ids:
                if media_id not in linked:
                    changes = changes | self.link(media_id, target_kind, target_id)[1]
                    linked.add(media_id)
        return changes

    def unlink_many(self, media_ids, target_kind: str, target_id: str) -> Changes:
        """Remove the links of several files to one target: all or none, one undo step."""
        if not media_ids:
            return Changes()
        wanted = set(media_ids)
        changes = Changes()
        with self.ws.writer.batch():
            for link in self.links_to(self._visit_of(media_ids), target_kind, target_id):
                if link["media_id"] in wanted:
                    changes = changes | self.unlink(link["id"])
        return changes

    def _visit_of(self, media_ids) -> str:
        visits = {self._row("media", media_id)["visit_id"] for media_id in media_ids}
        if len(visits) != 1:
            raise ValidationError("invalid_value", field=("tệp minh chứng", "evidence files"),
                                  detail=("thuộc nhiều cuộc kiểm tra", "from several visits"))
        return visits.pop()

    def delete(self, media_ids) -> Changes:
        """Take photos or recordings out of their visit, with their links and bookmarks:
        all or none, one undo step. Refused once the minutes are signed (an amendment is
        needed). The original stays in the media store (only the row is a tombstone), so
        an undo, or HQ's copy, still has it: nothing is lost by a slip."""
        media_ids = list(dict.fromkeys(media_ids))
        if not media_ids:
            return Changes()
        visit_id = self._visit_of(media_ids)
        self.ws.visits.check_editable(visit_id)
        wanted = set(media_ids)
        links = [link for link in self.links(visit_id) if link["media_id"] in wanted]
        return self.write([*(("evidence_link", link["id"], {"deleted": True}) for link in links),
                           *(("media", media_id, {"deleted": True}) for media_id in media_ids)])

    def unlink(self, link_id: str) -> Changes:
        """Remove one link (a tombstone; the media itself stays)."""
        self._row("evidence_link", link_id)
        return self.write([("evidence_link", link_id, {"deleted": True})])

    def links_to(self, visit_id: str, target_kind: str, target_id: str) -> list[dict]:
        """The visit's links to one item, finding, request or record."""
        return self._rows("evidence_link", visit_id=visit_id, target_kind=target_kind, target_id=target_id)

    def bookmarks(self, visit_id: str, item_id: str | None = None) -> list[dict]:
        """Audio bookmarks of a visit (optionally of one target), by recording and offset.

        Each is the link row plus `media_name` and `duration_ms` of its recording."""
        media = {m["id"]: m for m in self._rows("media", visit_id=visit_id, kind="audio")}
        out = []
        for link in self._rows("evidence_link", visit_id=visit_id):
            if link["offset_ms"] is None or link["media_id"] not in media:
                continue
            if item_id is not None and link["target_id"] != item_id:
                continue
            recording = media[link["media_id"]]
            out.append({**link, "media_name": recording["original_name"],
                        "duration_ms": recording["duration_ms"], "captured_at": recording["captured_at"]})
        return sorted(out, key=lambda b: (b["captured_at"] or "", b["media_id"], b["offset_ms"]))
