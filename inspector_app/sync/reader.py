"""Reading a bundle: decrypt, check the signature and every hash, stage the
files, in one streaming pass. Nothing in the workspace changes here.

The first entry is the manifest and the second its signature: once both are
in, the source and the list of files are known and checked, and every
further entry is streamed to a temporary file while it is hashed. Any
problem raises a `SyncError` naming the reason a person can act on.
"""

from __future__ import annotations

import contextlib
import shutil
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import SyncError
from ..ids import uuid7
from ..progress import Cancelled, NullProgress
from ..storage import sync_store
from . import envelope, keys, manifest, trust
from .staging import BlobMismatch, StagedBlob, Stager
from .zipstream import MAX_SMALL, ZipFormatError, ZipReader

if TYPE_CHECKING:
    from ..workspace import Workspace

READ = 1 << 20
FEED = 1 << 20


class Stopped(Exception):
    """Reading stopped after the signed manifest; `manifest` is what it says."""

    def __init__(self, manifest: dict) -> None:
        super().__init__(manifest.get("bundle_id"))
        self.manifest = manifest


class AlreadyHad(Stopped):
    """The bundle was imported before (or this device made it)."""


class NotTrusted(Stopped):
    """The sender is not trusted: nothing after the manifest was decrypted,
    so a bundle from an unknown device never reaches the disk unapproved."""

    def __init__(self, manifest: dict, status: str) -> None:
        super().__init__(manifest)
        self.status = status


@dataclass
class Bundle:
    """A bundle read and checked, its files staged."""

    path: Path
    manifest: dict
    encrypted: bool
    staging: Path | None
    ops_path: Path | None = None
    seals_path: Path | None = None
    blobs: list[tuple[Path, str]] = field(default_factory=list)   # (staged file, sha256)
    new_media: int = 0
    parsing: Any = None             # ops.jsonl's stream from the parse helper, once started (checks.start_parsing)
    file_stamp: tuple[int, int, int] | None = None    # the file's size, time and inode, when read ahead

    @property
    def kind(self) -> str:
        return self.manifest["kind"]

    @property
    def source(self) -> dict:
        return self.manifest["source"]

    @property
    def fingerprint(self) -> str:
        return keys.fingerprint(self.source["sign_public"])

    def cleanup(self) -> None:
        if self.staging is not None:
            shutil.rmtree(self.staging, ignore_errors=True)


class _Memory:
    def __init__(self, name: str, done) -> None:
        self.name, self._done = name, done
        self._data = bytearray()

    def write(self, data) -> None:
        if len(self._data) + len(data) > MAX_SMALL:
            raise ZipFormatError(f"{self.name} is too large", unsafe=True)
        self._data += data

    def close(self, crc: int) -> None:
        # The signature is checked before the CRC: a changed byte in the
        # manifest is an alteration, whichever check would see it first.
        self._done(bytes(self._data), zlib.crc32(self._data) == crc)


class _Reading:
    """The zip reader's callbacks for one bundle."""

    def __init__(self, ws: Workspace, path: Path, encrypted: bool, key_ids: list[str], staging: Path | None,
                 stop_if_had: bool, stop_if_untrusted: bool, stage_media: bool) -> None:
        self.ws, self.path, self.encrypted, self.key_ids = ws, path, encrypted, key_ids
        self.staging, self.stop_if_had = staging, stop_if_had
        self.stop_if_untrusted, self.stage_media = stop_if_untrusted, stage_media
        self.manifest: dict | None = None
        self._manifest_bytes: bytes | None = None
        self.files: dict[str, dict] = {}
        self.seen: list[str] = []
        self.stager = Stager() if staging is not None else None
        self.bundle: Bundle | None = None

    def size_of(self, name: str) -> int | None:
        entry = self.files.get(name)
        return entry["size"] if entry else None

    def open_entry(self, name: str, size: int):
        index = len(self.seen)
        self.seen.append(name)
        if index == 0:
            if name != "manifest.json":
                raise ZipFormatError("the manifest is not the first entry")
            return _Memory(name, self._got_manifest)
        if index == 1:
            if name != "manifest.sig":
                raise ZipFormatError("the signature is not the second entry")
            return _Memory(name, self._got_signature)
        entry = self.files.get(name)
        if entry is None:
            raise manifest.ManifestError("altered", f"{name} is not listed in the manifest")
        if size != entry["size"]:
            raise manifest.ManifestError("altered", f"{name}: {size} bytes, the manifest says {entry['size']}")
        if self.staging is None:                       # checked, not kept
            return StagedBlob(self._hasher(), None, entry["sha256"], size)
        bundle = self.bundle
        assert bundle is not None                      # made with `files`, once the signature is checked
        target = None
        if name == "ops.jsonl":
            target = self.staging / "ops.jsonl"
            bundle.ops_path = target
            return StagedBlob(self._hasher(), target, entry["sha256"], size, cached=True)
        if name == "seals.jsonl":
            target = self.staging / "seals.jsonl"
            bundle.seals_path = target
            return StagedBlob(self._hasher(), target, entry["sha256"], size, cached=True)
        if self.stage_media and not self.ws.media.blob_path(entry["sha256"]).exists():
            target = self.staging / entry["sha256"]
            bundle.blobs.append((target, entry["sha256"]))
        return StagedBlob(self._hasher(), target, entry["sha256"], size)

    def _hasher(self) -> Stager:
        if self.stager is None:
            self.stager = Stager()
        return self.stager

    def _got_manifest(self, data: bytes, crc_ok: bool) -> None:
        self._manifest_bytes, self._manifest_crc_ok = data, crc_ok

    def _got_signature(self, signature: bytes, crc_ok: bool) -> None:
        assert self._manifest_bytes is not None        # the first entry, closed before this one opened
        found = manifest.parse(self._manifest_bytes, signature)
        if not (crc_ok and self._manifest_crc_ok):
            raise ZipFormatError("manifest: CRC-32 does not match")
        if self.encrypted and sorted(found["recipients"]) != sorted(self.key_ids):
            raise manifest.ManifestError("altered", "the recipients differ from the signed list")
        _for_us(self.ws, found)
        self.manifest = found
        self.files = {f["path"]: f for f in found["files"]}
        self.bundle = Bundle(self.path, found, self.encrypted, self.staging)
        _admit(self.ws, found, self.stop_if_had, self.stop_if_untrusted)


