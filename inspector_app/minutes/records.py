"""Tables of a repeatable section's rows: roll call, case-file sample, interviews.

The template names which items get a column (a count of leading items, or
item codes); the other answers of a row are gathered into one "other"
column. Non-compliant answers are bold; a row with a non-compliant answer
or a late file is shaded. Long tables repeat their header on every page and
a tall row may break across pages.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table

from .flow import code_cell, data_table, drop_empty_columns
from .layout import FLAGGED, TEXT_W, grid


def records_table(records: dict, columns, st, labels: dict) -> Table:

    codes = [c["code"] for c in records["columns"]]
    if isinstance(columns, int):
        shown = list(range(min(columns, len(codes))))
    else:
        shown = [codes.index(code) for code in columns if code in codes]
    others = [i for i in range(len(codes)) if i not in shown]
    head = [labels.get("number_column", "TT")] + [records["columns"][i]["text"] for i in shown]
    if others:
        head.append(labels.get("other_column", ""))
    rows = [[Paragraph(escape(h), st.small_head) for h in head]]
    style = grid(st.small_cell.fontName)
    for n, row in enumerate(records["rows"], 1):
        cells = [code_cell(Paragraph(str(n), st.small_head if row["late"] else st.small_cell))]
        for i in shown:
            text = escape(row["cells"][i])
            cells.append(Paragraph(f"<b>{text}</b>" if row["flags"][i] else text, st.small_cell))
        if others:
            parts = []
            # Many answers on one scale (the interviews): the most frequent is counted, not repeated.
            common = _common_answer([row["cells"][i] for i in others if not row["flags"][i]]) \
                if len(others) >= 8 else ""
            for i in others:
                if not row["cells"][i] or (common and row["cells"][i] == common and not row["flags"][i]):
                    continue
                part = f"{escape(records['columns'][i]['text'])}: {escape(row['cells'][i])}"
                parts.append(f"<b>{part}</b>" if row["flags"][i] else part)
            if common:
                # Twelve "Hài lòng" in one cell read as none: the others are named, these counted.
                same = sum(1 for i in others if row["cells"][i] == common and not row["flags"][i])
                parts.append(escape(labels.get("other_answers", "Các nội dung còn lại ({n})").replace(
                    "{n}", str(same)) + f": {common}"))
            if row["evidence"]:
                parts.append(escape(", ".join(row["evidence"])))
            cells.append(Paragraph("; ".join(parts), st.small_cell))
        rows.append(cells)
        if any(row["flags"]) or row["late"]:
            style.add("BACKGROUND", (0, n), (-1, n), FLAGGED)
    number_w = 10 * mm
    widths = [number_w, *_widths(rows, len(head) - 1, TEXT_W - number_w, st)]
    rows, widths = drop_empty_columns(rows, widths, keep=2)
    return data_table(rows, widths, style)


def _common_answer(cells: list[str], least: int = 3) -> str:
    """The answer at least `least` of a row's other fields share ("Hài lòng"), else ""."""
    counts: dict[str, int] = {}
    for cell in cells:
        if cell:
            counts[cell] = counts.get(cell, 0) + 1
    best = max(counts.items(), key=lambda kv: kv[1], default=("", 0))
    return best[0] if best[1] >= least else ""


def _widths(rows: list[list[Paragraph]], n: int, total: float, st) -> list[float]:
    """Column widths that never break a word (a date, a file code) and share
    the rest by how much text each column holds."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    floor, weight = [14 * mm] * n, [1.0] * n
    for r, row in enumerate(rows):
        font = st.small_head.fontName if r == 0 else st.small_cell.fontName
        for i, cell in enumerate(row[1:]):
            text = re.sub(r"<[^>]+>", "", cell.text)
            longest = max((stringWidth(w, font, 11) for w in text.split()), default=0)
            floor[i] = max(floor[i], longest + 8)
            weight[i] += stringWidth(text, font, 11) * (0.5 if r == 0 else 1)
    floor = [min(f, total / n * 1.6) for f in floor]
    spare = max(0.0, total - sum(floor))
    return [f + spare * w / sum(weight) for f, w in zip(floor, weight)]
