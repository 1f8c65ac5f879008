"""Importing bundles: read and check (reader.py), decide on trust, then apply
everything in one transaction. A bundle imported twice changes nothing; a
bundle that fails any check changes nothing and is moved to `quarantine/`
with the reason beside it; a bundle from a device not trusted is kept in
`inbox/held/` until a person approves it after comparing the fingerprint.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from ..changes import Changes
from ..errors import InspectorError, SyncError, ValidationError
from ..oplog import Operation
from ..progress import Cancelled
from ..storage import sync_store
from . import pipeline, reader, receipts, trust

ACCEPTED, ALREADY_HAD, HELD, REJECTED = "accepted", "already_had", "held", "rejected"
# Reasons that are the file's fault: it goes to quarantine/. (A pulled-out
# USB stick or a full disk are not: the file stays where it is.)
QUARANTINED = ("bundle_not_for_us", "bundle_damaged", "bundle_altered", "bundle_unsafe", "bundle_version",
               "bundle_invalid_ops", "bundle_wrong_kind")
HELD_DIR = ("inbox", "held")


@dataclass
class ImportReport:
    file: str
    status: str
    error: InspectorError | None = None
    bundle_id: str | None = None
    kind: str | None = None
    source_id: str | None = None
    source_name: str | None = None
    source_role: str | None = None
    fingerprint: str | None = None
    op_count: int = 0
    new_ops: int = 0
    media_count: int = 0
    new_media: int = 0
    changes: Changes = field(default_factory=Changes)
    details: dict = field(default_factory=dict)
    quarantined_to: str | None = None

    @property
    def reason(self) -> str | None:
        return self.error.code if self.error else None

    def message(self, lang: str = "vi") -> str:
        return self.error.message(lang) if self.error else ""

    def what_changed(self) -> dict[str, int]:
        return {entity: len(ids) for entity, ids in self.changes.rows.items() if ids}


def _describe(report: ImportReport, bundle_manifest: dict) -> None:
    source = bundle_manifest["source"]
    report.bundle_id = bundle_manifest["bundle_id"]
    report.kind = bundle_manifest["kind"]
    report.source_id, report.source_name = source["device_id"], source.get("name")
    report.source_role = source.get("role")
    from . import keys
    report.fingerprint = keys.fingerprint(source["sign_public"])
    report.op_count = bundle_manifest.get("op_count", 0) if isinstance(bundle_manifest.get("op_count"), int) else 0
    report.media_count = sum(1 for f in bundle_manifest["files"] if f["path"] != "ops.jsonl")


def import_file(ws, path: Path, *, progress=None, approve: bool = False) -> ImportReport:
    """Import one bundle file; never raises for a bad file (see the report)."""
    path = Path(path)
    report = ImportReport(path.name, REJECTED)
    try:
        bundle = reader.read(ws, path, progress=progress)
    except reader.AlreadyHad as had:
        _describe(report, had.manifest)
        report.status = ALREADY_HAD
        return report
    except SyncError as err:
        return _reject(ws, path, report, err)
    try:
        _describe(report, bundle.manifest)
        trusted = trust.status(ws, bundle.source)
        problem = _wrong_kind(ws, bundle)
        if problem:
            return _reject(ws, path, report, SyncError(
                "bundle_wrong_kind", kind=bundle.kind, source=f"{report.source_name} ({report.fingerprint})",
                detail=problem))
        if trusted == "self":
            report.status = ALREADY_HAD
            return report
        if bundle.kind == "enrollment" and trusted == "trusted":
            report.status = ALREADY_HAD
            return report
        if trusted != "trusted" and not approve:
            return _hold(ws, path, bundle, report, trusted)
        try:
            _apply(ws, bundle, report, approve)
        except SyncError as err:
            return _reject(ws, path, report, err)
        report.status = ACCEPTED
        return report
    finally:
        bundle.cleanup()


def _wrong_kind(ws, bundle) -> tuple | None:
    kind, role = bundle.kind, bundle.source.get("role")
    if kind in ("distribution", "receipt") and role != "hq":
        return ("chỉ trụ sở mới gửi loại gói này", "only headquarters sends this kind of bundle")
    if kind == "enrollment" and ws.role != "hq":
        return ("yêu cầu đăng ký máy chỉ nhập vào không gian làm việc của trụ sở",
                "enrollment requests are imported at headquarters only")
    if kind == "receipt" and ws.role == "hq":
        return ("giấy biên nhận chỉ dành cho máy kiểm tra", "receipts are for laptops only")
    return None


def _apply(ws, bundle, report: ImportReport, approve: bool) -> None:
    """Everything in one transaction; blobs placed before it commits (and
    removed again if it does not)."""
    conn = ws.db.conn
    placed: list[Path] = []
    try:
        with ws.writer.batch():
            if approve or bundle.kind == "enrollment":
                trust.trust_source(conn, bundle.source)
            before = sync_store.max_seq(conn)
            report.changes = ws.writer.apply_remote(_operations(bundle))
            report.new_ops = sync_store.new_ops_since(conn, before)
            if bundle.kind == "distribution":
                report.details["devices"] = trust.apply_distribution(ws, conn, bundle.manifest.get("devices", []))
            if bundle.kind == "receipt":
                report.details.update(receipts.apply(ws, bundle.manifest.get("receipt", {})))
            for staged, sha in bundle.blobs:
                target = ws.media.blob_path(sha)
                target.parent.mkdir(exist_ok=True)
                if target.exists():
                    continue
                os.replace(staged, target)
                placed.append(target)
            pipeline.durable(placed)
            report.new_media = len(placed)
            report.details["open_conflicts"] = conn.execute("SELECT count(*) FROM sync_conflict").fetchone()[0]
            sync_store.record_bundle(
                conn, id=report.bundle_id, direction="received", kind=bundle.kind, device_id=report.source_id,
                device_name=report.source_name, recipients=bundle.manifest.get("recipient_devices", []),
                file_name=bundle.path.name, file_size=bundle.path.stat().st_size, status=ACCEPTED,
                op_count=report.op_count, new_ops=report.new_ops, media_count=report.media_count,
                new_media=report.new_media, full=int(bool(bundle.manifest.get("scope", {}).get("full"))),
                summary={"what_changed": report.what_changed(), "fingerprint": report.fingerprint,
                         **{k: v for k, v in report.details.items() if isinstance(v, int)}})
    except BaseException:
        for target in placed:
            with contextlib.suppress(OSError):
                target.unlink()
        raise


def _operations(bundle):
    if bundle.ops_path is None:
        return
    with open(bundle.ops_path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            try:
                yield Operation.from_dict(json.loads(line))
            except ValidationError as err:
                raise SyncError("bundle_invalid_ops", file=bundle.path.name,
                                detail=f"dòng {number}: {err.message('vi')}") from err
            except (ValueError, KeyError, TypeError, AttributeError) as err:
                raise SyncError("bundle_invalid_ops", file=bundle.path.name,
                                detail=f"dòng {number}: {type(err).__name__}") from err


def _reject(ws, path: Path, report: ImportReport, err: SyncError) -> ImportReport:
    report.status = REJECTED
    report.error = err
    if err.code in QUARANTINED:
        report.quarantined_to = str(quarantine(ws, path, err))
    return report


def quarantine(ws, path: Path, err: InspectorError, name: str | None = None) -> Path:
    """Move a refused file into quarantine/ with the reason beside it."""
    folder = ws.path / "quarantine"
    folder.mkdir(exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    name = name or path.name
    target = folder / f"{stamp}-{name}"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{stamp}-{n}-{name}"
    try:
        shutil.move(str(path), str(target))
    except OSError:
        with contextlib.suppress(OSError):       # read-only source: keep a copy at least
            shutil.copyfile(path, target)
    note = target.with_name(target.name + ".txt")
    with contextlib.suppress(OSError):
        note.write_text(f"{path}\n{err.message('vi')}\n{err.message('en')}\n", encoding="utf-8")
    return target


def _hold(ws, path: Path, bundle, report: ImportReport, why: str) -> ImportReport:
    folder = ws.path.joinpath(*HELD_DIR)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{report.bundle_id}.bundle"
    if not target.exists():
        shutil.copyfile(path, target)
    with ws.writer.batch():
        sync_store.hold(ws.db.conn, bundle_id=report.bundle_id, path=str(target), file_name=path.name,
                        kind=bundle.kind, device_id=report.source_id, device_name=report.source_name,
                        role=report.source_role, fingerprint=report.fingerprint, reason=why,
                        summary={"op_count": report.op_count, "media_count": report.media_count,
                                 "encrypt_public": bundle.source["encrypt_public"],
                                 "sign_public": bundle.source["sign_public"]})
    report.status = HELD
    report.error = SyncError("bundle_unknown_device", file=path.name, name=report.source_name,
                             fingerprint=report.fingerprint)
    report.details["held_reason"] = why
    return report


def approve_held(ws, bundle_id: str, fingerprint: str, progress=None) -> ImportReport:
    """A person compared the fingerprint: trust the device, import its bundle."""
    found = sync_store.held(ws.db.conn, bundle_id)
    if not found:
        raise SyncError("bundle_unreadable", file=bundle_id, detail="không còn trong danh sách chờ duyệt")
    item = found[0]
    if _norm(fingerprint) != _norm(item["fingerprint"]):
        raise SyncError("held_fingerprint_mismatch", given=fingerprint, fingerprint=item["fingerprint"])
    report = import_file(ws, Path(item["path"]), progress=progress, approve=True)
    if report.status in (ACCEPTED, ALREADY_HAD, REJECTED):
        with ws.writer.batch():
            sync_store.unhold(ws.db.conn, bundle_id)
        with contextlib.suppress(OSError):
            Path(item["path"]).unlink(missing_ok=True)
    return report


def reject_held(ws, bundle_id: str) -> None:
    for item in sync_store.held(ws.db.conn, bundle_id):
        with contextlib.suppress(OSError):
            quarantine(ws, Path(item["path"]), SyncError("bundle_unknown_device", file=item["file_name"],
                                                          name=item["device_name"], fingerprint=item["fingerprint"]),
                       name=item["file_name"])
        with ws.writer.batch():
            sync_store.unhold(ws.db.conn, bundle_id)


def _norm(fingerprint: str) -> str:
    return "".join(fingerprint.split()).upper()


def bundle_files(paths) -> list[Path]:
    """The bundles among `paths` (folders are searched, not recursively);
    hidden partial files of an interrupted export are skipped."""
    out = []
    for path in map(Path, paths):
        if path.is_dir():
            out += sorted(p for p in path.iterdir() if p.is_file() and p.suffix == ".bundle"
                          and not p.name.startswith("."))
        else:
            out.append(path)
    return out


def import_paths(ws, paths, progress=None) -> list[ImportReport]:
    """Import many files or folders of bundles (HQ: a folder from many laptops)."""
    files = bundle_files(paths)
    reports = []
    for index, path in enumerate(files):
        inner = _Scaled(progress, index, len(files)) if progress is not None else None
        if progress is not None and progress.cancelled():
            raise Cancelled()
        reports.append(import_file(ws, path, progress=inner))
    return reports


class _Scaled:
    """Progress of one bundle among many, as a share of the whole."""

    def __init__(self, progress, index: int, count: int) -> None:
        self._progress, self._index, self._count = progress, index, count

    def report(self, done: int, total: int, text: str = "") -> None:
        share = 1000 * self._index + (1000 * done // max(total, 1))
        self._progress.report(share, 1000 * self._count, text)

    def cancelled(self) -> bool:
        return self._progress.cancelled()
