"""Operations: the immutable unit of every change, and their validation.

An operation sets some fields of one row of one entity. State is a
per-field last-writer-wins register ordered by (HLC, device id), so
applying the same operations in any order, or twice, gives the same state.
"""

from __future__ import annotations

import datetime as _dt
import json
import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from . import hlc as _hlc
from .entities import BOOL, DATE, ENTITIES, INT, JSON, REAL, TEXT, fields_of
from .errors import ValidationError

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_KEYS = frozenset(("id", "hlc", "device_id", "person_id", "entity", "row_id", "data", "prev"))
_REQUIRED = frozenset(("id", "hlc", "device_id", "entity", "row_id", "data"))

# Limits on one operation (docs/bundle-format.md, "Limits"). An honest
# operation is far below them: the largest text Inspector writes (a minutes
# content snapshot) is tens of kB, its JSON values nest 4 deep.
MAX_OP_BYTES = 4 << 20          # one line of ops.jsonl, UTF-8
MAX_TEXT = 1_000_000            # characters in one text value
MAX_DEPTH = 32                  # nesting of lists and objects in one JSON value
MAX_ITEMS = 100_000             # list items and object keys in one JSON value, all levels
_INT64 = 1 << 63


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
        """An operation from its dict (a line of a bundle): every key and
        value is checked (`validate`); raises ValidationError, nothing else."""
        if not isinstance(raw, dict):
            raise ValidationError("invalid_value", field="operation", detail=type(raw).__name__)
        keys = raw.keys()
        if not (keys <= _KEYS and keys >= _REQUIRED):
            name = sorted(map(str, (set(keys) - _KEYS) or (_REQUIRED - set(keys))))[0][:40]
            raise ValidationError("invalid_value", field="operation", detail=repr(name))
        data, prev = raw["data"], raw.get("prev", {})
        for name, value in (("data", data), ("prev", prev)):
            if not isinstance(value, dict):
                raise ValidationError("invalid_value", field=name, detail=type(value).__name__)
        op = cls(raw["id"], raw["hlc"], raw["device_id"], raw.get("person_id"), raw["entity"], raw["row_id"],
                 dict(data), dict(prev))
        validate(op)
        return op

    @classmethod
    def from_json(cls, raw, plain: bool = False) -> Operation:
        """`from_dict` for a dict `json.loads` just made and hands over (it is
        kept, not copied): the same checks, the same result, the same error.

        `plain`: the JSON text held no `\\u` escape, so no string in `raw`
        can hold a lone surrogate (UTF-8 text decoded strictly has none) and
        their encoding is not checked again. Operations whose every value
        fits the common case (text fields holding text or null, ids, a
        stamp) are checked here in one pass over precompiled per-entity
        checks and built without the dataclass's per-field `__setattr__`;
        anything else goes through `from_dict`, whose checks and messages
        stay the reference."""
        if type(raw) is dict and len(raw) == 8 and raw.keys() == _KEYS:
            entity, data, prev = raw["entity"], raw["data"], raw["prev"]
            kinds = _FAST.get(entity) if type(entity) is str else None
            op_id, device_id, row_id, person_id = raw["id"], raw["device_id"], raw["row_id"], raw["person_id"]
            stamp = raw["hlc"]
            if (kinds is not None and type(data) is dict and data and type(prev) is dict
                    and type(stamp) is int and 0 < stamp < _hlc.LIMIT
                    and type(op_id) is str and type(device_id) is str and type(row_id) is str
                    and (person_id is None or type(person_id) is str)
                    and _ids_ok(op_id, device_id, row_id, person_id)
                    and _values_ok(kinds, data, plain) and (not prev or _values_ok(kinds, prev, plain))
                    and ("deleted" not in data or type(data["deleted"]) is bool)):
                op = _new(cls)
                _setattr(op, "__dict__", {"id": op_id, "hlc": stamp, "device_id": device_id,
                                          "person_id": person_id, "entity": entity, "row_id": row_id,
                                          "data": data, "prev": prev})
                return op
        return cls.from_dict(raw)

    @classmethod
    def of_checked(cls, op_id: str, stamp: int, device_id: str, person_id: str | None, entity: str, row_id: str,
                   data: dict, prev: dict, stored: tuple[str, str] | None = None) -> Operation:
        """An operation from values `from_json` already checked (in the import's
        parse helper, sync/parse_worker.py), built as `from_json` builds it.
        `stored`: `(encode(data), encode(prev))`, the texts the log stores,
        made by the helper too (see `stored_texts`)."""
        op = _new(cls)
        _setattr(op, "__dict__", {"id": op_id, "hlc": stamp, "device_id": device_id, "person_id": person_id,
                                  "entity": entity, "row_id": row_id, "data": data, "prev": prev, "_stored": stored})
        return op

    def stored_texts(self) -> tuple[str, str] | None:
        """`(encode(self.data), encode(self.prev))` if they were made with the
        operation (`of_checked`), else None."""
        return self.__dict__.get("_stored")

    def order_key(self) -> tuple[int, str]:
        return (self.hlc, self.device_id)


