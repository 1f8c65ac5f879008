"""The F2 value dialog: a reasonable width whatever the item's text, its unit and maximum shown,
decimals with a comma (issue 12)."""

from __future__ import annotations

from PySide6.QtWidgets import QDoubleSpinBox

from ui.visit.value_dialog import MAX_WIDTH, ValueDialog

LONG = "Tỷ lệ hồ sơ được giải quyết đúng hạn trên tổng số hồ sơ đã tiếp nhận trong kỳ báo cáo " * 6


def test_the_value_dialog_stays_narrow_and_says_unit_and_maximum(qtbot):
    score = ValueDialog({"answer_type": "score", "max_score": 2.5}, "X1  " + LONG, 1.5, "vi")
    qtbot.addWidget(score)
    score.show()
    assert score.width() <= MAX_WIDTH
    assert score.limits.isVisible() and "2,5" in score.limits.text()
    spin = score.findChild(QDoubleSpinBox)
    assert spin.text() == "1,50" and spin.maximum() == 2.5
    spin.selectAll()
    qtbot.keyClicks(spin, "2,25")
    assert score.value() == 2.25

    count = ValueDialog({"answer_type": "count", "unit": "hồ sơ trễ hạn"}, "X2  Số hồ sơ trễ hạn", 3, "vi")
    qtbot.addWidget(count)
    assert "hồ sơ trễ hạn" in count.limits.text()
    percentage = ValueDialog({"answer_type": "percentage"}, "X3  Tỷ lệ", 85.5, "vi")
    qtbot.addWidget(percentage)
    assert "100" in percentage.limits.text()
    assert percentage.findChild(QDoubleSpinBox).text() == "85,5 %"
