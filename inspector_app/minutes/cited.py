"""Legal bases on paper: each document cited in full where the minutes first name it, then
shortly; a blank part of a cited decision dotted for the clerk to write by hand."""

from __future__ import annotations

import re

from reportlab.pdfbase.pdfmetrics import stringWidth

from ..checklists.citations import GAP
from .layout import TEXT_W, p

# A document's name at the end of a short citation: "… Quyết định số 129/2007/QĐ-TTg", "… Luật Viên chức".
_DOC_NAME = re.compile(r"((?:Nghị định|Quyết định|Thông tư|Chỉ thị|Nghị quyết) số \S+|Luật .+)$")


class Citations:
    """What one paper has cited so far (the story asks in the order it prints)."""

    def __init__(self, facts: dict) -> None:
        self.facts = facts
        self.cited: set[str] = set()                    # documents already cited in full
        self._docs: dict[str, tuple[str, str]] | None = None

    def cite(self, citation: dict | str) -> str:
        """A legal basis in full where the paper first names its document (number, date,
        issuer, subject line), then shortly ("khoản 3 Điều 7 Quyết định số 129/2007/QĐ-TTg")."""
        if isinstance(citation, str):                # content of minutes signed before full citations
            return citation
        if citation["ref"] in self.cited:
            return citation["short"]
        self.cited.add(citation["ref"])
        return citation["full"]

    def expand(self, text: str) -> str:
        """A request naming a document shortly ("… theo quy định tại Điều 7 Quyết định số
        129/2007/QĐ-TTg") where the paper has not cited it in full yet — a re-inspection quotes
        the earlier requests before its own results — names it there in full, once."""
        for ref, (name, whole) in self._documents().items():
            found = None if ref in self.cited else re.search(re.escape(name) + r"(?![\w/-])", text)
            if found:
                text = text[:found.start()] + whole + text[found.end():]
                self.cited.add(ref)
        return text

    def _documents(self) -> dict[str, tuple[str, str]]:
        """ref → (the document's name, its whole citation), from the items' citations: "Quyết định
        số 129/2007/QĐ-TTg" → "Quyết định số 129/2007/QĐ-TTg ngày 02 tháng 8 năm 2007 của …"."""
        if self._docs is None:
            self._docs = {}
            for section in self.facts["sections"]:
                for item in section["items"]:
                    for c in item.get("citations") or []:
                        named = isinstance(c, dict) and _DOC_NAME.search(c["short"])
                        name = named.group(1) if named else ""
                        if name and name in c["full"]:
                            self._docs.setdefault(c["ref"], (name, c["full"][c["full"].index(name):]))
        return self._docs


def dotted(text: str, end: str, style) -> str:
    """`text` + `end`; a part left blank (a decision without its subject line, ending in
    "về việc ……") is dotted to the end of the line for the clerk to write by hand,
    or over the whole next line when little of this one is left."""
    if not text.endswith(GAP):
        return text + end
    head = text[: -len(GAP)].rstrip()
    para = p(head, style)
    para.wrap(TEXT_W, 10_000)
    last = para.blPara.lines[-1]
    used = TEXT_W - (last[0] if isinstance(last, tuple) else last.extraSpace)
    dot = stringWidth(".", style.fontName, style.fontSize)
    room = TEXT_W - used - stringWidth(" " + end, style.fontName, style.fontSize) - 2 * dot
    if room < 30 * dot:
        return f"{head}\n{'.' * int((TEXT_W - 3 * dot) / dot)}{end}"
    return f"{head} {'.' * int(room / dot)}{end}"
