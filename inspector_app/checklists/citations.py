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


def date_words(iso: str) -> str:
    """"ngày 05 tháng 01 năm 2026", "ngày 23 tháng 4 năm 2018" (days < 10, months 1–2: a 0)."""
    day = dt.date.fromisoformat(iso[:10])
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"


def provision(article: str) -> str:
    """The article as written in the checklist, "Điều 9; Mẫu 05" read "Điều 9 và Mẫu 05"."""
    parts = [p.strip() for p in (article or "").split(";") if p.strip()]
    return " và ".join(parts)


def short(doc: dict, article: str = "") -> str:
    """"khoản 3 Điều 7 Quyết định số 129/2007/QĐ-TTg"; a law: "Điều 9 Luật Cán bộ, công chức"."""
    name = f"Luật {doc['title']}" if doc.get("kind") == "Luật" else f"{doc['kind']} số {doc['number']}"
    return " ".join(x for x in (provision(article), name) if x)


def full(doc: dict, article: str = "") -> str:
    """The whole citation: provision, kind, "số" number, "ngày …", "của <issuer>", subject line."""
    date = date_words(doc["issued_on"]) if doc.get("issued_on") else ""
    if doc.get("kind") == "Luật":
        parts = [provision(article), f"Luật {doc['title']}", f"số {doc['number']}", date]
    else:
        issuer = f"của {doc['issuer']}" if doc.get("issuer") else ""
        parts = [provision(article), doc["kind"], f"số {doc['number']}", date, issuer, doc.get("title") or ""]
    return " ".join(p.strip() for p in parts if p and p.strip())
