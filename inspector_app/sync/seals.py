"""Authors' seals: every operation is verifiably by the device it names.

A device seals its own operations when it exports: a seal is the list of
the SHA-256 digests of its operations not sealed before, in log order,
numbered, chained to the device's previous seal and signed with its
Ed25519 key. Seals travel in `seals.jsonl` beside the operations and are
kept by whoever receives them, so a bundle that relays another device's
operations (peer bundles, distributions, findings holding a team mate's
work) carries that device's own proof, and the receiver checks it against
the key *it* holds for that device — never a key the bundle names.

One signature covers up to SEAL_MAX operations: checking a bundle costs one
Ed25519 verification per seal, and one canonical encoding and SHA-256 per
operation (docs/bundle-format.md, "Authors").
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric import ed25519

from .. import identity
from ..errors import SyncError
from ..oplog import Operation, encode
from ..storage import seal_store, sync_store
from ..storage.seal_store import SealRow
from .lines import staged_lines
from .reinspection import ASIDE, IGNORED, WATCHED, PlanGuard

if TYPE_CHECKING:
    from ..workspace import Workspace

FILE = "seals.jsonl"
ZERO = "0" * 64
SEAL_MAX = 1_000_000                    # operations per seal
MAX_LINE = 48 << 20                     # one line of seals.jsonl: SEAL_MAX digests in base64, and room
_HEX = re.compile(r"^[0-9a-f]{64}$")
_DEVICE = re.compile(r"^[0-9A-Za-z-]{1,64}$")
_HEADER = b"inspector-seal/2\n"

# Why a relayed device's operations were set aside (not applied): the
# receiver holds no key for it; its proof does not check with the key the
# receiver holds; it was revoked and the operation is not among those it
# sealed before its revocation.
UNKNOWN, UNPROVEN, REVOKED = "unknown", "unproven", "revoked"
# A laptop's operation on reference data headquarters issued (a checklist,
# a legal document, a plan, a team, a unit, a person HQ created): HQ alone
# may change what it distributes. A laptop's own local rows stay its own.
# Such an operation is counted here for the report, and kept in the log:
# each replica's state ignores it (storage/state.py), so that replicas
# receiving it and HQ's creation of the row in any order agree.
HQ_DATA = "hq_data"
# The entities whose proven operations `Authors.rules` looks at (reference data HQ
# issued, HQ's re-inspection plans), with those that refer to media: an import's
# parse helper sends their operations whole (storage/bulk_ready.py).
LOOKED_AT = frozenset(sync_store.DISTRIBUTED) | WATCHED | {"media", "minutes"}


def op_digest(op: Operation) -> bytes:
    """SHA-256 of the operation's canonical line (what an export writes)."""
    return hashlib.sha256(encode(op.to_dict()).encode("utf-8")).digest()


def statement(device_id: str, number: int, prev: str, count: int, digests: bytes) -> bytes:
    """The exact bytes a device signs for one seal."""
    return _HEADER + json.dumps(
        {"count": count, "device_id": device_id, "digests": hashlib.sha256(digests).hexdigest(),
         "number": number, "prev": prev}, sort_keys=True, separators=(",", ":")).encode("ascii")


def seal_hash(device_id: str, number: int, prev: str, count: int, digests: bytes) -> str:
    return hashlib.sha256(statement(device_id, number, prev, count, digests)).hexdigest()


