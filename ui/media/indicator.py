"""`RecordingIndicator`: a recording you cannot miss, in the window's status bar.

While the visit's audio panel records, it shows a red dot, "Recording" with the
elapsed time, and Bookmark and Stop buttons, whatever page or tab is shown;
hidden otherwise.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ..icons import icon
from .common import format_ms


class RecordingIndicator(QWidget):
    """Follows one `AudioPanel` at a time (`watch(panel)`; None: none)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.panel = None
        self.label = QLabel()
        self.label.setObjectName("recordingIndicator")
        # The colour is not the only sign: the words say it too.
        # Red and bold through the style sheet (#recordingIndicator).
        self.bookmark_button = QPushButton(icon("bookmark"), self.tr("Bookmark (Ctrl+B)"))
        self.stop_button = QPushButton(icon("player-stop"), self.tr("Stop recording"))
        self.bookmark_button.clicked.connect(lambda: self.panel is not None and self.panel.add_bookmark())
        self.stop_button.clicked.connect(lambda: self.panel is not None and self.panel.stop_recording())
        for button in (self.bookmark_button, self.stop_button):
            button.setFlat(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bookmark_button)
        layout.addWidget(self.stop_button)
        self.hide()

    def watch(self, panel) -> None:
        """Show the recordings of `panel` (an AudioPanel, or None)."""
        if self.panel is not None:
            try:
                self.panel.recording_shown.disconnect(self.show_state)
            except (RuntimeError, TypeError):   # the panel went first
                pass
        self.panel = panel
        if panel is None:
            self.show_state(False, 0)
            return
        panel.recording_shown.connect(self.show_state)
        self.show_state(panel.is_recording(), panel.recorder.elapsed_ms() if panel.is_recording() else 0)

    def show_state(self, recording: bool, elapsed_ms: int) -> None:
        self.label.setText("● " + self.tr("Recording %1").replace("%1", format_ms(elapsed_ms)))
        self.setVisible(recording)
