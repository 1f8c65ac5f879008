"""Device keys as the bundle envelope needs them.

The envelope is age (X25519 recipients): our raw X25519 keys are written in
age's Bech32 form ("age1…" / "AGE-SECRET-KEY-1…", BIP 173 checksum). A key
id (the first 16 hex digits of the SHA-256 of the raw public key) names a
recipient in the clear; a fingerprint (of the Ed25519 signing key) is what
people read aloud to compare.
"""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

from cryptography.hazmat.primitives import serialization

from .. import identity

_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)


def _polymod(values) -> int:
    chk = 1
    for value in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ value
        for i in range(5):
            chk ^= _GENERATOR[i] if (top >> i) & 1 else 0
    return chk


def _expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _to_5bit(data: bytes) -> list[int]:
    acc, bits, out = 0, 0, []
    for byte in data:
        acc = (acc << 8) | byte
        bits += 8
        while bits >= 5:
            bits -= 5
            out.append((acc >> bits) & 31)
    if bits:
        out.append((acc << (5 - bits)) & 31)
    return out


def bech32(hrp: str, data: bytes) -> str:
    words = _to_5bit(data)
    poly = _polymod(_expand(hrp) + words + [0] * 6) ^ 1
    checksum = [(poly >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_CHARSET[w] for w in words + checksum)


def raw(b64: str) -> bytes:
    return base64.b64decode(b64)


def age_recipient(encrypt_public_b64: str) -> str:
    """The age recipient string of a device's X25519 public key."""
    return bech32("age", raw(encrypt_public_b64))


def age_identity(keys_dir: Path) -> str:
    """The age identity string of this device's X25519 private key."""
    return _age_secret(identity.load_encryption_key(keys_dir))


def age_identities(keys_dir: Path) -> list[str]:
    """Every identity this device may decrypt with: its key, then the keys a
    rotation replaced (HQ), so a bundle a laptop encrypted to HQ's old key
    before it learned the new one still opens."""
    return [age_identity(keys_dir)] + [_age_secret(k) for k in identity.load_retired_encryption_keys(keys_dir)]


def own_key_ids(keys_dir: Path) -> set[str]:
    """The key ids naming this device as a recipient: its key's and its retired keys'."""
    out = {key_id(identity.load(keys_dir).encrypt_public)}
    for key in identity.load_retired_encryption_keys(keys_dir):
        raw_public = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        out.add(hashlib.sha256(raw_public).hexdigest()[:16])
    return out


def _age_secret(key) -> str:
    secret = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                               serialization.NoEncryption())
    return bech32("age-secret-key-", secret).upper()


def key_id(encrypt_public_b64: str) -> str:
    """Names a recipient in a bundle's clear header (no secret in it)."""
    return hashlib.sha256(raw(encrypt_public_b64)).hexdigest()[:16]


def fingerprint(sign_public_b64: str) -> str:
    """The fingerprint people compare: as `inspector-cli info` shows it."""
    return identity.DeviceKeys(sign_public_b64, "").fingerprint
