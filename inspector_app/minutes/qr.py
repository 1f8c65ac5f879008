"""The integrity payload: visit id, minutes version and content SHA-256.

It is printed as a QR code on every page (ReportLab's own QR widget) and
written into the PDF's Subject and Keywords, so `verify` can read it back
from the file and a phone can read it from paper. Upper-case, so the QR uses
the compact alphanumeric mode.
"""

from __future__ import annotations

import base64
import functools
import re
import uuid
from dataclasses import dataclass

PREFIX = "INSPECTOR:BB:1"
COMPACT = "INSP:BB2"
_COMPACT = re.compile(r"INSP:BB2:([A-Z2-7]{26}):(\d+):([A-Z2-7]{52})")
_PAYLOAD = re.compile(
    r"INSPECTOR:BB:1:([0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}):(\d+):([0-9A-F]{64})",
    re.IGNORECASE)


@dataclass(frozen=True)
class Payload:
    visit_id: str
    version: int
    sha256: str

    def text(self) -> str:
        """The form written in the PDF's metadata (hexadecimal, with the id's hyphens)."""
        return f"{PREFIX}:{self.visit_id}:{self.version}:{self.sha256}".upper()

    def qr_text(self) -> str:
        """The compact form the QR code holds: the id and the hash in base 32 (letters
        and digits the QR's alphanumeric mode stores in 5.5 bits), 90 characters: a
        version-4 code whose modules are large enough to read from a 150 dpi copy."""
        visit = base64.b32encode(uuid.UUID(self.visit_id).bytes).decode("ascii").rstrip("=")
        sha = base64.b32encode(bytes.fromhex(self.sha256)).decode("ascii").rstrip("=")
        return f"{COMPACT}:{visit}:{self.version}:{sha}"


def parse(text: str) -> Payload | None:
    """The payload in `text`, in either form (metadata or QR code); None when there is none."""
    found = _PAYLOAD.search(text)
    if found:
        return Payload(found.group(1).lower(), int(found.group(2)), found.group(3).lower())
    found = _COMPACT.search(text)
    if not found:
        return None
    try:
        visit = uuid.UUID(bytes=base64.b32decode(found.group(1) + "======"))
        sha = base64.b32decode(found.group(3) + "====").hex()
    except (ValueError, TypeError):
        return None
    return Payload(str(visit), int(found.group(2)), sha)


@functools.lru_cache(maxsize=8)
def modules(text: str, size: float) -> tuple[tuple[float, float, float, float], ...]:
    """The dark modules of the QR code of `text`, `size` points square without its
    quiet zone, as rectangles (x, y, w, h) drawn by ReportLab's QR widget (encoded once)."""
    from reportlab.graphics.barcode.qr import QrCodeWidget

    widget = QrCodeWidget(text, barLevel="M", barBorder=0, barWidth=size, barHeight=size)
    return tuple((r.x, r.y, r.width, r.height) for r in widget.draw().contents if r.fillColor is not None)


@functools.lru_cache(maxsize=8)
def module_count(text: str) -> int:
    """Modules on a side of the QR code of `text` (encoded once, as `modules`)."""
    from reportlab.graphics.barcode.qr import QrCodeWidget

    widget = QrCodeWidget(text, barLevel="M", barBorder=0)
    widget.draw()
    return widget.qr.getModuleCount()


def draw(canvas, payload: Payload, x: float, y: float, size: float) -> None:
    """Draw the QR code of `payload`, its dark modules in the `size` square whose
    lower-left corner is (x, y), on a white ground four modules wider on every
    side (the quiet zone; the caller leaves that room free of print). Drawn
    straight on the canvas: going through renderPDF would pull an unembedded
    Helvetica into the file."""
    text = payload.qr_text()
    quiet = 4 * size / module_count(text)
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x - quiet, y - quiet, size + 2 * quiet, size + 2 * quiet, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    path = canvas.beginPath()
    for rx, ry, w, h in modules(text, size):
        path.rect(x + rx, y + ry, w, h)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
