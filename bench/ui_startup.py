"""Start to an interactive main window on the demo workspace, against a bare
PySide6 window started the same way, in the same run. Budget: ratio ≤ 1.3.

Each start is a fresh process (`python -c ...`) timed from spawn until the
window is shown and the event loop has run once; runs alternate.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 7

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("Inspector"))
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

APP = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from inspector_app.workspace import Workspace
from ui import i18n
from ui.main_window import MainWindow
app = QApplication(sys.argv[:1])
translators = i18n.install_translator(app, "vi")
ws = Workspace.open(sys.argv[1])
window = MainWindow(ws, "vi", QSettings(sys.argv[2], QSettings.Format.IniFormat))
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
ws.close()
"""


def timed(args) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    start = time.perf_counter()
    subprocess.run(args, check=True, env=env, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    from inspector_app import demo
    from inspector_app.workspace import Workspace
    from ui import i18n

    i18n.compile_translations()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "ws"
        with Workspace.create(path, "field") as ws:
            demo.fill(ws)
        settings = str(Path(tmp) / "settings.ini")
        bare, app = [], []
        for _ in range(RUNS):
            bare.append(timed([sys.executable, "-c", BARE]))
            app.append(timed([sys.executable, "-c", APP, str(path), settings]))
    b, a = statistics.median(bare), statistics.median(app)
    print(f"bare PySide6 window: median {b * 1000:.0f} ms over {RUNS} starts")
    print(f"Inspector main window on the demo workspace: median {a * 1000:.0f} ms")
    print(f"ratio {a / b:.2f} (budget <= 1.3 -> {'met' if a / b <= 1.3 else 'NOT met'})")


if __name__ == "__main__":
    main()
