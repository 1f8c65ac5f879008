"""What differs between two versions of a minutes' content, in words.

Used for amendments (what the biên bản bổ sung changes), for the warning
that a visit changed since its minutes were signed, and by `verify` to say
how a PDF differs from the workspace's record. Each difference is a
(Vietnamese, English) pair.
"""

from __future__ import annotations

from ..checklists import citations

Pair = tuple[str, str]

_VISIT = {"title": ("Tên cuộc kiểm tra", "Title"), "place": ("Địa điểm", "Place"),
          "kind": ("Hình thức kiểm tra", "Kind of visit"), "scheduled_on": ("Ngày kiểm tra", "Visit date"),
          "arrived_at": ("Giờ bắt đầu", "Start time"), "left_at": ("Giờ kết thúc", "End time"),
          "trigger": ("Lý do kiểm tra đột xuất", "Reason for the surprise visit")}
_UNIT = {"name": ("Tên đơn vị", "Unit name"), "address": ("Địa chỉ đơn vị", "Unit address")}
_PLAN = {"number": ("Số kế hoạch", "Plan number"), "title": ("Trích yếu kế hoạch", "Plan title"),
         "issuer": ("Cơ quan ban hành kế hoạch", "Plan issuer"), "issued_on": ("Ngày kế hoạch", "Plan date"),
         "decision": ("Quyết định kiểm tra", "Decision"), "legal_basis": ("Căn cứ kế hoạch", "Plan basis")}
_TEAM = {"name": ("Tên đoàn kiểm tra", "Team name"), "decision": ("Quyết định thành lập đoàn", "Team decision")}
_MINUTES = {"number": ("Số biên bản", "Minutes number"), "version": ("Lần lập biên bản", "Minutes version"),
            "unit_opinion": ("Ý kiến của đơn vị", "Unit's opinion"),
            "refused": ("Từ chối ký", "Refused to sign"), "refusal_reason": ("Lý do từ chối ký", "Refusal reason"),
            "witness": ("Người chứng kiến", "Witness"), "amendment_reason": ("Lý do bổ sung", "Amendment reason"),
            "changes": ("Nội dung bổ sung", "Amended content"), "opened_at": ("Thời điểm lập", "Opened at")}
_SIDES = {"team": ("Đoàn kiểm tra", "Team"), "unit": ("Đơn vị được kiểm tra", "Inspected unit"),
          "witness": ("Người chứng kiến", "Witnesses")}
_FINDINGS = {"strength": ("Ưu điểm", "Strength"), "shortcoming": ("Tồn tại, hạn chế", "Shortcoming"),
             "note": ("Ghi nhận khác", "Other note")}
_MEDIA = {"photos": ("Ảnh", "Photo"), "audio": ("Ghi âm", "Recording"), "documents": ("Tài liệu", "Document")}


def _show(value) -> str:
    if value in (None, "", [], {}):
        return "(trống)"
    if isinstance(value, bool):
        return "có" if value else "không"
    if isinstance(value, dict):
        return ", ".join(str(v) for v in value.values() if v)
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value)


def _cited(fields: dict) -> dict:
    """A plan's or team's decision as the minutes cite it, never its stored parts (JSON)."""
    if isinstance(fields.get("decision"), str) and fields["decision"]:
        return {**fields, "decision": citations.decision(citations.decision_parts(fields["decision"]), gap="……")}
    return fields


def _changed(label: Pair, old, new) -> Pair:
    return (f"{label[0]}: “{_show(old)}” → “{_show(new)}”", f"{label[1]}: “{_show(old)}” → “{_show(new)}”")


def _fields(labels: dict, old: dict | None, new: dict | None) -> list[Pair]:
    old, new = _cited(old or {}), _cited(new or {})
    # A field an older content did not have (None) and an empty one are the same: no change.
    return [_changed(label, old.get(k), new.get(k)) for k, label in labels.items()
            if old.get(k) != new.get(k) and _show(old.get(k)) != _show(new.get(k))]


def _sets(label: Pair, old: list[str], new: list[str]) -> list[Pair]:
    out = []
    for text in [t for t in new if t not in old]:
        out.append((f"Thêm {label[0].lower()}: {text}.", f"{label[1]} added: {text}."))
    for text in [t for t in old if t not in new]:
        out.append((f"Bỏ {label[0].lower()}: {text}.", f"{label[1]} removed: {text}."))
    return out


