"""How answers read on screen, in Vietnamese or English."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from inspector_app.checklists.answer_types import COMPLIANCE_LABELS

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


def pick(pair, lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def answer_text(item: dict, value, lang: str) -> str:
    """The answer as a person reads it: "Đạt", "Có", "12 người", a choice's label."""
    if value is None:
        return ""
    kind = item["answer_type"]
    if kind == "compliance":
        return pick(COMPLIANCE_LABELS.get(value, (value, value)), lang)
    if kind == "yes_no":
        return translate("AnswerLabels", "Yes") if value else translate("AnswerLabels", "No")
    if kind in ("single_choice", "multi_choice"):
        labels = {c["value"]: c["label"] for c in item.get("choices") or []}
        chosen = value if isinstance(value, list) else [value]
        return ", ".join(labels.get(v, str(v)) for v in chosen)
    if kind == "date" and isinstance(value, str) and len(value) >= 10:
        year, month, day = value[:10].split("-")
        return f"{day}/{month}/{year}"
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
