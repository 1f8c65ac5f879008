"""Answers picked from a list: compliance, yes/no, one choice, several choices."""

from __future__ import annotations

from .base import AnswerType, invalid, missing, pick, register

COMPLIANCE = ("dat", "khong_dat", "khong_ap_dung")
COMPLIANCE_LABELS = {"dat": ("Đạt", "Compliant"), "khong_dat": ("Không đạt", "Non-compliant"),
                     "khong_ap_dung": ("Không áp dụng", "Not applicable")}
YES_NO_LABELS = {True: ("Có", "Yes"), False: ("Không", "No")}


def _lang(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


@register
class Compliance(AnswerType):
    """Đạt / Không đạt / Không áp dụng; "not applicable" leaves the item out of the points."""

    name = "compliance"
    label = ("Đạt / không đạt", "Compliant / non-compliant")

    def check_value(self, item, value):
        if value in COMPLIANCE:
            return None
        return invalid(item, "answer_pick", options=pick([COMPLIANCE_LABELS[v] for v in COMPLIANCE]))

    def is_noncompliant(self, item, value):
        return value == "khong_dat"

    def points_earned(self, item, value):
        if item.get("points") is None:
            return None
        return float(item["points"]) if value == "dat" else 0.0

    def points_possible(self, item, value):
        if item.get("points") is None or value == "khong_ap_dung":
            return None
        return float(item["points"])

    def format(self, item, value, lang):
        return _lang(COMPLIANCE_LABELS[value], lang) if value in COMPLIANCE_LABELS else str(value)

    def keys(self, item):
        return list(COMPLIANCE)


def _flags(item: dict) -> dict:
    """{value: compliant} from the item's choices (a choice is compliant unless it says not)."""
    return {c["value"]: c.get("compliant", True) for c in item.get("choices") or [] if isinstance(c, dict)}


@register
class YesNo(AnswerType):
    """Có / Không. The item declares which answer is compliant in `choices`
    (`[{"value": false, "compliant": false}]`: "Không" is a shortcoming); with
    no declaration neither answer is one, except a computed "late" (Có = late)."""

    name = "yes_no"
    label = ("Có / không", "Yes / no")
    settings = ("points", "compliant_answer")  # kept in `choices`: see yes_no_choices

    def check_value(self, item, value):
        if isinstance(value, bool):
            return None
        return invalid(item, "answer_pick", options=pick(list(YES_NO_LABELS.values())))

    def is_noncompliant(self, item, value):
        return isinstance(value, bool) and value == breach_answer(item)

    def format(self, item, value, lang):
        return _lang(YES_NO_LABELS[bool(value)], lang)

    def keys(self, item):
        return [True, False]

    def check_settings(self, item):
        problems = super().check_settings(item)
        choices = item.get("choices")
        if choices is None:
            return problems
        ok = isinstance(choices, list) and all(
            isinstance(c, dict) and isinstance(c.get("value"), bool)
            and isinstance(c.get("compliant", True), bool) for c in choices)
        flags = _flags(item) if ok else {}
        if not ok or len(flags) != len(choices) or (len(flags) == 2 and not (flags[True] or flags[False])):
            problems.append(missing(item, "choices", COMPLIANT_ANSWER_SETTING))
        return problems


COMPLIANT_ANSWER_SETTING = ("câu trả lời đạt yêu cầu là Có hoặc là Không",
                            "the compliant answer to be Yes or No")


def compliant_answer(item: dict) -> bool | None:
    """The yes/no answer that is compliant, None when neither is a shortcoming."""
    flags = _flags(item)
    if False in flags.values():
        bad = next(v for v, ok in flags.items() if not ok)
        return not bad
    if True in flags and False not in flags:  # only "compliant: true" declared on one answer
        return next(iter(flags))
    derive = item.get("derive") or {}
    return False if derive.get("rule") == "late" else None


def breach_answer(item: dict) -> bool | None:
    good = compliant_answer(item)
    return None if good is None else not good


def yes_no_choices(compliant: bool | None) -> list | None:
    """The `choices` setting that declares `compliant` the compliant answer (None: neither)."""
    if compliant is None:
        return None
    return [{"value": answer, "label": YES_NO_LABELS[answer][0], "compliant": answer == compliant}
            for answer in (True, False)]


class _Choice(AnswerType):
    settings = ("points", "choices")

    def _labels(self, item) -> dict:
        return {c["value"]: c.get("label") or c["value"] for c in item.get("choices") or []}

    def is_noncompliant(self, item, value):
        chosen = value if isinstance(value, list) else [value]
        flags = _flags(item)
        return any(flags.get(v) is False for v in chosen)

    def format(self, item, value, lang):
        labels = self._labels(item)
        chosen = value if isinstance(value, list) else [value]
        return "; ".join(str(labels.get(v, v)) for v in chosen)

    def check_settings(self, item):
        problems = super().check_settings(item)
        choices = item.get("choices")
        ok = isinstance(choices, list) and choices and all(
            isinstance(c, dict) and isinstance(c.get("value"), str) and c["value"]
            and isinstance(c.get("label"), str) and c["label"].strip()
            and isinstance(c.get("compliant", True), bool) for c in choices)
        if not ok or len({c["value"] for c in choices}) != len(choices):
            problems.append(missing(item, "choices", CHOICES_SETTING))
        return problems


CHOICES_SETTING = ("các lựa chọn, mỗi lựa chọn có mã và nhãn, không trùng mã",
                   "choices, each with its own value and a label")


@register
class SingleChoice(_Choice):
    name = "single_choice"
    label = ("Chọn một", "Single choice")

    def check_value(self, item, value):
        labels = self._labels(item)
        if isinstance(value, str) and value in labels:
            return None
        return invalid(item, "answer_pick", options=_data_pick(labels))

    def keys(self, item):
        return list(self._labels(item))


@register
class MultiChoice(_Choice):
    name = "multi_choice"
    label = ("Chọn nhiều", "Multiple choice")

    def check_value(self, item, value):
        labels = self._labels(item)
        if isinstance(value, list) and all(isinstance(v, str) and v in labels for v in value) \
                and len(set(value)) == len(value):
            return None
        return invalid(item, "answer_pick_some", options=", ".join(labels.values()))


def _data_pick(labels: dict) -> tuple[str, str]:
    """Choice labels are the checklist's own (Vietnamese) words, in both languages."""
    words = list(labels.values())
    return pick([(w, w) for w in words]) if words else ("", "")
