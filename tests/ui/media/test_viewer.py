"""The photo viewer: upright display, zoom (keys, wheel, fit), view-only rotation."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from tests.ui.media.conftest import sha256
from ui.media import PhotoViewer
from ui.media.viewer import ZOOM_STEP


def _ids(ws, visit, photos):
    return [ws.media.add_file(p, visit["visit"])[0] for p in photos]


def test_zoom_rotate_and_fit(qtbot, ws, visit, photos):
    ids = _ids(ws, visit, photos)
    before = [sha256(ws.media.path_of(i)) for i in ids]
    viewer = PhotoViewer(ws, ids, 0)
    qtbot.addWidget(viewer)
    with qtbot.waitActive(viewer):  # the keys are shortcuts: they need an active window
        viewer.show()
        viewer.activateWindow()
    viewer.fit()
    fitted = viewer.zoom
    viewer.zoom_in()
    assert abs(viewer.zoom - fitted * ZOOM_STEP) < 1e-9 and not viewer.fitted
    qtbot.keyClick(viewer, Qt.Key.Key_Minus)
    assert abs(viewer.zoom - fitted) < 1e-9
    qtbot.keyClick(viewer, Qt.Key.Key_1)
    assert viewer.zoom == 1.0 and viewer.zoom_label.text() == "100 %"

    wheel = QWheelEvent(QPointF(50, 50), QPointF(50, 50), QPoint(0, 0), QPoint(0, 120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(viewer.view.viewport(), wheel)
    assert abs(viewer.zoom - ZOOM_STEP) < 1e-9

    qtbot.keyClick(viewer, Qt.Key.Key_R)
    assert viewer.rotation == 90
    mapped = viewer.view.transform().map(QPointF(1, 0))
    assert abs(mapped.x()) < 1e-6 and mapped.y() > 0  # turned clockwise
    viewer.rotate_left()
    viewer.rotate_left()
    assert viewer.rotation == 270
    qtbot.keyClick(viewer, Qt.Key.Key_0)
    assert viewer.fitted
    assert [sha256(ws.media.path_of(i)) for i in ids] == before  # originals never change


def test_exif_orientation_is_honoured_and_arrows_browse(qtbot, ws, visit, photos):
    ids = _ids(ws, visit, photos)
    viewer = PhotoViewer(ws, ids, 1)
    qtbot.addWidget(viewer)
    with qtbot.waitActive(viewer):
        viewer.show()
        viewer.activateWindow()
    pixmap = viewer.item.pixmap()
    assert pixmap.height() > pixmap.width()  # orientation 6: upright portrait
    assert "20/11/2026 08:41" in viewer.caption.text() and "2/3" in viewer.caption.text()
    qtbot.keyClick(viewer, Qt.Key.Key_Right)
    assert viewer.index == 2 and viewer.rotation == 0
    image = viewer.item.pixmap().toImage()
    # orientation 3 (upside down): the white block drawn top-left ends up bottom-right
    assert image.pixelColor(image.width() - 5, image.height() - 5).lightness() > 240
    assert image.pixelColor(5, 5).lightness() < 200
