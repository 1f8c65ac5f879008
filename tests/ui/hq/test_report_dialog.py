"""'Lập báo cáo kỳ…' (ui/hq/report_dialog.py) and 'Xuất hồ sơ cuộc kiểm tra (PDF)…'
(ui/hq/visit_record_action.py) on the hand-counted HQ province of tests/core/hq/overview_fixture.py
(today 01/06/2026): v1 at ward A on 10/02/2026 and v2 at ward B on 01/03/2026 are in the first
quarter of 2026 (15/12/2025–14/03/2026); v3 (the department, 01/04/2026) is not."""

from __future__ import annotations

import datetime as dt
import re
import subprocess

import docx
import openpyxl
import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from tests.core.hq import overview_fixture as fixture
from ui.hq.overview import OverviewPage
from ui.hq.report_dialog import ReportDialog
from ui.main_window import MainWindow

TODAY = dt.date.fromisoformat(fixture.TODAY)


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    ws, ids = fixture.build(tmp_path_factory.mktemp("report_ui") / "ws")
    yield ws, ids
    ws.close()


@pytest.fixture
def dialog(qtbot, small, tmp_path, settings):
    ws, _ids = small
    widget = ReportDialog(ws, "vi", today=TODAY, folder=tmp_path / "Documents", settings=settings)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _choose(dialog, kind: str, scope_kind: str, name: str | None = None) -> None:
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(kind))
    dialog.year_box.setValue(2026)
    dialog.scope_kind_box.setCurrentIndex(dialog.scope_kind_box.findData(scope_kind))
    if name is not None:
        names = [dialog.scope_box.itemData(n).name for n in range(dialog.scope_box.count())]
        dialog.scope_box.setCurrentIndex(names.index(name))


def _files(root) -> list:
    return sorted(p for p in root.rglob("*") if p.is_file())


