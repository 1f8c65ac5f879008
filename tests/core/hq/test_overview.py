"""The Overview's core queries against the figures of overview_fixture.py, counted by hand,
and against the core's one set of counts (`ws.visits.counts`) visit by visit."""

from __future__ import annotations

import pytest

from inspector_app.hq import overview, overview_detail, periods, scope
from tests.core.hq import overview_fixture as fixture


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    ws, ids = fixture.build(tmp_path_factory.mktemp("overview") / "ws")
    yield ws, ids
    ws.close()


def _overview(ws, spec="2026", where=scope.PROVINCE, lang="vi"):
    return overview.Overview(ws, periods.parse(spec), where, lang, today=fixture.TODAY)


def _figures(rows, *keys):
    return [tuple(row[k] for k in keys) for row in rows]


def test_visits_planned_and_done_by_kind(small):
    ws, _ids = small
    rows = _overview(ws).visits()
    assert _figures(rows, "label", "planned", "done", "in_progress", "not_started") == [
        ("Theo kế hoạch, có báo trước", 1, 0, 1, 0),
        ("Đột xuất, không báo trước", 1, 1, 0, 0),
        ("Kiểm tra qua báo cáo", 1, 0, 0, 1),
        ("Tổng cộng", 3, 1, 1, 1)]
    assert rows[-1]["rate"] == 33.3
    assert _overview(ws, lang="en").visits()[0]["label"] == "Planned, with notice"


def test_non_compliance_by_area_and_by_item(small):
    ws, _ids = small
    view = _overview(ws)
    assert _figures(view.areas(), "area_code", "area", "checked", "failed", "rate") == [
        ("A", "Công khai thủ tục hành chính", 6, 5, 83.3), ("B", "Kỷ luật, kỷ cương", 1, 1, 100.0)]
    # most often failed first; equals in the checklist's order
    assert _figures(view.items(), "item_code", "checked", "failed") == [
        ("A1", 2, 2), ("A2", 2, 1), ("A3", 1, 1), ("A4", 1, 1), ("B1", 1, 1)]
    assert _figures(view.items(limit=2), "item_code") == [("A1",), ("A2",)]


def test_non_compliance_agrees_with_the_core_counts_of_each_visit(small):
    """The SQL's sums are those of checklists/counts.visit_counts over the year's visits:
    own answers, breaches by records (a condition that no longer holds, a deleted row and
    "Không áp dụng" included)."""
    ws, ids = small
    expected: dict[str, list[int]] = {}
    records: dict[str, list[int]] = {}
    for visit in ("v1", "v2", "v3"):
        counts = ws.visits.counts(ids[visit])
        for area in counts["areas"]:
            into = expected.setdefault(area["code"], [0, 0])
            into[0] += area["checked"]
            into[1] += area["noncompliant"]
        for table in counts["records"]:
            into = records.setdefault(table["code"], [0, 0, 0])
            for n, key in enumerate(("rows", "flagged", "late")):
                into[n] += table[key]
    view = _overview(ws)
    assert {a["area_code"]: [a["checked"], a["failed"]] for a in view.areas()} == \
        {code: figures for code, figures in expected.items() if figures[0]}
    staff, files = view.staff(), view.late_files()
    assert [staff["rows"], staff["flagged"], staff["late"]] == records["DD"] == [4, 2, 0]
    assert [files["rows"], files["flagged"], files["late"]] == records["HS"] == [2, 1, 1]


def test_staff_breaches_late_files_and_satisfaction(small):
    ws, _ids = small
    view = _overview(ws)
    staff = view.staff()
    assert (staff["visits"], staff["flagged_visits"], staff["flagged_rate"]) == (2, 1, 50.0)
    assert _figures(staff["breaches"], "field", "answer", "rows", "visits") == [
        ("Tình trạng", "Vắng không lý do", 1, 1), ("Đeo thẻ", "Không", 1, 1)]
    files = view.late_files()
    assert (files["late_rate"], files["late_visits"]) == (50.0, 1)
    assert _figures(files["breaches"], "field", "answer", "rows") == [
        ("Trễ hạn", "Có", 1), ("Có văn bản xin lỗi", "Không", 1)]
    happy = view.satisfaction()
    assert happy["choices"] == ["Hài lòng", "Bình thường", "Không hài lòng"]
    assert (happy["interviews"], happy["visits"]) == (3, 2)
    assert _figures(happy["rows"], "code", "counts", "total", "satisfied", "dissatisfied") == [
        ("PV1", {"Hài lòng": 1, "Bình thường": 1, "Không hài lòng": 1}, 3, 33.3, 33.3)]


def test_requests_by_effective_status(small):
    ws, _ids = small
    assert _figures(_overview(ws).requests(), "status", "label", "requests", "visits") == [
        ("due_soon", "Sắp đến hạn (trong 7 ngày)", 1, 1), ("overdue", "Quá hạn", 1, 1),
        ("reported", "Đơn vị đã báo cáo khắc phục", 1, 1), ("", "Tổng cộng", 3, 2)]


