"""The replicated entities: their tables, fields and field types.

Every state table has `id`, the fields below, `deleted` (tombstone) and
`_clocks` (per-field last-writer-wins stamps). Operations name an entity and
carry field values; this registry is what they are validated against, here
and when a bundle from another device is imported.
"""

from __future__ import annotations

import datetime as dt
import json

TEXT, INT, REAL, BOOL, JSON, DATE = "text", "int", "real", "bool", "json", "date"

ENTITIES: dict[str, dict[str, str]] = {
    "person": {"name": TEXT, "position": TEXT, "agency": TEXT},
    "org_unit": {
        "name": TEXT, "short_name": TEXT, "kind": TEXT, "code": TEXT,
        "legacy_codes": JSON, "parent_id": TEXT, "valid_from": DATE,
        "valid_to": DATE, "successor_ids": JSON, "place_name": TEXT,
        "address": TEXT, "added_locally": BOOL,
    },
    "legal_document": {
        "ref": TEXT, "number": TEXT, "kind": TEXT, "issuer": TEXT,
        "issued_on": DATE, "title": TEXT, "effective_from": DATE,
        "effective_to": DATE, "replaced_by": TEXT,
    },
    "checklist_template": {
        "code": TEXT, "version": INT, "kind": TEXT, "title": TEXT,
        "description": TEXT, "status": TEXT, "source": TEXT, "based_on": TEXT,
    },
    "checklist_section": {
        "template_id": TEXT, "position": INT, "code": TEXT, "title": TEXT,
        "repeatable": BOOL, "record_label": TEXT, "guidance": TEXT,
    },
    "checklist_item": {
        "template_id": TEXT, "section_id": TEXT, "position": INT, "code": TEXT,
        "text": TEXT, "answer_type": TEXT, "required": BOOL, "points": REAL,
        "max_score": REAL, "choices": JSON, "unit": TEXT,
        "evidence_required": BOOL, "guidance": TEXT, "legal_basis": JSON,
        "condition": JSON, "derive": JSON,
    },
    "plan": {
        "number": TEXT, "title": TEXT, "issuer": TEXT, "issued_on": DATE,
        "year": INT, "legal_basis": TEXT, "decision": TEXT,
    },
    "team": {"plan_id": TEXT, "name": TEXT, "decision": TEXT},
    "team_member": {
        "team_id": TEXT, "person_id": TEXT, "name": TEXT, "position": TEXT,
        "agency": TEXT, "role": TEXT,
    },
    "assignment": {
        "team_id": TEXT, "unit_id": TEXT, "plan_id": TEXT,
        "period_start": DATE, "period_end": DATE,
    },
    "visit": {
        "plan_id": TEXT, "team_id": TEXT, "unit_id": TEXT, "kind": TEXT,
        "status": TEXT, "title": TEXT, "place": TEXT, "scheduled_on": DATE,
        "arrived_at": TEXT, "arrival_note": TEXT, "left_at": TEXT,
        "conclude_note": TEXT, "recorder_id": TEXT,
        "trigger": TEXT,                                  # migration 9
    },
    "visit_checklist": {"visit_id": TEXT, "template_id": TEXT, "position": INT},
    "participant": {
        "visit_id": TEXT, "side": TEXT, "name": TEXT, "position": TEXT,
        "role": TEXT, "present": BOOL, "gender": TEXT,
    },
    "section_record": {"visit_id": TEXT, "section_id": TEXT, "position": INT},
    "observation": {
        "visit_id": TEXT, "item_id": TEXT, "record_id": TEXT, "value": JSON,
        "note": TEXT, "severity": TEXT,
    },
    "finding": {
        "visit_id": TEXT, "kind": TEXT, "text": TEXT, "item_id": TEXT,
        "severity": TEXT,
    },
    "request": {
        "visit_id": TEXT, "finding_id": TEXT, "item_id": TEXT, "text": TEXT,
        "responsible": TEXT, "responsible_unit_id": TEXT, "deadline": DATE,
        "status": TEXT, "follow_up": TEXT, "reinspection_visit_id": TEXT,
        # Added by migration 9: the unit's report of its remedy and the
        # reason and day of the last change of status.
        "report_number": TEXT, "report_date": DATE, "report_media_ids": JSON,
        "status_reason": TEXT, "status_on": DATE,
    },
    "request_check": {"visit_id": TEXT, "request_id": TEXT, "result": TEXT, "note": TEXT},
    # Added by migration 10: the PAR index as data (storage/schema_v10_par.py).
    "par_index": {
        "code": TEXT, "title": TEXT, "decision": TEXT, "issuer": TEXT, "issued_on": DATE,
        "applies_to": TEXT, "certainty": TEXT, "note": TEXT, "sources": JSON, "rule": JSON,
        "fallback_code": TEXT,
    },
    "par_criterion": {
        "index_id": TEXT, "parent_id": TEXT, "level": TEXT, "code": TEXT, "title": TEXT,
        "points": REAL, "position": INT, "certainty": TEXT, "note": TEXT,
    },
    "par_mapping": {"index_id": TEXT, "criterion_id": TEXT, "template_code": TEXT, "item_code": TEXT},
    "par_decision": {
        "index_id": TEXT, "unit_id": TEXT, "year": INT, "criterion_id": TEXT, "proposed": REAL,
        "accepted": REAL, "kind": TEXT, "note": TEXT, "decided_by": TEXT, "decided_at": TEXT,
    },
    "media": {
        "sha256": TEXT, "kind": TEXT, "mime": TEXT, "size": INT,
        "original_name": TEXT, "captured_at": TEXT, "taken_by": TEXT,
        "visit_id": TEXT, "width": INT, "height": INT, "duration_ms": INT,
    },
    "evidence_link": {
        "media_id": TEXT, "visit_id": TEXT, "target_kind": TEXT,
        "target_id": TEXT, "offset_ms": INT, "note": TEXT,
    },
    "minutes": {
        "visit_id": TEXT, "version": INT, "number": TEXT, "status": TEXT,
        "content_hash": TEXT, "pdf_sha256": TEXT, "signed_at": TEXT,
        "amends_id": TEXT,
        # Added by migration 3: what the unit says, a refusal to sign and its
        # witness, the frozen content and PDF of a signed version, scans of
        # the signed paper, and why an amendment was opened.
        "content": JSON, "pdf_size": INT, "signed_by": TEXT, "unit_opinion": TEXT,
        "refused_to_sign": BOOL, "refusal_reason": TEXT, "witness_name": TEXT,
        "witness_position": TEXT, "scan_media_ids": JSON, "amendment_reason": TEXT,
        "opened_at": TEXT,
    },
}

