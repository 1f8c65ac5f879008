"""The appendix: evidence photos (print-size copies) with captions, and the
list of audio recordings the results refer to."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Image, KeepTogether, PageBreak, Paragraph, Spacer, Table

from . import words
from .layout import TEXT_W, grid

PHOTO_MAX_H = 100 * mm


class AppendixStart(Flowable):
    """Marks the page the appendix starts on: its pages are numbered on their own
    (NĐ 30/2020), the first one unnumbered (layout.decorate reads the mark)."""

    def wrap(self, avail_w, avail_h):
        return 0, 0

    def draw(self):
        if getattr(self.canv, "appendix_page", None) is None:
            self.canv.appendix_page = self.canv.getPageNumber()


def caption(photo: dict) -> str:
    """"Ảnh 1. Tiêu chí A3 (chụp lúc 08:17 ngày 02/11/2026)": short, the item named by its
    code (the results table says the rest); a caption typed for the photo is kept whole."""
    text = f"Ảnh {photo['n']}"
    if photo.get("caption"):
        text += f". {photo['caption'].rstrip('.')}"
    if photo.get("captured_at"):
        taken = photo["captured_at"]
        text += f" (chụp lúc {words.clock(taken)} ngày {words.date_short(taken)})"
    return text


def make(copies: dict[str, Path], sizes: dict[str, tuple[int, int]]):
    """A section builder for `Story` bound to the print copies ({sha256: file})."""

    def build(story, section: dict) -> list:
        facts, st = story.facts, story.st
        photos, audio = facts["photos"], facts["audio"]
        if not photos and not audio:
            return []
        out = [PageBreak(), AppendixStart()]
        if section.get("appendix"):
            out.append(Paragraph(escape(section["appendix"]), st.title.clone("appendix", spaceBefore=0)))
        if section.get("heading"):
            out.append(Paragraph(escape(section["heading"].upper()), st.subject))
        if section.get("attached"):
            out.append(Paragraph(escape(story.fill(section["attached"])), st.center_italic))
        for photo in photos:
            path = copies.get(photo["sha256"])
            if path is None:
                out.append(Paragraph(escape(caption(photo) + ": không đọc được tệp ảnh."), st.caption))
                continue
            w, h = sizes[photo["sha256"]]
            scale = min(TEXT_W / w, PHOTO_MAX_H / h)
            image = Image(str(path), width=w * scale, height=h * scale)
            out.append(KeepTogether([image, Paragraph(escape(caption(photo)), st.caption)]))
        if audio:
            out += [CondPageBreak(40 * mm), Spacer(1, 6)]
            if section.get("audio_heading"):
                out.append(Paragraph(escape(section["audio_heading"]), st.heading2))
            out.append(audio_table(audio, st, story.labels))
        return out

    return build


def audio_table(audio: list[dict], st, labels: dict) -> Table:

    rows = [[Paragraph(escape(h), st.cell_head) for h in
             (labels.get("audio", "Ghi âm"), "Tệp", "Thời lượng", "Mã SHA-256")]]
    for a in audio:
        duration = words.offset(a["duration_ms"]) if a.get("duration_ms") else "—"
        rows.append([Paragraph(f"{escape(labels.get('audio', 'Ghi âm'))} {a['n']}", st.cell),
                     Paragraph(escape(a.get("name", "")), st.cell),
                     Paragraph(duration, st.cell_center),
                     Paragraph(a["sha256"][:16] + "…", st.cell)])
    return Table(rows, colWidths=[25 * mm, 65 * mm, 25 * mm, TEXT_W - 115 * mm], repeatRows=1,
                 style=grid(st.cell.fontName))
