"""What one key press costs the database, in the real main window.

An inspector answers hundreds of items in a row; each press must store the
answer and show it without reloading the checklist, the visits list or the
evidence panels (bench/keypress.py measures the time on 5,000 visits).
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui.main_window import MainWindow


def test_a_key_press_stores_the_answer_and_reads_only_that_answer_back(qtbot, big, settings):
    ws, ids = big
    window = MainWindow(ws, "vi", settings)
    qtbot.addWidget(window)
    page = window.open_visit(ids["visit"])
    view = page.checklist.view
    qtbot.keyClick(view, Qt.Key.Key_1)      # the first answer reads the visit's checklist once
    statements: list[str] = []
    ws.db.conn.set_trace_callback(statements.append)
    try:
        for _ in range(10):
            statements.clear()
            qtbot.keyClick(view, Qt.Key.Key_1)
            assert len(statements) <= 6, statements
            reads = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
            # The row it is about to change, and the stored answer read back for the screen.
            assert len(reads) == 2, reads
            assert not any(" visit v" in s or "FROM media" in s or "evidence_link" in s for s in reads), reads
    finally:
        ws.db.conn.set_trace_callback(None)
    assert page.checklist.model.totals()["answered"] == 11
    # The visits list, reloaded only when it is shown again, has them all.
    window.show_page(window.VISITS)
    row = next(r for r in range(window.visits_model.rowCount()) if window.visits_model.row_id(r) == ids["visit"])
    assert window.visits_model.data(window.visits_model.index(row, window.visits_model.ANSWERED)) == "11/42"
