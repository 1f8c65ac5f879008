"""Operations: the immutable unit of every change, and their validation.

An operation sets some fields of one row of one entity. State is a
per-field last-writer-wins register ordered by (HLC, device id), so
applying the same operations in any order, or twice, gives the same state.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field

from .entities import ENTITIES, check_value, fields_of
from .errors import ValidationError

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


@dataclass(frozen=True)
class Operation:
    id: str
    hlc: int
    device_id: str
    person_id: str | None
    entity: str
    row_id: str
    data: dict = field(default_factory=dict)
    prev: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {
            "id": self.id, "hlc": self.hlc, "device_id": self.device_id,
            "person_id": self.person_id, "entity": self.entity,
            "row_id": self.row_id, "data": self.data, "prev": self.prev,
        }

    @classmethod
    def from_dict(cls, raw: dict) -> Operation:
        op = cls(
            id=raw["id"], hlc=raw["hlc"], device_id=raw["device_id"],
            person_id=raw.get("person_id"), entity=raw["entity"],
            row_id=raw["row_id"], data=dict(raw["data"]), prev=dict(raw.get("prev", {})),
        )
        validate(op)
        return op

    def order_key(self) -> tuple[int, str]:
        return (self.hlc, self.device_id)


def normalize(value):
    """NFC every string, also inside lists and dicts: stored text is NFC."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [normalize(v) for v in value]
    if isinstance(value, dict):
        return {normalize(k): normalize(v) for k, v in value.items()}
    return value


def validate(op: Operation) -> None:
    """Refuse an operation whose shape does not fit the schema."""
    if op.entity not in ENTITIES:
        raise ValidationError("invalid_value", field="entity", detail=repr(op.entity))
    for name, value in (("id", op.id), ("device_id", op.device_id), ("row_id", op.row_id)):
        if not isinstance(value, str) or not _UUID.match(value):
            raise ValidationError("invalid_value", field=name, detail=repr(value))
    if not isinstance(op.hlc, int) or isinstance(op.hlc, bool) or op.hlc <= 0:
        raise ValidationError("invalid_value", field="hlc", detail=repr(op.hlc))
    if not isinstance(op.data, dict) or not op.data:
        raise ValidationError("invalid_value", field="data", detail="rỗng")
    allowed = fields_of(op.entity)
    for name, value in op.data.items():
        if name not in allowed:
            raise ValidationError("unknown_field", field=name, what=op.entity)
        if not check_value(allowed[name], value):
            raise ValidationError("invalid_value", field=f"{op.entity}.{name}", detail=repr(value))


def encode(value: dict) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
