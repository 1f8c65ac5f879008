"""The workspace's services; `build_services` hangs them off a `Workspace`."""

from __future__ import annotations

# Services whose modules are heavy (ReportLab, cryptography, age) are built
# on first use: `ws.minutes` and `ws.sync` cost nothing until called.
LAZY = {"minutes": ("inspector_app.services.minutes", "Minutes"),
        "sync": ("inspector_app.sync.service", "Sync")}


def build_lazy(ws, name: str):
    """Build the lazy service `name` for `ws` (Workspace.__getattr__ calls this)."""
    import importlib

    module, cls = LAZY[name]
    service = getattr(importlib.import_module(module), cls)(ws)
    setattr(ws, name, service)
    return service


def build_services(ws) -> None:
    from .answers import Answers
    from .checklists import Checklists
    from .findings import Findings
    from .media import Media
    from .people import People
    from .plans import Plans
    from .search import Search
    from .units import Units
    from .visits import Visits

    ws.people = People(ws)
    ws.units = Units(ws)
    ws.checklists = Checklists(ws)
    ws.plans = Plans(ws)
    ws.visits = Visits(ws)
    ws.answers = Answers(ws)
    ws.findings = Findings(ws)
    ws.media = Media(ws)
    ws.search = Search(ws)
