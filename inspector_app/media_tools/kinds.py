"""Which files are photos and which are recordings, by their name's suffix."""

from __future__ import annotations

from pathlib import Path

IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp", ".webp", ".gif", ".heic", ".heif"})
AUDIO_SUFFIXES = frozenset({".wav", ".m4a", ".mp3", ".ogg", ".opus", ".aac", ".amr", ".flac", ".wma", ".3gp"})


def is_image(path: Path | str) -> bool:
    return Path(path).suffix.lower() in IMAGE_SUFFIXES


def is_audio(path: Path | str) -> bool:
    return Path(path).suffix.lower() in AUDIO_SUFFIXES
