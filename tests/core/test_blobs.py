"""The media store's files (services/blobs.py): a file copied in and hashed in one pass."""

from __future__ import annotations

import errno
import os

import pytest

from inspector_app.errors import ValidationError
from inspector_app.services import blobs


def _source(tmp_path, size=3 * blobs.CHUNK + 12345):
    path = tmp_path / "IMG_0001.JPG"
    path.write_bytes(os.urandom(size))
    return path


def test_the_stored_copy_is_the_source_byte_for_byte_and_named_by_its_hash(tmp_path):
    import hashlib

    source = _source(tmp_path)
    store = tmp_path / "media"
    incoming = blobs.copy_in(source, store)
    blobs.settle([incoming], lambda sha: store / sha[:2] / sha)
    stored = store / incoming.sha256[:2] / incoming.sha256
    assert stored.read_bytes() == source.read_bytes()
    assert incoming.sha256 == hashlib.sha256(source.read_bytes()).hexdigest()
    assert incoming.size == stored.stat().st_size == source.stat().st_size


def test_a_source_shorter_than_it_said_leaves_no_reserved_zeros_in_the_copy(tmp_path, monkeypatch):
    """The copy's room is reserved from the size the source gives when opened; a
    file that is shorter by the time it is read (cut while being copied from a
    card) is stored as what was read, not padded to the reserved size."""
    source = _source(tmp_path)
    real_fstat = os.fstat

    def fstat(fd):
        info = real_fstat(fd)
        if info.st_size == source.stat().st_size:             # the source, said 64 KiB longer
            return os.stat_result((*info[:6], info.st_size + 65536, *info[7:]))
        return info

    monkeypatch.setattr(os, "fstat", fstat)
    incoming = blobs.copy_in(source, tmp_path / "media")
    assert incoming.tmp.read_bytes() == source.read_bytes()
    assert incoming.size == source.stat().st_size


def test_a_full_disk_is_said_at_once_and_leaves_no_partial_copy(tmp_path, monkeypatch):
    source = _source(tmp_path)
    store = tmp_path / "media"

    def full(fd, offset, length):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "posix_fallocate", full, raising=False)
    with pytest.raises(ValidationError) as caught:
        blobs.copy_in(source, store)
    assert caught.value.code == "media_unreadable"
    assert not list(store.iterdir())


def test_a_file_system_that_cannot_reserve_room_still_gets_the_copy(tmp_path, monkeypatch):
    source = _source(tmp_path)

    def unsupported(fd, offset, length):
        raise OSError(errno.EOPNOTSUPP, os.strerror(errno.EOPNOTSUPP))

    monkeypatch.setattr(os, "posix_fallocate", unsupported, raising=False)
    incoming = blobs.copy_in(source, tmp_path / "media")
    assert incoming.tmp.read_bytes() == source.read_bytes()
