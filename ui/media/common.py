"""What the evidence widgets share: roles, formatting, icons, placeholders, messages."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QLabel

from inspector_app.errors import InspectorError
from inspector_app.text import moment

from ..style import set_banner

ID_ROLE = Qt.ItemDataRole.UserRole
"""The media (or link) id of a row."""
STATE_ROLE = Qt.ItemDataRole.UserRole + 1
"""A photo's thumbnail state: one of LOADING, READY, MISSING, UNREADABLE."""
LINKED_ROLE = Qt.ItemDataRole.UserRole + 2
"""Whether the photo is linked to the current item or finding (bool)."""
OFFSET_ROLE = Qt.ItemDataRole.UserRole + 3
"""A bookmark's offset in milliseconds."""

LOADING, READY, MISSING, UNREADABLE = "loading", "ready", "missing", "unreadable"

def error_text(err: BaseException, lang: str) -> str:
    """The user-facing words for `err` (core errors carry their own Vietnamese)."""
    if isinstance(err, InspectorError):
        return err.message(lang)
    return QCoreApplication.translate("Evidence", "Unexpected error: %1").replace("%1", str(err))


def format_ms(ms: int | None) -> str:
    """12345 → "00:12"; an hour or more → "1:02:03"; None → "—"."""
    if ms is None:
        return "—"
    seconds = max(0, int(ms)) // 1000
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes:02d}:{seconds:02d}"


def format_captured(iso: str | None, short: bool = False) -> str:
    """"2026-11-20T08:42:10" → "20/11/2026 08:42" (the core's `text.moment`; short: "20/11 08:42");
    "" for None."""
    if not iso or len(iso) < 16:
        return ""
    return moment(iso)[:5] + " " + iso[11:16] if short else moment(iso)


def target_label(ws, kind: str | None, target_id: str | None, lang: str = "vi") -> str:
    """How an item, finding or request is named on screen ("A1 — Tiêu chí…")."""
    if not kind or not target_id:
        return QCoreApplication.translate("Evidence", "No item selected")
    if kind == "visit":
        return QCoreApplication.translate("Evidence", "The whole visit")
    row = ws.media.target(kind, target_id)
    if row is None:
        return QCoreApplication.translate("Evidence", "(deleted)")
    if kind == "item":
        return f"{row.get('code') or ''} — {row.get('text') or ''}".strip(" —")
    if kind == "finding":
        return QCoreApplication.translate("Evidence", "Finding: %1").replace("%1", row.get("text") or "")
    if kind == "request":
        return QCoreApplication.translate("Evidence", "Request: %1").replace("%1", row.get("text") or "")
    return QCoreApplication.translate("Evidence", "Row %1").replace("%1", str((row.get("position") or 0) + 1))


def dot_icon(color: str = "#d32f2f", square: bool = False) -> QIcon:
    """A round (record) or square (stop) glyph drawn in `color`."""
    pixmap = QPixmap(64, 64)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(color))
    if square:
        painter.drawRoundedRect(QRectF(14, 14, 36, 36), 4, 4)
    else:
        painter.drawEllipse(QRectF(10, 10, 44, 44))
    painter.end()
    return QIcon(pixmap)


def placeholder(state: str, size: QSize) -> QPixmap:
    """A grey card with a symbol: loading (hourglass-like), missing or unreadable (warning)."""
    pixmap = QPixmap(size)
    pixmap.fill(QColor("#e7e7e7") if state == LOADING else QColor("#f6e3e1"))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    side = min(size.width(), size.height()) // 3
    centre = QPointF(size.width() / 2, size.height() / 2)
    if state == LOADING:
        painter.setPen(QPen(QColor("#9e9e9e"), max(2, side // 10)))
        painter.drawEllipse(centre, side / 2, side / 2)
        painter.drawLine(centre, centre + QPointF(0, -side / 3))
        painter.drawLine(centre, centre + QPointF(side / 4, 0))
    else:
        path = QPainterPath()
        path.moveTo(centre + QPointF(0, -side / 2))
        path.lineTo(centre + QPointF(side / 2, side / 2))
        path.lineTo(centre + QPointF(-side / 2, side / 2))
        path.closeSubpath()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#c62828"))
        painter.drawPath(path)
        painter.setPen(QPen(QColor("white"), max(2, side // 9)))
        painter.drawLine(centre + QPointF(0, -side / 6), centre + QPointF(0, side / 5))
        painter.drawPoint(centre + QPointF(0, side / 3))
    painter.end()
    return pixmap


def tile(pixmap: QPixmap, side: int, badge: bool = False) -> QPixmap:
    """`pixmap` centred on a transparent square of `side` pixels (so every thumbnail
    has the same size and caption line), with a green check badge in the photo's
    top-right corner when `badge` (linked to the current item)."""
    out = QPixmap(side, side)
    out.fill(Qt.GlobalColor.transparent)
    scaled = pixmap
    if pixmap.width() > side or pixmap.height() > side:
        scaled = pixmap.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                               Qt.TransformationMode.SmoothTransformation)
    left, top = (side - scaled.width()) // 2, (side - scaled.height()) // 2
    painter = QPainter(out)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.drawPixmap(left, top, scaled)
    if badge:
        _badge(painter, left + scaled.width(), top, side)
    painter.end()
    return out


def _badge(painter: QPainter, right: int, top: int, side: int) -> None:
    radius = max(12, side // 9)
    centre = QPointF(right - radius - 6, top + radius + 6)
    painter.setPen(QPen(QColor("white"), max(2, radius // 5)))
    painter.setBrush(QColor("#2e7d32"))
    painter.drawEllipse(centre, radius, radius)
    painter.setPen(QPen(QColor("white"), max(3, radius // 3.5), Qt.PenStyle.SolidLine,
                        Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
    painter.drawPolyline([centre + QPointF(-radius * 0.45, 0), centre + QPointF(-radius * 0.1, radius * 0.4),
                          centre + QPointF(radius * 0.5, -radius * 0.35)])


class Banner(QLabel):
    """An inline message (no modal box): information or a warning saying what to do."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setContentsMargins(8, 6, 8, 6)
        self.hide()

    def show_message(self, text: str, warning: bool = False) -> None:
        self.setProperty("warning", warning)
        set_banner(self, "warning" if warning else "info")   # the sheet's colours; the text says it
        self.setText(text)
        self.show()

    def clear_message(self) -> None:
        self.setText("")
        self.hide()


def expand_paths(paths) -> list[Path]:
    """Files as given; a folder gives the files directly inside it."""
    out = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            out.extend(sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith(".")))
        else:
            out.append(path)
    return out


def heading(text: str) -> QLabel:
    """A bold label over a list."""
    label = QLabel(text)
    label.setProperty("heading", True)     # the style sheet's heading size
    return label
