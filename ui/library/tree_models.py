"""Tree models of the Library: the effective-dated unit tree and a checklist's sections → items.

Nodes are kept in a dict under integer keys carried by each index's
`internalId()`, so an index that outlives a refresh finds nothing rather than
freed memory. Children load on first use (`load_children`).
"""

from __future__ import annotations

import datetime as dt
import itertools

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import QApplication

from inspector_app.changes import Changes
from inspector_app.services.units import KINDS
from ui.models import format_date, label, reload_if_touched

from .labels import answer_type_label, yes_mark
from .table_models import points_text

_DISPLAY = Qt.ItemDataRole.DisplayRole
_keys = itertools.count(1)


class _Node:
    __slots__ = ("children", "key", "parent", "row", "value")

    def __init__(self, value: dict | None, parent: _Node | None, row: int) -> None:
        self.key = next(_keys)
        self.value = value
        self.parent = parent
        self.row = row
        self.children: list[_Node] | None = None


class TreeModel(QAbstractItemModel):
    """A read-only lazy tree over dicts; subclasses load children and show cells."""

    ENTITIES: tuple[str, ...] = ()

    def __init__(self, ws, lang: str = "vi", parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.lang = lang
        self._root = _Node(None, None, 0)
        self._nodes: dict[int, _Node] = {}
        self.headings: dict[int, str] = {}   # column → its heading on lines of its width (set by the view)

    # -- subclass hooks ----------------------------------------------------------
    def load_children(self, value: dict | None) -> list[dict]:
        raise NotImplementedError

    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, value: dict, column: int) -> str:
        raise NotImplementedError

    def tooltip(self, value: dict, column: int) -> str | None:
        return None

    def muted(self, value: dict) -> bool:
        return False

    def emphasised(self, value: dict) -> bool:
        return False

    # -- refreshing and lookup ---------------------------------------------------
    def refresh(self) -> None:
        self.beginResetModel()
        self._root = _Node(None, None, 0)
        self._nodes = {}
        self.endResetModel()

    def apply_changes(self, changes: Changes) -> bool:
        return reload_if_touched(self, changes)

    def _children(self, node: _Node) -> list[_Node]:
        if node.children is None:
            node.children = [_Node(value, node, row) for row, value in enumerate(self.load_children(node.value))]
            self._nodes.update((child.key, child) for child in node.children)
        return node.children

    def _node(self, index: QModelIndex) -> _Node:
        if not index.isValid():
            return self._root
        return self._nodes.get(index.internalId(), self._root)

    def value(self, index: QModelIndex) -> dict | None:
        """The dict shown at `index` (None for the root or a stale index)."""
        node = self._node(index)
        return None if node is self._root else node.value

    def find(self, path_ids: list[str]) -> QModelIndex:
        """The index reached by following row ids from the top, or an invalid index."""
        node, index = self._root, QModelIndex()
        for row_id in path_ids:
            child = next((c for c in self._children(node) if c.value["id"] == row_id), None)
            if child is None:
                return QModelIndex()
            node, index = child, self.createIndex(child.row, 0, child.key)
        return index

    # -- Qt overrides ------------------------------------------------------------
    def index(self, row, column, parent=QModelIndex()):  # noqa: B008 - Qt's signature
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        child = self._children(self._node(parent))[row]
        return self.createIndex(row, column, child.key)

    def parent(self, index=None):
        if index is None:
            return QObject.parent(self)
        if not index.isValid():
            return QModelIndex()
        node = self._nodes.get(index.internalId())
        if node is None or node.parent is None or node.parent is self._root:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent.key)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        if parent.isValid() and parent.column() != 0:
            return 0
        if parent.isValid() and parent.internalId() not in self._nodes:
            return 0
        return len(self._children(self._node(parent)))

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return len(self.headers())

    def data(self, index, role=_DISPLAY):
        node = self._nodes.get(index.internalId()) if index.isValid() else None
        if node is None:
            return None
        if role == _DISPLAY:
            return self.cell(node.value, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(node.value, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and self.muted(node.value):
            return QBrush(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))
        if role == Qt.ItemDataRole.FontRole and self.emphasised(node.value):
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        return None

    def headerData(self, section, orientation, role=_DISPLAY):
        # Never super().headerData(): see tests/ui/test_refcounts.py.
        if orientation == Qt.Orientation.Horizontal and role in (_DISPLAY, Qt.ItemDataRole.ToolTipRole):
            names = self.headers()
            if not 0 <= section < len(names):
                return None
            return self.headings.get(section, names[section]) if role == _DISPLAY else names[section]
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class UnitTreeModel(TreeModel):
    """Org units under their parents, optionally only those in force on `as_of`."""

    ENTITIES = ("org_unit",)
    NAME, KIND, CODE, VALID_FROM, VALID_TO, SUCCESSORS, LOCAL = range(7)

    def __init__(self, ws, lang: str = "vi", parent=None) -> None:
        super().__init__(ws, lang, parent)
        self.as_of: str | None = None
        self.today = dt.date.today().isoformat()

    def set_as_of(self, as_of: str | None) -> None:
        """Show only units in force on `as_of` (ISO date), or all when None."""
        if as_of != self.as_of:
            self.as_of = as_of
            self.refresh()

    def load_children(self, value):
        units = self.ws.units.children(value["id"] if value else None, as_of=self.as_of)
        names = {}
        for unit in units:
            if unit["successor_ids"]:
                names.update((s, None) for s in unit["successor_ids"])
        for successor_id in names:
            found = self.ws.units.find(successor_id)
            names[successor_id] = found["name"] if found else "—"
        return [{**u, "successor_names": [names[s] for s in u["successor_ids"] or []]} for u in units]

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("UnitTreeModel", "Unit"),
                QCoreApplication.translate("UnitTreeModel", "Kind"),
                QCoreApplication.translate("UnitTreeModel", "Code"),
                QCoreApplication.translate("UnitTreeModel", "Valid from"),
                QCoreApplication.translate("UnitTreeModel", "Valid until"),
                QCoreApplication.translate("UnitTreeModel", "Successors"),
                QCoreApplication.translate("UnitTreeModel", "Added here")]

    def cell(self, value: dict, column: int) -> str:
        if column == self.NAME:
            return value["name"]
        if column == self.KIND:
            return label(KINDS.get(value["kind"]), self.lang, value["kind"])
        if column == self.CODE:
            return value["code"] or ""
        if column == self.VALID_FROM:
            return format_date(value["valid_from"])
        if column == self.VALID_TO:
            return format_date(value["valid_to"])
        if column == self.SUCCESSORS:
            return "; ".join(value["successor_names"])
        return yes_mark(value["added_locally"])

    def tooltip(self, value: dict, column: int):
        if column == self.NAME and value["address"]:
            return value["address"]
        if column == self.KIND:
            return self.cell(value, column)
        if column == self.LOCAL and value["added_locally"]:
            return QCoreApplication.translate("UnitTreeModel", "Added on this laptop, not yet known to headquarters")
        if column == self.SUCCESSORS and value["successor_names"]:
            return "\n".join(value["successor_names"])
        return None

    def muted(self, value: dict) -> bool:
        return value["valid_to"] is not None and value["valid_to"] < self.today

    def index_of(self, unit_id: str) -> QModelIndex:
        """The index of a unit (loading its ancestors), or invalid when filtered out."""
        return self.find([u["id"] for u in self.ws.units.path(unit_id)])


