"""How answers read on screen, in Vietnamese or English."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from inspector_app.checklists.answer_types import COMPLIANCE_LABELS

from ..models import format_date, label

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


def answer_text(item: dict, value, lang: str) -> str:
    """The answer as a person reads it: "Đạt", "Có", "12 người", a choice's label."""
    if value is None:
        return ""
    kind = item["answer_type"]
    if kind == "compliance":
        return label(COMPLIANCE_LABELS.get(value), lang, value)
    if kind == "yes_no":
        return translate("AnswerLabels", "Yes") if value else translate("AnswerLabels", "No")
    if kind in ("single_choice", "multi_choice"):
        labels = {c["value"]: c["label"] for c in item.get("choices") or []}
        chosen = value if isinstance(value, list) else [value]
        return ", ".join(labels.get(v, str(v)) for v in chosen)
    if kind == "date" and isinstance(value, str):
        return format_date(value)
    if kind == "score":
        return f"{value:g}/{item.get('max_score') or 0:g}"
    if kind == "number":
        return f"{value:g}" + (f" {item['unit']}" if item.get("unit") else "")
    return str(value)


def key_choices(item: dict) -> list:
    """Values the number keys 1, 2, 3 … give for this item, in order."""
    kind = item["answer_type"]
    if kind == "compliance":
        return ["dat", "khong_dat", "khong_ap_dung"]
    if kind == "yes_no":
        return [True, False]
    if kind == "single_choice":
        return [c["value"] for c in item.get("choices") or []]
    return []
