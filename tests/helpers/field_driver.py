"""A field session in a child process, for the kill-and-restart test.

    python -m tests.helpers.field_driver WORKSPACE SETTINGS.ini VISIT_ID KEY

Opens the real main window on the visit and answers its checklist with the
number KEY (1, 2 or 3), one item after another, printing each item id once
the answer is stored (so the parent knows what was acknowledged), until it
is killed.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from inspector_app.workspace import Workspace
from ui.main_window import MainWindow


def main() -> None:
    workspace, settings_file, visit_id, key = sys.argv[1:5]
    app = QApplication(sys.argv[:1])
    ws = Workspace.open(workspace)
    window = MainWindow(ws, "vi", QSettings(settings_file, QSettings.Format.IniFormat))
    window.show()
    page = window.open_visit(visit_id)
    view = page.checklist.view

    def answer_one() -> None:
        item = page.checklist.current_item()
        QTest.keyClick(view, getattr(Qt.Key, f"Key_{key}"))   # stored before keyClick returns
        print(item["id"], flush=True)
        QTimer.singleShot(2, answer_one)

    QTimer.singleShot(0, answer_one)
    app.exec()


if __name__ == "__main__":
    main()
