"""The receipt's content: every item DOMAIN.md lists, deadlines in working days, ANONIM, copies."""

from __future__ import annotations

from datetime import date, datetime

from lapor_desk.domain.workdays import WorkingDayCalendar
from lapor_desk.receipt import build_receipt, deadlines
from lapor_desk.services.complaints import ComplaintService

from factories import WIB, walk_in


def test_deadlines_skip_weekends_and_holidays() -> None:
    calendar = WorkingDayCalendar()
    assert deadlines(date(2026, 11, 20), calendar) == (date(2026, 11, 25), date(2026, 12, 2), date(2027, 1, 19))
    # Christmas Eve 2026 (Thursday): Christmas and the joint leave day after it are skipped.
    verify_by, _, _ = deadlines(date(2026, 12, 24), calendar)
    assert verify_by > date(2026, 12, 29)
    assert calendar.is_working_day(verify_by)


def test_receipt_carries_what_the_citizen_needs(service: ComplaintService) -> None:
    complaint = service.record(walk_in(agency_name="Dinas PUPR Kabupaten Bandung")).complaint
    receipt = build_receipt(
        complaint, desk_name="Meja Pengaduan Kab. Bandung", desk_phone="022-5891234", calendar=WorkingDayCalendar()
    )
    text = receipt.plain_text()
    for expected in (
        "TANDA TERIMA PENGADUAN",
        "KAB-BDG-01-20261120-0001",
        "Tatap muka",
        "Meja Pengaduan Kab. Bandung",
        "Siti Rahmawati",
        "Budi Santoso",
        "Jalan desa rusak berlubang",
        "Pengaduan",
        "Jumlah lampiran: 0",
        "Dinas PUPR Kabupaten Bandung",
        "25-11-2026 (3 hari kerja)",
        "022-5891234",
        "UU 27/2022",
        "Petugas penerima",
    ):
        assert expected in text, expected
    assert receipt.qr_payload == "KAB-BDG-01-20261120-0001"
    assert receipt.copy_mark == ""


def test_anonymous_receipt_hides_the_name_and_reprints_are_copies(service: ComplaintService) -> None:
    complaint = service.record(walk_in(is_anonymous=True, received_at=datetime(2026, 11, 20, 8, tzinfo=WIB))).complaint
    first, before = service.issue_receipt(complaint.id, "pdf")
    assert before == 0
    _, again = service.issue_receipt(complaint.id, "printer")
    assert again == 1
    receipt = build_receipt(first, desk_name="Meja", desk_phone="", calendar=WorkingDayCalendar(), copy_number=again)
    assert "Pelapor: ANONIM" in receipt.plain_text()
    assert "Budi Santoso" not in receipt.plain_text()
    assert receipt.copy_mark == "SALINAN (cetak ulang ke-1)"
    english = build_receipt(first, desk_name="Desk", desk_phone="", calendar=WorkingDayCalendar(), language="en")
    assert "Reporter: ANONYMOUS" in english.plain_text()
    assert [e.kind for e in service.get(complaint.id).events][-2:] == ["receipt_issued", "receipt_issued"]


def test_office_letterhead_heads_the_receipt_and_its_phone_stands_in_for_the_desk(service: ComplaintService) -> None:
    complaint = service.record(walk_in()).complaint
    receipt = build_receipt(
        complaint,
        desk_name="Meja",
        desk_phone="",
        calendar=WorkingDayCalendar(),
        office_name="Bagian Organisasi Setda Kab. Bandung",
        office_address="Jl. Raya Soreang Km 17, Soreang",
        office_phone="(022) 5891234",
    )
    lines = receipt.plain_text().splitlines()
    assert lines[:4] == [
        "Bagian Organisasi Setda Kab. Bandung",
        "Jl. Raya Soreang Km 17, Soreang",
        "Telp. (022) 5891234",
        "TANDA TERIMA PENGADUAN",
    ]
    assert receipt.status_help.endswith("meja pengaduan: (022) 5891234.")
    bare = build_receipt(complaint, desk_name="Meja", desk_phone="", calendar=WorkingDayCalendar())
    assert bare.letterhead == () and bare.status_help.endswith(": —.")
