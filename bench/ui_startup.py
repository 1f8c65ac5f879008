"""Start to an interactive main window on the demo workspace, against a bare
PySide6 window started the same way, in the same run. Budget: ratio ≤ 1.3.

Each start is a fresh process timed from spawn until the window is shown and
the event loop has run once; runs alternate. The app is started through its
real entry point (`python -m ui.app --workspace DIR`, as `make run` does),
with settings in a private folder and INSPECTOR_QUIT_WHEN_SHOWN set.
"""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 11

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

# For reference: the bare window plus the least a window listing anything needs,
# a QTableView over a ten-row model. Qt calls headerData() with a Qt.Orientation,
# which makes PySide6 build the Python enums of the whole Qt namespace (about
# 13 ms on Python 3.11), a cost the bare window never pays.
TABLE = """
import sys
from PySide6.QtCore import QAbstractTableModel, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
class Model(QAbstractTableModel):
    def rowCount(self, parent=None):
        return 10
    def columnCount(self, parent=None):
        return 5
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return f"{index.row()}:{index.column()}" if role == Qt.ItemDataRole.DisplayRole else None
    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        return f"Column {section}" if role == Qt.ItemDataRole.DisplayRole else None
app = QApplication(sys.argv[:1])
window = QMainWindow()
view = QTableView()
view.setModel(Model(view))
window.setCentralWidget(view)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

# For reference too: the widgets of the Visits screen (navigation with five
# standard icons, search box, four lists, a table over a few SQLite rows, a menu
# with three shortcuts, a status bar) with no app behind them: no core, no
# translations, no models of ours. What this costs is out of the app's hands.
WIDGETS = """
import sqlite3, sys
from PySide6.QtCore import QAbstractTableModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QMainWindow, QPushButton, QStackedWidget, QStyle, QTableView, QVBoxLayout, QWidget)
rows = sqlite3.connect(sys.argv[1]).execute("select name from sqlite_master").fetchall()
class Model(QAbstractTableModel):
    def rowCount(self, parent=None):
        return len(rows)
    def columnCount(self, parent=None):
        return 5
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return rows[index.row()][0] if role == Qt.ItemDataRole.DisplayRole else None
    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        return f"Column {section}" if role == Qt.ItemDataRole.DisplayRole else None
app = QApplication(sys.argv[:1])
window = QMainWindow()
nav = QListWidget()
for icon in ("SP_FileDialogDetailedView", "SP_FileDialogContentsView", "SP_FileIcon", "SP_BrowserReload", "SP_DirIcon"):
    QListWidgetItem(window.style().standardIcon(getattr(QStyle.StandardPixmap, icon)), icon[3:], nav)
page = QWidget()
search = QLineEdit()
search.setClearButtonEnabled(True)
top, filters, layout = QHBoxLayout(), QHBoxLayout(), QVBoxLayout(page)
for row, count in ((top, 1), (filters, 3)):
    for _ in range(count):
        combo = QComboBox()
        combo.addItems(["one", "two", "three", "four", "five"])
        row.addWidget(combo)
top.insertWidget(0, search)
top.addWidget(QPushButton("New visit"))
view = QTableView()
view.setModel(Model(view))
for widget in (QLabel("Visits"), view):
    layout.addWidget(widget)
layout.insertLayout(1, top)
layout.insertLayout(2, filters)
pages = QStackedWidget()
pages.addWidget(page)
central = QWidget()
row = QHBoxLayout(central)
row.addWidget(nav)
row.addWidget(pages, 1)
window.setCentralWidget(central)
menu = window.menuBar().addMenu("&Inspector")
for text, key in (("New", "New"), ("Settings", "Preferences"), ("Quit", "Quit")):
    action = QAction(text, window)
    action.setShortcut(getattr(QKeySequence.StandardKey, key))
    menu.addAction(action)
window.statusBar().addWidget(QLabel("Field workspace"))
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""


def timed(args, **extra_env) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"), **extra_env}
    start = time.perf_counter()
    subprocess.run(args, check=True, env=env, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    from inspector_app import demo
    from inspector_app.workspace import Workspace
    from ui import i18n

    i18n.compile_translations()
    # An installed app starts from bytecode (pip and PyInstaller write it);
    # make sure ours exists even when PYTHONDONTWRITEBYTECODE is set here.
    root = Path(__file__).resolve().parent.parent
    for package in ("inspector_app", "ui"):
        compileall.compile_dir(root / package, quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "ws"
        with Workspace.create(path, "field") as ws:
            demo.fill(ws)
        config = str(Path(tmp) / "config")   # QSettings go here, not into the user's
        bare, table, widgets, app = [], [], [], []
        for _ in range(RUNS):
            bare.append(timed([sys.executable, "-c", BARE]))
            table.append(timed([sys.executable, "-c", TABLE]))
            widgets.append(timed([sys.executable, "-c", WIDGETS, str(path / "inspector.db")]))
            app.append(timed([sys.executable, "-m", "ui.app", "--workspace", str(path)],
                             XDG_CONFIG_HOME=config, INSPECTOR_QUIT_WHEN_SHOWN="1"))
    b, t, a = statistics.median(bare), statistics.median(table), statistics.median(app)
    w = statistics.median(widgets)
    print(f"bare PySide6 window: median {b * 1000:.0f} ms over {RUNS} starts")
    print(f"bare window with a ten-row table (reference): median {t * 1000:.0f} ms, ratio {t / b:.2f}")
    print(f"the Visits screen's widgets, no app behind them (reference): median {w * 1000:.0f} ms, "
          f"ratio {w / b:.2f}")
    print(f"Inspector main window on the demo workspace: median {a * 1000:.0f} ms")
    print(f"ratio {a / b:.2f} (budget <= 1.3 -> {'met' if a / b <= 1.3 else 'NOT met'})")


if __name__ == "__main__":
    main()
