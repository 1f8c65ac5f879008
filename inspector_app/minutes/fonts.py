"""The minutes' typeface: Times New Roman from the system, else Liberation Serif 2.

NĐ 30/2020/NĐ-CP asks for Times New Roman. Its files cannot be shipped, so
they are taken from the system (Windows fonts folder, macOS, Linux
msttcorefonts) when all four faces are there; otherwise the metric-compatible
Liberation Serif 2.x shipped in `resources/fonts/` (OFL, licence beside it)
is used. Liberation 1.x lacks Vietnamese letters and is never picked.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from ..paths import resources_dir

FAMILY = "MinutesSerif"
FACES = ("regular", "bold", "italic", "bolditalic")
_TIMES = {"regular": ("times.ttf", "Times New Roman.ttf", "Times_New_Roman.ttf"),
          "bold": ("timesbd.ttf", "Times New Roman Bold.ttf", "Times_New_Roman_Bold.ttf"),
          "italic": ("timesi.ttf", "Times New Roman Italic.ttf", "Times_New_Roman_Italic.ttf"),
          "bolditalic": ("timesbi.ttf", "Times New Roman Bold Italic.ttf", "Times_New_Roman_Bold_Italic.ttf")}
_LIBERATION = {"regular": "LiberationSerif-Regular.ttf", "bold": "LiberationSerif-Bold.ttf",
               "italic": "LiberationSerif-Italic.ttf", "bolditalic": "LiberationSerif-BoldItalic.ttf"}
_NAMES = {"regular": FAMILY, "bold": f"{FAMILY}-Bold", "italic": f"{FAMILY}-Italic",
          "bolditalic": f"{FAMILY}-BoldItalic"}


@dataclass(frozen=True)
class FontSet:
    source: str                 # "times" or "liberation"
    files: dict[str, Path]
    names: dict[str, str]

    @property
    def regular(self) -> str:
        return self.names["regular"]

    @property
    def bold(self) -> str:
        return self.names["bold"]

    @property
    def italic(self) -> str:
        return self.names["italic"]

    @property
    def bolditalic(self) -> str:
        return self.names["bolditalic"]


def system_font_dirs() -> list[Path]:
    dirs = []
    windir = os.environ.get("WINDIR") or os.environ.get("SYSTEMROOT")
    if windir:
        dirs.append(Path(windir) / "Fonts")
    if sys.platform == "win32":
        dirs.append(Path("C:/Windows/Fonts"))
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    dirs += [Path("/Library/Fonts"), Path("/System/Library/Fonts/Supplemental"),
             Path("/usr/share/fonts/truetype/msttcorefonts"), Path.home() / ".fonts"]
    return dirs


def find_times(dirs: list[Path] | None = None) -> dict[str, Path] | None:
    """The four Times New Roman faces, or None unless all four are found."""
    found: dict[str, Path] = {}
    for face, names in _TIMES.items():
        path = next((d / n for d in (dirs if dirs is not None else system_font_dirs())
                     for n in names if (d / n).is_file()), None)
        if path is None:
            return None
        found[face] = path
    return found


def liberation_files() -> dict[str, Path]:
    folder = resources_dir() / "fonts"
    return {face: folder / name for face, name in _LIBERATION.items()}


_registered: dict[tuple, FontSet] = {}


def register(dirs: list[Path] | None = None) -> FontSet:
    """Register the four faces with ReportLab (once) and return their names."""
    times = find_times(dirs)
    source, files = ("times", times) if times else ("liberation", liberation_files())
    key = (source, tuple(str(files[f]) for f in FACES))
    if key in _registered:
        return _registered[key]
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    suffix = "" if source == "liberation" else "-TNR"
    names = {face: name + suffix for face, name in _NAMES.items()}
    for face in FACES:
        pdfmetrics.registerFont(TTFont(names[face], str(files[face])))
    family = FAMILY + suffix
    pdfmetrics.registerFontFamily(family, normal=names["regular"], bold=names["bold"],
                                  italic=names["italic"], boldItalic=names["bolditalic"])
    for bold, italic, face in ((0, 0, "regular"), (1, 0, "bold"), (0, 1, "italic"), (1, 1, "bolditalic")):
        addMapping(names["regular"], bold, italic, names[face])
    fontset = FontSet(source, files, names)
    _registered[key] = fontset
    return fontset
