"""The workspace's services; `build_services` hangs them off a `Workspace`."""

from __future__ import annotations


def build_services(ws) -> None:
    from ..sync.service import Sync
    from .answers import Answers
    from .checklists import Checklists
    from .findings import Findings
    from .media import Media
    from .minutes import Minutes
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
    ws.minutes = Minutes(ws)
    ws.sync = Sync(ws)
