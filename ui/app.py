"""Entry point of the desktop app: `inspector [--workspace DIR] [--lang vi|en] [--selftest]`.

Heavy modules (Qt, the core) are imported inside `main`, so `--help` is instant.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ORGANIZATION = "Inspector"
APPLICATION = "Inspector"


def parse_args(argv: list[str] | None) -> tuple[argparse.Namespace, list[str]]:
    """Our options, and the rest (left for Qt, e.g. `-platform offscreen`)."""
    parser = argparse.ArgumentParser(prog="inspector", description="Inspector desktop app")
    parser.add_argument("--workspace", type=Path, default=None,
                        help="workspace folder (default: the user data folder or $INSPECTOR_WORKSPACE)")
    parser.add_argument("--lang", choices=("vi", "en"), default=None,
                        help="interface language (default: the saved setting, else vi)")
    parser.add_argument("--selftest", action="store_true",
                        help="build the main window on a temporary workspace, print 'selftest ok' and exit")
    return parser.parse_known_args(sys.argv[1:] if argv is None else argv)


def main(argv: list[str] | None = None) -> int:
    """Run the app; returns the process exit code (0 ok, 1 on a refused start)."""
    args, qt_args = parse_args(argv)
    if args.selftest and not _has_display():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    # The core first: PySide6 installs an import hook that inspects the source
    # of every module imported after it, which costs start-up time for nothing.
    import inspector_app.workspace  # noqa: F401

    # isort: split
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from . import i18n

    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    lang = args.lang or _saved_language()
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APPLICATION, *qt_args])
    from .style import apply_style

    apply_style(app)    # once, before any window
    i18n.compile_translations()
    translators = i18n.install_translator(app, lang)
    i18n.apply_locale(lang)
    try:
        if args.selftest:
            return _selftest(app, lang)
        return _run(app, args.workspace, lang)
    finally:
        i18n.remove_translators(app, translators)


def _has_display() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _saved_language() -> str:
    from PySide6.QtCore import QSettings

    from .i18n import LANGUAGE_KEY

    value = QSettings().value(LANGUAGE_KEY, "vi")
    return value if value in ("vi", "en") else "vi"


LAST_WORKSPACE_KEY = "workspace/last"
# Set by bench/ui_startup.py: quit once the window is shown and the event loop
# has run, so the real start can be timed from outside.
QUIT_WHEN_SHOWN = "INSPECTOR_QUIT_WHEN_SHOWN"


def _run(app, workspace: Path | None, lang: str) -> int:
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QDialog, QMessageBox

    from inspector_app.errors import InspectorError
    from inspector_app.paths import default_workspace
    from inspector_app.workspace import Workspace

    from .main_window import MainWindow

    settings = QSettings()
    path = workspace or Path(settings.value(LAST_WORKSPACE_KEY, "") or default_workspace())
    if not Workspace.exists(path):
        from .wizard import FirstRunWizard  # only on a first run

        wizard = FirstRunWizard(default_path=path, lang=lang)
        if wizard.exec() != QDialog.DialogCode.Accepted:
            return 0
        path = wizard.workspace_path
    try:
        ws = Workspace.open(path)
    except (InspectorError, OSError) as err:
        text = err.message(lang) if isinstance(err, InspectorError) else f"{path}: {err}"
        QMessageBox.critical(None, QCoreApplication.translate("App", "Cannot open the workspace"), text)
        return 1
    settings.setValue(LAST_WORKSPACE_KEY, str(path))
    try:
        window = MainWindow(ws, lang, settings)
        window.show()
        if os.environ.get(QUIT_WHEN_SHOWN):
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, app.quit)
        return app.exec()
    finally:
        ws.close()


def _selftest(app, lang: str) -> int:
    """Build the main window on a fresh workspace holding the built-in checklists,
    open a visit, and build every page (the bundle must carry what they load)."""
    from PySide6.QtCore import QSettings, QTimer

    from inspector_app.errors import InspectorError
    from inspector_app.workspace import Workspace

    from .main_window import MainWindow

    with tempfile.TemporaryDirectory(prefix="inspector-selftest-", ignore_cleanup_errors=True) as tmp:
        try:
            ws = Workspace.create(Path(tmp) / "ws", "field")
        except InspectorError as err:
            return _selftest_failed(err.message(lang), lang)
        try:
            settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
            template = ws.checklists.list()[0]["id"]
            unit, _ = ws.units.create("Ủy ban nhân dân phường Tự Kiểm Tra", "commune")
            visit, _ = ws.visits.create(unit, "surprise", "2026-01-05", [template])
            window = MainWindow(ws, lang, settings)
            window.show()
            window.open_visit(visit)
            for page in range(window.pages.count()):
                window.show_page(page)
            QTimer.singleShot(0, app.quit)
            app.exec()
            rows = window.library_page.checklists_tab.templates.rowCount()
            missing_icons = _missing_icons()
            if window.visit_workspace is not None:
                window.visit_workspace.shutdown()
            window.close()
        finally:
            ws.close()
    if rows < 1:
        return _selftest_failed("no built-in checklist is listed", lang)
    if missing_icons:
        return _selftest_failed("icons not found: " + ", ".join(missing_icons), lang)
    print("selftest ok")
    return 0


def _missing_icons() -> list[str]:
    """The app's icons that do not draw (not shipped, or no SVG plug-in in the bundle)."""
    from .icons import USED, icon

    return [name for name in sorted(USED) if icon(name).pixmap(16, 16).isNull()]


def _selftest_failed(detail: str, lang: str) -> int:
    from inspector_app.errors import InspectorError

    print(InspectorError("selftest_failed", detail=detail).message(lang), file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