# -- making and writing -----------------------------------------------------------------
class Sealer:
    """Seals this device's operations not sealed yet, fed one by one in log
    order (`add`), then stored (`finish`). An export feeds it the lines it
    writes anyway, so its own operations are encoded once, not twice."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        last = seal_store.last(ws.db.conn, ws.device_id)
        self.number, self.prev, self.after = (last.number, last.hash, last.last_seq or 0) if last else (0, ZERO, 0)
        self.made: list[SealRow] = []
        self._digests, self._last_seq = bytearray(), self.after
        self._key: ed25519.Ed25519PrivateKey | None = None

    def add(self, seq: int, line: bytes) -> None:
        """The operation at `seq` (after `self.after`), as its canonical line without the newline."""
        self._digests += hashlib.sha256(line).digest()
        self._last_seq = seq
        if len(self._digests) == 32 * SEAL_MAX:
            self._close()

    def _close(self) -> None:
        if not self._digests:
            return
        key = self._key = self._key or identity.load_signing_key(self.ws.path / "keys")
        self.number += 1
        count, blob = len(self._digests) // 32, bytes(self._digests)
        text = statement(self.ws.device_id, self.number, self.prev, count, blob)
        self.made.append(SealRow(self.ws.device_id, self.number, self.prev, hashlib.sha256(text).hexdigest(), count,
                                 blob, key.sign(text), self._last_seq))
        self.prev, self._digests = self.made[-1].hash, bytearray()

    def finish(self) -> int:
        """Store the seals made; how many."""
        self._close()
        if self.made:
            with self.ws.writer.batch():
                for seal in self.made:
                    seal_store.save(self.ws.db.conn, seal)
        return len(self.made)


def seal_own(ws: Workspace, upto_seq: int) -> int:
    """Seal this device's operations up to `upto_seq` not sealed yet; how many seals were made."""
    sealer = Sealer(ws)
    for seq, op in sync_store.ops_of_device(ws.db.conn, ws.device_id, sealer.after, upto_seq):
        sealer.add(seq, encode(op.to_dict()).encode("utf-8"))
    return sealer.finish()


def line_of(seal: SealRow) -> bytes:
    return json.dumps({"count": seal.count, "device_id": seal.device_id,
                       "digests": base64.b64encode(seal.digests).decode("ascii"), "number": seal.number,
                       "prev": seal.prev, "signature": base64.b64encode(seal.signature).decode("ascii")},
                      sort_keys=True, separators=(",", ":")).encode("ascii") + b"\n"


def write(ws: Workspace, devices: Iterable[str], out) -> None:
    """Every seal held of each device, one line each (the bundle's seals.jsonl)."""
    conn = ws.db.conn
    for device_id in sorted(set(devices)):
        for seal in seal_store.of_device(conn, device_id):
            out.write(line_of(seal))


# -- reading and checking ---------------------------------------------------------------
def _invalid(file: str, vi: str, en: str) -> SyncError:
    return SyncError("bundle_invalid_ops", file=file, detail=(vi, en))


def _parse(file: str, number: int, line: bytes) -> SealRow:
    bad = _invalid(file, f"dòng {number} của danh sách chữ ký tác giả không hợp lệ",
                   f"line {number} of the authors' seals is not valid")
    try:
        raw = json.loads(line)
        digests = base64.b64decode(raw["digests"], validate=True)
        signature = base64.b64decode(raw["signature"], validate=True)
        device_id, count, seal_no, prev = raw["device_id"], raw["count"], raw["number"], raw["prev"]
    except (ValueError, KeyError, TypeError, RecursionError, binascii.Error):
        raise bad from None
    if not (isinstance(raw, dict) and set(raw) == {"count", "device_id", "digests", "number", "prev", "signature"}
            and isinstance(device_id, str) and _DEVICE.match(device_id) and isinstance(prev, str)
            and _HEX.match(prev) and type(seal_no) is int and 0 < seal_no < 1 << 62
            and type(count) is int and 0 < count <= SEAL_MAX and len(digests) == 32 * count
            and len(signature) == 64):
        raise bad
    return SealRow(device_id, seal_no, prev, seal_hash(device_id, seal_no, prev, count, digests), count,
                   digests, signature)


def _lines(path: Path | None, file: str):
    return staged_lines(path, MAX_LINE, lambda _number: _invalid(
        file, "danh sách chữ ký tác giả có dòng quá dài", "a line of the seals is too long"))


class _Chain:
    """The digests a device sealed (the seals accepted, in number order), and
    a membership test that costs O(1) per operation when the operations come
    in the order they were sealed (an export writes them so), and one hash
    set otherwise."""

    def __init__(self, blob: bytes) -> None:
        self.blob, self.cursor = blob, 0
        self.index: set[bytes] | None = None

    def has(self, digest: bytes) -> bool:
        if self.index is None:
            blob, at = self.blob, self.cursor
            if blob[at:at + 32] == digest:
                self.cursor = at + 32
                return True
            found = self._find(digest, at)
            if found != -1:
                self.cursor = found + 32
                return True
            # Not ahead of the cursor: out of order. From here on one set, so
            # a hostile order never costs a scan per operation.
            self.index = {blob[i:i + 32] for i in range(0, len(blob), 32)}
        return digest in self.index

    def take(self, digests: bytes) -> bool:
        """Whether `digests` (32 bytes each) were sealed one after another,
        the first at or after the cursor: then `has` would find each of them
        in turn, and the cursor moves past them as it would. One search and
        one comparison for a whole batch; nothing changes when False."""
        if self.index is not None or not digests:
            return False
        blob, at = self.blob, self.cursor
        if not blob.startswith(digests, at):
            at = self._find(digests[:32], at)
            if at == -1 or not blob.startswith(digests, at):
                return False
        self.cursor = at + len(digests)
        return True

    def _find(self, digest: bytes, at: int) -> int:
        """Where `digest` is sealed at or after `at`, on a 32-byte boundary; -1 if nowhere."""
        found = self.blob.find(digest, at)
        while found != -1 and found % 32:
            found = self.blob.find(digest, found + 1)
        return found


