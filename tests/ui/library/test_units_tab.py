"""The Units tab: create a unit under a parent through the dialog, filter by date, end a unit."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication

from tests.ui.library.conftest import click, type_into
from ui.library.tree_models import UnitTreeModel
from ui.library.units_tab import UnitsTab


def _tab(qtbot, ws) -> UnitsTab:
    tab = UnitsTab(ws, "vi")
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def test_create_a_unit_under_the_selected_one(qtbot, lib):
    tab = _tab(qtbot, lib)
    changed = []
    tab.ops.bus.operation_did_execute.connect(lambda changes, _initiator: changed.append(changes))
    assert tab.select_unit(lib.ward)
    click(qtbot, tab.new_child_button)
    dialog = tab.dialog
    assert dialog.isVisible()
    assert dialog.parent_combo.current_id() == lib.ward
    type_into(qtbot, dialog.name_edit, "Bộ phận Một cửa phường Ba Đình")
    dialog.kind_combo.set_current("service_centre")
    type_into(qtbot, dialog.address_edit, "Số 10 Đội Cấn")
    dialog.valid_from_edit.setDate(QDate(2025, 7, 1))
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))

    desk = tab.selected()
    assert desk["name"] == "Bộ phận Một cửa phường Ba Đình"
    assert (desk["parent_id"], desk["kind"], desk["valid_from"]) == (lib.ward, "service_centre", "2025-07-01")
    assert desk["added_locally"] is True
    index = tab.tree.currentIndex()
    assert index.parent().data() == "Ủy ban nhân dân phường Ba Đình"
    assert tab.model.index(index.row(), UnitTreeModel.LOCAL, index.parent()).data() == "✓"
    assert tab.model.index(index.row(), UnitTreeModel.KIND, index.parent()).data().startswith("Trung tâm")
    assert changed and changed[0].touches("org_unit")
    assert "Đã thêm" in tab.details.text() or "Added" in tab.details.text()


def test_a_refused_unit_keeps_the_dialog_open_with_the_message(qtbot, lib):
    tab = _tab(qtbot, lib)
    click(qtbot, tab.new_button)
    dialog = tab.dialog
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))
    assert dialog.isVisible()
    assert "tên đơn vị" in tab.ops.last_message.text()
    tab.ops.last_message.accept()
    dialog.reject()


def test_the_as_of_filter_hides_ended_units(qtbot, lib):
    lib.units.create("Ủy ban nhân dân phường Phúc Xá", "commune", parent_id=lib.province,
                              valid_to="2025-06-30")
    tab = _tab(qtbot, lib)
    names = lambda: [tab.model.index(r, 0, tab.model.index(0, 0)).data()  # noqa: E731
                     for r in range(tab.model.rowCount(tab.model.index(0, 0)))]
    assert names() == ["Ủy ban nhân dân phường Ba Đình", "Ủy ban nhân dân phường Phúc Xá"]
    click(qtbot, tab.as_of_check)
    assert tab.as_of_date.isEnabled()
    assert names() == ["Ủy ban nhân dân phường Ba Đình"]
    tab.as_of_date.setDate(QDate(2025, 1, 1))
    assert names() == ["Ủy ban nhân dân phường Ba Đình", "Ủy ban nhân dân phường Phúc Xá"]
    click(qtbot, tab.as_of_check)
    assert tab.model.as_of is None


def test_end_a_unit_naming_its_successor(qtbot, lib):
    old, _ = lib.units.create("Ủy ban nhân dân phường Trúc Bạch", "commune", parent_id=lib.province)
    tab = _tab(qtbot, lib)
    assert tab.select_unit(old)
    click(qtbot, tab.end_button)
    dialog = tab.dialog
    dialog.valid_to_edit.setDate(QDate(2025, 6, 30))
    type_into(qtbot, dialog.filter_edit, "Ba Đình")
    assert dialog.filter_model.rowCount() == 1
    dialog.successors.set_checked(lib.ward)
    dialog.accept()
    unit = lib.units.get(old)
    assert (unit["valid_to"], unit["successor_ids"]) == ("2025-06-30", [lib.ward])
    assert "Ba Đình" in tab.details.text()
    index = tab.tree.currentIndex()
    assert tab.model.index(index.row(), UnitTreeModel.SUCCESSORS, index.parent()).data() == \
        "Ủy ban nhân dân phường Ba Đình"


def test_edit_a_unit(qtbot, lib):
    tab = _tab(qtbot, lib)
    tab.select_unit(lib.ward)
    click(qtbot, tab.edit_button)
    dialog = tab.dialog
    assert dialog.name_edit.text() == "Ủy ban nhân dân phường Ba Đình"
    type_into(qtbot, dialog.short_name_edit, "UBND phường Ba Đình")
    type_into(qtbot, dialog.place_edit, "Hà Nội")
    dialog.accept()
    unit = lib.units.get(lib.ward)
    assert (unit["short_name"], unit["place_name"], unit["code"]) == ("UBND phường Ba Đình", "Hà Nội", "00004")
    assert tab.selected()["id"] == lib.ward


def test_an_optional_date_can_be_emptied(qtbot, lib):
    from ui.library.common import OptionalDateEdit

    edit = OptionalDateEdit("2025-07-01")
    qtbot.addWidget(edit)
    assert edit.iso() == "2025-07-01"
    qtbot.keyClick(edit, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert edit.iso() is None and edit.text() == "—"
    QApplication.sendEvent(edit.calendarWidget(), QShowEvent())  # the calendar pops up on this month
    today = QDate.currentDate()
    assert (edit.calendarWidget().yearShown(), edit.calendarWidget().monthShown()) == (today.year(), today.month())
    assert edit.iso() is None


def test_unit_names_are_read_whole_on_a_narrow_window(qtbot, lib, vi_translator):
    """At 200 % the Library has some 760 px (480 on a small laptop): the names and kinds wrap on
    lines of their column and rows grow to them; nothing is cut to "…" nor scrolls sideways;
    the short columns' headings wrap on lines that fit (issue 12)."""
    from PySide6.QtCore import QModelIndex, QRect
    from PySide6.QtWidgets import QStyle

    service, _ = lib.units.create("Trung tâm Phục vụ hành chính công thành phố Hà Nội", "service_centre",
                                  parent_id=lib.province)
    tab = _tab(qtbot, lib)
    tree, model, header = tab.tree, tab.model, tab.tree.header()
    cell, heading = tree.fontMetrics(), header.fontMetrics()
    margins = 2 * (tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1) + 4
    for width in (760, max(480, tab.minimumSizeHint().width())):    # 480 or what the buttons need
        tab.resize(width, 500)
        qtbot.waitUntil(lambda w=width: tree.viewport().width() < w, timeout=2_000)
        qtbot.waitUntil(lambda: header.length() <= tree.viewport().width(), timeout=2_000)
        assert tree.horizontalScrollBar().maximum() == 0
        for column in range(model.columnCount()):
            lines = model.headerData(column, Qt.Orientation.Horizontal).split("\n")
            assert " ".join(lines) == model.headers()[column]
            assert all(heading.horizontalAdvance(line) <= header.sectionSize(column) for line in lines)
        top = model.index(0, 0, QModelIndex())
        rows = [(model.index(r, UnitTreeModel.NAME, top), model.index(r, UnitTreeModel.KIND, top))
                for r in range(model.rowCount(top))]
        assert any(name.data().startswith("Trung tâm") for name, _kind in rows)
        for name, kind in rows:
            for index in (name, kind):
                rect = tree.visualRect(index)
                text = index.data()
                room = rect.width() - margins
                assert all(cell.horizontalAdvance(word) <= room for word in text.split()), (text, room)
                needed = cell.boundingRect(QRect(0, 0, room, 10_000), Qt.TextFlag.TextWordWrap, text).height()
                qtbot.waitUntil(lambda i=index, n=needed: tree.visualRect(i).height() >= n, timeout=2_000)
        assert service
