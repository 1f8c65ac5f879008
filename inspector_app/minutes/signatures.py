"""Signature blocks: the unit on the left, the team head on the right; the
recorder and "CÁC THÀNH VIÊN ĐOÀN KIỂM TRA" below; the witnesses last.

Each block has the title (upper case, bold), a note in italics and, for each
signatory, room for the signature and the name. "members" is one block with
every team member who is neither the head nor the recorder; "witness" appears
only when there is one (always when the unit refused to sign); "other" is a
block the template adds (an HQ's extra signatory), with its name if the
template gives one. Nobody signs twice, and nobody of the team signs in the
unit's column: the unit's representative is a person of the unit's side.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from .layout import TEXT_W, balanced
from .people import same_person

SPACE = 24 * mm


def blocks(story) -> list[tuple[str, str, list[str]]]:
    """(title, note, names) of every signature block, in the template's order; a block
    whose signatory is unknown keeps one empty name (a line to fill by hand)."""
    facts, minutes, labels = story.facts, story.minutes, story.labels
    team = facts["people"]["team"]
    head = next((x for x in team if x["role"] == "head"), None)
    recorder = next((x for x in team if x["role"] == "secretary"), None) or facts.get("recorder")
    unit = facts["people"]["unit"]
    # The unit's column: its representative, else a person of the unit who is neither
    # staff nor the one taking the notes (who signs as recorder, if anywhere).
    note_taker = recorder["name"] if recorder else ""
    representative = next((x for x in unit if x["role"] == "representative"),
                          next((x for x in unit if x["role"] not in ("staff", "secretary")
                                and not same_person(x["name"], note_taker)), None))
    witnesses = list(facts["people"]["witness"]) + ([minutes["witness"]] if minutes["witness"] else [])
    signed: list[str] = []

    def once(people: list[dict | None]) -> list[str]:
        out = []
        for person in people:
            if person and not any(same_person(person["name"], s) for s in signed):
                signed.append(person["name"])
                out.append(person["name"])
        return out

    out = []
    for s in story.template["signatories"]:
        role, title, note = s["role"], s["title"], s.get("note", "")
        if role == "unit_representative":
            out.append((title, labels.get("refused", note) if minutes["refused"] else note,
                        once([representative]) or [""]))
        elif role == "team_head":
            out.append((title, note, once([head]) or [""]))
        elif role == "recorder":
            names = once([recorder])
            if names:
                out.append((title, note, names))
        elif role == "members":
            names = once([x for x in team if x is not head and x is not recorder])
            if names:
                out.append((title, note, names))
        elif role == "witness":
            out += [(title, note, [name]) for name in once(witnesses)]
        else:
            out.append((title, note, [s.get("name", "")]))
    return out


def signature_table(story) -> Table:
    """Two blocks a row: the titles (and notes) of both in one table row, their names in
    the next, so the two names of a pair stand level whatever the titles' lengths."""
    st = story.st
    heads: list = []
    names_cells: list = []
    for title, note, names in blocks(story):
        # "CÁC THÀNH VIÊN / ĐOÀN KIỂM TRA": two even lines rather than a stray last word.
        lines = balanced(title.upper(), st.sign_title.fontName, st.sign_title.fontSize, TEXT_W / 2 - 12)
        head: list[Paragraph | Spacer] = [Paragraph("<br/>".join(escape(x) for x in lines), st.sign_title)]
        if note:
            head.append(Paragraph(note, st.sign_note))
        cell: list[Paragraph | Spacer] = []
        for name in names:
            cell += [Spacer(1, SPACE), Paragraph(name, st.sign_name)]
        cell.append(Spacer(1, 10))
        heads.append(head)
        names_cells.append(cell)
    if len(heads) % 2:
        heads.append("")
        names_cells.append("")
    rows = []
    for i in range(0, len(heads), 2):
        rows += [heads[i:i + 2], names_cells[i:i + 2]]
    return Table(rows, colWidths=[TEXT_W / 2] * 2, style=TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), st.body.fontName),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