def _for_us(ws: Workspace, found: dict) -> None:
    mine = keys.own_key_ids(ws.path / "keys")          # with HQ's keys a rotation replaced
    if found["recipients"] and not mine.intersection(found["recipients"]):
        raise envelope.EnvelopeError("not_for_us")


def _admit(ws: Workspace, found: dict, stop_if_had: bool, stop_if_untrusted: bool) -> None:
    """What stops reading after the signed manifest, as the workspace stands now."""
    if stop_if_had and (sync_store.received(ws.db.conn, found["bundle_id"])
                        or found["source"]["device_id"] == ws.device_id):
        raise AlreadyHad(found)
    if stop_if_untrusted:
        status = trust.status(ws, found["source"])
        if status not in ("trusted", "self"):
            raise NotTrusted(found, status)


class _Feed:
    """What pyrage writes the plaintext to, 8 KiB at a time: the zip reader.

    Until the manifest and its signature are through, every write goes to the
    reader at once (a bundle that must stop there is not decrypted further);
    after that, writes are gathered into 1 MiB before the reader sees them,
    so the Python per byte stays small. `drain()` hands over the rest."""

    def __init__(self, reader: ZipReader) -> None:
        self.reader = reader
        self.error: BaseException | None = None
        self._buffer = memoryview(bytearray(FEED))
        self._filled = 0

    def write(self, data) -> int:
        size = len(data)
        if self._filled + size > FEED:
            self.drain()
        if size > FEED or self.reader.entries < 3:
            self._feed(data)
        else:
            self._buffer[self._filled:self._filled + size] = data
            self._filled += size
        return size

    def drain(self) -> None:
        if self._filled:
            filled, self._filled = self._filled, 0
            self._feed(self._buffer[:filled])

    def _feed(self, data) -> None:
        try:
            self.reader.feed(data)
        except BaseException as exc:
            self.error = exc
            raise

    def flush(self) -> None:
        pass


class _Source:
    """The bundle file, read with progress reports and the cancel check."""

    def __init__(self, stream, total: int, progress) -> None:
        self._stream, self._total, self._progress = stream, total, progress
        self.done = 0
        self._next = 0

    def read(self, n: int = -1) -> bytes:
        data = self._stream.read(n)
        self.done += len(data)
        if self.done >= self._next:
            if self._progress.cancelled():
                raise Cancelled()
            self._progress.report(self.done, self._total, "")
            self._next = self.done + (4 << 20)
        return data


def read_ahead(ws: Workspace, path: Path) -> Bundle | None:
    """Read the next bundle of a folder import early, as `read` reads it there
    (stopping where it would, for the workspace as it stands now): its
    operations can then be parsed while the bundle before it is applied.
    Nothing in the workspace changes. None for anything that stops it: the
    bundle is then read again in its turn, and says why itself. Given back
    to `read` (`ahead`) in its turn, whatever depends on the workspace is
    decided again there."""
    try:
        bundle = read(ws, path, stop_if_had=True, stop_if_untrusted=True)
        bundle.file_stamp = _file_stamp(path)
        return bundle
    except Exception:  # read again in its turn, with its reason
        return None


def _file_stamp(path: Path) -> tuple[int, int, int]:
    stat = path.stat()
    return stat.st_size, stat.st_mtime_ns, stat.st_ino


