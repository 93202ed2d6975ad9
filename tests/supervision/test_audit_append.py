"""Appending to the audit chain: the first entry, several at once, awkward text, writers at once.

On PostgreSQL the head is locked and moved first and the entries written after it
(lapor_desk/audit_append_pg.py); the chain must be the one entry_hash and verify() expect."""

from __future__ import annotations

import threading
import time
from datetime import datetime

import pytest
from sqlalchemy import Connection, select, text

from lapor_desk.audit import AUDIT_LOCK_KEY, GENESIS, AuditTrail, PendingEntry, Who, entry_hash
from lapor_desk.storage.supervision_tables import AUDIT

from factories import WIB, FixedClock, three_counters_append_at_once, walk_in

AWKWARD = [
    PendingEntry(Who("budi", "clerk"), "create", "complaint:1", {"title": 'Jalan "rusak" \\ berlubang'}),
    PendingEntry(Who("sri", "supervisor"), "edit", "complaint:1", {"catatan": "Bapak Ñoño — ürün, 路\nbaris dua"}),
    PendingEntry(Who("äni", ""), "status_change", "", {"n": 12, "list": [1, None, True], "tab": "\t"}),
]


def _rows(db):  # type: ignore[no-untyped-def]
    with db.read() as conn:
        return conn.execute(select(AUDIT).order_by(AUDIT.c.seq)).all()


def test_first_entry_then_several_at_once_chain_as_python_hashes_them(sup_db) -> None:  # type: ignore[no-untyped-def]
    trail = AuditTrail(sup_db, FixedClock(datetime(2026, 11, 20, 9, 30, 0, 123456, tzinfo=WIB)))
    with sup_db.write() as conn:
        first = trail.append(conn, Who("admin", "admin"), "sign_in")  # no head row yet
    with sup_db.write() as conn:
        last = trail.append_many(conn, AWKWARD)  # on PostgreSQL: two statements
    with sup_db.write() as conn:
        again = trail.append_many(conn, AWKWARD[:1])
    rows = _rows(sup_db)
    assert [r.seq for r in rows] == [1, 2, 3, 4, 5] and (first, last, again) == (1, 4, 5)
    prev = GENESIS
    for r in rows:
        assert r.prev_hash == prev
        assert r.hash == entry_hash(prev, r.seq, r.at, r.actor, r.role, r.action, r.target, r.detail)
        prev = r.hash
    assert rows[2].detail == '{"catatan":"Bapak Ñoño — ürün, 路\\nbaris dua"}'
    assert trail.head() == (5, rows[-1].hash)
    report = trail.verify()
    assert report.ok and report.entries == 5


def test_writers_appending_at_once_keep_one_chain(sup_db) -> None:  # type: ignore[no-untyped-def]
    three_counters_append_at_once(sup_db)


def _queued_at_the_lock(holder: Connection, want: int, failures: list[BaseException]) -> int:
    """How many transactions wait for an advisory lock in this database, polled (with a deadline,
    not a fixed wait) until `want` do or a counter failed."""
    waiting = text(
        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
        " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
    )
    deadline = time.monotonic() + 120
    queued = 0
    while queued < want and time.monotonic() < deadline and not failures:
        queued = holder.execute(waiting).scalar_one()
        time.sleep(0.05)
    return int(queued)


def test_counters_writing_the_first_entry_of_an_empty_office_database_at_once_keep_one_chain(sup_db) -> None:  # type: ignore[no-untyped-def]
    """Three counters each find no head row (the chain is empty) and queue at the advisory lock;
    the test holds that lock until all three wait there, so they really meet at the first entry."""
    if sup_db.engine.dialect.name != "postgresql":
        pytest.skip("SQLite serialises its writers with BEGIN IMMEDIATE before they read the head")
    trail = AuditTrail(sup_db)
    failures: list[BaseException] = []
    last_seqs: list[int] = []

    def counter(name: str) -> None:
        try:
            with sup_db.write() as conn:
                entries = [
                    PendingEntry(Who(name, "clerk"), "create", f"complaint:{name}:{n}", {"n": n}) for n in (1, 2)
                ]
                last_seqs.append(trail.append_many(conn, entries))
        except BaseException as exc:  # reported below, not lost in the thread
            failures.append(exc)

    with sup_db.engine.connect() as holder:  # takes the chain's first-entry lock before any counter
        holder.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": AUDIT_LOCK_KEY})
        threads = [threading.Thread(target=counter, args=(f"loket{i}",)) for i in range(1, 4)]
        for t in threads:
            t.start()
        assert (_queued_at_the_lock(holder, 3, failures), failures) == (3, [])
        assert trail.head() is None  # none has written yet: each found the chain empty
        holder.rollback()  # the lock goes: the counters take their turns
    for t in threads:
        t.join(timeout=120)
    assert failures == [] and not any(t.is_alive() for t in threads)
    assert sorted(last_seqs) == [2, 4, 6]  # each counter's two entries, one after another
    rows = _rows(sup_db)
    assert [r.seq for r in rows] == [1, 2, 3, 4, 5, 6]
    assert sorted(r.target for r in rows) == sorted(f"complaint:loket{i}:{n}" for i in (1, 2, 3) for n in (1, 2))
    report = trail.verify()
    assert report.ok and report.entries == 6
    assert trail.head() == (6, rows[-1].hash)


def test_counters_recording_the_first_complaints_of_an_empty_office_database_at_once_keep_one_chain(sup) -> None:  # type: ignore[no-untyped-def]
    """The same meeting through the intake save itself, whose audit append carries the COMMIT
    (storage.commit_with_last): the counters that find the head written meanwhile append after it.
    Drafts: recorded complaints would queue first at their shared receipt serial (one desk code
    here; each counter of an office has its own), never reaching the audit lock together."""
    db = sup.complaints.db
    if db.engine.dialect.name != "postgresql":
        pytest.skip("SQLite serialises its writers with BEGIN IMMEDIATE before they read the head")
    assert sup.audit.head() is None
    failures: list[BaseException] = []
    saved: list[int] = []

    def counter(n: int) -> None:
        try:
            received = datetime(2026, 11, 20, 9, n, tzinfo=WIB)
            saved.append(sup.complaints.save_draft(walk_in(received_at=received)).complaint.id)
        except BaseException as exc:  # reported below, not lost in the thread
            failures.append(exc)

    with db.engine.connect() as holder:  # takes the chain's first-entry lock before any counter
        holder.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": AUDIT_LOCK_KEY})
        threads = [threading.Thread(target=counter, args=(n,)) for n in (1, 2, 3)]
        for t in threads:
            t.start()
        assert (_queued_at_the_lock(holder, 3, failures), failures) == (3, [])
        assert sup.audit.head() is None  # none has written yet: each found the chain empty
        holder.rollback()  # the lock goes: the counters take their turns
    for t in threads:
        t.join(timeout=120)
    assert failures == [] and not any(t.is_alive() for t in threads)
    assert len(set(saved)) == 3
    rows = _rows(db)
    assert [r.seq for r in rows] == [1, 2, 3]  # one chain: no seq twice, none lost
    assert sorted((r.action, r.target) for r in rows) == sorted(("create", f"complaint:{i}") for i in saved)
    report = sup.audit.verify()
    assert report.ok and report.entries == 3
    assert sup.audit.head() == (3, rows[-1].hash)