def test_every_number_lists_the_visits_behind_it(small):
    ws, ids = small
    view = _overview(ws)
    name = {ids[k]: k for k in ("v1", "v2", "v3", "v4")}

    def drilled(cell):
        return [(name[v["id"]], v["n"]) for v in view.drill(cell)]
    kinds = {r["kind"]: r for r in view.visits()}
    assert drilled(kinds[""]["cells"]["planned"]) == [("v1", 1), ("v2", 1), ("v3", 1)]
    assert drilled(kinds["planned"]["cells"]["in_progress"]) == [("v2", 1)]
    assert drilled(kinds["surprise"]["cells"]["done"]) == [("v1", 1)]
    area_a = view.areas()[0]
    assert drilled(area_a["cells"]["failed"]) == [("v1", 4), ("v2", 1)]          # sums to 5
    assert drilled(area_a["cells"]["checked"]) == [("v1", 4), ("v2", 2)]         # sums to 6
    items = {i["item_code"]: i for i in view.items(limit=None)}
    assert drilled(items["A3"]["cells"]["failed"]) == [("v1", 1)]
    assert drilled(items["A2"]["cells"]["checked"]) == [("v1", 1), ("v2", 1)]
    staff = view.staff()
    assert drilled(staff["cells"]["rows"]) == [("v1", 2), ("v2", 2)]
    assert drilled(staff["cells"]["flagged"]) == [("v1", 2)]
    card = next(b for b in staff["breaches"] if b["field"] == "Đeo thẻ")
    assert drilled(card["cells"]["rows"]) == [("v1", 1)]
    assert drilled(view.late_files()["cells"]["late"]) == [("v1", 1)]
    happy = view.satisfaction()["rows"][0]["cells"]
    assert drilled(happy["Bình thường"]) == [("v2", 1)]
    assert drilled(happy["total"]) == [("v1", 2), ("v2", 1)]
    requests = {r["status"]: r for r in view.requests()}
    assert drilled(requests["overdue"]["cells"]["requests"]) == [("v1", 1)]
    assert drilled(requests[""]["cells"]["requests"]) == [("v1", 2), ("v2", 1)]
    row = view.drill(requests["due_soon"]["cells"]["requests"])[0]
    assert (row["unit_name"], row["kind"], row["status"], row["day"], row["plan_number"], row["team_name"]) == (
        "Ủy ban nhân dân phường Ngọc Hà", "planned", "in_progress", "2026-03-01", "15/KH-UBND", "Đoàn kiểm tra số 1")


def test_scope_and_period_narrow_every_view(small):
    ws, ids = small
    ward_a = scope.parse(ws.db.conn, "unit:00004")
    view = _overview(ws, where=ward_a)
    assert _figures(view.visits(), "kind", "planned", "done") == [("surprise", 1, 1), ("", 1, 1)]
    assert _figures(view.areas(), "area_code", "checked", "failed") == [("A", 4, 4), ("B", 1, 1)]
    assert view.satisfaction()["interviews"] == 2
    assert _figures(view.requests(), "status", "requests") == [("overdue", 1), ("reported", 1), ("", 2)]
    city = _overview(ws, where=scope.parse(ws.db.conn, f"unit:{ids['city']}"))
    assert city.visits()[-1]["planned"] == 3                       # the city and every unit under it
    spring = _overview(ws, spec="2026-03-01..2026-12-14")
    assert _figures(spring.visits(), "kind", "planned") == [("planned", 1), ("desk_review", 1), ("", 2)]
    assert _figures(spring.areas(), "area_code", "checked", "failed") == [("A", 2, 1)]
    assert spring.staff()["rows"] == 2 and spring.staff()["flagged"] == 0
    last_year = _overview(ws, spec="2025")                         # 15/12/2024–14/12/2025: v4 alone
    assert _figures(last_year.areas(), "area_code", "checked", "failed") == [("A", 1, 1)]
    assert last_year.staff()["rows"] == 0 and last_year.satisfaction()["rows"][0]["total"] == 0
    team = _overview(ws, where=scope.parse(ws.db.conn, f"team:{ids['team']}"))
    assert team.visits()[-1]["planned"] == 3


def test_an_empty_period_has_empty_views(small):
    ws, _ids = small
    view = _overview(ws, spec="2030")
    assert view.visits() == [] and view.areas() == [] and view.items() == [] and view.requests() == []
    assert view.staff()["rows"] == 0 and view.staff()["breaches"] == []
    assert view.satisfaction() == {"choices": [], "rows": [], "interviews": 0, "visits": 0,
                                   "cells": view.satisfaction()["cells"]}


