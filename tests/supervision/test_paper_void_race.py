"""PostgreSQL, two connections: a void and a use of one of its numbers at the same moment.
Whichever takes the block first, no number is used after the void, and the void's audited
"unused" count is what was unused when it committed."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import datetime

import pytest
from sqlalchemy import func, select, text, update

from lapor_desk.accounts import Actor
from lapor_desk.accounts.supervision import SupervisionServices
from lapor_desk.audit import AuditFilter
from lapor_desk.domain.complaint import Extras
from lapor_desk.domain.messages import ValidationFailed
from lapor_desk.paper.use import use_paper_number
from lapor_desk.settings import DESK_CODE, Settings
from lapor_desk.storage.database import Database
from lapor_desk.storage.paper_tables import PAPER_BLOCKS, PAPER_NUMBERS

from factories import WIB, FixedClock, walk_in

PAPER_TIME = datetime(2026, 11, 20, 10, 15, tzinfo=WIB)


def _run_until_blocked(db: Database, work: Callable[[], None]) -> tuple[threading.Thread, list[BaseException]]:
    """Start `work` on a thread; return once it waits for a row lock (or has finished)."""
    failures: list[BaseException] = []

    def run() -> None:
        try:
            work()
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            failures.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    deadline = time.monotonic() + 120
    waiting = text(
        "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()"
    )
    while thread.is_alive() and time.monotonic() < deadline:
        with db.engine.connect() as conn:
            if conn.execute(waiting).scalar_one():
                break
        time.sleep(0.05)  # polling with a deadline, not a fixed wait
    return thread, failures


@pytest.fixture
def block_id(sup: SupervisionServices, sup_db: Database, staff: dict[str, Actor], settings: Settings) -> int:
    if sup_db.engine.dialect.name != "postgresql":
        pytest.skip("SQLite serialises both sides with BEGIN IMMEDIATE")
    settings.set(DESK_CODE, "KAB-BDG-07")
    sup.complaints.clock = sup.paper.clock = FixedClock(datetime(2026, 11, 20, 8, 0, tzinfo=WIB))
    block = sup.paper.reserve(staff["supervisor"], 3)
    sup.complaints.clock.now = datetime(2026, 11, 20, 11, 0, tzinfo=WIB)  # type: ignore[attr-defined]
    return block.id


def test_a_void_waits_for_a_use_in_progress_and_counts_it_used(
    sup: SupervisionServices, sup_db: Database, staff: dict[str, Actor], block_id: int
) -> None:
    number = sup.paper.numbers(staff["admin"], block_id)[0].number
    with sup_db.engine.connect() as counter:  # a counter's write transaction, not committed yet
        assert use_paper_number(counter, number, PAPER_TIME, PAPER_TIME, "budi") == (number, ())
        thread, failures = _run_until_blocked(
            sup_db, lambda: sup.paper.void(staff["supervisor"], block_id, "lembar hilang")
        )
        counter.commit()
    thread.join(timeout=120)
    assert not failures and not thread.is_alive()
    [entry] = sup.audit.page(AuditFilter(actions=("paper_block_voided",)))
    assert entry.detail["unused"] == 2  # the number used before the void committed is not "unused"
    with sup_db.read() as conn:
        unused = conn.execute(
            select(func.count()).where(PAPER_NUMBERS.c.block_id == block_id, PAPER_NUMBERS.c.used_at.is_(None))
        ).scalar_one()
    assert unused == 2


def test_a_use_waits_for_a_void_in_progress_and_is_refused(
    sup: SupervisionServices, sup_db: Database, staff: dict[str, Actor], block_id: int
) -> None:
    number = sup.paper.numbers(staff["admin"], block_id)[1].number
    clerk = sup.session(staff["clerk"]).complaints
    refused: list[ValidationFailed] = []

    def enter() -> None:
        try:
            clerk.record(walk_in(received_at=PAPER_TIME), extras=Extras(paper_receipt=number))
        except ValidationFailed as exc:
            refused.append(exc)

    with sup_db.engine.connect() as supervisor:  # the void's own UPDATE, not committed yet
        supervisor.execute(
            update(PAPER_BLOCKS)
            .where(PAPER_BLOCKS.c.id == block_id)
            .values(voided_at=datetime(2026, 11, 20, 10, 59, tzinfo=WIB), voided_by="sri", void_reason="lembar hilang")
        )
        thread, failures = _run_until_blocked(sup_db, enter)
        supervisor.commit()
    thread.join(timeout=120)
    assert not failures and not thread.is_alive()
    assert [[m.code for m in exc.result.errors] for exc in refused] == [["paper_receipt_voided"]]
    assert [n.used_at for n in sup.paper.numbers(staff["admin"], block_id)] == [None, None, None]
