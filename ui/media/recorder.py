"""Recording from the microphone, behind an interface with two implementations.

`QtRecorder` records with QtMultimedia (QMediaCaptureSession + QAudioInput +
QMediaRecorder, AAC in .m4a when the platform can encode it, else WAV) and
reads the input level with a QAudioSource on the same device while recording.
tests/ui/media/test_real_recorder.py runs it on a virtual PulseAudio microphone.
`SimulatedRecorder` writes a short WAV with the `wave` module and reports
elapsed time from a clock a test controls.
"""

from __future__ import annotations

import math
import struct
import time
from array import array
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, QUrl, Signal

from inspector_app.media_tools import write_tone_wav


class Recorder(QObject):
    """The interface the audio panel drives. Signals come in the UI thread."""

    recording_changed = Signal(bool)
    elapsed_changed = Signal(int)
    """Milliseconds since the recording started."""
    level_changed = Signal(float)
    """Input level, 0.0 to 1.0."""
    finished = Signal(str)
    """The path of the finished file, after `stop()`."""
    failed = Signal(str)
    """What went wrong (the platform's words); the panel adds what to do."""

    def is_available(self) -> bool:
        raise NotImplementedError

    def suffix(self) -> str:
        """The file suffix the recording will have (".m4a", ".wav")."""
        raise NotImplementedError

    def start(self, path: Path) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def is_recording(self) -> bool:
        raise NotImplementedError

    def elapsed_ms(self) -> int:
        raise NotImplementedError


