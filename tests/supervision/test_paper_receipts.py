"""Paper receipt numbers (issue 17): reserve a block, enter a complaint with one of its numbers later."""

from __future__ import annotations

import dataclasses
import random
import threading
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select, update

from lapor_desk.accounts import Actor, PermissionDenied, SupervisionError
from lapor_desk.accounts.supervision import SupervisionServices, supervision_hooks
from lapor_desk.audit import AuditFilter
from lapor_desk.domain.complaint import Extras
from lapor_desk.domain.messages import ValidationFailed
from lapor_desk.domain.search_key import search_key
from lapor_desk.events import EventBus
from lapor_desk.paper.numbers import check_digit, is_paper_number, paper_number, read_typed
from lapor_desk.services.complaints import ComplaintService
from lapor_desk.settings import DESK_CODE, DESK_COUNTER, Settings, counter_desk_code
from lapor_desk.storage.database import open_database
from lapor_desk.storage.paper_tables import DRAFT_PAPER, PAPER_NUMBERS
from lapor_desk.storage.repository import COMPLAINTS

from factories import WIB, FixedClock, reserve_paper_block, url_of, walk_in

PAPER_TIME = datetime(2026, 11, 20, 10, 15, tzinfo=WIB)  # written on the paper during the outage


def _codes(exc: pytest.ExceptionInfo[ValidationFailed]) -> list[tuple[str, str]]:
    return [(m.field, m.code) for m in exc.value.result.errors]


def test_a_paper_number_never_has_the_shape_of_a_counters_number() -> None:
    paper = paper_number("KAB-BDG-07", 1)
    assert paper == "KAB-BDG-07-K-0001-" + str(check_digit("0001"))
    # The counters' own numbers (also of a counter coded K) are never read as paper numbers.
    for automatic in ("KAB-BDG-07-20261120-0001", "KAB-BDG-07-K-20261120-0001", "KAB-BDG-07-L2-20261120-0001"):
        assert not is_paper_number(automatic)
        assert not read_typed(automatic).shaped
    assert read_typed(" kab-bdg-07-k-0001-" + paper[-1] + " ").number == paper


def test_the_check_digit_catches_every_single_wrong_digit_and_neighbour_swap() -> None:
    for serial in range(0, 10000, 7):
        text = f"{serial:04d}"
        number = paper_number("KAB", serial)
        assert read_typed(number).check_ok
        digits = text + number[-1]
        for i in range(5):
            for d in "0123456789":
                if d != digits[i]:
                    typo = digits[:i] + d + digits[i + 1 :]
                    assert not read_typed(f"KAB-K-{typo[:4]}-{typo[4]}").check_ok
        for i in range(4):
            if digits[i] != digits[i + 1]:
                swapped = digits[:i] + digits[i + 1] + digits[i] + digits[i + 2 :]
                assert not read_typed(f"KAB-K-{swapped[:4]}-{swapped[4]}").check_ok


def test_a_supervisor_reserves_blocks_that_continue_and_are_audited(
    sup: SupervisionServices, staff: dict[str, Actor], settings: Settings
) -> None:
    settings.set(DESK_CODE, "KAB-BDG-07")
    first = sup.paper.reserve(staff["supervisor"], 3, days=30)
    second = sup.paper.reserve(staff["admin"], 2)
    assert (first.first_number, first.last_number) == (paper_number("KAB-BDG-07", 1), paper_number("KAB-BDG-07", 3))
    assert (second.first_serial, second.last_serial) == (4, 5)
    assert first.valid_until - first.reserved_at == timedelta(days=30)
    assert [b.id for b in sup.paper.blocks(staff["admin"])] == [second.id, first.id]
    entries = sup.audit.page(AuditFilter(actions=("paper_block_reserved",)))
    assert [(e.actor, e.detail["count"], e.detail["first"]) for e in entries] == [
        ("admin", 2, paper_number("KAB-BDG-07", 4)),
        ("sri", 3, paper_number("KAB-BDG-07", 1)),
    ]