def test_a_visit_read_only_its_items_records_and_evidence(small):
    ws, ids = small
    detail = overview_detail.visit_detail(ws, ids["v1"])
    visit = detail["visit"]
    assert (visit["unit_name"], visit["kind_label"], visit["status_label"], visit["day"]) == (
        "Ủy ban nhân dân phường Ba Đình", "Đột xuất, không báo trước", "Đã kết thúc", "2026-02-10")
    area_a = detail["areas"][0]
    assert [(i["code"], i["answer"], i["noncompliant"]) for i in area_a["items"]] == [
        ("A1", "Đạt", True), ("A2", "Không đạt", True), ("A3", "Không áp dụng", True), ("A4", "Không", True)]
    assert area_a["items"][0]["breaches"] == ["Đỗ Văn Hùng (Tình trạng: Vắng không lý do)"]
    assert area_a["items"][2]["breaches"] == ["H01 (Có văn bản xin lỗi: Không)"]
    roll_call = detail["tables"][0]
    assert roll_call["columns"] == ["Họ và tên", "Tình trạng", "Đeo thẻ"]
    assert roll_call["rows"] == [["Nguyễn Thị Mai", "Có mặt", "Không"], ["Đỗ Văn Hùng", "Vắng không lý do", ""]]
    assert roll_call["flagged"] == [1, 2]
    assert [(e["name"], e["kind"], e["linked_to"]) for e in detail["evidence"]] == [
        ("niem-yet.jpg", "photo", ["A2 Tiêu chí A2"])]
    assert [r["deadline"] for r in detail["requests"]] == ["2026-03-01", "2026-03-15"]
    tu = overview_detail.visit_detail(ws, ids["v2"])["tables"][0]
    assert tu["rows"][1] == ["Lê Văn Tú", "Vắng có lý do", ""] and tu["flagged"] == []   # the card no longer asked


def test_the_scopes_to_choose_from(small):
    ws, _ids = small
    chosen = overview_detail.scopes(ws)
    assert chosen[0] == scope.PROVINCE
    assert [(s.kind, s.name) for s in chosen[1:]] == [
        ("plan", "15/KH-UBND — Kiểm tra công tác cải cách hành chính năm 2026"), ("team", "Đoàn kiểm tra số 1"),
        ("unit", "Sở Tư pháp thành phố Hà Nội"), ("unit", "Ủy ban nhân dân phường Ba Đình"),
        ("unit", "Ủy ban nhân dân phường Ngọc Hà"), ("unit", "Ủy ban nhân dân thành phố Hà Nội")]


def test_one_question_in_two_checklists_is_one_field(tmp_path):
    """A roll call's "Đeo thẻ" asked by two checklists is one breach row, its visits counted once;
    the citizens' criterion likewise one row."""
    ws, ids = fixture.build(tmp_path / "ws")
    try:
        other, _ = ws.checklists.import_data({**fixture.checklist(), "code": "tong-quan-khac",
                                              "title": "Phiếu kiểm tra khác"})
        items = {i["code"]: i["id"] for s in ws.checklists.structure(other)["sections"] for i in s["items"]}
        sections = {s["code"]: s["id"] for s in ws.checklists.structure(other)["sections"]}
        visit, _ = ws.visits.create(ids["ward_b"], "surprise", "2026-05-04", [other])
        ws.visits.start(visit, "2026-05-04T08:00:00")
        row, _ = ws.answers.add_record(visit, sections["DD"])
        ws.answers.answer(visit, items["DD1"], "Ngô Văn Hải", record_id=row)
        ws.answers.answer(visit, items["DD2"], "co_mat", record_id=row)
        ws.answers.answer(visit, items["DD3"], False, record_id=row)
        citizen, _ = ws.answers.add_record(visit, sections["PV"])
        ws.answers.answer(visit, items["PV1"], "hai_long", record_id=citizen)
        view = _overview(ws)
        staff = view.staff()
        assert _figures(staff["breaches"], "field", "answer", "rows", "visits") == [
            ("Đeo thẻ", "Không", 2, 2), ("Tình trạng", "Vắng không lý do", 1, 1)]
        card = staff["breaches"][0]
        assert sorted(v["id"] for v in view.drill(card["cells"]["rows"])) == sorted([ids["v1"], visit])
        happy = view.satisfaction()
        assert _figures(happy["rows"], "code", "counts", "total") == [
            ("PV1", {"Hài lòng": 2, "Bình thường": 1, "Không hài lòng": 1}, 4)]
        assert len(view.drill(happy["rows"][0]["cells"]["Hài lòng"])) == 2
        # the areas keep each checklist's own (a code names an area within its checklist)
        assert _figures(view.areas(), "checklist", "area_code", "checked", "failed") == [
            ("tong-quan", "A", 6, 5), ("tong-quan", "B", 1, 1), ("tong-quan-khac", "B", 1, 1)]
    finally:
        ws.close()
