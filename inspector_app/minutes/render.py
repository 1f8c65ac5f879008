"""Rendering the minutes PDF (ReportLab) from a content dict and a template.

A pure function of its inputs: it reads no database, so the UI runs it in a
worker thread. The output is reproducible (ReportLab's invariant mode): the
same content, template, fonts and photos give the same bytes.
"""

from __future__ import annotations

import base64
import io
import time
import zlib
from dataclasses import dataclass
from pathlib import Path

from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from ..oplog import canonical, digest
from ..progress import Cancelled, NullProgress, Progress
from . import appendix, fonts, layout, photos, qr
from .story import Story
from .values import number_text, title_of


@dataclass(frozen=True)
class Rendered:
    pdf: bytes
    sha256: str                 # of the canonical content, as in the QR code
    payload: str
    pages: int
    seconds: float
    downscale_seconds: float
    photos: int
    downscaled: int = 0         # print copies made by this rendering (0 when all were made at ingest)


class _Doc(BaseDocTemplate):
    def __init__(self, *args, progress: Progress, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.progress = progress

    def afterFlowable(self, flowable) -> None:
        if self.progress.cancelled():
            raise Cancelled()


def embedded(content: dict) -> str:
    """The canonical content as stored in the PDF: zlib, then base64."""
    return base64.b64encode(zlib.compress(canonical(content), 9)).decode("ascii")


def payload_of(content: dict, sha256: str | None = None) -> qr.Payload:
    return qr.Payload(content["facts"]["visit"]["id"], content["minutes"]["version"], sha256 or digest(content))


def render_pdf(content: dict, template: dict, photo_files: dict[str, Path], cache_dir: Path,
               progress: Progress | None = None, font_dirs: list[Path] | None = None,
               draft: bool = False) -> Rendered:
    """The minutes PDF of `content`. With `draft`, a preview of minutes not
    ready to sign: "DỰ THẢO" across every page, and neither the QR code nor the
    embedded content, so it is never taken for (or signed as) the minutes.
    `photo_files` maps a photo's SHA-256 to its original; the print-size copies
    made at ingest are read from `cache_dir`, any missing one (a photo that
    arrived by sync) is made there once."""
    progress = progress or NullProgress()
    start = time.perf_counter()
    fontset = fonts.register(font_dirs)
    sha = digest(content)
    payload = None if draft else payload_of(content, sha)
    wanted = {p["sha256"]: photo_files[p["sha256"]] for p in content["facts"]["photos"]
              if p["sha256"] in photo_files}
    steps = len(wanted) + 2
    progress.report(0, steps, "Chuẩn bị ảnh in")

    def photo_done(done: int, total: int) -> None:
        progress.report(done, steps, f"Ảnh {done}/{total}")
        if progress.cancelled():
            raise Cancelled()

    downscale_start = time.perf_counter()
    copies, _, made = photos.print_copies(wanted, cache_dir, photo_done)
    downscale = time.perf_counter() - downscale_start
    sizes = {sha256: _size(path) for sha256, path in copies.items()}
    progress.report(len(wanted) + 1, steps, "Dàn trang")

    st = layout.styles(fontset)
    story = Story(content, template, st, fontset, appendix.make(copies, sizes)).build()
    buffer = io.BytesIO()
    unit = content["facts"]["unit"]["name"]
    title = title_of(content, template)
    mark = payload.text() if payload else ""
    doc = _Doc(buffer, pagesize=(layout.PAGE_W, layout.PAGE_H), leftMargin=layout.LEFT, rightMargin=layout.RIGHT,
               topMargin=layout.TOP, bottomMargin=layout.BOTTOM, invariant=1, progress=progress,
               title=(f"{layout.DRAFT_MARK} – " if draft else "")
               + f"{title} số {number_text(content, template)} – {unit}",
               author=(content["facts"].get("team") or {}).get("name") or "Inspector",
               subject=mark, keywords=mark, creator="Inspector")
    frame = Frame(layout.LEFT, layout.BOTTOM, layout.TEXT_W, layout.TEXT_H, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    if draft:
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPageEnd=layout.watermark(fontset))])
    else:
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    pages: list[int] = []
    maker = layout.canvas_maker(fontset, template.get("footer", {}), payload,
                                "" if draft else embedded(content), pages.append)
    doc.build(story, canvasmaker=maker)
    progress.report(steps, steps, "")
    return Rendered(buffer.getvalue(), sha, mark, len(pages), time.perf_counter() - start,
                    downscale, len(copies), made)


def _size(path: Path) -> tuple[int, int]:
    from PIL import Image

    with Image.open(path) as image:
        return image.size
