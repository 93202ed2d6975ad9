"""Migration 0018 down and up again keeps every paper receipt number, used and unused (on
SQLite a table rebuild of the blocks would cascade to the numbers and delete them all)."""

from __future__ import annotations

from datetime import datetime

from alembic import command
from sqlalchemy import inspect, select

from lapor_desk.accounts import Actor
from lapor_desk.accounts.supervision import SupervisionServices
from lapor_desk.domain.complaint import Extras
from lapor_desk.settings import Settings
from lapor_desk.storage.database import Database
from lapor_desk.storage.paper_tables import PAPER_NUMBERS

from factories import WIB, FixedClock, reserve_paper_block, walk_in


def _numbers(db: Database) -> list[tuple[str, bool, int | None]]:
    n = PAPER_NUMBERS.c
    with db.engine.connect() as conn:
        rows = conn.execute(select(n.number, n.used_at, n.complaint_id).order_by(n.number)).all()
    return [(r.number, r.used_at is not None, r.complaint_id) for r in rows]


def test_0018_down_and_up_keeps_every_used_and_unused_paper_number(
    sup: SupervisionServices, sup_db: Database, staff: dict[str, Actor], settings: Settings, sup_clock: FixedClock
) -> None:
    block = reserve_paper_block(sup, staff, settings, sup_clock, 2)
    sup_clock.now = datetime(2026, 11, 20, 11, 0, tzinfo=WIB)
    paper_time = datetime(2026, 11, 20, 10, 15, tzinfo=WIB)
    clerk = sup.session(staff["clerk"]).complaints
    saved = clerk.record(walk_in(received_at=paper_time), extras=Extras(paper_receipt=block.first_number)).complaint
    before = _numbers(sup_db)
    assert before == [(block.first_number, True, saved.id), (block.last_number, False, None)]

    with sup_db.engine.connect() as conn:
        command.downgrade(sup_db._alembic_config(conn), "0017")
        conn.commit()
    with sup_db.engine.connect() as conn:
        assert "draft_paper_receipts" not in inspect(conn).get_table_names()
    assert _numbers(sup_db) == before

    sup_db.migrate(backup=False)
    assert sup_db.current_revision() == sup_db.head_revision()
    assert _numbers(sup_db) == before
    assert [b.voided_at for b in sup.paper.blocks(staff["admin"])] == [None]
    # The unused one is still taken by the form as usual afterwards.
    later = clerk.record(walk_in(received_at=paper_time), extras=Extras(paper_receipt=block.last_number)).complaint
    assert later.receipt_number == block.last_number
