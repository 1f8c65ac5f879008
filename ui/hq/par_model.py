"""One unit's PAR-index evidence for a year as a table: a row per criterion without children,
with its checks, failures, outstanding requests, the proposed deduction and HQ's decision
(the core's `hq/par_evidence.year_evidence`; no SQL here)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from inspector_app.hq import par_evidence
from inspector_app.services.par import DECISION_KINDS

from ..models import RIGHT, RowsModel, label

_STALE = QColor("#9a5b00")       # a decision taken on a proposal that has changed since



def number(value: float | None, lang: str) -> str:
    """Points as people write them: "4,5" in Vietnamese, "4.5" in English; "" for none."""
    if value is None:
        return ""
    text = f"{round(float(value), 2):g}"
    return text if lang == "en" else text.replace(".", ",")


class ParModel(RowsModel):
    """Rows: `par_evidence.CriterionEvidence` of the chosen unit and year, as dicts with `id`."""

    ENTITIES = ("par_index", "par_criterion", "par_mapping", "par_decision", "observation", "request",
                "request_check", "visit", "section_record", "org_unit")
    CODE, TITLE, POINTS, CHECKS, FAILED, REQUESTS, PROPOSED, ACCEPTED, DECISION = range(9)

    def __init__(self, ws, lang: str = "vi", parent=None) -> None:
        super().__init__(ws, lang, parent)
        self.year: int | None = None
        self.unit_id: str | None = None
        self.year_units: dict[str, list[par_evidence.CriterionEvidence]] = {}

    @staticmethod
    def read(ws, year: int) -> dict[str, list[par_evidence.CriterionEvidence]]:
        """Every unit's evidence for `year` ({} when no index is held): the slow part (3,4 s
        for a year of the five-year bench province), run by the page on a worker thread."""
        return par_evidence.year_evidence(ws, year) if ws.par.indexes() else {}

    def set_year_units(self, year: int, units: dict[str, list[par_evidence.CriterionEvidence]]) -> None:
        """Show what `read` returned; the unit picker then switches without SQL."""
        self.year, self.year_units = year, units
        self.refresh()

    def refresh_decisions(self) -> None:
        """Put the decisions in force into the entries held (a decision changes no evidence)."""
        if self.year is None:
            return
        decisions = self.ws.par.decisions(self.year)
        for unit_id, entries in self.year_units.items():
            for entry in entries:
                entry.decision = decisions.get((unit_id, entry.criterion["id"]))
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.DECISION))

    def set_unit(self, unit_id: str | None) -> None:
        self.unit_id = unit_id
        self.refresh()

    def load(self) -> list[dict]:
        entries = self.year_units.get(self.unit_id or "", [])
        return [{"id": e.criterion["id"], "entry": e} for e in entries]

    def entry(self, row: int) -> par_evidence.CriterionEvidence:
        return self._rows[row]["entry"]

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("ParModel", "Code"),
            QCoreApplication.translate("ParModel", "Criterion"),
            QCoreApplication.translate("ParModel", "Points"),
            QCoreApplication.translate("ParModel", "Checks"),
            QCoreApplication.translate("ParModel", "Failed"),
            QCoreApplication.translate("ParModel", "Requests still open (late)"),
            QCoreApplication.translate("ParModel", "Proposed deduction"),
            QCoreApplication.translate("ParModel", "Accepted"),
            QCoreApplication.translate("ParModel", "Decision"),
        ]

    def cell(self, row: dict, column: int) -> str | int:
        e: par_evidence.CriterionEvidence = row["entry"]
        if column == self.CODE:
            return e.criterion["code"]
        if column == self.TITLE:
            return e.criterion["title"]
        if column == self.POINTS:
            return number(e.criterion["points"], self.lang)
        if column == self.CHECKS:
            return len(e.checks)
        if column == self.FAILED:
            return len(e.failed)
        if column == self.REQUESTS:
            return f"{len(e.requests)} ({e.late})" if e.requests else "0"
        if column == self.PROPOSED:
            return number(e.proposed, self.lang)
        if column == self.ACCEPTED:
            return number(e.accepted, self.lang)
        if e.decision is None:
            return QCoreApplication.translate("ParModel", "Not decided")
        text = label(DECISION_KINDS.get(e.decision["kind"]), self.lang)
        return text + (QCoreApplication.translate("ParModel", " — proposal changed since") if e.stale else "")

    def alignment(self, column: int):
        return RIGHT if column in (self.POINTS, self.CHECKS, self.FAILED, self.REQUESTS, self.PROPOSED,
                                   self.ACCEPTED) else None

    def tooltip(self, row: dict, column: int) -> str | None:
        e: par_evidence.CriterionEvidence = row["entry"]
        if column == self.DECISION and e.decision is not None:
            return " · ".join(filter(None, (e.decision.get("note"), e.decision.get("decided_by"))))
        if column == self.TITLE:
            return e.criterion["title"]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() == self.DECISION \
                and 0 <= index.row() < len(self._rows) and self._rows[index.row()]["entry"].stale:
            return _STALE
        return super().data(index, role)
