"""The look (issue 12, point 9): one icon set shipped with its licence and found from the
source tree and the bundle, a style sheet applied once, status colours that carry words,
checklist texts read whole at 1366 px."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QLabel, QPushButton

from inspector_app.paths import resources_dir
from inspector_app.workspace import Workspace
from ui.icons import USED, icon, icon_path
from ui.main_window import MainWindow
from ui.style import STYLE_SHEET, apply_style, set_status

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def styled(qapp):
    """The app's style sheet, as ui/app.py applies it; taken off afterwards for the other tests."""
    before = qapp.styleSheet()
    apply_style(qapp)
    yield qapp
    qapp.setStyleSheet(before)


def test_every_icon_the_app_names_is_shipped_with_its_licence_and_draws(qapp):
    for name in USED:
        path = Path(icon_path(name))
        assert path.is_file() and path.parent == resources_dir() / "icons", name
        for size in (16, 20, 40):                                # 40: a 20 px icon at 200 %
            image = icon(name).pixmap(QSize(size, size)).toImage()
            assert not image.isNull() and image.width() == size, name
            assert any(image.pixelColor(x, y).alpha() for x in range(size) for y in range(size)), name
    licence = (resources_dir() / "icons" / "LICENSE").read_text(encoding="utf-8")
    assert licence.startswith("MIT License") and "Paweł Kuna" in licence
    shipped = {p.stem for p in (resources_dir() / "icons").glob("*.svg")}
    assert shipped == set(USED), "the script copies only the icons the app uses"
    with pytest.raises(KeyError):
        icon_path("not-an-icon")


def _stroke_lightness(image) -> float:
    """The mean lightness of the icon's drawn (opaque) pixels."""
    drawn = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())
             if image.pixelColor(x, y).alpha() > 200]
    assert drawn
    return sum(c.lightness() for c in drawn) / len(drawn)


@pytest.fixture
def dark_palette(qapp):
    before = qapp.palette()
    dark = QPalette(QColor("#1f2124"))          # a dark theme's window: light text on dark grey
    qapp.setPalette(dark)
    yield dark
    qapp.setPalette(before)


def test_on_a_dark_palette_the_icons_are_light_and_on_a_light_one_dark(qtbot, qapp, dark_palette):
    button = QPushButton("Thêm")
    button.setIcon(icon("plus"))
    button.setIconSize(QSize(20, 20))
    qtbot.addWidget(button)
    with qtbot.waitExposed(button):
        button.show()
    ground = dark_palette.color(QPalette.ColorRole.Button).lightness()
    shown = button.grab().toImage()
    # The brightest pixels of the button are the icon's stroke and the text: both light, seen on dark.
    icon_part = shown.copy(0, 0, shown.height(), shown.height())
    brightest = max(icon_part.pixelColor(x, y).lightness()
                    for x in range(icon_part.width()) for y in range(icon_part.height()))
    assert ground < 60 and brightest > 200
    for name in ("plus", "trash", "clipboard-check"):
        assert _stroke_lightness(icon(name).pixmap(QSize(40, 40)).toImage()) > 200, name
        disabled = _stroke_lightness(icon(name).pixmap(QSize(40, 40), QIcon.Mode.Disabled).toImage())
        assert ground + 40 < disabled < 200, name        # dimmed, still seen
    qapp.setPalette(QPalette(QColor("#f0f0f0")))         # a light palette: dark icons
    assert _stroke_lightness(icon("plus").pixmap(QSize(40, 40)).toImage()) < 80
    selected = QPalette(QColor("#f0f0f0"))
    selected.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    qapp.setPalette(selected)                            # a selected row: the highlighted text's colour
    assert _stroke_lightness(icon("plus").pixmap(QSize(40, 40), QIcon.Mode.Selected).toImage()) > 200


def test_no_qt_standard_icon_is_left_and_every_icon_named_in_ui_is_in_the_set():
    named = set()
    for path in (ROOT / "ui").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert "standardIcon" not in source and "StandardPixmap" not in source, path
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("icon", "app_icon") \
                    and node.args and isinstance(node.args[0], ast.Constant):
                named.add(node.args[0].value)
    assert named and named <= set(USED), named - set(USED)


def test_the_bundle_carries_the_icons_and_the_style_sheet():
    spec = (ROOT / "packaging" / "inspector.spec").read_text(encoding="utf-8")
    folders = re.search(r'for sub in \(([^)]*)\)', spec).group(1)
    assert '"icons"' in folders and '"styles"' in folders
    assert resources_dir() / "styles" / "inspector.qss" == STYLE_SHEET and STYLE_SHEET.is_file()


