"""'Lập báo cáo kỳ…' (issue 13, point 4, in the HQ window): the period's report and its
appendices, made by `inspector_app.hq.report.make` (what `inspector-cli report` runs).

The clerk chooses a period (quarter I, six months, nine months or the year of a year, with
the official cut-offs of `hq/periods.py`, or any range), a scope from lists (the province, a
plan, a team, a unit with the units under it: `hq/scope.py`), the document's number, signer
and date, and a folder (by default "Documents/Báo cáo kiểm tra CCHC <kỳ>"). The report runs
in the app's one job runner (`OpRunner.start_job`) with progress and Cancel; the UI thread
never waits.

Nothing half-written: the files are made in a hidden folder of their own inside the chosen
folder, then renamed into it once both are complete; a cancel or a failure removes that
folder. A report already in the folder is never replaced (the clerk may have edited it): the
new one gets " (2)", " (3)"… Failures say the folder's name and why, in the core's words
(`hq.write_failed`), never a path.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDate, QSettings, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector_app.catalogue import say
from inspector_app.errors import InspectorError, os_reason
from inspector_app.hq import overview_detail, periods, report, report_text
from inspector_app.hq.scope import PROVINCE
from inspector_app.progress import Cancelled
from inspector_app.text import file_part

from ..icons import icon
from ..ops import OpRunner, error_text
from ..widgets import DateEdit
from .period_box import PeriodBox

SCOPE_KINDS = ("province", "plan", "team", "unit")
SIGNER_KEY = "hq_report/signer"


@dataclass(frozen=True)
class Written:
    """What a finished job wrote: the two files, and the figures said beside them."""

    docx: Path
    xlsx: Path
    visits: int
    requests: int


def documents_folder() -> Path:
    """The user's Documents folder (the home folder where there is none)."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
                or str(Path.home()))


def write_report(ws, period, where, options, folder: Path, progress) -> Written:
    """The job: make the report in a hidden staging folder inside `folder`, then move both
    files into `folder` under names not yet taken. Raises Cancelled or OSError, leaving
    nothing behind in either case (not even `folder`, when this made it)."""
    made_folder = not folder.exists()
    folder.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".inspector-report-", dir=folder))
    moved: list[Path] = []
    try:
        made = report.make(ws, period, staging, where, options, progress=progress)
        if progress.cancelled():
            raise Cancelled()
        targets = _free_names(folder, [made.docx.name, made.xlsx.name])
        for source, target in zip((made.docx, made.xlsx), targets):
            os.replace(source, target)
            moved.append(target)
        return Written(targets[0], targets[1], len(made.data.done), len(made.data.requests))
    except BaseException:
        for path in moved:           # one file of the two is not a report
            path.unlink(missing_ok=True)
        shutil.rmtree(staging, ignore_errors=True)
        if made_folder:
            with contextlib.suppress(OSError):
                folder.rmdir()       # only if empty
        raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _free_names(folder: Path, names: list[str]) -> list[Path]:
    """`names` in `folder`, or with the first suffix " (2)", " (3)"… that none of them has yet."""
    n = 1
    while True:
        paths = [folder / (name if n == 1 else f"{Path(name).stem} ({n}){Path(name).suffix}") for name in names]
        if not any(path.exists() for path in paths):
            return paths
        n += 1


