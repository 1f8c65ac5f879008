"""The app's look: the Fusion style, the app's style sheet, the app's icons (ui/icons.py).

`apply_style(app)` is called once, when the QApplication is made (ui/app.py, the
screenshot script); widgets name what they are (`objectName`, or the properties
`heading`, `status` and `banner` of resources/styles/inspector.qss) rather than
carry their own colours, and `set_status` changes a label's status so the sheet
is applied again.
"""

from __future__ import annotations

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
