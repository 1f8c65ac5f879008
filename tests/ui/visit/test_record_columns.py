"""Record tables fit the window (issue 12): at 1366 px, and on the 960 px a 200 % scale
leaves of 1920, the case files and the roll call do not scroll sideways; every heading
line fits its column and every value is read whole (wrapped in its cell, never cut)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QStyle

from inspector_app import demo
from inspector_app.workspace import Workspace
from ui.main_window import MainWindow


@pytest.fixture
def demo_ws(tmp_path):
    ws = Workspace.create(tmp_path / "ws", "field", device_name="Máy kiểm tra 01")
    made = demo.fill(ws)
    yield ws, made
    ws.close()


def _read_whole(qtbot, panel) -> None:
    view, model, header = panel.view, panel.model, panel.view.horizontalHeader()
    qtbot.waitUntil(lambda: view.horizontalScrollBar().maximum() == 0, timeout=2_000)
    assert header.length() <= view.viewport().width()
    heading, cell = header.fontMetrics(), view.fontMetrics()
    margins = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)   # Qt's
    for column in range(model.columnCount()):
        width = header.sectionSize(column)
        full = model.items[column]["text"]
        shown = model.headerData(column, Qt.Orientation.Horizontal)
        assert all(heading.horizontalAdvance(line) <= width - 8 for line in shown.split("\n")), (full, width)
        assert shown.replace("\n", " ") == full or shown.endswith("…"), shown   # whole, or "…" and the tooltip
        assert model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == full
        for row in range(model.rowCount()):
            text = model.data(model.index(row, column)) or ""
            assert all(cell.horizontalAdvance(word) <= width - margins for word in text.split()), (text, width)
            lines = cell.boundingRect(QRect(0, 0, width - margins, 10_000), Qt.TextFlag.TextWordWrap, text).height()
            qtbot.waitUntil(lambda r=row, h=lines: view.rowHeight(r) >= h, timeout=2_000)


@pytest.mark.parametrize("size", [(1366, 728), (960, 520)])
def test_case_files_and_roll_call_fit_the_window_and_are_read_whole(qtbot, demo_ws, settings, vi_translator, size):
    ws, _made = demo_ws
    visit = next(v for v in ws.visits.list() if v["status"] == "in_progress")["id"]
    window = MainWindow(ws, "vi", settings)
    qtbot.addWidget(window)
    window.resize(*size)
    with qtbot.waitExposed(window):
        window.show()
    page = window.open_visit(visit)
    for code in ("HS", "DD"):
        panel = next(p for p in page.records if p.section["code"] == code)
        page.show_tab(page.tabs.indexOf(panel))
        assert panel.model.rowCount() >= 5 and panel.model.columnCount() >= 7
        _read_whole(qtbot, panel)
    page.shutdown()
