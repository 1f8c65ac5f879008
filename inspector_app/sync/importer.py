"""Importing bundles: read and check (reader.py), decide on trust, then apply
everything in one transaction. A bundle imported twice changes nothing; a
bundle that fails any check changes nothing and is moved to `quarantine/`
with the reason beside it; a bundle from a device not trusted is kept in
`inbox/held/` until a person approves it after comparing the fingerprint.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..changes import Changes
from ..errors import InspectorError, SyncError
from ..oplog import Operation
from ..progress import Cancelled
from ..storage import db as storage_db
from ..storage import sync_store
from ..storage.bulk_ready import Ready
from . import checks, reader, receipts, seals, staging, trust

if TYPE_CHECKING:
    from ..workspace import Workspace

log = logging.getLogger(__name__)

ACCEPTED, ALREADY_HAD, HELD, REJECTED = "accepted", "already_had", "held", "rejected"
# Held, not refused: the file stays where it is and imports once clocks agree.
CLOCK_HELD = ("bundle_clock_ahead", "bundle_clock_behind")
# Reasons that are the file's fault: it goes to quarantine/. (A pulled-out
# USB stick or a full disk are not: the file stays where it is.)
QUARANTINED = ("bundle_not_for_us", "bundle_damaged", "bundle_altered", "bundle_unsafe", "bundle_version",
               "bundle_old_format",
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
    source_role: str | None = None          # the role this workspace gives the sender, never the claimed one
    source_person: str | None = None        # who uses the sending device, as its manifest says
    fingerprint: str | None = None
    source_sign_public: str | None = None
    created_at: str | None = None
    op_count: int = 0
    new_ops: int = 0
    media_count: int = 0
    new_media: int = 0
    changes: Changes = field(default_factory=Changes)
    details: dict = field(default_factory=dict)
    warnings: list[InspectorError] = field(default_factory=list)
    quarantined_to: str | None = None

    @property
    def reason(self) -> str | None:
        return self.error.code if self.error else None

    def message(self, lang: str = "vi") -> str:
        return self.error.message(lang) if self.error else ""

    def what_changed(self) -> dict[str, int]:
        return {entity: len(ids) for entity, ids in self.changes.rows.items() if ids}


def _describe(ws: Workspace, report: ImportReport, bundle_manifest: dict) -> None:
    source = bundle_manifest["source"]
    report.bundle_id = bundle_manifest["bundle_id"]
    report.kind = bundle_manifest["kind"]
    report.source_id, report.source_name = source["device_id"], source.get("name")
    report.source_role = trust.role_of(ws, source["device_id"], bundle_manifest["kind"])
    person = source.get("person")
    report.source_person = person[:200] if isinstance(person, str) and person.strip() else None
    from . import keys
    report.fingerprint = keys.fingerprint(source["sign_public"])
    report.source_sign_public = source["sign_public"]
    report.created_at = bundle_manifest.get("created_at") if isinstance(bundle_manifest.get("created_at"), str) \
        else None
    report.op_count = bundle_manifest.get("op_count", 0) if isinstance(bundle_manifest.get("op_count"), int) else 0
    report.media_count = sum(1 for f in bundle_manifest["files"] if f["path"] != "ops.jsonl")


def import_file(ws: Workspace, path: Path, *, progress=None, approve: bool = False, retrust: bool = False,
                apply: bool = True, ahead: reader.Bundle | None = None,
                parsing: Callable[[], None] | None = None) -> ImportReport:
    """Import one bundle file; never raises for a bad file (see the report).

    `apply=False` is `bundle verify`: the same checks, in the same code, and
    the report says what an import would do (accepted, held or rejected),
    with nothing written, held, moved or quarantined. `ahead`: the file as
    `reader.read_ahead` read it (see `reader.read`). `parsing()` is called
    once the parse helper started on the bundle's operations (a folder
    import then reads its next bundle)."""
    path = Path(path)
    report = ImportReport(path.name, REJECTED)
    try:
        return _import(ws, path, report, progress, approve, retrust, apply, ahead, parsing)
    except (Cancelled, InspectorError):
        raise
    except Exception:  # one bad file never stops a folder import
        log.exception("unexpected error importing %s", path.name)
        return _reject(ws, path, report, SyncError("bundle_unexpected", file=path.name), apply)


def _import(ws: Workspace, path: Path, report: ImportReport, progress, approve: bool, retrust: bool,
            apply: bool, ahead: reader.Bundle | None, parsing: Callable[[], None] | None) -> ImportReport:
    try:
        bundle = reader.read(ws, path, progress=progress, stop_if_had=apply, stop_if_untrusted=apply and not approve,
                             stage_media=apply, ahead=ahead)
    except reader.AlreadyHad as had:
        _describe(ws, report, had.manifest)
        report.status = ALREADY_HAD
        return report
    except reader.NotTrusted as stopped:
        _describe(ws, report, stopped.manifest)
        problem = trust.authority(ws, stopped.manifest)
        if problem:
            return _reject(ws, path, report, _wrong_kind_error(report, problem), apply)
        return _hold(ws, path, stopped.manifest, report, stopped.status)
    except SyncError as err:
        return _reject(ws, path, report, err, apply)
    try:
        _describe(ws, report, bundle.manifest)
        trusted = trust.status(ws, bundle.source)
        problem = trust.authority(ws, bundle.manifest)
        if problem:
            return _reject(ws, path, report, _wrong_kind_error(report, problem), apply)
        if trusted == "self" or (bundle.kind == "enrollment" and trusted == "trusted" and apply):
            report.status = ALREADY_HAD
            return report
        holding = trusted != "trusted" and not (approve and (retrust or trusted == "unknown"))
        if checks.start_parsing(bundle) and parsing is not None:    # the helper parses while the seals are read
            parsing()
        try:
            if apply and not holding:
                # One pass: each operation checked, then applied with the
                # others in one transaction that any refusal rolls back.
                _apply(ws, bundle, report, approve, retrust)
            else:
                authors = seals.Authors.load(ws, bundle, path.name)
                checks.scan(ws, bundle, path.name, authors)         # the same checks, nothing applied
        except SyncError as err:
            if err.code in CLOCK_HELD:
                report.status, report.error = HELD, err      # kept where it is; nothing applied
                return report
            return _reject(ws, path, report, err, apply)
        warning = checks.clock_warning(ws, bundle)
        if warning is not None:
            report.warnings.insert(0, warning)
        if holding:
            if apply:
                return _hold(ws, path, bundle.manifest, report, trusted)
            report.status = HELD
            report.error = _held_error(ws, report, trusted)
            return report
        report.status = ACCEPTED
        return report
    finally:
        bundle.cleanup()


_WHY = {seals.UNKNOWN: ("máy đó chưa được đăng ký ở đây", "that device is not enrolled here"),
        seals.UNPROVEN: ("không có chữ ký hợp lệ của chính máy đó", "no valid proof by that device itself"),
        seals.REVOKED: ("máy đã bị thu hồi; thao tác không nằm trong phần đã ký trước khi thu hồi",
                        "the device was revoked; not among what it sealed before"),
        seals.HQ_DATA: ("máy kiểm tra không được sửa dữ liệu dùng chung do trụ sở ban hành",
                        "a field laptop may not change reference data headquarters issued")}


def _set_aside_warning(ws: Workspace, authors: seals.Authors) -> SyncError:
    """Another device's operations this bundle relayed without a valid proof
    of their author: not applied; the device's own bundle will bring them."""
    vi, en = [], []
    for device_id, count in sorted(authors.set_aside.items(), key=lambda item: -item[1])[:5]:
        name = trust.known_name(ws, device_id)
        why = _WHY[authors.reasons.get(device_id, seals.UNPROVEN)]
        vi.append(f"{count} thao tác ghi là của {name or 'một máy không rõ'}: {why[0]}")
        en.append(f"{count} credited to {name or 'an unknown device'}: {why[1]}")
    # What happens next depends on why: unproven work comes with its author's own bundle;
    # a laptop's change to HQ's reference data never takes effect anywhere.
    reasons = {authors.reasons.get(device_id, seals.UNPROVEN) for device_id in authors.set_aside}
    hints = []
    if reasons - {seals.HQ_DATA}:
        hints.append(("Thao tác chưa chứng minh được sẽ đến khi chính máy đã ghi chúng gửi gói.",
                      "Unproven operations will come in their author's own bundle."))
    if seals.HQ_DATA in reasons:
        hints.append(("Dữ liệu dùng chung chỉ trụ sở được sửa: nếu cần sửa, hãy báo trụ sở.",
                      "Only headquarters changes its reference data: ask headquarters if it must change."))
    return SyncError("ops_set_aside", count=sum(authors.set_aside.values()), detail=("; ".join(vi), "; ".join(en)),
                     hint=(" ".join(h[0] for h in hints), " ".join(h[1] for h in hints)))


