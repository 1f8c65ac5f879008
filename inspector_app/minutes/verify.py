"""Reading a minutes PDF back and judging it against the workspace's record.

Inspector writes the integrity payload (visit id, minutes version, SHA-256 of
the canonical content) into the PDF's Subject and Keywords and prints it as
a QR code on every page; it also embeds the canonical content itself
(/InspectorContent, zlib + base64). Both are read here from the raw bytes.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
import zlib
from dataclasses import dataclass, field

from ..oplog import digest
from . import qr
from .diff import Pair, differences

_SUBJECT = re.compile(rb"/Subject\s*\(([^)]*)\)")
_CONTENT = re.compile(rb"/InspectorContent\s*\(([A-Za-z0-9+/=\s\\]*)\)")

STATUSES = {
    "identical": (
        "Tệp đúng là bản biên bản số {number} (lần {version}) đã ký lúc {signed_at}: trùng khớp từng byte "
        "với bản lưu trong không gian làm việc.",
        "The file is the signed minutes {number} (version {version}) signed at {signed_at}: byte for byte "
        "identical to the copy held in the workspace."),
    "content_match": (
        "Nội dung mã hóa trong tệp khớp với biên bản số {number} (lần {version}) đã ký, nhưng tệp không phải "
        "bản đã ký lưu trong không gian làm việc (có thể được tạo lại hoặc đã bị sửa). Hãy đối chiếu với bản đã ký.",
        "The content encoded in the file matches the signed minutes {number} (version {version}), but the file "
        "is not the signed copy held in the workspace (re-generated or edited). Compare it with the signed copy."),
    "draft_match": (
        "Tệp khớp với nội dung hiện tại của dự thảo biên bản lần {version} (chưa ký).",
        "The file matches the current content of draft minutes version {version} (not signed yet)."),
    "mismatch": (
        "Tệp KHÔNG khớp với biên bản lần {version} trong không gian làm việc: {count} điểm khác nhau.",
        "The file does NOT match version {version} of the minutes in the workspace: {count} differences."),
    "unknown_visit": (
        "Không gian làm việc này không có cuộc kiểm tra ghi trong tệp ({visit_id}).",
        "This workspace has no visit {visit_id}, which the file names."),
    "unknown_version": (
        "Cuộc kiểm tra không có biên bản lần {version} như ghi trong tệp.",
        "The visit has no minutes version {version}, which the file names."),
    "tampered": (
        "Mã kiểm tra trong tệp không khớp với nội dung kèm theo: tệp đã bị sửa sau khi tạo.",
        "The integrity code in the file does not match the content it carries: the file was altered."),
}


@dataclass(frozen=True)
class Verdict:
    status: str
    payload: qr.Payload | None
    params: dict = field(default_factory=dict)
    differences: list[Pair] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status in ("identical", "draft_match")

    def message(self, lang: str = "vi") -> str:
        vi, en = STATUSES[self.status]
        return (en if lang == "en" else vi).format(**self.params)

    def details(self, lang: str = "vi") -> list[str]:
        return [pair[1] if lang == "en" else pair[0] for pair in self.differences]


@dataclass(frozen=True)
class PdfFacts:
    payload: qr.Payload | None
    content: dict | None
    sha256: str                 # of the file's bytes


def read(data: bytes) -> PdfFacts:
    """The payload and the embedded content of a PDF's bytes (None when absent)."""
    payload = None
    subject = _SUBJECT.search(data)
    if subject:
        payload = qr.parse(subject.group(1).decode("latin-1"))
    if payload is None:
        payload = qr.parse(data.decode("latin-1"))
    content = None
    found = _CONTENT.search(data)
    if found:
        raw = re.sub(rb"\\\r?\n|\s", b"", found.group(1))
        try:
            content = json.loads(zlib.decompress(base64.b64decode(raw)).decode("utf-8"))
        except (binascii.Error, zlib.error, ValueError):
            content = None
    return PdfFacts(payload, content, hashlib.sha256(data).hexdigest())


def judge(facts: PdfFacts, row: dict | None, record: dict | None, visit_known: bool) -> Verdict:
    """Compare what a PDF says with the minutes `row` of its visit and version
    and its `record` content (the signed content, or a draft's current one).
    `facts` must carry a payload (the caller rejects a PDF without one)."""
    payload = facts.payload
    assert payload is not None
    if facts.content is not None and digest(facts.content) != payload.sha256:
        return Verdict("tampered", payload)
    if not visit_known:
        return Verdict("unknown_visit", payload, {"visit_id": payload.visit_id})
    if row is None or record is None:
        return Verdict("unknown_version", payload, {"version": payload.version})
    params = {"number": row.get("number") or "……", "version": row["version"],
              "signed_at": (row.get("signed_at") or "").replace("T", " ")[:16]}
    record_sha = row.get("content_hash") if row["status"] == "signed" else digest(record)
    if payload.sha256 != record_sha:
        diffs = differences(facts.content, record) if facts.content is not None else []
        if not diffs:
            diffs = [("Mã SHA-256 của nội dung khác với bản lưu.", "The content's SHA-256 differs from the record.")]
        return Verdict("mismatch", payload, {**params, "count": len(diffs)}, diffs)
    if row["status"] != "signed":
        return Verdict("draft_match", payload, params)
    if facts.sha256 == row.get("pdf_sha256"):
        return Verdict("identical", payload, params)
    return Verdict("content_match", payload, params)
