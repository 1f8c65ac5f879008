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
    assert _row(model) == ["20/11/2026", "Ủy ban nhân dân phường Ba Đình", "Đột xuất, không báo trước",
                           "Đang kiểm tra", 0]
    assert model.index(0, VisitsModel.UNIT).data(ID_ROLE) == visit["visit"]
    assert model.index(0, VisitsModel.UNIT).data(Qt.ItemDataRole.ToolTipRole).startswith("Kiểm tra đột xuất")


def test_visits_model_labels_in_english(ws, visit):
    model = VisitsModel(ws, "en")
    model.refresh()
    assert _row(model)[VisitsModel.KIND:VisitsModel.ANSWERED] == ["Surprise, without notice", "In progress"]



def test_visits_model_reloads_on_changes_that_touch_visits(ws, visit):
    model = VisitsModel(ws)
    model.refresh()
    changes = ws.answers.answer(visit["visit"], visit["items"]["A1"], "dat")
    assert model.apply_changes(changes)
    assert model.index(0, VisitsModel.ANSWERED).data() == 1

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
