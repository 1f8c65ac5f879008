"""`FolderWatcher`: a camera's import folder, watched for new photos.

The folder and what was already seen in it are kept in QSettings, so new
photos copied while the app was closed are picked up at the next start, and
photos already there when the folder was chosen are not. A
QFileSystemWatcher reacts at once; a polling timer catches what it misses
(sub-folders, USB and network drives).
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from inspector_app import media_tools
from inspector_app.errors import InspectorError

FOLDER_KEY = "media/watched_folder"
"""The same key as the Settings dialog's "Watched photo folder" (ui/settings_dialog.py)."""
SEEN_KEY = "media/watched_seen"


class FolderWatcher(QObject):
    """Emits `new_images(list[str])` for each batch of new photos in the chosen folder."""

    new_images = Signal(list)
    failed = Signal(str)
    """A Vietnamese (or English) message: the folder cannot be reached."""
    folder_changed = Signal(str)

    def __init__(self, settings: QSettings, lang: str = "vi", *, poll_ms: int = 3000,
                 settle_seconds: float = 2.0, parent=None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.lang = lang
        self.settle_seconds = settle_seconds
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._soon)
        self._debounce = QTimer(self, singleShot=True, interval=600)
        self._debounce.timeout.connect(self.scan)
        self._poll = QTimer(self, interval=poll_ms)
        self._poll.timeout.connect(self.scan)
        self._reported_missing = False
        self._active = False

    # -- the folder ---------------------------------------------------------------------
    def folder(self) -> str:
        return str(self.settings.value(FOLDER_KEY, "") or "")

    def set_folder(self, folder: str | None) -> bool:
        """Watch `folder` from now on (what it holds already is not imported); None stops.

        Returns False (and emits `failed`) when the folder cannot be read."""
        self._unwatch()
        if not folder:
            self.settings.remove(FOLDER_KEY)
            self.settings.remove(SEEN_KEY)
            self.settings.sync()
            self.folder_changed.emit("")
            return True
        try:
            snapshot = media_tools.folder_snapshot(folder)
        except InspectorError as err:
            self.failed.emit(err.message(self.lang))
            return False
        self.settings.setValue(FOLDER_KEY, str(folder))
        self._save_seen(snapshot)
        self.folder_changed.emit(str(folder))
        if self._active:
            self._watch()
        return True

    def start(self) -> None:
        """Begin watching the remembered folder (and scan once now)."""
        self._active = True
        if self.folder():
            self._watch()
            QTimer.singleShot(0, self.scan)

    def stop(self) -> None:
        self._active = False
        self._unwatch()

    def is_active(self) -> bool:
        return self._active and bool(self.folder())

    # -- scanning ---------------------------------------------------------------------------
    def scan(self) -> list[str]:
        """Look for new photos now; emits and returns their paths."""
        folder = self.folder()
        if not folder or not self._active:
            return []
        try:
            seen = self._seen()
            if seen is None:  # no remembered state: start from what is there now
                self._save_seen(media_tools.folder_snapshot(folder))
                return []
            new, seen = media_tools.scan_new_images(folder, seen, settle_seconds=self.settle_seconds)
        except InspectorError as err:
            if not self._reported_missing:
                self._reported_missing = True
                self.failed.emit(err.message(self.lang))
            return []
        if self._reported_missing:  # the card is back
            self._reported_missing = False
        if folder not in self._watcher.directories():  # back, or changed in the Settings dialog
            self._unwatch()
            self._watch()
        if not new:
            return []
        self._save_seen(seen)
        paths = [str(p) for p in new]
        self.new_images.emit(paths)
        return paths

    def _soon(self, _path: str = "") -> None:
        self._debounce.start()

    def _watch(self) -> None:
        folder = self.folder()
        if folder and Path(folder).is_dir() and folder not in self._watcher.directories():
            self._watcher.addPath(folder)
        self._poll.start()

    def _unwatch(self) -> None:
        paths = self._watcher.directories()
        if paths:
            self._watcher.removePaths(paths)
        self._poll.stop()
        self._debounce.stop()

    def _seen(self) -> dict | None:
        try:
            data = json.loads(str(self.settings.value(SEEN_KEY, "") or "{}"))
        except ValueError:
            return None
        if not isinstance(data, dict) or data.get("folder") != self.folder():
            return None
        seen = data.get("seen")
        return seen if isinstance(seen, dict) else None

    def _save_seen(self, seen: dict) -> None:
        self.settings.setValue(SEEN_KEY, json.dumps({"folder": self.folder(), "seen": seen}))
        self.settings.sync()


class WatchRow(QWidget):
    """The watched folder on one line: where it is, choose another, stop watching."""

    def __init__(self, watcher: FolderWatcher, parent=None) -> None:
        super().__init__(parent)
        self.watcher = watcher
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Watch a folder…"))
        self.choose_button.setToolTip(self.tr("Choose the folder where the camera's photos are copied; "
                                              "new photos in it are added to this visit automatically."))
        self.choose_button.clicked.connect(lambda: self.choose())
        self.stop_button = QPushButton(self.tr("Stop watching"))
        self.stop_button.clicked.connect(lambda: self.watcher.set_folder(None))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.choose_button)
        layout.addWidget(self.stop_button)
        watcher.folder_changed.connect(self._show)
        self._show(watcher.folder())

    def choose(self, folder: str | None = None) -> bool:
        """Watch `folder` (None: ask with a folder dialog); False if it cannot be read."""
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Folder where the camera's photos arrive"),
                                                      self.watcher.folder() or str(Path.home()))
            if not folder:
                return False
        return self.watcher.set_folder(folder)

    def _show(self, folder: str) -> None:
        if folder:
            self.label.setText(self.tr("Watched folder: %1").replace("%1", folder))
        else:
            self.label.setText(self.tr("No watched folder."))
        self.stop_button.setVisible(bool(folder))