@dataclass
class Authors:
    """The proofs of one bundle, checked; `check(op)` says whether an
    operation is proven by the device it names.

    The sender's own operations must all be proven, else the bundle is
    refused (`bundle_invalid_ops`). Another device's operations without a
    valid proof — a device this workspace holds no key for, a proof that
    fails with the key held, a revoked device's operations sealed after its
    revocation — are set aside: not applied, counted in `set_aside`."""

    ws: Workspace
    source_id: str
    source_key: str
    file: str
    chains: dict[str, _Chain] = field(default_factory=dict)
    reasons: dict[str, str] = field(default_factory=dict)         # device → why its unproven ops are set aside
    set_aside: dict[str, int] = field(default_factory=dict)       # device → operations set aside
    verified: list[SealRow] = field(default_factory=list)
    hq_ids: frozenset[str] = frozenset()
    # (entity, row) → whether headquarters created it, looked up once per row.
    _made_by_hq: dict[tuple[str, str], bool] = field(default_factory=dict)
    _keys: dict[str, tuple[str | None, str]] = field(default_factory=dict)
    plans: PlanGuard | None = None          # HQ's re-inspection plans (sync/reinspection.py)

    @classmethod
    def load(cls, ws: Workspace, bundle, file: str) -> Authors:
        authors = cls(ws, bundle.source["device_id"], bundle.source["sign_public"], file)
        authors.hq_ids = sync_store.hq_ids(ws.db.conn)
        authors.plans = PlanGuard(ws.db.conn, authors.hq_ids)
        by_device: dict[str, list[SealRow]] = {}
        count = 0
        for number, line in _lines(bundle.seals_path, file):
            seal = _parse(file, number, line)
            count += seal.count
            if count > 64_000_000:
                raise _invalid(file, "danh sách chữ ký tác giả quá lớn", "the seals are too large")
            by_device.setdefault(seal.device_id, []).append(seal)
        for device_id, seals in by_device.items():
            authors._accept(device_id, sorted(seals, key=lambda s: s.number))
        return authors

    def _key(self, device_id: str) -> tuple[str | None, str]:
        """The key this workspace holds for a device, and its standing (read
        once per device: a hostile bundle may name one a million times)."""
        known = self._keys.get(device_id)
        if known is None:
            known = self._keys[device_id] = self._read_key(device_id)
        return known

    def _read_key(self, device_id: str) -> tuple[str | None, str]:
        if device_id == self.source_id:
            return self.source_key, "trusted"         # checked against the trust store before this
        if device_id == self.ws.device_id:
            return self.ws.keys.sign_public, "trusted"
        known = sync_store.device(self.ws.db.conn, device_id)
        if not known or not known.get("sign_public") or known.get("trust") not in ("trusted", "revoked", "self"):
            return None, UNKNOWN
        return known["sign_public"], "revoked" if known["trust"] == "revoked" else "trusted"

    def _accept(self, device_id: str, seals: list[SealRow]) -> None:
        key_b64, standing = self._key(device_id)
        if key_b64 is None:
            self.reasons[device_id] = UNKNOWN
            return
        public = ed25519.Ed25519PublicKey.from_public_bytes(base64.b64decode(key_b64))
        good = []
        for seal in seals:
            try:
                public.verify(seal.signature, statement(device_id, seal.number, seal.prev, seal.count, seal.digests))
            except InvalidSignature:
                if device_id == self.source_id:
                    raise _invalid(self.file, "chữ ký tác giả của máy gửi không hợp lệ",
                                   "the sender's own seal does not verify") from None
                self.reasons[device_id] = UNPROVEN
                continue
            good.append(seal)
        if standing == "revoked":
            good = self._before_revocation(device_id, good)
            self.reasons[device_id] = REVOKED
        self.verified += good
        self.chains[device_id] = _Chain(b"".join(s.digests for s in good))

    def _before_revocation(self, device_id: str, seals: list[SealRow]) -> list[SealRow]:
        """The seals a revoked device made before it was revoked: those
        chained back from the seal headquarters named as its last (its
        number and hash), through seals in the bundle or held here."""
        cut = seal_store.cutoff(self.ws.db.conn, device_id)
        if cut is None:
            return []
        number, expected = cut
        offered: dict[tuple[int, str], SealRow] = {(s.number, s.hash): s for s in seals}
        held = seal_store.headers(self.ws.db.conn, device_id)
        accepted = []
        while number > 0 and expected:
            seal = offered.get((number, expected))
            if seal is not None:
                accepted.append(seal)
                expected = seal.prev
            else:
                prev = next((p for p, h in held.get(number, ()) if h == expected), None)
                if prev is None:
                    break
                expected = prev
            number -= 1
        return accepted[::-1]

    def check(self, op: Operation, line: bytes | None = None, digest: bytes | None = None) -> bool:
        """Whether `op` is proven by the device it names. `line`: the exact
        bytes it was read from; as an export writes it, that line is its
        canonical encoding, and a line whose own SHA-256 was sealed is that
        very operation, so it is not encoded again (a fifth of an import's
        time). Any other line is checked by the digest of its operation.
        `digest`: that SHA-256 of the line (without its newline), when the
        import's parse helper computed it instead of handing the line over."""
        chain = self.chains.get(op.device_id)
        if digest is None and line is not None and chain is not None:
            digest = hashlib.sha256(line.rstrip(b"\n")).digest()
        as_sent = digest is not None and chain is not None and chain.has(digest)
        if chain is not None and (as_sent or chain.has(op_digest(op))):
            return self.rules(op)
        if op.device_id == self.source_id:
            raise _invalid(self.file, "có thao tác ghi là của máy gửi nhưng không có trong danh sách máy đó đã ký",
                           "an operation credited to the sender is not among those it sealed")
        return self._aside(op.device_id, UNKNOWN if self._key(op.device_id)[0] is None else UNPROVEN)

    def take(self, device_id: str, digests: bytes) -> bool:
        """Whether a batch of `device_id`'s operations, whose lines have these
        SHA-256 digests, is proven as sent and in the order sealed: `check`
        would prove each of them by its line. Their `rules` are still the
        caller's to ask."""
        chain = self.chains.get(device_id)
        return chain is not None and chain.take(digests)

    def rules(self, op: Operation) -> bool:
        """What becomes of an operation proven by its author (`check`): False
        sets it aside (counted, with its reason). Looks only at operations of
        LOOKED_AT; any other is kept, and nothing is counted."""
        if op.entity in sync_store.DISTRIBUTED:
            if op.device_id in self.hq_ids:
                if not op.prev:                  # HQ creates it (in this bundle)
                    self._made_by_hq[(op.entity, op.row_id)] = True
            elif self._hq_row(op):
                # Told in the report; kept in the log, where the state ignores it
                # on every replica, whichever reached it first (storage/state.py).
                self._aside(op.device_id, HQ_DATA)
        if self.plans is not None:
            verdict = self.plans.verdict(op)
            if verdict == ASIDE:
                return self._aside(op.device_id, HQ_DATA)
            if verdict == IGNORED:        # kept: every replica's state ignores it
                self._aside(op.device_id, HQ_DATA)
        return True

    def _aside(self, device_id: str, reason: str) -> bool:
        self.reasons.setdefault(device_id, reason)
        self.set_aside[device_id] = self.set_aside.get(device_id, 0) + 1
        return False

    def _hq_row(self, op: Operation) -> bool:
        key = (op.entity, op.row_id)
        made = self._made_by_hq.get(key)
        if made is None:
            made = self._made_by_hq[key] = sync_store.hq_created(self.ws.db.conn, *key, self.hq_ids)
        return made

    def save(self) -> None:
        """Keep the seals checked (inside the import's transaction), so this
        workspace can prove those operations when it relays them."""
        for seal in self.verified:
            seal_store.save(self.ws.db.conn, seal)
        self.verified = []            # stored: their digests (32 MB a million) are the chains' now

    def release(self) -> None:
        """The pass is over: let go of the digests (32 MB a million operations)."""
        self.chains.clear()