class _Opened(QObject):
    """Where QDesktopServices.openUrl sends file: URLs during a test (instead of a file manager)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_a_quarter_and_a_unit_make_the_report_and_its_appendices(qtbot, dialog, small, tmp_path):
    _ws, ids = small
    _choose(dialog, "q1", "unit", "Ủy ban nhân dân phường Ba Đình")
    # Units under their parents, so the clerk sees what a unit's report takes in.
    assert [dialog.scope_box.itemText(n) for n in range(dialog.scope_box.count())] == [
        "Ủy ban nhân dân thành phố Hà Nội", "    Sở Tư pháp thành phố Hà Nội", "    Ủy ban nhân dân phường Ba Đình",
        "    Ủy ban nhân dân phường Ngọc Hà"]
    assert dialog.scope().name == "Ủy ban nhân dân phường Ba Đình"
    assert dialog.window_label.text() == "số liệu từ 15/12/2025 đến 14/03/2026"
    assert not dialog.year_box.isHidden() and dialog.first_edit.isHidden()
    folder = dialog.folder()
    assert folder.parent == tmp_path / "Documents" and "Quý I năm 2026" in folder.name
    dialog.number_edit.setText("125")
    dialog.signer_edit.setText("Nguyễn Thị Thu Hà")
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    assert dialog.job is not None and not dialog.make_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=30_000)

    written = dialog.written
    assert written is not None
    assert sorted(p.name for p in _files(tmp_path / "Documents")) == [
        "Báo cáo kết quả kiểm tra CCHC quý I năm 2026 - Ủy ban nhân dân phường Ba Đình.docx",
        "Phụ lục báo cáo kết quả kiểm tra CCHC quý I năm 2026 - Ủy ban nhân dân phường Ba Đình.xlsx"]
    assert written.docx.parent == folder
    text = dialog.message_label.text()
    assert written.docx.name in text and written.xlsx.name in text and str(tmp_path) not in text
    assert not dialog.open_button.isHidden()

    report = docx.Document(str(written.docx))
    paragraphs = [p.text for p in report.paragraphs]
    assert "Kết quả kiểm tra công tác cải cách hành chính quý I năm 2026" in paragraphs
    head = [cell.text for cell in report.tables[0].rows[0].cells]
    assert "Số: 125/BC-SNV" in head[0]
    assert "Nguyễn Thị Thu Hà" in "\n".join(paragraphs + [c.text for t in report.tables for r in t.rows
                                                           for c in r.cells])
    book = openpyxl.load_workbook(written.xlsx)
    assert book.sheetnames[0] == "PL1 Cuộc kiểm tra"
    visits = book["PL1 Cuộc kiểm tra"]
    rows = [row for row in visits.iter_rows(min_row=2, values_only=True) if row[0] is not None]
    assert [row[-1] for row in rows if isinstance(row[0], int)] == [ids["v1"]]   # ward A's visit of the quarter
    assert "125/BC-SNV" in visits.oddHeader.center.text
    assert dialog.settings.value("hq_report/signer") == "Nguyễn Thị Thu Hà"

    opened = _Opened()
    QDesktopServices.setUrlHandler("file", opened, "open")
    try:
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [url.toLocalFile() for url in opened.urls] == [str(folder)]


def test_a_report_already_there_is_kept_the_new_one_numbered(qtbot, dialog, tmp_path):
    _choose(dialog, "year", "province")
    assert dialog.scope_box.isHidden()
    for _ in range(2):
        dialog.start()
        qtbot.waitUntil(lambda: dialog.job is None, timeout=30_000)
    names = [p.name for p in _files(dialog.folder())]
    assert names == ["Báo cáo kết quả kiểm tra CCHC năm 2026 (2).docx", "Báo cáo kết quả kiểm tra CCHC năm 2026.docx",
                     "Phụ lục báo cáo kết quả kiểm tra CCHC năm 2026 (2).xlsx",
                     "Phụ lục báo cáo kết quả kiểm tra CCHC năm 2026.xlsx"]


def test_a_range_is_reported_with_its_days(qtbot, dialog):
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("range"))
    assert not dialog.first_edit.isHidden() and dialog.year_box.isHidden()
    dialog.first_edit.setDate(dt.date(2026, 3, 1))
    dialog.last_edit.setDate(dt.date(2026, 5, 31))
    assert dialog.window_label.text() == "số liệu từ 01/03/2026 đến 31/05/2026"
    assert "từ 01-03-2026 đến 31-05-2026" in dialog.folder().name
    dialog.start()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=30_000)
    report = docx.Document(str(dialog.written.docx))
    assert any("từ 01/03/2026 đến 31/05/2026" in p.text for p in report.paragraphs)


def test_cancel_leaves_no_file_and_no_folder(qtbot, dialog, tmp_path):
    _choose(dialog, "year", "province")
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    assert dialog.job is not None and dialog.close_button.text() == "Cancel"
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)      # "Cancel" while it runs
    qtbot.waitUntil(lambda: dialog.job is None, timeout=30_000)
    assert dialog.written is None
    assert dialog.isVisible()                                             # cancelling does not close
    assert _files(tmp_path / "Documents") == [] and not dialog.folder().exists()
    assert dialog.make_button.isEnabled() and dialog.open_button.isHidden()


def test_a_folder_that_cannot_be_written_is_said_in_vietnamese(qtbot, dialog):
    # /sys refuses new folders even to root (sysfs), as a read-only share would.
    dialog.folder_edit.setText("/sys")
    dialog.start()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=30_000)
    text = dialog.ops.last_message.text()
    assert text.startswith("Chưa ghi được “sys”: không có quyền đọc hoặc ghi tệp.")
    assert "/sys" not in text and "Errno" not in text
    assert dialog.message_label.text() == text and dialog.written is None


def test_the_hq_window_has_the_reports_menu_and_the_visit_record_action(qtbot, small, tmp_path, settings):
    ws, ids = small
    window = MainWindow(ws, "vi", settings=settings)
    qtbot.addWidget(window)
    window.show()
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Inspector", "&Reports", "&Help"]
    assert [a.text() for a in window.menuBar().actions()[1].menu().actions()] == [
        "Make the period's report…", "Export the visit's record (PDF)…"]
    window.report_action.trigger()
    dialog = window.report_dialog
    assert dialog.isVisible() and dialog.ops is window.ops                # the app's one job runner
    dialog.reject()

    window.show_page(window.VISITS)
    view = window.visits_page.view
    row = next(r for r in range(window.visits_model.rowCount()) if window.visits_model.row_id(r) == ids["v1"])
    view.setCurrentIndex(window.visits_model.index(row, 0))
    assert view.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu and view.actions()
    window.record_export.folder = tmp_path / "Documents"
    (tmp_path / "Documents").mkdir()
    view.actions()[0].trigger()                                            # the list's context menu
    chooser = window.record_export.chooser
    chosen = chooser.selectedFiles()[0]
    assert chosen.startswith(str(tmp_path / "Documents"))
    assert chosen.endswith("Ủy ban nhân dân phường Ba Đình – 10-02-2026.pdf")
    chooser.accept()
    qtbot.waitUntil(lambda: window.record_export.job is None and window.record_export.message is not None,
                    timeout=30_000)
    pdf = tmp_path / "Documents" / chosen.rsplit("/", 1)[1]
    assert pdf.read_bytes()[:5] == b"%PDF-"
    assert [p.name for p in _files(tmp_path / "Documents")] == [pdf.name]   # no staging file left
    raw = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    text = re.sub(r"\s+", " ", raw)
    assert "PHIẾU KẾT QUẢ KIỂM TRA" in text and "Ủy ban nhân dân phường Ba Đình" in text
    assert pdf.name in window.record_export.message.text()


def test_the_record_of_a_visit_in_the_overviews_drill_down(qtbot, small, tmp_path):
    ws, _ids = small
    page = OverviewPage(ws, "vi", today=TODAY)
    qtbot.addWidget(page)
    page.show()
    drill = page.show_cell(page.view.visits()[-1]["cells"]["done"], "Đã thực hiện")
    assert drill.record_export.ops is page.ops
    drill.table.selectRow(0)
    visit_id = drill.detail.visit_id
    assert visit_id is not None
    target = tmp_path / "record.pdf"
    drill.record_export.save(visit_id, target)
    qtbot.waitUntil(lambda: drill.record_export.job is None, timeout=30_000)
    assert target.read_bytes()[:5] == b"%PDF-"


def test_a_record_that_cannot_be_written_is_said_and_leaves_nothing(qtbot, small, tmp_path, settings):
    ws, ids = small
    window = MainWindow(ws, "vi", settings=settings)
    qtbot.addWidget(window)
    window.record_export.save(ids["v1"], "/sys/Hồ sơ.pdf")              # sysfs: no new file, even for root
    qtbot.waitUntil(lambda: window.record_export.job is None, timeout=30_000)
    text = window.ops.last_message.text()
    assert text.startswith("Chưa ghi được “Hồ sơ.pdf”: không có quyền đọc hoặc ghi tệp.")
    assert "/sys" not in text


def test_the_record_action_takes_the_visit_open_when_the_list_is_not_shown(qtbot, small, tmp_path, settings):
    ws, ids = small
    window = MainWindow(ws, "vi", settings=settings)
    qtbot.addWidget(window)
    window.show()
    window.open_visit(ids["v2"])
    window.record_export.folder = tmp_path
    window.record_action.trigger()
    assert window.record_export.chooser.selectedFiles()[0].endswith("Ủy ban nhân dân phường Ngọc Hà – 01-03-2026.pdf")
    window.record_export.chooser.reject()
