"""Save a PNG of each main screen, on a fresh demo workspace, into docs/screenshots/.

Run under a real X server: `xvfb-run -a .venv/bin/python scripts/screenshots.py`
(`make screenshots` does that).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from inspector_app import demo
from inspector_app.workspace import Workspace
from ui import i18n
from ui.main_window import MainWindow

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def main() -> int:
    app = QApplication(sys.argv[:1])
    i18n.compile_translations()
    translators = i18n.install_translator(app, "vi")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        with Workspace.create(Path(tmp) / "ws", "field", device_name="Máy kiểm tra 01") as ws:
            demo.fill(ws)
            window = MainWindow(ws, "vi", settings)
            window.setWindowTitle("Inspector — Đoàn kiểm tra công vụ số 1")
            window.resize(1200, 720)
            window.show()
            shots = [("visits", window.VISITS), ("library", window.LIBRARY)]

            def take():
                for name, page in shots:
                    window.show_page(page)
                    window.repaint()
                    window.grab().save(str(OUT / f"{name}.png"))
                app.quit()
            QTimer.singleShot(300, take)
            app.exec()
            window.close()
    i18n.remove_translators(app, translators)
    print("\n".join(str(p) for p in sorted(OUT.glob("*.png"))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
