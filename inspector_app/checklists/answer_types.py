"""Answer types of checklist items and the values each accepts."""

from __future__ import annotations

import datetime as dt

COMPLIANCE = ("dat", "khong_dat", "khong_ap_dung")
COMPLIANCE_LABELS = {"dat": ("Đạt", "Compliant"), "khong_dat": ("Không đạt", "Non-compliant"),
                     "khong_ap_dung": ("Không áp dụng", "Not applicable")}
TYPES = ("compliance", "yes_no", "number", "text", "date", "time", "datetime",
         "single_choice", "multi_choice", "score")


def check(item: dict, value) -> str | None:
    """None if `value` fits `item`'s answer type, else why not (Vietnamese)."""
    if value is None:
        return None
    kind = item["answer_type"]
    if kind == "compliance":
        return None if value in COMPLIANCE else "chọn Đạt, Không đạt hoặc Không áp dụng"
    if kind == "yes_no":
        return None if isinstance(value, bool) else "chọn Có hoặc Không"
    if kind in ("number", "score"):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return "nhập một số"
        if kind == "score" and not 0 <= value <= (item.get("max_score") or 0):
            return f"điểm từ 0 đến {item.get('max_score'):g}"
        return None
    if kind == "text":
        return None if isinstance(value, str) else "nhập văn bản"
    if kind in ("date", "datetime", "time"):
        parse = {"date": dt.date.fromisoformat, "datetime": dt.datetime.fromisoformat,
                 "time": dt.time.fromisoformat}[kind]
        try:
            parse(value)
        except (TypeError, ValueError):
            return {"date": "ngày dạng YYYY-MM-DD", "datetime": "ngày giờ dạng YYYY-MM-DDTHH:MM",
                    "time": "giờ dạng HH:MM"}[kind]
        return None
    values = [c["value"] for c in item.get("choices") or []]
    if kind == "single_choice":
        return None if value in values else "chọn một trong: " + ", ".join(values)
    if kind == "multi_choice":
        ok = isinstance(value, list) and all(v in values for v in value)
        return None if ok else "chọn trong: " + ", ".join(values)
    return f"kiểu câu trả lời không biết: {kind}"


def is_noncompliant(item: dict, value) -> bool:
    """Whether an answer marks a shortcoming (shown in red, counted)."""
    if value is None:
        return False
    kind = item["answer_type"]
    if kind == "compliance":
        return value == "khong_dat"
    if kind in ("single_choice", "multi_choice"):
        chosen = value if isinstance(value, list) else [value]
        flags = {c["value"]: c.get("compliant", True) for c in item.get("choices") or []}
        return any(flags.get(v) is False for v in chosen)
    return False


def points_earned(item: dict, value) -> float | None:
    """Points an answer earns, or None when the item carries no points."""
    if item["answer_type"] == "score":
        return float(value) if isinstance(value, (int, float)) else 0.0
    if item.get("points") is None:
        return None
    if item["answer_type"] == "compliance":
        return float(item["points"]) if value == "dat" else 0.0
    return 0.0 if is_noncompliant(item, value) or value is None else float(item["points"])


def points_possible(item: dict, value) -> float | None:
    if item["answer_type"] == "score":
        return float(item.get("max_score") or 0)
    if item.get("points") is None or value == "khong_ap_dung":
        return None
    return float(item["points"])
