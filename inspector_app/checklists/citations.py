"""A legal basis as Vietnamese clerks cite it (issue 11, point 6).

Full: the provision, the kind of document, "số", its number, its date in words,
its issuer and its subject line — "khoản 2 Điều 5 Nghị định số 61/2018/NĐ-CP ngày
23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, …". A law is
cited by its name ("Điều 9 Luật Cán bộ, công chức số 80/2025/QH15 ngày 24 tháng 6
năm 2025"). Short, for a document already cited in full in the same paper: the
provision, the kind and the number. Dates follow NĐ 30/2020 (the leading-zero
rule), the one style the minutes use everywhere.
"""

from __future__ import annotations

import datetime as dt
import json
import re


def date_words(iso: str) -> str:
    """"ngày 05 tháng 01 năm 2026", "ngày 23 tháng 4 năm 2018" (days < 10, months 1–2: a 0)."""
    day = dt.date.fromisoformat(iso[:10])
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"


def provision(article: str) -> str:
    """The article as written in the checklist, "Điều 9; Mẫu 05" read "Điều 9 và Mẫu 05"."""
    parts = [p.strip() for p in (article or "").split(";") if p.strip()]
    return " và ".join(parts)


# A decision whose subject line is "ban hành Quy chế …" (a Quy định, Quy tắc, Điều lệ) has
# two or three articles of its own; the articles a checklist cites are the regulation's.
_ISSUES = re.compile(r"^ban hành (?P<name>(?:Quy chế|Quy định|Quy tắc|Điều lệ)\s.+)$")


def _annexed(article: str) -> bool:
    """Every part a form or an appendix ("Mẫu …" / "Phụ lục …")."""
    parts = [p.strip() for p in (article or "").split(";") if p.strip()]
    return bool(parts) and all(re.match(r"(?:Mẫu|Phụ lục)\b", p) for p in parts)


def regulation(doc: dict, article: str = "") -> str:
    """The regulation an article cited from `doc` belongs to ("Quy chế văn hóa công sở tại các
    cơ quan hành chính nhà nước" for an article of Quyết định số 129/2007/QĐ-TTg), or ""
    (no article, a form or appendix, or a document that issues no regulation)."""
    found = _ISSUES.match((doc.get("title") or "").strip())
    return found.group("name") if found and (article or "").strip() and not _annexed(article) else ""


def _joined(article: str, name: str, issued: str = "") -> str:
    """The provision and the document: "khoản 3 Điều 7 Nghị định số …"; a form or appendix
    is one the document issues: "Mẫu 06 Phụ lục I ban hành kèm theo Thông tư số
    03/2025/TT-VPCP"; an article of a regulation the document issues (`issued`) is that
    regulation's: "Điều 7 Quy chế văn hóa công sở … ban hành kèm theo Quyết định số …"."""
    attached = "ban hành kèm theo" if issued or _annexed(article) else ""
    return " ".join(x for x in (provision(article), issued, attached, name) if x)


def short(doc: dict, article: str = "") -> str:
    """"khoản 3 Điều 7 Nghị định số 118/2025/NĐ-CP"; a law: "Điều 9 Luật Cán bộ, công chức"."""
    name = f"Luật {doc['title']}" if doc.get("kind") == "Luật" else f"{doc['kind']} số {doc['number']}"
    return _joined(article, name, regulation(doc, article))


def full(doc: dict, article: str = "") -> str:
    """The whole citation: provision, kind, "số" number, "ngày …", "của <issuer>", subject line
    (left out after a regulation's name, which already says what the decision issues)."""
    date = date_words(doc["issued_on"]) if doc.get("issued_on") else ""
    issued = regulation(doc, article)
    if doc.get("kind") == "Luật":
        parts = [f"Luật {doc['title']}", f"số {doc['number']}", date]
    else:
        issuer = f"của {doc['issuer']}" if doc.get("issuer") else ""
        parts = [doc["kind"], f"số {doc['number']}", date, issuer, "" if issued else doc.get("title") or ""]
    return _joined(article, " ".join(p.strip() for p in parts if p and p.strip()), issued)


# -- a decision (Quyết định) a plan or a team rests on -------------------------------------------
# Stored in the plan's (or team's) `decision` text field as a JSON object of its parts, so
# the schema is unchanged; text typed before parts existed is kept and read as it was.
DECISION_PARTS = ("number", "issued_on", "issuer", "subject")
GAP = "……"
_BARE = re.compile(r"^(?:quyết định\s+)?(?:số\s*)?(?P<number>\d+/[A-ZĐ0-9]+(?:-[A-ZĐ0-9]+)*)"
                   r"(?:\s+ngày\s+(?P<date>\d{1,2}(?:/|\s+tháng\s+)\d{1,2}(?:/|\s+năm\s+)\d{4}))?$", re.I)