_new, _setattr = object.__new__, object.__setattr__
# Ids already matched by `_UUID` (device and person ids repeat on every
# operation of a bundle); bounded, emptied when full.
_SEEN_IDS: set[str] = set()
_SEEN_MAX = 4096


def _ids_ok(op_id: str, device_id: str, row_id: str, person_id: str | None) -> bool:
    """The ids of an operation, all strings, as `validate` matches them."""
    seen = _SEEN_IDS
    if not (_UUID.match(op_id) and _UUID.match(row_id)):
        return False
    for value in (device_id, person_id):
        if value is None or value in seen:
            continue
        if not _UUID.match(value):
            return False
        if len(seen) >= _SEEN_MAX:
            seen.clear()
        seen.add(value)
    return True


def _values_ok(kinds: dict, values: dict, plain: bool) -> bool:
    """Every field of `values` known to the entity (`kinds`: True for a text
    field, else its check) and its value fitting, as `validate` checks them."""
    for name, value in values.items():
        kind = kinds.get(name)
        if kind is True:
            if value is None or (type(value) is str and len(value) <= MAX_TEXT and (plain or _encodable(value))):
                continue
            return False
        if kind is None or not (value is None or kind(value)):
            return False
    return True


def normalize(value):
    """NFC every string, also inside lists and dicts: stored text is NFC."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [normalize(v) for v in value]
    if isinstance(value, dict):
        return {normalize(k): normalize(v) for k, v in value.items()}
    return value


def _short(value) -> str:
    """A value as a message may quote it: short, and printable."""
    if isinstance(value, str) and not _encodable(value):
        return "(ký tự không hợp lệ)"
    text = repr(value) if not isinstance(value, dict | list) else type(value).__name__
    return text if len(text) <= 40 else text[:40] + "…"


def validate(op: Operation) -> None:
    """Refuse an operation whose shape does not fit the schema: entity, field
    names, types, sizes and encoding of every value, the stamp's range.

    Whatever an operation holds, this raises ValidationError or nothing.
    Each value is checked by its field's entry in `_CHECKS`, which says
    exactly what `_fits` and `entities.check_value` say together (a test
    holds them to it), in a fraction of the time: a bundle holds millions."""
    entity = op.entity
    if not isinstance(entity, str) or entity not in ENTITIES:
        raise ValidationError("invalid_value", field="entity", detail=_short(entity))
    for name, value in (("id", op.id), ("device_id", op.device_id), ("row_id", op.row_id)):
        if not isinstance(value, str) or not _UUID.match(value):
            raise ValidationError("invalid_value", field=name, detail=_short(value))
    if op.person_id is not None and not (isinstance(op.person_id, str) and _UUID.match(op.person_id)):
        raise ValidationError("invalid_value", field="person_id", detail=_short(op.person_id))
    if not _hlc.valid(op.hlc):
        raise ValidationError("invalid_value", field="hlc", detail=_short(op.hlc))
    if not isinstance(op.data, dict) or not op.data:
        raise ValidationError("invalid_value", field="data", detail=("rỗng", "empty"))
    if not isinstance(op.prev, dict):
        raise ValidationError("invalid_value", field="prev", detail=_short(op.prev))
    checks = _ENTITY_CHECKS[entity]
    for values in (op.data, op.prev):
        for name, value in values.items():
            check = checks.get(name)
            if check is None:
                raise ValidationError("unknown_field", field=_short(name), what=entity)
            if value is not None and not check(value):        # None fits every field
                raise ValidationError("invalid_value", field=f"{entity}.{name}", detail=_short(value))
    if "deleted" in op.data and type(op.data["deleted"]) is not bool:
        # A tombstone is set or cleared, never null: the state tables hold it NOT NULL.
        raise ValidationError("invalid_value", field=f"{entity}.deleted", detail=_short(op.data["deleted"]))


def _text(value) -> bool:
    return value is None or (isinstance(value, str) and len(value) <= MAX_TEXT
                             and (value.isascii() or _encodable(value)))


def _date(value) -> bool:
    if value is None:
        return True
    if not isinstance(value, str) or not (value.isascii() or _encodable(value)) or len(value) > MAX_TEXT:
        return False
    try:
        _dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _int(value) -> bool:
    return value is None or (isinstance(value, int) and not isinstance(value, bool) and -_INT64 <= value < _INT64)


def _real(value) -> bool:
    if isinstance(value, float):
        return math.isfinite(value)
    return value is None or (isinstance(value, int) and not isinstance(value, bool) and -_INT64 <= value < _INT64)


def _bool(value) -> bool:
    return value is None or isinstance(value, bool)


def _json(value) -> bool:
    # What `_json_fits` accepts, `json.dumps` encodes (check_value's test):
    # only str-keyed dicts, lists, text, finite reals, 64-bit integers,
    # booleans and None, no cycle (the depth limit), so it is not run again.
    return _json_fits(value)


_CHECKS = {TEXT: _text, DATE: _date, INT: _int, REAL: _real, BOOL: _bool, JSON: _json}
_ENTITY_CHECKS = {entity: {name: _CHECKS[kind] for name, kind in fields_of(entity).items()} for entity in ENTITIES}
# For `Operation.from_json`: True for a text field (checked in line), else the field's check.
_FAST = {entity: {name: True if kind == TEXT else _CHECKS[kind] for name, kind in fields_of(entity).items()}
         for entity in ENTITIES}


def _fits(kind: str, value) -> bool:
    """Size and encoding: what SQLite stores and UTF-8 encodes without error."""
    if kind == JSON:                        # first: check_value would recurse into it
        return _json_fits(value)
    if isinstance(value, str):
        return len(value) <= MAX_TEXT and _encodable(value)
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return -_INT64 <= value < _INT64
    return True                             # the type itself: check_value


def _encodable(text: str) -> bool:
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:             # a lone surrogate, from a "\ud800" escape
        return False
    return True


def _json_fits(value) -> bool:
    """Depth, count and every string and number of a JSON value (iterative:
    no recursion, whatever the depth)."""
    stack, items = [(value, 0)], 0
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            if depth >= MAX_DEPTH:
                return False
            items += len(item)
            if items > MAX_ITEMS:
                return False
            if isinstance(item, dict):
                for key, inner in item.items():
                    if not isinstance(key, str) or not _fits(TEXT, key):
                        return False
                    stack.append((inner, depth + 1))
            else:
                stack.extend((inner, depth + 1) for inner in item)
        elif isinstance(item, str):
            if not _fits(TEXT, item):
                return False
        elif isinstance(item, float):
            if not math.isfinite(item):
                return False
        elif isinstance(item, int) and not isinstance(item, bool):
            if not -_INT64 <= item < _INT64:
                return False
        elif item is not None and not isinstance(item, bool):
            return False
    return True


def canonical(value) -> bytes:
    """The exact bytes signed minutes hash: normalized (NFC), sorted keys, no spaces, UTF-8."""
    return encode(normalize(value)).encode("utf-8")


def digest(value) -> str:
    """SHA-256 of `canonical(value)`, in hex."""
    import hashlib  # OpenSSL loads on first use, not with every start of the app

    return hashlib.sha256(canonical(value)).hexdigest()


def json_encoder(ensure_ascii: bool) -> Callable[[dict], str]:
    """A JSON encoder of dicts giving `json.dumps(value, ensure_ascii=…,
    sort_keys=True, separators=(",", ":"))` exactly, made once: `json.dumps`
    and `JSONEncoder.encode` build a new C encoder for every call, which was
    half the time spent encoding a bundle's data (4,1 µs against 1,3 µs for an
    answer's). Without the check for circular values: only values `validate`
    passed (no cycle can get within its depth limit) or plain stamps are
    encoded with it."""
    python = json.JSONEncoder(ensure_ascii=ensure_ascii, sort_keys=True, separators=(",", ":"))
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:                                  # an interpreter without the C accelerator
        return python.encode
    strings = json.encoder.encode_basestring_ascii if ensure_ascii else json.encoder.encode_basestring
    fast = make(None, python.default, strings, None, ":", ",", True, False, True)
    return lambda value: "".join(fast(value, 0))


encode = json_encoder(False)
"""The stored text of a validated operation's data, prev or whole dict (the log, bundles, seals)."""
