"""Answers that are numbers: a plain number, a score, a count with a unit, a percentage."""

from __future__ import annotations

from .base import AnswerType, invalid, is_number, missing, number_text, register


@register
class Number(AnswerType):
    """Any number, with an optional unit ("12 người")."""

    name = "number"
    label = ("Số", "Number")
    settings = ("points", "unit")

    def check_value(self, item, value):
        return None if is_number(value) else invalid(item, "answer_number")

    def format(self, item, value, lang):
        unit = item.get("unit")
        return number_text(value, lang) + (f" {unit}" if unit else "")


@register
class Count(AnswerType):
    """How many of something, 0 or more, always with its unit: "3 hồ sơ trễ hạn".
    A count states a fact; it is never a shortcoming by itself and carries no points."""

    name = "count"
    label = ("Đếm số lượng", "Count")
    settings = ("unit",)
    takes_points = False

    def check_value(self, item, value):
        ok = isinstance(value, int) and not isinstance(value, bool) and value >= 0
        return None if ok else invalid(item, "answer_count")

    def format(self, item, value, lang):
        return f"{value} {item.get('unit') or ''}".strip()

    def check_settings(self, item):
        problems = super().check_settings(item)
        if not isinstance(item.get("unit"), str) or not item["unit"].strip():
            problems.append(missing(item, "unit"))
        return problems


@register
class Percentage(AnswerType):
    """A rate from 0 to 100 with at most one decimal ("85,5 %"), e.g. files
    settled on time, or the unit's 0–100 service index. Never added into the
    checklist's points: a rate is not a number of points."""

    name = "percentage"
    label = ("Tỷ lệ phần trăm", "Percentage")
    settings = ()
    takes_points = False

    def check_value(self, item, value):
        if not is_number(value):
            return invalid(item, "answer_number")
        if not 0 <= value <= 100:
            return invalid(item, "answer_range", low="0", high="100")
        if abs(round(value, 1) - value) > 1e-9:
            return invalid(item, "answer_decimals", places=1)
        return None

    def points_earned(self, item, value):
        return None

    def points_possible(self, item, value):
        return None

    def format(self, item, value, lang):
        text = number_text(round(float(value), 1), lang, places=1)
        return f"{text}%" if lang == "en" else f"{text} %"


@register
class Score(AnswerType):
    """Points given by the inspector, 0 to the item's `max_score`; added into the checklist's points."""

    name = "score"
    label = ("Chấm điểm", "Score")
    settings = ("max_score",)
    takes_points = False

    def check_value(self, item, value):
        if not is_number(value):
            return invalid(item, "answer_number")
        top = item.get("max_score") or 0
        if not 0 <= value <= top:
            return invalid(item, "answer_range", low="0",
                           high=(number_text(top, "vi"), number_text(top, "en")))
        return None

    def points_earned(self, item, value):
        return float(value) if is_number(value) else 0.0

    def points_possible(self, item, value):
        return float(item.get("max_score") or 0)

    def format(self, item, value, lang):
        top = item.get("max_score") or 0
        word = "points" if lang == "en" else "điểm"
        return f"{number_text(value, lang)}/{number_text(top, lang)} {word}"

    def check_settings(self, item):
        problems = super().check_settings(item)
        top = item.get("max_score")
        if not (is_number(top) and top > 0):
            problems.append(missing(item, "max_score", ("điểm tối đa lớn hơn 0", "a maximum score above 0")))
        return problems
