"""Org units: an effective-dated tree of any depth, with successor links.

Since 1 July 2025 local government has two levels, but older records name
districts: nothing here assumes a depth. A merged or renamed unit ends
(`valid_to`) and names its successors, so old visits keep the old name.
"""

from __future__ import annotations

import builtins

from ..changes import Changes
from ..errors import ValidationError
from ..ids import uuid7
from ..text import day
from .base import Service, check_choice, check_date, require

KINDS = {
    "province": ("UBND tỉnh, thành phố", "province People's Committee"),
    "department": ("Sở, ban, ngành", "department"),
    "district": ("UBND cấp huyện (trước 07/2025)", "district (before 07/2025)"),
    "commune": ("UBND xã, phường, đặc khu", "commune People's Committee"),
    "service_centre": ("Trung tâm Phục vụ hành chính công / Bộ phận Một cửa",
                       "public service centre / one-stop desk"),
    "public_service_unit": ("Đơn vị sự nghiệp công lập", "public service unit"),
    "central_agency": ("Cơ quan ngành dọc Trung ương", "vertical central agency"),
    "other": ("Khác", "other"),
}


class Units(Service):
    ENTITY = "org_unit"

    def create(self, name: str, kind: str, *, parent_id: str | None = None, code: str | None = None,
               short_name: str | None = None, place_name: str | None = None,
               valid_from=None, valid_to=None, legacy_codes=None, address: str | None = None,
               added_locally: bool = False) -> tuple[str, Changes]:
        fields = self._check(name=name, kind=kind, parent_id=parent_id, valid_from=valid_from,
                             valid_to=valid_to)
        unit_id = uuid7()
        fields.update(code=code or None, short_name=short_name or None, place_name=place_name or None,
                      legacy_codes=list(legacy_codes) if legacy_codes else None,
                      address=address or None, added_locally=bool(added_locally))
        return unit_id, self.write([("org_unit", unit_id, fields)])

    def _check(self, *, name, kind, parent_id, valid_from, valid_to, unit_id=None) -> dict:
        name = require(name, ("tên đơn vị", "unit name"))
        check_choice(kind, KINDS, ("loại đơn vị", "unit kind"))
        if parent_id is not None:
            self._row("org_unit", parent_id)
            if unit_id is not None and unit_id in self.ancestors(parent_id) | {parent_id}:
                raise ValidationError("cycle", unit=name)
        start = check_date(valid_from, ("ngày bắt đầu hiệu lực", "valid from"))
        end = check_date(valid_to, ("ngày hết hiệu lực", "valid to"))
        if start and end and end < start:
            raise ValidationError("invalid_value", field=("ngày hết hiệu lực", "valid to"),
                                  detail=(f"{day(end)} trước {day(start)}", f"{day(end)} is before {day(start)}"))
        return {"name": name, "kind": kind, "parent_id": parent_id,
                "valid_from": start, "valid_to": end}

    def update(self, unit_id: str, **fields) -> Changes:
        unit = self._row("org_unit", unit_id)
        merged = {**unit, **fields}
        checked = self._check(name=merged["name"], kind=merged["kind"], parent_id=merged["parent_id"],
                              valid_from=merged["valid_from"], valid_to=merged["valid_to"],
                              unit_id=unit_id)
        extra = {k: v for k, v in fields.items() if k not in checked}
        return self.write([("org_unit", unit_id, {**checked, **extra})])

    def end(self, unit_id: str, valid_to, successor_ids: list[str]) -> Changes:
        """Close a unit on `valid_to` (merger, rename) and name its successors."""
        for successor in successor_ids:
            self._row("org_unit", successor)
        return self.update(unit_id, valid_to=valid_to, successor_ids=list(successor_ids))

    def ancestors(self, unit_id: str) -> set[str]:
        seen: set[str] = set()
        current = self._row_or_none("org_unit", unit_id)
        while current and current["parent_id"] and current["parent_id"] not in seen:
            seen.add(current["parent_id"])
            current = self._row_or_none("org_unit", current["parent_id"])
        return seen

    def path(self, unit_id: str) -> list[dict]:
        """The unit and its ancestors, root first."""
        chain, current, seen = [], self._row_or_none("org_unit", unit_id), set()
        while current and current["id"] not in seen:
            seen.add(current["id"])
            chain.append(current)
            current = self._row_or_none("org_unit", current["parent_id"])
        return list(reversed(chain))

    def children(self, parent_id: str | None, as_of: str | None = None) -> list[dict]:
        return [u for u in self._rows("org_unit", order="name", parent_id=parent_id)
                if _in_force(u, as_of)]

    def list(self, as_of: str | None = None) -> list[dict]:
        return [u for u in self._rows("org_unit", order="name") if _in_force(u, as_of)]

    def successors(self, unit_id: str) -> builtins.list[dict]:
        """The units that took over `unit_id`, followed to the ones in force."""
        out, todo, seen = [], list(self._row("org_unit", unit_id)["successor_ids"] or []), set()
        while todo:
            current = self._row_or_none("org_unit", todo.pop(0))
            if current is None or current["id"] in seen:
                continue
            seen.add(current["id"])
            if current["successor_ids"]:
                todo.extend(current["successor_ids"])
            else:
                out.append(current)
        return out


def _in_force(unit: dict, as_of: str | None) -> bool:
    if as_of is None:
        return True
    return (unit["valid_from"] or "0000") <= as_of and (unit["valid_to"] is None or as_of <= unit["valid_to"])
