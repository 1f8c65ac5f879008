"""The app's one icon set: Tabler Icons (MIT licence, resources/icons/LICENSE), as SVG.

`scripts/icons.py` copies into `resources/icons/` exactly the icons named in
`USED` (and the licence beside them) from the npm package `@tabler/icons`; a
name not in `USED` is a programming error (KeyError), so an icon the app asks
for is always shipped. The files are found through `inspector_app.paths.
resources_dir()`, in the source tree and in the PyInstaller bundle alike, and
drawn by Qt's SVG icon engine, sharp at any scale (200 % included).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from inspector_app.paths import resources_dir

# What each icon is for, by its Tabler name (outline style).
USED = {
    "list-details": "Visits (navigation)",
    "clipboard-check": "Visit (navigation)",
    "file-text": "Minutes (navigation)",
    "arrows-exchange": "Sync (navigation)",
    "books": "Library (navigation)",
    "plus": "new / add",
    "pencil": "edit",
    "trash": "delete / remove",
    "users-plus": "add the team's members",
    "settings": "settings",
    "logout": "quit",
    "keyboard": "keyboard shortcuts",
    "arrow-back-up": "undo",
    "arrow-forward-up": "redo",
    "photo-plus": "import photos",
    "paperclip": "attach to the item",
    "camera": "take a photo",
    "link": "link to the item",
    "unlink": "unlink",
    "eye": "view",
    "chevron-left": "previous",
    "chevron-right": "next",
    "chevron-up": "previous page",
    "chevron-down": "next page",
    "alert-triangle": "missing file / warning",
    "microphone": "a recording",
    "bookmark": "bookmark",
    "file-music": "attach recordings",
    "player-play": "play",
    "player-stop": "stop",
    "player-record": "record",
    "flag": "arrived — start",
    "clock-edit": "correct the arrival time",
    "circle-check": "conclude",
    "rotate": "reopen",
    "info-circle": "visit details",
    "file-plus": "start an amendment",
    "upload": "export",
    "download": "import",
    "folder-open": "choose a folder",
}


def icon_path(name: str) -> str:
    """The SVG file of icon `name` (KeyError for a name not in USED)."""
    if name not in USED:
        raise KeyError(f"icon {name!r} is not in ui.icons.USED (add it, then run scripts/icons.py)")
    return str(resources_dir() / "icons" / f"{name}.svg")


@cache
def icon(name: str) -> QIcon:
    """Icon `name` of the app's set (a Tabler outline icon), drawn from its SVG."""
    return QIcon(icon_path(name))
