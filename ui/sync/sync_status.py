"""The status-bar widget of the sync: online or not, what waits and since when, last sync, clock."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QStyle, QToolButton, QWidget

from lapor_desk.sync.events import CentralReconciled, SyncStatus, TransferProgress
from lapor_desk.sync.service import CLOCK_WARN_S


class ElidedLabel(QLabel):
    """A label that gives way when the status bar is short of room: its text is cut with
    "…" to the width it gets instead of pushing other widgets out; the tooltip keeps it all.
    (Plain QLabel underneath: no size-hint or paint overrides.)"""

    def __init__(self, parent: QWidget | None = None, *, whole: bool = False) -> None:
        super().__init__(parent)
        self._full = ""
        self.whole = whole  # a short text that must never be cut: as wide as it needs
        if whole:
            self.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        else:
            self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            self.setMinimumWidth(QFontMetrics(self.font()).horizontalAdvance("M") * 4)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        if text != self._full:
            self._full = text
            self.setToolTip(text)
            self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802  Qt override
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        if self.whole:
            self.setText(self._full)
            return
        # QFontMetrics(font), not self.fontMetrics(): with PySide6 6.12 the latter, called
        # often, ends in "none_dealloc" aborts (seen in benchmarks/sync_push.py).
        self.setText(
            QFontMetrics(self.font()).elidedText(self._full, Qt.TextElideMode.ElideRight, max(0, self.width() - 2))
        )


class SyncStatusWidget(QWidget):
    sync_requested = Signal()
    retranslated = Signal()  # the language changed: owners of related texts redo theirs

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status: SyncStatus | None = None
        self.transfer: TransferProgress | None = None  # file bytes of the cycle under way
        self.summary = ElidedLabel()  # online, waiting and the oldest, last sync: one line
        self.clock_label = ElidedLabel(whole=True)  # short, and never cut: the summary gives way
        self.clock_label.setStyleSheet("color: #9a3412; font-weight: bold;")
        self.clock_label.hide()
        # The central was restored or replaced and the desk repaired its queue: said until restart.
        self.reconcile_label = ElidedLabel()
        self.reconcile_label.setStyleSheet("color: #9a3412;")
        self.reconcile_label.hide()
        self.reconciled: CentralReconciled | None = None
        self.sync_button = QToolButton()  # an icon: the text is in its tooltip and the menu
        self.sync_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload))
        self.sync_button.setAutoRaise(True)
        self.sync_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # F5 is the keyboard way
        self.sync_button.clicked.connect(self.sync_requested)
        # A line between the signed-in name (or the desk) on its left and the sync's state: without
        # it "Siti Rahmawati ⟳ Menyinkronkan…" read as one run of text at 200 %.
        self.separator = QFrame()
        self.separator.setFrameShape(QFrame.Shape.VLine)
        self.separator.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.separator)
        layout.addWidget(self.summary, 3)
        layout.addWidget(self.clock_label)  # as wide as its (short) warning: never cut
        layout.addWidget(self.reconcile_label, 2)
        layout.addWidget(self.sync_button)
        # Ages ("3 menit lalu") move on without new data: redraw from what is known.
        self._ticker = QTimer(self)
        self._ticker.setInterval(30_000)
        self._ticker.timeout.connect(self._render)
        self._ticker.start()
        self._render()

    def show_reconciled(self, event: CentralReconciled) -> None:
        self.reconciled = event
        self._render()

    def show_status(self, status: SyncStatus) -> None:
        self.status = status
        if not status.running:
            self.transfer = None
        self._render()

    def show_transfer(self, progress: TransferProgress) -> None:
        """Bytes of files sent and still to send: on a slow link the clerk sees it move."""
        self.transfer = progress
        self._render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802  Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
            self.retranslated.emit()
        super().changeEvent(event)

    def _render(self) -> None:
        s = self.status
        self.sync_button.setToolTip(
            self.tr("Sinkronkan sekarang") + " — " + self.tr("Kirim antrean ke pusat dan ambil pembaruan (F5)")
        )
        self._render_reconciled()
        if s is None or not s.configured:
            waiting = self.tr("Menunggu: {count}").format(count=s.waiting if s else 0)
            self.summary.set_full_text(self.tr("Belum terdaftar ke pusat") + " · " + waiting)
            self.clock_label.hide()
            return
        if s.registration_problem:
            online = self.tr("⚠ Pendaftaran meja perlu diperiksa")
        elif s.running:
            online = self.tr("⟳ Menyinkronkan…")
        elif s.online is None:
            online = self.tr("○ Belum dicek")
        elif s.online:
            online = self.tr("● Daring")
        else:
            online = self.tr("○ Luring")
        # What matters first (what was refused, which asks for a person; then the queue), said
        # short; the rest after, where the status bar may cut it at 200 % (the whole line is the
        # tooltip). On Xvfb at 200 % in a window not maximised, "Perlu perhatian: 2" after the
        # queue was cut to "Perlu perhatian: …".
        parts = [online]
        if s.needs_fix:
            parts.append(self.tr("Perlu perhatian: {count}").format(count=s.needs_fix))
        if s.waiting and s.oldest_queued_at is not None:
            parts.append(
                self.tr("{count} antre, terlama {age}").format(
                    count=s.waiting, age=self._age(s.oldest_queued_at, short=True)
                )
            )
        else:
            parts.append(self.tr("Menunggu: {count}").format(count=s.waiting))
        if s.last_sync_at is None:
            parts.append(self.tr("Belum pernah sinkron"))
        else:
            parts.append(self.tr("Sinkron terakhir {age}").format(age=self._age(s.last_sync_at)))
        if s.running and self.transfer is not None:
            parts.append(
                self.tr("berkas: {sent} terkirim, {left} lagi").format(
                    sent=_size(self.transfer.sent_bytes), left=_size(self.transfer.remaining_bytes)
                )
            )
        self.summary.set_full_text(" · ".join(parts))
        if s.clock_offset_s is not None and abs(s.clock_offset_s) > CLOCK_WARN_S:
            minutes = round(abs(s.clock_offset_s) / 60)
            short = self.tr("⚠ Jam selisih {minutes} menit")  # which way: the tooltip
            whole = (
                self.tr("Jam komputer {minutes} menit lebih cepat dari pusat")
                if s.clock_offset_s < 0
                else self.tr("Jam komputer {minutes} menit lebih lambat dari pusat")
            )
            self.clock_label.set_full_text(short.format(minutes=minutes))
            self.clock_label.setToolTip(whole.format(minutes=minutes))
            self.clock_label.show()
        else:
            self.clock_label.hide()

    def _render_reconciled(self) -> None:
        r = self.reconciled
        if r is None:
            self.reconcile_label.hide()
            return
        short = self.tr("⚠ Pusat dipulihkan/diganti: {requeued} dikirim ulang, {retracked} nomor LAPOR! baru").format(
            requeued=r.requeued, retracked=r.retracked
        )
        self.reconcile_label.set_full_text(short)
        self.reconcile_label.setToolTip(
            self.tr(
                "Basis data pusat berganti. {checked} pengaduan diperiksa: {confirmed} cocok, {requeued} hilang di "
                "pusat dan dikirim ulang (nomor LAPOR! lamanya tidak dipakai lagi), {retracked} mendapat nomor LAPOR! "
                "baru, {resent} dilengkapi lagi."
            ).format(
                checked=r.checked, confirmed=r.confirmed, requeued=r.requeued, retracked=r.retracked, resent=r.resent
            )
        )
        self.reconcile_label.show()

    def _age(self, when: datetime, short: bool = False) -> str:
        """ "2 jam lalu"; `short`: "2 jam" (after "terlama", where "lalu" says nothing more)."""
        seconds = max(0, int((datetime.now(UTC) - when).total_seconds()))
        if seconds < 60:
            return self.tr("baru saja")
        if short:
            if seconds < 3600:
                return self.tr("{n} menit").format(n=seconds // 60)
            if seconds < 86400:
                return self.tr("{n} jam").format(n=seconds // 3600)
            return self.tr("{n} hari").format(n=seconds // 86400)
        if seconds < 3600:
            return self.tr("{n} menit lalu").format(n=seconds // 60)
        if seconds < 86400:
            return self.tr("{n} jam lalu").format(n=seconds // 3600)
        return self.tr("{n} hari lalu").format(n=seconds // 86400)


def _size(n: int) -> str:
    """Bytes for people: KB below a megabyte, MB with one decimal above."""
    if n < 1024 * 1024:
        return f"{max(0, n) // 1024} KB"
    return f"{QLocale().toString(n / (1024 * 1024), 'f', 1)} MB"  # "3,3 MB" in Indonesian, as the dashboard
