"""`AudioPanel`: record or attach recordings, bookmark items while recording, play bookmarks.

A recording is written to the workspace's staging folder; its bookmarks are
kept in a small JSON file beside it as they are taken, and both are stored
through `ws.media.add_recording` when recording stops. If the app dies
mid-recording, the next panel on that visit offers to attach what was left.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QProgressBar,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from inspector_app import media_tools
from inspector_app.changes import Changes
from inspector_app.errors import InspectorError

from ..icons import icon
from ..jobs import JobBar, JobRunner
from ..ops import OpRunner
from ..widgets import set_empty_text
from .audio_model import BookmarksModel, RecordingsModel
from .common import Banner, dot_icon, error_text, format_ms, heading, target_label
from .devices import MediaDevices, QtMediaDevices
from .player import Player, QtPlayer
from .recorder import QtRecorder, Recorder

LAST_DIR_KEY = "evidence/last_audio_dir"
# Shorter than this, with no bookmark, a recording holds no sound worth keeping.
MIN_RECORDING_MS = 500
RECORDER_SETTLE_MS = 200
"""How long a recorder built on Record is left to take its device before recording."""


class AudioPanel(QWidget):
    """Recordings and bookmarks of `visit_id`; see the module docstring."""

    message = Signal(str)
    recording_shown = Signal(bool, int)
    """(recording, elapsed ms): for an indicator outside the Audio tab (ui/media/indicator.py)."""

    def __init__(self, ws, visit_id: str, lang: str = "vi", parent=None, *, settings: QSettings | None = None,
                 devices: MediaDevices | None = None, recorder: Recorder | None = None,
                 player: Player | None = None, runner: JobRunner | None = None,
                 ops: OpRunner | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.visit_id = visit_id
        self.lang = lang
        self.settings = settings if settings is not None else QSettings()
        self.devices = devices if devices is not None else QtMediaDevices()
        self.recorder: Recorder | None = None
        self.devices_probed = False
        self.player = player if player is not None else QtPlayer(self)
        self.runner = runner or JobRunner(parent=self)
        self.ops = ops if ops is not None else OpRunner(lang, parent=self)
        self.ops.bus.subscribe(self, self.on_operation)
        self.target: tuple[str, str] | None = None
        self.session: dict | None = None
        """The recording in progress: path, started_at, bookmarks (pending)."""

        self.recordings_model = RecordingsModel(ws, visit_id, lang, self)
        self.bookmarks_model = BookmarksModel(ws, visit_id, lang, self)
        self._make_actions()
        self._build()
        self.player.failed.connect(lambda text: self.show_message(
            self.tr("The recording cannot be played (%1).").replace("%1", text), warning=True))
        self.recordings_model.refresh()
        self.set_current_target(None, None)
        if recorder is not None:  # a given recorder decides for itself whether it can record
            self._use_recorder(recorder)
        elif not self.devices.slow:
            self.probe_devices()
        self._update_state()
        self._offer_leftovers()

    def probe_devices(self) -> None:
        """Use the microphone if there is one (once; done when first shown)."""
        if self.devices_probed:
            return
        if self.recorder is None and self.devices.has_microphone():
            self._use_recorder(QtRecorder(parent=self))
        self.devices_probed = True
        self._update_state()

    def _use_recorder(self, recorder: Recorder) -> None:
        self.recorder = recorder
        self.devices_probed = True
        recorder.recording_changed.connect(self._recording_changed)
        recorder.elapsed_changed.connect(self._elapsed)
        recorder.level_changed.connect(lambda level: self.level_bar.setValue(round(level * 100)))
        recorder.finished.connect(self._recording_finished)
        recorder.failed.connect(self._recording_failed)

    def _elapsed(self, ms: int) -> None:
        self.elapsed_label.setText(format_ms(ms))
        if self.is_recording():
            self.recording_shown.emit(True, ms)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.devices_probed:
            QTimer.singleShot(0, self.probe_devices)

    # -- building ---------------------------------------------------------------------------
    def _make_actions(self) -> None:
        self.record_action = QAction(dot_icon(), self.tr("Record"), self)
        self.record_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.record_action.triggered.connect(lambda _checked=False: self.toggle_recording())
        self.bookmark_action = QAction(icon("bookmark"), self.tr("Bookmark"), self)
        self.bookmark_action.setShortcut(QKeySequence("Ctrl+B"))
        self.bookmark_action.setToolTip(self.tr("Mark this moment of the recording for the current item (Ctrl+B)"))
        self.bookmark_action.triggered.connect(lambda _checked=False: self.add_bookmark())
        self.attach_action = QAction(icon("file-music"), self.tr("Attach recordings…"), self)
        self.attach_action.triggered.connect(lambda _checked=False: self.attach_dialog())
        for action in (self.record_action, self.bookmark_action, self.attach_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

    def _tool(self, action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setIconSize(QSize(18, 18))
        return button

    def _build(self) -> None:
        self.device_label = Banner()
        self.banner = Banner()
        self.elapsed_label = QLabel("00:00")
        font = self.elapsed_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.elapsed_label.setFont(font)
        self.level_bar = QProgressBar()
        self.level_bar.setRange(0, 100)
        self.level_bar.setTextVisible(False)
        self.level_bar.setMaximumHeight(10)
        self.level_bar.setToolTip(self.tr("Microphone level"))
        self.record_button = self._tool(self.record_action)
        self.bookmark_button = self._tool(self.bookmark_action)
        self.pending_label = QLabel()
        self.target_label = QLabel()
        self.target_label.setWordWrap(True)
        self.leftover_button = QPushButton()
        self.leftover_button.hide()
        self.leftover_button.clicked.connect(self.attach_leftovers)

        self.recordings_view = QListView()
        self.recordings_view.setModel(self.recordings_model)
        set_empty_text(self.recordings_view, self.tr("No recordings yet. Press Ctrl+Shift+R to record, "
                                                     "from any tab of the visit."))
        self.recordings_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recordings_view.activated.connect(lambda index: self.play_recording(index.row()))
        delete = QAction(self.tr("Delete recording"), self.recordings_view)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(lambda _checked=False: self.delete_recording())
        self.recordings_view.addAction(delete)
        self.bookmarks_view = QTableView()
        self.bookmarks_view.setModel(self.bookmarks_model)
        self.bookmarks_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.bookmarks_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.bookmarks_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.bookmarks_view.verticalHeader().hide()
        self.bookmarks_view.setShowGrid(False)
        header = self.bookmarks_view.horizontalHeader()
        header.setSectionResizeMode(BookmarksModel.OFFSET, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BookmarksModel.TARGET, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(BookmarksModel.RECORDING, QHeaderView.ResizeMode.ResizeToContents)
        self.bookmarks_view.activated.connect(lambda index: self.play_bookmark(index.row()))
        self.only_target_box = QCheckBox(self.tr("Only the current item"))
        self.only_target_box.setChecked(True)
        self.only_target_box.toggled.connect(self.bookmarks_model.set_only_target)
        self.play_button = QPushButton(icon("player-play"), self.tr("Play from here"))
        self.play_button.clicked.connect(lambda: self.play_bookmark())
        self.stop_button = QPushButton(icon("player-stop"), self.tr("Stop"))
        self.stop_button.clicked.connect(self.player.stop)
        self.remove_button = QPushButton(self.tr("Remove bookmark"))
        self.remove_button.clicked.connect(lambda: self.remove_bookmark())
        self.job_bar = JobBar(self.runner)

        record_row = QHBoxLayout()
        for widget in (self.record_button, self.elapsed_label, self.bookmark_button):
            record_row.addWidget(widget)
        record_row.addWidget(self.level_bar, 1)
        record_row.addWidget(self._tool(self.attach_action))
        bookmark_head = QHBoxLayout()
        bookmark_head.addWidget(heading(self.tr("Bookmarks")), 1)
        bookmark_head.addWidget(self.only_target_box)
        bookmark_buttons = QHBoxLayout()
        for button in (self.play_button, self.stop_button, self.remove_button):
            bookmark_buttons.addWidget(button)
        bookmark_buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.device_label)
        layout.addWidget(self.target_label)
        layout.addLayout(record_row)
        layout.addWidget(self.pending_label)
        layout.addWidget(self.banner)
        layout.addWidget(self.leftover_button)
        layout.addWidget(heading(self.tr("Recordings")))
        layout.addWidget(self.recordings_view, 1)
        layout.addLayout(bookmark_head)
        layout.addWidget(self.bookmarks_view, 2)
        layout.addLayout(bookmark_buttons)
        layout.addWidget(self.job_bar)

    # -- state ------------------------------------------------------------------------------
    def can_record(self) -> bool:
        return self.recorder is not None and self.recorder.is_available()

    def is_recording(self) -> bool:
        return self.session is not None

    def _update_state(self) -> None:
        recording = self.is_recording()
        # Before the microphone is looked for, Ctrl+Shift+R looks for it (start_recording).
        self.record_action.setEnabled(self.can_record() or not self.devices_probed)
        self.record_action.setText(self.tr("Stop recording") if recording else self.tr("Record"))
        self.record_action.setIcon(dot_icon("#444444", square=True) if recording else dot_icon())
        self.record_action.setToolTip((self.tr("Stop and save the recording") if recording
                                       else self.tr("Record from the microphone")) + " (Ctrl+Shift+R)")
        self.bookmark_action.setEnabled(recording)
        self.level_bar.setEnabled(recording)
        if not recording:
            self.level_bar.setValue(0)
        if not self.devices_probed:
            self.record_action.setToolTip(self.tr("Looking for a microphone…"))
            self.device_label.clear_message()
        elif not self.can_record():
            self.device_label.show_message(self.tr(
                "No microphone was found on this computer, so recording is not possible. "
                "Existing recordings can still be attached with “Attach recordings…”."), warning=True)
        else:
            self.device_label.clear_message()
        count = len(self.session["bookmarks"]) if self.session else 0
        self.pending_label.setText(self.tr("Recording… bookmarks so far: %1").replace("%1", str(count))
                                   if recording else "")
        self.pending_label.setVisible(recording)
        self.recording_shown.emit(recording, self.recorder.elapsed_ms() if recording and self.recorder else 0)

    def set_current_target(self, kind: str | None, target_id: str | None) -> None:
        """The item (or finding…) new bookmarks are linked to and whose bookmarks are listed."""
        self.target = (kind, target_id) if kind and target_id else None
        self.bookmarks_model.set_target(kind, target_id)
        name = target_label(self.ws, *(self.target or ("visit", self.visit_id)), self.lang)
        self.target_label.setText(self.tr("Bookmarks go to: %1").replace("%1", name))
        self.target_label.setToolTip(name)
        self.only_target_box.setEnabled(self.target is not None)

    def apply_changes(self, changes: Changes) -> None:
        self.recordings_model.apply_changes(changes)
        self.bookmarks_model.apply_changes(changes)

    def on_operation(self, changes: Changes, _initiator) -> None:
        """A change stored anywhere (the bus): refresh what it touched."""
        self.apply_changes(changes)

    def _run(self, action):
        """`action()` through the op runner; a refusal is said in the panel's banner."""
        return self.ops.run(action, initiator=self, on_refused=lambda text: self.show_message(text, warning=True))

    def show_message(self, text: str, warning: bool = False) -> None:
        self.banner.show_message(text, warning)
        self.message.emit(text)

    # -- recording ----------------------------------------------------------------------------
    def toggle_recording(self) -> None:
        if self.is_recording():
            self.stop_recording()
        else:
            self.start_recording()

    def start_recording(self) -> bool:
        if not self.devices_probed:   # Record pressed before the microphone was looked for
            self.probe_devices()
            if self.can_record():
                # A recorder just built takes its device on a thread of its own (QtRecorder):
                # recording starts once it has.
                QTimer.singleShot(RECORDER_SETTLE_MS, self, self.start_recording)
                return True
        if not self.can_record():
            self.show_message(self.device_label.text(), warning=True)
            return False
        if self.is_recording():
            return True
        path = media_tools.new_staging_path(self.ws, "ghi-am", self.recorder.suffix())
        self.session = {"path": str(path), "visit_id": self.visit_id, "bookmarks": [],
                        "started_at": dt.datetime.now().astimezone().isoformat(timespec="seconds")}
        media_tools.save_session(self.session)
        self.recorder.start(path)
        self._update_state()
        return True

    def stop_recording(self) -> None:
        if self.is_recording():
            self.recorder.stop()  # `finished` follows, then the recording is stored

    def add_bookmark(self) -> dict | None:
        """Mark the current moment of the recording for the current item (Ctrl+B)."""
        if not self.is_recording():
            self.show_message(self.tr("Bookmarks are added while recording. Start recording first "
                                      "(Ctrl+Shift+R)."), warning=True)
            return None
        kind, target_id = self.target or ("visit", self.visit_id)
        bookmark = {"target_kind": kind, "target_id": target_id, "offset_ms": self.recorder.elapsed_ms()}
        self.session["bookmarks"].append(bookmark)
        media_tools.save_session(self.session)
        self.bookmarks_model.set_pending(self.session["bookmarks"])
        self._update_state()
        self.message.emit(self.tr("Bookmark at %1: %2").replace("%1", format_ms(bookmark["offset_ms"]))
                          .replace("%2", target_label(self.ws, kind, target_id, self.lang)))
        return bookmark

    def _recording_changed(self, _recording: bool) -> None:
        self._update_state()

    def _recording_finished(self, path: str) -> None:
        session, self.session = self.session, None
        if session is None:
            return
        path = Path(path or session["path"])
        duration = self.recorder.elapsed_ms()
        if duration < MIN_RECORDING_MS and not session.get("bookmarks"):
            # Record pressed twice by mistake: the file holds no sound (or only a
            # header), and an empty recording would go into the minutes and bundles.
            path.unlink(missing_ok=True)
            media_tools.discard_session(session)
            self.show_message(self.tr("The recording was stopped before any sound was recorded, so it was "
                                      "not kept. Press Record and speak for at least a second."), warning=True)
        else:
            self._store(path, session, duration)
        self.bookmarks_model.set_pending([])
        self._update_state()

    def _store(self, path: Path, session: dict, duration_ms: int | None) -> bool:
        bookmarks = [(b["target_kind"], b["target_id"], b["offset_ms"]) for b in session.get("bookmarks", [])]
        def refused(text: str) -> None:
            self.show_message(InspectorError("recording_not_saved", detail=text, path=str(path)).message(self.lang),
                              warning=True)

        stored = self.ops.run(lambda: self.ws.media.add_recording(
            path, self.visit_id, duration_ms=duration_ms or None, captured_at=session.get("started_at"),
            bookmarks=bookmarks), initiator=self, on_refused=refused)
        if stored is None:
            return False
        path.unlink(missing_ok=True)
        media_tools.discard_session(session)
        self.show_message(self.tr("Recording saved (%1, bookmarks: %2).").replace("%1", format_ms(duration_ms))
                          .replace("%2", str(len(bookmarks))))
        return True

    def _recording_failed(self, text: str) -> None:
        self.session = None  # what was written stays in the staging folder, offered next time
        self.bookmarks_model.set_pending([])
        self._update_state()
        self.show_message(InspectorError("recording_failed", detail=text).message(self.lang), warning=True)

    # -- leftovers from an interrupted session -------------------------------------------------
    def leftovers(self) -> list[tuple[Path, dict]]:
        return media_tools.leftover_sessions(self.ws, self.visit_id, self.session and self.session["path"])

    def _offer_leftovers(self) -> None:
        count = len(self.leftovers())
        self.leftover_button.setText(self.tr("Attach recordings left unsaved last time (%1)")
                                     .replace("%1", str(count)))
        self.leftover_button.setVisible(bool(count))

    def attach_leftovers(self) -> int:
        saved = sum(self._store(path, session, None) for path, session in self.leftovers())
        self._offer_leftovers()
        return saved

    # -- attaching files, playing -------------------------------------------------------------------
    def attach_dialog(self) -> None:
        start = str(self.settings.value(LAST_DIR_KEY, "") or Path.home())
        patterns = " ".join(f"*{s}" for s in sorted(media_tools.AUDIO_SUFFIXES))
        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Choose recordings"), start,
            self.tr("Recordings (%1);;All files (*)").replace("%1", patterns))
        if paths:
            self.settings.setValue(LAST_DIR_KEY, str(Path(paths[0]).parent))
            self.attach_paths(paths)

    def attach_paths(self, paths):
        """Attach existing recordings (copied and hashed in a worker). Returns the Job or None."""
        files = [Path(p) for p in paths if media_tools.is_audio(p)]
        if len(files) < len(list(paths)):
            self.show_message(self.tr("Only recordings are attached here; photos go in the Photos tab."),
                              warning=True)
        if not files:
            return None
        ws = self.ws

        def work(progress):
            return media_tools.ingest(ws, files, progress=progress)

        return self.runner.start(work, self._attached, label=self.tr("Attaching recordings"),
                                 on_failed=lambda exc: self.show_message(error_text(exc, self.lang), True))

    def _attached(self, result: media_tools.IngestResult) -> None:
        added = self._run(lambda: self.ws.media.add_prepared(result.prepared, self.visit_id))
        if added is None:
            return
        lines = [self.tr("Recordings attached: %1.").replace("%1", str(len(added[0])))]
        lines += [err.message(self.lang) for _path, err in result.failures[:5]]
        self.show_message("\n".join(lines), warning=bool(result.failures))

    def play_recording(self, row: int) -> bool:
        return self._play(self.recordings_model.media_id(row), 0)

    def play_bookmark(self, row: int | None = None) -> bool:
        """Play the bookmark at `row` (default: the selected one) from its offset."""
        if row is None:
            rows = self.bookmarks_view.selectionModel().selectedRows()
            if not rows:
                self.show_message(self.tr("Select a bookmark first."), warning=True)
                return False
            row = rows[0].row()
        bookmark = self.bookmarks_model.bookmark(row)
        if bookmark.get("pending"):
            self.show_message(self.tr("This bookmark can be played once the recording is stopped."), True)
            return False
        return self._play(bookmark["media_id"], bookmark["offset_ms"])

    def _play(self, media_id: str, offset_ms: int) -> bool:
        path = self.ws.media.path_of(media_id)
        if not path.is_file():
            name = self.ws.media.get(media_id)["original_name"] or media_id
            self.show_message(InspectorError("media_missing", name=name).message(self.lang), warning=True)
            return False
        self.player.play(path, offset_ms)
        return True

    def delete_recording(self, row: int | None = None) -> Changes:
        """Take a recording (the current one) and its bookmarks out of the visit; undoable."""
        if row is None:
            index = self.recordings_view.currentIndex()
            row = index.row() if index.isValid() else -1
        if not 0 <= row < self.recordings_model.rowCount():
            return Changes()
        media_id = self.recordings_model.media_id(row)
        changes = self._run(lambda: self.ws.media.delete([media_id]))
        if changes:
            self.show_message(self.tr("Recording deleted. Ctrl+Z brings it back."))
        return changes or Changes()

    def remove_bookmark(self, row: int | None = None) -> Changes:
        if row is None:
            rows = self.bookmarks_view.selectionModel().selectedRows()
            if not rows:
                return Changes()
            row = rows[0].row()
        bookmark = self.bookmarks_model.bookmark(row)
        if bookmark.get("pending"):
            self.session["bookmarks"] = [b for b in self.session["bookmarks"]
                                         if b["offset_ms"] != bookmark["offset_ms"]
                                         or b["target_id"] != bookmark["target_id"]]
            media_tools.save_session(self.session)
            self.bookmarks_model.set_pending(self.session["bookmarks"])
            return Changes()
        return self._run(lambda: self.ws.media.unlink(bookmark["id"])) or Changes()

    # -- closing -------------------------------------------------------------------------------
    def shutdown(self) -> None:
        """Stop a recording in progress (it is stored when the recorder finishes, or
        offered again next time) and wait for running jobs."""
        if self.is_recording():
            self.recorder.stop()
        self.player.stop()
        self.runner.shutdown()

    def closeEvent(self, event) -> None:
        self.shutdown()
        super().closeEvent(event)
