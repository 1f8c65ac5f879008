"""`EvidencePanel`: the Photos and Audio tabs of a visit, ready to embed.

    panel = EvidencePanel(ws, visit_id, "vi", ops=ops)   # the window's op runner
    checklist.current_item_changed.connect(lambda item_id: panel.set_current_target("item", item_id))
    for action in panel.shortcut_actions():
        workspace_widget.addAction(action)   # Ctrl+Shift+P, Ctrl+B… wherever the focus is

Files dropped anywhere on the panel are routed: photos to Photos, recordings
to Audio. Every change made here is broadcast on the op runner's change bus,
and the panel refreshes from changes broadcast there by anyone.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from inspector_app import media_tools
from inspector_app.changes import Changes

from ..ops import OpRunner
from .audio_panel import AudioPanel
from .common import Banner, expand_paths
from .devices import MediaDevices, QtMediaDevices
from .photo_panel import PhotosPanel
from .player import Player
from .recorder import Recorder


class EvidencePanel(QWidget):
    """Photos and audio of `visit_id` in `ws`.

    Test doubles: `devices=FakeDevices(...)`, `recorder=SimulatedRecorder()`,
    `player=SimulatedPlayer()`; `settings` is where the watched folder is kept."""

    message = Signal(str)
    """A status text (for the window's status bar)."""

    PHOTOS, AUDIO = range(2)

    def __init__(self, ws, visit_id: str, lang: str = "vi", parent=None, *, settings: QSettings | None = None,
                 devices: MediaDevices | None = None, recorder: Recorder | None = None,
                 player: Player | None = None, watch_poll_ms: int = 3000,
                 watch_settle_seconds: float = 2.0, ops: OpRunner | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.visit_id = visit_id
        self.lang = lang
        self.ops = ops if ops is not None else OpRunner(lang, parent=self)
        settings = settings if settings is not None else QSettings()
        devices = devices if devices is not None else QtMediaDevices()
        self.photos = PhotosPanel(ws, visit_id, lang, settings=settings, devices=devices,
                                  watch_poll_ms=watch_poll_ms, watch_settle_seconds=watch_settle_seconds, ops=self.ops)
        self.audio = AudioPanel(ws, visit_id, lang, settings=settings, devices=devices, recorder=recorder,
                                player=player, ops=self.ops)
        self.banner = Banner()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.photos, "")
        self.tabs.addTab(self.audio, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        for panel in (self.photos, self.audio):
            panel.message.connect(self.message)
        self.ops.bus.subscribe(self, self.on_operation)
        self.setAcceptDrops(True)

        self.attach_photo_action = self.photos.attach_action
        self.import_photos_action = self.photos.import_action
        self.link_photos_action = self.photos.link_action
        self.capture_action = self.photos.capture_action
        self.record_action = self.audio.record_action
        self.bookmark_action = self.audio.bookmark_action
        self.attach_audio_action = self.audio.attach_action
        self._update_tabs()

    def shortcut_actions(self) -> list:
        """The actions with keyboard shortcuts, for the checklist or window to add."""
        return [self.attach_photo_action, self.link_photos_action, self.capture_action,
                self.record_action, self.bookmark_action]

    # -- slots ---------------------------------------------------------------------------------
    def set_current_target(self, kind: str | None, target_id: str | None) -> None:
        """Call when the selected checklist item (or finding, request) changes; None for none."""
        self.photos.set_current_target(kind, target_id)
        self.audio.set_current_target(kind, target_id)

    def apply_changes(self, changes: Changes) -> None:
        """Changes made elsewhere in the app: refresh what they touch."""
        self.photos.apply_changes(changes)
        self.audio.apply_changes(changes)
        self._update_tabs()

    def on_operation(self, _changes: Changes, _initiator) -> None:
        """The tabs refresh themselves from the bus; only the counts are kept here."""
        self._update_tabs()

    def import_paths(self, paths) -> None:
        """Photos to the Photos tab, recordings to the Audio tab, anything else refused."""
        files = expand_paths(paths)
        photos = [p for p in files if media_tools.is_image(p)]
        audio = [p for p in files if media_tools.is_audio(p)]
        other = [p for p in files if p not in photos and p not in audio]
        if other:
            self.banner.show_message(self.tr("Only photos and recordings can be added here; not added: %1.")
                                     .replace("%1", ", ".join(p.name for p in other[:5])), warning=True)
        else:
            self.banner.clear_message()
        if photos:
            self.photos.import_paths(photos)
            self.tabs.setCurrentIndex(self.PHOTOS)
        if audio:
            self.audio.attach_paths(audio)
            if not photos:
                self.tabs.setCurrentIndex(self.AUDIO)

    def importing(self) -> int:
        """How many photo imports are running."""
        return self.photos.importing()

    def probe_devices(self) -> None:
        """Look for the camera and the microphone now (otherwise done when first shown)."""
        self.photos.probe_devices()
        self.audio.probe_devices()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.probe_devices)  # the shortcuts work from either tab

    def shutdown(self) -> None:
        """Stop the watcher, a recording in progress and the workers (before closing ws)."""
        self.photos.shutdown()
        self.audio.shutdown()

    # -- internals -----------------------------------------------------------------------------
    def _update_tabs(self) -> None:
        self.tabs.setTabText(self.PHOTOS, self.tr("Photos (%1)").replace("%1", str(self.photos.model.rowCount())))
        self.tabs.setTabText(self.AUDIO, self.tr("Audio (%1)")
                             .replace("%1", str(self.audio.recordings_model.rowCount())))

    def dragEnterEvent(self, event) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    def closeEvent(self, event) -> None:
        self.shutdown()
        super().closeEvent(event)
