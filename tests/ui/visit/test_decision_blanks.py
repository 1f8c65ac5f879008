"""The conclusion step lists each decision the minutes cite with a part missing, and
where to add it; the paper dots it for the clerk (issue 11, point 6)."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget

from tests.ui.visit.conftest import answer_next_dialog
from ui.visit.header import TimeDialog
from ui.visit.workspace import VisitWorkspace


def _listed_on_concluding(qtbot, ws, visit_id: str, lang: str) -> dict:
    page = VisitWorkspace(ws, visit_id, lang)
    qtbot.addWidget(page)
    page.show()
    seen: dict = {}

    def look(dialog):
        if not isinstance(dialog, TimeDialog):
            answer_next_dialog(look, 20)
            return
        shown = dialog.findChild(QListWidget, "blanks")
        seen["lines"] = list(dialog.blanks)
        seen["shown"] = [shown.item(n).text() for n in range(shown.count())] if shown else []
        seen["wraps"] = bool(shown and shown.wordWrap())
        dialog.reject()
    answer_next_dialog(look)
    assert not page.header.conclude()
    return seen


def test_a_plan_decision_without_its_subject_line_is_listed_with_where_to_add_it(qtbot, big):
    ws, ids = big
    ws.plans.update(ids["plan"], decision={"number": "123/QĐ-SNV", "issued_on": "2026-03-05",
                                           "issuer": "Giám đốc Sở Nội vụ"})
    seen = _listed_on_concluding(qtbot, ws, ids["visit"], "vi")
    assert seen["shown"] == seen["lines"] and seen["wraps"]
    (line,) = seen["lines"]
    assert line.startswith("Căn cứ Quyết định số 123/QĐ-SNV ngày 05 tháng 3 năm 2026 của Giám đốc Sở Nội vụ "
                           "chưa ghi trích yếu (về việc …)")
    assert "Thư viện → Kế hoạch, chọn “87/KH-UBND”, bấm “Sửa kế hoạch…”" in line


def test_nothing_is_listed_when_every_decision_is_whole(qtbot, big):
    ws, ids = big
    ws.plans.update(ids["plan"], decision={"number": "123/QĐ-SNV", "issued_on": "2026-03-05",
                                           "issuer": "Giám đốc Sở Nội vụ", "subject": "về việc ban hành Kế hoạch"})
    ws.plans.update_team(ids["team"], decision={"number": "140/QĐ-SNV", "issued_on": "2026-03-06",
                                                "issuer": "Giám đốc Sở Nội vụ"})      # its subject: the team
    seen = _listed_on_concluding(qtbot, ws, ids["visit"], "en")
    assert seen["lines"] == [] and seen["shown"] == []
