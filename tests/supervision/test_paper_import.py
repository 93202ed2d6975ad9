"""An imported register whose rows carry paper receipt numbers: the form's rules, each at its line."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from lapor_desk.accounts import Actor
from lapor_desk.accounts.supervision import SupervisionServices, supervision_hooks
from lapor_desk.audit import AuditFilter
from lapor_desk.domain.complaint import Complaint, Extras
from lapor_desk.domain.enums import Status
from lapor_desk.domain.messages import ValidationFailed
from lapor_desk.events import EventBus
from lapor_desk.paper.numbers import paper_number
from lapor_desk.settings import DESK_CODE, Settings
from lapor_desk.storage.paper_tables import PAPER_NUMBERS
from lapor_desk.storage.repository import COMPLAINTS
from lapor_desk.transfer import ImportReport, import_file

from factories import WIB, FixedClock, reserve_paper_block, walk_in

HEADER = [
    "type",
    "channel",
    "title",
    "body",
    "received_at",
    "reporter_name",
    "reporter_phone",
    "consent_personal",
    "incident_date",
    "location_text",
    "receipt_number",
]
PAPER_TIME = "2026-11-20T10:15:00+07:00"
MISTYPED = (
    "Nomor tanda terima kertas salah ketik: angka periksa (angka terakhir) tidak cocok. Periksa lagi dengan kertasnya."
)


def _row(title: str, receipt: str, received: str = PAPER_TIME) -> list[str]:
    body = f"{title}: laporan warga yang ditulis di tanda terima kertas saat server kantor mati."
    return [
        "pengaduan",
        "walk_in",
        title,
        body,
        received,
        "Made Sudarsana",
        "081338112233",
        "ya",
        "2026-11-19",
        "Desa Tegallalang",
        receipt,
    ]


def _import(sup: SupervisionServices, settings: Settings, clock: FixedClock, path: Path, **kw: object) -> ImportReport:
    hooks = supervision_hooks(sup.complaints.db, settings, clock)
    return import_file(
        path, sup.complaints.db, EventBus(), desk_code="KAB-BDG-07", officer="Impor", clock=clock, hooks=hooks, **kw
    )  # type: ignore[arg-type]


def _write(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def test_a_register_row_uses_its_paper_number_and_a_bad_one_is_refused_at_its_line(
    sup: SupervisionServices, staff: dict[str, Actor], settings: Settings, sup_clock: FixedClock, tmp_path: Path
) -> None:
    block = reserve_paper_block(sup, staff, settings, sup_clock, 5)
    sup_clock.now = datetime(2026, 11, 23, 9, 0, tzinfo=WIB)
    n = [paper_number("KAB-BDG-07", s) for s in range(1, 6)]
    at_form = sup.session(staff["clerk"]).complaints.record(
        walk_in(received_at=datetime(2026, 11, 20, 9, 0, tzinfo=WIB)), extras=Extras(paper_receipt=n[0])
    )
    wrong_check = n[2][:-1] + str((int(n[2][-1]) + 1) % 10)
    path = _write(
        tmp_path / "register.csv",
        [
            _row("Jalan berlubang di depan pasar", n[1]),  # line 2: good
            _row("Lampu jalan mati", "KAB-BDG-07-K-002-1"),  # 3: a serial of three digits
            _row("Sampah menumpuk", wrong_check),  # 4: mistyped check digit
            _row("Air PDAM keruh", paper_number("KAB-BDG-99", 1)),  # 5: another office's
            _row("Saluran tersumbat", n[0]),  # 6: entered at the form already
            _row("Pohon tumbang", n[3], "2026-11-19T10:00:00+07:00"),  # 7: before the block
            _row("Trotoar rusak", "KAB-BDG-07-20261120-0009"),  # 8: an automatic number
            _row("Jembatan retak", n[4]),  # 9: good
        ],
    )
    report = _import(sup, settings, sup_clock, path)
    assert report.fatal is None
    assert report.added == 3
    got = [(p.line, p.field, p.message) for p in report.problems]
    example = paper_number("KAB-BDG-07", 1)
    assert got == [
        (3, "receipt_number", f"Nomor tanda terima kertas tidak dikenali. Bentuknya seperti {example}."),
        (4, "receipt_number", MISTYPED),
        (5, "receipt_number", f"Nomor {paper_number('KAB-BDG-99', 1)} tidak ada di blok nomor kertas kantor ini."),
        (6, "receipt_number", f"Nomor {n[0]} sudah dipakai untuk pengaduan lain."),
        (7, "received_at", got[4][2]),
    ]
    assert got[4][2].startswith("Waktu di kertas harus dalam masa berlaku bloknya: 20-11-2026 08:00 sampai ")
    numbers = {p.number: p for p in sup.paper.numbers(staff["admin"], block.id)}
    with sup.complaints.db.read() as conn:
        ids = {r.receipt_number: r.id for r in conn.execute(select(COMPLAINTS.c.receipt_number, COMPLAINTS.c.id))}
    assert {k for k, v in numbers.items() if v.used_at} == {n[0], n[1], n[4]}
    assert (numbers[n[1]].receipt_of, numbers[n[4]].receipt_of) == (ids[n[1]], ids[n[4]])
    assert numbers[n[0]].receipt_of == at_form.complaint.id
    assert not numbers[n[2]].used_at and not numbers[n[3]].used_at
    used = sup.audit.page(AuditFilter(actions=("paper_receipt_used",)))
    imported = sorted((e.actor, e.target, e.detail["number"]) for e in used if e.actor == "Impor")
    assert imported == sorted([("Impor", f"complaint:{ids[n[1]]}", n[1]), ("Impor", f"complaint:{ids[n[4]]}", n[4])])
    # A re-run counts the saved rows as present and refuses the same lines again: nothing doubled.
    again = _import(sup, settings, sup_clock, path)
    assert (again.added, again.already_present, [p.line for p in again.problems]) == (0, 3, [3, 4, 5, 6, 7])
    # English when the desk speaks English.
    english = _import(sup, settings, sup_clock, path, language="en")
    assert english.problems[3].message == f"Number {n[0]} has already been used for another complaint."


def _used_by(sup: SupervisionServices) -> dict[str, str | None]:
    with sup.complaints.db.read() as conn:
        return {r.number: r.used_by for r in conn.execute(select(PAPER_NUMBERS.c.number, PAPER_NUMBERS.c.used_by))}


def test_the_audit_and_the_used_number_name_who_imports_never_the_files_officer(
    sup: SupervisionServices, staff: dict[str, Actor], settings: Settings, sup_clock: FixedClock, tmp_path: Path
) -> None:
    reserve_paper_block(sup, staff, settings, sup_clock, 2)
    sup_clock.now = datetime(2026, 11, 23, 9, 0, tzinfo=WIB)
    n = [paper_number("KAB-BDG-07", s) for s in range(1, 3)]
    path = tmp_path / "register.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([*HEADER, "officer_name"])
        writer.writerow([*_row("Jalan berlubang", n[0]), "Pak Kepala Dinas"])  # the file chooses a name
    admin = staff["admin"]
    report = _import(sup, settings, sup_clock, path, who=admin.who)
    assert (report.fatal, report.added, report.problems) == (None, 1, [])
    used = sup.audit.page(AuditFilter(actions=("paper_receipt_used",)))
    assert [(e.actor, e.role, e.detail["number"]) for e in used] == [(admin.username, str(admin.role), n[0])]
    bulk = [e for e in sup.audit.page(AuditFilter(actions=("create",))) if e.target == "complaints"]
    assert [(e.actor, e.role) for e in bulk] == [(admin.username, str(admin.role))]
    assert _used_by(sup)[n[0]] == admin.username  # the same name on the number as in the audit


def test_an_officer_name_longer_than_the_audits_actor_column_imports_on_both_engines(
    sup: SupervisionServices, staff: dict[str, Actor], settings: Settings, sup_clock: FixedClock, tmp_path: Path
) -> None:
    reserve_paper_block(sup, staff, settings, sup_clock, 1)
    sup_clock.now = datetime(2026, 11, 23, 9, 0, tzinfo=WIB)
    number = paper_number("KAB-BDG-07", 1)
    long_name = "Petugas Loket Pelayanan Pengaduan Kecamatan Tegallalang, Gianyar, Bali"  # 70 characters
    assert len(long_name) == 70
    path = tmp_path / "register.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([*HEADER, "officer_name"])
        writer.writerow([*_row("Jalan berlubang", number), long_name])
    hooks = supervision_hooks(sup.complaints.db, settings, sup_clock)
    report = import_file(
        path, sup.complaints.db, EventBus(), desk_code="KAB-BDG-07", officer=long_name, clock=sup_clock, hooks=hooks
    )
    assert (report.fatal, report.added, report.problems) == (None, 1, [])
    used = sup.audit.page(AuditFilter(actions=("paper_receipt_used",)))
    assert [(e.actor, e.detail["number"]) for e in used] == [(long_name[:64], number)]
    assert _used_by(sup)[number] == long_name[:64]
    assert sup.audit.verify().ok


def test_a_number_a_counter_used_after_the_check_is_refused_at_its_line_and_the_rest_is_written(
    sup: SupervisionServices, staff: dict[str, Actor], settings: Settings, sup_clock: FixedClock, tmp_path: Path
) -> None:
    block = reserve_paper_block(sup, staff, settings, sup_clock, 2)
    sup_clock.now = datetime(2026, 11, 23, 9, 0, tzinfo=WIB)
    clerk = sup.session(staff["clerk"]).complaints
    path = _write(
        tmp_path / "register.csv",
        [
            _row("Jalan berlubang besar", block.first_number),
            _row("Lampu jalan mati", block.last_number),
            _row("Banjir di gang masjid", ""),
        ],
    )

    def counter_takes_it(phase: str, rows: int, rate: float, share: float) -> None:
        # Between the check and the write, a counter enters the first number at its form.
        if phase == "check" and share >= 1.0 and not clerk.check_paper_receipt(block.first_number, None):
            clerk.record(
                walk_in(received_at=datetime(2026, 11, 20, 9, tzinfo=WIB)),
                extras=Extras(paper_receipt=block.first_number),
            )

    report = _import(sup, settings, sup_clock, path, progress=counter_takes_it)
    assert report.added == 2, report.problems
    assert [(p.line, p.field) for p in report.problems] == [(2, "receipt_number")]
    assert report.problems[0].message == f"Nomor {block.first_number} sudah dipakai untuk pengaduan lain."
    with sup.complaints.db.read() as conn:
        titles = set(conn.execute(select(COMPLAINTS.c.title)).scalars())
    assert {"Lampu jalan mati", "Banjir di gang masjid"} <= titles and "Jalan berlubang besar" not in titles
    # With --all-or-nothing such a late refusal holds the whole file back.
    third = sup.paper.reserve(staff["supervisor"], 1)  # 23-11 09:00
    sup_clock.now = datetime(2026, 11, 23, 10, 0, tzinfo=WIB)
    later = "2026-11-23T09:30:00+07:00"
    rows = [_row("Parit meluap ke jalan", third.first_number, later), _row("Kabel listrik putus", "", later)]
    path2 = _write(tmp_path / "semua.csv", rows)

    def counter_takes_third(phase: str, rows: int, rate: float, share: float) -> None:
        if phase == "check" and share >= 1.0 and not clerk.check_paper_receipt(third.first_number, None):
            at = datetime(2026, 11, 23, 9, 30, tzinfo=WIB)
            clerk.record(walk_in(received_at=at), extras=Extras(paper_receipt=third.first_number))

    held = _import(sup, settings, sup_clock, path2, progress=counter_takes_third, all_or_nothing=True)
    assert (held.added, held.held_back, [p.line for p in held.problems]) == (0, True, [2])
    with sup.complaints.db.read() as conn:
        assert conn.execute(select(COMPLAINTS.c.id).where(COMPLAINTS.c.title == "Kabel listrik putus")).first() is None


def test_a_desk_code_with_a_k_part_imports_its_own_automatic_numbers_and_its_paper_ones(
    sup: SupervisionServices, staff: dict[str, Actor], settings: Settings, sup_clock: FixedClock, tmp_path: Path
) -> None:
    settings.set(DESK_CODE, "DIY-K")  # a "K" part: its automatic numbers contain "-K-" followed by a digit
    sup_clock.now = datetime(2026, 11, 20, 8, 0, tzinfo=WIB)
    block = sup.paper.reserve(staff["supervisor"], 2)
    assert block.first_number.startswith("DIY-K-K-")
    sup_clock.now = datetime(2026, 11, 23, 9, 0, tzinfo=WIB)
    automatic = ["DIY-K-20261120-0001", "DIY-K-L2-20261120-0002"]
    rows = [
        _row("Jalan desa rusak", automatic[0]),
        _row("Lampu jalan mati", automatic[1]),
        _row("Got tersumbat sampah", block.first_number),
    ]
    path = _write(tmp_path / "export.csv", rows)
    hooks = supervision_hooks(sup.complaints.db, settings, sup_clock)
    report = import_file(
        path, sup.complaints.db, EventBus(), desk_code="DIY-K", officer="Impor", clock=sup_clock, hooks=hooks
    )
    assert [(p.line, p.field, p.message) for p in report.problems] == []
    assert report.added == 3
    with sup.complaints.db.read() as conn:
        stored = set(conn.execute(select(COMPLAINTS.c.receipt_number)).scalars())
    assert stored == {*automatic, block.first_number}
    assert [n.number for n in sup.paper.numbers(staff["admin"], block.id) if n.used_at] == [block.first_number]


def test_a_draft_row_keeps_its_paper_number_until_the_clerk_records_it_by_the_forms_rules(
    sup: SupervisionServices, staff: dict[str, Actor], settings: Settings, sup_clock: FixedClock, tmp_path: Path
) -> None:
    block = reserve_paper_block(sup, staff, settings, sup_clock, 2)
    lost = sup.paper.reserve(staff["supervisor"], 1)
    sup.paper.void(staff["supervisor"], lost.id, "Lembar hilang di loket 2")
    sup_clock.now = datetime(2026, 11, 23, 9, 0, tzinfo=WIB)
    first = block.first_number

    def draft(title: str, receipt: str) -> list[str]:
        row = _row(title, receipt)
        row[HEADER.index("reporter_phone")] = ""  # incomplete: the clerk finishes it
        return [*row, "draft"]

    path = tmp_path / "register.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([*HEADER, "status"])
        writer.writerows(
            [
                draft("Jalan berlubang di depan pasar", first),  # line 2
                draft("Lampu jalan mati", first),  # 3: the same slip number again
                draft("Sampah menumpuk", lost.first_number),  # 4: of the voided block
                draft("Air PDAM keruh", "KAB-BDG-07-20261120-0009"),  # 5: an automatic number: drafts have none
            ]
        )
    report = _import(sup, settings, sup_clock, path)
    assert (report.fatal, report.added, report.problems) == (None, 4, [])
    with sup.complaints.db.read() as conn:
        ids = {r.title: r.id for r in conn.execute(select(COMPLAINTS.c.title, COMPLAINTS.c.id))}
    clerk = sup.session(staff["clerk"]).complaints
    drafts = {title: clerk.get(ids[title]) for title in ids}
    kept = {title: (c.status, c.receipt_number, c.paper_receipt) for title, c in drafts.items()}
    assert kept == {
        "Jalan berlubang di depan pasar": (Status.DRAFT, None, first),
        "Lampu jalan mati": (Status.DRAFT, None, first),
        "Sampah menumpuk": (Status.DRAFT, None, lost.first_number),
        "Air PDAM keruh": (Status.DRAFT, None, ""),
    }
    assert not any(n.used_at for n in sup.paper.numbers(staff["admin"], block.id))  # a draft uses none yet

    def finish(title: str) -> Complaint:
        c = drafts[title]
        data = replace(c.as_input(), reporter_phone="081338112233")
        return clerk.record(data, c.id, extras=Extras(paper_receipt=c.paper_receipt)).complaint

    recorded = finish("Jalan berlubang di depan pasar")
    assert (recorded.status, recorded.receipt_number) == (Status.RECORDED, first)
    assert [(n.number, n.receipt_of) for n in sup.paper.numbers(staff["admin"], block.id) if n.used_at] == [
        (first, recorded.id)
    ]
    with pytest.raises(ValidationFailed) as twice:
        finish("Lampu jalan mati")
    assert [m.code for m in twice.value.result.errors] == ["paper_receipt_used"]
    with pytest.raises(ValidationFailed) as voided:
        finish("Sampah menumpuk")
    assert [m.code for m in voided.value.result.errors] == ["paper_receipt_voided"]
    assert clerk.get(ids["Lampu jalan mati"]).paper_receipt == first  # refused: still kept with the draft
    assert sup.audit.verify().ok
