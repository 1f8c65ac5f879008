"""The committed Vietnamese catalogue is complete and up to date with the sources."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from ui import i18n

ROOT = Path(__file__).resolve().parents[2]
TS = i18n.i18n_dir() / "inspector_vi.ts"


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) → <message> of a .ts file."""
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            out[(name, message.findtext("source"))] = message
    return out


def _texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def test_every_message_is_translated():
    messages = _messages(TS)
    assert messages
    problems = []
    for (context, source), message in messages.items():
        translation = message.find("translation")
        kind = translation.get("type")
        if kind is not None:  # unfinished, vanished or obsolete
            problems.append(f"{context}: {source!r} is {kind}")
        elif not all(text.strip() for text in _texts(message)):
            problems.append(f"{context}: {source!r} has an empty translation")
        elif "%1" in source and not all("%1" in text for text in _texts(message)):
            problems.append(f"{context}: {source!r} lost its %1")
    assert not problems, "\n".join(problems)


def test_catalogue_is_up_to_date_with_the_sources(tmp_path):
    lupdate = i18n.tool_path("lupdate")
    assert lupdate is not None, "pyside6-lupdate not found"
    fresh = tmp_path / "fresh_vi.ts"
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    result = subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], capture_output=True, text=True,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    extracted = set(_messages(fresh))
    assert len(extracted) >= 19
    missing = extracted - set(_messages(TS))
    assert not missing, ("run `make translations` and translate: "
                         + ", ".join(f"{c}: {s!r}" for c, s in sorted(missing)))
    # "%n …" counts are plurals: lupdate must see them as such (it does for
    # self.tr(text, "", n), not for every spelling), or `make translations`
    # would turn them back into unfinished singular messages.
    counted = {key: message for key, message in _messages(fresh).items() if "%n" in key[1]}
    assert counted
    assert all(message.get("numerus") == "yes" for message in counted.values()), sorted(counted)


def test_compile_translations_produces_the_qm_outside_resources(compiled_translations_elsewhere):
    qm_files = i18n.compile_translations()
    qm = compiled_translations_elsewhere / TS.with_suffix(".qm").name
    assert qm in qm_files
    assert qm.stat().st_mtime >= TS.stat().st_mtime
    assert not any(path.is_relative_to(TS.parent) for path in qm_files), "a test wrote into resources/"


def test_qt_own_buttons_speak_vietnamese(qtbot, vi_translator):
    from PySide6.QtWidgets import QDialogButtonBox, QWizard

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Ok).text() == "Đồng ý"
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Hủy"
    wizard = QWizard()
    qtbot.addWidget(wizard)
    assert wizard.buttonText(QWizard.WizardButton.NextButton) == "&Tiếp >"
    assert wizard.buttonText(QWizard.WizardButton.FinishButton) == "&Hoàn tất"


def test_the_vietnamese_interface_formats_dates_and_sizes_the_vietnamese_way(qtbot):
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QCalendarWidget

    previous = i18n.apply_locale("vi")
    try:
        calendar = QCalendarWidget()
        qtbot.addWidget(calendar)
        calendar.setCurrentPage(2026, 11)
        assert calendar.locale().monthName(11) == "tháng 11"
        assert QLocale().formattedDataSize(2_500_000) == "2,38 MiB"
        assert QLocale().toString(1.5) == "1,5"
    finally:
        QLocale.setDefault(previous)
    assert i18n.apply_locale("en").name() == previous.name()
    assert QLocale().name() == previous.name()  # English keeps the system's locale