def _wrong_kind_error(report: ImportReport, problem: tuple) -> SyncError:
    return SyncError("bundle_wrong_kind", kind=report.kind, source=f"{report.source_name} ({report.fingerprint})",
                     detail=problem)


def _apply(ws: Workspace, bundle, report: ImportReport, approve: bool, retrust: bool) -> None:
    """Everything in one transaction, the operations as the one pass of
    checks yields them (`checks.checked`): a line refused, or a clock too far
    ahead, anywhere in the bundle raises and rolls back all of it, and the
    local clock moves past the newest stamp only once all passed. Blobs are
    placed before it commits (and removed again if it does not). Only blobs
    an operation of the bundle refers to are stored.

    The trust the bundle itself carries is taken first, in the same
    transaction: the sender a person approved (a laptop's first
    distribution pins its HQ), the pinned HQ's proven new key, and a
    distribution's device list (signed by the pinned HQ, checked before its
    content is read: authoritative, stamps and revocation cut-offs
    included). Only then are the operations' authors checked, against keys
    as they will stand after this import: a laptop's first distribution
    relays other laptops' work without setting it aside."""
    conn = ws.db.conn
    placed: list[Path] = []
    try:
        # Inside a folder import's transaction (`import_paths`), a savepoint:
        # a refused bundle undoes its own writes, not those of the others.
        with ws.writer.batch(), storage_db.savepoint(ws.db.conn, "bundle"):
            if approve:
                trust.approve_source(ws, conn, bundle.source, bundle.kind, retrust=retrust)
            trust.follow_succession(ws, conn, bundle.source)      # the pinned HQ's proven new key
            if bundle.kind == "distribution":
                listed = bundle.manifest.get("devices", [])
                report.details.update(trust.apply_distribution(ws, conn, listed if isinstance(listed, list) else [],
                                                               report.source_name or "?"))
            authors = seals.Authors.load(ws, bundle, report.file)
            before = sync_store.max_seq(conn)
            # The seals were checked when loaded: stored before the pass, their
            # digests (32 MB for a million operations) are not copied into the
            # database while the pass's row ids are held (the peak of memory).
            authors.save()
            found = checks.Scan()
            report.changes = _apply_operations(ws, checks.checked(ws, bundle, report.file, found, authors),
                                               authors.release)
            if authors.set_aside:
                report.details["set_aside"] = sum(authors.set_aside.values())
                report.warnings.append(_set_aside_warning(ws, authors))
            report.new_ops = sync_store.new_ops_since(conn, before)
            if bundle.kind == "receipt":
                report.details.update(receipts.apply(ws, bundle.manifest.get("receipt", {})))
            for staged, sha in bundle.blobs:
                target = ws.media.blob_path(sha)
                if sha not in found.blobs or target.exists():
                    continue
                target.parent.mkdir(exist_ok=True)
                os.replace(staged, target)
                placed.append(target)
            staging.durable(placed)
            report.new_media = len(placed)
            report.details["open_conflicts"] = sync_store.open_conflicts(conn)
            sync_store.record_bundle(
                conn, id=report.bundle_id, direction="received", kind=bundle.kind, device_id=report.source_id,
                device_name=report.source_name, recipients=bundle.manifest.get("recipient_devices", []),
                file_name=bundle.path.name, file_size=bundle.path.stat().st_size, status=ACCEPTED,
                op_count=report.op_count, new_ops=report.new_ops, media_count=report.media_count,
                new_media=report.new_media, full=int(bool(bundle.manifest.get("scope", {}).get("full"))),
                summary={"what_changed": report.what_changed(), "fingerprint": report.fingerprint,
                         **{k: v for k, v in report.details.items() if isinstance(v, int)}})
            # Last: later local writes order after every stamp applied.
            ws.writer.clock.observe(found.newest)
    except BaseException:
        for target in placed:
            with contextlib.suppress(OSError):
                target.unlink()
        raise


