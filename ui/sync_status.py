"""The status-bar widget of the sync: online or not, what waits and since when, last sync, clock."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QStyle, QToolButton, QWidget

from lapor_desk.sync.events import SyncStatus
from lapor_desk.sync.service import CLOCK_WARN_S


class ElidedText(QWidget):
    """One line of text that gives way when the status bar is short of room: it is cut
    with "…" rather than pushing other widgets out, and the tooltip keeps all of it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:  # noqa: N802  reads like QLabel's
        if text != self._text:
            self._text = text
            self.setToolTip(text)
            self.updateGeometry()
            self.update()

    def sizeHint(self) -> QSize:  # noqa: N802  Qt override
        fm = self.fontMetrics()
        return QSize(fm.horizontalAdvance(self._text) + 8, fm.height() + 4)

    def minimumSizeHint(self) -> QSize:  # noqa: N802  Qt override
        fm = self.fontMetrics()
        return QSize(min(self.sizeHint().width(), fm.horizontalAdvance("M") * 6), fm.height() + 4)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802  Qt override
        painter = QPainter(self)
        shown = self.fontMetrics().elidedText(self._text, Qt.TextElideMode.ElideRight, self.width() - 4)
        painter.drawText(self.rect().adjusted(2, 0, -2, 0),
                         int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), shown)


class SyncStatusWidget(QWidget):
    sync_requested = Signal()
    retranslated = Signal()  # the language changed: owners of related texts redo theirs

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status: SyncStatus | None = None
        self.online_label = ElidedText()
        self.queue_label = ElidedText()
        self.last_label = ElidedText()
        self.clock_label = ElidedText()
        self.clock_label.setStyleSheet("color: #9a3412; font-weight: bold;")
        self.clock_label.hide()
        self.sync_button = QToolButton()  # an icon: the text is in its tooltip and the menu
        self.sync_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload))
        self.sync_button.setAutoRaise(True)
        self.sync_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # F5 is the keyboard way
        self.sync_button.clicked.connect(self.sync_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.online_label, self.queue_label, self.last_label, self.clock_label, self.sync_button):
            layout.addWidget(w)
        # Ages ("3 menit lalu") move on without new data: redraw from what is known.
        self._ticker = QTimer(self)
        self._ticker.setInterval(30_000)
        self._ticker.timeout.connect(self._render)
        self._ticker.start()
        self._render()

    def show_status(self, status: SyncStatus) -> None:
        self.status = status
        self._render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802  Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
            self.retranslated.emit()
        super().changeEvent(event)

    def _render(self) -> None:
        s = self.status
        self.sync_button.setToolTip(self.tr("Sinkronkan sekarang") + " — "
                                    + self.tr("Kirim antrean ke pusat dan ambil pembaruan (F5)"))
        if s is None or not s.configured:
            self.online_label.setText(self.tr("Belum terdaftar ke pusat"))
            self.queue_label.setText(self.tr("Menunggu: {count}").format(count=s.waiting if s else 0))
            self.last_label.setText("")
            self.clock_label.hide()
            return
        if s.registration_problem:
            self.online_label.setText(self.tr("⚠ Pendaftaran meja perlu diperiksa"))
        elif s.running:
            self.online_label.setText(self.tr("⟳ Menyinkronkan…"))
        elif s.online is None:
            self.online_label.setText(self.tr("○ Belum dicek"))
        elif s.online:
            self.online_label.setText(self.tr("● Daring"))
        else:
            self.online_label.setText(self.tr("○ Luring"))
        queue = self.tr("Menunggu: {count}").format(count=s.waiting)
        if s.waiting and s.oldest_queued_at is not None:
            queue += " " + self.tr("(terlama {age})").format(age=self._age(s.oldest_queued_at))
        if s.needs_fix:
            queue += " · " + self.tr("Perlu perhatian: {count}").format(count=s.needs_fix)
        self.queue_label.setText(queue)
        if s.last_sync_at is None:
            self.last_label.setText(self.tr("Belum pernah sinkron"))
        else:
            self.last_label.setText(self.tr("Sinkron terakhir {age}").format(age=self._age(s.last_sync_at)))
        if s.clock_offset_s is not None and abs(s.clock_offset_s) > CLOCK_WARN_S:
            minutes = round(abs(s.clock_offset_s) / 60)
            text = (self.tr("Jam komputer {minutes} menit lebih cepat dari pusat") if s.clock_offset_s < 0
                    else self.tr("Jam komputer {minutes} menit lebih lambat dari pusat"))
            self.clock_label.setText("⚠ " + text.format(minutes=minutes))
            self.clock_label.show()
        else:
            self.clock_label.hide()

    def _age(self, when: datetime) -> str:
        seconds = max(0, int((datetime.now(UTC) - when).total_seconds()))
        if seconds < 60:
            return self.tr("baru saja")
        if seconds < 3600:
            return self.tr("{n} menit lalu").format(n=seconds // 60)
        if seconds < 86400:
            return self.tr("{n} jam lalu").format(n=seconds // 3600)
        return self.tr("{n} hari lalu").format(n=seconds // 86400)
