"""Bundles a hostile but enrolled laptop makes with the project's own export
code: the manifest is built, signed and encrypted as usual, only what the
bundle carries is chosen by the test (raw lines of ops.jsonl, extra blobs)."""

from __future__ import annotations

import hashlib
import json
import uuid
import zlib
from pathlib import Path

from inspector_app import hlc
from inspector_app.sync import export
from inspector_app.sync.trust import self_device


def op_line(device_id: str, **overrides) -> dict:
    """A valid finding operation by `device_id` as a dict; `overrides` replace its keys."""
    op = {"id": str(uuid.uuid4()), "hlc": hlc.pack(hlc.wall_millis()), "device_id": device_id,
          "person_id": None, "entity": "finding", "row_id": str(uuid.uuid4()),
          "data": {"text": "Niêm yết không đầy đủ", "kind": "shortcoming"}, "prev": {}}
    op.update(overrides)
    return op


def encode(op: dict) -> bytes:
    return json.dumps(op, ensure_ascii=False).encode("utf-8")


def crafted(monkeypatch, laptop, target, usb, lines: list[bytes] = (), blobs: list[Path] = (),
            kind: str = "findings", encrypt: bool = True) -> Path:
    """Export from `laptop` for `target` a bundle whose ops.jsonl is `lines`
    (raw bytes, one operation each) and which also carries `blobs`."""
    real = export._collect

    def collect(ws, kind, full, recipients, content, outbox):
        real(ws, kind, full, recipients, content, outbox)
        if lines:
            data = b"".join(line + b"\n" for line in lines)
            content.ops_path.write_bytes(data)
            content.ops_size, content.op_count = len(data), len(lines)
            content.ops_sha, content.ops_crc = hashlib.sha256(data).hexdigest(), zlib.crc32(data)
        for blob in blobs:
            payload = blob.read_bytes()
            content.media.append((blob, hashlib.sha256(payload).hexdigest(), len(payload)))

    with monkeypatch.context() as patch:
        patch.setattr(export, "_collect", collect)
        result = laptop.sync.export(kind, usb, recipients=[self_device(target)], encrypt=encrypt)
    return result.path
