"""Drawing the receipt: A4 page or 80 mm thermal roll, to a PDF file or a printer, with a QR code.

Everything is drawn inside the page layout's margins, which are kept within the printable
area of common printers: 18 mm x 15 mm on A4 (office lasers and inkjets lose 3-6 mm),
4 mm all round on the 80 mm roll (thermal printers print its middle 72 mm). Text wraps
only at spaces, so a receipt number is never split at a hyphen.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import segno
from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

if TYPE_CHECKING:
    from lapor_desk.receipt import Receipt


LAYOUTS = ("a4", "roll80")
ROLL_WIDTH_MM = 80.0
ROLL_LENGTH_MM = 260.0
# (left, top, right, bottom) in millimetres: see the module's first lines.
MARGINS_MM = {"a4": (18.0, 15.0, 18.0, 15.0), "roll80": (4.0, 4.0, 4.0, 4.0)}


def page_layout(layout: str) -> QPageLayout:
    if layout == "roll80":
        size = QPageSize(QSizeF(ROLL_WIDTH_MM, ROLL_LENGTH_MM), QPageSize.Unit.Millimeter, "80mm roll")
    else:
        size = QPageSize(QPageSize.PageSizeId.A4)
    margins = QMarginsF(*MARGINS_MM["roll80" if layout == "roll80" else "a4"])
    return QPageLayout(size, QPageLayout.Orientation.Portrait, margins, QPageLayout.Unit.Millimeter)


def save_pdf(receipts: Receipt | Sequence[Receipt], path: Path, layout: str = "a4") -> None:
    """Write the receipt (one page per sheet) to `path` atomically: a temp file renamed into place."""
    pages = [receipts] if not isinstance(receipts, Sequence) else list(receipts)
    tmp = path.with_name(f".{path.name}.part")
    writer = QPdfWriter(str(tmp))
    writer.setResolution(300)
    writer.setTitle(pages[0].heading + " " + pages[0].receipt_number)
    writer.setCreator("lapor-desk")
    writer.setPageLayout(page_layout(layout))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write {path}")
    try:
        draw(painter, pages, writer, layout)
    finally:
        painter.end()
    tmp.replace(path)


def draw(painter: QPainter, receipts: Receipt | Sequence[Receipt], device: QPagedPaintDevice, layout: str) -> None:
    """Each receipt on a page of its own (`device` is a QPdfWriter or a QPrinter)."""
    pages = [receipts] if not isinstance(receipts, Sequence) else list(receipts)
    for index, receipt in enumerate(pages):
        if index:
            device.newPage()
        _draw_page(painter, receipt, device, layout)


def _font(size: float, bold: bool = False) -> QFont:
    f = QFont("DejaVu Sans")
    f.setPointSizeF(size)
    f.setBold(bold)
    # No ligatures: "Office" stays six letters in the PDF's text (search, copy, screen readers).
    f.setFeature(QFont.Tag("liga"), 0)
    return f


def wrap_at_spaces(text: str, metrics: QFontMetricsF, width: float) -> list[str]:
    """Lines no wider than `width`, broken only at spaces (Qt's own wrapping also breaks after a
    hyphen, which split receipt numbers); a word wider than a line is cut by characters."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if metrics.horizontalAdvance(candidate) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            while metrics.horizontalAdvance(word) > width:  # an address or name without spaces
                cut = max(1, next(i for i in range(len(word), 0, -1) if metrics.horizontalAdvance(word[:i]) <= width))
                lines.append(word[:cut])
                word = word[cut:]
            line = word
        lines.append(line)
    return lines


def fitted_size(text: str, size: float, width: float, bold: bool, device: QPagedPaintDevice) -> float:
    """`size`, or smaller until one unbreakable `text` (the receipt number) fits `width`."""
    while size > 5 and QFontMetricsF(_font(size, bold), device).horizontalAdvance(text) > width:
        size -= 0.5
    return size