def read(ws: Workspace, path: Path, *, staging: bool = True, stop_if_had: bool = True, stop_if_untrusted: bool = False,
         stage_media: bool = True, progress=None, ahead: Bundle | None = None) -> Bundle:
    """Read and check the bundle at `path`, staging its new files in the media
    folder (same disk, so they move into place by renaming).

    `staging=False`: every file is checked, none kept. `stage_media=False`:
    only ops.jsonl is kept. `stop_if_untrusted`: raise NotTrusted right after
    the manifest (signature and declared sizes checked) when the sender is
    not trusted, before any of the payload is decrypted. `ahead`: the same
    file as `read_ahead` read it (with `stop_if_had` and `stop_if_untrusted`,
    media staged): taken, once the checks that depend on the workspace pass
    again, if the file is unchanged since; else read again; either way it is
    this call's to clean up."""
    progress = progress or NullProgress()
    path = Path(path)
    name = path.name
    if ahead is not None:
        taken = False
        try:
            if ahead.path == path and staging and stage_media and stop_if_had and stop_if_untrusted \
                    and ahead.file_stamp == _file_stamp(path):
                _for_us(ws, ahead.manifest)
                _admit(ws, ahead.manifest, stop_if_had, stop_if_untrusted)
                taken = True
                progress.report(1, 1, "")
                return ahead
        except envelope.EnvelopeError as exc:
            raise _reason(exc, name) from exc
        except OSError:
            pass                                      # read again below, which says why
        finally:
            if not taken:
                ahead.cleanup()
    folder = ws.media_dir / f".incoming-{uuid7()}" if staging else None
    reading = None
    try:
        if folder is not None:
            folder.mkdir(parents=True)
        try:
            stream = open(path, "rb", buffering=READ)  # noqa: SIM115 - closed below
        except OSError as exc:
            raise SyncError("bundle_unreadable", file=name, detail=exc.strerror or str(exc)) from exc
        with stream:
            total = max(1, path.stat().st_size)
            source = _Source(stream, total, progress)
            encrypted, key_ids, head = envelope.read_header(source)
            reading = _Reading(ws, path, encrypted, key_ids, folder, stop_if_had, stop_if_untrusted, stage_media)
            zip_reader = ZipReader(reading.open_entry, reading.size_of)
            feed = _Feed(zip_reader)
            if encrypted:
                envelope.decrypt(source, feed, keys.age_identities(ws.path / "keys"))
            else:
                feed.write(head)
                while chunk := source.read(READ):
                    feed.write(chunk)
            feed.drain()
            zip_reader.finish()
        if reading.stager is not None:
            reading.stager.join()
            reading.stager = None
        missing = set(reading.files) - set(reading.seen)
        if missing:
            raise manifest.ManifestError("altered", f"{len(missing)} files listed in the manifest are missing")
        if reading.bundle is None:                     # a zip that ends before the signature
            raise ZipFormatError("the bundle holds no signed manifest")
        progress.report(total, total, "")
        return reading.bundle
    except BaseException as exc:
        if reading is not None and reading.stager is not None:
            reading.stager.abort()
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
        if isinstance(exc, Stopped | Cancelled | SyncError):
            raise
        raise _reason(exc, name) from exc


def _reason(exc: BaseException, name: str) -> BaseException:
    """The SyncError a person reads for what went wrong while reading."""
    with contextlib.suppress(AttributeError):
        if isinstance(exc.__cause__, BlobMismatch | ZipFormatError | manifest.ManifestError):
            exc = exc.__cause__
    if isinstance(exc, envelope.EnvelopeError):
        if exc.code == "not_for_us":
            return SyncError("bundle_not_for_us", file=name)
        if exc.code == "version":
            return SyncError("bundle_version", file=name, found=exc.found, known=envelope.FORMAT)
        if exc.code == "unreadable":
            return SyncError("bundle_unreadable", file=name, detail=exc.detail)
        if exc.detail == "not an Inspector bundle":
            detail = ("không phải tệp gói dữ liệu của Inspector", "not an Inspector bundle")
        else:
            detail = ("không giải mã được: tệp hỏng, bị cắt hoặc bị sửa",
                      f"cannot be decrypted: {exc.detail or 'damaged, cut or altered'}")
        return SyncError("bundle_damaged", file=name, detail=detail)
    if isinstance(exc, manifest.ManifestError):
        if exc.code == "version":
            return SyncError("bundle_version", file=name, found=exc.found, known=manifest.FORMAT_VERSION)
        if exc.code == "old":
            return SyncError("bundle_old_format", file=name, found=exc.found)
        if exc.code == "altered":
            return SyncError("bundle_altered", file=name, detail=(
                "chữ ký hoặc danh sách tệp không khớp với nội dung", exc.detail))
        return SyncError("bundle_damaged", file=name, detail=("bản kê nội dung không đọc được", exc.detail))
    if isinstance(exc, ZipFormatError):
        if exc.unsafe:
            return SyncError("bundle_unsafe", file=name, detail=(
                f"mục không được phép: {exc}", str(exc)))
        return SyncError("bundle_damaged", file=name, detail=("cấu trúc bên trong tệp không hợp lệ", str(exc)))
    if isinstance(exc, BlobMismatch):
        if exc.what == "sha256":
            return SyncError("bundle_altered", file=name, detail=(
                "mã băm SHA-256 của một tệp không khớp với bản kê đã ký", f"SHA-256 mismatch: {exc}"))
        return SyncError("bundle_damaged", file=name, detail=("mã kiểm tra CRC-32 không khớp", f"CRC-32: {exc}"))
    if isinstance(exc, OSError):
        return SyncError("bundle_unreadable", file=name, detail=exc.strerror or str(exc))
    return exc