# Operations go to the writer in slices: what each slice touched is kept as
# row ids per entity, so memory holds the ids (the `Changes` the views
# need), never a million operations at once. 10,000 rather than 20,000: one
# bundle of 1,000,000 operations peaked at 276 MB instead of 300, in the same time;
# 8,000 since the parse helper's batches in flight (sync/parse_worker.py): 286 MB.
SLICE = 8_000
# The first slices are smaller, then double: a large bundle's operations come from
# the parse helper (sync/parse_worker.py), which starts on a bundle only once it
# is read; the first are applied while it goes on, instead of waiting
# for 8,000 at the start of every bundle. 125, as the helper's first message
# (parse_worker.FIRST_BATCH): waiting for the first thousand was ~25 ms a bundle.
FIRST_SLICE = 125


def _apply_operations(ws: Workspace, ops: Iterator[Operation | Ready], passed: Callable[[], None]) -> Changes:
    """Apply the checked operations `ops` yields, in slices, in the caller's
    transaction; the clock is not moved (the caller observes the newest
    stamp once the whole bundle passed). A batch the parse helper prepared
    (`Ready`) is written as it comes, between slices.

    The row ids touched are gathered in lists (8 bytes an id) and made into
    sets once, at the end: a set per entity growing through a million
    operations, then copied into a frozenset, took twice the memory.
    `passed()` is called once every operation was applied, before the sets
    are made (the peak of memory): the pass lets go of what it held."""
    rows: dict[str, list[str]] = {}
    size = min(SLICE, FIRST_SLICE)
    piece: list[Operation] = []

    def store(changes: Changes) -> None:
        for entity, ids in changes.rows.items():
            rows.setdefault(entity, []).extend(ids)

    for item in ops:
        if isinstance(item, Ready):                   # prepared by the parse helper: written as it is
            if piece:
                store(ws.writer.apply_remote(piece, checked=True, observe=False))
                piece = []
            store(ws.writer.apply_ready(item))
            continue
        piece.append(item)
        if len(piece) >= size:
            size = min(SLICE, 2 * size)
            store(ws.writer.apply_remote(piece, checked=True, observe=False))
            piece = []
    if piece:
        store(ws.writer.apply_remote(piece, checked=True, observe=False))
    del piece
    passed()
    return Changes({entity: frozenset(rows.pop(entity)) for entity in list(rows)})


