"""Signature blocks: the template's signatories, two to a row.

Each block has the title (upper case, bold), a note in italics, room for the
signature and the name. "members" makes one block per team member who is
neither the head nor the recorder; "witness" appears only when there is one
(always when the unit refused to sign); "other" is a block the template adds
(an HQ's extra signatory), with its name if the template gives one.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from .layout import TEXT_W

SPACE = 24 * mm


def blocks(story) -> list[tuple[str, str, str]]:
    """(title, note, name) of every signature block, in the template's order."""
    facts, minutes, labels = story.facts, story.minutes, story.labels
    team = facts["people"]["team"]
    head = next((x for x in team if x["role"] == "head"), None)
    recorder = facts.get("recorder") or next((x for x in team if x["role"] == "secretary"), None)
    unit = facts["people"]["unit"]
    representative = next((x for x in unit if x["role"] == "representative"), unit[0] if unit else None)
    witnesses = list(facts["people"]["witness"]) + ([minutes["witness"]] if minutes["witness"] else [])
    taken = {x["name"] for x in (head, recorder) if x}
    out = []
    for s in story.template["signatories"]:
        role, title, note = s["role"], s["title"], s.get("note", "")
        if role == "unit_representative":
            refused = minutes["refused"]
            out.append((title, labels.get("refused", note) if refused else note,
                        representative["name"] if representative else ""))
        elif role == "team_head":
            out.append((title, note, head["name"] if head else ""))
        elif role == "recorder":
            out.append((title, note, recorder["name"] if recorder else ""))
        elif role == "members":
            out += [(title, note, x["name"]) for x in team if x["name"] not in taken]
        elif role == "witness":
            out += [(title, note, x["name"]) for x in witnesses]
        else:
            out.append((title, note, s.get("name", "")))
    return out


def signature_table(story) -> Table:
    st = story.st
    cells: list[list[Paragraph | Spacer] | str] = []     # "": the empty cell of an odd last row
    for title, note, name in blocks(story):
        cell = [Paragraph(title.upper(), st.sign_title)]
        if note:
            cell.append(Paragraph(note, st.sign_note))
        cell += [Spacer(1, SPACE), Paragraph(name, st.sign_name), Spacer(1, 8)]
        cells.append(cell)
    if len(cells) % 2:
        cells.append("")
    rows = [cells[i:i + 2] for i in range(0, len(cells), 2)]
    return Table(rows, colWidths=[TEXT_W / 2] * 2, style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                                                     ("FONTNAME", (0, 0), (-1, -1), st.body.fontName)]))
