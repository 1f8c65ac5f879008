"""The device identity: Ed25519 signing and X25519 encryption key pairs.

Private keys live in `keys/` as PEM files readable only by their owner;
public keys travel in bundles and enrollment requests.
"""

from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, x25519

from .paths import fsync_dir

SIGN_FILE = "device-sign.pem"
ENCRYPT_FILE = "device-encrypt.pem"
# A key rotation (HQ, sync/succession.py) writes the next pair under these
# names first; they replace the device's keys once the rotation is recorded.
NEXT_SIGN_FILE = "next-sign.pem"
NEXT_ENCRYPT_FILE = "next-encrypt.pem"
# Encryption keys replaced by a rotation, kept to decrypt bundles encrypted
# to them before their senders learned the new key. A replaced signing key
# is not kept: it is overwritten, so it can never sign anything again.
RETIRED_ENCRYPT = "retired-encrypt-{}.pem"


@dataclass(frozen=True)
class DeviceKeys:
    sign_public: str
    encrypt_public: str

    @property
    def fingerprint(self) -> str:
        """Groups of hex from the SHA-256 of the signing key, read aloud to compare."""
        digest = hashlib.sha256(base64.b64decode(self.sign_public)).hexdigest()[:32]
        return " ".join(digest[i:i + 4] for i in range(0, 32, 4)).upper()


def _raw_public(key) -> str:
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def _write_private(path: Path, key) -> None:
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    _write_pem(path, pem)


def _write_pem(path: Path, pem: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, pem)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.chmod(path, 0o600)


def generate(keys_dir: Path) -> DeviceKeys:
    keys_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    sign = ed25519.Ed25519PrivateKey.generate()
    enc = x25519.X25519PrivateKey.generate()
    _write_private(keys_dir / SIGN_FILE, sign)
    _write_private(keys_dir / ENCRYPT_FILE, enc)
    return DeviceKeys(_raw_public(sign), _raw_public(enc))


def load_signing_key(keys_dir: Path, name: str = SIGN_FILE) -> ed25519.Ed25519PrivateKey:
    """Raises ValueError, as for an unreadable PEM, when the file holds another kind of key."""
    key = serialization.load_pem_private_key((keys_dir / name).read_bytes(), None)
    if not isinstance(key, ed25519.Ed25519PrivateKey):
        raise ValueError(f"{SIGN_FILE}: not an Ed25519 private key")
    return key


def load_encryption_key(keys_dir: Path, name: str = ENCRYPT_FILE) -> x25519.X25519PrivateKey:
    """Raises ValueError, as for an unreadable PEM, when the file holds another kind of key."""
    key = serialization.load_pem_private_key((keys_dir / name).read_bytes(), None)
    if not isinstance(key, x25519.X25519PrivateKey):
        raise ValueError(f"{ENCRYPT_FILE}: not an X25519 private key")
    return key


def load(keys_dir: Path) -> DeviceKeys:
    return DeviceKeys(_raw_public(load_signing_key(keys_dir)),
                      _raw_public(load_encryption_key(keys_dir)))


# -- rotation (HQ) ---------------------------------------------------------------------
def generate_next(keys_dir: Path) -> DeviceKeys:
    """A new key pair written under the `NEXT_*` names (any left by a
    rotation cut short are replaced); the device's keys are not touched."""
    discard_next(keys_dir)
    sign = ed25519.Ed25519PrivateKey.generate()
    enc = x25519.X25519PrivateKey.generate()
    _write_private(keys_dir / NEXT_SIGN_FILE, sign)
    _write_private(keys_dir / NEXT_ENCRYPT_FILE, enc)
    fsync_dir(keys_dir)
    return DeviceKeys(_raw_public(sign), _raw_public(enc))


def load_next(keys_dir: Path) -> tuple[str | None, str | None]:
    """The public keys (sign, encrypt) of the next pair still waiting, None where absent."""
    sign = keys_dir / NEXT_SIGN_FILE
    enc = keys_dir / NEXT_ENCRYPT_FILE
    return (_raw_public(load_signing_key(keys_dir, NEXT_SIGN_FILE)) if sign.exists() else None,
            _raw_public(load_encryption_key(keys_dir, NEXT_ENCRYPT_FILE)) if enc.exists() else None)


def retire_encryption_key(keys_dir: Path, number: int) -> None:
    """Keep a copy of the device's encryption key as retired key `number`
    (written whole before it is named, so a crash leaves no half file)."""
    target = keys_dir / RETIRED_ENCRYPT.format(number)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    _write_pem(partial, (keys_dir / ENCRYPT_FILE).read_bytes())
    os.replace(partial, target)
    fsync_dir(keys_dir)


def promote_next(keys_dir: Path, sign_public: str, encrypt_public: str) -> None:
    """The next pair becomes the device's keys, each file only if it holds
    the key expected (the one the recorded rotation names). The replaced
    signing key is overwritten: nothing can be signed with it any more."""
    found_sign, found_enc = load_next(keys_dir)
    if found_sign == sign_public:
        os.replace(keys_dir / NEXT_SIGN_FILE, keys_dir / SIGN_FILE)
    if found_enc == encrypt_public:
        os.replace(keys_dir / NEXT_ENCRYPT_FILE, keys_dir / ENCRYPT_FILE)
    fsync_dir(keys_dir)


def discard_next(keys_dir: Path) -> None:
    for name in (NEXT_SIGN_FILE, NEXT_ENCRYPT_FILE):
        (keys_dir / name).unlink(missing_ok=True)


def load_retired_encryption_keys(keys_dir: Path) -> list[x25519.X25519PrivateKey]:
    """The encryption keys replaced by rotations, newest first."""
    found = []
    for path in keys_dir.glob(RETIRED_ENCRYPT.format("*")):
        number = path.name[len("retired-encrypt-"):-len(".pem")]
        if number.isdigit():
            found.append((int(number), path.name))
    return [load_encryption_key(keys_dir, name) for _n, name in sorted(found, reverse=True)]


