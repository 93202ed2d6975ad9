"""Voiding a block of paper receipt numbers (its sheet was lost), and a printed sheet audited."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

import pytest

from lapor_desk.accounts import Actor, PermissionDenied, SupervisionError
from lapor_desk.accounts.supervision import SupervisionServices, supervision_hooks
from lapor_desk.audit import AuditFilter
from lapor_desk.domain.complaint import Extras
from lapor_desk.domain.messages import ValidationFailed
from lapor_desk.events import EventBus
from lapor_desk.i18n import CATALOG
from lapor_desk.paper.numbers import shown_time
from lapor_desk.paper.sheet import block_line
from lapor_desk.settings import Settings
from lapor_desk.transfer import import_file

from factories import WIB, FixedClock, reserve_paper_block, walk_in

PAPER_TIME = datetime(2026, 11, 20, 10, 15, tzinfo=WIB)


def test_a_supervisor_voids_a_lost_sheets_block_and_its_unused_numbers_are_refused_everywhere(
    sup: SupervisionServices, staff: dict[str, Actor], settings: Settings, sup_clock: FixedClock, tmp_path: Path
) -> None:
    block = reserve_paper_block(sup, staff, settings, sup_clock, 3)
    sup_clock.now = datetime(2026, 11, 20, 11, 0, tzinfo=WIB)
    clerk = sup.session(staff["clerk"]).complaints
    first = clerk.record(walk_in(received_at=PAPER_TIME), extras=Extras(paper_receipt=block.first_number)).complaint

    with pytest.raises(PermissionDenied):  # a clerk may not, refused in the core
        sup.paper.void(staff["clerk"], block.id, "lembar hilang")
    with pytest.raises(SupervisionError) as no_reason:
        sup.paper.void(staff["supervisor"], block.id, "   ")
    assert no_reason.value.code == "paper_void_reason"
    assert sup.paper.blocks(staff["admin"])[0].voided_at is None

    sup_clock.now = datetime(2026, 11, 20, 12, 30, tzinfo=WIB)
    voided = sup.paper.void(staff["supervisor"], block.id, "  lembar  hilang di laci L2 ")
    assert (voided.voided_at, voided.voided_by, voided.void_reason) == (
        sup_clock.now,
        "sri",
        "lembar hilang di laci L2",
    )
    [entry] = sup.audit.page(AuditFilter(actions=("paper_block_voided",)))
    assert (entry.actor, entry.target) == ("sri", f"paper_block:{block.id}")
    assert (entry.detail["unused"], entry.detail["reason"]) == (2, "lembar hilang di laci L2")
    with pytest.raises(SupervisionError) as twice:
        sup.paper.void(staff["admin"], block.id, "lagi")
    at = shown_time(sup_clock.now)  # in the desk's zone, as the screen shows times
    assert twice.value.text("id") == f"Blok #{block.id} sudah dibatalkan pada {at}."

    # The form's check and the core's record both say the block was voided.
    second = sup.paper.numbers(staff["admin"], block.id)[1].number
    [message] = clerk.check_paper_receipt(second, PAPER_TIME)
    expected = (
        f"Nomor {second} tidak bisa dipakai: bloknya (#{block.id}) dibatalkan pada {shown_time(sup_clock.now, WIB)}"
    )
    assert message.text("id") == expected + " (lembar hilang di laci L2)."
    assert message.text("en").startswith(f"Number {second} cannot be used: its block (#{block.id}) was voided on")
    with pytest.raises(ValidationFailed) as refused:
        clerk.record(walk_in(received_at=PAPER_TIME), extras=Extras(paper_receipt=second))
    assert [(m.field, m.code) for m in refused.value.result.errors] == [("paper_receipt", "paper_receipt_voided")]
    # The number used before the void stays with its complaint (and is still "used").
    assert [m.code for m in clerk.check_paper_receipt(block.first_number, PAPER_TIME)] == ["paper_receipt_used"]
    assert sup.paper.numbers(staff["admin"], block.id)[0].receipt_of == first.id

    # An imported register row with one of its numbers: refused at its line, the same words.
    path = tmp_path / "register.csv"
    header = ["type", "channel", "title", "body", "received_at", "reporter_name", "reporter_phone"]
    header += ["consent_personal", "incident_date", "location_text", "receipt_number"]
    row = ["pengaduan", "walk_in", "Lampu jalan mati", "Lampu jalan di gang mati sejak seminggu lalu."]
    row += ["2026-11-20T10:15:00+07:00", "Made Sudarsana", "081338112233", "ya", "2026-11-19", "Desa Tegallalang"]
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([header, [*row, block.last_number]])
    report = import_file(
        path,
        sup.complaints.db,
        EventBus(),
        desk_code="KAB-BDG-07",
        officer="Impor",
        clock=sup_clock,
        hooks=supervision_hooks(sup.complaints.db, settings, sup_clock),
    )
    assert report.added == 0
    assert [(p.line, p.field) for p in report.problems] == [(2, "receipt_number")]
    assert report.problems[0].message.startswith(f"Nomor {block.last_number} tidak bisa dipakai: bloknya")

    # Its sheet is not printed again; the list says it was voided, and by whom.
    with pytest.raises(SupervisionError) as no_sheet:
        sup.paper.sheet(staff["admin"], block.id)
    assert no_sheet.value.code == "paper_block_voided_sheet"
    line = block_line(sup.paper.blocks(staff["admin"])[0], "id")
    assert line.endswith(f"DIBATALKAN {at} oleh sri: lembar hilang di laci L2")
    assert "1 dari 3 terpakai" in line
    # One message holds the whole line (a translation may reorder it), in English too.
    english = block_line(sup.paper.blocks(staff["admin"])[0], "en")
    assert english.endswith(f". VOIDED {at} by sri: lembar hilang di laci L2")
    assert "{line}" in CATALOG["paper_block_line_voided"].text


def test_each_sheet_printed_is_audited(sup: SupervisionServices, staff: dict[str, Actor]) -> None:
    block = sup.paper.reserve(staff["supervisor"], 2)
    sup.paper.sheet_printed(staff["admin"], block.id, "pdf")
    with pytest.raises(PermissionDenied):
        sup.paper.sheet_printed(staff["clerk"], block.id, "printer")
    [entry] = sup.audit.page(AuditFilter(actions=("paper_sheet_printed",)))
    assert (entry.actor, entry.target, entry.detail["how"]) == ("admin", f"paper_block:{block.id}", "pdf")
    assert entry.detail["first"] == block.first_number
