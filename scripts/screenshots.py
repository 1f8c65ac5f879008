"""Save a PNG of each main screen, on a fresh demo workspace, into docs/screenshots/.

Run under a real X server: `make screenshots` (xvfb-run). By default the window
fills a 1366×768 laptop screen less its task bar (1366×728), at 100 %. With
`--size 1920x1080` the screen is 1920×1080, into files ending in `-1920.png`;
with `--scale 2` the screens are taken at 200 % on a 1920×1080 screen
(960×520 logical pixels), into files ending in `-200.png`. `--out DIR` writes
them elsewhere (to look before replacing the README's).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from inspector_app import demo, demo_hq
from inspector_app.workspace import Workspace
from ui import i18n
from ui.main_window import MainWindow
from ui.style import apply_style

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, choices=(1, 2), default=1)
    parser.add_argument("--size", default=None, help="the screen, WxH (1366x768; 1920x1080 at 200 %%)")
    parser.add_argument("--out", type=Path, default=OUT, help="the folder for the PNGs (docs/screenshots)")
    args = parser.parse_args()
    out = args.out
    os.environ["QT_SCALE_FACTOR"] = str(args.scale)   # before the QApplication exists
    size = args.size or ("1366x768" if args.scale == 1 else "1920x1080")
    width, height = (int(n) for n in size.split("x"))
    if args.scale != 1:
        suffix = f"-{args.scale * 100}"
    else:
        suffix = "" if width == 1366 else f"-{width}"
    window_size = (width // args.scale, (height - 40) // args.scale)   # less a 40 px task bar
    app = QApplication(sys.argv[:1])
    apply_style(app)
    i18n.compile_translations()
    translators = i18n.install_translator(app, "vi")
    i18n.apply_locale("vi")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        with Workspace.create(Path(tmp) / "ws", "field", device_name="Máy kiểm tra 01") as ws:
            made = demo.fill(ws)
            concluded = next(v for v in ws.visits.list() if v["status"] == "concluded")["id"]
            in_progress = next(v for v in ws.visits.list() if v["status"] == "in_progress")["id"]
            window = MainWindow(ws, "vi", settings)
            window.setWindowTitle("Inspector — Đoàn kiểm tra công vụ số 1")
            window.resize(*window_size)
            window.show()
            steps = []

            def shot(name):
                for _ in range(3):          # what waits for the event loop (rows measured after a resize)
                    app.processEvents()
                window.repaint()
                window.grab().save(str(out / f"{name}{suffix}.png"))

            def visits():
                window.show_page(window.VISITS)
                shot("visits")

            def visit_tabs():
                page = window.open_visit(in_progress)
                for index, name in ((0, "visit-checklist"), (1, "visit-roll-call"), (2, "visit-case-files")):
                    page.tabs.setCurrentIndex(index)
                    shot(name)
                page.tabs.setCurrentWidget(page.participants)
                shot("visit-participants")
                page.tabs.setCurrentWidget(page.findings)
                shot("visit-findings")
                page.tabs.setCurrentWidget(page.evidence)

            def evidence_when_thumbnails_show():
                if window.visit_workspace.evidence.photos.runner.is_busy():
                    QTimer.singleShot(100, evidence_when_thumbnails_show)
                    return
                shot("visit-evidence")
                minutes()

            def minutes():
                window.show_page(window.MINUTES)
                window.minutes_page.set_visit(concluded)
                window.minutes_page.rendered.connect(lambda: QTimer.singleShot(300, after_minutes))
                window.minutes_page.generate()

            def after_minutes():
                shot("minutes")
                for step in rest:
                    step()
                app.quit()

            def library():
                window.show_page(window.LIBRARY)
                library_page = window.library_page
                for index, name in ((library_page.CHECKLISTS, "library-checklists"),
                                    (library_page.UNITS, "library-units"), (library_page.TEAMS, "library-teams")):
                    library_page.show_tab(index)
                    shot(name)

            def sync():
                window.show_page(window.SYNC)
                shot("sync")

            steps = [visits, visit_tabs, evidence_when_thumbnails_show]
            rest = [library, sync]

            def run():
                for step in steps:
                    step()
            QTimer.singleShot(300, run)
            QTimer.singleShot(60_000, app.quit)     # never hang a build
            app.exec()
            if window.visit_workspace is not None:
                window.visit_workspace.shutdown()
            window.close()
            del made
        hq_overview(app, Path(tmp), settings, window_size, out / f"hq-overview{suffix}.png")
    i18n.remove_translators(app, translators)
    print("\n".join(str(p) for p in sorted(out.glob(f"*{suffix}.png"))))
    return 0


def hq_overview(app, tmp: Path, settings, window_size, path: Path) -> None:
    """An HQ workspace with the province's year (`demo --role hq`): its window opens on the Overview."""
    with Workspace.create(tmp / "hq", "hq", device_name="Máy trụ sở Sở Nội vụ") as ws:
        demo_hq.fill(ws)
        window = MainWindow(ws, "vi", settings)
        window.setWindowTitle("Inspector — Sở Nội vụ thành phố Hà Nội")
        window.resize(*window_size)
        window.show()
        for _ in range(3):
            app.processEvents()
        window.repaint()
        window.grab().save(str(path))
        window.close()


if __name__ == "__main__":
    raise SystemExit(main())
