"""Search finds visits, units, findings and items whatever the accents and case."""

from __future__ import annotations

from inspector_app.text import fold


def test_folding_drops_accents_and_d_bar():
    assert fold("Ủy ban nhân dân phường Ba Đình") == "uy ban nhan dan phuong ba dinh"
    assert fold("ĐỒNG ĐĂNG") == "dong dang"
    assert fold("Uỷ") == fold("Ủy")  # old and new accent placement


def test_unit_and_visit_found_without_accents(ws, visit):
    hits = {(h["entity"], h["id"]) for h in ws.search("uy ban phuong ba dinh")}
    assert ("org_unit", visit["unit"]) in hits
    assert ("visit", visit["visit"]) in hits
    assert ("org_unit", visit["province"]) not in hits


def test_d_folds_to_d_and_case_does_not_matter(ws, visit):
    assert any(h["id"] == visit["unit"] for h in ws.search("BA ĐÌNH"))
    assert any(h["id"] == visit["unit"] for h in ws.search("ba dinh"))
    assert any(h["id"] == visit["unit"] for h in ws.search("Ba Đ"))   # prefix while typing


def test_findings_and_checklist_items_are_found(ws, visit):
    finding, _ = ws.findings.add(visit["visit"], "Công chức không đeo thẻ trong giờ làm việc")
    assert [h["id"] for h in ws.search("deo the", entities=("finding",))] == [finding]
    assert {h["row"]["code"] for h in ws.search("tieu chi so 3", entities=("checklist_item",))} == {"A3"}


def test_a_renamed_unit_is_found_by_its_new_name_in_visits(ws, visit):
    ws.units.update(visit["unit"], name="Ủy ban nhân dân phường Ngọc Hà")
    assert [h["id"] for h in ws.search("ngoc ha", entities=("visit",))] == [visit["visit"]]


def test_deleted_findings_leave_the_index(ws, visit):
    finding, _ = ws.findings.add(visit["visit"], "Thiếu ghế chờ")
    ws.findings.remove(finding)
    assert not ws.search("thieu ghe cho")


def test_visit_list_filters_by_search_text(ws, visit):
    assert [v["id"] for v in ws.visits.list(text="phuong ba dinh")] == [visit["visit"]]
    assert ws.visits.list(text="khong co dau") == []
    assert ws.search("   ") == []


def test_visit_list_filters_by_status_unit_kind_and_day(ws, visit):
    later, _ = ws.visits.create(visit["unit"], "planned", "2026-12-01", [visit["template"]])
    assert [v["id"] for v in ws.visits.list(status="draft")] == [later]
    assert [v["id"] for v in ws.visits.list(status=["draft", "in_progress"])] == [later, visit["visit"]]
    assert [v["id"] for v in ws.visits.list(kind="surprise")] == [visit["visit"]]
    assert [v["id"] for v in ws.visits.list(day="2026-12-01")] == [later]
    assert ws.visits.list(unit_id=visit["province"]) == []


def test_rebuilding_the_whole_index_in_bulk_finds_the_same(tmp_path):
    """reindex_all (migration 2, a repair) bulk-inserts what the write path indexes row by row."""
    from inspector_app import demo
    from inspector_app.storage import search_index
    from inspector_app.workspace import Workspace

    with Workspace.create(tmp_path / "ws", "field") as ws:
        demo.fill(ws)
        queries = ["phuong ba dinh", "niem yet", "ho so", "uy ban"]
        before = {q: sorted(map(str, ws.search(q))) for q in queries}
        assert all(before.values())
        conn = ws.db.conn
        conn.execute("BEGIN IMMEDIATE")
        search_index.reindex_all(conn)
        conn.execute("COMMIT")
        assert {q: sorted(map(str, ws.search(q))) for q in queries} == before
        assert ws.db.utils["search_doc"].count == ws.db.utils["search_fts"].count
