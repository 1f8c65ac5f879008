"""`MinutesPage`: choose a visit, edit what is said at the table, generate the
biên bản, preview it, print it with the template's copies, save it, mark it
signed ("Đã ký"), attach a scan, open an amendment and verify a PDF.

Rendering runs as a job of the op runner (a worker thread) with a progress
bar; the database is read and written in the GUI thread only. Every write
goes through the op runner, which broadcasts it on the change bus; the page
refreshes from the bus and says a refusal in its own message line.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from inspector_app.changes import Changes
from inspector_app.minutes import template as template_mod
from inspector_app.minutes.render import render_pdf
from inspector_app.services.minutes import write_file
from inspector_app.services.visits import STATUSES
from inspector_app.text import day, file_part, moment

from ..jobs import Job
from ..models import format_date, label
from ..ops import OpRunner, error_text
from .form import MinutesForm
from .preview import PdfPreview
from .printing import make_printer, print_document

LISTED = ("concluded", "minutes_signed", "exported", "received", "in_progress")
WATCHED = ("visit", "participant", "observation", "section_record", "finding", "request", "media",
           "evidence_link", "minutes")
WARNING_STYLE = "background: #fde2e1; color: #7a1712; border: 1px solid #e0a6a2; padding: 6px;"



class MinutesPage(QWidget):
    rendered = Signal()                 # a preview is ready (tests, main window)

    def __init__(self, ws, lang: str = "vi", parent=None, ops: OpRunner | None = None) -> None:
        super().__init__(parent)
        self.ws, self.lang = ws, lang
        self.ops = ops if ops is not None else OpRunner(lang, parent=self)
        self.ops.bus.subscribe(self, self.on_operation)
        self.visit_id: str | None = None
        self.pdf: bytes | None = None
        self.job: Job | None = None
        self.is_draft = False           # the PDF shown is a "DỰ THẢO" preview: never signed

        self.visit_combo = QComboBox()
        self.visit_combo.setAccessibleName(self.tr("Visit"))
        # A long unit name must not widen the window past 960 px (1920×1080 at 200 %).
        self.visit_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.visit_combo.setMinimumContentsLength(24)
        self.status_label = QLabel()
        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(WARNING_STYLE)
        self.warning_label.hide()
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.progress_bar = QProgressBar()
        self.progress_bar.hide()
        self.form = MinutesForm()
        self.preview = PdfPreview()

        self.generate_button = QPushButton(self.tr("Generate"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.sign_button = QPushButton(self.tr("Signed"))
        self.sign_button.setToolTip(self.tr("Both sides have signed the printed minutes: freeze them"))
        self.scan_button = QPushButton(self.tr("Attach scan…"))
        self.amend_button = QPushButton(self.tr("New amendment…"))
        self.verify_button = QPushButton(self.tr("Verify a PDF…"))
        self.draft_button = QPushButton(self.tr("Draft preview"))
        self.draft_button.setToolTip(self.tr("The minutes as the visit is now, marked DỰ THẢO on every page: "
                                             "to read before concluding, never to sign"))
        for button, slot in ((self.generate_button, self.generate), (self.print_button, self.print_minutes),
                             (self.save_button, self.save_pdf), (self.sign_button, self.sign),
                             (self.scan_button, self.attach_scan), (self.amend_button, self.new_amendment),
                             (self.verify_button, self.verify_file), (self.draft_button, self.preview_draft)):
            button.clicked.connect(lambda _checked=False, s=slot: s())
        self._add_keys()
        self._build_layout()
        self.visit_combo.currentIndexChanged.connect(self._combo_changed)
        self.reload_visits()

    def _add_keys(self) -> None:
        """Ctrl+P prints and Ctrl+S saves as PDF wherever the focus is while the page is shown
        (window context: a hidden page's actions do not fire), each button saying its key.
        The actions are the window's too, so Help → Keyboard shortcuts lists them."""
        for button, keys in ((self.print_button, QKeySequence.StandardKey.Print),
                             (self.save_button, QKeySequence.StandardKey.Save)):
            action = QAction(button.text(), self)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, b=button: b.isEnabled() and b.click())
            self.addAction(action)
            button.setText(f"{button.text()} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")

    def _build_layout(self) -> None:
        title = QLabel(self.tr("Minutes"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        title.setFont(font)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Visit")))
        top.addWidget(self.visit_combo, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.status_label)
        left_layout.addWidget(self.form)
        for row in ((self.generate_button, self.print_button), (self.save_button, self.sign_button),
                    (self.scan_button, self.amend_button), (self.draft_button, self.verify_button)):
            line = QHBoxLayout()
            for button in row:
                line.addWidget(button)
            left_layout.addLayout(line)
        left_layout.addWidget(self.progress_bar)
        left_layout.addWidget(self.message_label)
        left_layout.addStretch(1)
        # The form scrolls rather than make the window taller than a small screen.
        scroll = QScrollArea()
        scroll.setWidget(left)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setMinimumWidth(left.sizeHint().width() + 16)
        splitter = QSplitter()
        splitter.addWidget(scroll)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([360, 640])
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addWidget(self.warning_label)
        layout.addWidget(splitter, 1)

    # -- choosing a visit --------------------------------------------------------------------
    def reload_visits(self) -> None:
        keep = self.visit_id
        self.visit_combo.blockSignals(True)
        self.visit_combo.clear()
        for status in LISTED:
            for v in self.ws.visits.list(status=status, limit=500):
                when = format_date(v["scheduled_on"])
                text = f"{v['unit_name']} — {when} ({label(STATUSES[v['status']], self.lang)})"
                self.visit_combo.addItem(text, v["id"])
        self.visit_combo.blockSignals(False)
        index = self.visit_combo.findData(keep) if keep else (0 if self.visit_combo.count() else -1)
        if index >= 0:
            self.visit_combo.setCurrentIndex(index)
            self._show_visit(self.visit_combo.itemData(index))

    def set_visit(self, visit_id: str) -> None:
        index = self.visit_combo.findData(visit_id)
        if index < 0:
            self.reload_visits()
            index = self.visit_combo.findData(visit_id)
        if index >= 0:
            self.visit_combo.setCurrentIndex(index)
        self._show_visit(visit_id)

    def _combo_changed(self, index: int) -> None:
        if index >= 0:
            self._show_visit(self.visit_combo.itemData(index))

    def _show_visit(self, visit_id: str) -> None:
        if visit_id == self.visit_id and self.pdf is not None:
            return self.refresh_state()
        self.visit_id, self.pdf, self.is_draft = visit_id, None, False
        self.preview.clear()
        self.message_label.clear()
        self.refresh_state()
        current = self.ws.minutes.current(visit_id)
        if current and current["status"] == "signed":
            self._load_preview(self.ws.minutes.signed_pdf(current["id"]).read_bytes())

    def refresh_state(self) -> None:
        """Status line, locked fields, enabled buttons and the 'changed since signed' warning."""
        current = self.ws.minutes.current(self.visit_id) if self.visit_id else None
        signed = bool(current and current["status"] == "signed")
        self.form.set_values(current)
        self.form.set_locked(signed)
        if current is None:
            self.status_label.setText(self.tr("No minutes yet"))
        elif signed:
            self.status_label.setText(self.tr("Version %1 — signed on %2").replace("%1", str(current["version"]))
                                      .replace("%2", moment(current["signed_at"])))
        else:
            kind = self.tr("amendment draft") if current["amends_id"] else self.tr("draft")
            self.status_label.setText(self.tr("Version %1 — %2").replace("%1", str(current["version"]))
                                      .replace("%2", kind))
        busy = self.job is not None
        self.generate_button.setEnabled(bool(self.visit_id) and not signed and not busy)
        self.draft_button.setEnabled(bool(self.visit_id) and not signed and not busy)
        self.sign_button.setEnabled(self.pdf is not None and not self.is_draft and not signed and not busy)
        self.print_button.setEnabled(self.pdf is not None and not busy)
        self.save_button.setEnabled(self.pdf is not None and not busy)
        self.scan_button.setEnabled(signed)
        self.amend_button.setEnabled(signed)
        self._update_warning()

    def _update_warning(self) -> None:
        changes = self.ws.minutes.changed_since_signed(self.visit_id) if self.visit_id else None
        if not changes:
            # Before printing: items answered "Đạt" while records breach them (the core's words).
            current = self.ws.minutes.current(self.visit_id) if self.visit_id else None
            signed = bool(current and current["status"] == "signed")
            warnings = self.ws.minutes.warnings(self.visit_id) if self.visit_id and not signed else []
            if warnings:
                lines = [label(pair, self.lang) for pair in warnings[:8]]
                more = len(warnings) - len(lines)
                self.warning_label.setText("\n".join(lines) + (f"\n… (+{more})" if more > 0 else ""))
                self.warning_label.show()
            else:
                self.warning_label.hide()
            return
        lines = [label(pair, self.lang) for pair in changes[:8]]
        more = len(changes) - len(lines)
        text = self.tr("This visit has changed since its minutes were signed. "
                       "Record the changes in an amendment (biên bản bổ sung).")
        text += "\n• " + "\n• ".join(lines) + (f"\n… (+{more})" if more > 0 else "")
        self.warning_label.setText(text)
        self.warning_label.show()

    def apply_changes(self, changes: Changes) -> None:
        if changes.touches(*WATCHED):
            if changes.touches("visit"):
                self.reload_visits()
            self.refresh_state()

    def on_operation(self, changes: Changes, _initiator) -> None:
        """A change stored anywhere (the bus): refresh what it touched."""
        self.apply_changes(changes)

    def _run(self, action):
        """`action()` through the op runner; a refusal is said in the message line."""
        return self.ops.run(action, initiator=self, on_refused=self.message_label.setText)

    # -- generating ------------------------------------------------------------------------------
    def generate(self) -> bool:
        """Store the edited fields, check the visit and start rendering in the pool."""
        if not self.visit_id or self.job is not None:
            return False
        visit_id, values = self.visit_id, self.form.values()

        def store_and_prepare():
            changes = self.ws.minutes.update_draft(visit_id, **values)[1]
            return self.ws.minutes.prepare(visit_id), changes   # read after the write, in this thread

        prepared = self._run(store_and_prepare)
        if prepared is None:
            self.refresh_state()
            return False
        self._render(prepared[0], self.tr("Generating the minutes…"), self._finished)
        return True

    def preview_draft(self) -> bool:
        """Render the minutes as the visit is now, "DỰ THẢO" on every page, in the pool:
        also while the visit is in progress and whatever the minutes still lack
        (said in the message line); nothing is stored, and it cannot be signed."""
        if not self.visit_id or self.job is not None:
            return False
        visit_id = self.visit_id
        prepared = self._run(lambda: (self.ws.minutes.prepare_preview(visit_id), Changes()))
        if prepared is None:
            return False
        p = prepared[0]
        lacking = self.ws.minutes.missing(visit_id, p.content)
        self._render(p, self.tr("Generating the draft…"), lambda result: self._draft_finished(result, lacking),
                     draft=True)
        return True

    def _render(self, p, title: str, on_done, draft: bool = False) -> None:
        """Render prepared minutes in the job runner, the page showing its progress."""
        self.message_label.setText(title)
        self.job = self.ops.start_job(
            lambda progress: render_pdf(p.content, p.template, p.photo_files, p.cache_dir, progress, draft=draft),
            title=title, on_done=on_done,
            on_failed=lambda err: self._failed(error_text(err, self.lang)), on_cancelled=lambda: self._failed(""),
            on_progress=self._progress, initiator=self)
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        self.refresh_state()

    def _draft_finished(self, result, lacking: list[tuple[str, str]]) -> None:
        self.job = None
        self.progress_bar.hide()
        text = self.tr("Draft (DỰ THẢO), %1 pages: to read, not to sign.").replace("%1", str(result.pages))
        if lacking:
            text += " " + self.tr("Before the minutes can be generated: %1.").replace(
                "%1", "; ".join(label(pair, self.lang) for pair in lacking))
        self.message_label.setText(text)
        self.is_draft = True
        self._load_preview(result.pdf)
        self.rendered.emit()

    def _progress(self, done: int, total: int, _text: str) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def _finished(self, result) -> None:
        self.job = None
        self.progress_bar.hide()
        self.message_label.setText(self.tr("%1 pages. Print them, have both sides sign, then press Signed.")
                                   .replace("%1", str(result.pages)))
        self.is_draft = False
        self._load_preview(result.pdf)
        self.rendered.emit()

    def _failed(self, message: str) -> None:
        self.job = None
        self.progress_bar.hide()
        self.message_label.setText(message or self.tr("Cancelled."))
        self.refresh_state()

    def _load_preview(self, pdf: bytes) -> None:
        self.pdf = pdf
        self.preview.load(pdf)
        self.refresh_state()

    def wait(self) -> None:
        """Block until the op runner's workers are done (tests, closing)."""
        self.ops.jobs.pool.waitForDone()

    # -- printing, saving, signing -------------------------------------------------------------------
    def copies(self) -> int:
        return template_mod.copies_total(self.ws.minutes.template())

    def print_minutes(self, printer=None) -> int:
        """Print through the system dialog with the template's number of copies preset."""
        if self.pdf is None:
            return 0
        if printer is None:
            printer = make_printer(self.copies())
            if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:   # no printer here: to a file,
                printer.setOutputFileName(str(self.default_pdf_path()))     # named as Save as PDF names it
            dialog = QPrintDialog(printer, self)
            if dialog.exec() != QPrintDialog.DialogCode.Accepted:
                return 0
        return print_document(self.preview.document, printer)

    def save_pdf(self, path: str | Path | None = None) -> Path | None:
        if self.pdf is None:
            return None
        if path is None:
            path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the minutes as PDF"),
                                                        str(self.default_pdf_path()), self.tr("PDF files (*.pdf)"))
            if not path:
                return None
        write_file(Path(path), self.pdf)
        self.message_label.setText(self.tr("Saved to %1").replace("%1", str(path)))
        return Path(path)

    def default_pdf_path(self) -> Path:
        """Where 'Save as PDF' proposes to save: the Documents folder, under a
        name that says which minutes it is ("Biên bản kiểm tra 07-BB-ĐKT –
        Ủy ban nhân dân phường Ba Đình – 20-11-2026.pdf")."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) \
            or str(Path.home())
        visit = self.ws.visits.get(self.visit_id) if self.visit_id else None
        current = self.ws.minutes.current(self.visit_id) if self.visit_id else None
        unit = self.ws.units.find(visit["unit_id"]) if visit and visit.get("unit_id") else None
        parts = [" ".join(filter(None, [self.tr("Inspection minutes"), (current or {}).get("number")]))]
        if unit:
            parts.append(unit["name"])
        if visit and visit.get("scheduled_on"):
            parts.append(day(visit["scheduled_on"]).replace("/", "-"))
        return Path(folder) / (file_part(" – ".join(parts), 150) + ".pdf")

    def sign(self, confirm: bool = True) -> bool:
        """'Đã ký': freeze the printed PDF and its content; the visit becomes 'minutes signed'."""
        if self.pdf is None or not self.visit_id:
            return False
        if confirm and QMessageBox.question(
                self, self.tr("Signed"),
                self.tr("Have both sides signed the printed minutes? They will be frozen and can "
                        "only be changed by an amendment.")) != QMessageBox.StandardButton.Yes:
            return False
        visit_id, pdf = self.visit_id, self.pdf
        if self._run(lambda: self.ws.minutes.sign(visit_id, pdf)) is None:
            return False
        self.message_label.setText(self.tr("The minutes are signed and frozen."))
        self.reload_visits()
        self.refresh_state()
        return True

    def attach_scan(self, path: str | Path | None = None) -> bool:
        current = self.ws.minutes.current(self.visit_id) if self.visit_id else None
        if not current:
            return False
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(self, self.tr("Scan or photo of the signed paper"), "",
                                                        self.tr("Images and PDF (*.jpg *.jpeg *.png *.pdf)"))
            if not path:
                return False
        if self._run(lambda: self.ws.minutes.attach_scan(current["id"], path)) is None:
            return False
        self.message_label.setText(self.tr("The scan is attached to the minutes."))
        return True

    def new_amendment(self, reason: str | None = None) -> bool:
        if not self.visit_id:
            return False
        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("New amendment"), self.tr("Reason for the amendment"))
            if not ok:
                return False
        visit_id = self.visit_id
        if self._run(lambda: self.ws.minutes.start_amendment(visit_id, reason)) is None:
            return False
        self.pdf = None
        self.preview.clear()
        self.message_label.setText(self.tr("Amendment opened: the visit can be edited; then generate and sign it."))
        self.reload_visits()
        self.refresh_state()
        return True

    def verify_file(self, path: str | Path | None = None) -> bool | None:
        """Say whether a PDF matches this workspace's record, and what differs if not."""
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(self, self.tr("Verify a minutes PDF"), "",
                                                        self.tr("PDF files (*.pdf)"))
            if not path:
                return None
        verdict = self._run(lambda: self.ws.minutes.verify(path))
        if verdict is None:
            return False
        lines = verdict.details(self.lang)
        self.message_label.setText("\n".join([verdict.message(self.lang), *("• " + x for x in lines[:10])]))
        return verdict.ok