def _draw_page(painter: QPainter, receipt: Receipt, device: QPagedPaintDevice, layout: str) -> None:
    dpi = device.logicalDpiX()
    # The painter's origin is the top left of the printable rectangle: the page less its margins.
    paint = device.pageLayout().paintRectPixels(dpi)
    rect = QRectF(0, 0, paint.width(), paint.height())
    roll = layout == "roll80"
    pt = dpi / 72.0  # device pixels per point
    base = 7.5 if roll else 10.0
    y = rect.top()

    def text_block(text: str, size: float, *, bold: bool = False, center: bool = False, gap: float = 0.35) -> None:
        nonlocal y
        font = _font(size, bold)
        painter.setFont(font)
        metrics = QFontMetricsF(font, device)
        for line in wrap_at_spaces(text, metrics, rect.width()):
            x = rect.left() + ((rect.width() - metrics.horizontalAdvance(line)) / 2 if center else 0)
            painter.drawText(QPointF(x, y + metrics.ascent()), line)
            y += metrics.lineSpacing()
        y += size * pt * gap

    def number_size(size: float, text: str) -> float:
        """A size at which every word of `text` fits a line: the receipt number stays whole."""
        widest = max(text.split(), key=len, default="")
        return fitted_size(widest, size, rect.width(), True, device)

    painter.setPen(QColor("black"))
    for index, line in enumerate(receipt.letterhead):  # the office's letterhead (kop)
        text_block(line, base + (2 if index == 0 else 0), bold=index == 0, center=True, gap=0.15)
    if receipt.letterhead:
        y += base * pt * 0.2
        painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
        y += base * pt * 0.8
    text_block(receipt.heading, base + 4, bold=True, center=True, gap=0.15)
    if receipt.sheet:
        text_block(receipt.sheet, base, center=True, gap=0.15)
    if receipt.copy_mark:
        text_block(receipt.copy_mark, base + 1, bold=True, center=True, gap=0.15)
    number_label = next((label for label, value in receipt.rows if value == receipt.receipt_number), "")
    if receipt.receipt_number:  # the number the citizen quotes: large, on one line, never split
        y += base * pt * 0.3
        text_block(number_label, base - 1, center=True, gap=0.05)
        text_block(
            receipt.receipt_number,
            fitted_size(receipt.receipt_number, base + 4, rect.width(), True, device),
            bold=True,
            center=True,
        )
    qr_side = rect.width() * (0.45 if roll else 0.22)
    qr_top = y
    _draw_qr(
        painter,
        receipt.qr_payload,
        QRectF(
            rect.left() + (rect.width() - qr_side) / 2 if roll else rect.right() - qr_side, qr_top, qr_side, qr_side
        ),
    )
    if roll:
        y = qr_top + qr_side + base * pt * 0.5
    rows_width = rect.width() if roll else rect.width() - qr_side - 8 * pt
    label_width = rows_width * (0.42 if roll else 0.34)
    value_width = rows_width - label_width - 2 * pt
    label_font, value_font = _font(base, True), _font(base)
    label_metrics, value_metrics = QFontMetricsF(label_font, device), QFontMetricsF(value_font, device)
    for label, value in receipt.rows:
        if value == receipt.receipt_number:
            continue  # printed large above
        start = y
        painter.setFont(label_font)
        for line in wrap_at_spaces(label, label_metrics, label_width - 2 * pt):
            painter.drawText(QPointF(rect.left(), y + label_metrics.ascent()), line)
            y += label_metrics.lineSpacing()
        label_end, y = y, start
        painter.setFont(value_font)
        for line in wrap_at_spaces(value, value_metrics, value_width):
            painter.drawText(QPointF(rect.left() + label_width, y + value_metrics.ascent()), line)
            y += value_metrics.lineSpacing()
        y = max(y, label_end) + base * pt * 0.3
    y = max(y, qr_top + qr_side) + base * pt * 0.6
    for step in receipt.next_steps:
        text_block("• " + step, base)
    text_block(receipt.status_help, number_size(base, receipt.status_help), bold=True)
    text_block(receipt.privacy, base - 1.5)
    y += base * pt * (2 if roll else 4)
    column = rect.width() / 2
    painter.setFont(_font(base))
    metrics = QFontMetricsF(_font(base), device)
    line_y = y + base * pt * (3 if roll else 5)
    for i, caption in enumerate(receipt.signatures):
        left = rect.left() + i * column
        for n, line in enumerate(wrap_at_spaces(caption, metrics, column - 4 * pt)):
            x = left + (column - metrics.horizontalAdvance(line)) / 2
            painter.drawText(QPointF(x, y + metrics.ascent() + n * metrics.lineSpacing()), line)
        painter.drawLine(QPointF(left + column * 0.12, line_y), QPointF(left + column * 0.88, line_y))


def _draw_qr(painter: QPainter, payload: str, box: QRectF) -> None:
    """The QR code as filled squares (vector in the PDF), with its quiet zone."""
    matrix = segno.make(payload or "-", error="m", micro=False).matrix
    modules = len(matrix) + 8  # 4-module quiet zone on each side
    cell = box.width() / modules
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    for r, row in enumerate(matrix):
        for c, dark in enumerate(row):
            if dark:
                painter.drawRect(QRectF(box.left() + (c + 4) * cell, box.top() + (r + 4) * cell, cell, cell))
    painter.restore()
