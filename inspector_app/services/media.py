"""Evidence files: content-addressed blobs (`media/ab/abcdef…`) and their links.

Originals are kept bit-exact and named by SHA-256; the same file added twice
is stored once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import mimetypes
import os
import tempfile
from pathlib import Path

from ..changes import Changes
from ..errors import ValidationError
from ..ids import uuid7
from ..progress import Cancelled, NullProgress, Progress
from .base import Service, check_choice

KINDS = {"photo": ("Ảnh", "Photo"), "audio": ("Ghi âm", "Audio"), "document": ("Tài liệu", "Document")}
TARGETS = ("visit", "item", "finding", "request", "record")
_CHUNK = 1 << 20


def kind_of(path: Path) -> str:
    mime = mimetypes.guess_type(path.name)[0] or ""
    if mime.startswith("image/"):
        return "photo"
    if mime.startswith("audio/") or path.suffix.lower() in (".m4a", ".ogg", ".opus", ".amr"):
        return "audio"
    return "document"


class Media(Service):
    def blob_path(self, sha256: str) -> Path:
        return self.ws.media_dir / sha256[:2] / sha256

    def store_blob(self, source: Path) -> tuple[str, int]:
        """Copy `source` into the store while hashing it; fsynced before it counts."""
        digest, size = hashlib.sha256(), 0
        self.ws.media_dir.mkdir(exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=self.ws.media_dir, prefix=".incoming-")
        try:
            with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
                while chunk := src.read(_CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
                    size += len(chunk)
                out.flush()
                os.fsync(out.fileno())
            sha = digest.hexdigest()
            target = self.blob_path(sha)
            target.parent.mkdir(exist_ok=True)
            if target.exists():
                os.unlink(tmp_name)
            else:
                os.replace(tmp_name, target)
        except OSError as exc:
            if os.path.exists(tmp_name):
                os.unlink(tmp_name)
            raise ValidationError("media_unreadable", path=str(source), detail=exc.strerror or str(exc)) from exc
        return sha, size

    def add_file(self, path: Path | str, visit_id: str, kind: str | None = None,
                 taken_by: str | None = None) -> tuple[str, Changes]:
        """Store one file as evidence of a visit; returns the media row id."""
        path = Path(path)
        self.get("visit", visit_id)
        kind = kind or kind_of(path)
        check_choice(kind, KINDS, ("loại tệp", "file kind"))
        sha, size = self.store_blob(path)
        for existing in self.rows("media", visit_id=visit_id, sha256=sha):
            return existing["id"], Changes()
        meta = _photo_meta(self.blob_path(sha)) if kind == "photo" else {}
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

    def link(self, media_id: str, target_kind: str, target_id: str, *, offset_ms: int | None = None,
             note: str | None = None) -> tuple[str, Changes]:
        """Link evidence to an item, finding, request or record (audio: at an offset)."""
        media = self.get("media", media_id)
        check_choice(target_kind, TARGETS, ("đối tượng liên kết", "link target"))
        entity = {"visit": "visit", "item": "checklist_item", "finding": "finding",
                  "request": "request", "record": "section_record"}[target_kind]
        self.get(entity, target_id)
        if offset_ms is not None and (media["kind"] != "audio" or offset_ms < 0):
            raise ValidationError("invalid_value", field=("vị trí trong bản ghi âm", "offset"),
                                  detail=str(offset_ms))
        link_id = uuid7()
        return link_id, self.write([("evidence_link", link_id, {
            "media_id": media_id, "visit_id": media["visit_id"], "target_kind": target_kind,
            "target_id": target_id, "offset_ms": offset_ms, "note": note})])

    def of_visit(self, visit_id: str) -> list[dict]:
        return self.rows("media", visit_id=visit_id)

    def links(self, visit_id: str) -> list[dict]:
        return self.rows("evidence_link", visit_id=visit_id)


def _photo_meta(path: Path) -> dict:
    """Size and EXIF capture time of a photo; nothing if Pillow cannot read it."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as image:
            meta = {"width": image.width, "height": image.height}
            exif = image.getexif()
            taken = exif.get_ifd(0x8769).get(0x9003) or exif.get(0x0132)
            if exif.get(0x0112) in (5, 6, 7, 8):  # rotated 90°: shown the other way round
                meta = {"width": image.height, "height": image.width}
    except (OSError, UnidentifiedImageError, ValueError):
        return {}
    if taken:
        try:
            meta["captured_at"] = dt.datetime.strptime(str(taken).strip("\x00 "), "%Y:%m:%d %H:%M:%S").isoformat()
        except ValueError:
            pass
    return meta