def differences(old: dict, new: dict) -> list[Pair]:
    """Differences from content `old` to content `new` (both as `content.build` makes them)."""
    out = _fields(_MINUTES, old.get("minutes"), new.get("minutes"))
    out += facts_differences(old.get("facts") or {}, new.get("facts") or {})
    if not out and old != new:
        out.append(("Nội dung khác nhau ở phần kỹ thuật.", "The content differs in a technical part."))
    return out


def facts_differences(old: dict, new: dict) -> list[Pair]:
    out = _fields(_VISIT, old.get("visit"), new.get("visit"))
    out += _fields(_UNIT, old.get("unit"), new.get("unit"))
    out += _fields(_PLAN, old.get("plan"), new.get("plan"))
    out += _fields(_TEAM, old.get("team"), new.get("team"))
    for side, label in _SIDES.items():
        out += _sets(("Thành phần " + label[0].lower(), label[1] + " member"),
                     _people(old, side), _people(new, side))
    if old.get("recorder") != new.get("recorder"):
        out.append(_changed(("Người lập biên bản", "Recorder"), old.get("recorder"), new.get("recorder")))
    out += _items(old.get("sections") or [], new.get("sections") or [])
    out += _records(old.get("records") or [], new.get("records") or [])
    for kind, label in _FINDINGS.items():
        out += _sets(label, (old.get("findings") or {}).get(kind, []), (new.get("findings") or {}).get(kind, []))
    out += _sets(("Kiến nghị", "Request"), _requests(old), _requests(new))
    for kind, label in _MEDIA.items():
        out += _sets(("Tệp " + label[0].lower(), label[1]), _media(old, kind), _media(new, kind))
    return out


def _people(facts: dict, side: str) -> list[str]:
    people = (facts.get("people") or {}).get(side, [])
    return [", ".join(v for v in (p.get("name"), p.get("position"), p.get("role")) if v) for p in people]


def _requests(facts: dict) -> list[str]:
    return [f"{r['text']} ({r['responsible']}, {r['deadline']})" for r in facts.get("requests") or []]


def _media(facts: dict, kind: str) -> list[str]:
    return [f"{e['n']} ({e['sha256'][:12]}…)" for e in facts.get(kind) or []]


def _items(old: list, new: list) -> list[Pair]:
    def index(sections):
        return {(s["code"], i["code"]): i for s in sections for i in s["items"]}
    before, after = index(old), index(new)
    out = []
    for key, item in after.items():
        was = before.get(key)
        code = item["code"]
        if was is None:
            out.append((f"Thêm tiêu chí {code}: {item['text']}.", f"Item {code} added."))
            continue
        for field, label in (("value", ("kết quả", "result")), ("note", ("ghi chú", "note")),
                             ("evidence", ("minh chứng", "evidence"))):
            if was.get(field) != item.get(field):
                vi, en = _changed(label, was.get(field), item.get(field))
                out.append((f"Tiêu chí {code}, {vi}", f"Item {code}, {en}"))
    for key, item in before.items():
        if key not in after:
            out.append((f"Bỏ tiêu chí {item['code']}: {item['text']}.", f"Item {item['code']} removed."))
    return out


def _records(old: list, new: list) -> list[Pair]:
    before = {r["code"]: r for r in old}
    out = []
    for section in new:
        was = before.pop(section["code"], {"rows": []})
        title = section["title"]
        for n, row in enumerate(section["rows"], 1):
            text = "; ".join(c for c in row["cells"] if c)
            if n > len(was["rows"]):
                out.append((f"{title}: thêm dòng {n} ({text}).", f"{title}: row {n} added ({text})."))
            elif was["rows"][n - 1] != row:
                out.append((f"{title}: dòng {n} thay đổi, nay là: {text}.", f"{title}: row {n} changed to: {text}."))
        for n in range(len(section["rows"]) + 1, len(was["rows"]) + 1):
            out.append((f"{title}: bỏ dòng {n}.", f"{title}: row {n} removed."))
    for section in before.values():
        out.append((f"Bỏ phần {section['title']}.", f"Section {section['title']} removed."))
    return out
