"""Page geometry, paragraph styles and the fixed parts of every page.

NĐ 30/2020/NĐ-CP, Phụ lục I: A4 portrait; margins top 20 mm, bottom 25 mm
(room for the footer), left 30 mm, right 15 mm; page numbers from page 2,
centred in the top margin; body 13 pt, justified, first-line indent 1 cm,
6 pt between paragraphs. Every page also carries a footer "Trang x/y" with
boxes for initials and the integrity QR code, drawn once the page count is
known.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfdoc import PDFDate, PDFDictionary, PDFInfo, PDFName, PDFString
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, TableStyle

from . import qr
from .fonts import FontSet
from .template import fill

PAGE_W, PAGE_H = A4
TOP, BOTTOM, LEFT, RIGHT = 20 * mm, 25 * mm, 30 * mm, 15 * mm
TEXT_W = PAGE_W - LEFT - RIGHT
TEXT_H = PAGE_H - TOP - BOTTOM
# The QR code's dark modules: over 8 mm from the paper's bottom edge, its quiet zone (4 modules
# of a version-4 code, 1.8 mm) ending where the text begins, 25 mm up (qr.Payload.qr_text).
QR_SIZE = 14.4 * mm
QR_Y = 8.3 * mm
BODY, SMALL = 13, 12
INDENT = 10 * mm


@dataclass
class Styles:
    body: ParagraphStyle
    basis: ParagraphStyle
    item: ParagraphStyle
    heading1: ParagraphStyle
    heading2: ParagraphStyle
    title: ParagraphStyle
    subject: ParagraphStyle
    center: ParagraphStyle
    center_italic: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    cell_head: ParagraphStyle
    small_cell: ParagraphStyle
    small_head: ParagraphStyle
    sign_title: ParagraphStyle
    sign_note: ParagraphStyle
    sign_name: ParagraphStyle
    caption: ParagraphStyle
    blank: ParagraphStyle
    recipients_head: ParagraphStyle
    recipients: ParagraphStyle


def styles(fonts: FontSet) -> Styles:
    def style(name, size=BODY, font=fonts.regular, **kw):
        kw.setdefault("leading", round(size * 1.2, 1))
        return ParagraphStyle(name, fontName=font, fontSize=size, textColor=colors.black, **kw)

    body = style("body", alignment=TA_JUSTIFY, firstLineIndent=INDENT, spaceAfter=6)
    return Styles(
        body=body,
        # Paragraphs at least 6 pt apart (NĐ 30/2020); headings are kept with what
        # follows by flow.keep_headings, not keepWithNext (which a page break between defeats).
        basis=style("basis", font=fonts.italic, alignment=TA_JUSTIFY, firstLineIndent=INDENT, spaceAfter=6),
        item=style("item", alignment=TA_JUSTIFY, firstLineIndent=INDENT, spaceAfter=6),
        heading1=style("heading1", font=fonts.bold, alignment=TA_LEFT, firstLineIndent=INDENT,
                       spaceBefore=6, spaceAfter=6),
        heading2=style("heading2", font=fonts.bold, alignment=TA_LEFT, firstLineIndent=INDENT,
                       spaceBefore=6, spaceAfter=6),
        title=style("title", size=14, font=fonts.bold, alignment=TA_CENTER, spaceBefore=18, leading=17),
        subject=style("subject", size=14, font=fonts.bold, alignment=TA_CENTER, leading=17),
        center=style("center", alignment=TA_CENTER, spaceAfter=3),
        center_italic=style("center_italic", font=fonts.italic, alignment=TA_CENTER, spaceAfter=8),
        cell=style("cell", size=SMALL, leading=14),
        cell_center=style("cell_center", size=SMALL, leading=14, alignment=TA_CENTER),
        cell_head=style("cell_head", size=SMALL, font=fonts.bold, leading=14, alignment=TA_CENTER),
        small_cell=style("small_cell", size=11, leading=13),
        small_head=style("small_head", size=11, font=fonts.bold, leading=13, alignment=TA_CENTER),
        sign_title=style("sign_title", font=fonts.bold, alignment=TA_CENTER, leading=15),
        sign_note=style("sign_note", size=SMALL, font=fonts.italic, alignment=TA_CENTER),
        sign_name=style("sign_name", font=fonts.bold, alignment=TA_CENTER),
        caption=style("caption", size=SMALL, font=fonts.italic, alignment=TA_CENTER, spaceBefore=3, spaceAfter=10),
        blank=style("blank", alignment=TA_LEFT, spaceAfter=6),
        recipients_head=style("recipients_head", size=12, font=fonts.bolditalic, alignment=TA_LEFT),
        recipients=style("recipients", size=11, alignment=TA_LEFT, leading=13),
    )


class Rule(Flowable):
    """A centred solid rule of a given length (under the subject line)."""

    def __init__(self, length: float, space_before: float = 5, space_after: float = 4) -> None:
        super().__init__()
        self.length, self.space_before, self.space_after = length, space_before, space_after

    def wrap(self, avail_w, avail_h):
        self.avail_w = avail_w
        return avail_w, self.space_before + self.space_after + 0.6

    def draw(self):
        x = (self.avail_w - self.length) / 2
        self.canv.setLineWidth(0.6)
        self.canv.line(x, self.space_after, x + self.length, self.space_after)


def balanced(text: str, font: str, size: float, width: float) -> list[str]:
    """`text` in as few centred lines as fit `width`, two lines of similar
    length rather than a long line and a stray word ("ĐOÀN KIỂM TRA / CÔNG VỤ SỐ 1")."""
    lines = simpleSplit(text, font, size, width)
    if len(lines) != 2:
        return lines
    words = text.split()
    splits = [(" ".join(words[:k]), " ".join(words[k:])) for k in range(1, len(words))]
    fitting = [pair for pair in splits if max(stringWidth(x, font, size) for x in pair) <= width]
    return list(min(fitting, key=lambda pair: max(stringWidth(x, font, size) for x in pair))) if fitting else lines


class Header(Flowable):
    """The header block: parent body and issuer on the left with the short
    rule and "Số: …"; Quốc hiệu and Tiêu ngữ on the right, the rule under
    Tiêu ngữ exactly as long as the text, then place and date in words."""

    NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    MOTTO = "Độc lập - Tự do - Hạnh phúc"

    def __init__(self, fonts: FontSet, parent: str, issuer: str, number: str, place_date: str) -> None:
        super().__init__()
        self.fonts = fonts
        self.parent, self.issuer, self.number, self.place_date = parent.upper(), issuer.upper(), number, place_date
        nation_w = stringWidth(self.NATION, fonts.bold, 12.5)
        self.right_w = max(TEXT_W * 0.6, nation_w + 4 * mm)
        self.left_w = TEXT_W - self.right_w
        self.parent_lines = balanced(self.parent, fonts.regular, 12.5, self.left_w - 2 * mm) if parent else []
        self.issuer_lines = balanced(self.issuer, fonts.bold, 12.5, self.left_w - 2 * mm)
        self.lead = 15
        left = (len(self.parent_lines) + len(self.issuer_lines)) * self.lead
        self.top_block = max(left, 2 * self.lead) + 10
        self.height = self.top_block + self.lead + 4

    def wrap(self, avail_w, avail_h):
        return TEXT_W, self.height

    def _centered(self, text, font, size, cx, y):
        self.canv.setFont(font, size)
        self.canv.drawCentredString(cx, y, text)

    def draw(self):
        c, f = self.canv, self.fonts
        c.setFillColor(colors.black)
        c.setStrokeColor(colors.black)
        c.setLineWidth(0.6)
        top = self.height - 12
        lx, rx = self.left_w / 2, self.left_w + self.right_w / 2
        y = top
        for line in self.parent_lines:
            self._centered(line, f.regular, 12.5, lx, y)
            y -= self.lead
        widest = 0.0
        for line in self.issuer_lines:
            self._centered(line, f.bold, 12.5, lx, y)
            widest = max(widest, stringWidth(line, f.bold, 12.5))
            y -= self.lead
        rule = widest * 0.4                                   # 1/3 – 1/2 of the issuer's name
        c.line(lx - rule / 2, y + self.lead - 6, lx + rule / 2, y + self.lead - 6)
        self._centered(self.NATION, f.bold, 12.5, rx, top)
        self._centered(self.MOTTO, f.bold, 13.5, rx, top - self.lead)
        motto_w = stringWidth(self.MOTTO, f.bold, 13.5)       # the rule is exactly as long as the text
        ry = top - self.lead - 4
        c.line(rx - motto_w / 2, ry, rx + motto_w / 2, ry)
        number_y = self.height - self.top_block - self.lead + 4
        self._centered(self.number, f.regular, 13, lx, number_y)
        if self.place_date:
            self._centered(self.place_date, f.italic, 13, rx, number_y)


class Info(PDFInfo):
    """The document information dictionary, plus the canonical content
    (zlib + base64) under /InspectorContent so `verify` can say what differs."""

    inspector_content = ""

    def format(self, document):
        entries = {"Title": PDFString(self.title), "Author": PDFString(self.author),
                   "Producer": PDFString(self.producer), "Creator": PDFString(self.creator),
                   "Subject": PDFString(self.subject), "Keywords": PDFString(self.keywords),
                   "Trapped": PDFName(self.trapped)}
        entries["ModDate"] = entries["CreationDate"] = PDFDate(ts=document._timeStamp,
                                                               dateFormatter=self._dateFormatter)
        if self.inspector_content:
            entries["InspectorContent"] = PDFString(self.inspector_content)
        return PDFDictionary(entries).format(document)


def canvas_maker(fonts: FontSet, footer: dict, payload: qr.Payload | None, embedded: str, on_page=None):
    """A Canvas class that holds pages back until the total is known, then
    draws the page number (from page 2), the footer and the QR code on each."""

    class MinutesCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            kwargs["initialFontName"] = kwargs.get("initialFontName") or fonts.regular  # no unembedded Helvetica
            super().__init__(*args, **kwargs)
            info = Info()
            if embedded:                        # a draft preview carries no content to verify
                info.inspector_content = embedded
            self._doc.info = info
            self._held: list[dict] = []

        def showPage(self):
            self._held.append(dict(self.__dict__))
            if on_page:
                on_page(len(self._held))
            self._startPage()

        def save(self):
            total = len(self._held)
            appendix = next((n for n, state in enumerate(self._held, 1) if state.get("appendix_page")), None)
            for number, state in enumerate(self._held, 1):
                self.__dict__.update(state)
                # The appendix's pages are numbered on their own; the footer counts every page.
                shown = number - appendix + 1 if appendix and number >= appendix else number
                decorate(self, fonts, footer, payload, number, total, shown)
                Canvas.showPage(self)
            Canvas.save(self)

    return MinutesCanvas


def decorate(c: Canvas, fonts: FontSet, footer: dict, payload: qr.Payload | None, page: int, pages: int,
             shown: int | None = None) -> None:
    """The page number `shown` at the top (none on a first page: of the minutes or of
    the appendix), "Trang page/pages" and the initials boxes at the foot, the QR code."""
    shown = page if shown is None else shown
    c.saveState()
    c.setFillColor(colors.black)
    c.setStrokeColor(colors.black)
    if shown > 1:
        c.setFont(fonts.regular, 13)
        c.drawCentredString(LEFT + TEXT_W / 2, PAGE_H - 13 * mm, str(shown))
    c.setFont(fonts.regular, 10)
    c.drawString(LEFT, 11 * mm, fill(footer.get("page", "Trang {page}/{pages}"), {"page": page, "pages": pages}))
    boxes = footer.get("initial_boxes") or []
    x = LEFT + 27 * mm
    if boxes:
        c.setFont(fonts.bolditalic, 10)
        c.drawString(x, 11 * mm, footer.get("initials", ""))
        x += stringWidth(footer.get("initials", ""), fonts.bolditalic, 10) + 3 * mm
        c.setLineWidth(0.4)
        for label in boxes:
            c.rect(x, 6 * mm, 30 * mm, 11 * mm, stroke=1, fill=0)
            c.setFont(fonts.italic, 7.5)
            c.drawString(x + 1.2 * mm, 14.2 * mm, label)
            x += 33 * mm
    if payload is not None:                 # none on a draft preview: it can never pass for the minutes
        qr.draw(c, payload, PAGE_W - RIGHT - QR_SIZE, QR_Y, QR_SIZE)
    c.restoreState()


DRAFT_MARK = "DỰ THẢO"


def watermark(fonts: FontSet, text: str = DRAFT_MARK):
    """A page callback drawing `text` large and diagonal across the page, over the
    page's content (shaded rows and photos would hide it underneath) in a
    translucent grey, so the text under it stays readable (a draft preview)."""

    def draw(c: Canvas, _doc) -> None:
        c.saveState()
        c.setFillColor(colors.Color(0.45, 0.45, 0.45))
        c.setFillAlpha(0.22)
        c.translate(PAGE_W / 2, PAGE_H / 2)
        c.rotate(55)
        size = 110
        c.setFont(fonts.bold, size)
        c.drawCentredString(0, -size / 3, text)
        c.restoreState()

    return draw


def grid(font: str) -> TableStyle:
    """Ruled table, shaded header row. The font is set even though every cell
    is a paragraph: ReportLab would otherwise select an unembedded Helvetica."""
    return TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("FONTNAME", (0, 0), (-1, -1), font),
                       ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92))])


FLAGGED = colors.Color(0.86, 0.86, 0.86)   # the background of a table row with a shortcoming


def p(text: str, style) -> Paragraph:
    """A paragraph of plain text (escaped; a line break kept)."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def bold(text: str) -> str:
    """Plain text as bold paragraph markup."""
    return f"<b>{escape(text)}</b>"
