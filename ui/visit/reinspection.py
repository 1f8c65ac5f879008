"""The tab of a re-inspection visit: each earlier request headquarters listed, checked on site.

A table of the requests (text, deadline, the unit's report if any, result, note,
evidence) beside the current one's details. From the keyboard: ↑↓ choose a
request, 1 fixed · 2 not fixed · 3 partly fixed · 0 (or Delete) clears the
result, Enter writes the note (Ctrl+Enter keeps it, Esc goes back to the list),
Ctrl+E adds evidence files. Every change goes through `ws.reinspection` (one
undoable step, refused once the minutes are signed, with the core's message).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspector_app.changes import Changes
from inspector_app.services.reinspection import RESULTS

from ..icons import icon
from ..models import RIGHT, VisitRowsModel, format_date, label
from ..widgets import set_empty_text
from .findings import _keep_current_row, _rows_fit_text

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")
KEYS = {"1": "fixed", "2": "not_fixed", "3": "partly"}
ICONS = {"fixed": "circle-check", "not_fixed": "alert-triangle", "partly": "flag"}


def report_text(row: dict) -> str:
    """The unit's report of its remedy as read: "Báo cáo số 12/BC-UBND ngày 05/12/2026", or ""."""
    if not row.get("report_number") and not row.get("report_date"):
        return ""
    text = translate("ReinspectionPanel", "Report %1").replace("%1", row.get("report_number") or "")
    if row.get("report_date"):
        text += " " + translate("ReinspectionPanel", "of %1").replace("%1", format_date(row["report_date"]))
    return " ".join(text.split())


class ReinspectionModel(VisitRowsModel):
    """The earlier requests of a re-inspection visit with this visit's check of each."""

    ENTITIES = ("request", "request_check", "evidence_link", "media", "finding")
    TEXT, DEADLINE, REPORT, RESULT, NOTE, EVIDENCE = range(6)

    def load(self) -> list[dict]:
        return self.ws.reinspection.requests_of(self.visit_id)

    def headers(self) -> list[str]:
        return [translate("ReinspectionPanel", "Request"), translate("ReinspectionPanel", "Deadline"),
                translate("ReinspectionPanel", "Unit's report"), translate("ReinspectionPanel", "Result"),
                translate("ReinspectionPanel", "Note"), translate("ReinspectionPanel", "Evidence")]

    def cell(self, row: dict, column: int) -> str | int:
        check = row["check"] or {}
        result = label(RESULTS.get(check.get("result") or ""), self.lang) if check else \
            translate("ReinspectionPanel", "Not checked")
        return [row["text"], format_date(row["deadline"]), report_text(row), result, check.get("note") or "",
                len(row["evidence"]) or ""][column]

    def alignment(self, column: int):
        return RIGHT if column == self.EVIDENCE else None

    def tooltip(self, row: dict, column: int) -> str:
        if column != self.TEXT:
            return str(self.cell(row, column))
        lines = [row["text"]]
        if row["finding"]:
            lines.append(translate("ReinspectionPanel", "Finding: %1").replace("%1", row["finding"]))
        if row["item"]:
            lines.append(translate("ReinspectionPanel", "Item %1: %2").replace("%1", row["item"]["code"])
                         .replace("%2", row["item"]["text"]))
        return "\n".join(lines)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DecorationRole and index.isValid() and index.column() == self.RESULT \
                and 0 <= index.row() < self.rowCount():
            check = self._rows[index.row()]["check"]
            return icon(ICONS[check["result"]]) if check and check["result"] in ICONS else None
        return super().data(index, role)


