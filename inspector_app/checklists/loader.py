"""Reading and validating checklist and legal-basis files (docs/checklist-format.md)."""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from pathlib import Path
from typing import NoReturn

from ..errors import ValidationError
from . import answer_types

LEGAL_FILE = "legal-bases.json"
_KEY = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


def _fail(file: str, vi: str, en: str) -> NoReturn:
    """Refuse the file; the detail in both languages, so each message reads whole."""
    raise ValidationError("checklist_file", file=file, detail=(vi, en))


def read_json(path: Path) -> dict:
    try:
        raw = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or exc
        _fail(path.name, f"không đọc được ({reason})", f"cannot be read ({reason})")
    try:
        data = json.loads(unicodedata.normalize("NFC", raw))
    except json.JSONDecodeError as exc:
        _fail(path.name, f"lỗi cú pháp JSON ở dòng {exc.lineno}, cột {exc.colno}",
              f"JSON syntax error at line {exc.lineno}, column {exc.colno}")
    if not isinstance(data, dict):
        _fail(path.name, "nội dung phải là một đối tượng JSON", "the content must be a JSON object")
    return data


def _date(file: str, where: tuple[str, str], value, required: bool = False):
    if value is None and not required:
        return
    try:
        dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        _fail(file, f"{where[0]}: ngày không hợp lệ {value!r}", f"{where[1]}: invalid date {value!r}")


def validate_legal(data: dict, file: str = LEGAL_FILE) -> list[dict]:
    docs = data.get("documents")
    if data.get("schema") != 1 or not isinstance(docs, list):
        _fail(file, "cần 'schema': 1 và danh sách 'documents'", "'schema': 1 and a 'documents' list are needed")
    refs = set()
    for n, doc in enumerate(docs, 1):
        where = (f"văn bản thứ {n}", f"document {n}")
        for key in ("ref", "number", "kind", "title", "effective_from"):
            if not isinstance(doc.get(key), str) or not doc[key].strip():
                _fail(file, f"{where[0]}: thiếu '{key}'", f"{where[1]}: '{key}' is missing")
        if not _KEY.match(doc["ref"]) or doc["ref"] in refs:
            _fail(file, f"{where[0]}: 'ref' không hợp lệ hoặc trùng ({doc['ref']})",
                  f"{where[1]}: 'ref' is invalid or repeated ({doc['ref']})")
        refs.add(doc["ref"])
        for key in ("issued_on", "effective_to"):
            _date(file, where, doc.get(key))
        _date(file, where, doc["effective_from"], required=True)
    return docs


def validate_checklist(data: dict, file: str, legal_refs: set[str]) -> dict:
    """Raise a ValidationError naming the first problem; return `data`."""
    if data.get("schema") != 1:
        _fail(file, "cần 'schema': 1", "'schema': 1 is needed")
    for key in ("code", "kind", "title"):
        if not isinstance(data.get(key), str) or not data[key].strip():
            _fail(file, f"thiếu '{key}'", f"'{key}' is missing")
    if not _KEY.match(data["code"]):
        _fail(file, f"'code' chỉ gồm chữ thường không dấu, số và gạch nối: {data['code']!r}",
              f"'code' takes only lower-case letters without accents, digits and hyphens: {data['code']!r}")
    if not isinstance(data.get("version"), int) or data["version"] < 1:
        _fail(file, "'version' phải là số nguyên từ 1", "'version' must be a whole number from 1")
    sections = data.get("sections")
    if not isinstance(sections, list) or not sections:
        _fail(file, "cần ít nhất một phần trong 'sections'", "'sections' needs at least one section")
    section_codes: set[str] = set()
    items: dict[str, dict] = {}
    for section in sections:
        code = section.get("code")
        if not isinstance(code, str) or not code or code in section_codes:
            _fail(file, f"mã phần thiếu hoặc trùng: {code!r}", f"a section code is missing or repeated: {code!r}")
        section_codes.add(code)
        if not isinstance(section.get("title"), str) or not section["title"].strip():
            _fail(file, f"phần {code}: thiếu 'title'", f"section {code}: 'title' is missing")
        if section.get("repeatable") and not section.get("record_label"):
            _fail(file, f"phần {code}: phần lặp lại cần 'record_label'",
                  f"section {code}: a repeatable section needs 'record_label'")
        if not isinstance(section.get("items"), list) or not section["items"]:
            _fail(file, f"phần {code}: cần ít nhất một tiêu chí", f"section {code}: at least one item is needed")
        section_items: set[str] = set()
        for item in section["items"]:
            _validate_item(file, code, item, items, section_items, legal_refs)
    _validate_breaches(file, sections)
    return data


