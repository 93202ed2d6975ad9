"""The receipt's content: every item DOMAIN.md lists, deadlines in working days, ANONIM, copies."""

from __future__ import annotations

import dataclasses
import re
from datetime import date, datetime

from lapor_desk.deadlines import DeadlineProfile, Deadlines
from lapor_desk.domain.workdays import WorkingDayCalendar
from lapor_desk.receipt import build_receipt
from lapor_desk.services.complaints import ComplaintService

from factories import WIB, walk_in

NATIONAL = Deadlines(WorkingDayCalendar())


def _due_dates(received: datetime, deadlines: Deadlines, service: ComplaintService) -> list[date]:
    """The verify, first follow-up and case dates printed on the receipt of a complaint received then."""
    complaint = dataclasses.replace(service.record(walk_in()).complaint, received_at=received)
    receipt = build_receipt(complaint, desk_name="Meja", desk_phone="", deadlines=deadlines, tz=WIB)
    return [datetime.strptime(re.search(r"\d\d-\d\d-\d{4}", s)[0], "%d-%m-%Y").date() for s in receipt.next_steps]


def test_deadlines_skip_weekends_and_holidays(service: ComplaintService) -> None:
    friday = datetime(2026, 11, 20, 9, tzinfo=WIB)
    assert _due_dates(friday, NATIONAL, service) == [date(2026, 11, 25), date(2026, 12, 2), date(2027, 1, 19)]
    # Christmas Eve 2026 (Thursday): Christmas and the joint leave day after it are skipped.
    verify_by = _due_dates(datetime(2026, 12, 24, 9, tzinfo=WIB), NATIONAL, service)[0]
    assert verify_by > date(2026, 12, 29)
    assert NATIONAL.calendar.is_working_day(verify_by)


def test_receipt_counts_with_the_calendar_and_profile_it_is_given(service: ComplaintService) -> None:
    """A regional closure and a 2/4/10/30 profile move every date and every day count."""
    local = Deadlines(WorkingDayCalendar([date(2026, 11, 23)]), DeadlineProfile(2, 4, 10, 30))
    friday = datetime(2026, 11, 20, 9, tzinfo=WIB)
    # Mon 23 closed: Tue 24 and Wed 25 are the first two working days; 2 + 4 ends on Tue 1 Dec.
    assert _due_dates(friday, local, service) == [date(2026, 11, 25), date(2026, 12, 1), date(2026, 12, 20)]
    complaint = service.record(walk_in(received_at=friday)).complaint
    steps = build_receipt(complaint, desk_name="Meja", desk_phone="", deadlines=local, tz=WIB, language="en").next_steps
    assert [s[s.index("(") :].rstrip(".") for s in steps] == [
        "(2 working days)",
        "(4 working days after verification)",
        "(30 days)",
    ]


def test_receipt_carries_what_the_citizen_needs(service: ComplaintService) -> None:
    complaint = service.record(walk_in(agency_name="Dinas PUPR Kabupaten Bandung")).complaint
    receipt = build_receipt(
        complaint, desk_name="Meja Pengaduan Kab. Bandung", desk_phone="022-5891234", deadlines=NATIONAL
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
    receipt = build_receipt(first, desk_name="Meja", desk_phone="", deadlines=NATIONAL, copy_number=again)
    assert "Pelapor: ANONIM" in receipt.plain_text()
    assert "Budi Santoso" not in receipt.plain_text()
    assert receipt.copy_mark == "SALINAN (cetak ulang ke-1)"
    english = build_receipt(first, desk_name="Desk", desk_phone="", deadlines=NATIONAL, language="en")
    assert "Reporter: ANONYMOUS" in english.plain_text()
    assert [e.kind for e in service.get(complaint.id).events][-2:] == ["receipt_issued", "receipt_issued"]


def test_office_letterhead_heads_the_receipt_and_its_phone_stands_in_for_the_desk(service: ComplaintService) -> None:
    complaint = service.record(walk_in()).complaint
    receipt = build_receipt(
        complaint,
        desk_name="Meja",
        desk_phone="",
        deadlines=NATIONAL,
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
    bare = build_receipt(complaint, desk_name="Meja", desk_phone="", deadlines=NATIONAL)
    assert bare.letterhead == () and bare.status_help.endswith(": —.")