# Fields every entity has besides its own: `deleted` is a tombstone.
COMMON = {"deleted": BOOL}

_SQL_TYPES = {TEXT: "TEXT", INT: "INTEGER", REAL: "REAL", BOOL: "INTEGER",
              JSON: "TEXT", DATE: "TEXT"}


def fields_of(entity: str) -> dict[str, str]:
    return {**ENTITIES[entity], **COMMON}


def check_value(kind: str, value: object) -> bool:
    """Whether `value` fits a field of type `kind` (None always fits)."""
    if value is None:
        return True
    if kind in (TEXT,):
        return isinstance(value, str)
    if kind == DATE:
        if not isinstance(value, str):
            return False
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return False
        return True
    if kind == INT:
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == REAL:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind == BOOL:
        return isinstance(value, bool)
    if kind == JSON:
        try:
            json.dumps(value)
        except (TypeError, ValueError):
            return False
        return True
    return False


def to_column(kind: str, value: object) -> object:
    """Python value → SQLite column value."""
    if value is None:
        return None
    if kind == BOOL:
        return int(bool(value))
    if kind == JSON:
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def from_column(kind: str, value: object) -> object:
    """SQLite column value → Python value."""
    if value is None:
        return None
    if kind == BOOL:
        return bool(value)
    if kind == JSON:
        assert isinstance(value, str)   # a TEXT column, written by `to_column`
        return json.loads(value)
    return value


def column_type(kind: str) -> str:
    return _SQL_TYPES[kind]