def _validate_breaches(file: str, sections: list[dict]) -> None:
    """A choice's "breaches" names items of the checklist's ordinary sections,
    and only a field of a repeatable section (a record) breaches (breaches.py)."""
    targets = {i.get("code") for s in sections if not s.get("repeatable") for i in s["items"]}
    for section in sections:
        for item in section["items"]:
            for choice in item.get("choices") or []:
                named = choice.get("breaches") if isinstance(choice, dict) else None
                if named is None:
                    continue
                where = (f"tiêu chí {item['code']}", f"item {item['code']}")
                if not section.get("repeatable"):
                    _fail(file, f"{where[0]}: chỉ trường của phần lặp lại mới có 'breaches'",
                          f"{where[1]}: only a field of a repeatable section has 'breaches'")
                if not isinstance(named, list) or not named or any(c not in targets for c in named):
                    _fail(file, f"{where[0]}: 'breaches' phải là danh sách mã tiêu chí của phiếu: {named!r}",
                          f"{where[1]}: 'breaches' must list item codes of the checklist: {named!r}")


def _validate_item(file, section_code, item, items, section_items, legal_refs) -> None:
    code = item.get("code")
    if not isinstance(code, str) or not code or code in items:
        _fail(file, f"phần {section_code}: mã tiêu chí thiếu hoặc trùng: {code!r}",
              f"section {section_code}: an item code is missing or repeated: {code!r}")
    where = (f"tiêu chí {code}", f"item {code}")
    if not isinstance(item.get("text"), str) or not item["text"].strip():
        _fail(file, f"{where[0]}: thiếu 'text'", f"{where[1]}: 'text' is missing")
    problems = answer_types.check_settings(item)
    if problems:  # the same refusal as the checklists service gives, in both languages
        raise ValidationError("checklist_file", file=file, detail=problems[0].pair())
    for cite in item.get("legal_basis") or []:
        if cite.get("doc") not in legal_refs:
            _fail(file, f"{where[0]}: căn cứ pháp lý không có trong {LEGAL_FILE}: {cite.get('doc')!r}",
                  f"{where[1]}: legal basis not in {LEGAL_FILE}: {cite.get('doc')!r}")
    condition = item.get("condition")
    if condition is not None:
        if condition.get("item") not in items or not isinstance(condition.get("in"), list):
            _fail(file, f"{where[0]}: 'condition' phải dẫn tới một tiêu chí đứng trước, với danh sách 'in'",
                  f"{where[1]}: 'condition' must name an earlier item, with an 'in' list")
    derive = item.get("derive")
    if derive is not None:
        if derive.get("rule") != "late" or derive.get("due") not in section_items \
                or derive.get("returned") not in section_items:
            _fail(file, f"{where[0]}: 'derive' cần rule 'late' và hai tiêu chí ngày cùng phần",
                  f"{where[1]}: 'derive' needs rule 'late' and two date items of the same section")
    items[code] = item
    section_items.add(code)


def load_folder(folder: Path) -> tuple[list[dict], list[tuple[str, dict]]]:
    """The legal documents and the (file name, checklist) pairs of a folder."""
    legal = validate_legal(read_json(folder / LEGAL_FILE))
    refs = {d["ref"] for d in legal}
    checklists = []
    for path in sorted(folder.glob("*.json")):
        if path.name == LEGAL_FILE:
            continue
        checklists.append((path.name, validate_checklist(read_json(path), path.name, refs)))
    return legal, checklists