def test_the_style_sheet_is_applied_at_start_and_a_status_colour_comes_with_words(styled):
    assert "QLabel#visitTitle" in styled.styleSheet()
    label = QLabel("Có biên bản bổ sung chưa ký")
    set_status(label, "warning")
    label.ensurePolished()
    warned = label.palette().color(label.foregroundRole()).name()
    set_status(label, None)
    plain = label.palette().color(label.foregroundRole()).name()
    assert warned == "#8a4b00" and plain != warned and label.text()
    app_source = (ROOT / "ui" / "app.py").read_text(encoding="utf-8")
    assert app_source.count("apply_style(app)") == 1


def test_at_1366_px_the_checklist_shows_each_item_text_whole_and_the_nav_has_the_app_icons(
        qtbot, styled, tmp_path, settings):
    ws = Workspace.create(tmp_path / "ws", "field")
    try:
        template = next(t for t in ws.checklists.list() if t["code"] == "mot-cua-dot-xuat")
        unit, _ = ws.units.create("Ủy ban nhân dân phường Ngọc Hà", "commune")
        visit, _ = ws.visits.create(unit, "surprise", "2026-11-20", [template["id"]])
        window = MainWindow(ws, "vi", settings)
        qtbot.addWidget(window)
        window.resize(1366, 728)
        with qtbot.waitExposed(window):
            window.show()
        for row in range(window.nav.count()):
            assert not window.nav.item(row).icon().isNull()
        page = window.open_visit(visit)
        qtbot.wait(50)
        view, model = page.checklist.view, page.checklist.model
        section = model.index(0, 0)
        shown = 0
        for row in range(model.rowCount(section)):
            index = model.index(row, 0, section)
            rect = view.visualRect(index)
            if not rect.isValid() or rect.bottom() > view.viewport().height():
                break
            text = index.data()
            metrics = view.fontMetrics()
            needed = metrics.boundingRect(0, 0, rect.width() - 8, 10_000, 0x1000, text).height()   # word wrap
            assert rect.height() >= needed, (text, rect.height(), needed)
            shown += 1
        long_rows = [model.index(r, 0, section) for r in range(shown)
                     if view.fontMetrics().horizontalAdvance(model.index(r, 0, section).data())
                     > view.columnWidth(0)]
        assert long_rows, "the built-in checklist has texts longer than the column at 1366 px"
        assert all(view.visualRect(i).height() > view.fontMetrics().height() * 1.5 for i in long_rows)
        buttons = [b for b in page.findChildren(QPushButton) if b.isVisibleTo(page) and b.text()]
        assert buttons and all(not b.icon().isNull() for b in page.header.findChildren(QPushButton)
                               if b.isVisibleTo(page))
        page.shutdown()
    finally:
        ws.close()


def test_a_long_column_heading_of_the_roll_call_is_shown_whole_on_lines_that_fit(qtbot, styled, tmp_path, settings):
    ws = Workspace.create(tmp_path / "ws", "field")
    try:
        template = next(t for t in ws.checklists.list() if t["code"] == "mot-cua-dot-xuat")
        unit, _ = ws.units.create("Ủy ban nhân dân phường Ngọc Hà", "commune")
        visit, _ = ws.visits.create(unit, "surprise", "2026-11-20", [template["id"]])
        window = MainWindow(ws, "vi", settings)
        qtbot.addWidget(window)
        window.resize(1366, 728)
        with qtbot.waitExposed(window):
            window.show()
        page = window.open_visit(visit)
        panel = page.records[0]
        page.show_tab(page.tabs.indexOf(panel))
        header, model = panel.view.horizontalHeader(), panel.model
        long = [c for c in range(model.columnCount()) if len(model.items[c]["text"]) > 30]
        assert long, "the roll call has a heading longer than its column"
        metrics = header.fontMetrics()
        for column in long:
            full = model.items[column]["text"]
            shown = model.headerData(column, Qt.Orientation.Horizontal)
            assert shown.split() == full.split()                              # every word, none cut
            assert model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == full
            assert all(metrics.horizontalAdvance(line) < header.sectionSize(column) for line in shown.split("\n"))
        assert header.height() >= metrics.height() * 2                         # room for the lines
        page.shutdown()
    finally:
        ws.close()


