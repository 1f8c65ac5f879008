"""Requests (kiến nghị) the app proposes from failed items, in the words a team writes.

An item is phrased as what the rule requires ("Cán bộ, công chức … đeo thẻ
công chức, viên chức trong khi thi hành nhiệm vụ."), so the request asks the
unit to make it so: "Chấn chỉnh, bảo đảm cán bộ, công chức … đeo thẻ …; đối
với các trường hợp: cán bộ Đặng Thị Hồng." — the rule's first clause, never
the whole criterion with its code, and the people or files the records named.
One request per item, or one per area ("per": "area") listing its items.
Where the item has a legal basis in force, the request names it as the paper
already did: "… theo quy định tại Điều 7 Quyết định số 129/2007/QĐ-TTg" — the
short form, since the results table (section III, before the requests) cites
every basis of a non-compliant item in full where the paper first names it.
"""

from __future__ import annotations

import re

from ..checklists import answer_types
from ..checklists import citations as cite
from ..minutes.people import role_code, with_unit
from ..text import fold

PER = ("item", "area")


# Words too common to tell one clause of a rule from another.
_COMMON = frozenset({"cua", "cac", "duoc", "theo", "quy", "dinh", "trong", "tai", "voi", "nhung", "mot", "cho",
                     "khong", "chua", "hoac", "nay", "khi", "the", "dung", "nhu", "con", "rat", "moi"})


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", fold(text)) if len(w) > 2 and w not in _COMMON}


def _clauses(text: str) -> list[str]:
    """The rule's clauses, split at ";" outside brackets."""
    out, depth, start = [], 0, 0
    for k, char in enumerate(text):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == ";" and depth <= 0:
            out.append(text[start:k])
            start = k + 1
    out.append(text[start:])
    return [c.strip().rstrip(".").strip() for c in out if c.strip().rstrip(".").strip()]


def _with_subject(part: str, first: str) -> str:
    """A later clause that begins with its verb ("được quét …", "có ghi …") takes the subject
    of the rule's first clause ("Hồ sơ được kiểm tra …" → "Hồ sơ được quét …")."""
    verb = part.split(" ", 1)[0]
    if verb in ("được", "có", "không") and f" {verb} " in first:
        subject = first[:first.index(f" {verb} ")]
        if 0 < len(subject) <= 60:
            return f"{subject} {part}"
    return part


def clause(item_text: str, note: str = "") -> str:
    """The clause of the item the team found not met, in lower case, without its final stop:
    the one the team's note speaks of ("Bảng niêm yết không ghi địa chỉ, số điện thoại tiếp
    nhận phản ánh" → "có ghi địa chỉ tiếp nhận phản ánh …", not the board's size), else the
    first: "Có hệ thống camera …; được kết nối …" → "có hệ thống camera …". A line the app
    wrote naming breaching rows ("Không đạt: …") is not the team's note."""
    clauses = _clauses(item_text.strip()) or [item_text.strip().rstrip(".")]
    text = clauses[0]
    said = _words("\n".join(ln for ln in (note or "").splitlines() if not ln.startswith("Không đạt: ")))
    if said and len(clauses) > 1:
        scores = [len(_words(c) & said) for c in clauses]
        best = max(range(len(clauses)), key=lambda k: (scores[k], -k))
        if scores[best] >= 2 and scores[best] > scores[0]:
            text = _with_subject(clauses[best], clauses[0])
    return text[:1].lower() + text[1:] if len(text) > 1 and not text[1].isupper() else text


def concerned(breaches: list, labels: dict[str, str]) -> str:
    """"cán bộ Đặng Thị Hồng, hồ sơ H11.005.2026": each row once, by its table's label."""
    named: list[str] = []
    for b in breaches:
        words = f"{labels.get(b.section, '').lower()} {b.label}".strip()
        if words not in named:
            named.append(words)
    return ", ".join(named)


def named(cites: list[dict]) -> str:
    """"Điều 7 Quyết định số 129/2007/QĐ-TTg" for an item's bases in force (`ws.checklists.citations`):
    those naming a provision (at most two, "… và …"), else the first document; "" without a basis."""
    names: list[str] = []
    for c in [c for c in cites if c.get("article")][:2] or cites[:1]:
        name = cite.short(c, c.get("article") or "")
        if name not in names:
            names.append(name)
    return " và ".join(names)


def basis(cites: list[dict]) -> str:
    """" theo quy định tại Điều 7 Quyết định số 129/2007/QĐ-TTg"; a directive (Chỉ thị) alone
    is followed "theo yêu cầu tại"; "" without a basis."""
    names = named(cites)
    if not names:
        return ""
    chosen = [c for c in cites if c.get("article")][:2] or cites[:1]
    lead = "theo yêu cầu tại" if all(c["kind"] == "Chỉ thị" for c in chosen) else "theo quy định tại"
    return f" {lead} {names}"


# "… đúng quy định", "… trái quy định (nơi có quy định)": the clause's own "quy định" takes the basis.
_OWN_RULE = re.compile(r"\b(?:đúng|theo|trái) quy định(?=\s*(?:\([^()]*\))?$)")


