"""The core's messages: one catalogue, complete in Vietnamese and English, never mixed."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from inspector_app import errors
from inspector_app.catalogue import COMMANDS
from inspector_app.errors import MESSAGES, InspectorError, ValidationError

CORE = Path(errors.__file__).resolve().parent
VIETNAMESE = re.compile(r"[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]", re.IGNORECASE)
ERROR_CLASSES = {name for name, value in vars(errors).items()
                 if isinstance(value, type) and issubclass(value, InspectorError)}


def _raised_in_the_core():
    """(file, line, call) for every `SomeError("code", ...)` the core's source builds."""
    for path in sorted(CORE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None)) \
                    in ERROR_CLASSES and node.args and isinstance(node.args[0], ast.Constant):
                yield path.relative_to(CORE), node.lineno, node


def test_every_code_the_core_raises_is_in_the_catalogue():
    missing = [(str(f), line, call.args[0].value) for f, line, call in _raised_in_the_core()
               if call.args[0].value not in MESSAGES]
    assert not missing


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_each_message_has_both_languages_with_the_same_placeholders(code):
    vi, en = MESSAGES[code]
    assert vi.strip() and en.strip()
    names = [{name for _, name, _, _ in string.Formatter().parse(text) if name} for text in (vi, en)]
    assert names[0] == names[1], code
    assert VIETNAMESE.search(vi), f"{code}: the Vietnamese message has no Vietnamese in it"
    filled = en.format(**{name: "X" for name in names[1]})
    # English messages may name Vietnamese places and bodies; they must not carry Vietnamese sentences.
    assert len(VIETNAMESE.findall(filled)) <= 6, f"{code}: {filled}"


def test_no_message_is_given_a_detail_in_one_language_only():
    """A text parameter with Vietnamese in it must come as a (vi, en) pair, or the
    English message would carry a Vietnamese fragment ("Invalid value for A1: chọn Đạt…")."""
    one_language = []
    for path, line, call in _raised_in_the_core():
        for keyword in call.keywords:
            value = keyword.value
            text = value.value if isinstance(value, ast.Constant) and isinstance(value.value, str) else \
                "".join(part.value for part in value.values if isinstance(part, ast.Constant)) \
                if isinstance(value, ast.JoinedStr) else ""
            if VIETNAMESE.search(text):
                one_language.append(f"{path}:{line} {keyword.arg}={text!r}")
    assert not one_language


def test_a_refused_choice_is_listed_by_name_in_each_language(ws, visit):
    with pytest.raises(ValidationError) as refused:
        ws.findings.add(visit["visit"], "Niêm yết chưa đủ", kind="khac")
    assert "Ưu điểm" in refused.value.message("vi") and "Strength" in refused.value.message("en")
    assert not VIETNAMESE.search(refused.value.message("en").split(":", 1)[1])


@pytest.mark.parametrize("code", sorted(COMMANDS))
def test_each_command_line_text_has_both_languages_with_the_same_placeholders(code):
    vi, en = COMMANDS[code]
    names = [{name for _, name, _, _ in string.Formatter().parse(text) if name} for text in (vi, en)]
    assert names[0] == names[1], code
    assert vi.strip() and en.strip()


def test_the_command_line_says_only_what_the_catalogue_holds():
    """Every text a command prints comes from the one catalogue (say(lang, "group.code"))."""
    used = set()
    for path in CORE.glob("cli*.py"):
        used |= set(re.findall(r"say\(\w+(?:\.\w+)?, [\"']([a-z_.]+)[\"']", path.read_text(encoding="utf-8")))
    assert used and used <= set(COMMANDS), used - set(COMMANDS)
    assert not [p.name for p in CORE.glob("cli*.py") if re.search(r"^TEXT = ", p.read_text(encoding="utf-8"), re.M)]


def test_the_error_tables_never_give_one_code_twice():
    """The errors live in three files by use; merged into one table, a code written in two
    of them would silently keep only one text."""
    from inspector_app.catalogue import ERRORS
    from inspector_app.catalogue.errors import ERRORS as GENERAL
    from inspector_app.catalogue.errors_hq import HQ_ERRORS
    from inspector_app.catalogue.errors_sync import SYNC_ERRORS

    assert len(ERRORS) == len(GENERAL) + len(SYNC_ERRORS) + len(HQ_ERRORS)
