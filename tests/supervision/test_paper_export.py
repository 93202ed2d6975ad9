"""A draft's paper receipt number through an export and an import into another desk."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from lapor_desk.accounts import AccountService, Actor, Role
from lapor_desk.accounts.exports import export_complaints
from lapor_desk.accounts.imports import import_complaints
from lapor_desk.accounts.supervision import SupervisionServices, supervision_hooks
from lapor_desk.domain.complaint import Extras
from lapor_desk.domain.enums import Status
from lapor_desk.events import EventBus
from lapor_desk.services.complaints import ComplaintService
from lapor_desk.settings import DESK_CODE, Settings
from lapor_desk.storage.database import open_database
from lapor_desk.storage.repository import COMPLAINTS
from lapor_desk.transfer import ImportReport
from lapor_desk.transfer.columns import DRAFT_PAPER_COLUMN, LABELS_ID

from desk_engines import PostgresDesks, desk_database_url
from factories import PASSWORD, WIB, FixedClock, StepMonotonic, first_sign_in, walk_in

DESK = "KAB-BDG-07"
RESERVED = datetime(2026, 11, 20, 8, 0, tzinfo=WIB)
LATER = datetime(2026, 11, 23, 9, 0, tzinfo=WIB)
PAPER_TIME = datetime(2026, 11, 20, 10, 15, tzinfo=WIB)


@dataclass
class Desk:
    sup: SupervisionServices
    settings: Settings
    clock: FixedClock
    admin: Actor
    supervisor: Actor
    clerk: Actor


@pytest.fixture
def fresh_desk(tmp_path: Path, desk_engine: str, pg_desks: PostgresDesks | None) -> Iterator[Desk]:
    """Another desk of the same office (same desk code), empty, with its own accounts."""
    with desk_database_url(desk_engine, tmp_path, pg_desks, "fresh") as url:
        db = open_database(url)
        settings = Settings(tmp_path / "fresh-settings.json")
        settings.set(DESK_CODE, DESK)
        clock = FixedClock(RESERVED)
        complaints = ComplaintService(db, settings, EventBus(), clock, supervision_hooks(db, settings, clock))
        sup = SupervisionServices.build(db, settings, complaints)
        sup.accounts = AccountService(db, sup.audit, clock, StepMonotonic())
        admin = sup.accounts.create_first_admin("admin", "Admin Baru", PASSWORD)
        sup.accounts.add_account(admin, "sri", "Sri Supervisor", Role.SUPERVISOR, PASSWORD)
        sup.accounts.add_account(admin, "budi", "Budi Petugas", Role.CLERK, PASSWORD)
        yield Desk(sup, settings, clock, admin, first_sign_in(sup.accounts, "sri"), first_sign_in(sup.accounts, "budi"))
        db.dispose()


def _import(desk: Desk, path: Path) -> None:
    report = _run_import(desk, path)
    assert (report.fatal, report.problems) == (None, [])


def _run_import(desk: Desk, path: Path) -> ImportReport:
    """The admin's import of `path` into `desk`, as the window and the CLI run it: its report."""
    sup = desk.sup
    return import_complaints(
        desk.admin,
        sup.accounts,
        sup.audit,
        path,
        sup.complaints.db,
        EventBus(),
        desk_code=DESK,
        desk_officer="Impor",
        clock=desk.clock,
        hooks=supervision_hooks(sup.complaints.db, desk.settings, desk.clock),
    )