def test_a_clerk_may_not_reserve_and_a_block_has_limits(sup: SupervisionServices, staff: dict[str, Actor]) -> None:
    with pytest.raises(PermissionDenied):
        sup.paper.reserve(staff["clerk"], 5)
    with pytest.raises(PermissionDenied):
        sup.paper.blocks(staff["clerk"])
    with pytest.raises(SupervisionError) as too_many:
        sup.paper.reserve(staff["supervisor"], 501)
    assert too_many.value.code == "paper_block_count"
    with pytest.raises(SupervisionError) as too_long:
        sup.paper.reserve(staff["supervisor"], 5, days=0)
    assert too_long.value.code == "paper_block_days"
    assert sup.paper.blocks(staff["admin"]) == []


def test_a_clerk_enters_the_paper_complaint_with_its_number_and_time(
    sup: SupervisionServices, staff: dict[str, Actor], settings: Settings, sup_clock: FixedClock
) -> None:
    settings.set(DESK_CODE, "KAB-BDG-07")
    settings.set(DESK_COUNTER, "L2")
    sup_clock.now = datetime(2026, 11, 20, 8, 0, tzinfo=WIB)
    block = sup.paper.reserve(staff["supervisor"], 3)
    sup_clock.now = datetime(2026, 11, 23, 9, 0, tzinfo=WIB)  # the server is back, Monday
    clerk = sup.session(staff["clerk"]).complaints
    number = block.first_number
    typed = number.lower().replace("-k-", " -k- ")
    assert clerk.check_paper_receipt(typed, PAPER_TIME) == ()
    saved = clerk.record(walk_in(received_at=PAPER_TIME), extras=Extras(paper_receipt=typed)).complaint
    assert saved.receipt_number == number
    assert saved.received_at == PAPER_TIME
    assert saved.desk_code == counter_desk_code(settings) == "KAB-BDG-07-L2"
    # Its deadlines count from the paper's time, as for any complaint received then.
    assert sup.complaints.deadline_of(saved) == sup.complaints.deadline_of(
        dataclasses.replace(saved, received_at=PAPER_TIME)
    )
    numbers = sup.paper.numbers(staff["admin"], block.id)
    assert [(n.number, n.receipt_of) for n in numbers if n.used_at] == [(number, saved.id)]
    assert sup.paper.blocks(staff["admin"])[0].used == 1
    used = sup.audit.page(AuditFilter(actions=("paper_receipt_used",)))
    assert [(e.actor, e.target, e.detail) for e in used] == [("budi", f"complaint:{saved.id}", {"number": number})]
    # The citizen comes back with the paper: the number finds the complaint (as a receipt, not words).
    assert search_key(number.lower()).is_receipt
    assert [row.id for row in clerk.lookup(number.lower())] == [saved.id]
    # The next complaint typed at the counter gets the counter's own next number as usual.
    plain = clerk.record(walk_in(title="Lampu jalan mati di gang"))
    assert plain.complaint.receipt_number == "KAB-BDG-07-L2-20261123-0001"


