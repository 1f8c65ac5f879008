"""Save a PNG of the register of requests ("Kiến nghị") on the HQ demo into docs/screenshots/.

Run under a real X server (xvfb-run) or offscreen. The window fills a 1366×768
laptop screen less its task bar (1366×728), at 100 %, in Vietnamese, on the
province's year of `inspector-cli demo --role hq`, with the deadlines counted
from the demo's day (30/11/2026) and one late request selected, so its
follow-up shows under the table. Also the list of the late requests only
(`requests-late.png`).

    python scripts/screenshot_register.py [--out DIR] [--visits 300]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from inspector_app import demo_hq
from inspector_app.workspace import Workspace
from ui import i18n
from ui.hq.register_page import RegisterPage
from ui.main_window import MainWindow
from ui.style import apply_style

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--visits", type=int, default=300)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    apply_style(app)
    i18n.compile_translations()
    translators = i18n.install_translator(app, "vi")
    i18n.apply_locale("vi")
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        with Workspace.create(Path(tmp) / "ws", "hq", device_name="Máy trụ sở Sở Nội vụ") as ws:
            demo_hq.fill(ws, visits=args.visits)
            window = MainWindow(ws, "vi", settings)
            window.setWindowTitle("Inspector — Sở Nội vụ thành phố Hà Nội")
            window._factories[window.REQUESTS] = lambda: _page(window, ws)
            window.resize(1366, 728)
            window.show()

            def shot(name: str) -> None:
                for _ in range(3):
                    app.processEvents()
                window.repaint()
                window.grab().save(str(args.out / f"{name}.png"))

            def run() -> None:
                window.show_page(window.REQUESTS)
                page = window.requests_page
                late = next(n for n in range(page.model.rowCount()) if page.model.row(n)["status"] == "not_fixed")
                page.view.selectRow(late)
                page.view.scrollTo(page.model.index(late, 0))
                shot("requests")
                page.status_filter.setCurrentIndex(page.status_filter.findData("late"))
                page.view.selectRow(0)
                shot("requests-late")
                app.quit()

            QTimer.singleShot(300, run)
            QTimer.singleShot(60_000, app.quit)
            app.exec()
            window.close()
    i18n.remove_translators(app, translators)
    print("\n".join(str(p) for p in sorted(args.out.glob("requests*.png"))))
    return 0


def _page(window: MainWindow, ws) -> RegisterPage:
    """The page as the window builds it, with the demo's day as today."""
    window.requests_page = RegisterPage(ws, window.lang, ops=window.ops, today=demo_hq.AS_OF)
    return window.requests_page


if __name__ == "__main__":
    raise SystemExit(main())
