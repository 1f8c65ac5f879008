"""The Overview's drill down: the visits behind a number (`DrillDialog`), and one visit
read-only (`VisitDetail`): its items and answers (shortcomings in red, with the records
that breach them), its records' tables, its findings and requests, its evidence. The
data come from `inspector_app.hq.overview_detail.visit_detail`."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector_app.hq import overview_detail
from inspector_app.services.visits import KINDS, STATUSES
from inspector_app.text import day as day_text

from ..widgets import make_table, set_empty_text
from .overview_models import VisitListModel
from .visit_record_action import drill_button

RED = QColor("#b91c1c")


class VisitDetail(QWidget):
    """One visit, read-only; `show_visit(id)` fills it."""

    def __init__(self, ws, lang: str = "vi", parent=None) -> None:
        super().__init__(parent)
        self.ws, self.lang = ws, lang
        self.visit_id: str | None = None
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.items = QTreeWidget()
        self.items.setHeaderLabels([self.tr("Item"), self.tr("Answer"), self.tr("Note, records that breach it")])
        self.items.setWordWrap(True)
        self.items.setAlternatingRowColors(True)
        self.records = QTabWidget()
        self.others = QTreeWidget()
        self.others.setHeaderLabels([self.tr("Finding or request"), self.tr("Deadline"), self.tr("Status")])
        self.evidence = QTreeWidget()
        self.evidence.setHeaderLabels([self.tr("File"), self.tr("Kind"), self.tr("Taken"), self.tr("Linked to")])
        for tree in (self.others, self.evidence):
            tree.setRootIsDecorated(False)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.items, self.tr("Items"))
        self.tabs.addTab(self.records, self.tr("Records"))
        self.tabs.addTab(self.others, self.tr("Findings and requests"))
        self.tabs.addTab(self.evidence, self.tr("Evidence"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)

    def show_visit(self, visit_id: str) -> dict:
        """Fill the panel with the visit; returns what it shows (`visit_detail`)."""
        detail = overview_detail.visit_detail(self.ws, visit_id, self.lang)
        self.visit_id = visit_id
        visit = detail["visit"]
        self.header.setText(f"{visit['title'] or ''}\n{visit['unit_name']} — {day_text(visit['day'])} — "
                            f"{visit['kind_label']} — {visit['status_label']}")
        self.items.clear()
        for area in detail["areas"]:
            parent = QTreeWidgetItem(self.items, [f"{area['code']}. {area['title']}"])
            failed = sum(1 for i in area["items"] if i["noncompliant"])
            parent.setText(1, self.tr("%1 non-compliant").replace("%1", str(failed)) if failed else "")
            for item in area["items"]:
                note = "; ".join(filter(None, [item["note"], *item["breaches"]]))
                row = QTreeWidgetItem(parent, [f"{item['code']} {item['text']}", item["answer"], note])
                row.setToolTip(0, item["text"])
                row.setToolTip(2, note)
                if item["noncompliant"]:
                    for column in range(3):
                        row.setForeground(column, QBrush(RED))
            parent.setExpanded(True)
        self.items.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._fill_records(detail["tables"])
        self.others.clear()
        for finding in detail["findings"]:
            QTreeWidgetItem(self.others, [finding["text"], "", ""])
        for request in detail["requests"]:
            QTreeWidgetItem(self.others, [request["text"], day_text(request["deadline"]), request["status"] or ""])
        self.evidence.clear()
        for media in detail["evidence"]:
            QTreeWidgetItem(self.evidence, [media["name"], media["kind"], day_text(media["captured_at"][:10]),
                                            "; ".join(media["linked_to"])])
        self.tabs.setTabText(3, self.tr("Evidence (%1)").replace("%1", str(len(detail["evidence"]))))
        return detail

    def _fill_records(self, tables: list[dict]) -> None:
        while self.records.count():
            page = self.records.widget(0)
            self.records.removeTab(0)
            page.deleteLater()
        for table in tables:
            view = QTableWidget(len(table["rows"]), len(table["columns"]))
            view.setHorizontalHeaderLabels(table["columns"])
            view.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            for r, row in enumerate(table["rows"]):
                for c, text in enumerate(row):
                    cell = QTableWidgetItem(text)
                    if r + 1 in table["flagged"]:
                        cell.setForeground(QBrush(RED))
                    view.setItem(r, c, cell)
            view.resizeColumnsToContents()
            self.records.addTab(view, f"{table['title']} ({len(table['rows'])})")


class DrillDialog(QDialog):
    """The visits behind one number, and the selected visit beside them."""

    open_visit = Signal(str)

    def __init__(self, ws, title: str, rows: list[dict], lang: str = "vi", parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.model = VisitListModel([self.tr("Day"), self.tr("Unit"), self.tr("Kind"), self.tr("Status"),
                                     self.tr("Visit"), self.tr("Plan, team"), self.tr("Count")],
                                    KINDS, STATUSES, lang, parent=self)
        self.model.set_rows(rows)
        self.table = make_table(self.model, 4)
        set_empty_text(self.table, self.tr("No visit."))
        self.detail = VisitDetail(ws, lang)
        self.open_button = QPushButton(self.tr("Open in the visit screen"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self._open)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _old: self._select(current.row()))
        self.table.activated.connect(lambda index: self._select(index.row()))
        caption = QLabel(title)
        caption.setWordWrap(True)
        caption.setObjectName("overviewDrillTitle")
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([220, 420])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.open_button)
        bottom.addWidget(drill_button(self, ws, lang, lambda: self.detail.visit_id))   # its record as PDF
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.resize(1000, 680)
        if rows:
            self.table.selectRow(0)

    def _select(self, row: int) -> None:
        visit_id = self.model.visit_id(row)
        if visit_id is not None and visit_id != self.detail.visit_id:
            self.detail.show_visit(visit_id)
        self.open_button.setEnabled(visit_id is not None)

    def _open(self) -> None:
        if self.detail.visit_id:
            self.open_visit.emit(self.detail.visit_id)
            self.accept()
