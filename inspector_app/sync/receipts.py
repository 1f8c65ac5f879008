"""Receipts: HQ tells laptops what it now holds; a laptop marks those visits
received. Nothing is ever deleted because it was exported or received."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..storage import sync_store

if TYPE_CHECKING:
    from ..workspace import Workspace

ARCHIVABLE = ("minutes_signed", "exported")


def build(ws: Workspace, device_ids: list[str]) -> dict:
    """What goes in a receipt's manifest for these laptops."""
    conn = ws.db.conn
    return {
        "acknowledged": sync_store.received_from(conn, device_ids),
        "holdings": sync_store.holdings(conn),
        "visits": sync_store.visits_with_status(conn, ("minutes_signed", "exported", "received")),
    }


def apply(ws: Workspace, info: dict) -> dict:
    """On a laptop, inside the import's transaction: bundles HQ acknowledged,
    and visits whose every operation HQ now holds become "received"."""
    conn = ws.db.conn
    if not isinstance(info, dict):
        return {"acknowledged": 0, "received_visits": []}
    mine = [a.get("bundle_id") for a in info.get("acknowledged", [])
            if isinstance(a, dict) and a.get("device_id") == ws.device_id]
    acknowledged = sync_store.acknowledge(conn, [b for b in mine if isinstance(b, str)])
    held_at_hq = {v for v in info.get("visits", []) if isinstance(v, str)}
    upto = sync_store.acked_seq(conn)
    marked = []
    for visit_id in sync_store.visits_with_status(conn, ARCHIVABLE):
        if visit_id in held_at_hq and sync_store.visit_last_seq(conn, visit_id) <= upto:
            ws.visits.set_status(visit_id, "received")
            marked.append(visit_id)
    return {"acknowledged": acknowledged, "received_visits": marked}
