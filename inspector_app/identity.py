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

SIGN_FILE = "device-sign.pem"
ENCRYPT_FILE = "device-encrypt.pem"


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


def load_signing_key(keys_dir: Path) -> ed25519.Ed25519PrivateKey:
    """Raises ValueError, as for an unreadable PEM, when the file holds another kind of key."""
    key = serialization.load_pem_private_key((keys_dir / SIGN_FILE).read_bytes(), None)
    if not isinstance(key, ed25519.Ed25519PrivateKey):
        raise ValueError(f"{SIGN_FILE}: not an Ed25519 private key")
    return key


def load_encryption_key(keys_dir: Path) -> x25519.X25519PrivateKey:
    """Raises ValueError, as for an unreadable PEM, when the file holds another kind of key."""
    key = serialization.load_pem_private_key((keys_dir / ENCRYPT_FILE).read_bytes(), None)
    if not isinstance(key, x25519.X25519PrivateKey):
        raise ValueError(f"{ENCRYPT_FILE}: not an X25519 private key")
    return key


def load(keys_dir: Path) -> DeviceKeys:
    return DeviceKeys(_raw_public(load_signing_key(keys_dir)),
                      _raw_public(load_encryption_key(keys_dir)))
