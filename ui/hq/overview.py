"""The "Tổng quan" page of an HQ workspace (issue 13, point 1): for a period and a scope,
seven views, each a chart with its table beside it, every number clickable down to the
visits behind it (`DrillDialog`) and from a visit to its items, records and evidence.

Each view is a query of `inspector_app.hq.overview.Overview` (no SQL here); the page
recomputes them when the period or the scope changes, or when visits come in (the op
runner's bus: an import of bundles).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspector_app.hq import overview, overview_detail, periods

from ..ops import OpRunner
from ..widgets import make_table, set_empty_text
from .overview_charts import ChartView
from .overview_detail import DrillDialog
from .overview_models import Column, FiguresModel, number
from .period_box import PeriodBox

WATCHED = ("visit", "observation", "section_record", "request", "request_check", "checklist_template")


@dataclass
class Section:
    """One view on the page: its box, chart, table and model."""

    name: str
    box: QGroupBox
    chart: ChartView
    table: QTableView
    model: FiguresModel
    rows: list = field(default_factory=list)


class OverviewPage(QWidget):
    """The Overview over `ws`; `today` fixes the day requests' deadlines are weighed against."""

    open_visit = Signal(str)

    def __init__(self, ws, lang: str = "vi", ops: OpRunner | None = None, parent=None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ws, self.lang, self.today = ws, lang, today
        self.ops = ops or OpRunner(lang, parent_widget=lambda: self, parent=self)
        self.ops.bus.subscribe(self, self._on_changes)
        self.view: overview.Overview | None = None
        self.dialog: DrillDialog | None = None
        self._stale = False
        self._make_filters()
        self.sections: dict[str, Section] = {}
        grid = QGridLayout()
        grid.setSpacing(10)
        for n, (name, title, columns, total) in enumerate(self._specs()):
            section = self._make_section(name, title, columns, total)
            grid.addWidget(section.box, n, 0)
        body = QWidget()
        body.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        self.summary = QLabel()
        self.summary.setObjectName("overviewSummary")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self.filters)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)
        self.refresh()

    # -- building --------------------------------------------------------------------
    def _make_filters(self) -> None:
        self.period_box = PeriodBox(self.today or dt.date.today())
        box = self.period_box
        self.kind_box, self.year_box, self.first_edit, self.last_edit = (
            box.kind_box, box.year_box, box.first_edit, box.last_edit)
        box.changed.connect(self.refresh)
        self.scope_box = QComboBox()
        self.scope_box.setMinimumContentsLength(28)
        self.scope_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self._fill_scopes()
        self.window_label = QLabel()
        self.scope_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.filters = QHBoxLayout()
        for widget in (QLabel(self.tr("Period:")), self.period_box, self.window_label):
            self.filters.addWidget(widget)
        self.filters.addStretch(1)
        self.filters.addWidget(QLabel(self.tr("Scope:")))
        self.filters.addWidget(self.scope_box, 2)

    def _fill_scopes(self) -> None:
        chosen = self.scope_box.currentData()
        self.scope_box.blockSignals(True)
        self.scope_box.clear()
        for where in overview_detail.scopes(self.ws):
            self.scope_box.addItem(where.label(self.lang)[:1].upper() + where.label(self.lang)[1:], where)
        index = next((i for i in range(self.scope_box.count()) if self.scope_box.itemData(i) == chosen), 0)
        self.scope_box.setCurrentIndex(index)
        self.scope_box.blockSignals(False)

    def _specs(self) -> list[tuple[str, str, list[Column], str | None]]:
        return [
            ("visits", self.tr("Visits planned and done, by kind"), [
                Column(self.tr("Kind of visit"), "label"), Column(self.tr("Planned"), "planned", "count", True),
                Column(self.tr("Done"), "done", "count", True),
                Column(self.tr("In progress"), "in_progress", "count", True),
                Column(self.tr("Not started"), "not_started", "count", True),
                Column(self.tr("Done (%)"), "rate", "rate")],
             "kind"),
            ("areas", self.tr("Non-compliance by area"), [
                Column(self.tr("Area"), "name"), Column(self.tr("Items checked"), "checked", "count", True),
                Column(self.tr("Non-compliant"), "failed", "count", True),
                Column(self.tr("Rate"), "rate", "rate")], None),
            ("items", self.tr("Items most often failed"), [
                Column(self.tr("Item"), "name"), Column(self.tr("Visits that checked it"), "checked", "count", True),
                Column(self.tr("Failed at"), "failed", "count", True), Column(self.tr("Rate"), "rate", "rate")], None),
            ("staff", self.tr("Staff breaches (roll calls)"), [
                Column(self.tr("Staff"), "name"), Column(self.tr("Staff rows"), "rows", "count", True),
                Column(self.tr("Visits"), "visits", "count", True)], "total"),
            ("files", self.tr("Late files (case files sampled)"), [
                Column(self.tr("Case files"), "name"), Column(self.tr("Files"), "rows", "count", True),
                Column(self.tr("Visits"), "visits", "count", True)], "total"),
            ("satisfaction", self.tr("Citizens' satisfaction (interviews)"), [], None),
            ("requests", self.tr("Requests by status"), [
                Column(self.tr("Status"), "label"), Column(self.tr("Requests"), "requests", "count", True),
                Column(self.tr("Visits"), "visits", "count", True)], "status"),
        ]

    def _make_section(self, name: str, title: str, columns: list[Column], total: str | None) -> Section:
        model = FiguresModel(columns, self.lang, total, parent=self)
        table = make_table(model, 0)
        table.setWordWrap(True)
        table.setMinimumHeight(170)
        set_empty_text(table, self.tr("Nothing in this period and scope."))
        table.clicked.connect(lambda index, name=name: self._clicked(name, index))
        table.activated.connect(lambda index, name=name: self._clicked(name, index))
        chart = ChartView()
        box = QGroupBox(title)
        row = QHBoxLayout(box)
        row.addWidget(chart, 4)
        row.addWidget(table, 7)
        section = Section(name, box, chart, table, model)
        self.sections[name] = section
        return section

    # -- behaviour --------------------------------------------------------------------
    def period(self) -> periods.Period:
        return self.period_box.period()

    def refresh(self) -> None:
        """Recompute every view for the chosen period and scope."""
        if not hasattr(self, "sections"):
            return
        period, where = self.period(), self.scope_box.currentData()
        self.window_label.setText(period.window(self.lang))
        self.view = view = overview.Overview(self.ws, period, where, self.lang, today=self.today)
        rows = {"visits": view.visits(), "areas": view.areas(), "items": view.items(),
                "staff": view.staff(), "files": view.late_files(), "satisfaction": view.satisfaction(),
                "requests": view.requests()}
        self._fill(rows)

    def _fill(self, rows: dict) -> None:
        s = self.sections
        kinds = rows["visits"]
        self._show(s["visits"], kinds, kinds[:-1], [r["label"] for r in kinds[:-1]],
                   [(self.tr("Planned"), "planned"), (self.tr("Done"), "done")])
        # worst first, in the table as in the chart (equals in the checklist's order)
        areas = sorted(({**r, "name": f"{r['area_code']}. {r['area']}"} for r in rows["areas"]),
                       key=lambda r: -(r["rate"] or 0))
        failing = [r for r in areas if r["failed"]]
        self._show(s["areas"], areas, failing, [r["name"] for r in failing],
                   [(self.tr("Non-compliant (%)"), "rate")], percent=True, cell="failed",
                   codes=[r["area_code"] for r in failing])
        items = [{**r, "name": f"{r['item_code']} {r['item_text']}"} for r in rows["items"]]
        self._show(s["items"], items, items, [r["name"] for r in items], [(self.tr("Failed at"), "failed")],
                   codes=[r["item_code"] for r in items])
        for name, data, head in (("staff", rows["staff"], (self.tr("Staff checked"), self.tr("With a breach"))),
                                 ("files", rows["files"], (self.tr("Files sampled"), self.tr("Late files")))):
            second = "flagged" if name == "staff" else "late"
            table = [{"name": head[0], "total": "", "rows": data["rows"], "visits": data["visits"],
                      "cells": {"rows": data["cells"]["rows"], "visits": data["cells"]["visits"]}},
                     {"name": head[1], "total": "", "rows": data[second], "visits": data[f"{second}_visits"],
                      "cells": {"rows": data["cells"][second], "visits": data["cells"][f"{second}_visits"]}}]
            table += [{**b, "name": f"{b['field']}: {b['answer']}", "total": "x"} for b in data["breaches"]]
            self._show(s[name], table, table[2:], [r["name"] for r in table[2:]], [(self.tr("Rows"), "rows")])
        self._show_satisfaction(rows["satisfaction"])
        statuses = rows["requests"]
        self._show(s["requests"], statuses, statuses[:-1], [r["label"] for r in statuses[:-1]],
                   [(self.tr("Requests"), "requests")])
        self.summary.setText(self._summary(rows))

    def _show(self, section: Section, rows: list[dict], shown: list[dict], labels: list[str],
              series: list[tuple[str, str]], percent: bool = False, cell: str | None = None,
              codes: list[str] | None = None) -> None:
        """The table gets `rows`; the chart `shown` (rows of the table), labelled `codes` or `labels`."""
        section.rows = rows
        section.model.set_rows(rows)

        def pick(n: int, position: int) -> None:
            row = shown[position]
            key = cell or series[n][1]
            if row.get("cells", {}).get(key) is not None:
                self.show_cell(row["cells"][key], f"{section.box.title()} — {labels[position]}")
        section.chart.show_bars(codes or labels, [(name, [r.get(key) or 0 for r in shown]) for name, key in series],
                                pick, percent=percent, names=labels)
        self._fit(section, len(shown))

    def _fit(self, section: Section, bars: int) -> None:
        """Room for every bar's label (Qt hides labels that do not fit), and rows as tall as their text."""
        section.chart.setMinimumHeight(max(190, 28 * bars + 90))
        section.table.resizeRowsToContents()

    def _show_satisfaction(self, data: dict) -> None:
        section = self.sections["satisfaction"]
        columns = [Column(self.tr("Criterion"), "text")]
        columns += [Column(label, f"choice:{label}", "count", True) for label in data["choices"]]
        columns += [Column(self.tr("Answers"), "total", "count", True),
                    Column(self.tr("Dissatisfied"), "dissatisfied", "rate")]
        section.model.beginResetModel()
        section.model.columns = columns
        section.model.endResetModel()
        header = section.table.horizontalHeader()
        for column in range(len(columns)):                # the choices are known only now
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == 0
                                        else QHeaderView.ResizeMode.ResizeToContents)
        rows = [{**r, **{f"choice:{k}": v for k, v in r["counts"].items()},
                 "cells": {**{f"choice:{k}": c for k, c in r["cells"].items() if k != "total"},
                           "total": r["cells"]["total"]}} for r in data["rows"]]
        section.rows = rows
        section.model.set_rows(rows)
        labels = [r["text"] for r in rows]

        def pick(n: int, position: int) -> None:
            key = f"choice:{data['choices'][n]}"
            cell = rows[position]["cells"].get(key)
            if cell is not None:
                self.show_cell(cell, f"{section.box.title()} — {labels[position]}: {data['choices'][n]}")
        section.chart.show_bars([r["code"] for r in rows],
                                [(c, [r.get(f"choice:{c}") or 0 for r in rows]) for c in data["choices"]],
                                pick, stacked=True, colors=["#16a34a", "#94a3b8", "#dc2626", "#f59e0b", "#2563eb"],
                                names=labels)
        self._fit(section, len(rows))

    def _summary(self, rows: dict) -> str:
        total = rows["visits"][-1] if rows["visits"] else {"planned": 0, "done": 0}
        checked = sum(r["checked"] for r in rows["areas"])
        failed = sum(r["failed"] for r in rows["areas"])
        text = self.tr("%1 visits planned, %2 done; %3 of %4 items checked non-compliant; %5 staff with a breach; "
                       "%6 late files; %7 requests.")
        for n, value in enumerate((total["planned"], total["done"], failed, checked, rows["staff"]["flagged"],
                                   rows["files"]["late"], rows["requests"][-1]["requests"] if rows["requests"] else 0),
                                  1):
            text = text.replace(f"%{n}", number(value, "count", self.lang))
        return text

    def _clicked(self, name: str, index) -> None:
        section = self.sections[name]
        cell = section.model.cell(index)
        if cell is None:
            return
        label = section.model.data(section.model.index(index.row(), 0))
        header = section.model.headerData(index.column(), Qt.Orientation.Horizontal)
        self.show_cell(cell, f"{section.box.title()} — {label}: {header}")

    def show_cell(self, cell, title: str) -> DrillDialog:
        """Open the list of the visits behind `cell` (returned, for a test)."""
        assert self.view is not None
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = DrillDialog(self.ws, title, self.view.drill(cell), self.lang, parent=self)
        self.dialog.open_visit.connect(self.open_visit)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(lambda _o=None: setattr(self, "dialog", None))
        self.dialog.open()
        return self.dialog

    def _on_changes(self, changes, _initiator) -> None:
        if changes.touches("org_unit", "plan", "team"):
            self._fill_scopes()
        if changes.touches(*WATCHED):
            self._stale = True
            if self.isVisible():
                self._stale = False
                self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()
