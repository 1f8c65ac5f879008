"""Writing a bundle: collect what it carries, then hash, zip, encrypt, write
and read back in one streaming pass.

The file is written under a hidden temporary name (`.NAME.partial`), read
back from the device window by window and compared with what was written,
fsynced, and only then renamed to its final name; the export is recorded
as done after that. An interrupted export leaves no file that looks like a
bundle, and never touches earlier ones.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import heapq
import os
import re
import tempfile
import zlib
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .. import text
from ..errors import SyncError, os_reason
from ..ids import uuid7
from ..oplog import Operation, encode
from ..paths import fsync_dir
from ..progress import Cancelled, NullProgress
from ..storage import reinspection_store, sync_store
from . import envelope, keys, manifest, receipts, reinspection, seals, succession, trust
from .pipeline import Prefetcher, VerifiedFile, quick_handoffs
from .zipstream import ZipWriter

if TYPE_CHECKING:
    from ..workspace import Workspace

SUFFIX = ".bundle"
PARTIAL = ".partial"


@dataclass
class ExportResult:
    path: Path
    bundle_id: str
    kind: str
    encrypted: bool
    recipients: list[dict]
    op_count: int
    media_count: int
    size: int
    visits_exported: list[str] = field(default_factory=list)


@dataclass
class _Content:
    ops_path: Path | None = None
    ops_size: int = 0
    ops_sha: str = ""
    ops_crc: int = 0
    op_count: int = 0
    seals: tuple[Path, int, str, int] | None = None     # seals.jsonl: (file, size, sha256, crc32)
    vector: dict = field(default_factory=dict)
    media: list[tuple[Path, str, int]] = field(default_factory=list)
    from_seq: int = 0
    to_seq: int = 0
    extra: dict = field(default_factory=dict)


_SHA = re.compile(r"[0-9a-f]{64}")


def blobs_of(op) -> list[str]:
    """The media blobs an operation refers to: what an export carries with it,
    and the only blobs an import stores."""
    if op.entity not in ("media", "minutes"):
        return []
    return [sha for key in ("sha256", "pdf_sha256")
            if isinstance(sha := op.data.get(key), str) and _SHA.fullmatch(sha)]


def file_name(ws: Workspace, kind: str, bundle_id: str) -> str:
    device = re.sub(r"[^a-z0-9]+", "-", text.fold(ws.device_name or "may"))[:30].strip("-") or "may"
    stamp = sync_store.now().replace(":", "").replace("-", "")[:15]
    return f"inspector-{kind}-{device}-{stamp}-{bundle_id[-8:]}{SUFFIX}"


def export(ws: Workspace, kind: str, destination: Path, *, recipients: list[dict] | None = None, full: bool = False,
           encrypt: bool = True, out_file: Path | None = None, progress=None) -> ExportResult:
    progress = progress or NullProgress()
    if kind not in manifest.KINDS:
        raise ValueError(kind)
    succession.finish(ws)           # a key rotation cut short: sign with the keys it recorded
    if kind == "enrollment":
        chosen, encrypt = [], False
    else:
        chosen = list(recipients) if recipients else trust.default_recipients(ws, kind)
        me = trust.self_device(ws)
        if all(d["id"] != me["id"] for d in chosen):
            chosen.append(me)        # so the sender can read its own bundle back
    bundle_id = uuid7()
    destination = Path(destination)
    final = Path(out_file) if out_file else destination / file_name(ws, kind, bundle_id)
    outbox = ws.path / "outbox"
    outbox.mkdir(exist_ok=True)
    content = _Content()
    try:
        _collect(ws, kind, full, chosen, content, outbox)
        key_ids = sorted({keys.key_id(d["encrypt_public"]) for d in chosen})
        data = _manifest(ws, kind, bundle_id, content, key_ids, encrypt, full, chosen)
        signature = manifest.sign(data, ws.path / "keys")
        size = _write(final, data, signature, content, key_ids if encrypt else None,
                      [keys.age_recipient(d["encrypt_public"]) for d in chosen], progress)
    finally:
        if content.ops_path is not None:
            content.ops_path.unlink(missing_ok=True)
        if content.seals is not None:
            content.seals[0].unlink(missing_ok=True)
    result = ExportResult(final, bundle_id, kind, encrypt, chosen, content.op_count, len(content.media), size)
    _record(ws, result, content, full)
    return result


def _collect(ws: Workspace, kind: str, full: bool, recipients: list[dict], content: _Content, outbox: Path) -> None:
    conn = ws.db.conn
    content.to_seq = sync_store.max_seq(conn)
    hq = tuple(d["id"] for d in trust.devices(ws) if d["role"] == "hq" and d["id"] != ws.device_id)
    if kind == "findings":
        content.from_seq = 0 if full else sync_store.acked_seq(conn)
    # This device's operations not sealed yet are sealed from the lines written
    # below when the bundle carries all of them (findings and peer bundles
    # carry every own operation from `from_seq`); otherwise first, on their own.
    own: seals.Sealer | None = None
    if kind in ("findings", "peer") and content.from_seq <= (sealer := seals.Sealer(ws)).after:
        own = sealer
    else:
        seals.seal_own(ws, content.to_seq)
    if kind == "findings":
        ops = sync_store.ops_after(conn, content.from_seq, content.to_seq, hq)
    elif kind == "peer":
        ops = sync_store.ops_after(conn, 0, content.to_seq, hq)
    elif kind == "distribution":
        ops = sync_store.ops_of_entities(conn, sync_store.DISTRIBUTED, content.to_seq)
        # Planned re-inspections with the requests they check (and their authors' seals).
        ops = heapq.merge(ops, reinspection.distributed_ops(conn, ws.device_id, content.to_seq), key=lambda p: p[0])
        content.extra["devices"] = trust.for_distribution(ws)
    else:
        ops = iter(())
        if kind == "receipt":
            content.extra["receipt"] = receipts.build(ws, [d["id"] for d in recipients])
    ops = _not_ignored(ws, ops)
    shas: dict[str, None] = {}
    fd, name = tempfile.mkstemp(dir=outbox, prefix=".ops-")
    content.ops_path = Path(name)
    digest, crc = hashlib.sha256(), 0
    with os.fdopen(fd, "wb") as out:
        for seq, op in ops:
            line = (encode(op.to_dict()) + "\n").encode("utf-8")
            if own is not None and op.device_id == ws.device_id and seq > own.after:
                own.add(seq, line[:-1])
            out.write(line)
            digest.update(line)
            crc = zlib.crc32(line, crc)
            content.ops_size += len(line)
            content.op_count += 1
            entry = content.vector.setdefault(op.device_id, {"count": 0, "min_hlc": op.hlc, "max_hlc": op.hlc})
            entry["count"] += 1
            entry["min_hlc"] = min(entry["min_hlc"], op.hlc)
            entry["max_hlc"] = max(entry["max_hlc"], op.hlc)
            for sha in blobs_of(op):
                shas[sha] = None
    content.ops_sha, content.ops_crc = digest.hexdigest(), crc
    if own is not None:
        own.finish()
    if content.op_count:
        content.seals = _seals_file(ws, content.vector, outbox)
    for sha in shas:
        path = ws.media.blob_path(sha)
        if path.is_file():
            content.media.append((path, sha, path.stat().st_size))


def _not_ignored(ws: Workspace, ops: Iterator[tuple[int, Operation]]) -> Iterator[tuple[int, Operation]]:
    """`ops` without another field laptop's operations on reference data HQ
    created: every replica's state ignores them (storage/state.py), so they
    are kept in this log but not passed on — a hostile laptop's edits of HQ's
    data do not travel with every distribution and team bundle."""
    conn = ws.db.conn
    hq = sync_store.hq_ids(conn)
    verdicts: dict[tuple[str, str], bool] = {}
    for seq, op in ops:
        # Likewise a laptop's changes of a visit HQ planned (beyond what the team does on
        # site) or of its checklists (storage/reinspection_store.PLAN_ENTITIES).
        if (op.entity in sync_store.DISTRIBUTED or (op.entity in reinspection_store.PLAN_ENTITIES
                                                   and not reinspection_store.onsite(op.entity, op.data))) \
                and op.device_id not in hq and op.device_id != ws.device_id:
            key = (op.entity, op.row_id)
            ignored = verdicts.get(key)
            if ignored is None:
                ignored = verdicts[key] = sync_store.hq_created(conn, op.entity, op.row_id, hq)
            if ignored:
                continue
        yield seq, op


def _seals_file(ws: Workspace, devices, outbox: Path) -> tuple[Path, int, str, int]:
    """The authors' seals of every device whose operations the bundle carries."""
    fd, name = tempfile.mkstemp(dir=outbox, prefix=".seals-")
    with os.fdopen(fd, "wb") as out:
        seals.write(ws, devices, out)
    path = Path(name)
    data = path.read_bytes()
    return path, len(data), hashlib.sha256(data).hexdigest(), zlib.crc32(data)


