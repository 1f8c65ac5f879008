"""The checks on a bundle's operations, in one pass that the import also applies from.

One code path for `import` and `bundle verify` (importer.import_file with
`apply=False`): every line of `ops.jsonl` is read with a length limit,
decoded as UTF-8, parsed, and checked against the schema
(`Operation.from_dict`), once (`checked`); the newest clock is compared
with this machine's wall clock; the media blobs the operations refer to are
collected (only those are stored). Any problem raises a `SyncError` whose
message is Vietnamese (and English) and names no internal path.

The import applies the operations as this pass yields them, in slices,
inside its one transaction: a line refused later, a count that differs from
the manifest's, or a clock too far ahead (the bundle is held) raises at the
end of the pass, and the transaction rolls back whole. Parsing each line
once instead of checking it in a first pass and decoding it again in a
second saved a third of an import's time (bench/sync_hq_import.py).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .. import hlc
from ..errors import SyncError, ValidationError
from ..oplog import MAX_OP_BYTES, Operation
from ..storage.bulk_ready import Ready
from . import parse_worker
from .export import blobs_of
from .lines import staged_lines

if TYPE_CHECKING:
    from ..workspace import Workspace
    from . import seals

# A laptop is told its clock is behind HQ's beyond this (the bundle still imports).
BEHIND_WARNING_MS = 10 * 60 * 1000


@dataclass
class Scan:
    """What the pass over a bundle's operations found (filled as it goes)."""

    count: int = 0
    newest: int = 0                 # of the operations kept (not set aside)
    blobs: set[str] = field(default_factory=set)


def duration(ms: int) -> tuple[str, str]:
    """A length of time as a person reads it, rounded to its two largest
    units: (Vietnamese, English)."""
    minutes = max(1, round(ms / 60_000))
    if minutes >= 365 * 24 * 60:
        years = minutes / (365.25 * 24 * 60)
        return f"khoảng {years:.1f} năm".replace(".", ","), f"about {years:.1f} years"
    if minutes >= 24 * 60:
        days, hours = divmod(round(minutes / 60), 24)
        parts = ((days, "ngày", "day"), (hours, "giờ", "hour"))
    else:
        hours, minutes = divmod(minutes, 60)
        parts = ((hours, "giờ", "hour"), (minutes, "phút", "minute"))
    vi = [f"{n} {word}" for n, word, _ in parts if n]
    en = [f"{n} {word}{'s' if n > 1 else ''}" for n, _, word in parts if n]
    return " ".join(vi), " ".join(en)


def _invalid(file: str, number: int, vi: str, en: str) -> SyncError:
    return SyncError("bundle_invalid_ops", file=file, detail=(f"dòng {number}: {vi}", f"line {number}: {en}"))


def lines(path: Path | None, file: str) -> Iterator[tuple[int, bytes]]:
    """(line number, bytes) of ops.jsonl; a line longer than the limit is
    refused before it is held in memory whole."""
    return staged_lines(path, MAX_OP_BYTES, lambda number: _invalid(
        file, number, f"dài quá {MAX_OP_BYTES:,} byte".replace(",", "."), f"longer than {MAX_OP_BYTES:,} bytes"))


def parse(file: str, number: int, line: bytes) -> Operation:
    """One operation from one line, checked; SyncError for anything wrong."""
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        raise _invalid(file, number, "không phải văn bản UTF-8 hợp lệ", "not valid UTF-8") from None
    try:
        raw = json.loads(text)
    except RecursionError:
        raise _invalid(file, number, "dữ liệu lồng nhau quá sâu", "nested too deep") from None
    except ValueError:
        raise _invalid(file, number, "không phải JSON hợp lệ", "not valid JSON") from None
    try:
        # No "\\u" escape in the line: no string in it can hold a lone surrogate.
        return Operation.from_json(raw, b"\\u" not in line)
    except ValidationError as err:
        raise _invalid(file, number, err.message("vi"), err.message("en")) from None
    except RecursionError:
        raise _invalid(file, number, "dữ liệu lồng nhau quá sâu", "nested too deep") from None


def checked(ws: Workspace, bundle, file: str, found: Scan,
            authors: seals.Authors | None = None) -> Iterator[Operation | Ready]:
    """The one pass: every operation checked, in the bundle's order; those
    that may be applied are yielded as soon as they are checked.

    Fills `found` as it goes. After the last line it raises
    `bundle_invalid_ops` when the count is not the manifest's, and
    `bundle_clock_ahead` / `bundle_clock_behind` when an operation is dated
    more than 24 hours after this machine's clock (read once, when the pass
    starts); from the first such operation on nothing more is yielded, as
    the bundle will be held. A bad line raises `bundle_invalid_ops` where it
    is. Besides operations, a batch the parse helper prepared may come
    (`Ready`, storage/bulk_ready.py), checked whole. A caller that applies
    what is yielded does so inside one transaction and lets these errors
    roll it back: nothing of a refused or held bundle stays, and the local
    clock is not moved (it observes the newest stamp only once everything
    passed: importer._apply)."""
    wall = ws.writer.clock.wall()
    late = hlc.pack(wall + hlc.MAX_AHEAD_MS + 1)      # any stamp from here on is more than 24 hours ahead
    for op, line, digest in _operations(bundle, file):
        if isinstance(op, Ready):
            yield from _batch(op, found, late, authors)
            continue
        found.count += 1
        # The one place where an operation, checked, and its exact line (or
        # the line's digest) are both at hand: per-operation checks of its
        # author. False sets it aside (never applied, not counted as the
        # newest, its media not kept).
        if (authors is None or authors.check(op, line, digest)) and _kept(op, found, late):
            yield op
    declared = bundle.manifest.get("op_count")
    if declared != found.count:
        raise SyncError("bundle_invalid_ops", file=file, detail=(
            f"bản kê ghi {declared} thao tác, gói chứa {found.count}",
            f"the manifest says {declared} operations, the bundle holds {found.count}"))
    ahead = hlc.millis(found.newest) - wall
    if found.count and ahead > hlc.MAX_AHEAD_MS:
        source = bundle.source.get("name") or "?"
        if _from_hq(ws, bundle):
            raise SyncError("bundle_clock_behind", file=file, source=source, behind=duration(ahead))
        raise SyncError("bundle_clock_ahead", file=file, source=source, ahead=duration(ahead))