def test_a_long_request_is_read_whole_in_the_findings_tab(qtbot, styled, ws, visit):
    from ui.visit.workspace import VisitWorkspace

    text = ("Khắc phục các tồn tại về giải quyết, trả kết quả: bảo đảm hồ sơ quá hạn giải quyết được xin lỗi "
            "tổ chức, cá nhân chậm nhất 01 ngày trước ngày hết hạn, nêu rõ lý do và thời hạn trả kết quả mới; "
            "sổ theo dõi hồ sơ được lập trên Hệ thống thông tin giải quyết thủ tục hành chính.")
    ws.findings.add_with_request(visit["visit"], "Chưa xin lỗi khi trễ hạn", request={
        "text": text, "responsible": "Chủ tịch Ủy ban nhân dân phường", "deadline": "2026-12-20"})
    page = VisitWorkspace(ws, visit["visit"], "vi")
    qtbot.addWidget(page)
    page.resize(1100, 700)
    with qtbot.waitExposed(page):
        page.show()
    page.show_tab(page.tabs.indexOf(page.findings))
    view = page.findings.requests_view
    index = page.findings.requests.index(0, 0)
    needed = view.fontMetrics().boundingRect(0, 0, view.columnWidth(0) - 20, 10_000, 0x1000, text).height()
    qtbot.waitUntil(lambda: view.rowHeight(0) >= needed, timeout=2_000)
    assert needed > view.fontMetrics().height() * 2 and index.data() == text
    page.shutdown()


def test_the_library_item_tree_keeps_its_text_column_readable_on_a_narrow_window(qtbot, tmp_path):
    from PySide6.QtWidgets import QHeaderView

    from ui.library.checklists_tab import ChecklistsTab
    from ui.library.tree_models import ChecklistTreeModel

    ws = Workspace.create(tmp_path / "ws", "field")
    try:
        tab = ChecklistsTab(ws, "vi")
        qtbot.addWidget(tab)
        header = tab.tree.header()
        floor = tab.tree.fontMetrics().averageCharWidth() * 24
        tab.resize(480, 600)                                  # narrow: 200 % on a small laptop screen
        with qtbot.waitExposed(tab):
            tab.show()
        # Too narrow for every column: the answer type, points, required and evidence columns
        # give way (the item's details say them) and the text keeps at least its floor width
        # (Qt's Stretch gave it what was left, "…" on the 200 % screenshot).
        folded = (ChecklistTreeModel.ANSWER_TYPE, ChecklistTreeModel.POINTS)
        qtbot.waitUntil(lambda: all(header.isSectionHidden(c) for c in folded), timeout=2_000)
        assert header.sectionSize(ChecklistTreeModel.TEXT) >= floor
        tab.resize(1800, 900)                                 # room enough: every column, the text the widest
        qtbot.waitUntil(lambda: not any(header.isSectionHidden(c) for c in folded)
                        and header.sectionResizeMode(ChecklistTreeModel.TEXT) == QHeaderView.ResizeMode.Stretch,
                        timeout=2_000)
        assert header.sectionSize(ChecklistTreeModel.TEXT) > floor
    finally:
        ws.close()


def test_on_a_dark_palette_the_checklist_colours_stay_readable(qtbot, qapp, ws, visit, dark_palette):
    """A required item left unanswered is tinted over the palette's base, a shortcoming's red is
    lighter on a dark one: the text is read on both (the tint was a fixed light yellow)."""
    from ui.visit.checklist_model import REQUIRED_MISSING_ROLE
    from ui.visit.workspace import VisitWorkspace

    page = VisitWorkspace(ws, visit["visit"], "vi")
    qtbot.addWidget(page)
    model = page.checklist.model
    section = model.index(0, 0)
    missing = next(model.index(r, 0, section) for r in range(model.rowCount(section))
                   if model.data(model.index(r, 0, section), REQUIRED_MISSING_ROLE))
    text = dark_palette.color(QPalette.ColorRole.Text).lightness()
    ground = model.data(missing, Qt.ItemDataRole.BackgroundRole).color()
    assert text > 200 and ground.lightness() < 100                      # light text on a dark amber
    assert page.checklist.answer(model.item_at(missing), "khong_dat")
    answer = model.index(missing.row(), model.ANSWER, section)
    assert model.data(answer, Qt.ItemDataRole.ForegroundRole).color().lightness() > 150
    qapp.setPalette(QPalette(QColor("#f0f0f0")))
    light = model.data(model.index(missing.row() + 1, 0, section), Qt.ItemDataRole.BackgroundRole).color()
    assert light.lightness() > 200                                       # the light yellow on a light base
    assert model.data(answer, Qt.ItemDataRole.ForegroundRole).color().name() == "#be1414"
    page.shutdown()
