"""The shape every answer type has, the problems it reports, and the registry.

An answer type is one small class (see docs/answer-types.md): what values it
accepts, what item settings it needs, when an answer is a shortcoming, the
points it earns and how it reads for a person. Everything else (the service,
the loader, the screen, the minutes) asks the registry, never `if kind == …`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...errors import ValidationError

# Item settings a type may use; the rest of an item (code, text, condition…) is common.
SETTINGS = ("points", "max_score", "choices", "unit", "compliant_answer")
SETTING_NAMES = {
    "compliant_answer": ("câu trả lời đạt yêu cầu", "the compliant answer"),
    "points": ("điểm", "points"),
    "max_score": ("điểm tối đa", "a maximum score"),
    "choices": ("các lựa chọn", "choices"),
    "unit": ("đơn vị tính", "a unit"),
}


@dataclass(frozen=True)
class Problem:
    """Why a value or an item's settings are refused: a catalogue code and its
    parameters (a (vi, en) pair is rendered in the message's language)."""

    code: str
    params: dict = field(default_factory=dict)

    def error(self) -> ValidationError:
        return ValidationError(self.code, **self.params)

    def message(self, lang: str = "vi") -> str:
        return self.error().message(lang)

    def pair(self) -> tuple[str, str]:
        """The message in both languages without its final full stop, to embed."""
        return self.message("vi").rstrip("."), self.message("en").rstrip(".")


class AnswerType:
    """The default behaviour; a type overrides what differs.

    `name` is what `answer_type` holds; `label` is (vi, en); `settings` the item
    settings it uses (others are ignored, except `points`, refused when the
    type `takes_points` is False)."""

    name = ""
    label = ("", "")
    settings: tuple[str, ...] = ("points",)
    takes_points = True

    # -- values --------------------------------------------------------------
    def check_value(self, item: dict, value) -> Problem | None:
        """None when `value` (never None) fits the item."""
        return None

    def is_noncompliant(self, item: dict, value) -> bool:
        """Whether the answer is a shortcoming (red on screen, counted, a finding)."""
        return False

    def points_earned(self, item: dict, value) -> float | None:
        """Points the answer earns, None when the item carries none."""
        if item.get("points") is None:
            return None
        return 0.0 if value is None or self.is_noncompliant(item, value) else float(item["points"])

    def points_possible(self, item: dict, value) -> float | None:
        """Points the item could earn with this answer, None when not counted."""
        return None if item.get("points") is None else float(item["points"])

    def format(self, item: dict, value, lang: str) -> str:
        """The answer (never None) as a person reads it, on screen and in the minutes."""
        return str(value)

    def keys(self, item: dict) -> list:
        """The values number keys 1, 2, 3 … give, in order; [] when typed instead."""
        return []

    # -- the item's own settings ----------------------------------------------
    def check_settings(self, item: dict) -> list[Problem]:
        """What is wrong with the item's settings for this type ([] when fine)."""
        if not self.takes_points and item.get("points") is not None:
            return [unused(item, self, "points")]
        return []


REGISTRY: dict[str, AnswerType] = {}


def register(cls: type[AnswerType]) -> type[AnswerType]:
    """Class decorator: one instance per type, in the order of registration."""
    REGISTRY[cls.name] = cls()
    return cls


# -- helpers shared by the types ------------------------------------------------
def invalid(item: dict, code: str, **params) -> Problem:
    return Problem(code, {"field": item.get("code") or "?", **params})


def missing(item: dict, setting: str, detail: tuple[str, str] | None = None) -> Problem:
    name = detail or SETTING_NAMES[setting]
    return Problem("item_setting_missing", {"item": item.get("code") or "?", "setting": name})


def unused(item: dict, kind: AnswerType, setting: str) -> Problem:
    return Problem("item_setting_unused", {"item": item.get("code") or "?", "kind": kind.label,
                                           "setting": SETTING_NAMES[setting]})


def is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def number_text(value, lang: str, places: int = 6) -> str:
    """12 → "12"; 2.5 → "2,5" in Vietnamese, "2.5" in English; never "1e+06"."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value) if isinstance(value, int) else f"{value:.{places}f}".rstrip("0").rstrip(".")
    return text if lang == "en" else text.replace(".", ",")


def pick(lang_pairs: list[tuple[str, str]]) -> tuple[str, str]:
    """("A, B hoặc C", "A, B or C") from label pairs."""
    def join(words: list[str], last: str) -> str:
        return words[0] if len(words) == 1 else ", ".join(words[:-1]) + f" {last} " + words[-1]
    return join([p[0] for p in lang_pairs], "hoặc"), join([p[1] for p in lang_pairs], "or")
