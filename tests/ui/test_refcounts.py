"""Painting must not drain None's reference count (PySide6 6.12 on Python 3.11).

That binding hands an invalid QVariant to Python as None without adding a
reference. A model that calls `super().headerData()` (or reads `index.data()`
for an unset role) on every paint takes one reference from None each time,
until the interpreter aborts with "deallocating None". From Python 3.12 None is
immortal and the count never moves, so this test holds there trivially.
"""

from __future__ import annotations

import sys

from ui.main_window import MainWindow


def test_painting_the_window_keeps_none_alive(qtbot, ws, visit, settings):
    window = MainWindow(ws, "vi", settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    before = sys.getrefcount(None)
    for page in (MainWindow.VISITS, MainWindow.LIBRARY):
        window.show_page(page)
        for _ in range(20):
            window.grab()
    assert sys.getrefcount(None) >= before - 20
