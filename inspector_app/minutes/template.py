"""The minutes template: wording, section order, copies and signatories as data.

A headquarters adapts `resources/minutes/bien-ban-kiem-tra.json` (its own
heading, sentences, an extra signatory) without touching code; a workspace
uses `minutes-template.json` in its folder when there is one. The format is
described in docs/minutes-template.md.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from ..errors import ValidationError
from ..paths import resources_dir
from ..text import nfc

DEFAULT_FILE = "bien-ban-kiem-tra.json"
WORKSPACE_FILE = "minutes-template.json"

SECTION_KINDS = ("legal_basis", "text", "composition", "scope", "results", "records", "assessment",
                 "requests", "unit_opinion", "amendment", "signatures", "recipients", "photos", "earlier")
SIGNATORY_ROLES = ("unit_representative", "team_head", "recorder", "members", "witness", "other")

# Every {name} a sentence of the template may use, filled from the visit.
PLACEHOLDERS = frozenset({
    "unit_name", "unit_address", "place", "place_full", "place_name",
    "plan_number", "plan_title", "plan_issuer", "plan_date", "plan_decision", "plan_legal_basis",
    "team_name", "team_decision", "issuer_name", "report_to", "visit_title", "kind_phrase", "kind_title",
    "start_time", "start_date", "end_time", "end_date", "end_when",
    "minutes_number", "minutes_date", "copies", "distribution", "report_deadline",
    "amends_number", "amends_date", "amendment_reason", "refusal_reason", "witness",
    "answered", "total",                      # older templates' names of {checked} and {items}
    "items", "checked", "not_applicable", "unanswered", "noncompliant", "derived", "earned", "possible",
    "rows", "flagged", "late", "other", "page", "pages", "photos", "recordings", "recordings_length", "started_at", "n",
    "trigger", "earlier_minutes",
})
_FIELD = re.compile(r"\{(\w*)\}")


def default_path() -> Path:
    return resources_dir() / "minutes" / DEFAULT_FILE


def load(path: Path | str | None = None) -> dict:
    """The template at `path` (the built-in one by default), checked."""
    path = Path(path) if path else default_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValidationError("minutes_template", file=path.name, detail=str(exc)) from exc
    return validate(_nfc(data), path.name)


def _nfc(value):
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, list):
        return [_nfc(v) for v in value]
    if isinstance(value, dict):
        return {k: _nfc(v) for k, v in value.items()}
    return value


def validate(data: dict, name: str = "template") -> dict:
    def bad(detail: str):
        raise ValidationError("minutes_template", file=name, detail=detail)

    if not isinstance(data, dict) or data.get("schema") != 1:
        bad("schema phải là 1")
    for key in ("code", "title", "symbol", "sections", "signatories", "copies", "header", "footer"):
        if key not in data:
            bad(f"thiếu khóa \"{key}\"")
    for key in ("sections", "amendment_sections"):
        for section in data.get(key, []):
            if section.get("kind") not in SECTION_KINDS:
                bad(f"loại phần không biết: {section.get('kind')!r} (chọn trong {', '.join(SECTION_KINDS)})")
            if section["kind"] == "text" and not section.get("text"):
                bad("phần \"text\" cần câu \"text\"")
            if section["kind"] == "records" and not section.get("sections"):
                bad("phần \"records\" cần danh sách \"sections\" (mã phần lặp lại của phiếu)")
    for signatory in data["signatories"]:
        if signatory.get("role") not in SIGNATORY_ROLES:
            bad(f"vai trò ký không biết: {signatory.get('role')!r}")
        if not signatory.get("title"):
            bad("mỗi người ký cần \"title\"")
    copies = data["copies"]
    if not copies or not all(isinstance(c.get("count"), int) and c["count"] > 0 and c.get("holder")
                             for c in copies):
        bad("\"copies\" cần các mục {\"count\": số bản, \"holder\": nơi giữ}")
    unknown = sorted(_unknown_fields(data))
    if unknown:
        bad("trường không biết: " + ", ".join("{" + u + "}" for u in unknown))
    return data


def _unknown_fields(value) -> set[str]:
    if isinstance(value, str):
        return {m for m in _FIELD.findall(value) if m not in PLACEHOLDERS}
    if isinstance(value, list):
        return set().union(*(_unknown_fields(v) for v in value)) if value else set()
    if isinstance(value, dict):
        return set().union(*(_unknown_fields(v) for v in value.values())) if value else set()
    return set()


def fields_in(text: str) -> list[str]:
    return _FIELD.findall(text)


_OPTIONAL = re.compile(r"\[\[(.*?)(?:\|\|(.*?))?\]\]", re.S)


def fill(text: str, values: dict) -> str:
    """`text` with every {name} replaced by its value ("" when unknown).

    A part written `[[…]]` is printed only when each {name} in it has a value that is
    neither empty nor a count of zero; `[[…||…]]` prints its second half instead. So
    a template says "(0 tiêu chí không áp dụng)" or "0 hồ sơ trễ hạn" never:
    "… tiêu chí[[ ({not_applicable} tiêu chí không áp dụng)]]"."""
    def value(match) -> str:
        found = values.get(match.group(1))
        return "" if found is None else str(found)

    def some(name: str) -> bool:
        found = values.get(name)
        shown = "" if found is None else str(found).strip()
        return bool(shown) and (not shown.isdigit() or bool(shown.strip("0")))

    def optional(match) -> str:
        wanted = all(some(name) for name in _FIELD.findall(match.group(1)))
        return match.group(1) if wanted else (match.group(2) or "")
    return _FIELD.sub(value, _OPTIONAL.sub(optional, text))


def copies_total(template: dict) -> int:
    return sum(c["count"] for c in template["copies"])
