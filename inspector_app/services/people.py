"""People who record on this laptop (the inspector of the first-run wizard)."""

from __future__ import annotations

from ..ids import uuid7
from .base import Service, require


class People(Service):
    ENTITY = "person"

    def create(self, name: str, position: str = "", agency: str = "") -> tuple[str, object]:
        name = require(name, ("họ và tên", "name"))
        person_id = uuid7()
        changes = self.write([("person", person_id, {
            "name": name, "position": position.strip() or None, "agency": agency.strip() or None})])
        return person_id, changes

    def set_current(self, person_id: str) -> None:
        """Who records on this laptop: stamped on every later operation."""
        self._row("person", person_id)
        self.ws.writer.set_meta("current_person", person_id)
        self.ws.writer.person_id = person_id

    def current(self) -> dict | None:
        return self._row_or_none("person", self.ws.writer.person_id)

    def list(self) -> list[dict]:
        return self._rows("person", order="name")
