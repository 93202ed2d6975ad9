"""Issue 5 end to end: a walk-in with a letter and photos, a duplicate warning, a receipt PDF whose
text and QR code are read back, and a phone call a week later finding the complaint and recording a reply."""

from __future__ import annotations

import subprocess
from datetime import datetime
from pathlib import Path

import pypdf
import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import Qt

from lapor_desk.domain.enums import Channel, ReportType
from ui.shell.main_window import MainWindow

from factories import walk_in

PDF_BYTES = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
PNG_BYTES = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def pdf_text(path: Path) -> str:
    return " ".join(pypdf.PdfReader(path).pages[0].extract_text().split())


def qr_codes(path: Path, tmp: Path) -> list[str]:
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", str(path), str(tmp / "page")], check=True)
    return [b.text for b in zxingcpp.read_barcodes(Image.open(tmp / "page.png"))]


@pytest.fixture
def ready(window: MainWindow, qtbot) -> MainWindow:
    qtbot.waitUntil(lambda: window.intake.region_fields[0].directory is not None, timeout=10_000)
    return window


def test_walk_in_with_attachments_duplicate_receipt_and_return_call(ready: MainWindow, qtbot, tmp_path: Path) -> None:
    window, form = ready, ready.intake
    desk = window.desk
    assert desk is not None
    earlier = desk.complaints.record(
        walk_in(
            title="Jalan desa rusak di Cileunyi Kulon",
            reporter_nik="3204055203900003",
            reporter_phone="0813 2222 1111",
            received_at=datetime.now().astimezone(),
        )
    ).complaint

    w = form.editors
    w["type"].set_value(ReportType.PENGADUAN)
    w["channel"].set_value(Channel.WALK_IN)
    w["title"].setText("Jalan rusak berlubang di Cileunyi Kulon")
    w["body"].setPlainText("Jalan utama desa berlubang besar sejak musim hujan, membahayakan pengendara motor.")
    w["incident_date"].setText("02-11-2026")
    w["location_text"].setText("Jl. Cileunyi Kulon, depan SD")
    village = w["village_code"]
    village.setFocus()
    qtbot.keyClicks(village, "cileunyi kul")
    qtbot.waitUntil(village.completer_.popup().isVisible)
    qtbot.keyClick(village.completer_.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(village.completer_.popup(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w["province_code"].code() == "32")
    w["reporter_name"].setText("Dewi Lestari")
    w["reporter_phone"].setText("0813 2222 1111")
    w["consent_personal"].setChecked(True)
    nik = w["reporter_nik"]
    nik.setFocus()
    qtbot.keyClicks(nik, "3204055203900003")
    qtbot.keyClick(nik, Qt.Key.Key_Tab)  # leaving the NIK asks for likely duplicates
    qtbot.waitUntil(lambda: bool(form.duplicates.candidates))
    assert form.duplicates.isVisible()
    assert form.duplicates.candidates[0].id == earlier.id
    assert "NIK sama" in form.duplicates.list.item(0).text()
    form.duplicates.mark_button.click()
    assert form.duplicates.duplicate_of == earlier.id

    letter = tmp_path / "surat-warga.pdf"
    letter.write_bytes(PDF_BYTES)
    photo = tmp_path / "foto-jalan.png"
    photo.write_bytes(PNG_BYTES)
    renamed = tmp_path / "bukan-pdf.pdf"
    renamed.write_bytes(b"MZ\x90\x00" + b"\x00" * 200)  # a program renamed to look like a PDF
    form.attachments.add_paths([letter, photo, renamed])
    qtbot.waitUntil(lambda: form.attachments.pending == 0)
    assert [a.filename for a in sorted(form.attachments.attachments, key=lambda a: a.filename)] == [
        "foto-jalan.png",
        "surat-warga.pdf",
    ]
    assert "bukan-pdf.pdf" in form.attachments.message.text()

    with qtbot.waitSignal(form.recorded, timeout=10_000) as recorded:
        form.record()
    complaint_id, receipt_number = recorded.args
    stored = desk.complaints.get(complaint_id)
    assert len(stored.attachments) == 2 and stored.duplicate_of_id == earlier.id
    assert (stored.province_code, stored.village_code) == ("32", "32.04.05.2001")

    pdf = tmp_path / "tanda-terima.pdf"
    window.receipts.ask_path = lambda _name: pdf
    with qtbot.waitSignal(window.receipts.saved, timeout=10_000):
        form.pdf_button.click()
    text = pdf_text(pdf)
    for expected in (
        receipt_number,
        "TANDA TERIMA PENGADUAN",
        "Dewi Lestari",
        "Jumlah lampiran 2",
        "Tatap muka",
        "hari kerja",
        "Jalan rusak berlubang di Cileunyi Kulon",
    ):
        assert expected in text, expected
    assert "SALINAN" not in text
    assert qr_codes(pdf, tmp_path) == [receipt_number]

    # No printer on this machine: printing falls back to a PDF, marked as a copy, and says so.
    second = tmp_path / "cetak-ulang.pdf"
    window.receipts.ask_path = lambda _name: second
    with qtbot.waitSignal(window.receipts.saved, timeout=10_000):
        form.print_button.click()
    assert "Printer tidak ditemukan" in window.statusBar().currentMessage()
    assert "SALINAN" in pdf_text(second)

    # A week later the citizen phones: any of the keys finds the complaint.
    lookup = window.lookup
    for key in (receipt_number, "3204055203900003", "0813-2222-1111"):
        lookup.box.setText(key)
        lookup.search_citizen()
        qtbot.waitUntil(lambda: complaint_id in [r.id for r in lookup.model.rows])
    lookup.box.setText(receipt_number)
    lookup.search_citizen()
    qtbot.waitUntil(lambda: [r.id for r in lookup.model.rows] == [complaint_id])
    lookup.table.setCurrentIndex(lookup.model.index(0, 0))
    qtbot.keyClick(lookup.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(window.views) == 1)
    view = window.views[0]
    view.reply_button.click()
    qtbot.waitUntil(lambda: getattr(window, "reply_dialog", None) is not None and window.reply_dialog.isVisible())
    dialog = window.reply_dialog
    dialog.text.setPlainText("Sudah ada petugas yang datang mengukur jalan.")
    dialog.rating.setCurrentIndex(dialog.rating.findData(4))
    dialog.submitted.emit(*dialog.values())
    qtbot.waitUntil(lambda: not dialog.isVisible())
    reply = desk.complaints.get(complaint_id).events[-1]
    assert (reply.kind, reply.detail["text"], reply.detail["rating"]) == (
        "reporter_reply",
        "Sudah ada petugas yang datang mengukur jalan.",
        4,
    )
    # The complaint opens again with the reply as the newest line of its timeline.
    qtbot.waitUntil(lambda: bool(window.views) and window.views[-1] is not view)
    timeline = window.views[-1].timeline
    last = timeline.item(timeline.rowCount() - 1, 1).text()
    assert "Sudah ada petugas yang datang mengukur jalan." in last and "4/5" in last


def test_files_dropped_on_the_form_are_attached(ready: MainWindow, qtbot, tmp_path: Path) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    form = ready.intake
    scan = tmp_path / "pindaian.pdf"
    scan.write_bytes(PDF_BYTES)
    empty = tmp_path / "kosong.png"
    empty.write_bytes(b"")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(scan)), QUrl.fromLocalFile(str(empty))])
    drop = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    form.dropEvent(drop)
    qtbot.waitUntil(lambda: form.attachments.pending == 0)
    assert [a.filename for a in form.attachments.attachments] == ["pindaian.pdf"]
    assert form.attachments.message.text() == "Berkas kosong.png kosong (0 byte)."
    assert form.attachments.list.count() == 1


