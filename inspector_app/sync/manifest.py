"""The manifest of a bundle: what it is, who made it, what it holds; signed.

`manifest.json` is the first entry of the zip and `manifest.sig` (the
Ed25519 signature of its exact bytes, by the source device) the second, so
an importer checks who made a bundle and what it should hold before
reading any further. See docs/bundle-format.md.
"""

from __future__ import annotations

import base64
import json
import re
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric import ed25519

from .. import identity
from . import keys, succession

if TYPE_CHECKING:
    from ..workspace import Workspace

FORMAT = "inspector-bundle"
FORMAT_VERSION = 2
# Format 1 carried no authors' seals: its operations cannot be proven to be
# by the devices they name, so a format-1 bundle is refused, with a message
# that the sender should update and export again (docs/bundle-format.md).
OLDEST_VERSION = 2
KINDS = ("findings", "peer", "distribution", "receipt", "enrollment")
_SHA = re.compile(r"^[0-9a-f]{64}$")
_B64_KEY = re.compile(r"^[A-Za-z0-9+/]{43}=$")
# Declared limits, checked right after the signature, before any payload is
# decrypted (docs/bundle-format.md, "Limits"): the zip reader enforces the
# same numbers on the entries themselves.
MAX_FILES = 500_000 - 2
MAX_FILE = 64 << 30
MAX_OPS = 50_000_000


class ManifestError(Exception):
    """`code`: 'damaged', 'version', 'old' or 'altered'."""

    def __init__(self, code: str, detail: str = "", found: int = 0) -> None:
        super().__init__(detail or code)
        self.code = code
        self.detail = detail
        self.found = found


def encode(manifest: dict) -> bytes:
    return json.dumps(manifest, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def sign(data: bytes, keys_dir) -> bytes:
    return identity.load_signing_key(keys_dir).sign(data)


def media_path(sha256: str) -> str:
    return f"media/{sha256[:2]}/{sha256}"


def parse(data: bytes, signature: bytes) -> dict:
    """Check a manifest's shape, format version and signature; return it."""
    try:
        manifest = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise ManifestError("damaged", f"manifest.json: {exc}") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise ManifestError("damaged", "manifest.json is not an Inspector manifest")
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ManifestError("damaged", "manifest.json has no format version")
    if version > FORMAT_VERSION:
        raise ManifestError("version", found=version)
    if version < OLDEST_VERSION:
        raise ManifestError("old", found=version)
    source = manifest.get("source")
    if not isinstance(source, dict) or not _B64_KEY.match(str(source.get("sign_public", ""))):
        raise ManifestError("altered", "manifest.json names no signing key")
    try:
        ed25519.Ed25519PublicKey.from_public_bytes(base64.b64decode(source["sign_public"])).verify(signature, data)
    except (InvalidSignature, ValueError):
        raise ManifestError("altered", "the signature does not match manifest.json") from None
    _check(manifest)
    return manifest


def _check(manifest: dict) -> None:
    """A correctly signed manifest of the wrong shape: made by something else."""
    source = manifest["source"]
    problems = []
    if manifest.get("kind") not in KINDS:
        problems.append(f"kind {manifest.get('kind')!r}")
    if not isinstance(manifest.get("bundle_id"), str):
        problems.append("bundle_id")
    for name in ("device_id", "name", "role"):
        if not isinstance(source.get(name), str):
            problems.append(f"source.{name}")
    if not _B64_KEY.match(str(source.get("encrypt_public", ""))):
        problems.append("source.encrypt_public")
    if (problem := succession.shape_problem(source)) is not None:
        problems.append(problem)
    if not isinstance(manifest.get("recipients"), list) or not all(
            isinstance(r, str) for r in manifest["recipients"]):
        problems.append("recipients")
    files = manifest.get("files")
    if not isinstance(files, list):
        problems.append("files")
        files = []
    if len(files) > MAX_FILES:
        problems.append(f"files: {len(files)} > {MAX_FILES}")
        files = []
    count = manifest.get("op_count", 0)
    if not isinstance(count, int) or isinstance(count, bool) or not 0 <= count <= MAX_OPS:
        problems.append("op_count")
    seen = set()
    for entry in files:
        if not isinstance(entry, dict) or not isinstance(entry.get("size"), int) or not 0 <= entry["size"] <= MAX_FILE \
                or not _SHA.match(str(entry.get("sha256", ""))) or entry.get("path") in seen:
            problems.append(f"files: {entry!r}"[:120])
            continue
        path = entry.get("path")
        seen.add(path)
        if path not in ("ops.jsonl", "seals.jsonl") and path != media_path(entry["sha256"]):
            problems.append(f"files: {path!r}"[:120])
    if problems:
        raise ManifestError("damaged", "manifest.json: " + ", ".join(problems[:3]))


def source_info(ws: Workspace) -> dict:
    """Who makes the bundle; after an HQ key rotation also `succession`, the
    statements by which each former key named the next (sync/succession.py)."""
    device_keys = ws.keys
    person = ws.people.current()          # who uses this device: shown in the receiver's approval prompt
    info = {"device_id": ws.device_id, "name": ws.device_name, "role": ws.role,
            "person": person["name"] if person else None,
            "sign_public": device_keys.sign_public, "encrypt_public": device_keys.encrypt_public,
            "fingerprint": device_keys.fingerprint}
    if statements := succession.for_manifest(ws):
        info["succession"] = statements
    return info


def fingerprint_of(manifest: dict) -> str:
    return keys.fingerprint(manifest["source"]["sign_public"])
