"""The integrity payload: visit id, minutes version and content SHA-256.

It is printed as a QR code on every page (ReportLab's own QR widget) and
written into the PDF's Subject and Keywords, so `verify` can read it back
from the file and a phone can read it from paper. Upper-case, so the QR uses
the compact alphanumeric mode.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

PREFIX = "INSPECTOR:BB:1"
_PAYLOAD = re.compile(
    r"INSPECTOR:BB:1:([0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}):(\d+):([0-9A-F]{64})",
    re.IGNORECASE)


@dataclass(frozen=True)
class Payload:
    visit_id: str
    version: int
    sha256: str

    def text(self) -> str:
        return f"{PREFIX}:{self.visit_id}:{self.version}:{self.sha256}".upper()


def parse(text: str) -> Payload | None:
    found = _PAYLOAD.search(text)
    if not found:
        return None
    return Payload(found.group(1).lower(), int(found.group(2)), found.group(3).lower())


@functools.lru_cache(maxsize=8)
def modules(text: str, size: float) -> tuple[tuple[float, float, float, float], ...]:
    """The dark modules of the QR code of `text`, `size` points square, as
    rectangles (x, y, w, h) drawn by ReportLab's QR widget (encoded once)."""
    from reportlab.graphics.barcode.qr import QrCodeWidget

    widget = QrCodeWidget(text, barLevel="M", barBorder=2, barWidth=size, barHeight=size)
    return tuple((r.x, r.y, r.width, r.height) for r in widget.draw().contents if r.fillColor is not None)


def draw(canvas, payload: Payload, x: float, y: float, size: float) -> None:
    """Draw the QR code of `payload` with its lower-left corner at (x, y), on
    a white ground (the quiet zone). Drawn straight on the canvas: going
    through renderPDF would pull an unembedded Helvetica into the file."""
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    path = canvas.beginPath()
    for rx, ry, w, h in modules(payload.text(), size):
        path.rect(x + rx, y + ry, w, h)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
