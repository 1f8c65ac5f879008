"""Answer types of checklist items: the one place that knows what an answer means.

Every caller (the answers and checklists services, the file loader, the
screen, the minutes) goes through these functions; each dispatches to the
type's class in `types/` (docs/answer-types.md). An unknown type (a newer
laptop's item) is shown as typed text and counts for nothing.
"""

from __future__ import annotations

from .types import REGISTRY, AnswerType, Problem
from .types.choices import COMPLIANCE, COMPLIANCE_LABELS, compliant_answer, yes_no_choices

__all__ = ["COMPLIANCE", "COMPLIANCE_LABELS", "TYPES", "Problem", "check", "check_settings",
           "compliant_answer", "format_value", "is_noncompliant", "is_unanswered_required", "keys",
           "label", "points_earned", "points_possible", "type_of", "yes_no_choices"]

TYPES = tuple(REGISTRY)
_UNKNOWN = AnswerType()


def type_of(item: dict) -> AnswerType:
    return REGISTRY.get(item.get("answer_type") or "", _UNKNOWN)


def label(kind: str, lang: str = "vi") -> str:
    """The name of a type for a person ("Tỷ lệ phần trăm" / "Percentage")."""
    pair = REGISTRY[kind].label if kind in REGISTRY else (kind, kind)
    return pair[1] if lang == "en" else pair[0]


def check(item: dict, value) -> Problem | None:
    """None if `value` fits the item (None, "no answer", always does), else why not."""
    if value is None:
        return None
    if item.get("answer_type") not in REGISTRY:
        return _unknown_type(item)
    return type_of(item).check_value(item, value)


def check_settings(item: dict) -> list[Problem]:
    """What is wrong with an item's answer type and its settings; the loader
    and the checklists service both refuse an item with these."""
    if item.get("answer_type") not in REGISTRY:
        return [_unknown_type(item)]
    return type_of(item).check_settings(item)


def _unknown_type(item: dict) -> Problem:
    return Problem("item_type_unknown", {"item": item.get("code") or "?",
                                         "kind": str(item.get("answer_type")), "known": ", ".join(TYPES)})


def is_noncompliant(item: dict, value) -> bool:
    """Whether an answer is a shortcoming: red on screen, counted, listed in the minutes."""
    return value is not None and type_of(item).is_noncompliant(item, value)


def points_earned(item: dict, value) -> float | None:
    """Points an answer earns, or None when the item carries no points."""
    return type_of(item).points_earned(item, value)


def points_possible(item: dict, value) -> float | None:
    """What the item adds to the checklist's total with this answer, None when nothing."""
    return type_of(item).points_possible(item, value)


def format_value(item: dict, value, lang: str = "vi") -> str:
    """The answer as a person reads it, the same on screen, in the minutes and
    in reports: "Đạt", "Có", "3 hồ sơ trễ hạn", "85,5 %", "05/01/2026"; "" for none."""
    if value is None:
        return ""
    return type_of(item).format(item, value, lang)


def keys(item: dict) -> list:
    """The values the number keys 1, 2, 3 … give for this item, in order."""
    return type_of(item).keys(item)


def is_unanswered_required(item: dict, value) -> bool:
    """A required item with no answer yet (computed items are never typed in)."""
    return bool(item.get("required", True)) and not item.get("derive") and value is None
