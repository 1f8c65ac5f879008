"""Findings (strengths, shortcomings, notes) and requests with responsible and deadline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspector_app.changes import Changes
from inspector_app.services.findings import KINDS, REQUEST_STATUSES

from ..icons import icon
from ..models import VisitRowsModel, format_date, label
from ..widgets import DateEdit, accept_on_ctrl_enter, set_empty_text

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


class FindingsModel(VisitRowsModel):
    """The visit's findings: strengths first, then shortcomings and notes."""

    ENTITIES = ("finding",)

    def load(self) -> list[dict]:
        order = list(KINDS)
        return sorted(self.ws.findings.of_visit(self.visit_id), key=lambda f: (order.index(f["kind"]), f["id"]))

    def headers(self) -> list[str]:
        return [translate("FindingsPanel", "Kind"), translate("FindingsPanel", "Finding")]

    def cell(self, row: dict, column: int) -> str:
        return [label(KINDS[row["kind"]], self.lang), row["text"]][column]

    def tooltip(self, row: dict, column: int) -> str:
        return self.cell(row, column)


class RequestsModel(VisitRowsModel):
    """The visit's requests with responsible, deadline and follow-up."""

    ENTITIES = ("request",)

    def load(self) -> list[dict]:
        return self.ws.findings.requests(self.visit_id)

    def headers(self) -> list[str]:
        return [translate("FindingsPanel", "Request"), translate("FindingsPanel", "Responsible"),
                translate("FindingsPanel", "Deadline"), translate("FindingsPanel", "Follow-up")]

    def cell(self, row: dict, column: int) -> str:
        return [row["text"], row["responsible"], format_date(row["deadline"]),
                label(REQUEST_STATUSES.get(row["status"], ("", "")), self.lang)][column]

    def tooltip(self, row: dict, column: int) -> str:
        return self.cell(row, column)


class FindingDialog(QDialog):
    """A finding, and optionally a request made of it, pre-filled from an item."""

    def __init__(self, visit_day: str, text: str = "", kind: str = "shortcoming", lang: str = "vi",
                 parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("FindingsPanel", "Finding and request"))
        self.kind = QComboBox()
        for key, pair in KINDS.items():
            self.kind.addItem(label(pair, lang), key)
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.text = QPlainTextEdit(text)
        self.with_request = QCheckBox(translate("FindingsPanel", "Also make a request to fix it"))
        self.request_text = QLineEdit(translate("FindingsPanel", "Fix: ") + text if text else "")
        self.responsible = QLineEdit(translate("FindingsPanel", "Head of the inspected unit"))
        self.deadline = DateEdit()
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("dd/MM/yyyy")
        day = dt.date.fromisoformat(visit_day) + dt.timedelta(days=30)
        self.deadline.setDate(QDate(day.year, day.month, day.day))
        form = QFormLayout(self)
        form.addRow(translate("FindingsPanel", "Kind"), self.kind)
        form.addRow(translate("FindingsPanel", "Finding"), self.text)
        form.addRow("", self.with_request)
        form.addRow(translate("FindingsPanel", "Request"), self.request_text)
        form.addRow(translate("FindingsPanel", "Responsible"), self.responsible)
        form.addRow(translate("FindingsPanel", "Deadline"), self.deadline)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        accept_on_ctrl_enter(self, self.text)   # Enter starts a new line of the finding; Ctrl+Enter is OK
        self.with_request.toggled.connect(self._toggle)
        self.with_request.setChecked(kind == "shortcoming" and bool(text))
        self._toggle(self.with_request.isChecked())
        # Stores what the dialog says; False when the core refused (the runner said why).
        self.submit: Callable[[], bool] | None = None

    def accept(self) -> None:
        """OK stores first: a refused finding keeps the dialog open with everything typed."""
        if self.submit is not None and not self.submit():
            return
        super().accept()

    def _toggle(self, on: bool) -> None:
        for widget in (self.request_text, self.responsible, self.deadline):
            widget.setEnabled(on)

    def deadline_iso(self) -> str:
        d = self.deadline.date()
        return dt.date(d.year(), d.month(), d.day()).isoformat()

    def editing(self, finding: dict) -> FindingDialog:
        """Set up to edit `finding` (its kind and text; its requests are edited on their own)."""
        self.setWindowTitle(translate("FindingsPanel", "Edit finding"))
        self.kind.setCurrentIndex(self.kind.findData(finding["kind"]))
        self.text.setPlainText(finding["text"])
        self.with_request.setChecked(False)
        for widget in (self.with_request, self.request_text, self.responsible, self.deadline):
            widget.hide()
            label = self.layout().labelForField(widget)
            if label is not None:
                label.hide()
        return self

    def set_request(self, request: dict) -> FindingDialog:
        """Set up to edit `request` alone: its text, responsible and deadline."""
        self.setWindowTitle(translate("FindingsPanel", "Edit request"))
        for widget in (self.kind, self.text, self.with_request):
            widget.hide()
            label = self.layout().labelForField(widget)
            if label is not None:
                label.hide()
        self.with_request.setChecked(True)
        self.request_text.setText(request["text"])
        self.responsible.setText(request["responsible"])
        day = dt.date.fromisoformat(request["deadline"])
        self.deadline.setDate(QDate(day.year, day.month, day.day))
        return self


