"""Photo imports cut short: a note per import in `<workspace>/cache/imports/`.

An import writes its note before the first photo is copied and adds each photo
as it is recorded in the visit; the note is removed when the import ends and
the user has been told. A note still there at the next start is an import that
the closing of the program (or a crash) cut short: the window says which
photos were kept and which to import again. Files only, no database.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .workspace import Workspace

_RUNNING: set[Path] = set()
"""Notes of the imports running in this process (a workspace is open in one process only)."""


def imports_dir(ws: Workspace) -> Path:
    return Path(ws.path) / "cache" / "imports"


def begin_import(ws: Workspace, visit_id: str, paths) -> Path:
    """Note that the photos `paths` are being imported into `visit_id`; returns the note.

    The note stays until `end_import`: one left at the next start is an import that
    the closing of the program (or a crash) cut short (`interrupted_imports`)."""
    folder = imports_dir(ws)
    folder.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=folder, prefix="nhap-anh-", suffix=".json")
    os.close(fd)
    note = Path(name)
    _write_note(note, {"visit_id": visit_id, "names": [Path(p).name for p in paths], "kept": []})
    _RUNNING.add(note)
    return note


def note_kept(note: Path, names) -> None:
    """The photos `names` of the import `note` are now recorded in the visit."""
    try:
        state = json.loads(note.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    state["kept"] = [*state.get("kept", []), *names]
    _write_note(note, state)


def end_import(note: Path) -> None:
    """The import `note` ended and the user was told how it went."""
    _RUNNING.discard(note)
    note.unlink(missing_ok=True)


def cut_short(note: Path) -> None:
    """The import `note` was stopped by closing, the user not told yet: its note stays,
    for `interrupted_imports` to report at the next start."""
    _RUNNING.discard(note)


def interrupted_imports(ws: Workspace) -> list[dict]:
    """Imports cut short (notes left behind, not running now), oldest first: each `{"visit_id", "names",
    "kept", "note"}`; `end_import(note)` once the user was told."""
    folder = imports_dir(ws)
    if not folder.is_dir():
        return []
    out = []
    for note in sorted(set(folder.glob("nhap-anh-*.json")) - _RUNNING, key=lambda p: p.stat().st_mtime_ns):
        try:
            state = json.loads(note.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            note.unlink(missing_ok=True)   # an empty note: the import had not begun
            continue
        out.append({**state, "note": note})
    return out


def _write_note(note: Path, state: dict) -> None:
    tmp = note.with_name(note.name + ".tmp")
    tmp.write_text(json.dumps(state, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, note)
