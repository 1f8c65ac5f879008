"""A re-inspection's minutes: the requests of the earlier minutes and what was found now."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from . import words
from .flow import code_cell, data_table, drop_empty_columns
from .layout import FLAGGED, TEXT_W, bold, grid, p


def earlier_flowables(story, section: dict) -> list:
    """A re-inspection: each request of the earlier minutes with what was found now
    ("Đã khắc phục", "Chưa khắc phục", "Khắc phục một phần", the note), in one table."""
    earlier = story.facts.get("earlier") or []
    requests = [r for minutes in earlier for r in minutes["requests"]]
    if not requests:
        return []
    out, lab, st = story.heading(section), story.labels, story.st
    results = section.get("results") or {}
    if section.get("intro"):
        out.append(p(story.fill(section["intro"]), st.body))
    rows = [[p(lab.get("number_column", "TT"), st.cell_head), p(section.get("request_column", ""), st.cell_head),
             p(section.get("result_column", ""), st.cell_head), p(section.get("note_column", ""), st.cell_head)]]
    style = grid(story.fonts.regular)
    for n, r in enumerate(requests, 1):
        text = escape(story.expand(r["text"]))          # a basis it names shortly, in full if not cited yet
        if r["deadline"]:
            text += f"<br/><i>({escape(lab.get('deadline_column', 'Thời hạn'))}: {words.date_short(r['deadline'])})</i>"
        result = results.get(r["result"], r["result"])
        rows.append([code_cell(p(str(n), st.cell_center)), Paragraph(text, st.cell),
                     Paragraph(bold(result) if r["result"] != "fixed" else escape(result), st.cell_center),
                     p(r["note"], st.cell)])
        if r["result"] in ("not_fixed", "partly"):
            style.add("BACKGROUND", (0, n), (-1, n), FLAGGED)
    widths = [12 * mm, 76 * mm, 36 * mm, TEXT_W - 124 * mm]
    rows, widths = drop_empty_columns(rows, widths, keep=3)
    out += [data_table(rows, widths, style), Spacer(1, 6)]
    if section.get("summary") and section.get("tally"):
        # "Trong số 3 kiến nghị: 2 kiến nghị đã khắc phục; 1 kiến nghị chưa khắc phục." (no "0 …")
        parts = [story.fill(phrase, n=str(sum(1 for r in requests if r["result"] == key)))
                 for key, phrase in section["tally"].items() if any(r["result"] == key for r in requests)]
        out.append(p(story.fill(section["summary"], n=str(len(requests))) + "; ".join(parts) + ".", st.body))
    return out
