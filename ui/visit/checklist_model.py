"""`ChecklistModel`: the visit's plain sections and their applicable items, as a tree.

Top-level rows are sections (with progress), their children the items that
apply given earlier answers: a conditional item appears when its condition is
met and disappears when it is not. Repeatable sections have their own tables.
An item answered "Đạt" while records breach it (`ws.visits.consistency`) is
marked at once: red, and its text says which rows breach it.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QFont

from inspector_app.changes import Changes
from inspector_app.checklists import answer_types, breaches, counts
from inspector_app.services.answers import applicable, section_stats

from ..style import alert_red, tint
from .evidence_marks import ENTITIES as EVIDENCE_ENTITIES
from .evidence_marks import evidence_by_item, mark
from .labels import answer_text

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole
REQUIRED_MISSING_ROLE = Qt.ItemDataRole.UserRole + 1
_AMBER = (255, 193, 7)   # a required item left unanswered: its row, over the palette's base
_NO_PARENT = 0


class ChecklistModel(QAbstractItemModel):
    TEXT, ANSWER, EVIDENCE, NOTE = range(4)
    ENTITIES = ("observation", "visit_checklist", "checklist_item", "checklist_section", "section_record")

    def __init__(self, ws, visit_id: str, lang: str = "vi", parent=None) -> None:
        super().__init__(parent)
        self.ws, self.visit_id, self.lang = ws, visit_id, lang
        self._sections: list[dict] = []      # plain sections, each with "visible" items
        self._held: dict = {}
        self._evidence: dict = {}            # item id → {"photo": n, "audio": n}
        self._structures: list[dict] = []
        self._records: dict = {}             # section id → its live record ids
        self._contradicted: dict = {}        # item id → the Breach rows contradicting its answer
        self.only_unanswered = False          # the filter "only items not answered yet"
        self._bold = QFont()
        self._bold.setBold(True)

    # -- loading ------------------------------------------------------------------
    def refresh(self) -> None:
        self.beginResetModel()
        self._sections = [dict(s) for t in self.ws.visits.template_ids(self.visit_id)
                          for s in self.ws.checklists.structure(t)["sections"] if not s["repeatable"]]
        self._held = self.ws.answers.of_visit(self.visit_id)
        self._evidence = evidence_by_item(self.ws, self.visit_id)
        self._structures = [self.ws.checklists.structure(t) for t in self.ws.visits.template_ids(self.visit_id)]
        self._records = self.ws.answers.records_by_section(self.visit_id)
        self._contradicted = self._contradictions()
        for section in self._sections:
            section["visible"] = self._visible(section)
            section["stats"] = section_stats(section, self._held, {})
        self.endResetModel()

    def _contradictions(self) -> dict:
        """The same computation as `ws.visits.consistency`, over what the model holds
        (no second read of the answers on every key press)."""
        return {c["item"]["id"]: c["breaches"]
                for c in breaches.contradictions(self._structures, self._held, self._records)}

    def contradiction(self, item_id: str) -> list:
        """The rows (`breaches.Breach`) contradicting the item's answer; empty when none."""
        return list(self._contradicted.get(item_id) or [])

    def contradicted(self) -> list[str]:
        """Ids of the items answered as compliant while records breach them, in checklist order."""
        return list(self._contradicted)

    def settled_by_records(self) -> int:
        """Items nobody answered that records make non-compliant (a roll-call row without a
        badge breaches C1): the minutes count them checked, yet they are not answered."""
        derived = breaches.derived_verdicts(self._structures, self._held, self._records)
        return sum(1 for structure in self._structures for section in structure["sections"]
                   if not section["repeatable"] for item, _none in applicable(section, self._held, {})
                   if item["id"] in derived and self.value_of(item["id"]) is None)

    def counts(self) -> dict:
        """The visit's counts: `ws.visits.counts`' computation (`checklists/counts.visit_counts`)
        over what the model holds, so the screen says what the minutes print."""
        return counts.visit_counts(self._structures, self._held, self._records)

    def _visible(self, section: dict) -> list[dict]:
        items = [item for item, _record in applicable(section, self._held, {})]
        if self.only_unanswered:   # an item answered leaves the list at once
            items = [item for item in items if self.value_of(item["id"]) is None]
        return items

    def set_only_unanswered(self, only: bool) -> None:
        """Show only the items not answered yet (the sections' totals still count them all)."""
        if only != self.only_unanswered:
            self.only_unanswered = only
            self.refresh()

    def apply_changes(self, changes: Changes) -> None:
        """Update answers in place; rebuild only when an item appears or disappears.

        Reads only the answers the change touched (one statement), and repaints
        only their rows and their sections' totals. Evidence changes repaint the
        Evidence column (an answer reads no evidence)."""
        if changes.touches(*EVIDENCE_ENTITIES):
            self._evidence = evidence_by_item(self.ws, self.visit_id)
            for number in range(len(self._sections)):
                parent = self.index(number, 0)
                rows = self.rowCount(parent)
                if rows:
                    self.dataChanged.emit(self.index(0, self.EVIDENCE, parent),
                                          self.index(rows - 1, self.EVIDENCE, parent))
        if not changes.touches(*self.ENTITIES):
            return
        if changes.touches("visit_checklist", "checklist_item", "checklist_section"):
            self.refresh()
            return
        if changes.touches("section_record"):
            self._records = self.ws.answers.records_by_section(self.visit_id)
        touched = changes.ids("observation")
        items: set[str] = set()
        for row in self.ws.answers.observations(touched):
            key = (row["item_id"], row["record_id"])
            if row["deleted"] or row["visit_id"] != self.visit_id:
                if self._held.pop(key, None) is not None:
                    items.add(row["item_id"])
            else:
                self._held[key] = row
                items.add(row["item_id"])
        if any(self._visible(s) != s["visible"] for s in self._sections):
            self.refresh()
            return
        before, self._contradicted = self._contradicted, self._contradictions()
        items |= {i for i in set(before) | set(self._contradicted) if before.get(i) != self._contradicted.get(i)}
        for number, section in enumerate(self._sections):
            rows = [n for n, item in enumerate(section["visible"]) if item["id"] in items]
            if not rows:
                continue
            section["stats"] = section_stats(section, self._held, {})
            self.dataChanged.emit(self.index(number, 0), self.index(number, self.NOTE))
            parent = self.index(number, 0)
            self.dataChanged.emit(self.index(min(rows), 0, parent), self.index(max(rows), self.NOTE, parent))

    # -- lookups --------------------------------------------------------------------
    def item_at(self, index: QModelIndex) -> dict | None:
        if not index.isValid() or index.internalId() == _NO_PARENT:
            return None
        return self._sections[index.internalId() - 1]["visible"][index.row()]

    def section_at(self, index: QModelIndex) -> dict | None:
        if not index.isValid():
            return None
        if index.internalId() == _NO_PARENT:
            return self._sections[index.row()]
        return self._sections[index.internalId() - 1]

    def index_of_item(self, item_id: str, column: int = 0) -> QModelIndex:
        for s_row, section in enumerate(self._sections):
            for i_row, item in enumerate(section["visible"]):
                if item["id"] == item_id:
                    return self.index(i_row, column, self.index(s_row, 0))
        return QModelIndex()

    def value_of(self, item_id: str):
        held = self._held.get((item_id, None))
        return held["value"] if held else None

    def note_of(self, item_id: str) -> str:
        held = self._held.get((item_id, None))
        return (held or {}).get("note") or ""

    def evidence_of(self, item_id: str) -> dict[str, int]:
        """{"photo": n, "audio": n} linked to the item."""
        return dict(self._evidence.get(item_id) or {"photo": 0, "audio": 0})

    def totals(self) -> dict:
        keys = ("answered", "total", "noncompliant", "earned", "possible")
        return {k: sum(s["stats"][k] for s in self._sections) for k in keys}

    def items(self):
        """Every visible item, in order."""
        for section in self._sections:
            yield from section["visible"]

    # -- Qt overrides -----------------------------------------------------------------
    def index(self, row, column, parent=QModelIndex()):  # noqa: B008 - Qt's signature
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _NO_PARENT)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index=QModelIndex()):  # noqa: B008
        if not index.isValid() or index.internalId() == _NO_PARENT:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _NO_PARENT)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._sections)
        if parent.internalId() == _NO_PARENT and parent.column() == 0:
            return len(self._sections[parent.row()]["visible"])
        return 0

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 4

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.item_at(index)
        if item is None:
            return self._section_data(self._sections[index.row()], index.column(), role)
        return self._item_data(item, index.column(), role)

    def _section_data(self, section: dict, column: int, role):
        stats = section["stats"]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TEXT:
                return f"{section['code']}. {section['title']}"
            if column == self.ANSWER:
                return f"{stats['answered']}/{stats['total']}"
            if column == self.NOTE and stats["noncompliant"]:
                return self.tr("%n non-compliant", "", stats["noncompliant"])
            return ""
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and column == self.NOTE and stats["noncompliant"]:
            return alert_red()
        return None

    def _item_data(self, item: dict, column: int, role):
        value = self.value_of(item["id"])
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TEXT:
                text = f"{item['code']}  {item['text']}"
                if item["id"] in self._contradicted:     # said in words, not by colour alone
                    rows = "; ".join(b.phrase() for b in self._contradicted[item["id"]])
                    text += "\n⚠ " + translate("ChecklistModel", "Records breach it: %1").replace("%1", rows)
                return text
            if column == self.ANSWER:
                return answer_text(item, value, self.lang)
            if column == self.EVIDENCE:
                return mark(self._evidence.get(item["id"]), bool(item.get("evidence_required")))
            return self.note_of(item["id"])
        if role == Qt.ItemDataRole.ForegroundRole and column == self.ANSWER \
                and answer_types.is_noncompliant(item, value):
            return alert_red()
        if role == Qt.ItemDataRole.ForegroundRole and column in (self.TEXT, self.ANSWER) \
                and item["id"] in self._contradicted:
            return alert_red()
        if role == Qt.ItemDataRole.ForegroundRole and column == self.EVIDENCE and item.get("evidence_required") \
                and not any(self._evidence.get(item["id"], {}).values()):
            return alert_red()
        if role == Qt.ItemDataRole.BackgroundRole and self._missing(item, value):
            return tint(_AMBER, 0.2)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TEXT:
            return item.get("guidance") or None
        if role == ITEM_ID_ROLE:
            return item["id"]
        if role == REQUIRED_MISSING_ROLE:
            return self._missing(item, value)
        return None

    @staticmethod
    def _missing(item: dict, value) -> bool:
        return answer_types.is_unanswered_required(item, value)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            names = [translate("ChecklistModel", "Criterion"), translate("ChecklistModel", "Result"),
                     translate("ChecklistModel", "Evidence"), translate("ChecklistModel", "Note")]
            return names[section] if 0 <= section < 4 else None
        return None  # never super().headerData(): see tests/ui/test_refcounts.py
