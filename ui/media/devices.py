"""Which cameras and microphones the machine has, behind a small interface.

`QtMediaDevices` asks QtMultimedia (imported only when first asked, so the
rest of the app starts fast); `FakeDevices` answers what a test says.
"""

from __future__ import annotations


class MediaDevices:
    """The interface the evidence panel asks."""

    slow = False
    """True when asking takes long (loading QtMultimedia): the panels then ask
    once they are first shown, not while a visit is being opened."""

    def has_camera(self) -> bool:
        raise NotImplementedError

    def has_microphone(self) -> bool:
        raise NotImplementedError


class QtMediaDevices(MediaDevices):
    """The real devices, through QMediaDevices (about 0.1 s the first time)."""

    slow = True

    def has_camera(self) -> bool:
        from PySide6.QtMultimedia import QMediaDevices

        return bool(QMediaDevices.videoInputs())

    def has_microphone(self) -> bool:
        from PySide6.QtMultimedia import QMediaDevices

        return bool(QMediaDevices.audioInputs())


class FakeDevices(MediaDevices):
    """Devices as a test wants them."""

    def __init__(self, camera: bool = False, microphone: bool = False) -> None:
        self.camera = camera
        self.microphone = microphone

    def has_camera(self) -> bool:
        return self.camera

    def has_microphone(self) -> bool:
        return self.microphone
