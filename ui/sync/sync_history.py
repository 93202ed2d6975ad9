"""Every attempt to reach the central: when, what, the answer, how long, the server's request ID.

In words (lapor_desk/sync/words.py): "Kirim 20 pengaduan — Gagal sementara — Tidak tersambung
ke pusat". The technical record (request line, problem type, message) is one step away: in each
row's tooltip, and in full on a double-click or Enter."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from lapor_desk.sync.words import attempt_words
from ui.common.i18n import shown_language


class AttemptTable(QTableWidget):
    """A bounded list of attempts (newest first); used as the sync panel and in a complaint's view."""

    def __init__(self, *, per_complaint: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(0, 8 if per_complaint else 7, parent)
        self.per_complaint = per_complaint
        self.rows: list[dict[str, Any]] = []
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        # Long words wrap in their cell rather than widening it: the reason a send failed stays
        # in sight on a 1366-wide screen at 200 % font, in either language.
        self.setWordWrap(True)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._cap_columns()
        self.details: QMessageBox | None = None
        self.doubleClicked.connect(self.show_details)
        self.retranslate()

    def retranslate(self) -> None:
        # The words first (what, the result, why): in sight at 200 % font on a 1366-wide
        # screen; the technical columns after them, for IT staff.
        labels = [
            self.tr("Waktu"),
            self.tr("Permintaan"),
            self.tr("Hasil"),
            self.tr("Keterangan"),
            self.tr("HTTP"),
            self.tr("Lama (ms)"),
            self.tr("ID permintaan server"),
        ]
        if self.per_complaint:
            labels.insert(2, self.tr("Revisi"))
        self.setHorizontalHeaderLabels(labels)
        self.setAccessibleName(self.tr("Riwayat kirim ke pusat"))
        self.show_attempts(self.rows)

    def _cap_columns(self) -> None:
        self.horizontalHeader().setMaximumSectionSize(self.fontMetrics().horizontalAdvance("n") * 22)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802  Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._cap_columns()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802  Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            self.show_details(self.currentIndex())
            return
        super().keyPressEvent(event)

    def technical(self, row: int) -> str:
        """The attempt as the log keeps it, for IT staff and the central's support."""
        attempt = self.rows[row]
        lines = [
            self.tr("Permintaan: {request}").format(request=attempt.get("request", "")),
            self.tr("HTTP: {status}").format(status=attempt.get("http_status") or "—"),
            self.tr("Hasil (kode): {outcome}").format(outcome=attempt.get("result") or attempt.get("outcome") or ""),
            self.tr("Jenis masalah: {problem}").format(problem=attempt.get("problem_type") or "—"),
            self.tr("Pesan: {message}").format(message=attempt.get("message") or "—"),
            self.tr("Lama: {ms} ms").format(ms=attempt.get("duration_ms", "")),
            self.tr("ID permintaan server: {rid}").format(rid=attempt.get("request_id") or "—"),
        ]
        return "\n".join(lines)

    def show_details(self, index: QModelIndex) -> None:
        if not index.isValid() or index.row() >= len(self.rows):
            return
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Rincian teknis"), self.technical(index.row()), parent=self
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = box
        box.open()

    def show_attempts(self, rows: list[dict[str, Any]]) -> None:
        self.rows = rows
        self.setRowCount(len(rows))
        for r, attempt in enumerate(rows):
            at = attempt.get("at")
            when = at.astimezone().strftime("%d-%m-%Y %H:%M:%S") if isinstance(at, datetime) else ""
            status = attempt.get("http_status")
            words = attempt_words(
                str(attempt.get("request", "")),
                str(attempt.get("outcome") or ""),
                status if isinstance(status, int) else None,
                str(attempt.get("problem_type") or ""),
                shown_language(),
                item_result=str(attempt.get("result") or ""),
                item_results=attempt.get("item_results"),  # a batch's refusals are said, not "Berhasil"
            )
            duration = attempt.get("duration_ms")
            values = [
                when,
                words.what,
                words.result,
                words.why,
                str(status or "—"),
                QLocale().toString(duration) if isinstance(duration, int) else "",
                str(attempt.get("request_id") or ""),
            ]
            if self.per_complaint:
                values.insert(2, str(attempt.get("revision", "")))
            tip = self.technical(r)
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)  # plain text, never markup
                item.setToolTip(tip)
                self.setItem(r, c, item)
