"""`Changes`: what a mutation touched, so views refresh only that."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    """Row ids touched per entity by one mutation (Anki's OpChanges)."""

    rows: dict[str, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, pairs) -> Changes:
        rows: dict[str, set[str]] = {}
        for entity, row_id in pairs:
            rows.setdefault(entity, set()).add(row_id)
        return cls({k: frozenset(v) for k, v in rows.items()})

    def touches(self, *entities: str) -> bool:
        """Whether any row of any of `entities` was touched."""
        return any(self.rows.get(entity) for entity in entities)

    def ids(self, entity: str) -> frozenset[str]:
        return self.rows.get(entity, frozenset())

    def __bool__(self) -> bool:
        return any(self.rows.values())

    def __or__(self, other: Changes) -> Changes:
        keys = set(self.rows) | set(other.rows)
        return Changes({k: self.ids(k) | other.ids(k) for k in keys})
