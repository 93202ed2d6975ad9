"""Counts by category as horizontal bars, drawn with QPainter (no QtCharts, so no PySide6-Addons).

Largest on top; every label wrapped at spaces and whole; each bar's value at its end. The chart
takes keyboard focus: Up/Down (Home/End) move through the bars, and the focused bar's "label: value"
is its accessible description, so a screen reader reads what the bars show.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QKeyEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

WRAP = 22  # characters per line of a category label
BAR_COLOUR = "#2f6f9f"
FOCUS_COLOUR = "#c2571a"


def wrap_lines(text: str, width: int = WRAP) -> list[str]:
    """A category label's lines: wrapped at spaces, never cut off."""
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [""]


def nice_axis(largest: int) -> tuple[int, int]:
    """An axis end with room for the value labels beyond the longest bar, and a round tick step."""
    rough = max(largest * 1.2, 1) / 4
    magnitude = 10 ** math.floor(math.log10(rough)) if rough >= 1 else 1
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= rough)
    return int(math.ceil(max(largest * 1.2, 1) / step) * step), int(step)


class BarChart(QWidget):
    """`show_counts(title, [(label, count), ...])`; the first item is drawn on top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: list[tuple[str, int]] = []
        self.title = ""
        self.current = 0  # the bar keyboard focus is on
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    # --- content

    def show_counts(self, title: str, items: list[tuple[str, int]]) -> None:
        self.title, self.counts = title, list(items)
        self.current = min(self.current, max(len(self.counts) - 1, 0))
        self.setAccessibleName(title)
        self._describe()
        self.setFixedHeight(self._height())
        self.update()

    def categories(self) -> list[str]:
        return [name for name, _ in self.counts]

    def bar_values(self) -> dict[str, int]:
        """What the bars show, by category (top first)."""
        return dict(self.counts)

    # --- geometry (also read by the tests: the label column holds every label line whole)

    def _fonts(self) -> tuple[QFont, QFont]:
        bold = QFont(self.font())
        bold.setBold(True)
        return self.font(), bold

    def _line(self) -> float:
        return QFontMetricsF(self.font()).height()

    def _row_height(self) -> float:
        most = max((len(wrap_lines(name)) for name, _ in self.counts), default=1)
        return self._line() * max(1.6, most + 0.5)

    def _height(self) -> int:
        line = self._line()
        if not self.counts:
            return int(line * 4)
        return int(line * 2.2 + self._row_height() * len(self.counts) + line * 2)

    def label_column(self) -> float:
        metrics = QFontMetricsF(self.font())
        widest = max(
            (metrics.horizontalAdvance(part) for name, _ in self.counts for part in wrap_lines(name)), default=0.0
        )
        return widest + metrics.horizontalAdvance("n") * 1.5

    def widest_label_line(self) -> float:
        metrics = QFontMetricsF(self.font())
        return max(
            (metrics.horizontalAdvance(part) for name, _ in self.counts for part in wrap_lines(name)), default=0.0
        )

    def bar_rects(self) -> list[QRectF]:
        """Each bar's rectangle, top first."""
        if not self.counts:
            return []
        line = self._line()
        left = self.label_column()
        top, _step = nice_axis(max(n for _, n in self.counts))
        plot = max(self.width() - left - line, line)
        row = self._row_height()
        y0 = line * 2.2
        return [
            QRectF(left, y0 + i * row + row * 0.15, plot * n / top, row * 0.7) for i, (_, n) in enumerate(self.counts)
        ]

    # --- drawing

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802  Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        normal, bold = self._fonts()
        text = self.palette().color(QPalette.ColorRole.WindowText)
        line = self._line()
        painter.setFont(bold)
        painter.setPen(text)
        painter.drawText(QRectF(0, 0, self.width(), line * 1.6), int(Qt.AlignmentFlag.AlignLeft), self.title)
        if not self.counts:
            return
        painter.setFont(normal)
        left = self.label_column()
        top, step = nice_axis(max(n for _, n in self.counts))
        rects = self.bar_rects()
        row = self._row_height()
        plot = max(self.width() - left - line, line)
        bottom = rects[-1].bottom() + row * 0.15
        grid = QColor(text)
        grid.setAlpha(40)
        for tick in range(0, top + 1, step):  # the value axis: light lines and their numbers
            x = left + plot * tick / top
            painter.setPen(grid)
            painter.drawLine(int(x), int(line * 2.2), int(x), int(bottom))
            painter.setPen(text)
            painter.drawText(
                QRectF(x - line * 3, bottom + line * 0.2, line * 6, line),
                int(Qt.AlignmentFlag.AlignHCenter),
                number(tick),
            )
        focused = self.hasFocus()
        for index, ((name, count), rect) in enumerate(zip(self.counts, rects, strict=True)):
            lines = wrap_lines(name)
            label_top = rect.center().y() - line * len(lines) / 2
            painter.setPen(text)
            for k, part in enumerate(lines):
                painter.drawText(
                    QRectF(0, label_top + k * line, left - line * 0.5, line),
                    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                    part,
                )
            colour = QColor(FOCUS_COLOUR if focused and index == self.current else BAR_COLOUR)
            painter.fillRect(rect, colour)
            painter.drawText(
                QRectF(rect.right() + line * 0.3, rect.top(), line * 6, rect.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                number(count),
            )
        if focused:
            painter.setPen(QColor(FOCUS_COLOUR))
            current = rects[self.current]
            painter.drawRect(QRectF(1, current.top() - row * 0.12, self.width() - 2, current.height() + row * 0.24))

    # --- keyboard and accessibility

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802  Qt override
        moves = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}
        if self.counts and event.key() in moves:
            self.current = max(0, min(len(self.counts) - 1, self.current + moves[Qt.Key(event.key())]))
        elif self.counts and event.key() in (Qt.Key.Key_Home, Qt.Key.Key_End):
            self.current = 0 if event.key() == Qt.Key.Key_Home else len(self.counts) - 1
        else:
            super().keyPressEvent(event)
            return
        self._describe()
        self.update()

    def _describe(self) -> None:
        if self.counts:
            name, count = self.counts[self.current]
            self.setAccessibleDescription(f"{name}: {count} ({self.current + 1}/{len(self.counts)})")
            self.setToolTip("\n".join(f"{n}: {c}" for n, c in self.counts))
        else:
            self.setAccessibleDescription("")

    def focusInEvent(self, event):  # type: ignore[no-untyped-def]  # noqa: N802  Qt override
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event):  # type: ignore[no-untyped-def]  # noqa: N802  Qt override
        super().focusOutEvent(event)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802  Qt override
        return QSize(int(self._line() * 30), self._height())


def number(value: object) -> str:
    """A count as the display language writes it (9.117 in Indonesian, 9,117 in English); "<5" as is."""
    return QLocale().toString(value) if isinstance(value, int) and not isinstance(value, bool) else str(value)