def _manifest(ws: Workspace, kind, bundle_id, content: _Content, key_ids, encrypt, full, recipients) -> bytes:
    files = []
    if content.op_count:
        files.append({"path": "ops.jsonl", "size": content.ops_size, "sha256": content.ops_sha})
    if content.seals is not None:
        files.append({"path": seals.FILE, "size": content.seals[1], "sha256": content.seals[2]})
    files += [{"path": manifest.media_path(sha), "size": size, "sha256": sha} for _p, sha, size in content.media]
    data = {
        "format": manifest.FORMAT, "format_version": manifest.FORMAT_VERSION, "bundle_id": bundle_id,
        "kind": kind, "created_at": sync_store.now(), "source": manifest.source_info(ws),
        "recipients": key_ids, "recipient_devices": [{"device_id": d["id"], "name": d.get("name")}
                                                     for d in recipients],
        "encrypted": encrypt, "scope": {"full": bool(full) or content.from_seq == 0,
                                        "from_seq": content.from_seq, "to_seq": content.to_seq},
        "version_vector": content.vector, "op_count": content.op_count, "files": files, **content.extra,
    }
    return manifest.encode(data)


def _entries(data: bytes, signature: bytes, content: _Content, progress, total: int):
    """The bytes of the zip, made as they are pulled."""
    pending: deque[bytes] = deque()
    writer = ZipWriter(pending.append)
    writer.add("manifest.json", data)
    writer.add("manifest.sig", signature)
    files: list[tuple[Path, str, int, str, int | None]] = []     # (path, name, size, sha256, crc32 if known)
    if content.op_count:
        assert content.ops_path is not None            # written by `_collect` whenever there are ops
        files.append((content.ops_path, "ops.jsonl", content.ops_size, content.ops_sha, content.ops_crc))
    if content.seals is not None:
        files.append((content.seals[0], seals.FILE, *content.seals[1:]))
    files += [(path, manifest.media_path(sha), size, sha, None) for path, sha, size in content.media]
    done = 0
    prefetch = Prefetcher([(path, size) for path, _n, size, _sha, _c in files])
    try:
        chunks = prefetch.chunks()
        for _path, name, size, sha, crc in files:
            writer.begin(name, size, crc)
            while True:
                item = next(chunks)
                if isinstance(item, tuple):
                    break
                writer.data(item, crc_known=True)
                done += len(item)
                if progress.cancelled():
                    raise Cancelled()
                progress.report(done, total, name)
                while pending:
                    yield pending.popleft()
            digest, actual_crc = item
            if digest != sha or (crc is not None and crc != actual_crc):
                raise SyncError("export_media_damaged", sha=sha if name != "ops.jsonl" else name)
            writer.end(actual_crc)
        writer.close()
        while pending:
            yield pending.popleft()
    finally:
        prefetch.close()