def with_basis(text: str, cites: list[dict]) -> str:
    """A clause with the basis it is required by, said once: "… đúng quy định tại Điều 5 Quyết định
    số 129/2007/QĐ-TTg (nơi có quy định)" where the clause ends saying "đúng / theo / trái quy định";
    "… đúng quy định về giờ làm việc (Quyết định số 188/1999/QĐ-TTg)" where it says "quy định"
    elsewhere; else "… theo quy định tại …" (`basis`)."""
    names = named(cites)
    if not names:
        return text
    own = _OWN_RULE.search(text)
    if own:
        return f"{text[:own.end()]} tại {names}{text[own.end():]}"
    if "quy định" in text:
        return f"{text} ({names})"
    return text + basis(cites)


def item_request(item: dict, breaches: list, labels: dict[str, str], cites: list[dict] | None = None,
                 note: str = "") -> str:
    text = f"Chấn chỉnh, bảo đảm {with_basis(clause(item['text'], note), cites or [])}"
    if breaches:
        text += f"; đối với các trường hợp: {concerned(breaches, labels)}"
    return text + "."


def area_request(title: str, items: list[tuple[dict, list]], labels: dict[str, str],
                 cites_of=lambda item: [], note_of=lambda item: "") -> str:
    """One request for an area's failed items. A basis all of them (two or more) share is said once, after
    the area ("Khắc phục các tồn tại về … theo quy định tại Nghị định số 118/2025/NĐ-CP: bảo
    đảm …; …"), else after each item's clause."""
    bases = [basis(cites_of(item)) for item, _b in items]
    shared = bases[0] if len(bases) > 1 and len(set(bases)) == 1 else ""
    parts = []
    for item, breaches in items:
        said = clause(item["text"], note_of(item))
        part = said if shared else with_basis(said, cites_of(item))
        if breaches:
            part += f" (các trường hợp: {concerned(breaches, labels)})"
        parts.append(part)
    return f"Khắc phục các tồn tại về {title[:1].lower() + title[1:]}{shared}: bảo đảm " + "; ".join(parts) + "."


def failed_items(structures: list[dict], held: dict, derived: dict,
                 noted: frozenset[str] = frozenset()) -> list[tuple[dict, dict, list]]:
    """(section, item, breaches) of every item non-compliant by its own answer or by records,
    and of every scored item below its maximum that the team wrote a shortcoming about
    (`noted`: those items' ids) — a score is never "non-compliant" by itself."""
    out = []
    for structure in structures:
        for section in structure["sections"]:
            if section["repeatable"]:
                continue
            for item in section["items"]:
                found = held.get((item["id"], None))
                value = found["value"] if found else None
                breaches = derived.get(item["id"], [])
                low = (item["id"] in noted and item["answer_type"] == "score" and value is not None
                       and item.get("max_score") is not None and value < item["max_score"])
                if breaches or low or answer_types.is_noncompliant(item, value):
                    out.append((section, item, breaches))
    return out


def responsible_for(participants: list[dict], unit_name: str) -> str:
    """The unit's head as the request names them: "Chủ tịch Ủy ban nhân dân phường Ba Đình"
    (the representative's position with the unit's name once), else the unit itself."""
    unit_side = [p for p in participants if p["side"] == "unit" and p["present"]]
    head = next((p for p in unit_side if role_code("unit", p["role"]) == "representative"), None)
    if head is None or not (head["position"] or "").strip():
        return f"Thủ trưởng {unit_name}" if unit_name else "Thủ trưởng đơn vị được kiểm tra"
    position, unit = with_unit(head["position"].strip(), unit_name)
    return f"{position} {unit}".strip()


CARRY_OVER = "Tiếp tục thực hiện dứt điểm"


def carry_over(earlier: list[dict]) -> str:
    """A re-inspection's request for the earlier requests found not fixed or partly fixed,
    numbered as the paper's table of earlier requests numbers them (`earlier` as
    `minutes.content.earlier_requests` gives it); "" when every one checked was fixed."""
    from ..minutes.words import date_words

    numbers, papers = [], []
    n = 0
    for minutes in earlier:
        pending = False
        for request in minutes["requests"]:
            n += 1
            if request["result"] in ("not_fixed", "partly"):
                numbers.append(str(n))
                pending = True
        if pending:
            number = f" số {minutes['number']}" if minutes.get("number") else ""
            day = f" {date_words(minutes['date'])}" if minutes.get("date") else ""
            papers.append(f"Biên bản kiểm tra{number}{day}")
    if not numbers:
        return ""
    listed = ", ".join(numbers[:-1]) + f" và {numbers[-1]}" if len(numbers) > 1 else numbers[0]
    which = "các kiến nghị" if len(numbers) > 1 else "kiến nghị"
    return (f"{CARRY_OVER} {which} chưa khắc phục hoặc mới khắc phục một phần nêu tại {'; '.join(papers)} "
            f"({which} số {listed} trong bảng kết quả kiểm tra lại việc thực hiện kiến nghị của Biên bản này).")