class SimulatedRecorder(Recorder):
    """A recorder without a microphone, for tests and demonstrations.

    `clock` returns seconds (default: time.monotonic); a test can pass its own
    and move it forward. `stop()` writes a WAV as long as the elapsed time
    (a quiet tone, capped at `max_seconds`) and emits `finished` from the event loop."""

    def __init__(self, available: bool = True, clock=time.monotonic, tick_ms: int = 100,
                 max_seconds: float = 30.0, fail_on_start: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self.available = available
        self.clock = clock
        self.max_seconds = max_seconds
        self.fail_on_start = fail_on_start
        self._started: float | None = None
        self._elapsed = 0
        self._path: Path | None = None
        self._timer = QTimer(self, interval=tick_ms)
        self._timer.timeout.connect(self._tick)

    def is_available(self) -> bool:
        return self.available

    def suffix(self) -> str:
        return ".wav"

    def start(self, path: Path) -> None:
        if self.fail_on_start:
            QTimer.singleShot(0, lambda: self.failed.emit(self.fail_on_start))
            return
        self._path = Path(path)
        write_tone_wav(self._path, 0)  # like a real recorder, the file exists from the start
        self._started = self.clock()
        self._elapsed = 0
        self._timer.start()
        self.recording_changed.emit(True)

    def is_recording(self) -> bool:
        return self._started is not None

    def elapsed_ms(self) -> int:
        if self._started is None:
            return self._elapsed
        return max(0, int((self.clock() - self._started) * 1000))

    def stop(self) -> None:
        if self._started is None:
            return
        self._elapsed = self.elapsed_ms()
        self._started = None
        self._timer.stop()
        write_tone_wav(self._path, min(self._elapsed / 1000, self.max_seconds))
        self.recording_changed.emit(False)
        path = str(self._path)
        QTimer.singleShot(0, lambda: self.finished.emit(path))

    def _tick(self) -> None:
        elapsed = self.elapsed_ms()
        self.elapsed_changed.emit(elapsed)
        self.level_changed.emit(0.35 + 0.3 * math.sin(elapsed / 180))


class QtRecorder(Recorder):
    """The microphone through QtMultimedia (imported when first built)."""

    LEVEL_INTERVAL_S = 0.05
    """The meter reports the loudest peak of each such interval, not every block read."""

    def __init__(self, device=None, parent=None) -> None:
        from PySide6.QtMultimedia import (
            QAudioInput,
            QMediaCaptureSession,
            QMediaDevices,
            QMediaFormat,
            QMediaRecorder,
        )

        super().__init__(parent)
        self.device = device if device is not None else QMediaDevices.defaultAudioInput()
        self._format = self._choose_format(QMediaFormat)
        # One session for every recording, built now rather than on Record: QAudioInput takes
        # its device on a thread of its own, and recording before that thread has done so makes
        # Qt (6.11) start the device twice ("QAudioSource::start() called while already started").
        self._session = QMediaCaptureSession(self)
        self._input = QAudioInput(self.device, self)
        self._session.setAudioInput(self._input)
        self._recorder = QMediaRecorder(self)
        self._session.setRecorder(self._recorder)
        self._recorder.setMediaFormat(self._format)
        self._recorder.setQuality(QMediaRecorder.Quality.NormalQuality)
        self._recorder.setAudioChannelCount(1)
        self._recorder.durationChanged.connect(lambda ms: self.elapsed_changed.emit(int(ms)))
        self._recorder.recorderStateChanged.connect(self._state_changed)
        self._recorder.errorOccurred.connect(lambda _error, text: self._fail(text))
        self._stopping = False
        self._source = self._io = None
        self._peak = 0.0
        self._peak_since = 0.0

    @staticmethod
    def _choose_format(media_format):
        """AAC in MPEG-4 audio (.m4a) when the platform encodes it, else PCM WAV."""
        encode = media_format.ConversionMode.Encode
        m4a = media_format(media_format.FileFormat.Mpeg4Audio)
        if media_format.AudioCodec.AAC in m4a.supportedAudioCodecs(encode):
            m4a.setAudioCodec(media_format.AudioCodec.AAC)
            return m4a
        wav = media_format(media_format.FileFormat.Wave)
        wav.setAudioCodec(media_format.AudioCodec.Wave)
        return wav

    def is_available(self) -> bool:
        return not self.device.isNull()

    def suffix(self) -> str:
        from PySide6.QtMultimedia import QMediaFormat

        return ".m4a" if self._format.fileFormat() == QMediaFormat.FileFormat.Mpeg4Audio else ".wav"

    def start(self, path: Path) -> None:
        if self.is_recording():
            return
        self._recorder.setOutputLocation(QUrl.fromLocalFile(str(path)))
        self._stopping = False
        self._recorder.record()
        self._start_meter()

    def is_recording(self) -> bool:
        from PySide6.QtMultimedia import QMediaRecorder

        return self._recorder.recorderState() != QMediaRecorder.RecorderState.StoppedState

    def elapsed_ms(self) -> int:
        """Of the recording in progress, or of the last one once stopped."""
        return int(self._recorder.duration())

    def stop(self) -> None:
        if not self.is_recording():
            return
        self._stopping = True
        self._stop_meter()
        self._recorder.stop()  # recorderStateChanged(Stopped) follows once the file is finalised

    def _state_changed(self, state) -> None:
        from PySide6.QtMultimedia import QMediaRecorder

        recording = state != QMediaRecorder.RecorderState.StoppedState
        self.recording_changed.emit(recording)
        if not recording and self._stopping:
            self._stopping = False
            self.finished.emit(self._recorder.actualLocation().toLocalFile())

    def _fail(self, text: str) -> None:
        self._stop_meter()
        self._stopping = False
        self.failed.emit(text or "QMediaRecorder")

    # -- the level meter: a QAudioSource on the same device, read as it fills --------------
    def _start_meter(self) -> None:
        from PySide6.QtMultimedia import QAudioSource

        self._stop_meter()
        self._source = QAudioSource(self.device, self.device.preferredFormat(), self)
        self._peak, self._peak_since = 0.0, time.monotonic()
        self._io = self._source.start()
        if self._io is not None:
            self._io.readyRead.connect(self._read_level)

    def _stop_meter(self) -> None:
        if self._source is not None:
            self._source.stop()
            self._source.deleteLater()
        self._source = self._io = None

    def _read_level(self) -> None:
        if self._io is None or self._source is None:
            return
        data = bytes(self._io.readAll())
        if not data:
            return
        self._peak = max(self._peak, peak_level(data, self._source.format()))
        now = time.monotonic()
        if now - self._peak_since >= self.LEVEL_INTERVAL_S:
            self.level_changed.emit(self._peak)
            self._peak, self._peak_since = 0.0, now


def peak_level(data: bytes, audio_format) -> float:
    """The peak of a block of samples in `audio_format`, from 0.0 to 1.0."""
    from PySide6.QtMultimedia import QAudioFormat

    kind = audio_format.sampleFormat()
    if kind == QAudioFormat.SampleFormat.Int16:
        samples, full = array("h", data[: len(data) // 2 * 2]), 32768.0
    elif kind == QAudioFormat.SampleFormat.Int32:
        samples, full = array("i", data[: len(data) // 4 * 4]), 2147483648.0
    elif kind == QAudioFormat.SampleFormat.Float:
        count = len(data) // 4
        samples, full = struct.unpack(f"{count}f", data[: count * 4]), 1.0
    else:  # UInt8: silence is 128
        samples, full = [b - 128 for b in data], 128.0
    if not samples:
        return 0.0
    return min(1.0, max(max(samples), -min(samples)) / full)
