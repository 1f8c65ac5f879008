"""People as the minutes name them: roles from what was typed, Ông/Bà, their unit.

A role is stored as a code ("head") by the lists, but people also type it
("Trưởng đoàn", "trưởng đoàn kiểm tra", "Thư ký"): both mean the same role.
"""

from __future__ import annotations

from ..text import fold

# folded words → role code, longest first so "pho truong doan" is never read as "truong doan".
TEAM_ROLES = (
    ("pho truong doan", "deputy"), ("truong doan", "head"), ("to truong", "head"),
    ("thu ky", "secretary"), ("nguoi ghi bien ban", "secretary"), ("nguoi lap bien ban", "secretary"),
    ("thanh vien", "member"),
)
UNIT_ROLES = (
    ("nguoi duoc uy quyen", "representative"), ("thu truong", "representative"), ("dai dien", "representative"),
    ("nguoi dung dau", "representative"), ("chu tich", "representative"), ("giam doc", "representative"),
    ("can bo", "staff"), ("cong chuc", "staff"), ("vien chuc", "staff"), ("nguoi chung kien", "witness"),
    ("thu ky", "secretary"), ("nguoi ghi bien ban", "secretary"), ("nguoi lap bien ban", "secretary"),
)
_CODES = {"head", "deputy", "member", "secretary", "representative", "staff", "witness"}
# The unit's finer roles picked from the list (services/visits.UNIT_ROLES) and the role
# the minutes give them: the head of the unit and a person authorised sign for it.
_UNIT_CODES = {"head_of_unit": "representative", "authorized": "representative", "receiving": "staff"}
_HONORIFICS = {"ong": "Ông", "ba": "Bà"}
# A recorded gender (participant.gender) → how the minutes address the person.
GENDER_WORDS = {"male": "Ông", "female": "Bà"}


def role_code(side: str, role: str | None) -> str:
    """The role's code whether a list gave the code or a person typed its name; "" when unknown."""
    text = (role or "").strip()
    if text in _CODES:
        return text
    if side == "unit" and text in _UNIT_CODES:
        return _UNIT_CODES[text]
    folded = " ".join(fold(text).split())
    for words, code in TEAM_ROLES if side == "team" else UNIT_ROLES:
        if folded.startswith(words) or f" {words}" in f" {folded}":
            return code
    return ""


def split_honorific(name: str) -> tuple[str, str]:
    """("Bà", "Lê Thị Hạnh") from "Bà Lê Thị Hạnh"; ("", name) when none was typed."""
    first, _, rest = name.strip().partition(" ")
    found = _HONORIFICS.get(fold(first).rstrip("."))
    return (found, rest.strip()) if found and rest else ("", name.strip())


def honorific(name: str, fallback: str = "Ông (bà)") -> str:
    """Ông or Bà: as typed before the name, else from the Vietnamese middle name
    ("Thị" is a woman's, "Văn" a man's); `fallback` when nothing tells."""
    typed, bare = split_honorific(name)
    if typed:
        return typed
    middle = [fold(w) for w in bare.split()[1:-1]]
    if "thi" in middle:
        return "Bà"
    if "van" in middle:
        return "Ông"
    return fallback


def same_person(a: str, b: str) -> bool:
    return " ".join(fold(split_honorific(a)[1]).split()) == " ".join(fold(split_honorific(b)[1]).split())


def with_unit(position: str, unit: str) -> tuple[str, str]:
    """(position, unit) as printed, the unit's name said once: "Chủ tịch Ủy ban nhân dân"
    at "Ủy ban nhân dân phường Ba Đình" reads "Chủ tịch Ủy ban nhân dân phường Ba Đình";
    a position that already names the unit keeps it alone."""
    if not unit or not position:
        return position, unit
    if fold(unit) in fold(position):
        return position, ""
    pos_words, unit_words = position.split(), unit.split()
    for n in range(min(len(pos_words), len(unit_words)), 1, -1):
        if fold(" ".join(pos_words[-n:])) == fold(" ".join(unit_words[:n])):
            return " ".join(pos_words[:-n] + unit_words), ""
    return position, unit
