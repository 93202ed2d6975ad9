"""Drawing the receipt: A4 page or 80 mm thermal roll, to a PDF file or a printer, with a QR code."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import segno
from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter

if TYPE_CHECKING:
    from lapor_desk.receipt import Receipt


LAYOUTS = ("a4", "roll80")
ROLL_WIDTH_MM = 80.0
ROLL_LENGTH_MM = 260.0


def page_layout(layout: str) -> QPageLayout:
    if layout == "roll80":
        size = QPageSize(QSizeF(ROLL_WIDTH_MM, ROLL_LENGTH_MM), QPageSize.Unit.Millimeter, "80mm roll")
        margins = QMarginsF(3, 3, 3, 3)
    else:
        size = QPageSize(QPageSize.PageSizeId.A4)
        margins = QMarginsF(18, 16, 18, 16)
    return QPageLayout(size, QPageLayout.Orientation.Portrait, margins, QPageLayout.Unit.Millimeter)


def save_pdf(receipt: Receipt, path: Path, layout: str = "a4") -> None:
    """Write the receipt to `path` (atomically: a temp file renamed into place)."""
    tmp = path.with_name(f".{path.name}.part")
    writer = QPdfWriter(str(tmp))
    writer.setResolution(300)
    writer.setTitle(receipt.heading + " " + receipt.receipt_number)
    writer.setCreator("lapor-desk")
    writer.setPageLayout(page_layout(layout))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write {path}")
    try:
        draw(painter, receipt, writer, layout)
    finally:
        painter.end()
    tmp.replace(path)


def draw(painter: QPainter, receipt: Receipt, device: QPagedPaintDevice, layout: str) -> None:
    dpi = device.logicalDpiX()
    rect = QRectF(device.pageLayout().paintRectPixels(dpi))
    roll = layout == "roll80"
    pt = dpi / 72.0  # device pixels per point
    base = 7.5 if roll else 10.0
    y = rect.top()

    def font(size: float, bold: bool = False) -> QFont:
        f = QFont("DejaVu Sans")
        f.setPointSizeF(size)
        f.setBold(bold)
        return f

    def text_block(
        text: str,
        size: float,
        *,
        bold: bool = False,
        center: bool = False,
        left: float | None = None,
        width: float | None = None,
    ) -> float:
        nonlocal y
        painter.setFont(font(size, bold))
        x = rect.left() if left is None else left
        w = rect.width() if width is None else width
        flags = int(Qt.TextFlag.TextWordWrap) | int(
            Qt.AlignmentFlag.AlignHCenter if center else Qt.AlignmentFlag.AlignLeft
        )
        bounds = painter.boundingRect(QRectF(x, y, w, 10_000), flags, text)
        painter.drawText(QRectF(x, y, w, bounds.height()), flags, text)
        y += bounds.height() + size * pt * 0.35
        return bounds.height()

    painter.setPen(QColor("black"))
    for index, line in enumerate(receipt.letterhead):  # the office's letterhead (kop)
        text_block(line, base + (2 if index == 0 else 0), bold=index == 0, center=True)
    if receipt.letterhead:
        painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
        y += base * pt * 0.6
    text_block(receipt.heading, base + 4, bold=True, center=True)
    if receipt.copy_mark:
        text_block(receipt.copy_mark, base + 1, bold=True, center=True)
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
        y = qr_top + qr_side + base * pt
    rows_width = rect.width() if roll else rect.width() - qr_side - 8 * pt
    label_width = rows_width * (0.42 if roll else 0.34)
    for label, value in receipt.rows:
        start = y
        painter.setFont(font(base, True))
        flags = int(Qt.TextFlag.TextWordWrap)
        label_h = painter.boundingRect(QRectF(rect.left(), y, label_width, 10_000), flags, label).height()
        painter.drawText(QRectF(rect.left(), y, label_width, label_h), flags, label)
        painter.setFont(font(base))
        value_rect = QRectF(rect.left() + label_width, y, rows_width - label_width, 10_000)
        value_h = painter.boundingRect(value_rect, flags, value).height()
        painter.drawText(QRectF(value_rect.left(), y, value_rect.width(), value_h), flags, value)
        y = start + max(label_h, value_h) + base * pt * 0.3
    y = max(y, qr_top + qr_side) + base * pt * 0.6
    for step in receipt.next_steps:
        text_block("• " + step, base)
    text_block(receipt.status_help, base, bold=True)
    text_block(receipt.privacy, base - 1.5)
    y += base * pt * (2 if roll else 4)
    column = rect.width() / 2
    for i, caption in enumerate(receipt.signatures):
        painter.setFont(font(base))
        left = rect.left() + i * column
        line_y = y + base * pt * (3 if roll else 5)
        painter.drawText(QRectF(left, y, column, base * pt * 2), int(Qt.AlignmentFlag.AlignHCenter), caption)
        painter.drawLine(int(left + column * 0.12), int(line_y), int(left + column * 0.88), int(line_y))


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