class ReportDialog(QDialog):
    """The period's report over `ws`; `today` fixes the default period and date (tests);
    `folder` the parent of the proposed folder (default: Documents)."""

    def __init__(self, ws, lang: str = "vi", ops: OpRunner | None = None, parent=None,
                 today: dt.date | None = None, folder: Path | None = None, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.ws, self.lang = ws, lang
        self.ops = ops or OpRunner(lang, parent_widget=lambda: self, parent=self)
        self.today = today or dt.date.today()
        self.settings = settings if settings is not None else QSettings()
        self.base_folder = folder or documents_folder()
        self.job = None
        self.written: Written | None = None
        self._folder_chosen = False      # once the clerk picks a folder, the period no longer renames it
        self.setWindowTitle(self.tr("Make the period's report"))
        self._make_widgets()
        self._fill_scope_names()
        self._period_changed()

    # -- building ------------------------------------------------------------------------
    def _make_widgets(self) -> None:
        self.period_box = PeriodBox(self.today)
        box = self.period_box
        self.kind_box, self.year_box, self.first_edit, self.last_edit = (
            box.kind_box, box.year_box, box.first_edit, box.last_edit)
        box.changed.connect(self._period_changed)
        self.window_label = QLabel()
        period_row = QHBoxLayout()
        period_row.addWidget(self.period_box)
        period_row.addStretch(1)

        self.scope_kind_box = QComboBox()
        for kind, text in zip(SCOPE_KINDS, (self.tr("The whole province"), self.tr("A plan"), self.tr("A team"),
                                            self.tr("A unit and the units under it"))):
            self.scope_kind_box.addItem(text, kind)
        self.scope_box = QComboBox()
        self.scope_box.setMinimumContentsLength(40)
        self.scope_box.setMaxVisibleItems(20)
        self.scope_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.scope_kind_box.currentIndexChanged.connect(lambda _i: self._fill_scope_names())
        scope_row = QHBoxLayout()
        scope_row.addWidget(self.scope_kind_box)
        scope_row.addWidget(self.scope_box, 1)

        self.number_edit = QLineEdit()
        self.number_edit.setPlaceholderText(self.tr("blank: “……” to fill in"))
        self.number_edit.setFixedWidth(240)   # its hint whole, in Vietnamese too
        number_row = QHBoxLayout()
        number_row.addWidget(self.number_edit)
        number_row.addWidget(QLabel(f"/{report_text.Options().symbol}"))
        number_row.addStretch(1)
        self.signer_edit = QLineEdit(str(self.settings.value(SIGNER_KEY, "") or ""))
        self.signer_edit.setPlaceholderText(self.tr("Full name of the person who signs"))
        self.date_edit = DateEdit()
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDate(QDate(self.today.year, self.today.month, self.today.day))
        self.date_edit.setMaximumWidth(140)
        self.folder_edit = QLineEdit()
        self.folder_edit.textEdited.connect(lambda _t: setattr(self, "_folder_chosen", True))
        self.browse_button = QPushButton(icon("folder-open"), self.tr("Choose…"))
        self.browse_button.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse_button)

        form = QFormLayout()
        form.addRow(self.tr("Period:"), period_row)
        form.addRow("", self.window_label)
        form.addRow(self.tr("Scope:"), scope_row)
        form.addRow(self.tr("Number:"), number_row)
        form.addRow(self.tr("Signed by:"), self.signer_edit)
        form.addRow(self.tr("Date of the report:"), self.date_edit)
        form.addRow(self.tr("Save in the folder:"), folder_row)

        self.progress_bar = QProgressBar()
        self.progress_bar.hide()
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.open_button = QPushButton(icon("folder-open"), self.tr("Open the folder"))
        self.open_button.clicked.connect(self.open_folder)
        self.open_button.hide()
        self.make_button = QPushButton(icon("file-text"), self.tr("Make the report"))
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self.start)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self._close_or_cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.make_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The report (.docx, to edit in Word) and its appendices (.xlsx), from the visits "
                               "of the period and scope chosen."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.message_label)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.resize(760, 400)

    def _fill_scope_names(self) -> None:
        kind = self.scope_kind_box.currentData()
        self.scope_box.clear()
        if kind == "province":
            self.scope_box.addItem(self.tr("The whole province"), PROVINCE)
        else:
            chosen = [where for where in overview_detail.scopes(self.ws) if where.kind == kind]
            for where, depth in (self._as_tree(chosen) if kind == "unit" else [(w, 0) for w in chosen]):
                self.scope_box.addItem("    " * depth + where.name, where)
        self.scope_box.setVisible(kind != "province")
        if kind != "province" and not self.scope_box.count():
            self.scope_box.addItem(self.tr("(none in this workspace)"), None)
        self._refresh_state()

    def _as_tree(self, units: list) -> list[tuple]:
        """Units under their parents (name order within each), with their depth: the clerk
        sees which units a unit's report takes in."""
        parents = {row["id"]: row.get("parent_id") for row in self.ws.units.list()}
        ids = {where.id for where in units}
        children: dict = {}
        for where in units:
            parent = parents.get(where.id)
            children.setdefault(parent if parent in ids else None, []).append(where)
        out: list[tuple] = []
        seen: set = set()

        def walk(parent, depth: int) -> None:
            for where in children.get(parent, []):
                if where.id not in seen:
                    seen.add(where.id)
                    out.append((where, depth))
                    walk(where.id, depth + 1)
        walk(None, 0)
        return out + [(where, 0) for where in units if where.id not in seen]

    # -- what is chosen ----------------------------------------------------------------------
    def period(self) -> periods.Period:
        return self.period_box.period()

    def scope(self):
        return self.scope_box.currentData()

    def options(self) -> report_text.Options:
        return report_text.Options(number=self.number_edit.text().strip(),
                                   signer_name=self.signer_edit.text().strip(),
                                   day=self.date_edit.date().toPython())

    def folder(self) -> Path:
        return Path(self.folder_edit.text().strip())

    def proposed_folder(self) -> Path:
        """Documents/"Báo cáo kiểm tra CCHC năm 2026" (the period in its name)."""
        name = self.tr("CCHC inspection report %1").replace("%1", self.period().label(self.lang))
        return self.base_folder / file_part(name, 120)

    def _period_changed(self) -> None:
        period = self.period()
        self.window_label.setText(period.window(self.lang))
        if not self._folder_chosen:
            self.folder_edit.setText(str(self.proposed_folder()))

    def _refresh_state(self) -> None:
        running = self.job is not None
        for widget in (self.period_box, self.scope_kind_box,
                       self.number_edit, self.signer_edit, self.date_edit, self.folder_edit, self.browse_button):
            widget.setEnabled(not running)
        self.scope_box.setEnabled(not running and self.scope_kind_box.currentData() != "province"
                                  and self.scope() is not None)
        self.make_button.setEnabled(not running and self.scope() is not None)
        self.close_button.setText(self.tr("Cancel") if running else self.tr("Close"))

    # -- running ---------------------------------------------------------------------------
    def choose_folder(self) -> QFileDialog:
        """A folder chooser, opened without blocking; the folder chosen goes in the field."""
        chooser = QFileDialog(self, self.tr("Folder for the report"), str(self.folder().parent))
        chooser.setFileMode(QFileDialog.FileMode.Directory)
        chooser.setOption(QFileDialog.Option.ShowDirsOnly, True)
        chooser.fileSelected.connect(self._folder_picked)
        chooser.open()
        self.chooser = chooser
        return chooser

    def _folder_picked(self, folder: str) -> None:
        self._folder_chosen = True
        self.folder_edit.setText(folder)

    def start(self):
        """Make the report in the job runner; returns the job (None when nothing can start)."""
        where = self.scope()
        if self.job is not None or where is None or not self.folder_edit.text().strip():
            return None
        try:
            period = self.period()
        except InspectorError as err:
            self.ops.refuse(err, self)
            return None
        options, folder = self.options(), self.folder()
        self.settings.setValue(SIGNER_KEY, options.signer_name)
        self.written = None
        self.open_button.hide()
        self.message_label.setText(self.tr("Counting the visits of %1…").replace("%1", period.label(self.lang)))
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        ws = self.ws
        self.job = self.ops.start_job(
            lambda progress: write_report(ws, period, where, options, folder, progress),
            title=self.tr("The period's report"), on_done=self._done, on_failed=self._failed,
            on_cancelled=self._cancelled, on_progress=self._progress, initiator=self, parent=self)
        self._refresh_state()
        return self.job

    def _progress(self, done: int, total: int, _text: str) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        steps = (self.tr("Counting the visits…"), self.tr("Writing the report (.docx)…"),
                 self.tr("Writing the appendices (.xlsx)…"))
        if done < len(steps):
            self.message_label.setText(steps[done])

    def _done(self, written: Written) -> None:
        self._stopped()
        self.written = written
        self.message_label.setText(
            self.tr("Written in the folder “%1”:\n• %2\n• %3\n%4 visits made, %5 requests.")
            .replace("%1", written.docx.parent.name).replace("%2", written.docx.name)
            .replace("%3", written.xlsx.name).replace("%4", str(written.visits)).replace("%5", str(written.requests)))
        self.open_button.show()
        self.open_button.setFocus()

    def _failed(self, err: BaseException) -> None:
        self._stopped()
        if isinstance(err, OSError):
            text = say(self.lang, "hq.write_failed", path=f"“{self.folder().name}”", detail=os_reason(err))
        else:
            text = error_text(err, self.lang)
        self.message_label.setText(text)
        self.ops.show_error(text, self)

    def _cancelled(self) -> None:
        self._stopped()
        self.message_label.setText(self.tr("Cancelled: no file was written."))

    def _stopped(self) -> None:
        self.job = None
        self.progress_bar.hide()
        self._refresh_state()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _close_or_cancel(self) -> None:
        if self.job is not None:
            self.cancel()
        else:
            self.reject()

    def reject(self) -> None:
        """Closing (Esc, the window's ×) while the report runs cancels it."""
        self.cancel()
        super().reject()

    def open_folder(self) -> bool:
        """Show the folder written to in the system's file manager."""
        if self.written is None:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written.docx.parent)))


def open_report_dialog(window: QWidget) -> ReportDialog:
    """The dialog over the main window, on its op runner, opened without blocking."""
    dialog = ReportDialog(window.ws, window.lang, ops=window.ops, parent=window, settings=window.settings)
    dialog.open()
    window.report_dialog = dialog
    return dialog
