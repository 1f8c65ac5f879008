"""Editing one criterion of the PAR index at HQ: its title, points, certainty and note, and
the checklist items mapped to it (through `ws.par`; the laptops receive the edits in HQ's
distribution)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
)

from inspector_app.services.par import CERTAINTIES

from ..icons import icon
from ..models import ID_ROLE, label
from ..ops import OpRunner


class CriterionDialog(QDialog):
    """Edits `criterion` (a row of `ws.par.criteria`) when accepted; mapping changes are made
    at once, each its own op, so what the list shows is what is stored."""

    def __init__(self, ws, criterion: dict, ops: OpRunner, lang: str = "vi", parent=None) -> None:
        super().__init__(parent)
        self.ws, self.ops, self.lang = ws, ops, lang
        self.criterion = criterion
        self.setWindowTitle(self.tr("Criterion %1").replace("%1", criterion["code"]))
        self.title = QLineEdit(criterion["title"])
        self.points = QDoubleSpinBox()
        self.points.setDecimals(2)
        self.points.setSingleStep(0.25)
        self.points.setRange(0, 100)
        self.points.setValue(float(criterion["points"] or 0))
        self.certainty = QComboBox()
        for code, pair in CERTAINTIES.items():
            self.certainty.addItem(label(pair, lang), code)
        self.certainty.setCurrentIndex(max(0, self.certainty.findData(criterion["certainty"])))
        self.note = QLineEdit(criterion["note"] or "")
        self.mapped = QListWidget()
        self.remove_button = QPushButton(icon("unlink"), self.tr("Remove the item"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.checklist = QComboBox()
        self.item = QComboBox()
        self.checklist.currentIndexChanged.connect(self._fill_items)
        for code in sorted({t["code"] for t in ws.checklists.list()}):
            self.checklist.addItem(code, code)
        self.add_button = QPushButton(icon("link"), self.tr("Map the item"))
        self.add_button.clicked.connect(self.add_item)
        adding = QHBoxLayout()
        adding.addWidget(self.checklist, 1)
        adding.addWidget(self.item, 2)
        adding.addWidget(self.add_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Points"), self.points)
        form.addRow(self.tr("Certainty of the points"), self.certainty)
        form.addRow(self.tr("Note (source)"), self.note)
        form.addRow(self.tr("Checklist items mapped"), self.mapped)
        form.addRow("", self.remove_button)
        form.addRow(self.tr("Add"), adding)
        form.addRow(buttons)
        self._fill_mapped()

    def _fill_mapped(self) -> None:
        self.mapped.clear()
        for row in self.ws.par.mappings(self.criterion["index_id"]):
            if row["criterion_id"] == self.criterion["id"]:
                item = QListWidgetItem(f"{row['template_code']} · {row['item_code']}", self.mapped)
                item.setData(ID_ROLE, row["id"])
        self.remove_button.setEnabled(self.mapped.count() > 0)

    def _fill_items(self) -> None:
        self.item.clear()
        code = self.checklist.currentData()
        templates = [t for t in self.ws.checklists.list() if t["code"] == code]
        if not templates:
            return
        newest = max(templates, key=lambda t: t["version"] or 0)
        for section in self.ws.checklists.structure(newest["id"])["sections"]:
            if section["repeatable"]:
                continue            # a row's breach already makes its item non-compliant
            for item in section["items"]:
                self.item.addItem(f"{item['code']} — {item['text'][:70]}", item["code"])

    def add_item(self) -> None:
        if self.ops.run(lambda: self.ws.par.map(self.criterion["id"], self.checklist.currentData(),
                                                self.item.currentData()), parent=self) is not None:
            self._fill_mapped()

    def remove_selected(self) -> None:
        current = self.mapped.currentItem() or self.mapped.item(0)
        if current is not None and self.ops.run(lambda: self.ws.par.unmap(current.data(ID_ROLE)),
                                                parent=self) is not None:
            self._fill_mapped()

    def save(self) -> None:
        done = self.ops.run(lambda: self.ws.par.update_criterion(
            self.criterion["id"], title=self.title.text(), points=self.points.value(),
            certainty=self.certainty.currentData(), note=self.note.text()), parent=self)
        if done is not None:
            self.accept()
