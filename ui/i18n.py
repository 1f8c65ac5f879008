"""Translations the Qt way: English sources, `resources/i18n/inspector_<lang>.ts`.

The `.qm` files are build products (git-ignored): `compile_translations()`
runs lrelease when a `.qm` is missing or older than its `.ts`; a frozen
bundle ships them ready-made. They are written beside the `.ts` files, or
into the folder named by `INSPECTOR_QM_DIR` (the tests' own folder, so a test
run never writes into `resources/`).
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from inspector_app.paths import resources_dir

LANGS = ("vi", "en")
LANGUAGE_KEY = "language"   # the QSettings key of the interface language
SOURCE_LANG = "en"
PREFIX = "inspector_"

log = logging.getLogger(__name__)


def i18n_dir() -> Path:
    return resources_dir() / "i18n"


def qm_dir() -> Path:
    """Where the compiled `.qm` catalogues are written and loaded from."""
    chosen = os.environ.get("INSPECTOR_QM_DIR")
    return Path(chosen) if chosen and not getattr(sys, "frozen", False) else i18n_dir()


def ts_files() -> list[Path]:
    return sorted(i18n_dir().glob(f"{PREFIX}*.ts"))


def tool_path(name: str) -> Path | None:
    """The Qt tool `name` ("lrelease", "lupdate"): the `pyside6-<name>` script
    next to the interpreter, else the binary inside the PySide6 package."""
    suffix = ".exe" if sys.platform == "win32" else ""
    candidates = [Path(sys.executable).parent / f"pyside6-{name}{suffix}"]
    try:
        import PySide6

        candidates.append(Path(PySide6.__file__).resolve().parent / f"{name}{suffix}")
    except ImportError:  # pragma: no cover - PySide6 is a hard dependency
        pass
    return next((c for c in candidates if c.is_file() and os.access(c, os.X_OK)), None)


def compile_translations(force: bool = False) -> list[Path]:
    """Bring every `.qm` up to date with its `.ts`; returns the `.qm` paths that exist.

    Never raises: a missing tool or a failed run is logged and the stale or
    missing `.qm` is left as it is (the app then falls back to English).
    """
    out = []
    target = qm_dir()
    target.mkdir(parents=True, exist_ok=True)
    for ts in ts_files():
        qm = target / ts.with_suffix(".qm").name
        stale = force or not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime
        if stale and not getattr(sys, "frozen", False):
            _lrelease(ts, qm)
        if qm.exists():
            out.append(qm)
    return out


def _lrelease(ts: Path, qm: Path) -> None:
    import subprocess  # only when a catalogue must be compiled, not on every start

    tool = tool_path("lrelease")
    if tool is None:
        log.warning("lrelease not found; %s not compiled", ts.name)
        return
    try:
        result = subprocess.run([str(tool), "-silent", str(ts), "-qm", str(qm)],
                                capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("lrelease failed on %s: %s", ts.name, exc)
        return
    if result.returncode != 0:
        log.warning("lrelease failed on %s: %s", ts.name, result.stderr.strip())


def install_translator(app, lang: str) -> list:
    """Install the app's and Qt's own translators for `lang` on `app`.

    Returns the installed QTranslator objects (empty for English, the source
    language, or when no `.qm` could be loaded), so a caller can remove them.
    """
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}; choose one of {', '.join(LANGS)}")
    if lang == SOURCE_LANG:
        return []
    installed = []
    ours = QTranslator(app)
    if ours.load(str(qm_dir() / f"{PREFIX}{lang}.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.warning("no translation for %s in %s", lang, qm_dir())
    # Standard dialog buttons (OK, Cancel…) come from Qt's own catalogue.
    qt_base = QTranslator(app)
    if qt_base.load(QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
        installed.append(qt_base)
    return installed


def apply_locale(lang: str):
    """Make `lang`'s locale Qt's default, so what Qt formats itself (calendar
    pop-ups, the file dialog's sizes and file types, number editors) follows
    the interface language. English keeps the system's locale. Returns the
    previous default, for a caller that wants to put it back."""
    from PySide6.QtCore import QLocale

    previous = QLocale()
    if lang == "vi":
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    return previous


def remove_translators(app, translators) -> None:
    for translator in translators:
        app.removeTranslator(translator)
