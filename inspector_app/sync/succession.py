"""HQ key rotation: a succession statement signed by the current key names
the next keys, and laptops follow it (docs/security.md, "Introducing or
rotating an HQ key").

A statement is {device_id, counter, old_sign_public, new_sign_public,
new_encrypt_public, made_at}, signed with the OLD Ed25519 key. HQ keeps its
statements and puts all of them in the signed manifest of every bundle it
sends afterwards (`source.succession`, oldest first). A laptop whose pinned
HQ key is K receiving a bundle signed by K' for the same HQ device id takes
K' only if the statements form a chain from K to K', each checked with the
key before it — never on a key the bundle names alone. HQ never follows a
succession; a laptop follows only its pinned HQ's. Anything else changes
nothing: the bundle is a key change, held for a person (trust.status).
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric import ed25519

from .. import identity
from ..errors import SyncError
from ..storage import seal_store, succession_store, sync_store
from ..storage.succession_store import SuccessionRow
from . import seals

if TYPE_CHECKING:
    from ..workspace import Workspace

HQ = "hq"
_HEADER = b"inspector-succession/1\n"
MAX_STATEMENTS = 64                       # rotations carried in one manifest
_FIELDS = ("counter", "device_id", "made_at", "new_encrypt_public", "new_sign_public", "old_sign_public")
_B64_KEY = re.compile(r"^[A-Za-z0-9+/]{43}=$")
_DEVICE = re.compile(r"^[0-9A-Za-z-]{1,64}$")
_TIME = re.compile(r"^[0-9T:+\-.Z]{10,40}$")


def statement(row: SuccessionRow) -> bytes:
    """The exact bytes the old key signs."""
    return _HEADER + json.dumps({name: getattr(row, name) for name in _FIELDS}, sort_keys=True,
                                separators=(",", ":")).encode("ascii")


def signed(row: SuccessionRow, key: ed25519.Ed25519PrivateKey) -> SuccessionRow:
    """`row` with its signature by `key` (the device's old signing key)."""
    return SuccessionRow(row.device_id, row.counter, row.old_sign_public, row.new_sign_public,
                         row.new_encrypt_public, row.made_at, key.sign(statement(row)))


def verifies(row: SuccessionRow) -> bool:
    """Whether the statement is signed by the old key it names."""
    try:
        public = ed25519.Ed25519PublicKey.from_public_bytes(base64.b64decode(row.old_sign_public))
        public.verify(row.signature, statement(row))
    except (InvalidSignature, ValueError, binascii.Error):
        return False
    return True


def to_json(row: SuccessionRow) -> dict:
    return {**{name: getattr(row, name) for name in _FIELDS},
            "signature": base64.b64encode(row.signature).decode("ascii")}


def from_json(value) -> SuccessionRow | None:
    """A statement as a manifest carries it; None when its shape is wrong."""
    if not isinstance(value, dict) or set(value) != {*_FIELDS, "signature"}:
        return None
    counter = value["counter"]
    if type(counter) is not int or not 0 < counter < 1 << 31:
        return None
    if not (all(isinstance(value[k], str) and _B64_KEY.match(value[k])
                for k in ("old_sign_public", "new_sign_public", "new_encrypt_public"))
            and isinstance(value["device_id"], str) and _DEVICE.match(value["device_id"])
            and isinstance(value["made_at"], str) and _TIME.match(value["made_at"])
            and isinstance(value["signature"], str)):
        return None
    try:
        signature = base64.b64decode(value["signature"], validate=True)
    except (ValueError, binascii.Error):
        return None
    if len(signature) != 64:
        return None
    return SuccessionRow(value["device_id"], counter, value["old_sign_public"], value["new_sign_public"],
                         value["new_encrypt_public"], value["made_at"], signature)


def shape_problem(source: dict) -> str | None:
    """What is wrong with a manifest's `source.succession`, if anything (manifest._check)."""
    if "succession" not in source:
        return None
    listed = source["succession"]
    if not isinstance(listed, list) or len(listed) > MAX_STATEMENTS or any(from_json(v) is None for v in listed):
        return "source.succession"
    return None


def for_manifest(ws: Workspace) -> list[dict]:
    """This device's own successions, oldest first, the newest MAX_STATEMENTS
    (HQ after a rotation; empty otherwise): a laptop pinned on an older key
    than these reach is a key change for a person to confirm."""
    return [to_json(row) for row in succession_store.of_device(ws.db.conn, ws.device_id)[-MAX_STATEMENTS:]]


# -- a laptop follows its HQ ----------------------------------------------------------------
def chain(ws: Workspace, source: dict) -> list[SuccessionRow] | None:
    """The statements leading from the key this laptop pinned for its HQ to
    the key that signed `source`'s bundle, each signed by the key before it,
    for that device id, counters rising; None when there is no such chain,
    when this workspace is HQ, or when the sender is not its trusted pinned HQ."""
    if ws.role == HQ or not isinstance(source.get("succession"), list):
        return None
    device_id, target = source.get("device_id"), source.get("sign_public")
    known = sync_store.device(ws.db.conn, device_id) if isinstance(device_id, str) else None
    if not known or known["role"] != HQ or known["trust"] != "trusted" or not known["sign_public"]:
        return None
    offered = [row for row in map(from_json, source["succession"]) if row is not None and row.device_id == device_id]
    key, last = known["sign_public"], 0
    path: list[SuccessionRow] = []
    while key != target:
        step = next((row for row in offered if row.old_sign_public == key and row.counter > last
                     and verifies(row)), None)
        if step is None or len(path) >= MAX_STATEMENTS:
            return None
        path.append(step)
        key, last = step.new_sign_public, step.counter
    if not path or path[-1].new_encrypt_public != source.get("encrypt_public"):
        return None
    return path


def history(source: dict) -> list[SuccessionRow]:
    """The statements of `source`'s own device leading back from the key that
    signed the bundle (each signed by the key it replaced): what its HQ says
    its former keys were."""
    offered = [row for row in map(from_json, source.get("succession") or [])
               if row is not None and row.device_id == source["device_id"]]
    key: str = source["sign_public"]
    out: list[SuccessionRow] = []
    while len(out) < MAX_STATEMENTS:
        step = next((row for row in offered if row.new_sign_public == key and verifies(row)
                     and (not out or row.counter < out[-1].counter)), None)
        if step is None:
            break
        out.append(step)
        key = step.old_sign_public
    return out[::-1]


def follow(ws: Workspace, conn, source: dict) -> bool:
    """Inside an import's transaction, for a bundle already accepted: when
    it comes from this laptop's pinned HQ with a new key its chain proves,
    record the new signing and encryption keys (the old signing key kept as
    `previous_sign_public`), so the next findings are encrypted to the new
    key. The former keys the pinned HQ states are kept too, so a bundle
    signed by one of them later is refused, not offered as a key change.
    True if the key changed."""
    if ws.role == HQ or not isinstance(source.get("succession"), list):
        return False
    known = sync_store.device(conn, source["device_id"])
    if not known or known["role"] != HQ or known["trust"] != "trusted" or not known["sign_public"]:
        return False
    path = chain(ws, source) if known["sign_public"] != source["sign_public"] else []
    if path is None:
        return False                  # not reached: trust.status held the bundle
    for row in history(source):
        succession_store.save(conn, row)
    if path:
        succession_store.set_keys(conn, source["device_id"], path[-1].new_sign_public,
                                  path[-1].new_encrypt_public)
    return bool(path)


def replaced(ws: Workspace, source: dict) -> SuccessionRow | None:
    """At a laptop: the succession by which its pinned HQ replaced the key
    that signed `source`'s bundle (an old bundle arriving late)."""
    if ws.role == HQ:
        return None
    if not any(d["id"] == source["device_id"] for d in sync_store.hq_devices(ws.db.conn, ws.device_id)):
        return None
    return succession_store.replacing(ws.db.conn, source["device_id"], source["sign_public"])


# -- HQ rotates its keys ----------------------------------------------------------------------
@dataclass(frozen=True)
class Rotation:
    counter: int
    old_fingerprint: str
    new_fingerprint: str


def rotate(ws: Workspace) -> Rotation:
    """New Ed25519 and X25519 keys for this HQ. The old encryption key is
    kept (bundles laptops encrypted to it still open); the statement naming
    the new keys is signed by the old signing key and recorded; HQ's own
    seals are signed again with the new key; then the new keys replace the
    old ones, and the old signing key is gone. A rotation cut short before
    it was recorded leaves the old keys in use; after, `finish` completes it."""
    if ws.role != HQ:
        raise SyncError("keys_rotate_not_hq")
    finish(ws)
    conn, keys_dir = ws.db.conn, ws.path / "keys"
    old = ws.keys
    held = succession_store.of_device(conn, ws.device_id)
    counter = held[-1].counter + 1 if held else 1
    new = identity.generate_next(keys_dir)
    row = signed(SuccessionRow(ws.device_id, counter, old.sign_public, new.sign_public, new.encrypt_public,
                               sync_store.now(), b""), identity.load_signing_key(keys_dir))
    identity.retire_encryption_key(keys_dir, counter)
    next_key = identity.load_signing_key(keys_dir, identity.NEXT_SIGN_FILE)
    again = [(s.number, s.hash, next_key.sign(seals.statement(s.device_id, s.number, s.prev, s.count, s.digests)))
             for s in seal_store.of_device(conn, ws.device_id)]
    with ws.writer.batch(undoable=False):
        succession_store.save(conn, row)
        succession_store.set_keys(conn, ws.device_id, new.sign_public, new.encrypt_public)
        for number, hash_, signature in again:
            succession_store.set_seal_signature(conn, ws.device_id, number, hash_, signature)
    identity.promote_next(keys_dir, new.sign_public, new.encrypt_public)
    return Rotation(counter, old.fingerprint, new.fingerprint)


def finish(ws: Workspace) -> None:
    """Complete a rotation recorded but cut short before the new keys took
    the old ones' place; drop the next keys of one never recorded."""
    keys_dir = ws.path / "keys"
    if not any((keys_dir / name).exists() for name in (identity.NEXT_SIGN_FILE, identity.NEXT_ENCRYPT_FILE)):
        return
    held = succession_store.of_device(ws.db.conn, ws.device_id)
    if held:
        identity.promote_next(keys_dir, held[-1].new_sign_public, held[-1].new_encrypt_public)
    identity.discard_next(keys_dir)
