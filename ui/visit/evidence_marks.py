"""Evidence per checklist item: how many photos and recording bookmarks each has.

Read from the visit's evidence links (`ws.media.links`, `ws.media.of_visit`) when the
checklist loads and when evidence changes, never on an answer: the checklist's
Evidence column and the check before concluding ("Minh chứng bắt buộc") use it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

ENTITIES = ("media", "evidence_link")


def evidence_by_item(ws, visit_id: str) -> dict[str, dict[str, int]]:
    """Item id → {"photo": n, "audio": n} (audio: bookmarks and recordings linked to it)."""
    kinds = {m["id"]: m["kind"] for m in ws.media.of_visit(visit_id)}
    out: dict[str, dict[str, int]] = {}
    for link in ws.media.links(visit_id):
        kind = kinds.get(link["media_id"])
        if link["target_kind"] != "item" or kind is None:
            continue
        counts = out.setdefault(link["target_id"], {"photo": 0, "audio": 0})
        counts["photo" if kind == "photo" else "audio"] += 1
    return out


def mark(counts: dict[str, int] | None, required: bool) -> str:
    """"2 ảnh · 1 ghi âm", "Cần minh chứng" for a required item without any, "" otherwise."""
    counts = counts or {}
    parts = []
    if counts.get("photo"):
        parts.append(translate("EvidenceMarks", "%1 photo(s)").replace("%1", str(counts["photo"])))
    if counts.get("audio"):
        parts.append(translate("EvidenceMarks", "%1 recording mark(s)").replace("%1", str(counts["audio"])))
    if not parts and required:
        return translate("EvidenceMarks", "Evidence needed")
    return " · ".join(parts)


def missing_evidence(items, evidence: dict[str, dict[str, int]]) -> list[dict]:
    """The items marked "evidence required" that have no photo nor recording linked."""
    return [item for item in items
            if item.get("evidence_required") and not any((evidence.get(item["id"]) or {}).values())]
