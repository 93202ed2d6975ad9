"""Every attempt to reach the central: when, what, the answer, how long, the server's request ID."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget


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
        self.retranslate()

    def retranslate(self) -> None:
        labels = [
            self.tr("Waktu"),
            self.tr("Permintaan"),
            self.tr("HTTP"),
            self.tr("Hasil"),
            self.tr("Jenis masalah"),
            self.tr("Lama (ms)"),
            self.tr("ID permintaan server"),
        ]
        if self.per_complaint:
            labels.insert(2, self.tr("Revisi"))
        self.setHorizontalHeaderLabels(labels)
        self.setAccessibleName(self.tr("Riwayat kirim ke pusat"))
        self.show_attempts(self.rows)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802  Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_attempts(self, rows: list[dict[str, Any]]) -> None:
        self.rows = rows
        self.setRowCount(len(rows))
        for r, attempt in enumerate(rows):
            at = attempt.get("at")
            when = at.astimezone().strftime("%d-%m-%Y %H:%M:%S") if isinstance(at, datetime) else ""
            problem = str(attempt.get("problem_type") or "").rsplit("/", 1)[-1]
            outcome = str(attempt.get("result") or attempt.get("outcome") or "")
            values = [
                when,
                str(attempt.get("request", "")),
                str(attempt.get("http_status") or "—"),
                outcome,
                problem or str(attempt.get("message") or "")[:80],
                str(attempt.get("duration_ms", "")),
                str(attempt.get("request_id") or ""),
            ]
            if self.per_complaint:
                values.insert(2, str(attempt.get("revision", "")))
            for c, text in enumerate(values):
                self.setItem(r, c, QTableWidgetItem(text))  # plain text, never markup
