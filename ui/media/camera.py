"""`CameraDialog`: take a photo with the laptop's camera (QtMultimedia).

The shot is saved by QImageCapture to a file in the workspace's staging
folder; the caller then adds it as evidence through `ws.media`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout


class CameraDialog(QDialog):
    """A live view and a "Take photo" button; `saved_paths` lists the files taken."""

    def __init__(self, path_factory, parent=None) -> None:
        from PySide6.QtMultimedia import QCamera, QImageCapture, QMediaCaptureSession, QMediaDevices
        from PySide6.QtMultimediaWidgets import QVideoWidget

        super().__init__(parent)
        self.setWindowTitle(self.tr("Take a photo"))
        self.path_factory = path_factory
        self.saved_paths: list[Path] = []
        self.camera = QCamera(QMediaDevices.defaultVideoInput(), self)
        self.capture = QImageCapture(self)
        self.capture.setFileFormat(QImageCapture.FileFormat.JPEG)
        self.capture.setQuality(QImageCapture.Quality.VeryHighQuality)
        self.session = QMediaCaptureSession(self)
        self.session.setCamera(self.camera)
        self.session.setImageCapture(self.capture)
        self.preview = QVideoWidget()
        self.preview.setMinimumSize(480, 360)
        self.session.setVideoOutput(self.preview)

        self.status = QLabel(self.tr("Starting the camera…"))
        self.status.setWordWrap(True)
        self.shoot_button = QPushButton(self.tr("Take photo"))
        self.shoot_button.setShortcut(Qt.Key.Key_Space)
        self.shoot_button.setEnabled(False)
        self.shoot_button.clicked.connect(self.take)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.shoot_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self._close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

        self.capture.readyForCaptureChanged.connect(self._ready)
        self.capture.imageSaved.connect(self._saved)
        self.capture.errorOccurred.connect(self._capture_error)
        self.camera.errorOccurred.connect(self._camera_error)
        self.camera.start()

    def take(self) -> None:
        if self.capture.isReadyForCapture():
            self.shoot_button.setEnabled(False)
            self.capture.captureToFile(str(self.path_factory()))

    def _ready(self, ready: bool) -> None:
        self.shoot_button.setEnabled(ready)
        if ready:
            self.status.setText(self.tr("Press Space or “Take photo”. Each photo is added to the visit."))

    def _saved(self, _id: int, file_name: str) -> None:
        self.saved_paths.append(Path(file_name))
        self.status.setText(self.tr("Photos taken: %1").replace("%1", str(len(self.saved_paths))))
        self.shoot_button.setEnabled(self.capture.isReadyForCapture())

    def _capture_error(self, _id: int, _error, text: str) -> None:
        self.status.setText(self.tr("The photo could not be taken (%1). Try again.").replace("%1", text))
        self.shoot_button.setEnabled(self.capture.isReadyForCapture())

    def _camera_error(self, _error, text: str) -> None:
        self.status.setText(self.tr("The camera cannot be used (%1). Close other programs that use it "
                                    "and try again.").replace("%1", text))

    def _close(self) -> None:
        self.camera.stop()
        if self.saved_paths:
            self.accept()
        else:
            self.reject()

    def closeEvent(self, event) -> None:
        self.camera.stop()
        super().closeEvent(event)
