"""The evidence panel a UI test gives a window or a visit page: simulated media only."""

from __future__ import annotations

from ui.media import EvidencePanel, FakeDevices, SimulatedPlayer, SimulatedRecorder


def simulated_evidence(settings, microphone: bool = False):
    """An `evidence_factory`: panels with no camera, a simulated microphone when asked, and
    a simulated recorder and player, so no test touches a real device."""
    def evidence(ws, visit_id, lang, parent, ops):
        return EvidencePanel(ws, visit_id, lang, parent, settings=settings, ops=ops,
                             devices=FakeDevices(camera=False, microphone=microphone),
                             recorder=SimulatedRecorder(), player=SimulatedPlayer())
    return evidence
