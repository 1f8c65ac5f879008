"""The app's one icon set: Tabler Icons (MIT licence, resources/icons/LICENSE), as SVG.

`scripts/icons.py` copies into `resources/icons/` exactly the icons named in
`USED` (and the licence beside them) from the npm package `@tabler/icons`; a
name not in `USED` is a programming error (KeyError), so an icon the app asks
for is always shipped. The files are found through `inspector_app.paths.
resources_dir()`, in the source tree and in the PyInstaller bundle alike, and
drawn from the SVG at the size asked, sharp at any scale (200 % included).

The files say `stroke="currentColor"`; each icon is drawn in the colour of the
application's palette at the moment it is painted (the text colour; the
highlighted text's on a selected row; half way to the background when
disabled), so on a dark palette the icons are light instead of vanishing (issue 12).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from inspector_app.paths import resources_dir

# What each icon is for, by its Tabler name (outline style).
USED = {
    "list-details": "Visits (navigation)",
    "clipboard-check": "Visit (navigation)",
    "file-text": "Minutes (navigation)",
    "arrows-exchange": "Sync (navigation)",
    "books": "Library (navigation)",
    "chart-bar": "Overview at HQ (navigation)",
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


def icon_colour(mode: QIcon.Mode = QIcon.Mode.Normal) -> QColor:
    """The colour an icon is drawn in, in `mode`, from the application's palette now."""
    palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:   # half way to the background: dimmed, yet seen on any palette
        text, ground = palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window)
        return QColor((text.red() + ground.red()) // 2, (text.green() + ground.green()) // 2,
                      (text.blue() + ground.blue()) // 2)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorRole.WindowText)


_ENGINES: list[QIconEngine] = []   # Qt holds the engines by pointer: keep their Python side alive


class _PaletteSvg(QIconEngine):
    """An SVG whose `currentColor` is the palette's colour for the mode it is drawn in."""

    def __init__(self, svg: str) -> None:
        super().__init__()
        self.svg = svg
        self._renderers: dict[str, QSvgRenderer] = {}

    def _renderer(self, mode: QIcon.Mode) -> QSvgRenderer:
        colour = icon_colour(mode).name()
        if colour not in self._renderers:
            self._renderers[colour] = QSvgRenderer(QByteArray(self.svg.replace("currentColor", colour).encode()))
        return self._renderers[colour]

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        self._renderer(mode).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size

    def clone(self) -> QIconEngine:
        engine = _PaletteSvg(self.svg)
        _ENGINES.append(engine)
        return engine


@cache
def icon(name: str) -> QIcon:
    """Icon `name` of the app's set (a Tabler outline icon), drawn from its SVG in the palette's colour."""
    with open(icon_path(name), encoding="utf-8") as svg:
        engine = _PaletteSvg(svg.read())
    _ENGINES.append(engine)
    return QIcon(engine)