class ChecklistTreeModel(TreeModel):
    """The sections of one checklist version, each with its items."""

    ENTITIES = ("checklist_template", "checklist_section", "checklist_item")
    CODE, TEXT, ANSWER_TYPE, POINTS, REQUIRED, EVIDENCE = range(6)

    def __init__(self, ws, lang: str = "vi", parent=None) -> None:
        super().__init__(ws, lang, parent)
        self.template_id: str | None = None
        self._sections: list[dict] = []

    def set_template(self, template_id: str | None) -> None:
        self.template_id = template_id
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        structure = self.ws.checklists.structure(self.template_id) if self.template_id else None
        self._sections = [{**s, "is_section": True} for s in structure["sections"]] if structure else []
        self._root = _Node(None, None, 0)
        self._nodes = {}
        self.endResetModel()

    def load_children(self, value):
        if value is None:
            return self._sections
        if value.get("is_section"):
            return [{**item, "is_section": False} for item in value["items"]]
        return []

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("ChecklistTreeModel", "Code"),
                QCoreApplication.translate("ChecklistTreeModel", "Section / item"),
                QCoreApplication.translate("ChecklistTreeModel", "Answer type"),
                QCoreApplication.translate("ChecklistTreeModel", "Points"),
                QCoreApplication.translate("ChecklistTreeModel", "Required"),
                QCoreApplication.translate("ChecklistTreeModel", "Evidence")]

    def cell(self, value: dict, column: int) -> str:
        if value["is_section"]:
            if column == self.CODE:
                return value["code"]
            if column == self.TEXT:
                return value["title"]
            if column == self.ANSWER_TYPE and value["repeatable"]:
                return QCoreApplication.translate("ChecklistTreeModel", "Repeated per: %1").replace(
                    "%1", value["record_label"] or "")
            return ""
        if column == self.CODE:
            return value["code"]
        if column == self.TEXT:
            return value["text"]
        if column == self.ANSWER_TYPE:
            return answer_type_label(value["answer_type"], self.lang)
        if column == self.POINTS:
            return points_text(value, self.lang)
        if column == self.REQUIRED:
            return yes_mark(value["required"])
        return yes_mark(value["evidence_required"])

    def tooltip(self, value: dict, column: int):
        if column == self.TEXT:
            return value["title"] if value["is_section"] else value["text"]
        return None

    def emphasised(self, value: dict) -> bool:
        return value["is_section"]

    def index_of(self, row_id: str) -> QModelIndex:
        """The index of a section or an item by id, or invalid."""
        for section in self._sections:
            if section["id"] == row_id:
                return self.find([row_id])
            if any(item["id"] == row_id for item in section["items"]):
                return self.find([section["id"], row_id])
        return QModelIndex()
