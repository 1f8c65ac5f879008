"""Legal bases cited in full, as Vietnamese clerks cite them (issue 11, point 6)."""

from __future__ import annotations

import json

from inspector_app.checklists import citations
from inspector_app.paths import resources_dir

ND61 = {"ref": "nd-61-2018", "number": "61/2018/NĐ-CP", "kind": "Nghị định", "issuer": "Chính phủ",
        "issued_on": "2018-04-23",
        "title": "về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính"}


def test_a_decree_is_cited_with_its_clause_number_date_issuer_and_subject_line():
    assert citations.full(ND61, "khoản 2 Điều 5") == (
        "khoản 2 Điều 5 Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế "
        "một cửa, một cửa liên thông trong giải quyết thủ tục hành chính")
    assert citations.short(ND61, "khoản 2 Điều 5") == "khoản 2 Điều 5 Nghị định số 61/2018/NĐ-CP"
    assert citations.full(ND61).startswith("Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018")


def test_a_law_is_cited_by_its_name_and_a_form_with_its_article():
    law = {"number": "80/2025/QH15", "kind": "Luật", "issuer": "Quốc hội", "issued_on": "2025-06-24",
           "title": "Cán bộ, công chức"}
    assert citations.full(law, "Điều 9") == "Điều 9 Luật Cán bộ, công chức số 80/2025/QH15 ngày 24 tháng 6 năm 2025"
    assert citations.short(law, "Điều 9") == "Điều 9 Luật Cán bộ, công chức"
    assert citations.short(ND61, "Điều 9; Mẫu 05") == "Điều 9 và Mẫu 05 Nghị định số 61/2018/NĐ-CP"
    # A form or appendix is one the document issues.
    assert citations.short(ND61, "Mẫu 06 Phụ lục I") == "Mẫu 06 Phụ lục I ban hành kèm theo Nghị định số 61/2018/NĐ-CP"
    assert citations.full(ND61, "Mẫu 01").startswith("Mẫu 01 ban hành kèm theo Nghị định số 61/2018/NĐ-CP ngày 23")
    assert citations.date_words("2026-01-05") == "ngày 05 tháng 01 năm 2026"


def test_every_document_the_built_in_checklists_cite_carries_what_a_citation_needs():
    folder = resources_dir() / "checklists"
    docs = {d["ref"]: d for d in json.loads((folder / "legal-bases.json").read_text("utf-8"))["documents"]}
    cited = set()
    for path in folder.glob("*.json"):
        data = json.loads(path.read_text("utf-8"))
        for section in data.get("sections", []):
            for item in section["items"]:
                cited |= {c["doc"] for c in item.get("legal_basis") or []}
    assert cited and cited <= set(docs)
    for ref in cited:
        doc = docs[ref]
        assert doc["number"] and doc["kind"] and doc["issuer"] and doc["title"] and doc.get("issued_on"), ref


def test_the_decision_on_civil_servants_cards_is_cited_with_the_date_its_own_header_gives():
    docs = {d["ref"]: d for d in json.loads(
        (resources_dir() / "checklists" / "legal-bases.json").read_text("utf-8"))["documents"]}
    card = docs["qd-06-2008-bnv"]
    assert "ngày 22 tháng 12 năm 2008" in card["source"]
    assert citations.full(card, "khoản 2 Điều 3") == (
        "khoản 2 Điều 3 Quyết định số 06/2008/QĐ-BNV ngày 22 tháng 12 năm 2008 của Bộ trưởng Bộ Nội vụ về việc "
        "quy định mẫu thẻ và việc quản lý, sử dụng thẻ đối với cán bộ, công chức, viên chức")


