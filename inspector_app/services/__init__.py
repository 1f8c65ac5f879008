"""The workspace's services; `build_services` hangs them off a `Workspace`."""

from __future__ import annotations

from .answers import Answers
from .checklists import Checklists
from .findings import Findings
from .media import Media
from .people import People
from .plans import Plans
from .search import Search
from .units import Units
from .visits import Visits

# Services whose modules are heavy (ReportLab, cryptography, age) are built
# on first use: `ws.minutes` and `ws.sync` cost nothing until called.
LAZY = ("minutes", "sync")


def build_lazy(ws, name: str):
    """Build the lazy service `name` for `ws` (Workspace.__getattr__ calls this).

    Plain import statements, not import-by-name, so PyInstaller finds them."""
    if name == "minutes":
        from .minutes import Minutes as ServiceClass
    elif name == "sync":
        from ..sync.service import Sync as ServiceClass
    else:
        raise AttributeError(name)
    service = ServiceClass(ws)
    setattr(ws, name, service)
    return service


def build_services(ws) -> None:
    ws.people = People(ws)
    ws.units = Units(ws)
    ws.checklists = Checklists(ws)
    ws.plans = Plans(ws)
    ws.visits = Visits(ws)
    ws.answers = Answers(ws)
    ws.findings = Findings(ws)
    ws.media = Media(ws)
    ws.search = Search(ws)
