"""The op runner and the change bus: refusals said once, Changes broadcast once with who made them,
long jobs with progress and cancel, writes on a worker, pages refreshing from changes made elsewhere."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from inspector_app.progress import Cancelled
from ui.main_window import MainWindow
from ui.ops import ChangeBus, OpRunner


def _runner(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    bus = ChangeBus()
    ops = OpRunner("vi", bus, parent_widget=lambda: window, parent=window)
    heard = []
    bus.operation_did_execute.connect(lambda changes, initiator: heard.append((changes, initiator)))
    return window, ops, heard


def test_a_refusal_is_shown_once_in_vietnamese_over_the_window(qtbot, ws, visit):
    window, ops, heard = _runner(qtbot)
    result = ops.run(lambda: ws.visits.create(visit["unit"], "surprise", "2026-12-01", []), initiator=window)
    assert result is None and heard == []                       # nothing stored, nothing broadcast
    boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert boxes == [ops.last_message]                          # one box, over the window that asked
    box = boxes[0]
    assert "phiếu kiểm tra" in box.text()                       # the core's Vietnamese message
    assert box.windowModality() == Qt.WindowModality.WindowModal   # opened with open(): never blocks
    assert len(ws.visits.list()) == 1


def test_changes_are_broadcast_once_with_their_initiator(qtbot, ws, visit):
    window, ops, heard = _runner(qtbot)
    result = ops.run(lambda: ws.answers.answer(visit["visit"], visit["items"]["A1"], "khong_dat"),
                     initiator=window)
    assert len(heard) == 1
    changes, initiator = heard[0]
    assert changes is result and changes.touches("observation") and initiator is window
    made = ops.run(lambda: ws.units.create("Ủy ban nhân dân phường Hoàn Kiếm", "commune"))
    assert len(heard) == 2 and heard[1] == (made[1], None)      # (id, Changes): the Changes are found
    assert made[1].ids("org_unit") == {made[0]}


def test_a_long_job_reports_progress_and_stops_when_cancelled(qtbot):
    _window, ops, heard = _runner(qtbot)
    progress_seen, ended = [], []

    def work(progress):
        for n in range(1, 10_000):
            progress.report(n, 10_000, f"bước {n}")
            if progress.cancelled():
                raise Cancelled()
            time.sleep(0.002)
        return None

    job = ops.start_job(work, title="Thử", on_done=lambda _r: ended.append("done"),
                        on_cancelled=lambda: ended.append("cancelled"),
                        on_progress=lambda done, total, text: progress_seen.append((done, total, text)))
    qtbot.waitUntil(lambda: len(progress_seen) >= 3, timeout=5_000)
    assert ops.jobs.is_busy()
    job.cancel()
    qtbot.waitUntil(lambda: bool(ended), timeout=5_000)
    assert ended == ["cancelled"] and not ops.jobs.is_busy() and heard == []
    assert progress_seen[0][1] == 10_000 and progress_seen[0][2].startswith("bước")
    assert [d for d, _t, _x in progress_seen] == sorted(d for d, _t, _x in progress_seen)


def test_a_job_that_writes_on_a_worker_broadcasts_its_changes(qtbot, ws):
    window, ops, heard = _runner(qtbot)
    threads, done = [], []

    def work(progress):
        threads.append(threading.current_thread())
        progress.report(0, 1)
        return ws.units.create("Ủy ban nhân dân phường Cửa Nam", "commune")

    ops.start_job(work, on_done=done.append, initiator=window)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    assert threads[0] is not threading.main_thread()
    unit_id, changes = done[0]
    assert heard == [(changes, window)] and changes.ids("org_unit") == {unit_id}
    assert ws.units.get(unit_id)["name"] == "Ủy ban nhân dân phường Cửa Nam"


def test_a_failed_job_is_said_the_same_way_as_a_refusal(qtbot, ws, visit):
    window, ops, heard = _runner(qtbot)
    ops.start_job(lambda progress: ws.visits.create(visit["unit"], "surprise", "2026-12-01", []),
                  initiator=window)
    qtbot.waitUntil(lambda: ops.last_message is not None, timeout=10_000)
    assert "phiếu kiểm tra" in ops.last_message.text() and ops.last_message.parent() is window
    assert heard == []


def test_a_change_made_elsewhere_refreshes_the_visits_list_and_the_open_visit(qtbot, ws, visit, settings):
    window = MainWindow(ws, "vi", settings)
    qtbot.addWidget(window)
    page = window.open_visit(visit["visit"])
    item = visit["items"]["A1"]
    answered = window.visits_model.index(0, window.visits_model.ANSWERED)
    before = window.visits_model.data(answered)
    assert page.checklist.model.value_of(item) is None and not page.undo_action.isEnabled()

    # As the command line does it: a core call, run through the window's op runner by no panel.
    window.ops.run(lambda: ws.answers.answer(visit["visit"], item, "khong_dat"))
    assert page.checklist.model.value_of(item) == "khong_dat"          # the open checklist follows
    window.show_page(window.VISITS)
    assert window.visits_model.data(answered) != before                 # and so does the visits list, when shown
    window.show_page(window.VISIT)
    assert page.undo_action.isEnabled()
    assert page.undo_action.text().endswith(ws.undo_history.undo_text(visit["visit"], "vi"))

    assert page.undo()                                                   # undo is the core's, through the runner
    assert page.checklist.model.value_of(item) is None
    assert page.redo_action.isEnabled() and not page.undo_action.isEnabled()
    window.show_page(window.VISITS)
    assert window.visits_model.data(answered) == before
    # A change made while the list is shown reaches it at once.
    window.ops.run(lambda: ws.answers.answer(visit["visit"], item, "dat"))
    assert window.visits_model.data(answered) != before


def test_undo_and_redo_texts_are_vietnamese_with_the_translator(qtbot, ws, visit, settings, vi_translator):
    window = MainWindow(ws, "vi", settings)
    qtbot.addWidget(window)
    page = window.open_visit(visit["visit"])
    assert page.undo_action.text() == "Hoàn tác"
    page.checklist.answer(page.checklist.current_item(), "dat")
    assert page.undo_action.text() == "Hoàn tác: " + ws.undo_history.undo_text(visit["visit"], "vi")
