"""Pagination: tables that break only between rows, headings kept with what follows.

ReportLab repeats a table's header above the second half of a row split
across pages, in the middle of the first page, and the continuation loses its
code; so a row is split only when it is taller than a page can hold (a row
that long is rare: a long note goes under its table). A heading followed by a
table needs room for itself, the table's header and first row, or it moves
to the next page with them: `keep_headings` turns every run of headings into
one conditional page break of that height.
"""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Table

from .layout import TEXT_H, TEXT_W

HEADINGS = ("heading1", "heading2")
_TALL = 0.75                      # of the frame's height: a row taller than this may be split


class RowTable(Table):
    """A table whose marked cells (a row's code or number) are printed again on the
    second half of a row that must break across pages, so the continuation says
    which item it belongs to."""

    def _splitCell(self, value, style, old_height, new_height, width):
        halves = super()._splitCell(value, style, old_height, new_height, width)
        if halves and isinstance(value, (tuple, list)) and any(getattr(f, "repeat_on_split", False) for f in value):
            first, rest = halves
            if first and not rest:
                rest = tuple(code_cell(Paragraph(f.text, f.style)) for f in value if isinstance(f, Paragraph))
            return first, rest
        return halves


def code_cell(paragraph: Paragraph) -> Paragraph:
    """Mark a row's code or number to be repeated on a row's continuation."""
    paragraph.repeat_on_split = True
    return paragraph


def data_table(rows: list[list], widths: list[float], style) -> Table:
    """A ruled table whose header repeats on each page and whose rows stay whole."""
    table = RowTable(rows, colWidths=widths, repeatRows=1, style=style)
    # Measuring every row costs as much as laying the table out: only a cell with this
    # much text can be taller than a page part (14 pt lines of 30 characters or more).
    if any(len(getattr(cell, "text", "")) > _TALL * TEXT_H / 14 * 30 for row in rows[1:] for cell in row):
        table.wrap(TEXT_W, TEXT_H * 100)
        if max(table._rowHeights[1:], default=0) > TEXT_H * _TALL:
            table.splitInRow = 1   # no page holds the row: let it break rather than fail
    return table


def _first_rows(table: Table) -> float:
    """Height of a table's header and first row, from their cells alone."""
    total = 0.0
    for row in table._cellvalues[:2]:
        tallest = 0.0
        for cell, width in zip(row, table._colWidths):
            cells = cell if isinstance(cell, (list, tuple)) else [cell]
            tallest = max(tallest, sum(c.wrap(width - 6, TEXT_H * 100)[1] for c in cells if hasattr(c, "wrap")))
        total += tallest + 6           # the grid's top and bottom padding
    return total


def drop_empty_columns(rows: list[list], widths: list[float], keep: int = 2) -> tuple[list[list], list[float]]:
    """Columns whose cells below the header are all empty are not printed; their
    width goes to the widest remaining column. The first `keep` columns always stay."""
    def empty(cell) -> bool:
        return (isinstance(cell, Paragraph) and not cell.text.strip()) or cell in ("", None)

    dropped = [c for c in range(keep, len(widths)) if rows[1:] and all(empty(r[c]) for r in rows[1:])]
    if not dropped:
        return rows, widths
    spare = sum(widths[c] for c in dropped)
    kept = [c for c in range(len(widths)) if c not in dropped]
    new_widths = [widths[c] for c in kept]
    widest = max(range(len(new_widths)), key=lambda i: new_widths[i])
    new_widths[widest] += spare
    return [[r[c] for c in kept] for r in rows], new_widths


def is_heading(flowable) -> bool:
    return isinstance(flowable, Paragraph) and flowable.style.name in HEADINGS


def _height(flowable, whole: bool = True) -> float:
    """Height the flowable needs at the text width (for a table or a long paragraph,
    only its start: the header and first row, or three lines)."""
    if flowable is None or isinstance(flowable, CondPageBreak):
        return 0.0
    if isinstance(flowable, Table):
        return _first_rows(flowable)
    if isinstance(flowable, KeepTogether):       # it wraps only on a canvas: measure what it holds
        return min(sum(_height(f) for f in flowable._content), TEXT_H)
    _w, h = flowable.wrap(TEXT_W, TEXT_H * 100)
    if isinstance(flowable, Paragraph):
        space = flowable.style.spaceBefore + flowable.style.spaceAfter
        if not whole:
            h = min(h, 3 * flowable.style.leading)
        return h + space
    return min(h, TEXT_H)


def keep_headings(flowables: list) -> list:
    """Every run of headings (with the page breaks before them) becomes one
    CondPageBreak sized to the headings plus the start of what follows."""
    out: list = []
    i, n = 0, len(flowables)
    while i < n:
        f = flowables[i]
        starts_run = is_heading(f) or (isinstance(f, CondPageBreak) and i + 1 < n and is_heading(flowables[i + 1]))
        if not starts_run:
            out.append(f)
            i += 1
            continue
        run = []
        while i < n and (is_heading(flowables[i]) or isinstance(flowables[i], CondPageBreak)):
            if is_heading(flowables[i]):
                run.append(flowables[i])
            i += 1
        following = flowables[i] if i < n else None
        need = sum(_height(h) for h in run) + _height(following, whole=False) + 2
        after = flowables[i + 1] if i + 1 < n else None
        if isinstance(following, Paragraph) and isinstance(after, Table):
            # "Điểm danh 5 người; …" then its table: the sentence never ends a page without it.
            need += _height(following) - _height(following, whole=False) + _height(after)
        out.append(CondPageBreak(min(need, TEXT_H * 0.9)))
        out += run
    return out
