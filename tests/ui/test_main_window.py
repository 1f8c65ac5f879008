"""The main window: listing and searching visits, the Library page, geometry, status bar."""

from __future__ import annotations

import os

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QMessageBox

from ui import app as ui_app
from ui.main_window import MainWindow
from ui.models import VisitsModel

# The offscreen platform plugin warns whenever a top-level window's size limits change.


def _window(qtbot, ws, settings, lang="vi") -> MainWindow:
    window = MainWindow(ws, lang, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_window_lists_the_visit_and_names_the_workspace(qtbot, ws, visit, settings):
    window = _window(qtbot, ws, settings)
    assert window.windowTitle() == f"Inspector — {ws.path}"
    assert window.pages.currentWidget() is window.visits_page
    model = window.visits_page.view.model()
    assert model.rowCount() == 1
    assert model.index(0, VisitsModel.UNIT).data() == "Ủy ban nhân dân phường Ba Đình"
    assert window.visits_page.empty_label.isHidden()


def test_search_without_accents_filters_the_visits(qtbot, ws, visit, settings):
    window = _window(qtbot, ws, settings)
    page = window.visits_page
    qtbot.keyClicks(page.search_edit, "phuong ba dinh")
    assert page.view.model().rowCount() == 1
    assert page.view.model().index(0, 0).data(Qt.ItemDataRole.UserRole) == visit["visit"]

    page.search_edit.clear()
    qtbot.keyClicks(page.search_edit, "xyz")
    assert page.view.model().rowCount() == 0
    assert page.empty_label.isVisible()
    assert "xyz" in page.empty_label.text()


def test_navigation_shows_the_library_with_the_checklist(qtbot, ws, visit, settings):
    window = _window(qtbot, ws, settings)
    rect = window.nav.visualItemRect(window.nav.item(MainWindow.LIBRARY))
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.pages.currentWidget() is window.library_page
    assert window.library_page.isVisible() and not window.visits_page.isVisible()
    model = window.library_page.checklists_tab.templates
    assert model.rowCount() == 1
    assert model.index(0, model.TITLE).data() == "Phiếu kiểm tra thử nghiệm Bộ phận Một cửa"


def test_status_bar_shows_role_and_device(qtbot, ws, visit, settings):
    window = _window(qtbot, ws, settings, lang="en")
    assert window.role_label.text() == "Field workspace"
    assert ws.device_name in window.device_label.text()


def test_window_changes_refresh_the_visits(qtbot, ws, visit, settings):
    window = _window(qtbot, ws, settings)
    window.ops.run(lambda: ws.visits.create(visit["province"], "planned", "2026-12-01", [visit["template"]]))
    assert window.visits_model.rowCount() == 2


def test_geometry_is_saved_and_restored(qtbot, ws, visit, settings):
    window = _window(qtbot, ws, settings)
    window.resize(QSize(780, 480))            # the offscreen screen is 800×600
    window.close()
    assert settings.contains("main_window/geometry")
    again = _window(qtbot, ws, settings)
    assert again.size() == QSize(780, 480)


def test_the_window_fits_a_full_hd_screen_at_200_percent(qtbot, ws, visit, settings, qapp, vi_translator):
    # 1920×1080 at 200 % scaling leaves 960×540 logical pixels, less the taskbar; with the
    # app's style sheet (its spacing) and the Vietnamese texts, as the app runs.
    from ui.style import apply_style

    before = qapp.styleSheet()
    apply_style(qapp)
    try:
        window = _window(qtbot, ws, settings)
        for page in range(window.pages.count()):
            window.show_page(page)
        window.open_visit(visit["visit"])
        minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
        assert minimum.width() <= 960 and minimum.height() <= 500, minimum
    finally:
        qapp.setStyleSheet(before)


def test_vietnamese_translation_of_the_window(qtbot, ws, visit, settings, vi_translator):
    assert vi_translator, "inspector_vi.qm did not load"
    window = _window(qtbot, ws, settings)
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
        "Cuộc kiểm tra", "Kiểm tra tại chỗ", "Biên bản", "Đồng bộ", "Thư viện"]
    model = window.visits_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[VisitsModel.UNIT] == "Đơn vị" and headers[VisitsModel.STATUS] == "Trạng thái"
    assert window.visits_page.search_edit.placeholderText() == "Tìm kiếm (gõ không dấu cũng được)…"
    assert window.role_label.text() == "Không gian làm việc của đoàn kiểm tra"


def test_english_keeps_the_source_strings(qtbot, ws, visit, settings):
    window = _window(qtbot, ws, settings, lang="en")
    assert window.nav.item(MainWindow.VISITS).text() == "Visits"


def test_second_instance_on_a_locked_workspace_is_refused(ws, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, title, text: shown.append((title, text)))
    assert ui_app.main(["--workspace", str(ws.path), "--lang", "en"]) == 1
    assert len(shown) == 1
    assert "already open by process" in shown[0][1] and str(os.getpid()) in shown[0][1]


def test_selftest():
    # In its own process: the self-test runs and quits an event loop, which
    # would leave this test process's application unable to run dialogs.
    import subprocess
    import sys
    result = subprocess.run([sys.executable, "-m", "ui.app", "--selftest", "--lang", "en"],
                            capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "selftest ok"


def test_the_first_start_on_an_empty_folder_runs_the_wizard(qtbot, tmp_path):
    from tests.ui.visit.conftest import answer_next_dialog
    from ui.wizard import FirstRunWizard

    seen = []

    def cancel(dialog):
        seen.append(type(dialog))
        dialog.reject()
    answer_next_dialog(cancel)
    assert ui_app.main(["--workspace", str(tmp_path / "moi"), "--lang", "vi"]) == 0
    assert seen == [FirstRunWizard]
    assert not (tmp_path / "moi" / "inspector.db").exists()      # cancelled: nothing made


def test_minutes_and_sync_pages_are_built_when_first_shown(qtbot, ws, visit, settings):
    from ui.minutes.page import MinutesPage
    from ui.sync.page import SyncPage

    window = _window(qtbot, ws, settings)
    assert not isinstance(window.minutes_page, MinutesPage)     # not paid for at start
    window.open_visit(visit["visit"])
    window.show_page(MainWindow.MINUTES)
    assert isinstance(window.minutes_page, MinutesPage) and window.pages.currentWidget() is window.minutes_page
    assert window.minutes_page.visit_id == visit["visit"]          # the open visit is the one shown
    window.show_page(MainWindow.SYNC)
    assert isinstance(window.sync_page, SyncPage) and window.pages.currentWidget() is window.sync_page
