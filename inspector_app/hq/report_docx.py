"""An editable .docx in the form of NĐ 30/2020/NĐ-CP (Phụ lục I), written with python-docx.

The pieces every administrative document shares: the A4 page (margins top
and bottom 20 mm, left 30 mm, right 15 mm), Times New Roman 13 pt body
justified with a 1 cm first-line indent and 6 pt after each paragraph, page
numbers centred in the top margin from page 2; the header block (issuer on
the left with its rule and "Số: …", Quốc hiệu and Tiêu ngữ on the right,
the place and date in italics); the document's kind and subject with their
rule; tables with a bold header row; the "Nơi nhận" list beside the
signature block. The report's content is `report_text.py`'s.
"""

from __future__ import annotations

from collections.abc import Sequence

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt

FONT = "Times New Roman"
BODY = 13
QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
TIEU_NGU = "Độc lập - Tự do - Hạnh phúc"
TEXT_WIDTH_MM = 210 - 30 - 15
_AFTER_PBDR = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
               "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid",
               "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
               "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId",
               "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")
_ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
          "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}


def new_document():
    """An empty A4 document in NĐ 30's page, fonts and paragraph spacing, numbered from page 2."""
    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    section.header_distance = Mm(10)
    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = FONT, Pt(BODY)
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):     # Word picks a face per script
        fonts.set(qn(attr), FONT)
    fmt = normal.paragraph_format
    fmt.space_before, fmt.space_after, fmt.line_spacing = Pt(0), Pt(6), 1.1
    _page_numbers(section)
    return doc


def _page_numbers(section) -> None:
    """Page numbers centred in the top margin, none on page 1 (a first-page header left empty)."""
    section.different_first_page_header_footer = True
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run()
    run.font.name, run.font.size = FONT, Pt(BODY)
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def para(container, text: str = "", *, size: float = BODY, bold: bool = False, italic: bool = False,
         align: str = "justify", indent: bool = False, after: float = 6, before: float = 0, upper: bool = False,
         underline: bool = False):
    """A paragraph of one run; `indent` gives the body's 1 cm first-line indent."""
    paragraph = container.add_paragraph()
    paragraph.alignment = _ALIGN[align]
    fmt = paragraph.paragraph_format
    fmt.space_after, fmt.space_before = Pt(after), Pt(before)
    if indent:
        fmt.first_line_indent = Cm(1)
    if text:
        add_run(paragraph, text.upper() if upper else text, size=size, bold=bold, italic=italic,
                underline=underline)
    return paragraph


def add_run(paragraph, text: str, *, size: float = BODY, bold: bool = False, italic: bool = False,
            underline: bool = False):
    run = paragraph.add_run(text)
    run.font.size, run.font.bold, run.font.italic = Pt(size), bold, italic
    run.font.underline = underline or None
    return run


def rule(container, fraction: float, width_mm: float) -> None:
    """A centred solid line `fraction` of `width_mm` long: a paragraph's bottom border, indented."""
    paragraph = container.add_paragraph()
    side = Mm(width_mm * (1 - fraction) / 2)
    fmt = paragraph.paragraph_format
    fmt.left_indent = fmt.right_indent = side
    fmt.space_after, fmt.space_before, fmt.line_spacing = Pt(2), Pt(0), 1.0
    add_run(paragraph, " ", size=2)          # a 2 pt line: the border sits just under the text above
    properties = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    # Word reads a paragraph's properties only in the schema's order.
    properties.insert_element_before(borders, *_AFTER_PBDR)
    mark = OxmlElement("w:rPr")                  # the paragraph mark 2 pt too, or the line is 13 pt high
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), "4")
    mark.append(size)
    properties.insert_element_before(mark, "w:sectPr", "w:pPrChange")


def header_block(doc, *, parent: str, issuer: str, number: str, place_date: str) -> None:
    """Boxes 1–4 of the decree's layout: a borderless two-column table, issuer left (≈ 40 %)."""
    left_mm, right_mm = 63, TEXT_WIDTH_MM - 63     # the right column holds the Quốc hiệu on one line
    table = doc.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    _no_borders(table)
    _widths(table, [left_mm, right_mm])
    left, right = table.rows[0].cells
    _first(left, parent.upper(), size=12)
    para(left, issuer.upper(), size=12, bold=True, align="center", after=0)
    rule(left, 0.4, left_mm)
    para(left, number, size=13, align="center", after=0, before=4)
    _first(right, QUOC_HIEU, size=12, bold=True)
    para(right, TIEU_NGU, size=13, bold=True, align="center", after=0)
    rule(right, 0.6, right_mm)
    para(right, place_date, size=13.5, italic=True, align="center", after=0, before=4)


