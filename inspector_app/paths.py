"""Where things are: bundled resources and the default workspace."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    """`resources/` of the source tree, or of a PyInstaller bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def default_workspace() -> Path:
    """`INSPECTOR_WORKSPACE`, else the platform's user data dir."""
    env = os.environ.get("INSPECTOR_WORKSPACE")
    if env:
        return Path(env)
    import platformdirs  # only when no workspace is given: keeps start-up short

    return Path(platformdirs.user_data_dir("Inspector", appauthor=False)) / "workspace"


def fsync_dir(path: Path) -> None:
    """Make a folder's new or renamed entries durable (POSIX; elsewhere the
    file system does it with the file)."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
