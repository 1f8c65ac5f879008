"""`ws.sync`: export and import of bundles (filled by the sync feature)."""

from __future__ import annotations

from ..services.base import Service


class Sync(Service):
    pass
