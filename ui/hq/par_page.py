"""The "Chỉ số CCHC" page of an HQ workspace: the inspections' contribution to the PAR index.

Pick a year and a unit (departments and communes; a service centre counts for the one above
it): each criterion of the index with the year's checks, failures and requests outstanding on
31/12 (today, while the year runs), the proposed deduction and HQ's decision. Staff accept the
proposal, override it with a reason, or undo the last decision; HQ edits a criterion's points,
title, certainty and mapped items (ui/hq/par_edit.py); the year's table for the scoring council is exported as
.xlsx. The certainty of the index's points is said above the table, always. Every call goes
through the op runner; the core computes everything (hq/par_evidence.py, services/par.py).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from inspector_app.hq import par_evidence, par_export
from inspector_app.services.par import CERTAINTIES
from inspector_app.text import day as day_text

from ..icons import icon
from ..messages import show_message
from ..models import label
from ..ops import OpRunner
from ..widgets import make_table
from .par_edit import CriterionDialog
from .par_model import ParModel, number


class OverrideDialog(QDialog):
    """The deduction to record instead of the proposal, and why."""

    def __init__(self, entry: par_evidence.CriterionEvidence, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Override the deduction"))
        self.points = QDoubleSpinBox()
        self.points.setDecimals(2)
        self.points.setSingleStep(0.25)
        self.points.setRange(0, float(entry.criterion["points"] or 0))
        self.points.setValue(entry.accepted if entry.accepted is not None else entry.proposed)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why the deduction differs from the proposal"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(f"{entry.criterion['code']}. {entry.criterion['title']}"))
        form.addRow(self.tr("Proposed"), QLabel(number(entry.proposed, lang)))
        form.addRow(self.tr("Deduction"), self.points)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(buttons)


class ParPage(QWidget):
    """The PAR contribution over `ws` for `year` (this year by default)."""

    def __init__(self, ws, lang: str = "vi", ops: OpRunner | None = None, parent=None,
                 year: int | None = None) -> None:
        super().__init__(parent)
        self.ws, self.lang = ws, lang
        self.ops = ops or OpRunner(lang, parent_widget=lambda: self, parent=self)
        self.model = ParModel(ws, lang, parent=self)
        self.ops.bus.subscribe(self, self._on_changes)
        self.dialog: QDialog | None = None
        self.loading = False               # the year's evidence is being read on a worker
        self._generation = 0               # which reading is the latest (an older one's result is dropped)
        self._keep_code: str | None = None

        title = QLabel(self.tr("PAR index: what the inspections show"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        title.setFont(font)
        self.certainty_label = QLabel()
        self.certainty_label.setWordWrap(True)
        self.certainty_label.setStyleSheet("color: #9a5b00; font-weight: bold;")
        self.year_box = QSpinBox()
        self.year_box.setRange(2020, 2100)
        self.year_box.setValue(year or dt.date.today().year)
        self.unit_box = QComboBox()
        self.unit_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unit_box.setMinimumContentsLength(24)
        self.load_button = QPushButton(icon("download"), self.tr("Load the index"))
        self.load_button.clicked.connect(self.load_index)
        self.view = make_table(self.model, ParModel.TITLE)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setMinimumHeight(self.details.fontMetrics().lineSpacing() * 5)
        self.totals_label = QLabel()
        self.accept_button = QPushButton(icon("circle-check"), self.tr("Accept the proposal"))
        self.override_button = QPushButton(icon("pencil"), self.tr("Override…"))
        self.undo_button = QPushButton(icon("arrow-back-up"), self.tr("Undo the decision"))
        self.edit_button = QPushButton(icon("settings"), self.tr("Edit the criterion…"))
        self.edit_button.clicked.connect(self.edit_criterion)
        self.export_button = QPushButton(icon("upload"), self.tr("Export for the council (.xlsx)…"))
        self.accept_button.clicked.connect(self.accept_proposal)
        self.override_button.clicked.connect(self.override)
        self.undo_button.clicked.connect(self.undo)
        self.export_button.clicked.connect(self.choose_export)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year")))
        top.addWidget(self.year_box)
        top.addWidget(QLabel(self.tr("Unit")))
        top.addWidget(self.unit_box, 1)
        top.addWidget(self.load_button)
        actions = QHBoxLayout()
        for button in (self.accept_button, self.override_button, self.undo_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.certainty_label)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.totals_label)
        layout.addWidget(self.details)
        layout.addLayout(actions)

        self.year_box.valueChanged.connect(self._year_changed)
        self.unit_box.currentIndexChanged.connect(self._unit_changed)
        self._fill_units()
        self._read_year()

    # -- reading ----------------------------------------------------------------------
    def _year_changed(self) -> None:
        self._read_year()

    def _read_year(self) -> None:
        """Read the year's evidence on a worker; the table shows it when it is done."""
        self._generation += 1
        generation, year = self._generation, self.year_box.value()
        selected = self.selected()
        self._keep_code = selected.criterion["code"] if selected else self._keep_code
        self.loading = True
        self.totals_label.setText(self.tr("Reading the visits of %1…").replace("%1", str(year)))
        self.ops.start_job(lambda _progress: ParModel.read(self.ws, year), title=self.tr("PAR index"),
                           on_done=lambda units: self._year_read(generation, year, units), parent=self)

    def _year_read(self, generation: int, year: int, units: dict) -> None:
        if generation != self._generation:       # the year changed, or data did, while it read
            return
        self.loading = False
        self.model.set_year_units(year, units)
        self._fill_units()
        if self._keep_code:
            self.select_criterion(self._keep_code)

    def _fill_units(self) -> None:
        held = bool(self.ws.par.indexes())
        self.load_button.setVisible(not held)
        if held:
            index = self.ws.par.index()
            certainty = label(CERTAINTIES.get(index["certainty"] or ""), self.lang)
            self.certainty_label.setText(self.tr("Certainty of the points: %1").replace("%1", certainty))
        else:
            self.certainty_label.setText(self.tr("No PAR index is held yet: load it to see the evidence."))
        owners = par_evidence.Owners(self.ws)
        current = self.unit_box.currentData()
        self.unit_box.blockSignals(True)
        self.unit_box.clear()
        for unit_id in self.model.year_units:
            self.unit_box.addItem(owners.name(unit_id), unit_id)
        found = self.unit_box.findData(current)
        self.unit_box.setCurrentIndex(found if found >= 0 else 0)
        self.unit_box.blockSignals(False)
        self._unit_changed()

    def _unit_changed(self) -> None:
        self.model.set_unit(self.unit_box.currentData())
        self._after_reset()

    def select_unit(self, unit_id: str) -> None:
        self.unit_box.setCurrentIndex(self.unit_box.findData(unit_id))

    def select_criterion(self, code: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.entry(row).criterion["code"] == code:
                self.view.selectRow(row)
                self.view.scrollTo(self.model.index(row, 0))
                return

    def selected(self) -> par_evidence.CriterionEvidence | None:
        index = self.view.currentIndex()
        return self.model.entry(index.row()) if index.isValid() else None

    def _after_reset(self) -> None:
        entries = [self.model.entry(n) for n in range(self.model.rowCount())]
        if entries:
            self.totals_label.setText(
                self.tr("Proposed deduction %1 · accepted %2 · %3 criteria not decided")
                .replace("%1", number(sum(e.proposed for e in entries), self.lang))
                .replace("%2", number(sum(e.accepted or 0 for e in entries), self.lang))
                .replace("%3", str(sum(e.decision is None for e in entries))))
        else:
            self.totals_label.setText(self.tr("No visit or request of this year is evidence for the index."))
        self.export_button.setEnabled(bool(self.ws.par.indexes()) and not self.loading)
        self._show_selected()

    def _show_selected(self) -> None:
        entry = self.selected()
        for button in (self.accept_button, self.override_button, self.edit_button):
            button.setEnabled(entry is not None)
        self.undo_button.setEnabled(entry is not None and entry.decision is not None)
        self.details.setText("" if entry is None else self._describe(entry))

    def _describe(self, entry: par_evidence.CriterionEvidence) -> str:
        lines = []
        for check in entry.failed[:8]:
            answer = self.tr("%1 (records breach it)").replace("%1", check.answer) if check.by_records \
                else check.answer
            lines.append(self.tr("%1 · %2 %3: %4").replace("%1", day_text(check.day)).replace("%2", check.item_code)
                         .replace("%3", answer).replace("%4", check.item_text))
        if len(entry.failed) > 8:
            lines.append(self.tr("… and %1 more").replace("%1", str(len(entry.failed) - 8)))
        for request in entry.requests[:5]:
            lines.append(self.tr("Request of %1, due %2: %3").replace("%1", day_text(request.visit_day))
                         .replace("%2", day_text(request.deadline) if request.deadline else "—")
                         .replace("%3", request.text))
        if entry.decision is not None:
            lines.append(self.tr("Decided by %1 on %2").replace("%1", entry.decision.get("decided_by") or "")
                         .replace("%2", day_text((entry.decision.get("decided_at") or "")[:10])))
        return "\n".join(lines) or self.tr("No evidence for this criterion this year.")

    def _on_changes(self, changes, _initiator) -> None:
        evidence = tuple(e for e in ParModel.ENTITIES if e != "par_decision")
        if changes.touches(*evidence):
            self._read_year()
        elif changes.touches("par_decision"):
            self.model.refresh_decisions()
            self._after_reset()

    # -- acting ------------------------------------------------------------------------
    def load_index(self) -> None:
        self.ops.run(self.ws.par.load, initiator=self)

    def accept_proposal(self) -> None:
        entry, unit = self.selected(), self.unit_box.currentData()
        if entry is None or unit is None:
            return
        self.ops.run(lambda: self.ws.par.decide(unit, self.model.year, entry.criterion["id"], proposed=entry.proposed),
                     initiator=self)

    def override(self) -> OverrideDialog | None:
        entry, unit = self.selected(), self.unit_box.currentData()
        if entry is None or unit is None:
            return None
        self.dialog = dialog = OverrideDialog(entry, self.lang, self)

        def done() -> None:
            self.ops.run(lambda: self.ws.par.decide(unit, self.model.year, entry.criterion["id"],
                                                    proposed=entry.proposed, accepted=dialog.points.value(),
                                                    note=dialog.reason.text()), initiator=self, parent=dialog)
        dialog.accepted.connect(done)
        dialog.open()
        return dialog

    def edit_criterion(self) -> CriterionDialog | None:
        """The selected criterion's title, points, certainty, note and mapped items (HQ's edits)."""
        entry = self.selected()
        if entry is None:
            return None
        self.dialog = dialog = CriterionDialog(self.ws, self.ws.par.criterion(entry.criterion["id"]), self.ops,
                                               self.lang, self)
        dialog.open()
        return dialog

    def undo(self) -> None:
        entry, unit = self.selected(), self.unit_box.currentData()
        if entry is None or unit is None:
            return
        self.ops.run(lambda: self.ws.par.undo_decision(unit, self.model.year, entry.criterion["id"]),
                     initiator=self)

    def choose_export(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Export for the council"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("Excel workbook (*.xlsx)"))
        dialog.setDefaultSuffix("xlsx")
        dialog.selectFile(f"chi-so-cchc-{self.model.year}.xlsx")
        dialog.fileSelected.connect(self.export)
        self.dialog = dialog
        dialog.open()
        return dialog

    def export(self, path: str) -> dict | None:
        try:
            figures = par_export.export(self.ws, self.model.year or dt.date.today().year, path, lang=self.lang)
        except OSError as exc:
            self.ops.show_error(self.tr("The workbook could not be written: %1").replace("%1", exc.strerror or ""),
                                self)
            return None
        self.ops.last_message = show_message(
            self, self.tr("The workbook for %1 was written: %2 units, %3 criterion rows.")
            .replace("%1", str(self.model.year)).replace("%2", str(figures["units"]))
            .replace("%3", str(figures["criteria"])), self.tr("PAR index"), QMessageBox.Icon.Information)
        return figures
