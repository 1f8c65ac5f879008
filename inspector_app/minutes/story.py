"""The body of the minutes: the template's sections, in its order, as flowables."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer, Table

from . import people, words
from .cited import Citations, dotted
from .earlier import earlier_flowables
from .flow import code_cell, data_table, drop_empty_columns, keep_headings
from .layout import FLAGGED, INDENT, TEXT_W, Header, Rule, Styles, bold, grid, p
from .records import records_table
from .template import fields_in, fill
from .values import number, title_of
from .values import values as make_values

_DOC_NUMBER = re.compile(r"\d+/[A-ZĐ0-9]+(?:-[A-ZĐ0-9]+)*")


LONG_NOTE = 400          # characters: a longer note goes under its table


class Story:
    def __init__(self, content: dict, template: dict, st: Styles, fonts, photo_flowables) -> None:
        self.content, self.template, self.st, self.fonts = content, template, st, fonts
        self.facts, self.minutes = content["facts"], content["minutes"]
        self.amendment = self.minutes["kind"] == "amendment"
        self.values = make_values(content, template)
        self.labels = template.get("labels", {})
        self.photo_flowables = photo_flowables
        self.level1 = self.level2 = 0
        # Each document cited in full where the paper first names it, then shortly (cited.py).
        self.citations = Citations(self.facts)
        self.cite, self.expand = self.citations.cite, self.citations.expand
        self.claimed = {code for s in self._sections() if s["kind"] == "records" for code in s["sections"]}

    def _sections(self) -> list[dict]:
        key = "amendment_sections" if self.amendment and self.template.get("amendment_sections") else "sections"
        return self.template[key]

    def fill(self, text: str, **extra) -> str:
        return fill(text, {**self.values, **extra})

    # -- the whole document ------------------------------------------------------------------
    def build(self) -> list:
        out = self.header()
        for section in self._sections():
            part = getattr(self, "s_" + section["kind"])(section)
            if section["kind"] == "signatures" and out and isinstance(out[-1], Paragraph):
                # The signatures never stand alone on a page: the closing sentence goes with them
                # (one KeepTogether: a nested one measures as infinitely tall and always breaks the page).
                part = [KeepTogether([out.pop(), *part[0]._content])]
            if section["kind"] == "recipients" and part and out and isinstance(out[-1], KeepTogether):
                # "Nơi nhận" under the signatures, on their page.
                part = [KeepTogether([*out.pop()._content, *part[0]._content])]
            out += part
        return keep_headings(out)

    def heading(self, section: dict, level: int = 1) -> list:
        text = section.get("heading")
        if not text:
            return []
        if level == 1:
            self.level1, self.level2 = self.level1 + 1, 0
            return [CondPageBreak(30 * mm), p(f"{words.roman(self.level1)}. {text.upper()}", self.st.heading1)]
        return self.subheading(text)

    def subheading(self, text: str) -> list:
        """"1. …" under the current section; never alone at the foot of a page."""
        self.level2 += 1
        return [CondPageBreak(35 * mm), p(f"{self.level2}. {text}", self.st.heading2)]

    def header(self) -> list:
        t, v = self.template, self.values
        head = t["header"]
        parent = self._abbreviate(self.fill(head.get("parent", "")))
        issuer = self._abbreviate(self.fill(head.get("issuer", "")))
        place_date = ""
        if head.get("place_date", True) and v["minutes_date"]:
            place_date = f"{v['place_name']}, {v['minutes_date']}" if v["place_name"] else v["minutes_date"]
        title = title_of(self.content, t)
        subject = self.fill(t.get("subject", ""))
        out = [Header(self.fonts, parent, issuer, f"Số: {v['minutes_number']}", place_date),
               p(title or t["title"], self.st.title)]
        if subject:
            lines = subject_lines(subject, self.facts["unit"]["name"], self.fonts.bold, 14, TEXT_W)
            widest = max(stringWidth(ln, self.fonts.bold, 14) for ln in lines)
            out += [p("\n".join(lines), self.st.subject), Rule(widest / 3), Spacer(1, 6)]
        return out

    def _abbreviate(self, text: str) -> str:
        for long, short in (self.template["header"].get("abbreviations") or {}).items():
            text = re.sub(re.escape(long), short, text, flags=re.IGNORECASE)
        return text

    # -- sections ----------------------------------------------------------------------------------
    def s_legal_basis(self, section: dict) -> list:
        lines: list[str] = []
        seen: set[str] = set()                          # the document numbers already cited
        for raw in self.template.get("legal_basis", []):
            if any(not self.values.get(name) for name in fields_in(raw)):
                continue
            text = self.fill(raw).rstrip(" ;.")
            numbers = set(_DOC_NUMBER.findall(text))
            if numbers and numbers <= seen:
                continue
            seen |= numbers
            lines.append(text)
        return [p(dotted(text, ";" if n < len(lines) else ".", self.st.basis), self.st.basis)
                for n, text in enumerate(lines, 1)]

    def s_text(self, section: dict) -> list:
        """A sentence of the template; its `refused_text` when the unit refused to sign
        (no "thống nhất" where there was no agreement). With `"when": "trigger"` it is
        said only of a visit with a recorded trigger, or of a surprise visit, which then
        gets its `missing` words and a dotted line to write the reason by hand."""
        if section.get("when") == "trigger" and not self.values.get("trigger"):
            if self.facts["visit"]["kind"] != "surprise" or not section.get("missing"):
                return []
            label = section["missing"]
            return [p(label + " " + self._dots(stringWidth(label + " ", self.fonts.regular, 13) + INDENT),
                      self.st.blank.clone("trigger", firstLineIndent=INDENT))]
        text: str = section["refused_text"] if self.minutes["refused"] and section.get("refused_text") \
            else section["text"]
        return [*self.heading(section), p(self.fill(text), self.st.body)]

    def s_earlier(self, section: dict) -> list:
        return earlier_flowables(self, section)

    def named(self, person: dict) -> str:
        """"Bà Lê Thị Hạnh"; the template's "Ông (bà) " when nothing tells."""
        honorific = person.get("honorific") or people.honorific(person["name"], "") \
            or self.template.get("person_prefix", "").strip()
        return f"{honorific} {person['name']}".strip()

    def _person(self, person: dict, role: str = "") -> str:
        parts = [self.named(person), person.get("position", ""), person.get("agency", "")]
        text = ", ".join(x for x in parts if x)
        return f"{text} – {role}" if role else text

    def _list(self, lines: list[str], style=None) -> list:
        return [p(f"- {line}" + (";" if n < len(lines) else "."), style or self.st.item)
                for n, line in enumerate(lines, 1)]

    def s_composition(self, section: dict) -> list:
        people, out = self.facts["people"], self.heading(section)
        team_roles = self.template.get("team_roles", {})
        unit_roles = self.template.get("participant_roles", {})
        def role(x: dict, roles: dict) -> str:
            # A role picked from a list prints its own words ("Thủ trưởng đơn vị"), a typed one its kind.
            return roles.get(x.get("role_text") or "") or roles.get(x["role"]) or x.get("role_text") or x["role"]
        groups = [("team", [self._person(x, role(x, team_roles)) for x in people["team"]]),
                  ("unit", [self._person(x, role(x, unit_roles)) for x in people["unit"]]),
                  ("witness", [self._person(x) for x in people["witness"]]
                   + ([self._person(self.minutes["witness"])] if self.minutes["witness"] else []))]
        for key, lines in groups:
            if not lines or not section.get(key):
                continue
            out += self.subheading(section[key])
            out += self._list(lines)
        return out

    def s_scope(self, section: dict) -> list:
        # What was done: a section with items, a table with rows (no interviews listed when none were made).
        titles = [s["title"] for s in self.facts["sections"] if s["items"]] \
            + [r["title"] for r in self.facts["records"] if r["rows"]]
        if self.values.get("earlier_minutes") and section.get("earlier"):
            titles.insert(0, self.fill(section["earlier"]))       # a re-inspection checks them first
        out = self.heading(section)
        if section.get("intro"):
            out.append(p(self.fill(section["intro"]), self.st.body))
        return out + self._list(titles)

    def s_results(self, section: dict) -> list:
        out = self.heading(section)
        summary = self.facts["summary"]
        intro = None
        if summary.get("scored") and section.get("intro_scored"):
            intro = section["intro_scored"]          # points, not "đạt", for a scored checklist
        elif not summary["noncompliant"] and summary.get("checked"):    # nothing checked yet is not "all compliant"
            intro = section.get("intro_compliant")
        if intro or section.get("intro"):
            out.append(p(self.fill(intro or section["intro"]), self.st.body))
        if summary.get("scored") and summary.get("possible") and section.get("score_total"):
            out.append(p(self.fill(section["score_total"]), self.st.body))
        # The body refers to its appendix: the photos, and a sentence when audio was recorded.
        for key, evidence in (("evidence_photos", self.facts["photos"]), ("evidence_audio", self.facts["audio"])):
            if evidence and section.get(key):
                out.append(p(self.fill(section[key]), self.st.body))
        cite = section.get("cite", "noncompliant")
        for checklist_section in self.facts["sections"]:
            if not checklist_section["items"]:
                continue
            out += self.subheading(checklist_section["title"])
            long_notes: list[tuple[str, str]] = []
            out.append(self._results_table(checklist_section["items"], cite, long_notes))
            out.append(Spacer(1, 6))
            for n, (code, note) in enumerate(long_notes, 1):
                out.append(p(f"({n}) {code}: {note}", self.st.item))
            points = checklist_section.get("points")
            if points and section.get("score_area"):
                out.append(p(self.fill(section["score_area"], earned=number(points["earned"]),
                                       possible=number(points["possible"])), self.st.body))
        for records in self.facts["records"]:
            if records["code"] not in self.claimed:
                out += self._records(records, {"columns": 3, "heading": records["title"]})
        return out

    def _results_table(self, items: list[dict], cite: str, long_notes: list) -> Table:
        """One row per item. A note too long for its cell is printed under the
        table in full width (paragraphs break across pages), the cell pointing to it."""
        lab, st = self.labels, self.st
        rows = [[p(lab.get("number_column", "TT"), st.cell_head), p(lab.get("item_column", ""), st.cell_head),
                 p(lab.get("result_column", ""), st.cell_head), p(lab.get("note_column", ""), st.cell_head)]]
        style = grid(self.fonts.regular)
        for n, item in enumerate(items, 1):
            text = escape(item["text"])
            if item["citations"] and (cite == "all" or (cite == "noncompliant" and item["noncompliant"])):
                text += (f"<br/>(<b><i>{escape(lab.get('legal_basis', 'Căn cứ'))}:</i></b> "
                         f"<i>{escape('; '.join(self.cite(c) for c in item['citations']))}</i>)")
            value = item["value"] or lab.get("not_answered", "")
            result = bold(value.upper()) if item["noncompliant"] else escape(value)
            note = escape(item["note"]).replace("\n", "<br/>")
            if len(item["note"]) > LONG_NOTE:
                long_notes.append((item["code"], item["note"]))
                note = f"<i>{escape(lab.get('see_below', 'Xem ghi chú dưới bảng'))} ({len(long_notes)})</i>"
            # The rows that breach the item, unless its note already names them all (the
            # correction "Chuyển thành Không đạt" writes them there): said once, not twice.
            if item.get("records") and not all(r in item["note"] for r in item["records"]):
                found = f"{escape(lab.get('breached_by', 'Vi phạm ghi nhận'))}: {escape('; '.join(item['records']))}"
                note = f"{note}<br/>{found}" if note else found
            if item["evidence"]:
                refs = f"<i>{escape(lab.get('evidence', 'Minh chứng'))}: {escape(', '.join(item['evidence']))}</i>"
                note = f"{note}<br/>{refs}" if note else refs
            rows.append([code_cell(p(item["code"], st.cell_center)), Paragraph(text, st.cell),
                         Paragraph(result, st.cell_center), Paragraph(note, st.cell)])
            if item["noncompliant"]:
                style.add("BACKGROUND", (0, n), (-1, n), FLAGGED)
        # The code column as wide as the longest code ("TTHC1" never wraps), the rest to the text.
        code_w = max(10 * mm, max(stringWidth(i["code"], self.fonts.regular, st.cell_center.fontSize)
                                  for i in items) + 10)
        widths = [code_w, 96 * mm - code_w, 25 * mm, TEXT_W - 121 * mm]
        rows, widths = drop_empty_columns(rows, widths, keep=3)
        return data_table(rows, widths, style)

    def s_records(self, section: dict) -> list:
        out = []
        for records in self.facts["records"]:
            if records["code"] in section["sections"]:
                out += self._records(records, section)
        return out

    def _records(self, records: dict, section: dict) -> list:
        if not records["rows"]:
            return []
        out = self.subheading(section.get("heading") or records["title"])
        flagged = sum(1 for r in records["rows"] if any(r["flags"]))
        late = sum(1 for r in records["rows"] if r["late"])
        other = sum(1 for r in records["rows"] if any(r["flags"]) and not r["late"])     # breaches besides lateness
        if section.get("summary"):
            text = self.fill(section["summary"], rows=len(records["rows"]), flagged=flagged, late=late, other=other)
            if records.get("started_at") and section.get("started"):
                text = self.fill(section["started"], started_at=words.time_words(records["started_at"])) + " " + text
            out.append(p(text, self.st.body))
        if records["rows"]:
            out += [records_table(records, section.get("columns", 3), self.st, self.labels), Spacer(1, 6)]
        return out

    def s_assessment(self, section: dict) -> list:
        """Strengths, shortcomings and notes as the team wrote them; a part with nothing
        written is left out, and so is the whole section (no heading over nothing)."""
        found = self.facts["findings"]
        parts = [("strengths", found.get("strength", [])), ("shortcomings", found.get("shortcoming", []))]
        if found.get("note"):
            parts.append(("notes", found["note"]))
        shown = []
        for key, texts in parts:
            if not section.get(key):
                continue
            lines = list(texts)
            if key == "shortcomings" and self.facts["summary"]["noncompliant"] and section.get("noncompliant"):
                lines.append(self.fill(section["noncompliant"]).rstrip("."))
            if not lines and not section.get("none"):
                continue                    # nothing written: no "Ưu điểm: Không có." the team never said
            shown.append((key, lines))
        if not shown:
            return []
        out = self.heading(section)
        for key, lines in shown:
            out += self.subheading(section[key])
            out += self._list([t.rstrip(".;") for t in lines]) if lines else [p(section["none"], self.st.item)]
        return out

    def s_recipients(self, section: dict) -> list:
        """"Nơi nhận:" (12 pt bold italic) and its lines (11 pt), at the left margin under
        the signatures (NĐ 30/2020, ô 9b), the last line ending with a full stop."""
        block = self.template.get("recipients") or {}
        lines = [ln[:1].upper() + ln[1:] for ln in (self.fill(x).strip().rstrip(".;") for x in block.get("lines", []))
                 if ln]
        if not lines:
            return []
        out: list = [Spacer(1, 6), Paragraph(f"<b><i>{escape(block.get('heading', 'Nơi nhận:'))}</i></b>",
                                             self.st.recipients_head)]
        out += [p(f"- {ln}" + (";" if n < len(lines) else "."), self.st.recipients) for n, ln in enumerate(lines, 1)]
        return [KeepTogether(out)]

    def s_requests(self, section: dict) -> list:
        out, lab, st = self.heading(section), self.labels, self.st
        requests = self.facts["requests"]
        if not requests:
            return [*out, p(section.get("none", ""), st.body)]
        rows = [[p(lab.get("number_column", "TT"), st.cell_head), p(lab.get("request_column", ""), st.cell_head),
                 p(lab.get("responsible_column", ""), st.cell_head), p(lab.get("deadline_column", ""), st.cell_head)]]
        for n, r in enumerate(requests, 1):
            rows.append([code_cell(p(str(n), st.cell_center)), p(self.expand(r["text"]), st.cell),
                         p(r["responsible"], st.cell),
                         p(words.date_short(r["deadline"]) if r["deadline"] else "", st.cell_center)])
        widths = [12 * mm, 85 * mm, TEXT_W - 122 * mm, 25 * mm]
        out += [data_table(rows, widths, grid(self.fonts.regular)), Spacer(1, 6)]
        if section.get("closing") and self.values["report_deadline"]:
            out.append(p(self.fill(section["closing"]), st.body))
        return out

    def s_unit_opinion(self, section: dict) -> list:
        """The unit's opinion, or lines to write it by hand, and the refusal: one block,
        never a heading and a single dotted line at the foot of a page."""
        heading = self.heading(section)
        out: list = heading[-1:]
        opinion = self.minutes["unit_opinion"]
        if opinion:
            out += [p(par.strip(), self.st.body) for par in opinion.splitlines() if par.strip()]
        elif not self.minutes["refused"]:
            out += [p(self._dots(), self.st.blank) for _ in range(int(section.get("blank_lines", 3)))]
        if self.minutes["refused"] and section.get("refused"):
            out.append(p(self.fill(section["refused"]), self.st.body))
        elif section.get("refusal_line"):
            # Refusals happen at the table, after printing: the line is there to be filled by hand.
            label = section["refusal_line"]
            out.append(p(label + " " + self._dots(stringWidth(label + " ", self.fonts.regular, 13) + INDENT),
                         self.st.blank.clone("refusal", firstLineIndent=INDENT)))
        return [*heading[:-1], KeepTogether(out)] if heading else [KeepTogether(out)]

    def _dots(self, used: float = 0.0) -> str:
        """A dotted line for handwriting, as long as the rest of the line."""
        return "." * int((TEXT_W - used) / stringWidth(".", self.fonts.regular, 13) - 2)

    def s_amendment(self, section: dict) -> list:
        out = self.heading(section)
        if section.get("intro"):
            out.append(p(self.fill(section["intro"]), self.st.body))
        changes = self.minutes["changes"]
        if changes:
            if section.get("changes"):
                out.append(p(section["changes"], self.st.body))
            out += self._list([c.rstrip(".;") for c in changes])
        elif section.get("none"):
            out.append(p(section["none"], self.st.body))
        return out

    def s_signatures(self, section: dict) -> list:
        from .signatures import signature_table
        return [KeepTogether([Spacer(1, 10), signature_table(self)])]

    def s_photos(self, section: dict) -> list:
        return self.photo_flowables(self, section)


def subject_lines(text: str, name: str, font: str, size: float, width: float) -> list[str]:
    """The subject line broken evenly, never inside the unit's name ("Ủy / ban"): before
    "tại <name>" when both halves fit, else the most even break outside the name."""
    from reportlab.lib.utils import simpleSplit

    def fits(line: str) -> bool:
        return stringWidth(line, font, size) <= width

    if fits(text):
        return [text]
    at = text.rfind(" tại " + name) if name else -1
    if at > 0 and fits(text[:at]) and fits(text[at + 1:]):
        return [text[:at], text[at + 1:]]
    start = text.find(name) if name else -1
    protected = range(start, start + len(name)) if start >= 0 else range(0)
    cuts = [k for k, ch in enumerate(text) if ch == " " and k not in protected]
    pairs = [(text[:k], text[k + 1:]) for k in cuts if fits(text[:k]) and fits(text[k + 1:])]
    if pairs:
        return list(min(pairs, key=lambda pair: max(stringWidth(x, font, size) for x in pair)))
    return simpleSplit(text, font, size, width)
