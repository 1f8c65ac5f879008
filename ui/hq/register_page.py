"""The "Kiến nghị" page of an HQ workspace: the register of requests, followed to closure.

Filters (status, unit with its sub-units, period), a search without accents,
the table sorted by deadline (click a header to sort by another column), the
selected request's details (read when it is selected), and HQ's decisions on it through `ws.requests`:
the unit's report with its scans, verified, not or partly fixed, closed,
cancelled with a reason, reopened, more scans; and the follow-up letters
(one .docx per unit with late requests). Every call goes through the op
runner: a refusal is shown in Vietnamese, a change refreshes the table.

A search reads the requests' texts folded when they were written (`register.pick`: one
query), so the first search typed on a page just opened folds nothing.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector_app.hq import letters, periods, register
from inspector_app.text import day as day_text

from ..icons import icon
from ..messages import show_message
from ..ops import OpRunner
from ..widgets import make_table
from .register_dialogs import ReasonDialog, ReportDialog, ScanList
from .register_model import RegisterModel


class RegisterPage(QWidget):
    """The register over `ws`; `today` fixes the day deadlines are counted from (tests, screenshots)."""

    def __init__(self, ws, lang: str = "vi", ops: OpRunner | None = None, parent=None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ws, self.lang = ws, lang
        self.today = today
        self.ops = ops or OpRunner(lang, parent_widget=lambda: self, parent=self)
        self.model = RegisterModel(ws, lang, parent=self, today=today)
        self.ops.bus.subscribe(self, self._on_changes)
        self.dialog = None                 # the dialog open now (tests drive it)

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search without accents…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.model.set_text)
        self.status_filter, self.unit_filter, self.period_filter = QComboBox(), QComboBox(), QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), None)
        self.status_filter.addItem(self.tr("Still to be done"), "outstanding")
        self.status_filter.addItem(self.tr("Late (to remind)"), "late")
        for code in register.STATUSES:
            self.status_filter.addItem(register.label(code, lang), code)
        for combo in (self.status_filter, self.unit_filter, self.period_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        # The table is set up before the register is read: a view handed a model of 10,000
        # rows asks the header of every row shown at either end for its size, and then the
        # indicator before the sort is enabled, which sorts by it at once (Qt's own, descending,
        # would have sorted the rows twice).
        self.view = make_table(self.model, RegisterModel.TEXT)
        self._size_columns()
        self.view.horizontalHeader().setSortIndicator(RegisterModel.DEADLINE, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.model.refresh()
        self._fill_periods()
        self._fill_units()
        self.status_filter.currentIndexChanged.connect(self._apply_filters)
        self.unit_filter.currentIndexChanged.connect(self._apply_filters)
        self.period_filter.currentIndexChanged.connect(
            lambda: self.model.set_period(self.period_filter.currentData()))
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.model.modelReset.connect(self._after_reset)
        self.count_label = QLabel()
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setMinimumHeight(self.details.fontMetrics().lineSpacing() * 3)

        self.buttons = {}
        actions = (("report", self.tr("Unit's report…"), "file-text", self.record_report),
                   ("scans", self.tr("Attach scans…"), "paperclip", self.attach_scans),
                   ("verify", self.tr("Verified"), "circle-check", self.verify),
                   ("not_fixed", self.tr("Not fixed…"), "alert-triangle", lambda: self.not_fixed(False)),
                   ("partly", self.tr("Partly fixed…"), "clock-edit", lambda: self.not_fixed(True)),
                   ("close", self.tr("Close…"), "flag", self.close_request),
                   ("cancel", self.tr("Cancel…"), "unlink", self.cancel_request),
                   ("reopen", self.tr("Reopen…"), "rotate", self.reopen))
        grid = QGridLayout()
        for n, (key, text, name, slot) in enumerate(actions):
            button = QPushButton(icon(name), text)
            button.clicked.connect(slot)
            self.buttons[key] = button
            grid.addWidget(button, n // 4, n % 4)
        self.letters_button = QPushButton(icon("file-plus"), self.tr("Follow-up letters…"))
        self.letters_button.clicked.connect(self.choose_letters_folder)
        self.reinspection_button = QPushButton(icon("clipboard-check"), self.tr("Plan re-inspections…"))
        self.reinspection_button.clicked.connect(self.plan_reinspections)

        top = QHBoxLayout()
        top.addWidget(self.search_edit, 2)
        top.addWidget(self.status_filter, 1)
        top.addWidget(self.unit_filter, 1)
        top.addWidget(self.period_filter, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.reinspection_button)
        bottom.addWidget(self.letters_button)
        title = QLabel(self.tr("Register of requests"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        title.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.details)
        layout.addLayout(grid)
        self._after_reset()

    def _size_columns(self) -> None:
        """Widths from the font, not from the contents: measuring thousands of rows on every
        reset cost more than the register's read. The request's text takes the spare width."""
        header, metrics = self.view.horizontalHeader(), self.view.fontMetrics()
        pad = 3 * metrics.averageCharWidth()
        bold = header.fontMetrics()

        def fits(column: int, *samples: str) -> int:
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            return max(bold.horizontalAdvance(title), *(metrics.horizontalAdvance(s) for s in samples)) + 2 * pad
        widths = {RegisterModel.DEADLINE: fits(RegisterModel.DEADLINE, "00/00/00000"),
                  RegisterModel.STATUS: fits(RegisterModel.STATUS, *(register.label(c, self.lang)
                                                                     for c in register.STATUSES)),
                  RegisterModel.UNIT: metrics.averageCharWidth() * 34,
                  RegisterModel.VISIT: fits(RegisterModel.VISIT, "00/00/00000"),
                  RegisterModel.REPORT: fits(RegisterModel.REPORT, "999/BC-TTPVHCC · 00/00/00000")}
        for column in widths:             # every mode first: one column still sized to its contents
            header.setSectionResizeMode(column, header.ResizeMode.Interactive)    # would measure every row
        for column, width in widths.items():
            self.view.setColumnWidth(column, width)

    # -- filters ------------------------------------------------------------------------
    def _fill_periods(self) -> None:
        self.period_filter.addItem(self.tr("All periods"), None)
        days = set(self.model.table.visit_days)
        years = sorted({int(day[:4]) for day in days if day}, reverse=True)
        for year in years:
            for kind in ("year", "q1", "h1", "q3"):
                period = periods.official(kind, year)
                text = period.label(self.lang)
                self.period_filter.addItem(text[:1].upper() + text[1:], period)

    def _fill_units(self) -> None:
        chosen = self.unit_filter.currentData()
        self.unit_filter.blockSignals(True)
        self.unit_filter.clear()
        self.unit_filter.addItem(self.tr("All units"), None)
        acting = set(self.model.table.unit_ids)
        units = register.units(self.ws)
        parents = {unit_id: parent_id for unit_id, _name, parent_id in units}
        shown = set()
        for unit_id in acting:            # the units that must act, and those above them
            while unit_id and unit_id not in shown:
                shown.add(unit_id)
                unit_id = parents.get(unit_id)
        for unit_id, name, _parent in units:
            if unit_id in shown:
                self.unit_filter.addItem(name, unit_id)
        self.unit_filter.setCurrentIndex(max(self.unit_filter.findData(chosen), 0))
        self.unit_filter.blockSignals(False)

    def _apply_filters(self) -> None:
        self.model.set_filters(status=self.status_filter.currentData(), unit_id=self.unit_filter.currentData())

    def _on_changes(self, changes, _initiator) -> None:
        selected = self.selected()
        if self.model.apply_changes(changes):
            if changes.touches("org_unit"):
                self._fill_units()
            if selected:
                index = self.model.index_of(selected["id"])
                if index.isValid():
                    self.view.setCurrentIndex(index)

    # -- the selected request ---------------------------------------------------------
    def selected(self) -> dict | None:
        """The selected request as `register.entries` gives it (every field), or None."""
        index = self.view.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _after_reset(self) -> None:
        shown, total, late = self.model.counts()
        self.count_label.setText(self.tr("%1 of %2 requests shown; %3 late").replace("%1", str(shown))
                                 .replace("%2", str(total)).replace("%3", str(late)))
        self._show_selected()

    def _show_selected(self) -> None:
        row = self.selected()
        for button in self.buttons.values():
            button.setEnabled(row is not None)
        if row is None:
            self.details.setText(self.tr("Select a request to see its follow-up."))
            return
        final = row["status"] in register.FINAL
        for key in ("report", "verify", "not_fixed", "partly", "close", "cancel"):
            self.buttons[key].setEnabled(not final)
        self.buttons["scans"].setEnabled(bool(row["report_number"]))
        self.buttons["reopen"].setEnabled(register.stored(row["stored_status"]) != "open")
        self.details.setText(self._describe(row))

    def _describe(self, row: dict) -> str:
        lines = [f"{register.label(row['status'], self.lang)} — {row['text']}",
                 self.tr("Visit of %1 on %2; responsible: %3").replace("%1", row["visited_unit_name"] or "")
                 .replace("%2", day_text(row["visit_day"])).replace("%3", row["responsible"] or "")]
        if row["report_number"]:
            lines.append(self.tr("Unit's report %1 of %2, %3 scan(s)").replace("%1", row["report_number"])
                         .replace("%2", day_text(row["report_date"])).replace("%3", str(len(row["report_media_ids"]))))
        if row["check"]:
            check_day, _visit, result, note = row["check"]
            result_text = register.CHECK_LABELS.get(result, (result, result))[1 if self.lang == "en" else 0]
            seen = self.tr("Re-inspection of %1: %2").replace("%1", day_text(check_day)).replace("%2", result_text)
            lines.append(seen + (f" ({note})" if note else ""))
        if row["status_reason"]:
            lines.append(self.tr("Note: %1").replace("%1", row["status_reason"]))
        return "\n".join(lines)

    # -- HQ's decisions ------------------------------------------------------------------
    def _today(self) -> dt.date:
        return self.today or dt.date.today()

    def _run(self, action, dialog=None) -> None:
        """Run `action()` through the op runner; close `dialog` when it was done."""
        done = self.ops.run(action, initiator=self, parent=dialog or self)
        if done is not None and dialog is not None:
            dialog.done(1)

    def record_report(self) -> ReportDialog | None:
        row = self.selected()
        if row is None:
            return None
        dialog = ReportDialog(row["text"], self._today(), self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.on_ok = lambda: self._run(lambda: self.ws.requests.report(row["id"], on=self.today, **dialog.values()),
                                         dialog)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _reason(self, title: str, prompt: str, call) -> ReasonDialog | None:
        row = self.selected()
        if row is None:
            return None
        dialog = ReasonDialog(title, prompt, row["text"], self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.on_ok = lambda: self._run(lambda: call(row["id"], dialog.text()), dialog)
        self.dialog = dialog
        dialog.open()
        return dialog

    def verify(self) -> None:
        row = self.selected()
        if row is not None:
            self._run(lambda: self.ws.requests.verify(row["id"], on=self.today))

    def not_fixed(self, partly: bool) -> ReasonDialog | None:
        title = self.tr("Partly fixed") if partly else self.tr("Not fixed")
        return self._reason(title, self.tr("What remains to be done:"),
                            lambda rid, text: self.ws.requests.not_fixed(rid, text, partly=partly, on=self.today))

    def close_request(self) -> ReasonDialog | None:
        return self._reason(self.tr("Close the request"), self.tr("Note (optional):"),
                            lambda rid, text: self.ws.requests.close(rid, text, on=self.today))

    def cancel_request(self) -> ReasonDialog | None:
        return self._reason(self.tr("Cancel the request"), self.tr("Reason (required):"),
                            lambda rid, text: self.ws.requests.cancel(rid, text, on=self.today))

    def reopen(self) -> ReasonDialog | None:
        return self._reason(self.tr("Reopen the request"), self.tr("Reason (optional):"),
                            lambda rid, text: self.ws.requests.reopen(rid, text, on=self.today))

    def attach_scans(self) -> ScanList | None:
        row = self.selected()
        if row is None:
            return None
        picker = ScanList(self)
        picker.hide()
        chooser = picker.choose()
        chooser.filesSelected.connect(lambda paths: self._run(lambda: self.ws.requests.attach_scans(row["id"], paths)))
        self.dialog = chooser
        return picker

    def plan_reinspections(self):
        """The units with requests still to do → re-inspection visits (ui/hq/reinspection_dialog.py)."""
        from .reinspection_dialog import ReinspectionDialog

        self.dialog = ReinspectionDialog(self.ws, self.ops, self.lang, self, today=self._today().isoformat())
        self.dialog.open()
        return self.dialog

    # -- follow-up letters ---------------------------------------------------------------
    def choose_letters_folder(self) -> QFileDialog:
        chooser = QFileDialog(self, self.tr("Folder for the follow-up letters"))
        chooser.setFileMode(QFileDialog.FileMode.Directory)
        chooser.setOption(QFileDialog.Option.ShowDirsOnly, True)
        chooser.fileSelected.connect(self.write_letters)
        self.dialog = chooser
        chooser.open()
        return chooser

    def write_letters(self, folder: str) -> list:
        """One .docx per unit with late requests (of the period chosen) into `folder`; says how many."""
        try:
            made = letters.write_all(self.ws, folder, self._today(), period=self.model.period)
        except OSError as exc:
            self.ops.show_error(self.tr("The letters could not be written: %1").replace("%1", exc.strerror or ""),
                                self)
            return []
        if made:
            text = self.tr("%1 follow-up letter(s) written in %2.").replace("%1", str(len(made))).replace("%2", folder)
        else:
            text = self.tr("No unit has a late request: no letter was written.")
        self.ops.last_message = show_message(self, text, self.tr("Follow-up letters"),
                                             icon=QMessageBox.Icon.Information)
        return made
