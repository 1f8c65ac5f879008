"""`SyncPage`: export and import bundles, conflicts, history, trusted devices.

Exports and imports run in a worker thread (`worker.Job`) with a progress
bar and a Cancel button; the page reports each bundle: accepted, already
had, held for approval, rejected and why, and what changed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector_app.changes import Changes
from inspector_app.errors import InspectorError
from inspector_app.progress import Cancelled
from inspector_app.services.base import LABELS

from ..icons import icon
from ..jobs import Job
from ..ops import OpRunner
from ..widgets import set_empty_text
from .panels import ConflictsPanel, DevicesPanel, HistoryPanel, fill, make_table


class SyncPage(QWidget):
    """The Sync screen over `ws`. What an import or a resolved conflict changed is
    broadcast on the op runner's change bus; `job_done` says a job ended."""

    job_done = Signal(object)

    def __init__(self, ws, lang: str = "vi", parent=None, ops: OpRunner | None = None) -> None:
        super().__init__(parent)
        self.ws, self.lang = ws, lang
        self.ops = ops if ops is not None else OpRunner(lang, parent=self)
        self.job: Job | None = None
        self._job_is_export = False
        self.last_reports: list = []
        self.tabs = QTabWidget()
        self.tabs.addTab(self._export_tab(), self.tr("Export"))
        self.tabs.addTab(self._import_tab(), self.tr("Import"))
        self.conflicts_panel = ConflictsPanel(ws, lang, self.ops)
        self.history_panel = HistoryPanel(ws, lang)
        self.devices_panel = DevicesPanel(ws, lang)
        self.tabs.addTab(self.conflicts_panel, self.tr("Conflicts"))
        self.tabs.addTab(self.history_panel, self.tr("History"))
        self.tabs.addTab(self.devices_panel, self.tr("Devices"))
        self.devices_panel.approve_requested.connect(self.approve)

        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress_text = QLabel()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        bar = QHBoxLayout()
        bar.addWidget(self.progress, 1)
        bar.addWidget(self.progress_text)
        bar.addWidget(self.cancel_button)
        self._set_busy(False)

        title = QLabel(self.tr("Sync"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        title.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bar)
        self.refresh()

    # -- building ---------------------------------------------------------------------
    def _export_tab(self) -> QWidget:
        tab = QWidget()
        self.kind_combo = QComboBox()
        kinds = ([("distribution", self.tr("Distribution package for the laptops")),
                  ("receipt", self.tr("Receipt for the laptops"))] if self.ws.role == "hq" else
                 [("findings", self.tr("Findings for headquarters")),
                  ("peer", self.tr("Findings for the team's laptops"))])
        for kind, label in kinds:
            self.kind_combo.addItem(label, kind)
        self.kind_combo.currentIndexChanged.connect(self._fill_recipients)
        self.recipients = QListWidget()
        self.recipients.setMaximumHeight(120)
        set_empty_text(self.recipients, self.tr(
            "No laptop enrolled yet: import their enrollment requests (Import tab, “Import a bundle…”).")
            if self.ws.role == "hq" else self.tr(
            "No recipient yet. Import HQ's distribution package first (Import tab, “Import a bundle…”)."))
        self.full_box = QCheckBox(self.tr("Everything, not only what HQ has not acknowledged yet"))
        self.plain_box = QCheckBox(self.tr("Do not encrypt (anyone with the file can read it)"))
        self.folder_edit = QLineEdit()
        self.folder_edit.setPlaceholderText(self.tr("USB stick or folder"))
        choose = QPushButton(icon("folder-open"), self.tr("Choose…"))
        choose.clicked.connect(self._choose_folder)
        folder = QHBoxLayout()
        folder.addWidget(self.folder_edit, 1)
        folder.addWidget(choose)
        self.export_button = QPushButton(icon("upload"), self.tr("Export"))
        self.export_button.clicked.connect(lambda: self.start_export(self.folder_edit.text()))
        self.export_result = QLabel()
        self.export_result.setWordWrap(True)
        self.export_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind_combo)
        form.addRow(self.tr("Recipients"), self.recipients)
        form.addRow("", self.full_box)
        form.addRow("", self.plain_box)
        form.addRow(self.tr("Destination"), folder)
        layout = QVBoxLayout(tab)
        layout.addLayout(form)
        layout.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.export_result)
        if self.ws.role != "hq":
            enroll = QPushButton(self.tr("Write an enrollment request for HQ…"))
            enroll.clicked.connect(self._enroll)
            layout.addWidget(enroll, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self._fill_recipients()
        return tab

    def _import_tab(self) -> QWidget:
        tab = QWidget()
        file_button = QPushButton(icon("download"), self.tr("Import a bundle…"))
        folder_button = QPushButton(icon("folder-open"), self.tr("Import a folder of bundles…"))
        file_button.clicked.connect(self._choose_file)
        folder_button.clicked.connect(self._choose_import_folder)
        self.import_buttons = [file_button, folder_button]
        buttons = QHBoxLayout()
        buttons.addWidget(file_button)
        buttons.addWidget(folder_button)
        buttons.addStretch(1)
        self.report_table = make_table([self.tr("File"), self.tr("Result"), self.tr("From"),
                                        self.tr("What changed, or why")], 3)
        header = self.report_table.horizontalHeader()
        for column, width in ((0, 250), (2, 220)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.report_detail = QLabel()
        self.report_detail.setWordWrap(True)
        self.report_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report_table.currentCellChanged.connect(lambda row, *_: self._show_detail(row))
        layout = QVBoxLayout(tab)
        layout.addLayout(buttons)
        layout.addWidget(self.report_table, 1)
        layout.addWidget(self.report_detail)
        self.visits_tree = QTreeWidget()
        self.visits_tree.setHeaderLabels([self.tr("Team, unit, visit"), self.tr("Status"), self.tr("Minutes")])
        self.visits_tree.setColumnWidth(0, 420)
        if self.ws.role == "hq":
            layout.addWidget(QLabel(self.tr("Visits received, by team and unit")))
            layout.addWidget(self.visits_tree, 1)
        else:
            self.visits_tree.hide()
        return tab

    # -- refreshing -----------------------------------------------------------------------
    def refresh(self) -> None:
        self._fill_recipients()
        self.conflicts_panel.refresh()
        self.history_panel.refresh()
        self.devices_panel.refresh()
        self._fill_visits()
        count = len(self.conflicts_panel.conflicts)
        self.tabs.setTabText(2, self.tr("Conflicts (%1)").replace("%1", str(count)) if count
                             else self.tr("Conflicts"))

    def _fill_recipients(self) -> None:
        self.recipients.clear()
        kind = self.kind_combo.currentData()
        try:
            chosen = {d["id"] for d in self.ws.sync.default_recipients(kind)}
        except InspectorError:
            chosen = set()
        for device in self.ws.sync.devices():
            if device["trust"] != "trusted":
                continue
            item = QListWidgetItem(f"{device['name'] or device['id']} — {device['fingerprint']}")
            item.setData(Qt.ItemDataRole.UserRole, device)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if device["id"] in chosen else Qt.CheckState.Unchecked)
            self.recipients.addItem(item)
        self.full_box.setVisible(kind == "findings")

    def _fill_visits(self) -> None:
        self.visits_tree.clear()
        if self.ws.role != "hq":
            return
        from inspector_app.services.visits import STATUSES
        teams: dict = {}
        for v in self.ws.sync.received_visits():
            team = teams.get(v["team_name"])
            if team is None:
                team = teams[v["team_name"]] = {"item": QTreeWidgetItem(
                    self.visits_tree, [v["team_name"] or self.tr("No team")]), "units": {}}
            unit = team["units"].get(v["unit_name"])
            if unit is None:
                unit = team["units"][v["unit_name"]] = QTreeWidgetItem(team["item"], [v["unit_name"] or "—"])
            status = STATUSES.get(v["status"], (v["status"], v["status"]))
            minutes = (f"{v['minutes_number'] or '—'} ({v['minutes_status']})" if v["minutes_id"]
                       else self.tr("none yet"))
            QTreeWidgetItem(unit, [f"{v['scheduled_on']} · {v['title']}", status[1 if self.lang == "en" else 0],
                                   minutes])
        self.visits_tree.expandAll()

    # -- jobs -------------------------------------------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress_text.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        for widget in (getattr(self, "export_button", None), *getattr(self, "import_buttons", [])):
            if widget is not None:
                widget.setEnabled(not busy)

    def exporting(self) -> bool:
        """A bundle is being written (closing the window now would stop it)."""
        return self.job is not None and self._job_is_export

    def _run(self, work, done, export: bool = False) -> None:
        """`work(progress)` as a job of the op runner (a worker thread: the core's write
        path is safe from any thread); `done(result)` back in this thread."""
        self._job_is_export = export
        self.job = self.ops.start_job(work, title=self.tr("Sync"), on_done=lambda result: self._finish(done, result),
                                      on_failed=self._failed, on_cancelled=lambda: self._failed(Cancelled()),
                                      on_progress=self._on_progress, initiator=self)
        self.progress.setRange(0, 0)
        self._set_busy(True)

    def _on_progress(self, done: int, total: int, text: str) -> None:
        scale = max(1, total // 1_000_000)
        self.progress.setRange(0, max(1, total // scale))
        self.progress.setValue(done // scale)
        self.progress_text.setText(text[:40])

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)

    def _finish(self, done, result) -> None:
        self.job = None
        self._set_busy(False)
        done(result)
        self.refresh()
        self.job_done.emit(result)

    def _failed(self, exc) -> None:
        self.job = None
        self._set_busy(False)
        if isinstance(exc, Cancelled):
            message = self.tr("Cancelled. Nothing was changed.")
        elif isinstance(exc, InspectorError):
            message = exc.message(self.lang)
        else:
            message = self.tr("Unexpected error: %1. Stored data is not affected.").replace("%1", str(exc))
        self.export_result.setText(message)
        self.refresh()
        self.job_done.emit(exc)
        if not isinstance(exc, Cancelled):
            self.ops.show_error(message, self)

    # -- export -----------------------------------------------------------------------------
    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Destination of the bundle"))
        if folder:
            self.folder_edit.setText(folder)

    def chosen_recipients(self) -> list[dict]:
        return [self.recipients.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.recipients.count())
                if self.recipients.item(i).checkState() == Qt.CheckState.Checked]

    def start_export(self, folder: str) -> None:
        if not folder:
            self.export_result.setText(self.tr("Choose a destination folder first."))
            return
        kind, recipients = self.kind_combo.currentData(), self.chosen_recipients()
        if not recipients:
            self.export_result.setText(self.tr("Choose at least one recipient."))
            return
        encrypt = not self.plain_box.isChecked()
        if not encrypt and QMessageBox.warning(
                self, self.tr("Unencrypted bundle"),
                self.tr("Anyone who gets this file can read everything in it. Export without encryption?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return
        full = self.full_box.isChecked()
        self.export_result.setText("")
        self._run(lambda job: self.ws.sync.export(kind, folder, recipients=recipients, full=full,
                                                  encrypt=encrypt, progress=job), self._exported, export=True)

    def _exported(self, result) -> None:
        names = ", ".join(d.get("name") or d["id"] for d in result.recipients)
        self.export_result.setText(self.tr("Written and verified: %1 (%2 operations, %3 files) for %4.")
                                   .replace("%1", str(result.path)).replace("%2", str(result.op_count))
                                   .replace("%3", str(result.media_count)).replace("%4", names))
        if result.visits_exported:
            self.ops.bus.broadcast(Changes.of(("visit", v) for v in result.visits_exported), self)

    def _enroll(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Enrollment request"),
                                              f"dang-ky-{self.ws.device_name}.bundle", "*.bundle")
        if name:
            if self.ops.run(lambda: self.ws.sync.enroll(name) or True, initiator=self) is None:
                return
            self.export_result.setText(self.tr("Enrollment request written to %1. Read this fingerprint to "
                                               "HQ: %2").replace("%1", name).replace("%2", self.ws.keys.fingerprint))

    # -- import -----------------------------------------------------------------------------
    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import a bundle"), "", "*.bundle")
        if name:
            self.start_import([name])

    def _choose_import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder of bundles"))
        if folder:
            self.start_import([folder])

    def start_import(self, paths: list[str]) -> None:
        self._run(lambda job: self.ws.sync.import_paths([Path(p) for p in paths], progress=job), self._imported)

    def _show_detail(self, row: int) -> None:
        item = self.report_table.item(row, 3) if row >= 0 else None
        name = self.report_table.item(row, 0) if row >= 0 else None
        self.report_detail.setText(f"{name.text()}: {item.text()}" if item and name else "")

    def approve(self, bundle_id: str, retrust: bool = False) -> None:
        """Import a held bundle a person approved; `retrust` only when they chose
        explicitly to re-trust a revoked device or take a device's new key."""
        held = next(h for h in self.ws.sync.held() if h["bundle_id"] == bundle_id)
        self._run(lambda job: [self.ws.sync.approve(bundle_id, held["fingerprint"], progress=job,
                                                    retrust=retrust)],
                  self._imported)

    def _imported(self, reports) -> None:
        self.last_reports = reports
        results = {"accepted": self.tr("Accepted"), "already_had": self.tr("Already had"),
                   "held": self.tr("Held for approval"), "rejected": self.tr("Rejected")}
        rows, changes = [], Changes()
        for r in reports:
            source = f"{r.source_name} ({r.fingerprint})" if r.source_name else "—"
            if r.status == "accepted":
                what = ", ".join(f"{n} {LABELS.get(e, (e, e))[1 if self.lang == 'en' else 0]}"
                                 for e, n in sorted(r.what_changed().items()))
                detail = self.tr("%1 new operations, %2 new files").replace("%1", str(r.new_ops)).replace(
                    "%2", str(r.new_media)) + (f": {what}" if what else "")
                changes = changes | r.changes
                # Imported, with something a person should know: operations set
                # aside, a clock behind headquarters'.
                detail = ". ".join([detail, *(w.message(self.lang) for w in r.warnings)])
            elif r.status == "already_had":
                detail = self.tr("Nothing new: this bundle was imported before.")
            else:
                detail = r.message(self.lang)
            rows.append([r.file, results[r.status], source, detail])
        if not reports:
            rows.append(["—", self.tr("No bundle found"), "—", self.tr("No .bundle file in what was chosen.")])
        fill(self.report_table, rows)
        problems = [n for n, r in enumerate(reports) if r.status in ("rejected", "held") or r.warnings]
        self._show_detail(problems[0] if problems else 0)
        self.tabs.setCurrentIndex(1)
        self.ops.bus.broadcast(changes, self)
