"""Playing a recording from an offset, behind a small interface.

`QtPlayer` uses QMediaPlayer + QAudioOutput (built on first use); the offset
is applied once the media is loaded. `SimulatedPlayer` only remembers what
it was asked to play, for tests.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMetaObject, QObject, Qt, QUrl, Signal


class Player(QObject):
    playing_changed = Signal(bool)
    position_changed = Signal(int)
    failed = Signal(str)

    def play(self, path: Path, offset_ms: int = 0) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def is_playing(self) -> bool:
        raise NotImplementedError


class SimulatedPlayer(Player):
    """Records each `play(path, offset)` in `played`."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.played: list[tuple[Path, int]] = []
        self._playing = False

    def play(self, path: Path, offset_ms: int = 0) -> None:
        self.played.append((Path(path), int(offset_ms)))
        self._playing = True
        self.playing_changed.emit(True)
        self.position_changed.emit(int(offset_ms))

    def stop(self) -> None:
        if self._playing:
            self._playing = False
            self.playing_changed.emit(False)

    def is_playing(self) -> bool:
        return self._playing


class QtPlayer(Player):
    """The speakers, through QtMultimedia."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._player = self._output = None
        self._source: Path | None = None
        self._pending: int | None = None

    def _ensure(self):
        if self._player is None:
            from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

            self._player = QMediaPlayer(self)
            self._output = QAudioOutput(self)
            self._player.setAudioOutput(self._output)
            self._player.mediaStatusChanged.connect(self._status)
            self._player.positionChanged.connect(lambda ms: self.position_changed.emit(int(ms)))
            self._player.playbackStateChanged.connect(
                lambda state: self.playing_changed.emit(state == QMediaPlayer.PlaybackState.PlayingState))
            self._player.errorOccurred.connect(lambda _error, text: self.failed.emit(text))
        return self._player

    def play(self, path: Path, offset_ms: int = 0) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        player = self._ensure()
        path = Path(path)
        loaded = player.mediaStatus() in (QMediaPlayer.MediaStatus.LoadedMedia,
                                          QMediaPlayer.MediaStatus.BufferedMedia,
                                          QMediaPlayer.MediaStatus.BufferingMedia,
                                          QMediaPlayer.MediaStatus.EndOfMedia)
        if self._source == path and loaded:
            player.setPosition(int(offset_ms))
            player.play()
            return
        self._source = path
        self._pending = int(offset_ms)
        player.setSource(QUrl.fromLocalFile(str(path)))

    def _status(self, status) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        if status == QMediaPlayer.MediaStatus.LoadedMedia and self._pending is not None:
            offset, self._pending = self._pending, None
            self._player.setPosition(offset)
            self._player.play()
        elif status == QMediaPlayer.MediaStatus.InvalidMedia:
            self._pending = None

    def stop(self) -> None:
        """Stop from the event loop, not from here: QMediaPlayer.stop() waits for FFmpeg's
        audio thread, which may itself wait for Python's lock to let go of an object
        connected from Python; called from Python, both would wait forever (seen once, in
        a test that stopped right after playing from a bookmark)."""
        if self._player is not None:
            QMetaObject.invokeMethod(self._player, "stop", Qt.ConnectionType.QueuedConnection)

    def is_playing(self) -> bool:
        from PySide6.QtMultimedia import QMediaPlayer

        return self._player is not None and self._player.playbackState() == QMediaPlayer.PlaybackState.PlayingState
