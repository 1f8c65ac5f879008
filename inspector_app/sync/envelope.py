"""The envelope around a bundle's zip: age encryption for its recipients.

An encrypted bundle is one clear line naming the recipients' key ids
(`inspector-bundle/1 <key id> <key id>…`), then an age v1 file (X25519
recipients, ChaCha20-Poly1305 in 64 KiB chunks) through pyrage, the binding
of the audited Rust implementation. The clear line only serves to tell a
workspace, before decrypting, whether it is addressed to it; the signed
manifest repeats the list, so a line changed afterwards is caught. An
unencrypted bundle (only on explicit request) is the zip alone.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator

import pyrage

MAGIC = b"inspector-bundle/"
AGE_MAGIC = b"age-encryption.org/v1\n"
ZIP_MAGIC = b"PK\x03\x04"
FORMAT = 1
_LINE = re.compile(rb"^inspector-bundle/(\d{1,6})((?: [0-9a-f]{16}){0,1000})\n$")
MAX_LINE = 17_100
READ_AHEAD = 1 << 20


class EnvelopeError(Exception):
    """`code`: 'not_for_us', 'damaged', 'version' or 'unreadable'."""

    def __init__(self, code: str, detail: str = "", found: int = 0) -> None:
        super().__init__(detail or code)
        self.code = code
        self.detail = detail
        self.found = found


def header_line(key_ids: list[str]) -> bytes:
    return MAGIC + str(FORMAT).encode() + b"".join(b" " + k.encode() for k in key_ids) + b"\n"


def read_header(stream) -> tuple[bool, list[str], bytes]:
    """(encrypted, recipient key ids, bytes already read that belong to the zip).

    Leaves `stream` positioned after the clear line of an encrypted bundle."""
    head = stream.read(len(MAGIC))
    if head.startswith(ZIP_MAGIC):
        return False, [], head
    if head != MAGIC:
        raise EnvelopeError("damaged", "not an Inspector bundle")
    line = bytearray(head)
    while not line.endswith(b"\n"):
        byte = stream.read(1)
        if not byte or len(line) > MAX_LINE:
            raise EnvelopeError("damaged", "the bundle header is cut or too long")
        line += byte
    match = _LINE.match(bytes(line))
    if not match:
        stated = re.match(rb"^inspector-bundle/(\d{1,6}) ", bytes(line))
        if stated and int(stated.group(1)) > FORMAT:
            raise EnvelopeError("version", found=int(stated.group(1)))
        raise EnvelopeError("damaged", "the bundle header is not readable")
    version = int(match.group(1))
    if version > FORMAT:
        raise EnvelopeError("version", found=version)
    if version < 1:
        raise EnvelopeError("damaged", "the bundle header is not readable")
    return True, match.group(2).decode().split(), b""


def recipients(age_recipients: list[str]) -> list:
    return [pyrage.x25519.Recipient.from_str(r) for r in age_recipients]


class PullReader(io.RawIOBase):
    """A raw stream over an iterator of byte chunks: what pyrage pulls from,
    so a zip made on the fly is encrypted as it is made. pyrage reads 8 KiB
    at a time; through a BufferedReader (`encrypt`) those reads are served in
    C, and this Python runs once per chunk instead of once per 8 KiB. A chunk
    may be a view that is valid until the next one is asked for."""

    def __init__(self, chunks: Iterator) -> None:
        self._chunks = chunks
        self._current = memoryview(b"")
        self.error: BaseException | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        try:
            while not self._current:
                chunk = next(self._chunks, None)
                if chunk is None:
                    return 0
                self._current = memoryview(chunk).cast("B")
            n = min(len(buffer), len(self._current))
            buffer[:n] = self._current[:n]
            self._current = self._current[n:]
            return n
        except BaseException as exc:  # kept: pyrage reports its own error otherwise
            self.error = exc
            raise


def encrypt(chunks: Iterator, writer, age_recipients: list[str]) -> None:
    """Encrypt the bytes of `chunks` into `writer` for the recipients."""
    reader = PullReader(chunks)
    try:
        pyrage.encrypt_io(io.BufferedReader(reader, READ_AHEAD), writer, recipients(age_recipients))
    except Exception as exc:
        for cause in (reader.error, getattr(writer, "error", None)):
            if cause is not None:
                raise cause from exc
        raise


class _Source:
    """The encrypted file as pyrage reads it: read errors are kept to tell
    a pulled-out USB stick from a damaged file."""

    def __init__(self, stream) -> None:
        self._stream = stream
        self.error: OSError | None = None

    def read(self, n: int = -1) -> bytes:
        try:
            return self._stream.read(n)
        except OSError as exc:
            self.error = exc
            raise


def decrypt(stream, writer, identities: str | list[str]) -> None:
    """Decrypt the age file in `stream` into `writer.write` with whichever of
    `identities` it is encrypted to. Exceptions the writer raises come
    through as they are."""
    source = _Source(stream)
    chosen = [identities] if isinstance(identities, str) else identities
    try:
        pyrage.decrypt_io(source, writer, [pyrage.x25519.Identity.from_str(i) for i in chosen])
    except pyrage.DecryptError as exc:
        if source.error is not None:
            raise EnvelopeError("unreadable", source.error.strerror or str(source.error)) from exc
        text = str(exc)
        if "No matching keys" in text:
            raise EnvelopeError("not_for_us", text) from exc
        raise EnvelopeError("damaged", text) from exc
    except OSError as exc:
        if source.error is not None:
            raise EnvelopeError("unreadable", source.error.strerror or str(source.error)) from exc
        if getattr(writer, "error", None) is not None:
            raise writer.error from exc
        raise EnvelopeError("damaged", str(exc) or "decryption error") from exc
