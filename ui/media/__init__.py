"""Evidence widgets of the visit workspace: photos and audio (see `EvidencePanel`)."""

from .audio_panel import AudioPanel
from .devices import FakeDevices, MediaDevices, QtMediaDevices
from .evidence_panel import EvidencePanel
from .photo_panel import PhotosPanel
from .player import Player, QtPlayer, SimulatedPlayer
from .recorder import QtRecorder, Recorder, SimulatedRecorder
from .strip import PhotoStrip
from .viewer import PhotoViewer

__all__ = ["AudioPanel", "EvidencePanel", "FakeDevices", "MediaDevices", "PhotoStrip", "PhotoViewer",
           "PhotosPanel", "Player", "QtMediaDevices", "QtPlayer", "QtRecorder", "Recorder", "SimulatedPlayer",
           "SimulatedRecorder"]
