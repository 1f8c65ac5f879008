"""Conflicts for a person to resolve: both values, who and when.

Which operations are open conflicts is decided in storage/sync_conflicts.py
(the same on every device holding the same operations). Resolving one writes
operations, so the resolution syncs like any change.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, overload

from ..catalogue import say
from ..errors import SyncError
from ..hlc import millis
from ..services.base import LABELS
from ..storage import state, sync_store

if TYPE_CHECKING:
    from ..workspace import Workspace


@dataclass
class Conflict:
    op_id: str
    entity: str
    row_id: str
    field: str
    kind: str                    # 'concurrent' or 'signed_minutes'
    row_title: str
    value: object                # the value that did not win
    device_id: str
    device_name: str | None
    person_name: str | None
    at: str                      # when it was written (local time, ISO)
    current: object              # the value the field holds
    current_device_id: str | None
    current_device_name: str | None
    current_person_name: str | None
    current_at: str | None

    @property
    def key(self) -> str:
        return f"{self.op_id}:{self.field}"

    def attempt(self, lang: str = "vi") -> str | None:
        """For signed minutes, "an attempt to change signed minutes from device X"
        (the device the operation names; per-operation author proofs will make
        that name authenticated); None for an ordinary conflict."""
        if self.kind != "signed_minutes":
            return None
        return say(lang, "sync.signed_attempt", device=self.device_name or say(lang, "sync.unnamed_device"))

    def entity_label(self, lang: str = "vi") -> str:
        pair = LABELS.get(self.entity, (self.entity, self.entity))
        return pair[1] if lang == "en" else pair[0]


@overload
def when(hlc: int) -> str: ...
@overload
def when(hlc: None) -> None: ...
def when(hlc: int | None) -> str | None:
    """The local time of a stamp, "YYYY-MM-DD HH:MM"; None for none."""
    if hlc is None:
        return None
    return dt.datetime.fromtimestamp(millis(hlc) / 1000).astimezone().strftime("%Y-%m-%d %H:%M")


def _title(row: dict | None, conn=None) -> str:
    if not row:
        return "—"
    if row.get("item_id") and conn is not None and not row.get("text"):
        item = state.get_row(conn, "checklist_item", row["item_id"])
        if item:
            return f"{item.get('code') or ''} {item.get('text') or ''}".strip()
    for name in ("title", "name", "text", "number", "code", "original_name"):
        if row.get(name):
            return str(row[name])
    return row["id"]


def list_conflicts(ws: Workspace) -> list[Conflict]:
    conn = ws.db.conn
    devices, people = sync_store.device_names(conn), sync_store.person_names(conn)
    out = []
    for c in sync_store.conflicts(conn):
        row = state.get_row(conn, c["entity"], c["row_id"], clocks=True)
        current, stamp, winner = None, None, None
        if row:
            current = row.get(c["field"])
            stamp = json.loads(row["_clocks"]).get(c["field"])
            if stamp:
                winner = sync_store.op_by_stamp(conn, c["entity"], c["row_id"], stamp[0], stamp[1])
        out.append(Conflict(
            c["op_id"], c["entity"], c["row_id"], c["field"], c["kind"], _title(row, conn), c["value"], c["device_id"],
            devices.get(c["device_id"]), people.get(c["person_id"]), when(c["hlc"]), current,
            stamp[1] if stamp else None, devices.get(stamp[1]) if stamp else None,
            people.get(winner["person_id"]) if winner else None, when(stamp[0]) if stamp else None))
    return out


def resolve(ws: Workspace, key: str, keep: str = "current", value=None):
    """Resolve the conflict `key` ("op_id:field"): keep the current value, or
    take the other one ("other"), or set `value` ("value"). Every value open
    on that field counts as seen, so one choice settles them all."""
    conflict = next((c for c in list_conflicts(ws) if c.key == key), None)
    if conflict is None:
        raise SyncError("conflict_resolved_already")
    if keep == "current" or conflict.kind == "signed_minutes":
        chosen = conflict.current
    elif keep == "other":
        chosen = conflict.value
    else:
        chosen = value
    seen = [c["value"] for c in sync_store.conflicts_on(ws.db.conn, conflict.entity, conflict.row_id,
                                                         conflict.field)]
    return ws.writer.resolve(conflict.entity, conflict.row_id, conflict.field, chosen, [*seen, conflict.current])
