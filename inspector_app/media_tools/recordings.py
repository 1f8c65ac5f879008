"""Recordings and camera shots in progress: the staging folder, each recording's
session (its bookmarks kept beside it, so a session that ended mid-way can be
saved later) and a tone WAV for a recording before any sound arrives. Files only."""

from __future__ import annotations

import datetime as dt
import json
import math
import wave
from array import array
from pathlib import Path
from typing import TYPE_CHECKING

from .kinds import is_audio

if TYPE_CHECKING:
    from ..workspace import Workspace


def staging_dir(ws: Workspace) -> Path:
    """Recordings and camera shots in progress, before they become evidence."""
    folder = Path(ws.path) / "cache" / "staging"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def new_staging_path(ws: Workspace, prefix: str, suffix: str) -> Path:
    """A fresh file name such as `ghi-am-20261120-084210.m4a` in the staging folder."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    folder = staging_dir(ws)
    path = folder / f"{prefix}-{stamp}{suffix}"
    n = 1
    while path.exists():
        n += 1
        path = folder / f"{prefix}-{stamp}-{n}{suffix}"
    return path


def leftover_recordings(ws: Workspace) -> list[Path]:
    """Recordings left in the staging folder by a session that ended mid-way."""
    return sorted(p for p in staging_dir(ws).iterdir() if p.is_file() and is_audio(p))


# -- a recording in progress: its bookmarks kept beside it -----------------------------
def session_file(recording: Path | str) -> Path:
    recording = Path(recording)
    return recording.with_name(recording.name + ".json")


def save_session(session: dict) -> None:
    """Write a recording's session (path, visit_id, started_at, bookmarks) beside it."""
    session_file(session["path"]).write_text(json.dumps(session, ensure_ascii=False), encoding="utf-8")


def discard_session(session: dict) -> None:
    """Remove a stored recording's staging file and its session."""
    Path(session["path"]).unlink(missing_ok=True)
    session_file(session["path"]).unlink(missing_ok=True)


def leftover_sessions(ws: Workspace, visit_id: str, exclude: str | None = None) -> list[tuple[Path, dict]]:
    """Unsaved recordings of `visit_id` (a recording without a session file is
    taken as this visit's), with their sessions; `exclude` is the one in progress."""
    out = []
    for path in leftover_recordings(ws):
        if exclude and str(path) == exclude:
            continue
        try:
            session = json.loads(session_file(path).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            session = {"visit_id": visit_id, "bookmarks": []}
        session["path"] = str(path)
        try:
            empty = path.stat().st_size == 0
        except OSError:
            continue
        if session.get("visit_id") == visit_id and not empty:
            out.append((path, session))
    return out


def write_tone_wav(path: Path, seconds: float, rate: int = 8000) -> Path:
    """A mono 16-bit WAV of a quiet 440 Hz tone, `seconds` long (at least one sample).

    A recording's file before any sound arrives, and a test's recording."""
    frames = max(1, int(seconds * rate))
    samples = array("h", (int(3000 * math.sin(2 * math.pi * 440 * n / rate)) for n in range(frames)))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(samples.tobytes())
    return path
