"""'Xuất hồ sơ cuộc kiểm tra (PDF)…' in an HQ workspace, and the window's "Reports" menu.

`VisitRecordExport` asks where to save one visit's record (a Save dialog in Documents, named
by the minutes' number, the unit and the day) and writes it with
`inspector_app.hq.visit_record.render` (what `inspector-cli visit record` runs) in the app's
one job runner. The PDF is written beside its destination under a hidden name and renamed
once complete, so a failure leaves no half-written file; the failure is said with the
file's name and the reason in the core's words (`hq.write_failed`).

`install(window)` adds to an HQ main window the menu "Reports" (the period's report, the
selected visit's record) and the record action in the Visits list's context menu;
`drill_button(dialog)` adds the record button to the Overview's drill-down.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from inspector_app.catalogue import say
from inspector_app.errors import os_reason
from inspector_app.hq import visit_record
from inspector_app.text import day, file_part

from ..icons import icon
from ..messages import translate_buttons
from ..ops import OpRunner, error_text
from .report_dialog import documents_folder, open_report_dialog


def write_record(ws, visit_id: str, path: Path, progress) -> tuple[Path, int]:
    """The job: the record's PDF into a hidden file beside `path`, renamed to `path` once
    complete (an earlier file of that name is replaced, as the Save dialog asked). Returns
    (path, pages); on any failure nothing is left."""
    handle, temporary = tempfile.mkstemp(prefix=".inspector-", suffix=".pdf", dir=path.parent)
    os.close(handle)
    try:
        pages = visit_record.render(ws, visit_id, temporary)
        progress.report(1, 1)
        os.replace(temporary, path)
    finally:
        Path(temporary).unlink(missing_ok=True)
    return path, pages


translate = QCoreApplication.translate


class VisitRecordExport(QObject):
    """Saves visits' records for the window (or dialog) `widget`, through `ops`' job runner."""

    def __init__(self, ws, lang: str, ops: OpRunner, widget: QWidget, folder: Path | None = None) -> None:
        super().__init__(widget)
        self.ws, self.lang, self.ops, self.widget = ws, lang, ops, widget
        self.folder = folder
        self.job = None
        self.chooser: QFileDialog | None = None
        self.message: QMessageBox | None = None

    def default_path(self, visit_id: str) -> Path:
        """Documents/"Hồ sơ cuộc kiểm tra 15-BB-ĐKT – Ủy ban nhân dân phường Ba Đình – 20-12-2025.pdf"."""
        visit = self.ws.visits.get(visit_id)
        minutes = self.ws.minutes.current(visit_id) or {}
        unit = self.ws.units.find(visit.get("unit_id")) if visit.get("unit_id") else None
        parts = [" ".join(filter(None, [self.tr("Inspection record"), minutes.get("number")]))]
        if unit:
            parts.append(unit["name"])
        when = (visit.get("arrived_at") or visit.get("scheduled_on") or "")[:10]
        if when:
            parts.append(day(when).replace("/", "-"))
        return (self.folder or documents_folder()) / (file_part(" – ".join(parts), 150) + ".pdf")

    def ask(self, visit_id: str | None) -> QFileDialog | None:
        """The Save dialog, opened without blocking; the file chosen is written (`save`)."""
        if not visit_id or self.job is not None:
            return None
        chooser = QFileDialog(self.widget, self.tr("Save the visit's record as PDF"))
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setNameFilter(self.tr("PDF files (*.pdf)"))
        chooser.setDefaultSuffix("pdf")
        default = self.default_path(visit_id)
        chooser.setDirectory(str(default.parent))
        chooser.selectFile(default.name)
        chooser.fileSelected.connect(lambda path: self.save(visit_id, path))
        chooser.open()
        self.chooser = chooser
        return chooser

    def save(self, visit_id: str, path: str | Path):
        """Write the record to `path` in the job runner; returns the job."""
        target = Path(path)
        self.job = self.ops.start_job(lambda progress: write_record(self.ws, visit_id, target, progress),
                                      title=self.tr("The visit's record"), on_done=self._done,
                                      on_failed=lambda err: self._failed(err, target),
                                      on_cancelled=self._cancelled, parent=self.widget)
        return self.job

    def _done(self, result: tuple[Path, int]) -> None:
        self.job = None
        path, pages = result
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("The visit's record"),
                          self.tr("Saved “%1” (%2 pages) in the folder “%3”.").replace("%1", path.name)
                          .replace("%2", str(pages)).replace("%3", path.parent.name),
                          QMessageBox.StandardButton.Ok, self.widget)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        translate_buttons(box)
        opener = box.addButton(self.tr("Open the folder"), QMessageBox.ButtonRole.ActionRole)
        opener.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent))))
        box.open()
        self.message = box

    def _failed(self, err: BaseException, target: Path) -> None:
        self.job = None
        if isinstance(err, OSError):
            text = say(self.lang, "hq.write_failed", path=f"“{target.name}”", detail=os_reason(err))
        else:
            text = error_text(err, self.lang)
        self.message = self.ops.show_error(text, self.widget)

    def _cancelled(self) -> None:
        self.job = None


def record_action(parent: QWidget, exporter: VisitRecordExport, visit_id: Callable[[], str | None]) -> QAction:
    """"Export the visit's record (PDF)…" for the visit `visit_id()` names."""
    action = QAction(icon("download"), translate("VisitRecordExport", "Export the visit's record (PDF)…"), parent)
    action.triggered.connect(lambda _checked=False: exporter.ask(visit_id()))
    return action


def install(window) -> None:
    """HQ main window: the "Reports" menu and the Visits list's context menu action. The record
    is that of the visit selected in the list, else of the visit open in the Visit page."""
    window.record_export = exporter = VisitRecordExport(window.ws, window.lang, window.ops, window)
    view = window.visits_page.view

    def chosen() -> str | None:
        index = view.currentIndex()
        if window.pages.currentIndex() == window.VISITS and index.isValid():
            return window.visits_model.row_id(index.row())
        if window.visit_workspace is not None:
            return window.visit_workspace.visit_id
        return window.visits_model.row_id(index.row()) if index.isValid() else None

    window.report_action = QAction(icon("file-text"), translate("VisitRecordExport", "Make the period's report…"),
                                   window)
    window.report_action.triggered.connect(lambda _checked=False: open_report_dialog(window))
    window.record_action = record_action(window, exporter, chosen)
    menu = window.menuBar().addMenu(translate("VisitRecordExport", "&Reports"))
    menu.addAction(window.report_action)
    menu.addAction(window.record_action)
    menu.aboutToShow.connect(lambda: window.record_action.setEnabled(chosen() is not None))
    in_list = record_action(view, exporter, chosen)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    view.addAction(in_list)


def drill_button(dialog: QWidget, ws, lang: str, visit_id: Callable[[], str | None]) -> QPushButton:
    """"Export the visit's record (PDF)…" for the Overview's drill-down: on the op runner of the
    page that opened `dialog` (its parent's `ops`), else one of its own."""
    ops = getattr(dialog.parent(), "ops", None) or OpRunner(lang, parent_widget=lambda: dialog, parent=dialog)
    dialog.record_export = exporter = VisitRecordExport(ws, lang, ops, dialog)
    button = QPushButton(icon("download"), translate("VisitRecordExport", "Export the visit's record (PDF)…"))
    button.clicked.connect(lambda: exporter.ask(visit_id()))
    return button
