"""A demo workspace with one concluded surprise visit, ready for its minutes."""

from __future__ import annotations

import re
import subprocess
import wave
from pathlib import Path

import pytest

from inspector_app import demo
from inspector_app.workspace import Workspace

MM = 72 / 25.4


def add_audio(ws, visit_id: str, tmp: Path, item_id: str, offset_ms: int) -> str:
    """A one-second WAV recording linked to an item at an offset."""
    path = tmp / "ghi-am-01.wav"
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(b"\x00\x00" * 8000)
    media_id, _ = ws.media.add_file(path, visit_id, kind="audio")
    ws.media.link(media_id, "item", item_id, offset_ms=offset_ms)
    return media_id


@pytest.fixture
def demo_ws(tmp_path):
    """(workspace, visit id): the demo's first visit (surprise, concluded) with
    an audio bookmark at 12:30 on its first non-compliant item."""
    ws = Workspace.create(tmp_path / "ws", "field")
    made = demo.fill(ws)
    visit_id = made["visits"][0]
    noncompliant = [o for o in ws.answers.of_visit(visit_id).values() if o["value"] == "khong_dat"]
    add_audio(ws, visit_id, tmp_path, noncompliant[0]["item_id"], 12 * 60_000 + 30_000)
    yield ws, visit_id
    ws.close()


def pdftotext(path: Path, *args: str) -> str:
    return subprocess.run(["pdftotext", *args, str(path), "-"], capture_output=True, text=True,
                          check=True, timeout=60).stdout


def words_bbox(path: Path) -> list[list[dict]]:
    """Every word of every page with its box in points (pdftotext -bbox)."""
    html = pdftotext(path, "-bbox")
    pages = []
    for page in re.findall(r"<page (.*?)</page>", html, re.S):
        words = []
        for x0, y0, x1, y1, text in re.findall(
                r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', page):
            words.append({"x0": float(x0), "y0": float(y0), "x1": float(x1), "y1": float(y1), "text": text})
        pages.append(words)
    return pages


def flat(text: str) -> str:
    return " ".join(text.split())