class FindingsPanel(QWidget):
    def __init__(self, ws, visit_id: str, ops, lang: str = "vi", parent=None) -> None:
        super().__init__(parent)
        self.ws, self.visit_id, self.ops, self.lang = ws, visit_id, ops, lang
        self.findings = FindingsModel(ws, visit_id, lang, self)
        self.requests = RequestsModel(ws, visit_id, lang, self)
        self.findings_view, self.requests_view = QTableView(), QTableView()
        for view, model in ((self.findings_view, self.findings), (self.requests_view, self.requests)):
            view.setModel(model)
            view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
            view.horizontalHeader().setStretchLastSection(True)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            model.refresh()
        self.findings_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.requests_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The whole text of a finding or request is read in the table: rows grow with it
        # (a visit has tens of them, so measuring each row is cheap).
        self.requests_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.requests_view.setColumnWidth(1, self.fontMetrics().averageCharWidth() * 26)
        self.requests_view.horizontalHeader().setStretchLastSection(False)
        for view in (self.findings_view, self.requests_view):
            _rows_fit_text(view)
        set_empty_text(self.findings_view, translate(
            "FindingsPanel", "No findings yet. On a non-compliant item of the checklist press Ctrl+Shift+F, "
                             "or use “Add finding…”."))
        set_empty_text(self.requests_view, translate(
            "FindingsPanel", "No requests yet. A request is made with its finding (“Also make a request to fix it”)."))
        add = QPushButton(icon("plus"), translate("FindingsPanel", "Add finding…"))
        add.clicked.connect(lambda: self.create())
        edit = QPushButton(icon("pencil"), translate("FindingsPanel", "Edit… (Enter)"))
        edit.clicked.connect(lambda: self.edit_current())
        remove = QPushButton(icon("trash"), translate("FindingsPanel", "Remove (Delete)"))
        remove.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(edit)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        for view in (self.findings_view, self.requests_view):
            view.activated.connect(lambda _index, view=view: self.edit_current(view))
            view.installEventFilter(self)
            _keep_current_row(view)
        self.last_view = self.findings_view   # the table Edit and Remove act on
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(translate("FindingsPanel", "Findings")))
        layout.addWidget(self.findings_view, 1)
        layout.addWidget(QLabel(translate("FindingsPanel", "Requests")))
        layout.addWidget(self.requests_view, 1)

    def apply_changes(self, changes: Changes) -> None:
        self.findings.apply_changes(changes)
        self.requests.apply_changes(changes)

    def on_operation(self, changes: Changes, _initiator) -> None:
        """A change stored anywhere (the bus): refresh what it touched."""
        self.apply_changes(changes)

    def create(self, text: str = "", item: dict | None = None, kind: str = "shortcoming",
               dialog: FindingDialog | None = None) -> bool:
        """Open the dialog (or use `dialog`, already filled) and store what it says."""
        visit = self.ws.visits.get(self.visit_id)
        dialog = dialog or FindingDialog(self.ws.visits.visit_date(visit), text, kind, self.lang, self)
        item_id = item["id"] if item else None

        def store() -> Changes:
            request = {"text": dialog.request_text.text(), "responsible": dialog.responsible.text(),
                       "deadline": dialog.deadline_iso()} if dialog.with_request.isChecked() else None
            return self.ws.findings.add_with_request(self.visit_id, dialog.text.toPlainText(),
                                                     dialog.kind.currentData(), item_id=item_id,
                                                     request=request)[2]

        if dialog.result() == QDialog.DialogCode.Accepted:     # filled and accepted by the caller
            return self.ops.run(store, initiator=self) is not None
        dialog.submit = lambda: self.ops.run(store, initiator=self, parent=dialog) is not None
        return dialog.exec() == QDialog.DialogCode.Accepted

    def create_from_item(self, item: dict, note: str = "") -> bool:
        text = f"{item['code']}: {item['text']}" + (f" — {note}" if note else "")
        return self.create(text, item)

    def eventFilter(self, watched, event) -> bool:
        if watched in (self.findings_view, self.requests_view):
            if event.type() == QEvent.Type.FocusIn:
                self.last_view = watched
            elif event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Delete:
                self.last_view = watched
                self.remove_current()
                return True
        return super().eventFilter(watched, event)

    def edit_current(self, view: QTableView | None = None, dialog: FindingDialog | None = None) -> bool:
        """Edit the current finding or request (of `view`, else the table last used) in the dialog
        it was made with; stored through the core, which refuses once the minutes are signed."""
        view = view or self.last_view
        self.last_view = view
        index = view.currentIndex()
        if not index.isValid():
            return False
        visit_day = self.ws.visits.visit_date(self.ws.visits.get(self.visit_id))
        dialog = dialog or FindingDialog(visit_day, lang=self.lang, parent=self)
        if view is self.findings_view:
            finding = self.findings.rows()[index.row()]
            dialog.editing(finding)

            def store() -> Changes:
                return self.ws.findings.edit(finding["id"], text=dialog.text.toPlainText(),
                                             kind=dialog.kind.currentData())
        else:
            request = self.requests.rows()[index.row()]
            dialog.set_request(request)

            def store() -> Changes:
                return self.ws.findings.edit_request(request["id"], text=dialog.request_text.text(),
                                                     responsible=dialog.responsible.text(),
                                                     deadline=dialog.deadline_iso())
        if dialog.result() == QDialog.DialogCode.Accepted:     # filled and accepted by the caller
            return self.ops.run(store, initiator=self) is not None
        dialog.submit = lambda: self.ops.run(store, initiator=self, parent=dialog) is not None
        return dialog.exec() == QDialog.DialogCode.Accepted

    def remove_current(self) -> None:
        """Delete the current finding (with its requests) or request; Ctrl+Z brings it back."""
        view = self.last_view
        index = view.currentIndex()
        if not index.isValid():
            return
        if view is self.findings_view:
            finding_id = self.findings.row_id(index.row())
            self.ops.run(lambda: self.ws.findings.delete(finding_id), initiator=self)
        else:
            request_id = self.requests.row_id(index.row())
            self.ops.run(lambda: self.ws.findings.delete_request(request_id), initiator=self)



def _rows_fit_text(view: QTableView) -> None:
    """Rows as tall as their word-wrapped text, measured again (once) after the model
    changes or a column is resized, so a long request is read whole, never cut by "…"."""
    view.setWordWrap(True)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    timer = QTimer(view, singleShot=True, interval=0)
    timer.timeout.connect(view.resizeRowsToContents)
    view.horizontalHeader().sectionResized.connect(lambda *_: timer.start())
    for signal in (view.model().modelReset, view.model().rowsInserted, view.model().dataChanged,
                   view.model().layoutChanged):
        signal.connect(lambda *_: timer.start())
    timer.start()


def _keep_current_row(view: QTableView) -> None:
    """The row the user was on stays current when its model reloads (after an edit, an undo)."""
    model = view.model()
    kept: dict = {}

    def remember() -> None:
        index = view.currentIndex()
        kept["id"] = model.row_id(index.row()) if index.isValid() else None
        kept["column"] = max(index.column(), 0)

    def restore() -> None:
        rows = [n for n in range(model.rowCount()) if model.row_id(n) == kept.get("id")]
        if rows:
            view.setCurrentIndex(model.index(rows[0], kept["column"]))

    model.modelAboutToBeReset.connect(remember)
    model.modelReset.connect(restore)
