"""The table models: Qt's model contract, the shown values, refreshing by Changes."""

from __future__ import annotations

from PySide6.QtCore import Qt

from inspector_app.changes import Changes
from ui.models import ID_ROLE, VisitsModel, format_date


def _row(model, row: int = 0) -> list:
    return [model.index(row, c).data() for c in range(model.columnCount())]


def test_visits_model_passes_the_model_tester(qtmodeltester, ws, visit):
    model = VisitsModel(ws)
    model.refresh()
    assert model.rowCount() == 1
    qtmodeltester.check(model)



def test_visits_model_shows_date_unit_and_labels_in_vietnamese(ws, visit):
    model = VisitsModel(ws, "vi")
    model.refresh()
    assert _row(model) == ["20/11/2026 08:05", "Kiểm tra đột xuất tại Ủy ban nhân dân phường Ba Đình",
                           "Ủy ban nhân dân phường Ba Đình", "Đột xuất, không báo trước", "Đang kiểm tra", "0/6"]
    assert model.index(0, VisitsModel.UNIT).data(ID_ROLE) == visit["visit"]
    assert model.index(0, VisitsModel.TITLE).data(Qt.ItemDataRole.ToolTipRole).startswith("Kiểm tra đột xuất")


def test_visits_model_labels_in_english(ws, visit):
    model = VisitsModel(ws, "en")
    model.refresh()
    assert _row(model)[VisitsModel.KIND:VisitsModel.ANSWERED] == ["Surprise, without notice", "In progress"]



def test_visits_model_reloads_on_changes_that_touch_visits(ws, visit):
    model = VisitsModel(ws)
    model.refresh()
    changes = ws.answers.answer(visit["visit"], visit["items"]["A1"], "dat")
    assert model.apply_changes(changes)
    assert model.index(0, VisitsModel.ANSWERED).data() == "1/6"

    _id, changes = ws.visits.create(visit["province"], "planned", "2026-12-01", [visit["template"]])
    assert model.apply_changes(changes)
    assert model.rowCount() == 2
    assert model.index(0, VisitsModel.DATE).data() == "01/12/2026"  # newest first


def test_models_ignore_changes_elsewhere(ws, visit):
    visits = VisitsModel(ws)
    visits.refresh()
    unrelated = Changes.of([("media", "x")])
    assert not visits.apply_changes(unrelated)


def test_visits_model_search_text(ws, visit):
    model = VisitsModel(ws)
    model.refresh()
    model.set_text("uy ban phuong ba dinh")
    assert model.rowCount() == 1
    model.set_text("xyz")
    assert model.rowCount() == 0
    model.set_text("")
    assert model.rowCount() == 1


def test_format_date():
    assert format_date("2026-11-20") == "20/11/2026"
    assert format_date(None) == ""


def test_two_visits_of_one_unit_on_one_day_tell_apart_and_count_checklist_items_only(ws):
    """Issue 12: the arrival time and the title tell them apart; the answered count is of the
    checklist's items (not the roll-call and case-file cells) out of how many there are."""
    from tests.helpers.factories import setup_visit

    ids = setup_visit(ws, items=5)
    second, _ = ws.visits.create(ids["unit"], "surprise", "2026-11-20", [ids["template"]],
                                 title="Kiểm tra lại buổi chiều")
    ws.visits.start(second, "2026-11-20T14:30:10+07:00")
    ws.answers.answer(second, ids["items"]["A1"], "dat")
    sections = {s["code"]: s["id"] for s in ws.checklists.sections(ids["template"])}
    for name in ("Lê Văn An", "Trần Thị Bình", "Phạm Văn Cường"):   # roll-call rows: not checklist items
        record, _ = ws.answers.add_record(second, sections["DD"])
        ws.answers.answer(second, ids["items"]["DD1"], name, record_id=record)
    model = VisitsModel(ws, "vi")
    model.refresh()
    rows = {model.row_id(r): _row(model, r) for r in range(model.rowCount())}
    assert rows[second][:2] == ["20/11/2026 14:30", "Kiểm tra lại buổi chiều"]
    assert rows[ids["visit"]][0] == "20/11/2026 08:05"
    assert rows[second][VisitsModel.ANSWERED] == "1/7"   # 5 items, a note, a conditional one
