"""The watched folder: which images appeared (or changed) since the last look. Files only."""

from __future__ import annotations

import os
import time
from pathlib import Path

from ..errors import InspectorError
from .kinds import is_image


def folder_snapshot(folder: Path | str, max_depth: int = 3) -> dict[str, list[int]]:
    """Every image under `folder` now: relative path → [size, mtime_ns]."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InspectorError("watch_folder_missing", path=str(folder))
    out: dict[str, list[int]] = {}
    base_depth = len(folder.parts)
    for root, dirs, files in os.walk(folder):
        if len(Path(root).parts) - base_depth >= max_depth:
            dirs[:] = []
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if name.startswith(".") or not is_image(name):
                continue
            path = Path(root) / name
            try:
                stat = path.stat()
            except OSError:
                continue  # removed meanwhile
            out[path.relative_to(folder).as_posix()] = [stat.st_size, stat.st_mtime_ns]
    return out


def scan_new_images(folder: Path | str, seen: dict[str, list[int]], *, settle_seconds: float = 2.0,
                    now: float | None = None, max_depth: int = 3) -> tuple[list[Path], dict[str, list[int]]]:
    """Images in `folder` not in `seen` (or changed since), and `seen` updated with them.

    A file modified less than `settle_seconds` ago may still be being copied: it is
    left out (and out of the new state) so the next scan offers it."""
    now = time.time() if now is None else now
    current = folder_snapshot(folder, max_depth)
    state = {k: v for k, v in seen.items() if k in current}
    new = []
    for rel, signature in sorted(current.items()):
        if seen.get(rel) == signature:
            continue
        if now - signature[1] / 1e9 < settle_seconds:
            continue
        new.append(Path(folder) / rel)
        state[rel] = signature
    return new, state
