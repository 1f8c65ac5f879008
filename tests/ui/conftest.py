"""UI fixtures: private settings, the Vietnamese translator, private sound (workspaces: tests/conftest.py)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QSettings

from tests.helpers.pulse import PulseAudio, PulseAudioUnavailable
from ui import i18n


@pytest.fixture(scope="session", autouse=True)
def virtual_sound(tmp_path_factory):
    """A private PulseAudio daemon with a virtual microphone (tests/helpers/pulse.py), for every
    UI test: QtMultimedia connects to one sound server once per process, so it must be up before
    any test loads QtMultimedia. Tests that need it ask for `virtual_microphone`; if the daemon
    cannot start, QtMultimedia finds no sound device at all, as on a machine without one."""
    pulse = PulseAudio(tmp_path_factory.mktemp("pulse"))
    saved = {name: os.environ.get(name) for name in pulse.client_env()}
    os.environ.update(pulse.client_env())
    try:
        pulse.start()
    except PulseAudioUnavailable:
        pass  # pulse.error says why; `virtual_microphone` fails with it
    yield pulse
    pulse.stop()
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


@pytest.fixture
def virtual_microphone(virtual_sound):
    """The running private PulseAudio daemon; fails (not skips) the test when there is none."""
    if not virtual_sound.running():
        pytest.fail(f"No virtual microphone for the real recorder: {virtual_sound.error or 'pulseaudio stopped'}",
                    pytrace=False)
    return virtual_sound


@pytest.fixture
def settings(tmp_path):
    """QSettings in a temporary ini file, so tests never touch the user's."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def vi_translator(qapp):
    """The Vietnamese translator installed on the app for one test."""
    i18n.compile_translations()
    translators = i18n.install_translator(qapp, "vi")
    yield translators
    i18n.remove_translators(qapp, translators)
