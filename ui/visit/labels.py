"""How answers read on screen: the core's one wording (the minutes print the same)."""

from __future__ import annotations

from inspector_app.checklists import answer_types
from inspector_app.checklists.types.base import number_text


def answer_text(item: dict, value, lang: str) -> str:
    """The answer as a person reads it: "Đạt", "Có", "3 hồ sơ trễ hạn", "85,5 %"; "" for none."""
    return answer_types.format_value(item, value, lang)


def key_choices(item: dict) -> list:
    """Values the number keys 1, 2, 3 … give for this item, in order."""
    return answer_types.keys(item)


def number(value, lang: str) -> str:
    """A total or a score: "131,5" in Vietnamese, "131.5" in English."""
    return number_text(value, lang, places=2)
