"""One complaint with every field and its timeline, read-only; citizen text shown as plain text."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPlainTextEdit,
    QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from lapor_desk.domain.complaint import Complaint
from lapor_desk.services.complaints import EDITABLE
from ui import labels


def _plain(text: str) -> QLabel:
    label = QLabel(text or "—")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class ComplaintView(QDialog):
    edit_requested = Signal(int)

    def __init__(self, complaint: Complaint, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.complaint = complaint
        c = complaint
        t = self.tr
        self.setWindowTitle(t("Pengaduan {receipt}").format(receipt=c.receipt_number or t("(draf)")))
        self.resize(980, 720)
        date_fmt = "%d-%m-%Y %H:%M"

        summary = QGroupBox(t("Laporan"))
        form = QFormLayout(summary)
        rows = [
            (t("No. tanda terima"), c.receipt_number or t("(belum, masih draf)")),
            (t("Status"), labels.status_label(c.status)),
            (t("Jenis laporan"), labels.type_label(c.type) if c.type else ""),
            (t("Kanal"), labels.channel_label(c.channel) if c.channel else ""),
            (t("Diterima pada"), c.received_at.astimezone().strftime(date_fmt) if c.received_at else ""),
            (t("Judul"), c.title),
            (t("Tanggal kejadian"), c.incident_date.strftime("%d-%m-%Y") if c.incident_date else ""),
            (t("Lokasi kejadian"), c.location_text),
            (t("Kode wilayah"), " / ".join(x for x in (c.province_code, c.regency_code,
                                                      c.district_code, c.village_code) if x)),
            (t("Koordinat"), f"{c.latitude}, {c.longitude}" if c.latitude is not None else ""),
            (t("Kategori"), c.category_id),
            (t("Instansi tujuan"), c.agency_name or t("Belum diketahui")),
            (t("Anonim"), labels.yes_no(c.is_anonymous)),
            (t("Rahasia"), labels.yes_no(c.is_confidential)),
            (t("Revisi"), str(c.revision)),
        ]
        for label, value in rows:
            form.addRow(label, _plain(value))
        body = QPlainTextEdit(c.body)
        body.setReadOnly(True)
        body.setAccessibleName(t("Isi / kronologi"))
        form.addRow(t("Isi / kronologi"), body)

        reporter = QGroupBox(t("Pelapor"))
        rform = QFormLayout(reporter)
        for label, value in (
            (t("Nama"), c.reporter_name), (t("NIK"), c.reporter_nik), (t("Telepon"), c.reporter_phone),
            (t("Email"), c.reporter_email), (t("Alamat"), c.reporter_address),
            (t("Persetujuan data pribadi"), labels.yes_no(c.consent_personal)),
            (t("Jenis kelamin"), labels.sex_label(c.sex) if c.sex else ""),
            (t("Kelompok usia"), labels.age_band_label(c.age_band) if c.age_band else ""),
            (t("Disabilitas"), labels.disability_label(c.disability) if c.disability else ""),
            (t("Jenis disabilitas"), ", ".join(labels.disability_type_label(x) for x in c.disability_types)),
            (t("Kebutuhan aksesibilitas"), c.accessibility_need),
            (t("Datang dengan pendamping"), labels.yes_no(c.with_companion)),
            (t("Petugas"), f"{c.officer_name} {('(NIP ' + c.officer_nip + ')') if c.officer_nip else ''}"),
        ):
            rform.addRow(label, _plain(value))

        self.timeline = QTableWidget(len(c.events), 3)
        self.timeline.setHorizontalHeaderLabels([t("Waktu"), t("Peristiwa"), t("Oleh")])
        self.timeline.verticalHeader().hide()
        self.timeline.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.timeline.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.timeline.setWordWrap(True)
        self.timeline.setAccessibleName(t("Riwayat"))
        for row, event in enumerate(c.events):
            detail = event.detail.get("fields") if isinstance(event.detail, dict) else None
            what = labels.event_label(str(event.kind))
            if detail:
                what += ": " + ", ".join(str(f) for f in detail)  # type: ignore[union-attr]
            for col, text in enumerate((event.at.astimezone().strftime(date_fmt), what, event.actor)):
                self.timeline.setItem(row, col, QTableWidgetItem(text))
        self.timeline.resizeRowsToContents()
        timeline_box = QGroupBox(t("Riwayat"))
        QVBoxLayout(timeline_box).addWidget(self.timeline)

        buttons = QDialogButtonBox()
        close = buttons.addButton(t("&Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setShortcut("Esc")
        buttons.rejected.connect(self.reject)
        self.edit_button = QPushButton(t("&Ubah"))
        self.edit_button.setEnabled(c.status in EDITABLE)
        self.edit_button.clicked.connect(self._edit)
        buttons.addButton(self.edit_button, QDialogButtonBox.ButtonRole.ActionRole)

        columns = QHBoxLayout()
        columns.addWidget(summary, 3)
        right = QVBoxLayout()
        right.addWidget(reporter)
        right.addWidget(timeline_box, 1)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(buttons)

    def _edit(self) -> None:
        self.edit_requested.emit(self.complaint.id)
        self.accept()