def test_an_article_of_a_regulation_a_decision_issues_is_cited_as_the_regulation_s():
    """Quyết định số 129/2007/QĐ-TTg has three articles of its own; "Điều 7" (cards) is an
    article of the Quy chế it issues, and clerks cite it so (so for Quy tắc ứng xử, 03/2007)."""
    docs = {d["ref"]: d for d in json.loads(
        (resources_dir() / "checklists" / "legal-bases.json").read_text("utf-8"))["documents"]}
    culture, conduct = docs["qd-129-2007-ttg"], docs["qd-03-2007-bnv"]
    assert citations.full(culture, "khoản 1 Điều 7") == (
        "khoản 1 Điều 7 Quy chế văn hóa công sở tại các cơ quan hành chính nhà nước ban hành kèm theo "
        "Quyết định số 129/2007/QĐ-TTg ngày 02 tháng 8 năm 2007 của Thủ tướng Chính phủ")
    assert citations.short(culture, "Điều 7") == (
        "Điều 7 Quy chế văn hóa công sở tại các cơ quan hành chính nhà nước ban hành kèm theo "
        "Quyết định số 129/2007/QĐ-TTg")
    assert citations.short(conduct, "Điều 5").startswith("Điều 5 Quy tắc ứng xử của cán bộ, công chức, viên chức")
    # The decision as a whole, and a decision that issues no regulation, as before.
    assert citations.full(culture).endswith("của Thủ tướng Chính phủ ban hành Quy chế văn hóa công sở tại các cơ "
                                            "quan hành chính nhà nước")
    assert citations.short(docs["qd-06-2008-bnv"], "Điều 3") == "Điều 3 Quyết định số 06/2008/QĐ-BNV"
    assert citations.regulation(culture, "Mẫu 01") == ""


def test_a_document_whose_date_is_not_known_is_cited_without_a_dangling_ngay():
    undated = {k: v for k, v in ND61.items() if k != "issued_on"}
    assert citations.full(undated, "Điều 5") == (
        "Điều 5 Nghị định số 61/2018/NĐ-CP của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông "
        "trong giải quyết thủ tục hành chính")


def test_a_decision_reads_from_its_parts_or_as_typed_before_parts_existed():
    parts = citations.decision_parts(json.dumps({"number": "123/QĐ-SNV", "issued_on": "2026-03-05",
                                                 "issuer": "Giám đốc Sở Nội vụ", "subject": ""}))
    assert citations.decision(parts) == "Quyết định số 123/QĐ-SNV ngày 05 tháng 3 năm 2026 của Giám đốc Sở Nội vụ"
    assert citations.decision(parts, gap="……").endswith("của Giám đốc Sở Nội vụ về việc ……")
    assert citations.decision_gaps(parts) == ["subject"]
    assert citations.decision_gaps(parts, "về việc thành lập Đoàn kiểm tra") == []
    # Typed before: a bare number (and date) is read as parts, anything longer as typed.
    bare = citations.decision_parts("Quyết định số 112/QĐ-UBND ngày 5/3/2026.")
    assert bare == {"number": "112/QĐ-UBND", "issued_on": "2026-03-05", "issuer": "", "subject": ""}
    assert citations.decision(bare, gap="……") == ("Quyết định số 112/QĐ-UBND ngày 05 tháng 3 năm 2026 "
                                                    "của ……………… về việc ……")
    typed = citations.decision_parts("Quyết định số 7/QĐ-UBND của UBND Thành phố phê duyệt Kế hoạch;")
    assert typed == {"text": "Quyết định số 7/QĐ-UBND của UBND Thành phố phê duyệt Kế hoạch"}
    assert citations.decision_gaps(typed) == [] and citations.decision(typed, gap="……") == typed["text"]
    assert citations.decision_parts("") is None and citations.decision(None) == ""


