"""Qt's own dialogs speak Vietnamese: the widget-based file dialog (no native
dialog: Linux without a portal), the Linux print dialog of the minutes, and the
small message and input boxes. Qt ships no Vietnamese catalogue; the texts are
listed in ui/qt_strings/ and translated in our own."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QToolButton,
    QTreeView,
    QWidget,
)

from ui import i18n


def _untranslated(*contexts: str) -> set[str]:
    """Qt's English source texts of `contexts` whose Vietnamese differs from them."""
    out = set()
    for context in ET.parse(i18n.i18n_dir() / "inspector_vi.ts").getroot().iter("context"):
        if context.findtext("name") in contexts:
            for message in context.iter("message"):
                source = message.findtext("source")
                if message.findtext("translation") != source:
                    out.add(source)
    return out


def _texts(window: QWidget) -> set[str]:
    """Every text a user can see or hear in `window`: title, labels, buttons and
    their tooltips, group titles, combo items, tabs, accessible names, actions."""
    texts = {window.windowTitle()}
    for widget in window.findChildren(QWidget):
        texts |= {widget.toolTip(), widget.accessibleName()}
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.add(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.add(widget.title())
        elif isinstance(widget, QComboBox):
            texts |= {widget.itemText(i) for i in range(widget.count())}
        elif isinstance(widget, QTabWidget):
            texts |= {widget.tabText(i) for i in range(widget.count())}
    texts |= {action.text() for action in window.findChildren(QAction)}
    return texts - {""}


def _file_dialog(qtbot, directory, mode=QFileDialog.FileMode.ExistingFiles,
                 accept=QFileDialog.AcceptMode.AcceptOpen) -> QFileDialog:
    dialog = QFileDialog(None, "", str(directory))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(accept)
    dialog.setFileMode(mode)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


FILE_DIALOG_CONTEXTS = ("QFileDialog", "QFileSystemModel", "QAbstractFileIconProvider", "QPlatformTheme")


def test_file_dialog_speaks_vietnamese(qtbot, vi_translator, tmp_path):
    (tmp_path / "Biên bản").mkdir()
    (tmp_path / "anh.jpg").write_bytes(b"\xff\xd8\xff")
    dialog = _file_dialog(qtbot, tmp_path)

    assert dialog.windowTitle() == "Mở"
    assert dialog.findChild(QLabel, "lookInLabel").text() == "&Tìm trong:"
    assert dialog.findChild(QLabel, "fileNameLabel").text() == "Tê&n tệp:"
    assert dialog.findChild(QLabel, "fileTypeLabel").text() == "Loại tệ&p:"
    assert dialog.findChild(QComboBox, "fileTypeCombo").itemText(0) == "Tất cả các tệp (*)"
    buttons = dialog.findChild(QDialogButtonBox, "buttonBox")
    assert buttons.button(QDialogButtonBox.StandardButton.Open).text() == "&Mở"
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Hủy"
    tips = {name: dialog.findChild(QToolButton, name).toolTip()
            for name in ("backButton", "forwardButton", "toParentButton", "newFolderButton",
                         "listModeButton", "detailModeButton")}
    assert tips == {"backButton": "Quay lại", "forwardButton": "Tiến tới", "toParentButton": "Thư mục cha",
                    "newFolderButton": "Tạo thư mục mới", "listModeButton": "Xem dạng danh sách",
                    "detailModeButton": "Xem chi tiết"}

    # The detail view: its column headers, the header's menu, a folder's kind.
    tree = dialog.findChild(QTreeView, "treeView")
    model = tree.model()
    headers = [model.headerData(column, Qt.Orientation.Horizontal) for column in range(4)]
    assert headers == ["Tên", "Kích thước", "Loại", "Ngày sửa đổi"]
    assert [action.text() for action in tree.header().actions()] == [
        "Hiện cột Kích thước", "Hiện cột Loại", "Hiện cột Ngày sửa đổi"]

    def folder_row():
        root = tree.rootIndex()
        rows = [[model.index(row, column, root).data() for column in range(3)]
                for row in range(model.rowCount(root))]
        return next((row for row in rows if row[0] == "Biên bản"), None)

    qtbot.waitUntil(lambda: folder_row() is not None and folder_row()[2] is not None)
    assert folder_row()[2] == "Thư mục"

    # The file list's context menu.
    menu = {action.objectName(): action.text() for action in dialog.findChildren(QAction)
            if action.objectName().startswith("qt_") and action.text()}
    assert menu == {"qt_rename_action": "Đổ&i tên", "qt_delete_action": "&Xóa",
                    "qt_show_hidden_action": "&Hiện tệp ẩn", "qt_new_folder_action": "Thư &mục mới"}

    english = _texts(dialog) & _untranslated(*FILE_DIALOG_CONTEXTS)
    assert not english, f"still in English: {sorted(english)}"


@pytest.mark.parametrize(("mode", "accept", "title", "name_label", "button", "label"), [
    (QFileDialog.FileMode.AnyFile, QFileDialog.AcceptMode.AcceptSave, "Lưu thành", "Tê&n tệp:",
     QDialogButtonBox.StandardButton.Save, "&Lưu"),
    (QFileDialog.FileMode.Directory, QFileDialog.AcceptMode.AcceptOpen, "Chọn thư mục", "Thư mục:",
     QDialogButtonBox.StandardButton.Open, "&Chọn"),
], ids=["save", "folder"])
def test_save_and_folder_dialogs_speak_vietnamese(qtbot, vi_translator, tmp_path,
                                                   mode, accept, title, name_label, button, label):
    dialog = _file_dialog(qtbot, tmp_path, mode, accept)
    assert dialog.windowTitle() == title
    assert dialog.findChild(QLabel, "fileNameLabel").text() == name_label
    assert dialog.findChild(QDialogButtonBox, "buttonBox").button(button).text() == label
    english = _texts(dialog) & _untranslated(*FILE_DIALOG_CONTEXTS)
    assert not english, f"still in English: {sorted(english)}"


def test_print_dialog_speaks_vietnamese(qtbot, vi_translator):
    printer = QPrinter()  # outlives the dialog, which only points to it
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    assert dialog.windowTitle() == "In"
    assert dialog.findChild(QGroupBox, "printerGroup").title() == "Máy in"
    assert "In ra tệp (PDF)" in [dialog.findChild(QComboBox, "printers").itemText(i)
                                 for i in range(dialog.findChild(QComboBox, "printers").count())]
    assert dialog.findChild(QPushButton, "properties").text() == "Thuộc tín&h"
    assert dialog.findChild(QLabel, "lOutput").text() == "Tệp đầu &ra:"
    buttons = {button.text() for button in dialog.findChildren(QPushButton)}
    assert {"&In", "Hủy", "&Tùy chọn >>"} <= buttons

    options = next(button for button in dialog.findChildren(QPushButton) if button.text() == "&Tùy chọn >>")
    options.click()
    assert options.text() == "&Tùy chọn <<"
    tabs = dialog.findChild(QTabWidget, "tabs")
    assert tabs.isVisible()
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Số bản", "Tùy chọn"]
    assert dialog.findChild(QGroupBox, "gbPrintRange").title() == "Phạm vi in"
    assert dialog.findChild(QAbstractButton, "printAll").text() == "In tất cả"
    assert dialog.findChild(QAbstractButton, "collate").text() == "In theo từng bộ"
    page_set = dialog.findChild(QComboBox, "pageSetCombo")
    assert [page_set.itemText(i) for i in range(page_set.count())] == ["Tất cả các trang", "Trang lẻ", "Trang chẵn"]

    english = _texts(dialog) & _untranslated("QPrintDialog", "QPrintWidget", "QPrintSettingsOutput",
                                             "QPlatformTheme", "QTabBar")
    assert not english, f"still in English: {sorted(english)}"


def test_message_and_input_boxes_speak_vietnamese(qtbot, vi_translator):
    box = QMessageBox(QMessageBox.Icon.Warning, "Inspector", "Không lưu được.",
                      QMessageBox.StandardButton.Ok)
    box.setDetailedText("chi tiết kỹ thuật")
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    assert box.button(QMessageBox.StandardButton.Ok).text() == "Đồng ý"
    assert "Hiện chi tiết..." in {button.text() for button in box.buttons()}

    dialog = QInputDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert "Nhập giá trị:" in {label.text() for label in dialog.findChildren(QLabel)}