def test_what_the_central_said_reads_plainly_in_the_timeline(qtbot) -> None:
    from datetime import UTC

    from lapor_desk.domain.complaint import Complaint, TimelineEvent
    from ui.queue.complaint_view import ComplaintView

    at = datetime(2026, 11, 24, 3, tzinfo=UTC)
    complaint = Complaint(**vars(walk_in()), id=7, receipt_number="KAB-BDG-01-20261120-0001")
    complaint.events = [
        TimelineEvent(at, "synced", "sync", {"tracking_id": 1000042}),
        TimelineEvent(at, "central_status", "central", {"status": "verified", "agency": "Dinas PUPR"}),
        TimelineEvent(
            at, "central_follow_up", "central", {"status": "in_progress", "text": "Perbaikan dijadwalkan minggu depan."}
        ),
    ]
    view = ComplaintView(complaint)
    qtbot.addWidget(view)
    lines = [view.timeline.item(r, 1).text() for r in range(view.timeline.rowCount())]
    assert lines == [
        "Terkirim ke pusat (nomor LAPOR! 1000042)",
        "Status dari pusat: Terverifikasi — Dinas PUPR",
        "Tindak lanjut instansi: Dalam Proses — Perbaikan dijadwalkan minggu depan.",
    ]


def test_photo_thumbnails_are_decoded_off_the_gui_thread(ready: MainWindow, qtbot, tmp_path: Path) -> None:
    from PySide6.QtGui import QColor, QImage

    photo = tmp_path / "foto-lubang.png"
    image = QImage(1600, 1200, QImage.Format.Format_RGB32)
    image.fill(QColor("darkgreen"))
    assert image.save(str(photo))
    panel = ready.intake.attachments
    panel.add_paths([photo])
    qtbot.waitUntil(lambda: len(panel.attachments) == 1 and panel.attachments[0].sha256 in panel._thumbs)
    icon = panel.list.item(0).icon()
    assert not icon.isNull() and icon.availableSizes()[0].width() <= 56