def test_a_drafts_paper_number_survives_an_export_and_an_import_into_another_desk_and_is_used_when_recorded(
    sup: SupervisionServices,
    staff: dict[str, Actor],
    settings: Settings,
    sup_clock: FixedClock,
    fresh_desk: Desk,
    tmp_path: Path,
) -> None:
    settings.set(DESK_CODE, DESK)
    sup_clock.now = RESERVED
    block = sup.paper.reserve(staff["supervisor"], 3)
    sup_clock.now = LATER
    n = [block.first_number, *(p.number for p in sup.paper.numbers(staff["admin"], block.id)[1:])]
    clerk = sup.session(staff["clerk"]).complaints

    def draft(title: str, typed: str) -> None:
        clerk.save_draft(walk_in(title=title, received_at=PAPER_TIME), extras=Extras(paper_receipt=typed))

    # At the form: typed in lower case with stray spaces (recording reads it as upper case, no
    # spaces); a text that is no paper number; an automatic number typed by mistake.
    spaced = f"{n[0].lower()[:8]} {n[0].lower()[8:]}"
    draft("Jalan berlubang di depan pasar", f" {spaced} ")
    draft("Lampu jalan mati", "hilang, tanya pelapor")
    draft("Air PDAM keruh", f"{DESK}-20261120-0009")
    recorded = clerk.record(walk_in(title="Sampah menumpuk", received_at=PAPER_TIME)).complaint
    assert recorded.receipt_number and not recorded.receipt_number.startswith(f"{DESK}-K-")
    # Kept by an import: a register's draft row with its paper number.
    register = tmp_path / "register.jsonl"
    row = {
        "type": "pengaduan",
        "channel": "walk_in",
        "title": "Saluran tersumbat",
        "body": "Saluran air di gang masjid tersumbat sampah, air meluap ke rumah warga saat hujan.",
        "received_at": PAPER_TIME.isoformat(),
        "reporter_name": "Made Sudarsana",
        "reporter_phone": "081338112233",
        "consent_personal": True,
        "incident_date": "2026-11-19",
        "location_text": "Gang masjid, Desa Tegallalang",
        "status": "draft",
        "receipt_number": n[1],
    }
    register.write_text(json.dumps(row) + "\n", encoding="utf-8")
    report = import_complaints(
        staff["admin"],
        sup.accounts,
        sup.audit,
        register,
        sup.complaints.db,
        EventBus(),
        desk_code=DESK,
        desk_officer="Impor",
        clock=sup_clock,
        hooks=supervision_hooks(sup.complaints.db, settings, sup_clock),
    )
    assert (report.fatal, report.added, report.problems) == (None, 1, [])
    assert not any(p.used_at for p in sup.paper.numbers(staff["admin"], block.id))

    # The export the window and `lapor-desk export` run, with the Indonesian headings, and as JSONL.
    exported = tmp_path / "ekspor.csv"
    assert export_complaints(staff["admin"], sup.audit, sup.complaints.db, exported, include_personal=True, header="id")
    jsonl = tmp_path / "ekspor.jsonl"
    export_complaints(staff["admin"], sup.audit, sup.complaints.db, jsonl, include_personal=True)
    with exported.open(encoding="utf-8", newline="") as handle:
        read = list(csv.DictReader(handle))
    cells = {r[LABELS_ID["title"]]: r[LABELS_ID["receipt_number"]] for r in read}
    typed_cells = {r[LABELS_ID["title"]]: r[LABELS_ID[DRAFT_PAPER_COLUMN]] for r in read}
    expected = {
        "Jalan berlubang di depan pasar": n[0],
        "Lampu jalan mati": "",  # no receipt number (a draft has none): its own column keeps it
        "Air PDAM keruh": "",  # an automatic number is never a draft's
        "Sampah menumpuk": recorded.receipt_number,
        "Saluran tersumbat": n[1],
    }
    assert cells == expected
    # Whatever the clerk typed with a draft, exactly as the form kept it (trimmed), a paper
    # number or not, in a column of its own: nothing typed is lost by an export.
    typed = {
        "Jalan berlubang di depan pasar": spaced,
        "Lampu jalan mati": "hilang, tanya pelapor",
        "Air PDAM keruh": f"{DESK}-20261120-0009",
        "Sampah menumpuk": "",
        "Saluran tersumbat": n[1],
    }
    assert typed_cells == typed
    records = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    assert {r["title"]: r["receipt_number"] or "" for r in records} == expected
    assert {r["title"]: r[DRAFT_PAPER_COLUMN] or "" for r in records} == typed

    # Another desk of the office, with the same block of numbers, imports the export.
    desk = fresh_desk
    again = desk.sup.paper.reserve(desk.supervisor, 3)
    assert [p.number for p in desk.sup.paper.numbers(desk.admin, again.id)] == n
    desk.clock.now = LATER
    _import(desk, exported)
    there = desk.sup.session(desk.clerk).complaints
    with desk.sup.complaints.db.read() as conn:
        ids = {r.title: r.id for r in conn.execute(select(COMPLAINTS.c.title, COMPLAINTS.c.id))}
    came = {title: there.get(i) for title, i in ids.items()}
    assert {t: (c.status, c.receipt_number, c.paper_receipt) for t, c in came.items()} == {
        "Jalan berlubang di depan pasar": (Status.DRAFT, None, spaced),
        "Lampu jalan mati": (Status.DRAFT, None, "hilang, tanya pelapor"),
        "Air PDAM keruh": (Status.DRAFT, None, f"{DESK}-20261120-0009"),
        "Sampah menumpuk": (Status.RECORDED, recorded.receipt_number, ""),
        "Saluran tersumbat": (Status.DRAFT, None, n[1]),
    }
    assert not any(p.used_at for p in desk.sup.paper.numbers(desk.admin, again.id))  # still unused
    # Exported again from there, the typed texts are the same: export -> import -> export keeps them.
    back = tmp_path / "ekspor-lagi.jsonl"
    export_complaints(desk.admin, desk.sup.audit, desk.sup.complaints.db, back, include_personal=True)
    records = [json.loads(line) for line in back.read_text(encoding="utf-8").splitlines()]
    assert {r["title"]: r[DRAFT_PAPER_COLUMN] or "" for r in records} == typed

    # Recording each draft there uses its number, as at the form.
    for title, number in (("Jalan berlubang di depan pasar", n[0]), ("Saluran tersumbat", n[1])):
        c = came[title]
        done = there.record(c.as_input(), c.id, extras=Extras(paper_receipt=c.paper_receipt)).complaint
        assert (done.status, done.receipt_number) == (Status.RECORDED, number)
    used = {p.number: p.receipt_of for p in desk.sup.paper.numbers(desk.admin, again.id) if p.used_at}
    assert used == {n[0]: ids["Jalan berlubang di depan pasar"], n[1]: ids["Saluran tersumbat"]}
    assert desk.sup.audit.verify().ok