def test_a_number_not_reserved_used_or_mistyped_is_refused_at_the_field(
    sup: SupervisionServices, staff: dict[str, Actor], settings: Settings, sup_clock: FixedClock
) -> None:
    block = reserve_paper_block(sup, staff, settings, sup_clock, 2, days=10)
    sup_clock.now = datetime(2026, 11, 20, 11, 0, tzinfo=WIB)
    clerk = sup.session(staff["clerk"]).complaints
    data = walk_in(received_at=PAPER_TIME)

    def refused(typed: str, received: datetime = PAPER_TIME) -> list[tuple[str, str]]:
        with pytest.raises(ValidationFailed) as exc:
            clerk.record(dataclasses.replace(data, received_at=received), extras=Extras(paper_receipt=typed))
        assert [(m.field, m.code) for m in clerk.check_paper_receipt(typed, received)] == _codes(exc) or _codes(
            exc
        ) == [("received_at", "datetime_in_future")]
        return _codes(exc)

    assert refused("KAB-BDG-07-0001") == [("paper_receipt", "paper_receipt_shape")]
    good = block.first_number
    wrong_check = good[:-1] + str((int(good[-1]) + 1) % 10)
    assert refused(wrong_check) == [("paper_receipt", "paper_receipt_mistyped")]
    assert refused(paper_number("KAB-BDG-07", 3)) == [("paper_receipt", "paper_receipt_unknown")]
    assert refused(paper_number("KAB-BDG-99", 1)) == [("paper_receipt", "paper_receipt_unknown")]
    before_block = datetime(2026, 11, 20, 7, 0, tzinfo=WIB)
    assert refused(good, before_block) == [("received_at", "paper_receipt_time_outside")]
    assert refused(good, datetime(2026, 11, 20, 12, 0, tzinfo=WIB)) == [("received_at", "datetime_in_future")]
    sup_clock.now = datetime(2026, 12, 5, 9, 0, tzinfo=WIB)
    assert refused(good, datetime(2026, 12, 1, 9, 0, tzinfo=WIB)) == [("received_at", "paper_receipt_time_outside")]
    first = clerk.record(data, extras=Extras(paper_receipt=good)).complaint
    assert refused(good) == [("paper_receipt", "paper_receipt_used")]
    # A number already standing on a complaint some other way (an imported register) is used too.
    other = block.last_number
    with sup.complaints.db.write() as conn:
        conn.execute(update(COMPLAINTS).where(COMPLAINTS.c.id == first.id).values(receipt_number=other))
    assert refused(other) == [("paper_receipt", "paper_receipt_used")]
    # The message speaks Indonesian, English when switched.
    message = clerk.check_paper_receipt(good, PAPER_TIME)[0]
    assert message.text("id") == f"Nomor {good} sudah dipakai untuk pengaduan lain."
    assert message.text("en") == f"Number {good} has already been used for another complaint."


def test_a_draft_is_recorded_with_a_paper_number_and_a_recorded_one_keeps_its_own(
    sup: SupervisionServices, staff: dict[str, Actor], settings: Settings, sup_clock: FixedClock
) -> None:
    sup_clock.now = datetime(2026, 11, 20, 8, 0, tzinfo=WIB)
    block = sup.paper.reserve(staff["supervisor"], 2)
    sup_clock.now = datetime(2026, 11, 20, 11, 0, tzinfo=WIB)
    clerk = sup.session(staff["clerk"]).complaints
    typed = " " + block.first_number.lower() + " "
    draft = clerk.save_draft(walk_in(received_at=PAPER_TIME), extras=Extras(paper_receipt=typed))
    assert draft.complaint.receipt_number is None  # a draft does not take the number
    # ... but keeps it as typed (signed out, or finished later): nothing typed is lost.
    assert draft.complaint.paper_receipt == typed.strip()
    assert sup.complaints.get(draft.complaint.id).paper_receipt == typed.strip()
    assert [n.used_at for n in sup.paper.numbers(staff["admin"], block.id)] == [None, None]
    again = clerk.save_draft(walk_in(received_at=PAPER_TIME), draft.complaint.id, Extras(paper_receipt="KAB-K-12"))
    assert sup.complaints.get(again.complaint.id).paper_receipt == "KAB-K-12"  # even one not valid yet
    cleared = clerk.save_draft(walk_in(received_at=PAPER_TIME), draft.complaint.id, Extras())
    assert cleared.complaint.paper_receipt == sup.complaints.get(draft.complaint.id).paper_receipt == ""
    clerk.save_draft(walk_in(received_at=PAPER_TIME), draft.complaint.id, Extras(paper_receipt=typed))
    unchanged = clerk.save_draft(walk_in(received_at=PAPER_TIME), draft.complaint.id)  # no extras: kept
    assert unchanged.complaint.paper_receipt == typed.strip()
    recorded = clerk.record(
        walk_in(received_at=PAPER_TIME), draft.complaint.id, Extras(paper_receipt=block.first_number)
    )
    assert recorded.complaint.receipt_number == block.first_number
    with sup.complaints.db.read() as conn:  # recorded: nothing left kept with it as a draft
        assert conn.execute(select(DRAFT_PAPER.c.complaint_id)).all() == []
    with pytest.raises(ValidationFailed) as exc:
        clerk.record(walk_in(received_at=PAPER_TIME), recorded.complaint.id, Extras(paper_receipt=block.last_number))
    assert _codes(exc) == [("paper_receipt", "paper_receipt_not_draft")]
    assert [n.used_at is None for n in sup.paper.numbers(staff["admin"], block.id)] == [False, True]


