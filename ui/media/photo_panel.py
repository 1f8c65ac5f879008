"""`PhotosPanel`: a visit's photos — import, watched folder, camera, links, viewer.

Importing copies and hashes the originals and makes their thumbnails in a
worker thread (`media_tools.ingest`); every few finished photos are recorded
through `ws.media.add_prepared` in the UI thread as they arrive, so photos
appear while the rest is still being read, and Cancel keeps what is done.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from inspector_app import media_imports, media_tools
from inspector_app.changes import Changes

from ..icons import icon as app_icon
from ..jobs import JobBar, JobRunner, Offset
from ..ops import OpRunner
from ..widgets import set_empty_text
from .common import Banner, error_text, expand_paths
from .devices import MediaDevices, QtMediaDevices
from .photo_model import PhotosModel
from .strip import PhotoStrip
from .viewer import PhotoViewer
from .watch import FolderWatcher, WatchRow

IMPORT_CHUNK = 8   # photos recorded and shown together while an import runs
THUMB_CHUNK = 8
LAST_DIR_KEY = "evidence/last_photo_dir"


class PhotosPanel(QWidget):
    """The photos of `visit_id` in `ws`; see the module docstring."""

    message = Signal(str)
    """A short status text (also shown in the panel)."""

    def __init__(self, ws, visit_id: str, lang: str = "vi", parent=None, *, settings: QSettings | None = None,
                 devices: MediaDevices | None = None, runner: JobRunner | None = None,
                 watch_poll_ms: int = 3000, watch_settle_seconds: float = 2.0,
                 ops: OpRunner | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.visit_id = visit_id
        self.lang = lang
        self.settings = settings if settings is not None else QSettings()
        self.devices = devices if devices is not None else QtMediaDevices()
        self.target: tuple[str, str] | None = None
        self._thumbs_in_flight: set[str] = set()
        self._imports: dict = {}   # the running import jobs → their notes (media_imports)

        self.model = PhotosModel(ws, visit_id, lang, parent=self)
        self.view = PhotoStrip()
        self.view.setModel(self.model)
        set_empty_text(self.view, self.tr("No photos yet. Import photos or drop them here; Ctrl+Shift+P "
                                          "attaches photos to the current checklist item."))
        self.view.activated.connect(lambda index: self.open_viewer(index.row()))
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        self._kept_selection: list[str] = []
        self.model.modelAboutToBeReset.connect(lambda: setattr(self, "_kept_selection", self.selected_ids()))
        self.model.modelReset.connect(lambda: self._select(self._kept_selection))
        self.runner = runner or JobRunner(parent=self)
        self.ops = ops if ops is not None else OpRunner(lang, parent=self)
        self.ops.bus.subscribe(self, self.on_operation)
        self.job_bar = JobBar(self.runner)
        self.banner = Banner()
        self.target_label = QLabel()
        self.target_label.setWordWrap(True)
        self.only_linked_box = QCheckBox(self.tr("Only photos of this item"))
        self.only_linked_box.toggled.connect(self.model.set_only_linked)

        self._make_actions()
        self.watcher = FolderWatcher(self.settings, lang, poll_ms=watch_poll_ms,
                                     settle_seconds=watch_settle_seconds, parent=self)
        self.watcher.new_images.connect(self._watched_images)
        self.watcher.failed.connect(lambda text: self.show_message(text, warning=True))
        self.watch_row = WatchRow(self.watcher)
        self.watch_label = self.watch_row.label
        self._layout()

        self.model.refresh()
        self.set_current_target(None, None)
        self._report_problems()
        self._request_thumbnails()
        self.watcher.start()
        if not self.devices.slow:
            self.probe_devices()

    # -- building ---------------------------------------------------------------------------
    def _action(self, text: str, icon: str | None, slot, shortcut: str | None = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if icon:
            action.setIcon(app_icon(icon))
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        tip = tip or text
        action.setToolTip(f"{tip} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})"
                          if shortcut else tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.import_action = self._action(self.tr("Import photos…"), "photo-plus",
                                          lambda: self.import_dialog(link=False))
        self.attach_action = self._action(
            self.tr("Attach photos to the item…"), "paperclip", lambda: self.import_dialog(link=True),
            "Ctrl+Shift+P", self.tr("Choose photos and link them to the current item"))
        self.capture_action = self._action(self.tr("Take a photo"), "camera", self.capture_photo,
                                           "Ctrl+Shift+K")
        self.link_action = self._action(self.tr("Link to the item"), "link", self.link_selected,
                                        "Ctrl+Shift+L", self.tr("Link the selected photos to the current item"))
        self.unlink_action = self._action(self.tr("Unlink"), "unlink", self.unlink_selected,
                                          tip=self.tr("Remove the link between the selected photos and the "
                                                      "current item (the photos stay)"))
        self.view_action = self._action(self.tr("View"), "eye",
                                        lambda: self.open_viewer())
        self.delete_action = self._action(
            self.tr("Delete"), "trash", self.delete_selected, "Delete",
            self.tr("Take the selected photos out of the visit (Ctrl+Z brings them back)"))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.removeAction(self.delete_action)
        self.view.addAction(self.delete_action)   # Delete in the strip only, not in a text box
        self._capture_tip = self.capture_action.toolTip()
        self.devices_probed = False
        self.capture_action.setEnabled(False)
        self.capture_action.setToolTip(self.tr("Looking for a camera…"))

    def probe_devices(self) -> None:
        """Enable "Take a photo" if the computer has a camera (once; done when first shown)."""
        if self.devices_probed:
            return
        self.devices_probed = True
        if self.devices.has_camera():
            self.capture_action.setEnabled(True)
            self.capture_action.setToolTip(self._capture_tip)
        else:
            self.capture_action.setToolTip(self.tr("No camera was found on this computer. Import the photos "
                                                   "from a camera or phone instead."))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.devices_probed:
            QTimer.singleShot(0, self.probe_devices)

    def _layout(self) -> None:
        toolbar = QToolBar()
        toolbar.setIconSize(QSize(18, 18))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.import_action, self.attach_action, self.capture_action, None, self.link_action,
                       self.unlink_action, self.view_action, self.delete_action):
            if action is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(action)
        self.toolbar = toolbar
        self.capture_button = toolbar.widgetForAction(self.capture_action)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target_label, 1)
        target_row.addWidget(self.only_linked_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(toolbar)
        layout.addLayout(target_row)
        layout.addWidget(self.banner)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.job_bar)
        layout.addWidget(self.watch_row)

    # -- the current item -------------------------------------------------------------------
    def set_current_target(self, kind: str | None, target_id: str | None) -> None:
        """The checklist item (or finding, request…) photos are linked to; None for none."""
        from .common import target_label

        self.target = (kind, target_id) if kind and target_id else None
        self.model.set_target(kind, target_id)
        name = target_label(self.ws, kind, target_id, self.lang)
        if self.target:
            text = self.tr("%1 — photos linked: %2").replace("%1", name).replace("%2", str(self.model.linked_count()))
        else:
            text = self.tr("Select an item in the checklist to link photos to it.")
        self.target_label.setText(text)
        self.target_label.setToolTip(name)
        self.only_linked_box.setEnabled(self.target is not None)
        self._update_actions()

    def _update_actions(self, *_args) -> None:
        has_selection = bool(self.selected_ids())
        self.link_action.setEnabled(self.target is not None and has_selection)
        self.unlink_action.setEnabled(self.target is not None and has_selection)
        self.view_action.setEnabled(self.model.rowCount() > 0)
        self.delete_action.setEnabled(has_selection)

    # -- importing --------------------------------------------------------------------------
    def import_dialog(self, link: bool = False) -> None:
        start = str(self.settings.value(LAST_DIR_KEY, "") or Path.home())
        patterns = " ".join(f"*{s}" for s in sorted(media_tools.IMAGE_SUFFIXES))
        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Choose photos"), start, self.tr("Photos (%1);;All files (*)").replace("%1", patterns))
        if paths:
            self.settings.setValue(LAST_DIR_KEY, str(Path(paths[0]).parent))
            self.import_paths(paths, link=link)

    def import_paths(self, paths, link: bool = False, remove_after: bool = False):
        """Import photos from `paths` (folders: the photos inside) in a worker; with `link`,
        link them to the current item; with `remove_after`, delete the files once stored
        (camera shots in the staging folder). Returns the Job, or None when nothing to do."""
        files = expand_paths(paths)
        photos = [p for p in files if media_tools.is_image(p)]
        skipped = [p for p in files if not media_tools.is_image(p)]
        if skipped:
            names = ", ".join(p.name for p in skipped[:5])
            self.show_message(self.tr("Not photos, so not imported: %1. Recordings go in the Audio tab.")
                              .replace("%1", names), warning=True)
        if not photos:
            return None
        target = self.target if link else None
        # The note says, at the next start, what was kept if the program closes mid-way.
        note = media_imports.begin_import(self.ws, self.visit_id, photos)
        report = {"added": 0, "failures": [], "remove": photos if remove_after else [], "note": note}
        ws = self.ws

        def work(progress):
            # One stream of workers; every few finished photos are handed to the
            # UI thread to record and show while the next ones are copied.
            media_tools.ingest(ws, photos, progress=progress, on_batch=progress.deliver, batch_size=IMPORT_CHUNK)
            return None

        def failed(exc) -> None:
            self._imports.pop(job, None)
            media_imports.end_import(note)
            self.show_message(error_text(exc, self.lang), warning=True)

        job = self.runner.start(
            work, lambda _r: self._import_finished(job, report), on_failed=failed,
            on_cancelled=lambda: self._import_finished(job, report, cancelled=True),
            label=self.tr("Importing photos"), on_item=lambda result: self._record_chunk(result, target, report))
        self._imports[job] = note
        return job

    def importing(self) -> int:
        """How many photo imports are running (closing the window asks first)."""
        return len(self._imports)

    def _record_chunk(self, result: media_tools.IngestResult, target, report: dict) -> None:
        report["failures"].extend(result.failures)
        if not result.prepared:
            return
        added = self._run(lambda: self.ws.media.add_prepared(result.prepared, self.visit_id, link_to=target))
        if added is None:
            return
        report["added"] += len(added[0])
        report.setdefault("ids", []).extend(added[0])
        media_imports.note_kept(report["note"], [item["original_name"] for item in result.prepared])

    def _import_finished(self, job, report: dict, cancelled: bool = False) -> None:
        self._imports.pop(job, None)
        media_imports.end_import(report["note"])
        lines = []
        if cancelled:
            lines.append(self.tr("Import stopped. Photos added before stopping: %1.").replace(
                "%1", str(report["added"])))
        else:
            lines.append(self.tr("Photos added: %1.").replace("%1", str(report["added"])))
        for _path, err in report["failures"][:5]:
            lines.append(err.message(self.lang))
        self.show_message("\n".join(lines), warning=bool(report["failures"]))
        self._select(report.get("ids", []))
        failed = {path for path, _err in report["failures"]}
        staging = media_tools.staging_dir(self.ws)
        for path in report["remove"]:  # only our own staging copies, once stored
            if path not in failed and not cancelled and path.parent == staging:
                path.unlink(missing_ok=True)

    def _watched_images(self, paths: list) -> None:
        self.message.emit(self.tr("New photos in the watched folder: %1").replace("%1", str(len(paths))))
        self.import_paths(paths, link=False)

    def add_captured(self, paths) -> None:
        """Photos taken with the camera: imported and linked to the current item; the
        staging copies are deleted once stored."""
        self.import_paths(paths, link=True, remove_after=True)

    def capture_photo(self) -> None:
        if not self.devices.has_camera():
            self.show_message(self.capture_action.toolTip(), warning=True)
            return
        from .camera import CameraDialog

        dialog = CameraDialog(lambda: media_tools.new_staging_path(self.ws, "anh", ".jpg"), self)
        dialog.exec()
        if dialog.saved_paths:
            self.add_captured(dialog.saved_paths)

    # -- linking ----------------------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        rows = sorted(index.row() for index in self.view.selectionModel().selectedIndexes())
        return [self.model.media_id(row) for row in rows]

    def link_selected(self) -> Changes:
        """Link the selected photos to the current item (those not linked yet)."""
        ids = self.selected_ids()
        if not self.target or not ids:
            self.show_message(self.tr("Select photos and an item first."), warning=True)
            return Changes()
        target = self.target
        changes = self._run(lambda: self.ws.media.link_many(ids, *target))
        if changes is None:
            return Changes()
        self.message.emit(self.tr("Photos linked: %1").replace("%1", str(len(ids))))
        return changes

    def delete_selected(self) -> Changes:
        """Take the selected photos out of the visit (the core keeps the originals; undoable)."""
        ids = self.selected_ids()
        if not ids:
            return Changes()
        changes = self._run(lambda: self.ws.media.delete(ids))
        if changes:
            self.show_message(self.tr("Photos deleted: %1. Ctrl+Z brings them back.").replace("%1", str(len(ids))))
        return changes or Changes()

    def unlink_selected(self) -> Changes:
        if not self.target:
            return Changes()
        ids = self.selected_ids()
        target = self.target
        if not ids:
            return Changes()
        return self._run(lambda: self.ws.media.unlink_many(ids, *target)) or Changes()

    # -- refreshing -------------------------------------------------------------------------
    def apply_changes(self, changes: Changes) -> None:
        """Changes made elsewhere (or here): reload what they touch."""
        if self.model.apply_changes(changes):
            self.set_current_target(*(self.target or (None, None)))
            self._report_problems()
            self._request_thumbnails()

    def on_operation(self, changes: Changes, _initiator) -> None:
        """A change stored anywhere (the bus): refresh what it touched."""
        self.apply_changes(changes)

    def _run(self, action):
        """`action()` through the op runner; a refusal is said in the panel's banner."""
        return self.ops.run(action, initiator=self, on_refused=lambda text: self.show_message(text, warning=True))

    def _request_thumbnails(self) -> None:
        requests = [r for r in self.model.pending_thumbnails() if r.key not in self._thumbs_in_flight]
        if not requests:
            return
        self._thumbs_in_flight.update(r.key for r in requests)
        media_dir, cache = self.ws.media_dir, media_tools.thumbs_dir(self.ws)
        keys = [r.key for r in requests]

        def work(progress):
            for start in range(0, len(requests), THUMB_CHUNK):
                chunk = requests[start:start + THUMB_CHUNK]
                progress.deliver(media_tools.thumbnails_of(
                    media_dir, cache, chunk, progress=Offset(progress, start, len(requests))))

        def finished(*_args) -> None:
            self._thumbs_in_flight.difference_update(keys)
            self._report_problems()

        self.runner.start(work, finished, on_failed=finished, on_cancelled=finished,
                          label=self.tr("Making thumbnails"), on_item=self._thumbnails_made)

    def _thumbnails_made(self, outcomes: dict) -> None:
        for media_id, outcome in outcomes.items():
            self._thumbs_in_flight.discard(media_id)
            self.model.thumbnail_done(media_id, outcome)

    def _report_problems(self) -> None:
        problems = self.model.problems()
        if problems:
            head = self.tr("Photos that cannot be shown: %1.").replace("%1", str(len(problems)))
            self.show_message("\n".join([head, *problems[:3]]), warning=True)

    # -- viewer, messages, the watched folder ----------------------------------------------
    def open_viewer(self, row: int | None = None) -> PhotoViewer | None:
        """Open the viewer on `row` (default: the first selected photo)."""
        if row is None:
            selected = self.view.selectionModel().selectedIndexes()
            row = min((i.row() for i in selected), default=0)
        if not self.model.rowCount():
            return None
        viewer = PhotoViewer(self.ws, self.model.ids(), row, self.lang, self)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.show()
        return viewer

    def show_message(self, text: str, warning: bool = False) -> None:
        self.banner.show_message(text, warning)
        self.message.emit(text)

    def choose_watch_folder(self, folder: str | None = None) -> bool:
        """Watch `folder` (None: ask with a folder dialog)."""
        return self.watch_row.choose(folder)

    def _select(self, ids) -> None:
        selection = self.view.selectionModel()
        selection.clearSelection()
        for media_id in ids:
            row = self.model.row_of(media_id)
            if row is not None:
                selection.select(self.model.index(row), selection.SelectionFlag.Select)
        self._update_actions()

    # -- closing ----------------------------------------------------------------------------
    def shutdown(self) -> None:
        """Stop watching and wait for running jobs (call before closing the workspace)."""
        self.watcher.stop()
        self.runner.shutdown()
        for note in self._imports.values():   # stopped mid-way: said at the next start
            media_imports.cut_short(note)
        self._imports.clear()

    def closeEvent(self, event) -> None:
        self.shutdown()
        super().closeEvent(event)