def test_a_typed_draft_paper_text_longer_than_the_desk_keeps_is_refused_at_its_line_never_cut(
    fresh_desk: Desk, tmp_path: Path
) -> None:
    row = {
        "type": "pengaduan",
        "channel": "walk_in",
        "title": "Saluran tersumbat",
        "body": "Saluran air di gang masjid tersumbat sampah, air meluap ke rumah warga saat hujan.",
        "received_at": PAPER_TIME.isoformat(),
        "status": "draft",
        DRAFT_PAPER_COLUMN: "x" * 49,
    }
    register = tmp_path / "register.jsonl"
    register.write_text(json.dumps(row) + "\n" + json.dumps({**row, DRAFT_PAPER_COLUMN: "x" * 48}) + "\n", "utf-8")
    sup = fresh_desk.sup
    fresh_desk.clock.now = LATER
    report = _run_import(fresh_desk, register)
    assert report.added == 1
    assert [(p.line, p.field) for p in report.problems] == [(1, DRAFT_PAPER_COLUMN)]
    assert "48" in report.problems[0].message
    with sup.complaints.db.read() as conn:
        [complaint_id] = conn.execute(select(COMPLAINTS.c.id)).scalars().all()
    assert sup.session(fresh_desk.clerk).complaints.get(complaint_id).paper_receipt == "x" * 48
