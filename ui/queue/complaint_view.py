"""One complaint with every field and its timeline, read-only; citizen text shown as plain text."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lapor_desk.complaint_summary import ComplaintSummary, summarise
from lapor_desk.domain.complaint import Complaint
from lapor_desk.domain.enums import EDITABLE_STATUSES, Status
from lapor_desk.domain.queue import Deadline, DeadlineState
from lapor_desk.i18n import translate
from ui.common import labels, style
from ui.common.labels import deadline_long
from ui.intake.attachments_panel import human_size
from ui.sync.sync_history import AttemptTable


def _plain(text: str) -> QLabel:
    label = QLabel(text or "—")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class ComplaintView(QDialog):
    edit_requested = Signal(int)
    receipt_requested = Signal(int, str)  # id, "print" | "pdf"
    reply_requested = Signal(int)
    supplement_requested = Signal(int)  # Tambah keterangan: new information on a locked complaint

    def __init__(
        self,
        complaint: Complaint,
        parent: QWidget | None = None,
        attachment_problems: dict[str, str | None] | None = None,
        language: str = "id",
        attempts: list[dict[str, object]] | None = None,
        *,
        deadline: Deadline | None = None,
        summary: ComplaintSummary | None = None,
    ) -> None:
        super().__init__(parent)
        self.complaint = complaint
        problems = attachment_problems or {}
        c = complaint
        said = summary or summarise(c, None, None)  # names when the caller has the directories, else codes
        self.setWindowTitle(self.tr("Pengaduan {receipt}").format(receipt=c.receipt_number or self.tr("(draf)")))
        date_fmt = "%d-%m-%Y %H:%M"

        # At a glance, for the clerk who answers a citizen's phone call: where the case stands,
        # what is due next, the central's latest word and who has it.
        glance = QGroupBox(self.tr("Sekilas"))
        gform = QFormLayout(glance)
        status_text = self.tr("Data latihan (tidak dikirim)") if c.is_demo else labels.status_label(c.status)
        gform.addRow(self.tr("Status"), _plain(status_text))
        self.deadline_label: QLabel | None = None
        if deadline is not None:
            self.deadline_label = self._deadline_label(deadline)
            gform.addRow(self.tr("Tenggat berikutnya"), self.deadline_label)
        latest = said.latest_follow_up
        self.follow_up_label = _plain(
            self.tr("{when} — {text}").format(
                when=latest.at.astimezone().strftime(date_fmt), text=str(latest.detail.get("text") or "")
            )
            if latest is not None
            else self.tr("Belum ada tindak lanjut dari pusat")
        )
        self.follow_up_label.setAccessibleName(self.tr("Tindak lanjut terakhir"))
        gform.addRow(self.tr("Tindak lanjut terakhir"), self.follow_up_label)
        if not said.agency:
            agency_text = self.tr("Belum diketahui")
        elif said.agency_from_central:
            agency_text = self.tr("{agency} (diteruskan oleh pusat)").format(agency=said.agency)
        else:
            agency_text = said.agency
        self.agency_label = _plain(agency_text)
        self.agency_label.setAccessibleName(self.tr("Instansi tujuan"))
        gform.addRow(self.tr("Instansi tujuan"), self.agency_label)

        report_box = QGroupBox(self.tr("Laporan"))
        form = QFormLayout(report_box)
        rows = [
            (self.tr("No. tanda terima"), c.receipt_number or self.tr("(belum, masih draf)")),
            (self.tr("Status"), status_text),
            (self.tr("Jenis laporan"), labels.type_label(c.type) if c.type else ""),
            (self.tr("Kanal"), labels.channel_label(c.channel) if c.channel else ""),
            (self.tr("Diterima pada"), c.received_at.astimezone().strftime(date_fmt) if c.received_at else ""),
            (self.tr("Judul"), c.title),
            (self.tr("Tanggal kejadian"), c.incident_date.strftime("%d-%m-%Y") if c.incident_date else ""),
            (self.tr("Lokasi kejadian"), c.location_text),
            (self.tr("Wilayah"), said.region),
            (self.tr("Koordinat"), f"{c.latitude}, {c.longitude}" if c.latitude is not None else ""),
            (self.tr("Kategori"), said.topic),
            (self.tr("Anonim"), labels.yes_no(c.is_anonymous)),
            (self.tr("Rahasia"), labels.yes_no(c.is_confidential)),
            (self.tr("Revisi"), str(c.revision)),
            (self.tr("Nomor LAPOR!"), c.tracking_id or self.tr("Belum (menunggu kirim ke pusat)")),
        ]
        if c.duplicate_of_id is not None:
            rows.append((self.tr("Duplikat dari"), f"#{c.duplicate_of_id}"))
        for label, value in rows:
            form.addRow(label, _plain(value))
        region_row = rows.index((self.tr("Wilayah"), said.region))
        region_item = form.itemAt(region_row, QFormLayout.ItemRole.FieldRole)
        assert region_item is not None
        self.region_label = cast(QLabel, region_item.widget())
        self.region_label.setToolTip(  # the codes stay one hover away, for the central's forms
            " / ".join(x for x in (c.province_code, c.regency_code, c.district_code, c.village_code) if x)
        )
        body = QPlainTextEdit(c.body)
        body.setReadOnly(True)
        body.setAccessibleName(self.tr("Isi / kronologi"))
        form.addRow(self.tr("Isi / kronologi"), body)

        reporter = QGroupBox(self.tr("Pelapor"))
        rform = QFormLayout(reporter)
        for label, value in (
            (self.tr("Nama"), c.reporter_name),
            (self.tr("NIK"), c.reporter_nik),
            (self.tr("Telepon"), c.reporter_phone),
            (self.tr("Email"), c.reporter_email),
            (self.tr("Alamat"), c.reporter_address),
            (self.tr("Persetujuan data pribadi"), labels.yes_no(c.consent_personal)),
            (self.tr("Jenis kelamin"), labels.sex_label(c.sex) if c.sex else ""),
            (self.tr("Kelompok usia"), labels.age_band_label(c.age_band) if c.age_band else ""),
            (self.tr("Disabilitas"), labels.disability_label(c.disability) if c.disability else ""),
            (self.tr("Jenis disabilitas"), ", ".join(labels.disability_type_label(x) for x in c.disability_types)),
            (self.tr("Kebutuhan aksesibilitas"), c.accessibility_need),
            (self.tr("Datang dengan pendamping"), labels.yes_no(c.with_companion)),
            (self.tr("Petugas"), f"{c.officer_name} {('(NIP ' + c.officer_nip + ')') if c.officer_nip else ''}"),
        ):
            rform.addRow(label, _plain(value))

        self.timeline = QTableWidget(len(c.events), 3)
        self.timeline.setHorizontalHeaderLabels([self.tr("Waktu"), self.tr("Peristiwa"), self.tr("Oleh")])
        self.timeline.verticalHeader().hide()
        self.timeline.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.timeline.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.timeline.setMinimumHeight(120)
        self.timeline.setWordWrap(True)
        self.timeline.setAccessibleName(self.tr("Riwayat"))
        for row, event in enumerate(c.events):
            fields = event.detail.get("fields")
            what = labels.event_label(str(event.kind))
            if isinstance(fields, list) and fields:
                what += ": " + ", ".join(str(f) for f in fields)
            if str(event.kind).startswith("central_"):
                status = str(event.detail.get("status") or "")
                if status in {s.value for s in Status}:
                    what += ": " + labels.status_label(status)
                for key in ("agency", "text"):
                    if event.detail.get(key):
                        what += " — " + str(event.detail[key])
            elif event.kind == "synced" and event.detail.get("tracking_id"):
                what += " " + self.tr("(nomor LAPOR! {tracking})").format(tracking=event.detail["tracking_id"])
            if event.kind == "reporter_reply":
                if event.detail.get("supplement"):
                    what += " " + self.tr("(keterangan tambahan)")
                what += ": " + str(event.detail.get("text") or "")
                if event.detail.get("rating"):
                    what += " " + self.tr("(kepuasan {rating}/5)").format(rating=event.detail["rating"])
            for col, text in enumerate((event.at.astimezone().strftime(date_fmt), what, event.actor)):
                self.timeline.setItem(row, col, QTableWidgetItem(text))
        self.timeline.resizeRowsToContents()
        self.attachments = QListWidget()
        self.attachments.setAccessibleName(self.tr("Lampiran"))
        for a in c.attachments:
            problem = problems.get(a.sha256)
            line = f"{a.filename} ({human_size(a.size)})"
            if problem:
                line += " — " + translate(problem, language)  # flagged, never dropped silently
            self.attachments.addItem(line)
        if not c.attachments:
            self.attachments.addItem(self.tr("Tidak ada lampiran"))
        self.attachments.setMaximumHeight(90)
        rform.addRow(self.tr("Lampiran"), self.attachments)

        timeline_box = QGroupBox(self.tr("Riwayat"))
        QVBoxLayout(timeline_box).addWidget(self.timeline)

        # Two rows: the complaint's work above, its receipt and Tutup below; in one row the six
        # buttons were ~1550 px wide at 200% font, off a 1366 screen.
        work, buttons = QDialogButtonBox(), QDialogButtonBox()
        close = buttons.addButton(self.tr("&Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setShortcut("Esc")
        buttons.rejected.connect(self.reject)
        self.edit_button = QPushButton(self.tr("&Ubah"))
        self.edit_button.setEnabled(c.status in EDITABLE_STATUSES)
        self.edit_button.clicked.connect(self._edit)
        work.addButton(self.edit_button, QDialogButtonBox.ButtonRole.ActionRole)
        has_receipt = c.receipt_number is not None
        self.print_button = QPushButton(self.tr("Cetak ulang tan&da terima"))
        self.pdf_button = QPushButton(self.tr("Simpan tanda terima (&PDF)"))
        self.reply_button = QPushButton(self.tr("&Catat tanggapan pelapor"))
        # Locked at the central (verified and later): read-only here, with the reason, and new
        # information from the citizen goes as a supplement (a reply to the central).
        self.locked = c.receipt_number is not None and c.status not in EDITABLE_STATUSES
        self.locked_note = QLabel(
            self.tr(
                "Pusat sudah memproses pengaduan ini ({status}); perubahan dari meja tidak diterima lagi. "
                "Keterangan baru dari pelapor dikirim sebagai keterangan tambahan."
            ).format(status=status_text)
        )
        self.locked_note.setWordWrap(True)
        self.locked_note.setVisible(self.locked)
        self.supplement_button = QPushButton(self.tr("Tambah &keterangan"))
        self.supplement_button.setVisible(self.locked)
        self.supplement_button.clicked.connect(lambda: self.supplement_requested.emit(c.id))
        work.addButton(self.supplement_button, QDialogButtonBox.ButtonRole.ActionRole)
        for button, handler in (
            (self.print_button, lambda: self.receipt_requested.emit(c.id, "print")),
            (self.pdf_button, lambda: self.receipt_requested.emit(c.id, "pdf")),
            (self.reply_button, lambda: self.reply_requested.emit(c.id)),
        ):
            button.setEnabled(has_receipt)
            button.clicked.connect(handler)
            (work if button is self.reply_button else buttons).addButton(button, QDialogButtonBox.ButtonRole.ActionRole)

        self.attempts = AttemptTable(per_complaint=True)
        self.attempts.show_attempts(list(attempts or []))  # type: ignore[arg-type]
        self.attempts.setMinimumHeight(self.fontMetrics().height() * 6)
        attempts_box = QGroupBox(self.tr("Riwayat kirim ke pusat"))
        QVBoxLayout(attempts_box).addWidget(self.attempts)

        body_widget = QWidget()
        # Side by side when both fit the width, one above the other when not (200 % font on a
        # 1366-wide screen scrolled sideways and cut the wrapped values): see resizeEvent.
        columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        columns.addWidget(report_box, 3)
        columns.addWidget(reporter, 2)
        self.columns, self.column_boxes = columns, (report_box, reporter)
        inner = QVBoxLayout(body_widget)
        inner.addWidget(self.locked_note)
        inner.addWidget(glance)
        inner.addLayout(columns, 3)
        inner.addWidget(timeline_box, 1)  # full width, so event texts are not cut short
        inner.addWidget(attempts_box)
        scroll = QScrollArea()  # large fonts or long texts scroll instead of being cut off
        self.scroll_area = scroll
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body_widget)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(work)
        layout.addWidget(buttons)
        room = (parent or self).screen().availableGeometry().size()
        self.resize(self.preferred_size().boundedTo(room))  # the opener places it (place_dialog)

    def preferred_size(self) -> QSize:
        """In text units, so it grows with the font; the opener keeps it within the screen
        (ui.shell.geometry.place_dialog) or uses the size the clerk last left a view at."""
        metrics = self.fontMetrics()
        return QSize(metrics.averageCharWidth() * 150, metrics.height() * 52)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802  Qt override
        super().resizeEvent(event)
        self.arrange_columns()

    def arrange_columns(self) -> None:
        side_by_side = sum(box.minimumSizeHint().width() for box in self.column_boxes) + self.columns.spacing()
        room = self.scroll_area.viewport().width() - 2 * self.style().pixelMetric(
            QStyle.PixelMetric.PM_LayoutLeftMargin
        )
        wanted = QBoxLayout.Direction.LeftToRight if side_by_side <= room else QBoxLayout.Direction.TopToBottom
        if self.columns.direction() != wanted:
            self.columns.setDirection(wanted)

    def _deadline_label(self, deadline: Deadline) -> QLabel:
        """The next deadline in words; overdue and due-soon also in colour (never colour alone)."""
        label = _plain(deadline_long(deadline))
        label.setAccessibleName(self.tr("Tenggat berikutnya"))
        if deadline.state is DeadlineState.OVERDUE:
            style.set_text_colour(label, style.ERROR)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        elif deadline.state is DeadlineState.DUE_SOON:
            style.set_text_colour(label, style.WARNING)
        return label

    def _edit(self) -> None:
        self.edit_requested.emit(self.complaint.id)
        self.accept()
