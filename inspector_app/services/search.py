"""Search without diacritics over visits, units, findings and checklist items."""

from __future__ import annotations

from ..storage import search_index
from .base import Service

_TITLE = {"visit": "title", "org_unit": "name", "finding": "text", "checklist_item": "text"}


class Search(Service):
    def raw(self, text: str, entities=search_index.SEARCHABLE, limit: int = 50):
        return search_index.search(self.conn, text, entities, limit)

    def __call__(self, text: str, entities=search_index.SEARCHABLE, limit: int = 50) -> list[dict]:
        """Hits as {entity, id, title}, best first."""
        out = []
        for entity, row_id in self.raw(text, entities, limit):
            row = self._row_or_none(entity, row_id)
            if row is not None:
                out.append({"entity": entity, "id": row_id, "title": row[_TITLE[entity]], "row": row})
        return out