def _reject(ws: Workspace, path: Path, report: ImportReport, err: SyncError, apply: bool = True) -> ImportReport:
    report.status = REJECTED
    report.error = err
    if apply and err.code in QUARANTINED:
        report.quarantined_to = str(quarantine(ws, path, err))
    return report


def quarantine(ws: Workspace, path: Path, err: InspectorError, name: str | None = None) -> Path:
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


# What is kept for a person to approve is bounded: a copy only of bundles up
# to HELD_COPY bytes while inbox/held/ stays under HELD_TOTAL, and at most
# HELD_MAX bundles listed. Beyond that the list names the file where it is
# (approving it then needs that file), or, when full, nothing is kept: the
# file stays where it was and can be imported again later.
HELD_COPY = 256 << 20
HELD_TOTAL = 1 << 30
HELD_MAX = 1000


def _held_error(ws: Workspace, report: ImportReport, why: str) -> SyncError:
    """Why a bundle waits for a person: an unknown device, a revoked one (who
    revoked it and when), or a known device id signed with a new key (the old
    and new fingerprints)."""
    if why == "revoked":
        by, at = trust.revocation(ws, report.source_id or "")
        return SyncError("bundle_held_revoked", file=report.file, name=report.source_name,
                         fingerprint=report.fingerprint, by=by, at=at)
    if why == "key_changed":
        return SyncError("bundle_key_changed", file=report.file, name=report.source_name,
                         old=trust.known_fingerprint(ws, report.source_id or "") or "?", new=report.fingerprint)
    return SyncError("bundle_unknown_device", file=report.file, name=report.source_name,
                     fingerprint=report.fingerprint)


