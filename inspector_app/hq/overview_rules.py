"""What the checklists say an answer means, made into the parameters of the Overview's SQL
(`storage/hq_overview.py`), so its counts are those of `checklists/counts.visit_counts`.

For every item of the checklists a window's visits hold, the values it can take (its
choices, the keys of its type) are judged once by `answer_types.is_noncompliant` and
`breaches.breached_codes`, and written as the text the database stores
(`entities.to_column`). The repeatable sections are sorted into the three kinds of
records the Overview shows: a roll call of staff (fields that breach items), case files
(a field derived by the "late" rule) and interviews of citizens (the others).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from ..checklists import answer_types, breaches
from ..checklists.counts import NOT_APPLICABLE
from ..entities import JSON, to_column
from ..text import fold

_NEVER = "\x00never"     # a condition with no allowed value: the item never applies


def stored(value) -> str:
    """A value as the observation table holds it."""
    return str(to_column(JSON, value))


@dataclass
class Rules:
    """The SQL parameters, and what the views need to name things."""

    bad: list = field(default_factory=list)           # [item id, stored value]
    breach: list = field(default_factory=list)        # [field id, stored value, target id]
    cond: list = field(default_factory=list)          # [item id, condition item id, stored value]
    items: dict = field(default_factory=dict)         # item id → item (with `section`)
    roll_calls: list = field(default_factory=list)    # section ids
    case_files: list = field(default_factory=list)
    interviews: list = field(default_factory=list)
    late: list = field(default_factory=list)          # item ids of the "late" rule
    sections: dict = field(default_factory=dict)      # section id → section
    groups: dict = field(default_factory=dict)        # records' field id → "f<n>": one per question text
    fields: dict = field(default_factory=dict)        # "f<n>" → the first item with that text

    def params(self, sections: list[str] | None = None, fields: list[str] | None = None) -> dict:
        """The JSON parameters of a query (`sections`: the repeatable sections it covers;
        `fields`: records' fields whose every answer it counts)."""
        return {"bad": json.dumps(self.bad, ensure_ascii=False),
                "breach": json.dumps(self.breach, ensure_ascii=False),
                "cond": json.dumps(self.cond, ensure_ascii=False), "na": stored(NOT_APPLICABLE),
                "sections": json.dumps(sections or []), "late": json.dumps(self.late),
                "fields": json.dumps(fields or []), "groups": json.dumps(self.groups)}

    def value_label(self, field_id: str, value_text: str, lang: str = "vi") -> str:
        """"Vắng không lý do" for a stored value of a field ("f<n>") or an item."""
        item = self.fields.get(field_id) or self.items.get(field_id)
        if item is None:
            return value_text
        try:
            return answer_types.format_value(item, json.loads(value_text), lang)
        except ValueError:
            return value_text


def candidates(item: dict) -> list:
    """The values an item can take that may mean something: its choices and its keys."""
    values = [c["value"] for c in item.get("choices") or [] if isinstance(c, dict) and "value" in c]
    if item.get("answer_type") == "yes_no":
        values += [True, False]
    try:
        values += list(answer_types.keys(item))
    except (KeyError, TypeError, ValueError):
        pass
    out: list = []
    for value in values:
        if value is not None and not isinstance(value, list) and \
                not any(value == v and type(value) is type(v) for v in out):
            out.append(value)
    return out


def build(structures: list[dict]) -> Rules:
    """The rules of these checklists' structures (`Checklists.structure`)."""
    rules = Rules()
    names: dict[str, str] = {}
    for structure in structures:
        targets = {i["code"]: i for s in structure["sections"] if not s["repeatable"] for i in s["items"]}
        for section in structure["sections"]:
            rules.sections[section["id"]] = section
            by_code = {i["code"]: i for i in section["items"]}
            breaching = False
            for item in section["items"]:
                rules.items[item["id"]] = {**item, "section": section, "checklist": structure.get("code") or "",
                                           "checklist_title": structure.get("title") or ""}
                if section["repeatable"]:      # the same question in two checklists counts as one
                    name = fold(" ".join(str(item.get("text") or item["code"]).split()))
                    field_id = names.setdefault(name, f"f{len(names) + 1}")
                    rules.groups[item["id"]] = field_id
                    rules.fields.setdefault(field_id, rules.items[item["id"]])
                _condition(rules, item, by_code)
                for value in candidates(item):
                    if answer_types.is_noncompliant(item, value):
                        rules.bad.append([item["id"], stored(value)])
                    if section["repeatable"]:
                        for code in breaches.breached_codes(item, value):
                            if code in targets:
                                breaching = True
                                rules.breach.append([item["id"], stored(value), targets[code]["id"]])
                if (item.get("derive") or {}).get("rule") == "late":
                    rules.late.append(item["id"])
            if section["repeatable"]:
                late = any((i.get("derive") or {}).get("rule") == "late" for i in section["items"])
                kind = rules.case_files if late else rules.roll_calls if breaching else rules.interviews
                kind.append(section["id"])
    return rules


def _condition(rules: Rules, item: dict, by_code: dict) -> None:
    condition = item.get("condition")
    if not condition or condition.get("item") not in by_code:
        return                          # counts.applicable: no condition in the section, it applies
    allowed = condition.get("in") or []
    target = by_code[condition["item"]]["id"]
    for value in allowed or [_NEVER]:
        rules.cond.append([item["id"], target, value if value is _NEVER else stored(value)])
