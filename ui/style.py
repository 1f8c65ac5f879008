"""The app's look: the Fusion style, the app's style sheet, the app's icons (ui/icons.py).

`apply_style(app)` is called once, when the QApplication is made (ui/app.py, the
screenshot script); widgets name what they are (`objectName`, or the properties
`heading`, `status` and `banner` of resources/styles/inspector.qss) rather than
carry their own colours, and `set_status` changes a label's status so the sheet
is applied again. Models colour cells with `tint` and `alert_red`, made from the
palette, so a dark palette keeps them readable.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from inspector_app.paths import resources_dir

STYLE_SHEET = resources_dir() / "styles" / "inspector.qss"


def apply_style(app: QApplication) -> None:
    """Fusion (the same look on every system) and the app's style sheet."""
    app.setStyle("Fusion")
    app.setStyleSheet(STYLE_SHEET.read_text(encoding="utf-8"))


def set_status(widget: QWidget, status: str | None) -> None:
    """Give `widget` the sheet's colour for `status` ("ok", "warning", "error"; None: plain).
    The widget's text must say the same: the colour only repeats it."""
    widget.setProperty("status", status or "")
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def set_banner(widget: QWidget, kind: str | None) -> None:
    """Show `widget` as an inline message box ("info", "warning"; None: plain)."""
    widget.setProperty("banner", kind or "")
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def _base() -> tuple[int, int, int, int, int, int]:
    palette = QGuiApplication.palette()
    base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
    return base.red(), base.green(), base.blue(), text.red(), text.green(), text.blue()


@cache
def _tint(rgb: tuple[int, int, int] | None, amount: float, palette: tuple[int, ...]) -> QBrush:
    r, g, b = rgb if rgb is not None else palette[3:]
    return QBrush(QColor(*(round(ground * (1 - amount) + colour * amount)
                           for ground, colour in zip(palette[:3], (r, g, b)))))


def tint(rgb: tuple[int, int, int] | None, amount: float) -> QBrush:
    """`rgb` (None: the palette's text colour) laid over the palette's base at `amount`
    (0 to 1): a cell background the palette's text reads on, light or dark."""
    return _tint(rgb, amount, _base())


@cache
def _red(dark: bool) -> QBrush:
    return QBrush(QColor(255, 120, 110) if dark else QColor(190, 20, 20))


def alert_red() -> QBrush:
    """The red of a shortcoming's text, lighter on a dark base so it is read there too."""
    return _red(QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128)
