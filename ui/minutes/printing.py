"""Printing the minutes through the system's print dialog (QPrinter)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

PRINT_DPI = 300


def make_printer(copies: int) -> QPrinter:
    """An A4 portrait printer with the template's number of copies preset."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    printer.setCopyCount(max(1, copies))
    printer.setDocName("Biên bản kiểm tra")
    return printer


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Paint every page of `document` on `printer` at 300 dpi; returns the pages printed."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    printed = 0
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            pixels = QSize(round(points.width() / 72 * PRINT_DPI), round(points.height() / 72 * PRINT_DPI))
            image = document.render(page, pixels)
            area = QRectF(painter.viewport())
            scale = min(area.width() / pixels.width(), area.height() / pixels.height())
            target = QRectF(0, 0, pixels.width() * scale, pixels.height() * scale)
            painter.drawImage(target, image)
            printed += 1
    finally:
        painter.end()
    return printed