def decision_parts(stored: str | None) -> dict | None:
    """The parts of a stored decision: {"number", "issued_on" (ISO), "issuer", "subject"}
    ("" for a part not given), or {"text": …} for text typed before parts existed that says
    more than a number and a date (printed as typed: which words are its issuer and which
    its subject cannot be told apart). A bare "Quyết định số 112/QĐ-UBND [ngày …]" typed
    then is read as its parts, so what it lacks is said and dotted like a new one's.
    None when nothing is stored."""
    text = (stored or "").strip()
    if not text:
        return None
    if text.startswith("{"):
        try:
            data = json.loads(text)
        except ValueError:
            data = None
        if isinstance(data, dict):
            return {k: str(data.get(k) or "").strip() for k in DECISION_PARTS}
    bare = _BARE.match(text.rstrip(" .;"))
    if bare:
        return {"number": bare["number"], "issued_on": _iso(bare["date"]) if bare["date"] else "",
                "issuer": "", "subject": ""}
    return {"text": text.rstrip(" ;.")}


def _iso(typed: str) -> str:
    day, month, year = (int(x) for x in re.findall(r"\d+", typed))
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return ""


def decision_store(parts: dict) -> str | None:
    """The text the `decision` field keeps for `parts` (None when every part is empty)."""
    clean = {k: str(parts.get(k) or "").strip() for k in DECISION_PARTS}
    return json.dumps(clean, ensure_ascii=False, sort_keys=True) if any(clean.values()) else None


def decision_gaps(parts: dict | None, default_subject: str = "") -> list[str]:
    """The parts a citation of the decision lacks, in the order printed ("issued_on",
    "issuer", "subject"); none for text typed before parts existed."""
    if not parts or "text" in parts:
        return []
    have = {**parts, "subject": parts.get("subject") or default_subject}
    return [k for k in DECISION_PARTS if not have.get(k)]


def decision(parts: dict | None, default_subject: str = "", gap: str | None = None) -> str:
    """"Quyết định số 123/QĐ-SNV ngày 05 tháng 3 năm 2026 của Giám đốc Sở Nội vụ về việc
    ban hành Kế hoạch kiểm tra …" — the minutes' one date style. A part not given is left
    out, or written `gap` when one is given ("ngày …… tháng …… năm ……", "của ……", "về việc
    ……", for a clerk to fill by hand); `default_subject` stands for a missing subject line (a team's decision
    is "về việc thành lập <the team>" by definition). Text typed before parts existed is
    returned as typed, with `default_subject` after it when it has no "về …"."""
    if not parts:
        return ""
    if "text" in parts:
        text = parts["text"]
        return f"{text} {default_subject}" if default_subject and not re.search(r"\svề\s", text) else text
    subject = words_lower(parts.get("subject") or default_subject)

    def part(value: str, before: str, missing: str) -> str:
        return f"{before}{value}" if value else (missing if gap is not None else "")

    g = gap or ""
    pieces = ["Quyết định", part(parts.get("number", ""), "số ", f"số {g}"),
              part(date_words(parts["issued_on"]) if parts.get("issued_on") else "", "", f"ngày {g} tháng {g} năm {g}"),
              part(parts.get("issuer", ""), "của ", f"của {g * 3}"),      # room for a title and an agency
              part(subject, "", f"về việc {g}")]
    return " ".join(p for p in pieces if p)


def words_lower(text: str) -> str:
    """A subject line typed with a capital ("Về việc …") as cited mid-sentence ("về việc …")."""
    text = text.strip().rstrip(" ;.")
    return text[:1].lower() + text[1:] if len(text) > 1 and not text[1].isupper() else text


_TYPED = re.compile(r"^(?:quyết định\s+)?(?:số\s*)?(?P<number>\d+/[A-ZĐ0-9]+(?:-[A-ZĐ0-9]+)*)"
                    r"(?:\s+ngày\s+(?P<date>\d{1,2}(?:/|\s+tháng\s+)\d{1,2}(?:/|\s+năm\s+)\d{4}))?"
                    r"(?:\s+của\s+(?P<issuer>.+?))?(?:\s+(?P<subject>về\s.*))?$", re.I | re.S)


def decision_fields(stored: str | None) -> dict:
    """The parts to show in a form for a stored decision. Text typed before parts existed
    is split as far as it reads "Quyết định số N ngày D của I về …" (a best guess for the
    person to check, never used to print: `decision_parts` prints such text as typed)."""
    parts = decision_parts(stored)
    if parts is None:
        return {k: "" for k in DECISION_PARTS}
    if "text" not in parts:
        return parts
    found = _TYPED.match(parts["text"])
    if not found:
        return {"number": "", "issued_on": "", "issuer": "", "subject": parts["text"]}
    return {"number": found["number"], "issued_on": _iso(found["date"]) if found["date"] else "",
            "issuer": (found["issuer"] or "").strip(), "subject": (found["subject"] or "").strip()}