def _write(final: Path, data: bytes, signature: bytes, content: _Content, key_ids, age_recipients,
           progress) -> int:
    total = content.ops_size + (content.seals[1] if content.seals else 0) + sum(size for _p, _s, size in content.media)
    temporary = final.with_name("." + final.name + PARTIAL)
    try:
        final.parent.mkdir(parents=True, exist_ok=True)
        out = VerifiedFile(temporary)
    except OSError as exc:
        raise _failed(final.parent, exc) from exc
    closed = False
    try:
        chunks = _entries(data, signature, content, progress, total)
        with quick_handoffs():                       # the helper threads overlap pyrage (pipeline.py)
            if key_ids is not None:
                out.write(envelope.header_line(key_ids))
                envelope.encrypt(chunks, out, age_recipients)
            else:
                for chunk in chunks:
                    out.write(chunk)
        closed = True
        out.close()
        os.replace(temporary, final)
        fsync_dir(final.parent)
        size = final.stat().st_size
        if size != out.size:
            raise OSError(errno.EIO, "the bundle has the wrong size after renaming")
    except OSError as exc:
        raise _failed(final.parent, exc) from exc
    finally:
        if not closed:
            out.abort()
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
    progress.report(total, total, final.name)
    return size


def _failed(folder: Path, exc: OSError) -> SyncError:
    code = exc.errno
    if code == errno.ENOSPC:
        detail = ("không đủ chỗ trống", "not enough free space")
    elif code == errno.EFBIG:
        detail = ("tệp lớn hơn mức thiết bị cho phép (thẻ FAT32 chỉ nhận tệp dưới 4 GB; hãy định dạng thẻ "
                  "exFAT hoặc xuất theo từng đợt)", "the file is larger than the device allows (FAT32 takes "
                  "files under 4 GB; format the stick as exFAT or export in parts)")
    elif code in (errno.EACCES, errno.EPERM, errno.EROFS):
        detail = ("không có quyền ghi vào thư mục này", "this folder cannot be written to")
    elif code in (errno.EIO, errno.ENODEV, errno.ENXIO, errno.ENOENT):
        detail = ("thiết bị bị rút ra hoặc ghi lỗi", "the device was removed or a write failed")
    else:
        detail = os_reason(exc)
    return SyncError("export_failed", path=str(folder), detail=detail)


def _record(ws: Workspace, result: ExportResult, content: _Content, full: bool) -> None:
    """The export is done (verified): history, and visits now exported."""
    conn = ws.db.conn
    if result.kind == "findings":
        for visit_id in sync_store.visits_with_status(conn, ("minutes_signed",)):
            if sync_store.visit_last_seq(conn, visit_id) <= content.to_seq:
                result.visits_exported.append(visit_id)
    with ws.writer.batch():
        for visit_id in result.visits_exported:
            ws.visits.set_status(visit_id, "exported")
        sync_store.record_bundle(
            conn, id=result.bundle_id, direction="sent", kind=result.kind,
            device_id=ws.device_id, device_name=ws.device_name,
            recipients=[{"device_id": d["id"], "name": d.get("name")} for d in result.recipients],
            file_name=result.path.name, file_size=result.size, status="verified", op_count=result.op_count,
            media_count=result.media_count, from_seq=content.from_seq, to_seq=content.to_seq,
            full=int(bool(full) or content.from_seq == 0),
            summary={"encrypted": result.encrypted, "visits_exported": len(result.visits_exported),
                     "path": str(result.path)})