def _kept(op: Operation, found: Scan, late: int) -> bool:
    """Count an operation the checks keep (the newest stamp, the media it
    refers to); whether it may be applied (no stamp too far ahead yet)."""
    if op.hlc > found.newest:
        found.newest = op.hlc
    found.blobs.update(blobs_of(op))
    return found.newest < late


def _batch(ready: Ready, found: Scan, late: int, authors: seals.Authors | None) -> Iterator[Operation | Ready]:
    """`checked` for a batch the parse helper prepared (storage/bulk_ready.py):
    the same checks, with the same outcome for each operation. Proven as
    sent and in the order sealed (one comparison), with every operation
    the rules look at kept, the batch is yielded whole; otherwise its
    operations go through the checks one by one."""
    if authors is not None and not authors.take(ready.device, ready.digests):
        digests = ready.digests
        for index, op in enumerate(ready.operations()):
            found.count += 1
            if authors.check(op, None, digests[32 * index:32 * index + 32]) and _kept(op, found, late):
                yield op
        return
    found.count += len(ready)
    whole = ready.sent_whole()
    kept = [authors.rules(op) for op in whole] if authors is not None else []
    if all(kept):
        for op in whole:
            found.blobs.update(blobs_of(op))
        found.newest = max(found.newest, ready.newest)
        if found.newest < late:
            yield ready
        return
    aside = {sent[0] for sent, keep in zip(ready.whole, kept, strict=True) if not keep}
    for index, op in enumerate(ready.operations()):
        if index not in aside and _kept(op, found, late):
            yield op


def _operations(bundle, file: str) -> Iterator[tuple[Operation | Ready, bytes | None, bytes | None]]:
    """(operation, its line, the line's SHA-256) for every line of the
    bundle's ops.jsonl in order, each checked by `parse` (a bad line raises
    there). Within a folder import a large file is parsed by the helper
    process (sync/parse_worker.py), which gives the digest instead of the
    line; from a line it could not take, or if it stops answering, the
    lines are parsed here, so every error is `parse`'s own."""
    start = 1
    stream, bundle.parsing = bundle.parsing, None         # read once
    if stream is None:
        helper = parse_worker.helper_for(bundle.ops_path)
        stream = helper.operations(bundle.ops_path) if helper is not None else None
    if stream is not None:
        try:
            for number, op, digest in stream:
                if op is None:
                    start = number                       # from this line on, here
                    break
                start = number + 1
                yield op, None, digest                   # an operation, or a batch ending at line `number`
            else:
                return
        except parse_worker.HelperGone:
            pass                                         # from the line after the last it gave, here
    for number, line in lines(bundle.ops_path, file):
        if number >= start:
            yield parse(file, number, line), line, None


def start_parsing(bundle) -> bool:
    """Within a folder import, have the parse helper start on a large
    bundle's operations now, while the import does its other work on the
    bundle (trust, the seals): the pass (`checked`) then reads them from it.
    The helper decides nothing; a stream never read is dropped (see
    parse_worker.Parser.operations). Whether the helper took it."""
    helper = parse_worker.helper_for(bundle.ops_path)
    if helper is not None and bundle.parsing is None:
        bundle.parsing = helper.operations(bundle.ops_path)
    return bundle.parsing is not None


def queue_parsing(bundle) -> None:
    """Have the parse helper take a bundle read ahead (reader.read_ahead) as
    soon as it is through the one it is on: its `start_parsing`, in its
    turn, then finds it begun."""
    helper = parse_worker.helper_for(bundle.ops_path)
    if helper is not None:
        helper.queue(bundle.ops_path)


def scan(ws: Workspace, bundle, file: str, authors: seals.Authors | None = None) -> Scan:
    """The checks alone (`bundle verify`, a bundle to be held): the same
    pass as the import's, nothing applied. Raises as `checked` does."""
    found = Scan()
    for _op in checked(ws, bundle, file, found, authors):
        pass
    return found


def _from_hq(ws: Workspace, bundle) -> bool:
    # The role a manifest claims only chooses which message a person reads here.
    return bundle.source.get("role") == "hq" and ws.role != "hq"


def clock_warning(ws: Workspace, bundle) -> SyncError | None:
    """A laptop whose clock is well behind HQ's is told so (HQ signed the
    bundle's creation time with its own clock)."""
    if not _from_hq(ws, bundle):
        return None
    try:
        made = dt.datetime.fromisoformat(bundle.manifest.get("created_at"))
    except (TypeError, ValueError):
        return None
    if made.tzinfo is None:
        return None
    behind = int(made.timestamp() * 1000) - ws.writer.clock.wall()
    if behind <= BEHIND_WARNING_MS:
        return None
    return SyncError("clock_behind", source=bundle.source.get("name") or "?", behind=duration(behind))
