"""The scope of a headquarters view or export: the whole province, a plan, a team,
or a unit with every unit under it (the tree has any depth: province → communes,
departments, service centres, and older districts)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from ..errors import NotFoundError, ValidationError
from ..storage import hq_queries
from ..text import fold

NAMES = {"province": ("toàn tỉnh", "the whole province"), "plan": ("kế hoạch", "plan"),
         "team": ("đoàn kiểm tra", "team"), "unit": ("đơn vị", "unit")}


@dataclass(frozen=True)
class Scope:
    """`kind` is "province" (no id), "plan", "team" or "unit" (with its sub-units)."""

    kind: str = "province"
    id: str | None = None
    name: str = ""

    @property
    def key(self) -> hq_queries.Scope:
        """What the storage queries take: None for the province, else (kind, id)."""
        return None if self.kind == "province" or not self.id else (self.kind, self.id)

    def label(self, lang: str = "vi") -> str:
        """"toàn tỉnh", "kế hoạch 87/KH-UBND — …",
        "đơn vị Ủy ban nhân dân phường Ba Đình (và các đơn vị trực thuộc)"."""
        noun = NAMES[self.kind][1 if lang == "en" else 0]
        if self.kind == "province":
            return noun
        tail = ""
        if self.kind == "unit":
            tail = " (and the units under it)" if lang == "en" else " (và các đơn vị trực thuộc)"
        return f"{noun} {self.name}{tail}"


PROVINCE = Scope()


def parse(conn: sqlite3.Connection, text: str | None) -> Scope:
    """"province" (or nothing), "plan:87/KH-UBND", "team:Đoàn kiểm tra số 1", "unit:00004" or
    "unit:phuong ba dinh" → a Scope. A plan is named by its id, number or title, a team by its
    id or name, a unit by its id, code or name, or a part of its name ("phuong ba dinh" names
    the ward's People's Committee, not its service centre under it); accents and case do not
    matter. A name that matches nothing, or several rows not under one another, is refused
    with a message that says so."""
    text = (text or "").strip()
    if not text or fold(text) in ("province", "tinh", "toan tinh"):
        return PROVINCE
    kind, _, key = text.partition(":")
    kind, key = fold(kind.strip()), key.strip()
    if kind not in hq_queries.SCOPE_KINDS or not key:
        raise ValidationError("invalid_value", field=("phạm vi", "scope"), detail=(
            f"“{text}” — hãy ghi province, plan:<số kế hoạch>, team:<tên đoàn> hoặc unit:<mã hoặc tên đơn vị>",
            f"“{text}” — write province, plan:<plan number>, team:<team name> or unit:<unit code or name>"))
    wanted = fold(key)
    candidates = hq_queries.scope_candidates(conn, kind)
    found = [c for c in candidates if c[0] == key] or \
        [c for c in candidates if any(v is not None and fold(v) == wanted for v in c[2:4])] or \
        _outermost([c for c in candidates if c[3] is not None and wanted in fold(c[3])], candidates)
    if not found:
        raise NotFoundError("not_found", what=NAMES[kind], id=key)
    if len(found) > 1:
        raise ValidationError("invalid_value", field=("phạm vi", "scope"), detail=(
            f"“{key}” trùng với {len(found)} {NAMES[kind][0]}; hãy ghi mã (id) của một {NAMES[kind][0]}",
            f"“{key}” matches {len(found)} rows of kind {NAMES[kind][1]}; give the id of one"))
    return Scope(kind, found[0][0], found[0][1])


def _outermost(found: list[tuple], candidates: list[tuple]) -> list[tuple]:
    """Of units matching a part of a name, those with no other match above them."""
    parents = {c[0]: c[4] for c in candidates}
    ids = {c[0] for c in found}

    def has_match_above(unit_id: str) -> bool:
        seen, parent = set(), parents.get(unit_id)
        while parent and parent not in seen:
            if parent in ids:
                return True
            seen.add(parent)
            parent = parents.get(parent)
        return False
    return [c for c in found if not has_match_above(c[0])]