def _hold(ws: Workspace, path: Path, bundle_manifest: dict, report: ImportReport, why: str) -> ImportReport:
    """Keep a bundle from a device not trusted for a person to approve. Only
    its signed manifest was read: nothing of its payload was decrypted."""
    source = bundle_manifest["source"]
    report.status = HELD
    report.error = _held_error(ws, report, why)
    report.details["held_reason"] = why
    conn = ws.db.conn
    if sync_store.held(conn, report.bundle_id):
        return report
    if sync_store.held_count(conn) >= HELD_MAX:
        report.details["held_kept"] = 0
        return report
    folder = ws.path.joinpath(*HELD_DIR)
    folder.mkdir(parents=True, exist_ok=True)
    size = path.stat().st_size
    kept_size = sum(p.stat().st_size for p in folder.iterdir() if p.is_file())
    copied = size <= HELD_COPY and kept_size + size <= HELD_TOTAL
    target = folder / f"{report.bundle_id}.bundle" if copied else path.resolve()
    if copied and not target.exists():
        shutil.copyfile(path, target)
    with ws.writer.batch():
        sync_store.hold(conn, bundle_id=report.bundle_id, path=str(target), file_name=path.name,
                        kind=bundle_manifest["kind"], device_id=report.source_id, device_name=report.source_name,
                        role=report.source_role, fingerprint=report.fingerprint, reason=why,
                        summary={"op_count": report.op_count, "media_count": report.media_count,
                                 "encrypt_public": source["encrypt_public"], "sign_public": source["sign_public"],
                                 "person": report.source_person, "copied": copied})
    return report


def approve_held(ws: Workspace, bundle_id: str, fingerprint: str, progress=None, *,
                 retrust: bool = False) -> ImportReport:
    """A person compared the fingerprint: trust the device, import its bundle.

    A revoked device, or a known device signed with a new key, is not
    re-trusted by approving: that needs `retrust` (the person chose it
    explicitly, after reading who revoked it and when, or the old and new
    fingerprints); without it a SyncError says so and nothing changes."""
    found = sync_store.held(ws.db.conn, bundle_id)
    if not found:
        raise SyncError("bundle_unreadable", file=bundle_id,
                        detail=("không còn trong danh sách chờ duyệt", "no longer waiting for approval"))
    item = found[0]
    if _norm(fingerprint) != _norm(item["fingerprint"]):
        raise SyncError("held_fingerprint_mismatch", given=fingerprint, fingerprint=item["fingerprint"])
    source = {"device_id": item["device_id"], "name": item["device_name"],
              "sign_public": item["summary"].get("sign_public", "")}
    state = trust.status(ws, source)
    if state in ("revoked", "key_changed") and not retrust:
        raise trust.needs_retrust(ws, source, state)
    report = import_file(ws, Path(item["path"]), progress=progress, approve=True, retrust=retrust)
    if report.status in (ACCEPTED, ALREADY_HAD, REJECTED):
        with ws.writer.batch():
            sync_store.unhold(ws.db.conn, bundle_id)
        if item["summary"].get("copied", True):        # never the sender's own file
            with contextlib.suppress(OSError):
                Path(item["path"]).unlink(missing_ok=True)
    return report


def reject_held(ws: Workspace, bundle_id: str) -> None:
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
