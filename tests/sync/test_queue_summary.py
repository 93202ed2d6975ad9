"""The sync queue's summary (the status bar's "N antre, terlama …"): right across states, and
read from an index, since it is asked several times a second while a sync runs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import update

from lapor_desk.desk import Desk
from lapor_desk.sync import state
from lapor_desk.sync.tables import SyncItem

from factories import walk_in


def test_the_oldest_waiting_is_the_oldest_pending_or_sending(desk: Desk) -> None:
    assert desk.sync is not None
    ids = [desk.complaints.record(walk_in(title=f"Jalan desa rusak nomor {i}")).complaint.id for i in range(3)]
    base = datetime(2026, 11, 20, 2, tzinfo=UTC)
    items = SyncItem.__table__
    with desk.db.write() as conn:
        # The oldest is being sent, the next is pending, the third synced long ago.
        for cid, queued, st in zip(
            ids,
            (base, base + timedelta(hours=1), base - timedelta(days=9)),
            ("sending", "pending", "synced"),
            strict=True,
        ):
            conn.execute(update(items).where(items.c.complaint_id == cid).values(queued_at=queued, state=st))
    with desk.db.read() as conn:
        summary = state.summary(conn)
        assert summary.waiting == 2 and summary.synced == 1
        assert summary.oldest_queued_at == base
    with desk.db.write() as conn:
        conn.execute(update(items).where(items.c.complaint_id == ids[0]).values(state="synced"))
    with desk.db.read() as conn:
        assert state.summary(conn).oldest_queued_at == base + timedelta(hours=1)


def test_the_oldest_waiting_is_an_index_read(desk: Desk) -> None:
    with desk.db.read() as conn:
        for waiting in state.WAITING:
            query = f"SELECT min(queued_at) FROM sync_items WHERE state = '{waiting}'"
            if conn.dialect.name == "sqlite":
                plan = " | ".join(r[-1] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + query))
            else:
                conn.exec_driver_sql("SET LOCAL enable_seqscan = off")  # a tiny table: ask what it could use
                plan = " | ".join(r[0] for r in conn.exec_driver_sql("EXPLAIN " + query))
            assert "ix_sync_items_state_queued" in plan, plan