class ReinspectionPanel(QWidget):
    """The "Requests to check again" tab; `view` takes the focus when the tab is shown."""

    def __init__(self, ws, visit_id: str, ops, lang: str = "vi", parent=None) -> None:
        super().__init__(parent)
        self.ws, self.visit_id, self.ops, self.lang = ws, visit_id, ops, lang
        self.model = ReinspectionModel(ws, visit_id, lang, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        header = self.view.horizontalHeader()
        # The request's text takes the spare width; dates, results and counts what they need.
        # The report and the note wrap in a set width, never narrower than their heading.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ReinspectionModel.TEXT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((ReinspectionModel.REPORT, 140), (ReinspectionModel.NOTE, 160)):
            heading = header.fontMetrics().horizontalAdvance(self.model.headers()[column]) + 24
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, max(width, heading))
        self.view.verticalHeader().setVisible(False)
        set_empty_text(self.view, translate(
            "ReinspectionPanel", "Headquarters listed no request to check again for this visit. The list comes "
                                 "with headquarters' distribution package."))
        _rows_fit_text(self.view)
        _keep_current_row(self.view)
        self._keys()
        hint = QLabel(translate("ReinspectionPanel", "Keys: ↑↓ choose a request · 1 fixed · 2 not fixed · "
                                                     "3 partly fixed · 0 clear · Enter note · Ctrl+E evidence"))
        hint.setObjectName("keyHint")
        hint.setWordWrap(True)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.view)
        splitter.addWidget(self._details())
        splitter.setStretchFactor(0, 7)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([7000, 3000])         # the list 70 % of the width, whatever the screen
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter, 1)
        layout.addWidget(hint)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.model.modelReset.connect(self._show_current)
        self.model.refresh()
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))

    # -- building -------------------------------------------------------------------
    def _details(self) -> QWidget:
        box = QGroupBox(translate("ReinspectionPanel", "Check of the request"))
        self.request_text = QLabel()
        self.request_text.setObjectName("requestText")
        self.request_text.setWordWrap(True)
        font = self.request_text.font()
        font.setBold(True)
        self.request_text.setFont(font)
        self.request_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.results = QButtonGroup(self)
        choices = QVBoxLayout()          # one under the other: a narrow column at 1366 px
        self.result_buttons: dict[str, QRadioButton] = {}
        for key, code in KEYS.items():
            button = QRadioButton(f"&{key} {label(RESULTS[code], self.lang)}")
            button.setObjectName(f"result_{code}")
            self.results.addButton(button)
            self.result_buttons[code] = button
            button.clicked.connect(lambda _checked=False, code=code: self.set_result(code))
            choices.addWidget(button)
        self.note = QPlainTextEdit()
        self.note.setObjectName("checkNote")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(self.note.fontMetrics().lineSpacing() * 7)
        self.note.installEventFilter(self)
        self.save_note = QPushButton(translate("ReinspectionPanel", "Keep the note (Ctrl+Enter)"))
        self.save_note.clicked.connect(lambda: self.store_note())
        self.add_files = QPushButton(icon("paperclip"), translate("ReinspectionPanel", "Add evidence… (Ctrl+E)"))
        self.add_files.clicked.connect(lambda: self.add_evidence())
        self.files = QLabel()
        self.files.setWordWrap(True)
        form = QFormLayout()
        column = QVBoxLayout(box)
        column.addLayout(form)
        column.addStretch(1)             # the rows at the top, the spare height below
        form.addRow(self.request_text)
        form.addRow(self.facts)
        form.addRow(translate("ReinspectionPanel", "Result"), choices)
        form.addRow(translate("ReinspectionPanel", "Note"), self.note)
        form.addRow("", self.save_note)
        form.addRow(translate("ReinspectionPanel", "Evidence"), self.add_files)
        form.addRow("", self.files)
        return box

    def _keys(self) -> None:
        actions: list[tuple[str | QKeySequence, Callable]] = [
            *((key, lambda code=code: self.set_result(code)) for key, code in KEYS.items()),
            ("0", self.clear_result), (QKeySequence(QKeySequence.StandardKey.Delete), self.clear_result),
            ("Return", self.edit_note), ("Enter", self.edit_note)]
        for key, slot in actions:
            action = QAction(self.view)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            self.view.addAction(action)
        evidence = QAction(self)
        evidence.setShortcut(QKeySequence("Ctrl+E"))
        evidence.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        evidence.triggered.connect(lambda: self.add_evidence())
        self.addAction(evidence)

    def eventFilter(self, watched, event) -> bool:
        """In the note: Ctrl+Enter keeps it, Esc goes back to the list without keeping."""
        if watched is self.note and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                    event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.store_note()
                self.view.setFocus()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self._show_current()
                self.view.setFocus()
                return True
        return super().eventFilter(watched, event)

    # -- reading --------------------------------------------------------------------
    def current(self) -> dict | None:
        index = self.view.currentIndex()
        rows = self.model.rows()
        return rows[index.row()] if index.isValid() and index.row() < len(rows) else None

    def _show_current(self) -> None:
        row = self.current()
        check = (row or {}).get("check")
        self.request_text.setText(row["text"] if row else "")
        facts = []
        if row:
            facts.append(translate("ReinspectionPanel", "Deadline: %1").replace("%1", format_date(row["deadline"])))
            if report_text(row):
                facts.append(translate("ReinspectionPanel", "Unit's report: %1").replace("%1", report_text(row)))
            if row["earlier"]:
                facts.append(translate("ReinspectionPanel", "Made at the visit of %1")
                             .replace("%1", format_date(row["earlier"])))
        self.facts.setText(" · ".join(facts))
        self.results.setExclusive(False)
        for code, button in self.result_buttons.items():
            button.setEnabled(row is not None)
            button.setChecked((check or {}).get("result") == code)
        self.results.setExclusive(True)
        self.note.setPlainText((check or {}).get("note") or "")
        self.note.setPlaceholderText(
            "" if check else translate("ReinspectionPanel", "Choose a result first (1, 2, 3)."))
        for widget in (self.note, self.save_note, self.add_files):
            widget.setEnabled(bool(check))
        names = [m.get("original_name") or "" for m in (row or {}).get("evidence", [])]
        self.files.setText("\n".join(names) if names else translate("ReinspectionPanel", "No file yet."))

    def on_operation(self, changes: Changes, _initiator) -> None:
        """A change stored anywhere (the bus): refresh what it touched."""
        self.model.apply_changes(changes)

    # -- acting ---------------------------------------------------------------------
    def set_result(self, code: str) -> bool:
        """Record the current request's result, keeping its note."""
        row = self.current()
        if row is None:
            return False
        return self._store(lambda: self.ws.reinspection.record(self.visit_id, row["id"], code)[1])

    def clear_result(self) -> bool:
        row = self.current()
        if row is None or row["check"] is None:
            return False
        check_id = row["check"]["id"]
        return self._store(lambda: self.ws.reinspection.delete(check_id))

    def edit_note(self) -> None:
        if self.note.isEnabled():
            self.note.setFocus()
            self.note.moveCursor(self.note.textCursor().MoveOperation.End)
        else:
            self.ops.show_error(translate("ReinspectionPanel", "Choose a result first: 1 fixed, 2 not fixed, "
                                                               "3 partly fixed."), self)

    def store_note(self) -> bool:
        row = self.current()
        if row is None or row["check"] is None:
            return False
        check_id, text = row["check"]["id"], self.note.toPlainText()
        return self._store(lambda: self.ws.reinspection.edit(check_id, note=text))

    def add_evidence(self, paths: list[str] | None = None) -> bool:
        """Files (photos, scans) as evidence of the current check; asks for them when not given."""
        row = self.current()
        if row is None or row["check"] is None:
            self.edit_note()            # says to choose a result first
            return False
        if paths is None:
            paths, _ = QFileDialog.getOpenFileNames(self, translate("ReinspectionPanel", "Evidence of the check"))
        if not paths:
            return False
        check_id = row["check"]["id"]
        return self._store(lambda: self.ws.reinspection.add_evidence(check_id, paths)[1])

    def _store(self, action) -> bool:
        return self.ops.run(action, initiator=self) is not None
