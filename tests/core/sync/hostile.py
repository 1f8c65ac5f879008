"""Bundles a hostile but enrolled laptop makes with the project's own export
code: the manifest is built, signed and encrypted as usual, only what the
bundle carries is chosen by the test (raw lines of ops.jsonl, extra blobs)."""

from __future__ import annotations

import hashlib
import json
import uuid
import zlib
from pathlib import Path

from inspector_app import hlc, identity
from inspector_app.oplog import Operation
from inspector_app.storage import seal_store
from inspector_app.storage.seal_store import SealRow
from inspector_app.sync import export, seals
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


def sealed(ws, lines: list[bytes]) -> bytes:
    """The line of seals.jsonl a hostile laptop signs with its own key over
    those of `lines` that are operations credited to it (the next seal)."""
    digests = bytearray()
    for line in lines:
        try:
            op = Operation.from_dict(json.loads(line))
        except Exception:  # a malformed line is what the test sends
            continue
        if op.device_id == ws.device_id:
            digests += seals.op_digest(op)
    if not digests:
        return b""
    last = seal_store.last(ws.db.conn, ws.device_id)
    number, prev = (last.number + 1, last.hash) if last else (1, seals.ZERO)
    blob = bytes(digests)
    text = seals.statement(ws.device_id, number, prev, len(blob) // 32, blob)
    signature = identity.load_signing_key(ws.path / "keys").sign(text)
    return seals.line_of(SealRow(ws.device_id, number, prev, "", len(blob) // 32, blob, signature))


def crafted(monkeypatch, laptop, target, usb, lines: list[bytes] = (), blobs: list[Path] = (),
            kind: str = "findings", encrypt: bool = True, seal: bool = True) -> Path:
    """Export from `laptop` for `target` a bundle whose ops.jsonl is `lines`
    (raw bytes, one operation each) and which also carries `blobs`. The
    laptop seals, with its own key, the lines credited to it (`seal`)."""
    real = export._collect

    def collect(ws, kind, full, recipients, content, outbox):
        real(ws, kind, full, recipients, content, outbox)
        if lines:
            data = b"".join(line + b"\n" for line in lines)
            content.ops_path.write_bytes(data)
            content.ops_size, content.op_count = len(data), len(lines)
            content.ops_sha, content.ops_crc = hashlib.sha256(data).hexdigest(), zlib.crc32(data)
            if content.seals is None:
                content.seals = (outbox / ".seals-crafted", 0, "", 0)
            extra = sealed(ws, lines) if seal else b""
            seals_data = b"".join(seals.line_of(s) for s in seal_store.of_device(ws.db.conn, ws.device_id)) + extra
            content.seals[0].write_bytes(seals_data)
            content.seals = (content.seals[0], len(seals_data), hashlib.sha256(seals_data).hexdigest(),
                             zlib.crc32(seals_data))
        for blob in blobs:
            payload = blob.read_bytes()
            content.media.append((blob, hashlib.sha256(payload).hexdigest(), len(payload)))

    with monkeypatch.context() as patch:
        patch.setattr(export, "_collect", collect)
        result = laptop.sync.export(kind, usb, recipients=[self_device(target)], encrypt=encrypt)
    return result.path
