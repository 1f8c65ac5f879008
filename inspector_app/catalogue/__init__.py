"""The core's one catalogue of words for people: every message in Vietnamese and English.

`ERRORS` holds what the core's errors say (three files, one table) (`inspector_app/errors.py` renders
them), `COMMANDS` what the command line prints (with `usage.py`: argparse's refusals). A parameter given as a
(Vietnamese, English) pair is itself put in the message's language, so no
message ever carries a fragment of the other language (tests/core/test_messages.py).
Words only the window shows live in the UI's Qt catalogue (`resources/i18n/`).
"""

from __future__ import annotations

from .commands import COMMANDS as _COMMANDS
from .errors import ERRORS as _GENERAL
from .errors_hq import HQ_ERRORS
from .errors_sync import SYNC_ERRORS
from .usage import USAGE

COMMANDS: dict[str, tuple[str, str]] = {**_COMMANDS, **USAGE}

ERRORS: dict[str, tuple[str, str]] = {**_GENERAL, **SYNC_ERRORS, **HQ_ERRORS}

__all__ = ["COMMANDS", "ERRORS", "render", "say"]


def render(pair: tuple[str, str], lang: str, params: dict[str, object]) -> str:
    """`pair` in `lang` with `params` filled in, each (vi, en) parameter in the same language."""
    chosen = {key: (value[1] if lang == "en" else value[0]) if isinstance(value, tuple) else value
              for key, value in params.items()}
    return (pair[1] if lang == "en" else pair[0]).format(**chosen)


def say(lang: str, code: str, /, **params: object) -> str:
    """What the command line prints for `code` (positional-only: a message may take a `key`)."""
    return render(COMMANDS[code], lang, params)
