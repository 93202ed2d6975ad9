"""The audit append carrying the save's COMMIT (storage.commit_with_last, PostgreSQL).

With the execution option set, the append's last statement is bound on the client and sent with
the COMMIT; on SQLite the option changes nothing. The chain must stay the one entry_hash and
verify() expect, text of any kind must arrive as typed, a statement after the commit must be
refused, and a head the statement did not move must fail it before anything commits."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import delete, func, select
from sqlalchemy.exc import DBAPIError

from lapor_desk.audit import AuditTrail, PendingEntry, Who
from lapor_desk.audit_append_pg import add_and_check
from lapor_desk.storage.commit_with_last import (
    COMMIT_WITH_LAST,
    CommittedAlready,
    execute_and_commit,
    may_commit_with_last,
)
from lapor_desk.storage.supervision_tables import AUDIT, AUDIT_HEAD

from factories import WIB, FixedClock, three_counters_append_at_once

# Placeholders and quoting of psycopg's and SQL's own: bound on the client, they must arrive as typed.
TRICKY = [
    PendingEntry(Who("budi", "clerk"), "create", "complaint:1", {"title": "100% %s %(x)s $1 ?"}),
    PendingEntry(Who("o'neil", "clerk"), "edit", "complaint:1", {"t": "a'b\\c\"d;\nCOMMIT; --x", "n": [1, None]}),
    PendingEntry(Who("äni", ""), "status_change", "", {"路": "Ñoño — ürün\t{}"}),
]


def _final(conn):  # type: ignore[no-untyped-def]
    return conn.execution_options(**{COMMIT_WITH_LAST: True})


def test_the_committing_append_keeps_the_chain_and_the_text(sup_db) -> None:  # type: ignore[no-untyped-def]
    trail = AuditTrail(sup_db, FixedClock(datetime(2026, 11, 20, 9, 30, 0, 123456, tzinfo=WIB)))
    with sup_db.write() as conn:
        trail.append(_final(conn), Who("admin", "admin"), "sign_in")  # no head yet: the usual path
    for _ in range(2):
        with sup_db.write() as conn:
            conn = _final(conn)
            assert may_commit_with_last(conn) == (sup_db.url.get_backend_name() == "postgresql")
            last = trail.append_many(conn, TRICKY)
    assert last == 7
    with sup_db.read() as conn:
        details = conn.execute(select(AUDIT.c.detail).where(AUDIT.c.seq >= 5).order_by(AUDIT.c.seq)).scalars().all()
        actors = conn.execute(select(AUDIT.c.actor).where(AUDIT.c.seq >= 5).order_by(AUDIT.c.seq)).scalars().all()
    assert details == [
        '{"title":"100% %s %(x)s $1 ?"}',
        '{"n":[1,null],"t":"a\'b\\\\c\\"d;\\nCOMMIT; --x"}',
        '{"路":"Ñoño — ürün\\t{}"}',
    ]
    assert actors == ["budi", "o'neil", "äni"]
    report = trail.verify()
    assert report.ok and report.entries == 7
    assert trail.head()[0] == 7


def test_a_statement_after_the_committing_one_is_refused(sup_db) -> None:  # type: ignore[no-untyped-def]
    if sup_db.url.get_backend_name() != "postgresql":
        pytest.skip("the commit rides with the last statement on PostgreSQL only")
    trail = AuditTrail(sup_db)
    with sup_db.write() as conn:
        trail.append(conn, Who("admin", "admin"), "sign_in")
    with pytest.raises(CommittedAlready), sup_db.write() as conn:
        trail.append_many(_final(conn), TRICKY[:1])
        conn.execute(select(func.count()).select_from(AUDIT))
    # The append had committed; the refused statement ran nowhere, and the connection works on.
    with sup_db.write() as conn:
        trail.append(conn, Who("admin", "admin"), "sign_out")
    report = trail.verify()
    assert report.ok and report.entries == 3


def test_a_head_not_moved_fails_the_statement_and_nothing_commits(sup_db) -> None:  # type: ignore[no-untyped-def]
    if sup_db.url.get_backend_name() != "postgresql":
        pytest.skip("the commit rides with the last statement on PostgreSQL only")
    trail = AuditTrail(sup_db)
    with sup_db.write() as conn:
        trail.append(conn, Who("admin", "admin"), "sign_in")
    head = trail.head()
    row = {"at": datetime(2026, 11, 20, 2, 30), "actor": "x", "role": "", "action": "a", "target": "", "detail": "{}"}
    params = {
        "seq_0": 2,
        "at_0": row["at"],
        "actor_0": "x",
        "role_0": "",
        "action_0": "a",
        "target_0": "",
        "detail_0": "{}",
        "prev_hash_0": head[1],
        "hash_0": "f" * 64,
        "head": "f" * 64,
    }
    with pytest.raises(DBAPIError) as failed, sup_db.write() as conn:
        conn.execute(delete(AUDIT_HEAD))  # the head gone (as if never there)
        execute_and_commit(_final(conn), add_and_check(1), params)
    assert "audit head not moved" in str(failed.value.orig)
    with sup_db.read() as conn:
        assert conn.execute(select(func.count()).select_from(AUDIT)).scalar_one() == 1
    assert trail.head() == head  # the delete was rolled back with it
    assert trail.verify().ok


def test_writers_committing_with_their_append_at_once_keep_one_chain(sup_db) -> None:  # type: ignore[no-untyped-def]
    three_counters_append_at_once(sup_db, _final)  # each append carries its COMMIT


def test_a_hook_after_the_audit_hook_is_refused_before_anything_is_sent(sup_db, settings, sup_clock) -> None:  # type: ignore[no-untyped-def]
    # The audit's append carries the save's COMMIT: a hook after it would write after the
    # commit. The save refuses such a list at once, with no statement sent and nothing saved.
    from sqlalchemy import event

    from lapor_desk.accounts.supervision import supervision_hooks
    from lapor_desk.events import EventBus
    from lapor_desk.services.complaints import ComplaintService
    from lapor_desk.services.hooks import CarrierNotLast, check_commit_carrier_last
    from lapor_desk.storage.repository import COMPLAINTS, COUNTERS

    from factories import walk_in

    class Follower:
        def __init__(self) -> None:
            self.calls = 0

        def after_write(self, conn, changes) -> None:  # type: ignore[no-untyped-def]
            self.calls += 1

    follower = Follower()
    hooks = supervision_hooks(sup_db, settings, sup_clock)
    check_commit_carrier_last(hooks)  # the desk's own list: the audit hook last
    service = ComplaintService(sup_db, settings, EventBus(), sup_clock, (*hooks, follower))
    sent: list[str] = []

    def note(conn, cursor, statement, *rest) -> None:  # type: ignore[no-untyped-def]
        sent.append(statement)

    event.listen(sup_db.engine, "before_cursor_execute", note)
    try:
        with pytest.raises(CarrierNotLast, match="AuditWriteHook, Follower"):
            service.record(walk_in())
        with pytest.raises(CarrierNotLast):
            service.save_draft(walk_in())
    finally:
        event.remove(sup_db.engine, "before_cursor_execute", note)
    assert sent == [] and follower.calls == 0
    with sup_db.read() as conn:
        counts = [conn.execute(select(func.count()).select_from(t)).scalar() for t in (COMPLAINTS, COUNTERS, AUDIT)]
    assert counts == [0, 0, 0]