def test_two_counters_entering_numbers_of_one_block_at_once_never_use_one_twice(
    sup: SupervisionServices, staff: dict[str, Actor], settings: Settings, sup_db: object, tmp_path: object
) -> None:
    clock = FixedClock(datetime(2026, 11, 20, 8, 0, tzinfo=WIB))
    sup.complaints.clock = clock
    sup.paper.clock = clock
    block = sup.paper.reserve(staff["supervisor"], 12)
    clock.now = datetime(2026, 11, 20, 11, 0, tzinfo=WIB)
    numbers = [n.number for n in sup.paper.numbers(staff["admin"], block.id)]
    url = url_of(sup_db)
    won: dict[str, list[str]] = {"L1": [], "L2": []}
    lost: dict[str, list[str]] = {"L1": [], "L2": []}
    failures: list[BaseException] = []

    def counter(code: str, seed: int) -> None:
        db = open_database(url)  # each counter its own engine and connections, as two PCs
        try:
            service = ComplaintService(db, settings, EventBus(), clock, supervision_hooks(db, settings, clock))
            order = list(numbers)
            random.Random(seed).shuffle(order)
            for number in order:
                try:
                    saved = service.record(walk_in(received_at=PAPER_TIME), extras=Extras(paper_receipt=number))
                    won[code].append(saved.complaint.receipt_number or "")
                except ValidationFailed as exc:
                    assert [m.code for m in exc.result.errors] == ["paper_receipt_used"]
                    lost[code].append(number)
        except BaseException as exc:  # noqa: BLE001 - reported by the test thread
            failures.append(exc)
        finally:
            db.dispose()

    threads = [threading.Thread(target=counter, args=(code, seed)) for code, seed in (("L1", 1), ("L2", 2))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert not failures
    entered = won["L1"] + won["L2"]
    assert sorted(entered) == sorted(numbers)  # each number used exactly once, by one counter
    assert sorted(lost["L1"] + lost["L2"]) == sorted(numbers)  # and refused to the other
    with sup_db.read() as conn:  # type: ignore[attr-defined]
        rows = conn.execute(select(PAPER_NUMBERS.c.number, PAPER_NUMBERS.c.complaint_id)).all()
    assert all(r.complaint_id is not None for r in rows) and len({r.complaint_id for r in rows}) == 12


def test_the_last_serials_are_reserved_and_then_the_office_is_told_they_are_used_up(
    sup: SupervisionServices, staff: dict[str, Actor]
) -> None:
    from lapor_desk.paper.book import SERIALS_KEY
    from lapor_desk.paper.numbers import MAX_SERIAL
    from lapor_desk.storage import repository as repo

    with sup.paper.db.write() as conn:  # 999,990 numbers already handed out over the years
        repo.reserve_receipt_serials(conn, sup.paper.settings.get(DESK_CODE), SERIALS_KEY, MAX_SERIAL - 10)
    last = sup.paper.reserve(staff["supervisor"], 10)
    assert last.last_serial == MAX_SERIAL
    assert is_paper_number(paper_number(sup.paper.settings.get(DESK_CODE), MAX_SERIAL))
    with pytest.raises(SupervisionError) as used_up:
        sup.paper.reserve(staff["supervisor"], 1)
    assert used_up.value.code == "paper_block_serials_used_up"
    assert [b.last_serial for b in sup.paper.blocks(staff["admin"])] == [MAX_SERIAL]
