"""Pagination of the minutes read back from the PDF (issue 11, layout): tables break
between rows, headers repeat only at the top of a page, no heading ends a page."""

from __future__ import annotations

import html
import re
import subprocess

import pytest

from inspector_app import demo
from inspector_app.workspace import Workspace

from .conftest import MM, pdftotext

PAGE_H = 297 * MM
HEADING = re.compile(r"^(?:[IVX]+\. [A-ZĐÀ-Ỹ]|\d+\. \S)")


def pages_of(pdf) -> list[list[dict]]:
    """Every page's body lines (no page number, no footer), top to bottom: each line's
    chunks of text with their left edge in points and whether the chunk is bold
    (pdftohtml -xml keeps the fonts' weight, pdftotext does not)."""
    xml = subprocess.run(["pdftohtml", "-xml", "-i", "-stdout", "-q", str(pdf)], capture_output=True,
                         text=True, check=True, timeout=60).stdout
    pages = []
    for width, body in re.findall(r'<page [^>]*width="(\d+)">(.*?)</page>', xml, re.S):
        scale = float(width) / (210 * MM)
        lines: list[dict] = []
        for top, left, raw in re.findall(r'<text top="(\d+)" left="(\d+)"[^>]*>(.*?)</text>', body):
            top_pt, left_pt = float(top) / scale, float(left) / scale
            if top_pt < 20 * MM or top_pt > PAGE_H - 25 * MM:
                continue
            chunk = {"left": left_pt, "text": html.unescape(re.sub(r"<[^>]+>", "", raw)).strip(),
                     "bold": raw.startswith("<b>") or raw.startswith("<i><b>")}
            # Chunks of one line come in any order (a bold cell's baseline sits a fraction of a
            # point off the others'): join any line within 3 pt, not only the last one read.
            same = next((ln for ln in lines if abs(ln["top"] - top_pt) < 3), None)
            if same is not None:
                same["chunks"].append(chunk)
            else:
                lines.append({"top": top_pt, "chunks": [chunk]})
        for line in lines:
            line["chunks"].sort(key=lambda c: c["left"])
            line["text"] = " ".join(c["text"] for c in line["chunks"])
            line["bold"] = all(c["bold"] for c in line["chunks"])
        pages.append(sorted(lines, key=lambda ln: ln["top"]))
    return pages


@pytest.fixture(scope="module")
def demo_pdfs(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("pages")
    ws = Workspace.create(tmp / "ws", "field")
    made = demo.fill(ws)
    out = []
    for visit_id in made["visits"]:
        if ws.visits.get(visit_id)["status"] == "concluded":
            ws.minutes.render(visit_id, tmp / f"{visit_id}.pdf")
            out.append((ws.minutes.content(visit_id)["facts"], tmp / f"{visit_id}.pdf"))
    yield out
    ws.close()


def test_a_table_header_stands_only_at_a_table_start_or_the_top_of_a_page(demo_pdfs):
    for facts, pdf in demo_pdfs:
        tables = sum(1 for s in facts["sections"] if s["items"]) + sum(1 for r in facts["records"] if r["rows"])
        tables += 1 if facts["requests"] else 0
        tables += 1 if any(e["requests"] for e in facts.get("earlier") or []) else 0   # a re-inspection's
        starts = 0
        for number, lines in enumerate(pages_of(pdf), 1):
            for n, line in enumerate(lines):
                if not (line["bold"] and line["chunks"][0]["text"] == "TT"):
                    continue
                starts += n > 0           # a header at the top of a page continues a table
                # The first row under a header (past the header's own wrapped lines)
                # starts with its code or number in the TT column: never a continued row.
                rest = [ln for ln in lines[n + 1:] if not ln["bold"]]
                if rest:
                    assert rest[0]["chunks"][0]["left"] < line["chunks"][1]["left"] - 2, (
                        pdf.name, number, line["text"], rest[0]["text"])
        assert starts == tables, (pdf.name, starts, tables)


def test_no_page_ends_with_a_heading(demo_pdfs):
    for _facts, pdf in demo_pdfs:
        for number, lines in enumerate(pages_of(pdf), 1):
            if lines:
                last = lines[-1]
                assert not (last["bold"] and HEADING.match(last["text"])), (pdf.name, number, last["text"])


def test_paragraphs_are_at_least_6_pt_apart_and_the_minutes_end_with_the_closing_mark(demo_pdfs):
    from inspector_app.minutes import fonts, layout

    st = layout.styles(fonts.register())
    for name in ("body", "basis", "item", "heading1", "heading2", "blank"):
        style = getattr(st, name)
        assert style.spaceAfter + style.spaceBefore >= 6, name
    for _facts, pdf in demo_pdfs:
        text = " ".join(pdftotext(pdf).split())
        assert "giữ 01 bản./." in text


def test_a_row_taller_than_a_page_breaks_with_its_code_on_the_continuation(ws):
    from tests.helpers.factories import setup_visit

    ids = setup_visit(ws)
    v = ids["visit"]
    ws.visits.add_participant(v, "team", "Nguyễn Thị Thu Hà", "Phó Giám đốc", "head")
    ws.visits.add_participant(v, "unit", "Lê Thị Hạnh", "Chủ tịch", "representative")
    # A note is moved under the table past 400 characters; a finding's evidence list is not:
    # a long checklist text is the way to a row taller than a page.
    long = " ".join(f"Nội dung kiểm tra chi tiết số {n} được thực hiện đầy đủ, đúng quy định." for n in range(120))
    template = ws.checklists.import_data({
        "schema": 1, "code": "dai", "version": 1, "kind": "one_stop_surprise", "title": "Tiêu chí dài",
        "sections": [{"code": "L", "title": "Tiêu chí rất dài", "items": [
            {"code": "L1", "text": long, "answer_type": "compliance"},
            {"code": "L2", "text": "Tiêu chí ngắn.", "answer_type": "compliance"}]}]})[0]
    visit, _ = ws.visits.create(ids["unit"], "surprise", "2026-11-20", [template])
    ws.visits.start(visit, "2026-11-20T08:00:00+07:00")
    ws.visits.add_participant(visit, "team", "Nguyễn Thị Thu Hà", "Phó Giám đốc", "head")
    ws.visits.add_participant(visit, "unit", "Lê Thị Hạnh", "Chủ tịch", "representative")
    ws.visits.conclude(visit, "2026-11-20T10:00:00+07:00", reason="Thử")
    ws.minutes.render(visit, ws.path / "dai.pdf")
    continued = 0
    for lines in pages_of(ws.path / "dai.pdf"):
        if lines and lines[0]["bold"] and lines[0]["chunks"][0]["text"] == "TT":
            rest = [ln for ln in lines[1:] if not ln["bold"]]
            if rest and "Nội dung kiểm tra chi tiết" in rest[0]["text"]:
                continued += 1
                assert rest[0]["text"].startswith("L1 "), rest[0]["text"]
    assert continued >= 1
