"""The Overview's charts (QtCharts), each drawn from the same rows as the table beside it:
a click on a bar or a slice asks for the visits of that row's number (`picked(cell)`).

`bar_chart` draws one bar set per series (e.g. "planned" and "done") over the rows'
labels; horizontal bars when labels are long (areas, items, breaches); `stacked`
for the citizens' answers. Labels are cut to a readable length, whole in the tooltip.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter

PALETTE = ["#2563eb", "#16a34a", "#f59e0b", "#dc2626", "#7c3aed", "#0891b2", "#64748b"]
LABEL_CHARS = 28


def short(text: str, limit: int = LABEL_CHARS) -> str:
    """A label cut at a word's end with "…" when longer than `limit` characters."""
    text = " ".join(str(text or "").split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return (cut or text[:limit]) + "…"


class ChartView(QChartView):
    """A chart with no title of its own (the section's box names it), antialiased, compact."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(300, 190)
        self.bar_sets: list[QBarSet] = []      # what a test clicks
        self.categories: list[str] = []

    def show_bars(self, categories: list[str], series: list[tuple[str, list[float]]],
                  pick: Callable[[int, int], None] | None = None, stacked: bool = False,
                  colors: list[str] | None = None, percent: bool = False,
                  names: list[str] | None = None) -> None:
        """Draw `series` [(name, values per category)] as horizontal bars, first category at
        the top; `pick(series index, category index)` is called on a click. `categories`
        label the axis (codes when the names are long: `names`, listed in the tooltip)."""
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(0)
        chart.legend().setVisible(len(series) > 1)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        chart.legend().setFont(small)
        bars = QHorizontalStackedBarSeries() if stacked else QHorizontalBarSeries()
        order = list(range(len(categories)))[::-1]            # the first row drawn at the top
        self.bar_sets = []
        for n, (name, values) in enumerate(series):
            bar_set = QBarSet(name)
            bar_set.setColor(QColor((colors or PALETTE)[n % len(colors or PALETTE)]))
            bar_set.setBorderColor(QColor("transparent"))
            for position in order:
                bar_set.append(float(values[position] or 0))
            if pick is not None:
                bar_set.clicked.connect(lambda index, n=n: pick(n, order[index]))
            bars.append(bar_set)
            self.bar_sets.append(bar_set)
        bars.setBarWidth(0.75)
        chart.addSeries(bars)
        self.categories = [short(categories[p]) for p in order]
        axis_y = QBarCategoryAxis()
        axis_y.append(self.categories)
        axis_y.setLabelsFont(small)
        axis_x = QValueAxis()
        top = max([sum(v[p] or 0 for _n, v in series) if stacked else max((v[p] or 0 for _n, v in series), default=0)
                   for p in range(len(categories))] or [0])
        axis_x.setRange(0, 100 if percent else max(1.0, top * 1.1))
        axis_x.setLabelFormat("%.0f %%" if percent else "%.0f")
        axis_x.setLabelsFont(small)
        axis_x.setTickCount(5)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        bars.attachAxis(axis_y)
        bars.attachAxis(axis_x)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
        full = names or categories
        self.setToolTip("\n".join(f"{c}: {n}" if c != n else n for c, n in zip(categories, full))
                        if full != categories or any(len(c) > LABEL_CHARS for c in categories) else "")
