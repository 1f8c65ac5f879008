"""A whole visit through the window, as an inspector does it, then a restart."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLineEdit

from inspector_app.workspace import Workspace
from tests.helpers.factories import setup_visit
from tests.helpers.images import make_photo
from tests.ui.media.conftest import wait_for_thumbnails
from tests.ui.visit.conftest import answer_next_dialog
from ui.main_window import MainWindow
from ui.media import EvidencePanel, FakeDevices, SimulatedPlayer, SimulatedRecorder
from ui.visit.header import TimeDialog
from ui.visit_dialog import NewVisitDialog


class Clock:
    now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_field_day_from_new_visit_to_restart(qtbot, tmp_path):
    path = tmp_path / "ws"
    ws = Workspace.create(path, "field", builtin_checklists=False)
    ids = setup_visit(ws, items=40)                       # units, plan, team, a 40-item checklist
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    clock = Clock()

    def evidence(ws_, visit_id, lang, parent, ops):
        return EvidencePanel(ws_, visit_id, lang, parent, settings=settings, ops=ops,
                             devices=FakeDevices(camera=False, microphone=True),
                             recorder=SimulatedRecorder(clock=clock), player=SimulatedPlayer())

    window = MainWindow(ws, "vi", settings, evidence_factory=evidence)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()

    # 1. A new surprise visit to the ward, with the checklist.
    def fill(dialog: NewVisitDialog):
        dialog.unit.setCurrentIndex(dialog.unit.findData(ids["unit"]))
        dialog.set_checked(ids["template"])
        dialog.create()
    answer_next_dialog(fill)
    visit = window.new_visit()
    assert visit and window.pages.currentIndex() == MainWindow.VISIT
    page = window.visit_workspace
    assert page.header.start()                            # arrived

    # 2. Forty items answered with the number keys alone.
    view = page.checklist.view
    view.setFocus()
    for n in range(1, 41):
        qtbot.keyClick(view, Qt.Key.Key_2 if n in (3, 17) else Qt.Key.Key_1)
    held = ws.answers.of_visit(visit)
    assert sum(1 for (item, record), o in held.items() if record is None and o["value"]) == 40

    # 3. A roll-call row typed in.
    roll = next(p for p in page.records if p.section["code"] == "DD")
    page.tabs.setCurrentWidget(roll)
    roll.view.setFocus()
    qtbot.keyClick(roll.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    roll.view.setCurrentIndex(roll.model.index(0, 0))
    qtbot.keyClick(roll.view, Qt.Key.Key_F2)
    editor = roll.view.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.insert("Đỗ Văn Hùng")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: roll.view.state() == roll.view.State.NoState)
    roll.view.setCurrentIndex(roll.model.index(0, 1))
    qtbot.keyClick(roll.view, Qt.Key.Key_1)               # có mặt

    # 4. Two photos, and a recording with a bookmark on item A3.
    panel = page.evidence
    page.tabs.setCurrentWidget(panel)
    photos = [make_photo(tmp_path / f"IMG_{n}.jpg", f"2026:11:20 08:4{n}:00") for n in range(2)]
    panel.import_paths(photos)
    wait_for_thumbnails(qtbot, panel.photos.model, 2)
    page.checklist.select_item(ids["items"]["A3"])
    panel.tabs.setCurrentIndex(panel.AUDIO)
    panel.record_action.trigger()
    clock.now += 42.5
    panel.bookmark_action.trigger()
    clock.now += 7.5
    with qtbot.waitSignal(panel.ops.bus.operation_did_execute, timeout=10_000):
        panel.record_action.trigger()

    # 5. Concluded, with the leaving time; the optional note and the card
    # question of the roll call are left, so a reason is asked.
    assert page.header.missing_labels()
    leave = TimeDialog("", "2026-11-20T10:35:00+07:00", "lý do")
    leave.reason.setText("Cán bộ vắng mặt khi hỏi về thẻ công chức")
    leave.accept()
    assert page.header.conclude(leave)
    window.close()
    ws.close()

    # 6. Next morning: the app comes back to the visit, everything in place.
    again = Workspace.open(path)
    window = MainWindow(again, "vi", settings, evidence_factory=evidence)
    qtbot.addWidget(window)
    restored = window.visit_workspace
    assert restored is not None and restored.visit_id == visit
    assert again.visits.get(visit)["status"] == "concluded"
    model = restored.checklist.model
    assert model.value_of(ids["items"]["A3"]) == "khong_dat" and model.value_of(ids["items"]["A40"]) == "dat"
    roll = next(p for p in restored.records if p.section["code"] == "DD")
    assert roll.model.rowCount() == 1 and roll.model.value(0, 0) == "Đỗ Văn Hùng"
    assert len(again.media.of_kind(visit, "photo")) == 2
    (recording,) = again.media.of_kind(visit, "audio")
    (bookmark,) = again.media.bookmarks(visit, ids["items"]["A3"])
    assert (bookmark["media_id"], bookmark["offset_ms"]) == (recording["id"], 42_500)
    restored.shutdown()
    window.close()
    again.close()
