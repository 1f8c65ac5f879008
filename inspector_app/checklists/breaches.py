"""Records that breach items: the roll call, the case files and their verdicts agree.

A field of a repeatable section declares, on the choice that is a breach,
which items of its checklist that answer breaches (docs/checklist-format.md):

    {"code": "DD5", "text": "Đeo thẻ công chức, viên chức", "answer_type": "yes_no",
     "choices": [{"value": true, "label": "Có"},
                 {"value": false, "label": "Không", "compliant": false, "breaches": ["C1"]}]}

so a roll-call row "Đeo thẻ: Không" makes C1 non-compliant whatever was
answered for C1: the minutes print the derived verdict and name the rows; an
item answered "Đạt" beside such rows is a contradiction the conclusion lists.
A choice can only breach when it applies (its field's condition holds): the
apology item is breached by "Có văn bản xin lỗi: Không", which is asked only
of a late file.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..text import fold
from . import answer_types


@dataclass(frozen=True)
class Breach:
    """One record's answer that breaches an item."""
    section: str            # the repeatable section's code ("DD")
    record_id: str
    position: int           # 1-based row number in its table
    label: str              # who or what: the staff member's name, the file's code
    field: str              # the field's text ("Đeo thẻ công chức, viên chức")
    value: str              # the answer as printed ("Không", "Đi muộn")

    def phrase(self) -> str:
        """"Nguyễn Văn A (Đeo thẻ công chức, viên chức: Không)"."""
        return f"{self.label} ({self.field}: {self.value})"


def breached_codes(item: dict, value) -> list[str]:
    """Codes of the items an answer of a record's field breaches."""
    chosen = value if isinstance(value, list) else [value]
    out: list[str] = []
    for choice in item.get("choices") or []:
        if isinstance(choice, dict) and choice.get("value") in chosen and value is not None:
            out += [c for c in choice.get("breaches") or [] if c not in out]
    return out


def row_label(section: dict, held: dict, record_id: str, position: int) -> str:
    """A row as a person names it: its first text field (a name, a file code), else "Cán bộ 2"."""
    for item in section["items"]:
        if item.get("answer_type") == "text":
            found = held.get((item["id"], record_id))
            if found and isinstance(found["value"], str) and found["value"].strip():
                return found["value"].strip()
            break
    return f"{section.get('record_label') or ''} {position}".strip()


# Words of a field that names one person or one file ("Họ và tên", "Mã số hồ sơ"): two rows
# with the same value are the same person or file. A field like "Thủ tục hành chính đã thực
# hiện" names no one: two citizens may well have used the same procedure.
_NAMING = ("ho va ten", "ho ten", "ma so", "ma ho so", "so ho so")


def identifying_item(items: list[dict]) -> dict | None:
    """The field that names a row's person or file: the section's first text item, as
    `row_label` reads it, when its words say it is a name or a code; else None."""
    texts = [i for i in sorted(items, key=lambda i: i.get("position") or 0) if i.get("answer_type") == "text"]
    if not texts:
        return None
    words = " ".join(fold(texts[0].get("text") or "").split())
    return texts[0] if any(w in words for w in _NAMING) else None


def twin_row(record_ids: list[str], names: dict, record_id: str, value: str) -> int | None:
    """The row (1-based, as the table shows it) of another record whose name is `value`
    (accents, case and spaces aside), or None: `names` maps record id → its name."""
    key = " ".join(fold(value).split())
    for position, other in enumerate(record_ids, 1):
        held = names.get(other)
        if other != record_id and isinstance(held, str) and " ".join(fold(held).split()) == key:
            return position
    return None


def _applies(item: dict, by_code: dict, held: dict, record_id) -> bool:
    condition = item.get("condition")
    if not condition or condition["item"] not in by_code:
        return True
    found = held.get((by_code[condition["item"]]["id"], record_id))
    return (found["value"] if found else None) in condition["in"]


def derived_verdicts(structures: list[dict], held: dict, records_by_section: dict) -> dict[str, list[Breach]]:
    """Item id → the record answers that breach it (items nobody breaches are absent)."""
    out: dict[str, list[Breach]] = {}
    for structure in structures:
        targets = {i["code"]: i for s in structure["sections"] if not s["repeatable"] for i in s["items"]}
        for section in structure["sections"]:
            if not section["repeatable"]:
                continue
            by_code = {i["code"]: i for i in section["items"]}
            for position, record_id in enumerate(records_by_section.get(section["id"], []), 1):
                for item in section["items"]:
                    found = held.get((item["id"], record_id))
                    value = found["value"] if found else None
                    codes = breached_codes(item, value)
                    if not codes or not _applies(item, by_code, held, record_id):
                        continue
                    breach = Breach(section["code"], record_id, position,
                                    row_label(section, held, record_id, position), item["text"],
                                    answer_types.format_value(item, value, "vi"))
                    for code in codes:
                        if code in targets:
                            out.setdefault(targets[code]["id"], []).append(breach)
    return out


def contradictions(structures: list[dict], held: dict, records_by_section: dict) -> list[dict]:
    """Items answered as compliant (or not applicable) while records breach them:
    [{"item": item, "value": the answer, "breaches": [Breach, …]}], in checklist order."""
    derived = derived_verdicts(structures, held, records_by_section)
    out = []
    for structure in structures:
        for section in structure["sections"]:
            for item in section["items"]:
                found = held.get((item["id"], None))
                value = found["value"] if found else None
                if item["id"] in derived and value is not None and not answer_types.is_noncompliant(item, value):
                    out.append({"item": item, "value": value, "breaches": derived[item["id"]]})
    return out


def duplicates(structures: list[dict], held: dict, records_by_section: dict) -> list[dict]:
    """Rows of one repeatable section naming the same person or file twice:
    [{"section": section, "label": the name, "positions": [2, 5]}]."""
    out = []
    for structure in structures:
        for section in structure["sections"]:
            if not section["repeatable"] or identifying_item(section["items"]) is None:
                continue                # rows that name no one (a citizen's procedure) are never "twice"
            seen: dict[str, list[int]] = {}
            labels: dict[str, str] = {}
            for position, record_id in enumerate(records_by_section.get(section["id"], []), 1):
                label = row_label(section, held, record_id, position)
                key = " ".join(fold(label).split())
                if label == f"{section.get('record_label') or ''} {position}".strip():
                    continue            # an unnamed row is no one in particular
                seen.setdefault(key, []).append(position)
                labels.setdefault(key, label)
            out += [{"section": section, "label": labels[k], "positions": p} for k, p in seen.items() if len(p) > 1]
    return out