def test_a_proposed_request_names_the_item_s_basis_shortly_after_the_results_cite_it_in_full(tmp_path):
    import re

    from inspector_app.workspace import Workspace
    from tests.core.test_breach_rules import add_row, item, start_visit

    from .conftest import flat, pdftotext

    ws = Workspace.create(tmp_path / "ws", "field")
    try:
        visit, structure = start_visit(ws, "mot-cua-dot-xuat")
        ws.answers.answer(visit, item(structure, "C1")["id"], "khong_dat")
        ws.answers.answer(visit, item(structure, "C6")["id"], "khong_dat")
        add_row(ws, visit, structure, "DD", {"DD1": "Đặng Thị Hồng", "DD3": "co_mat", "DD5": False})
        ws.visits.add_participant(visit, "team", "Nguyễn Thị Thu Hà", "Phó Giám đốc", "head", gender="female")
        ws.visits.add_participant(visit, "unit", "Hoàng Minh", "Chủ tịch Ủy ban nhân dân", "head_of_unit",
                                  gender="male")
        ws.findings.add_proposed_requests(visit)
        texts = [r["text"] for r in ws.findings.requests(visit)]
        assert texts == [
            "Chấn chỉnh, bảo đảm cán bộ, công chức, viên chức làm việc tại Bộ phận Một cửa đeo thẻ công chức, "
            "viên chức trong khi thi hành nhiệm vụ theo quy định tại Điều 7 Quy chế văn hóa công sở tại các cơ quan "
            "hành chính nhà nước ban hành kèm theo Quyết định số 129/2007/QĐ-TTg; "
            "đối với các trường hợp: cán bộ Đặng Thị Hồng.",
            # A directive's only basis, with no article: followed "theo yêu cầu tại".
            next(t for t in texts if t.endswith("theo yêu cầu tại Chỉ thị số 26/CT-TTg."))]
        ws.visits.conclude(visit, "2026-11-20T10:30:00+07:00", reason="Kiểm tra đột xuất hai nội dung")
        ws.minutes.render(visit, tmp_path / "bb.pdf")
        text = flat(pdftotext(tmp_path / "bb.pdf"))
        full = text.index("Điều 7 Quy chế văn hóa công sở tại các cơ quan hành chính nhà nước ban hành kèm theo "
                          "Quyết định số 129/2007/QĐ-TTg ngày 02 tháng 8 năm 2007 của Thủ tướng Chính phủ")
        short = text.index("theo quy định tại Điều 7 Quy chế văn hóa công sở tại các cơ quan hành chính nhà nước "
                           "ban hành kèm theo Quyết định số 129/2007/QĐ-TTg;")
        assert full < text.index("KIẾN NGHỊ") < short        # the results cite it in full, the request after
        assert text.index("Chỉ thị số 26/CT-TTg ngày 05 tháng 9 năm 2016") < text.index("theo yêu cầu tại Chỉ thị")
        assert not re.search(r"theo quy định tại [^;.]* ngày \d", text)   # the request never repeats the date
    finally:
        ws.close()


def test_a_request_whose_rule_already_says_quy_dinh_takes_the_basis_there_never_twice():
    from inspector_app.services.proposals import with_basis

    qd129 = {"kind": "Quyết định", "number": "129/2007/QĐ-TTg", "article": "Điều 5",
             "title": "ban hành Quy chế văn hóa công sở tại các cơ quan hành chính nhà nước"}
    qd188 = {"kind": "Quyết định", "number": "188/1999/QĐ-TTg", "article": ""}
    nd118 = {"kind": "Nghị định", "number": "118/2025/NĐ-CP", "article": ""}
    assert with_basis("mặc trang phục ngành đúng quy định (nơi có quy định)", [qd129]) == (
        "mặc trang phục ngành đúng quy định tại Điều 5 Quy chế văn hóa công sở tại các cơ quan hành chính nhà nước "
        "ban hành kèm theo Quyết định số 129/2007/QĐ-TTg (nơi có quy định)")
    assert with_basis("không yêu cầu bổ sung hồ sơ trái quy định", [nd118]) == (
        "không yêu cầu bổ sung hồ sơ trái quy định tại Nghị định số 118/2025/NĐ-CP")
    assert with_basis("mở cửa đúng quy định về giờ làm việc", [qd188]) == (
        "mở cửa đúng quy định về giờ làm việc (Quyết định số 188/1999/QĐ-TTg)")
    assert with_basis("có máy lấy số thứ tự", [nd118]) == (
        "có máy lấy số thứ tự theo quy định tại Nghị định số 118/2025/NĐ-CP")
    assert with_basis("có máy lấy số thứ tự", []) == "có máy lấy số thứ tự"