def _first(cell, text: str, **style) -> None:
    """Write into a cell's own first paragraph (a new cell holds one empty paragraph)."""
    paragraph = cell.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.space_after = Pt(0)
    add_run(paragraph, text, **style)


def title(doc, kind: str, subject: str) -> None:
    """Box 5a: the kind of document (upper case, bold) and its subject (bold) over a rule."""
    para(doc, kind.upper(), size=14, bold=True, align="center", after=0, before=18)
    para(doc, subject, size=14, bold=True, align="center", after=0)
    rule(doc, 0.3, TEXT_WIDTH_MM)
    para(doc, "", after=6)


def heading(doc, text: str, level: int = 1) -> None:
    """A section heading of the body: "I. …" bold upper case, "1. …" bold, "a) …" italic."""
    if level == 1:
        paragraph = para(doc, text.upper(), bold=True, indent=True, before=6)
    elif level == 2:
        paragraph = para(doc, text, bold=True, indent=True)
    else:
        paragraph = para(doc, text, italic=True, bold=True, indent=True)
    paragraph.paragraph_format.keep_with_next = True


def caption(doc, text: str) -> None:
    """A table's caption ("Bảng 1. …"), kept on the page of its table."""
    para(doc, text, bold=True, align="center", after=2).paragraph_format.keep_with_next = True


def table(doc, headers: list[str], rows: list[list], widths_mm: Sequence[float], *, total: list | None = None,
          numbers_from: int = 1, size: float = 12):
    """A bordered table: bold centred header (repeated on each page), one row per entry, columns
    from `numbers_from` on centred (figures), and a bold total row when given."""
    grid = doc.add_table(rows=1, cols=len(headers))
    grid.style = "Table Grid"
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    grid.autofit = False
    head = grid.rows[0]
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    head._tr.get_or_add_trPr().append(flag)
    for cell, text in zip(head.cells, headers):
        _cell(cell, text, size=size, bold=True, align="center")
    for values in [*rows, *([total] if total else [])]:
        row = grid.add_row()
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))      # a row stays on one page
        cells = row.cells
        for n, (cell, value) in enumerate(zip(cells, values)):
            _cell(cell, "" if value is None else str(value), size=size, bold=values is total,
                  align="center" if n >= numbers_from or (n == 0 and numbers_from > 0) else "left")
    _widths(grid, widths_mm)
    para(doc, "", after=2)
    return grid


def _cell(cell, text: str, *, size: float, bold: bool, align: str) -> None:
    paragraph = cell.paragraphs[0]
    paragraph.alignment = _ALIGN[align]
    fmt = paragraph.paragraph_format
    fmt.space_after, fmt.space_before, fmt.line_spacing = Pt(1), Pt(1), 1.0
    add_run(paragraph, text, size=size, bold=bold)


def closing(doc, *, recipients: list[str], signer_lines: list[str], signer_name: str) -> None:
    """Boxes 7 and 9b side by side: "Nơi nhận:" (12 bold italic, list 11) left; the signer's
    authority and title (bold upper case), room to sign, the name (bold) right."""
    grid = doc.add_table(rows=1, cols=2)
    grid.autofit = False
    _no_borders(grid)
    _widths(grid, [85, TEXT_WIDTH_MM - 85])
    grid.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))   # the signature block stays whole
    left, right = grid.rows[0].cells
    paragraph = left.paragraphs[0]
    paragraph.paragraph_format.space_after = Pt(0)
    add_run(paragraph, "Nơi nhận:", size=12, bold=True, italic=True)
    for line in recipients:
        para(left, line, size=11, align="left", after=0)
    _first(right, signer_lines[0].upper(), size=13.5, bold=True)
    for line in signer_lines[1:]:
        para(right, line.upper(), size=13.5, bold=True, align="center", after=0)
    for _ in range(4):
        para(right, "", after=0)
    para(right, signer_name, size=13.5, bold=True, align="center", after=0)


def _widths(grid, widths_mm: Sequence[float]) -> None:
    """Column widths in the table's grid (what LibreOffice reads) and in every cell (what Word reads)."""
    for column, width in zip(grid.columns, widths_mm):
        column.width = Mm(width)
    for row in grid.rows:
        for cell, width in zip(row.cells, widths_mm):
            cell.width = Mm(width)


def _no_borders(grid) -> None:
    properties = grid._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    properties.insert_element_before(borders, "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook",
                                     "w:tblCaption", "w:tblDescription")
