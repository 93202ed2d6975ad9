"""storage.bulk.Many: a statement built once, run for many rows through the driver, writes what
SQLAlchemy's own executemany writes (types included), and refuses what it cannot run as built."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import Integer, String, bindparam, select, update

from lapor_desk.services.complaints import ComplaintService
from lapor_desk.storage import answer_writes
from lapor_desk.storage import repository as repo
from lapor_desk.storage.bulk import Many
from lapor_desk.storage.database import Database

from factories import walk_in

AT = datetime(2026, 11, 20, 2, 30, 15, 123456, tzinfo=UTC)


def _events(db: Database, kind: str) -> list[tuple[object, ...]]:
    e = repo.EVENTS.c
    with db.read() as conn:
        rows = conn.execute(
            select(e.complaint_id, e.at, e.kind, e.actor, e.detail).where(e.kind == kind).order_by(e.id)
        )
        return [tuple(r) for r in rows]


def test_many_writes_what_sqlalchemy_writes(db: Database, service: ComplaintService) -> None:
    ids = [service.record(walk_in()).complaint.id for _ in range(3)]
    details = [(cid, {"tracking_id": 9000 + n, "server_at": AT.isoformat(), "note": "é"}) for n, cid in enumerate(ids)]
    with db.write() as conn:
        repo.insert_events(
            conn, [{"complaint_id": c, "at": AT, "kind": "a", "actor": "x", "detail": d} for c, d in details]
        )
        answer_writes.insert_events_of_kind(conn, "b", "x", AT, details)
    made_by_sqlalchemy, made_by_many = _events(db, "a"), _events(db, "b")
    assert [r[:2] + r[3:] for r in made_by_many] == [r[:2] + r[3:] for r in made_by_sqlalchemy]
    assert [r[1] for r in made_by_many] == [AT, AT, AT]  # the shared datetime, processed once, read back aware
    assert made_by_many[0][4] == details[0][1]
    with db.read() as conn:  # stored alike, not only read back alike (SQLite keeps what it is given)
        stored = conn.exec_driver_sql(
            "SELECT kind, CAST(at AS TEXT), CAST(detail AS TEXT) FROM complaint_events"
            " WHERE kind IN ('a', 'b') ORDER BY id"
        ).all()
    assert [r[1:] for r in stored[3:]] == [r[1:] for r in stored[:3]]


def test_row_keys_in_any_order_and_shared_literals(db: Database, service: ComplaintService) -> None:
    """Row keys given in another order than the statement's, beside a literal of the statement
    and a shared value of the call."""
    ids = [service.record(walk_in()).complaint.id for _ in range(2)]
    c = repo.C
    many = Many(
        update(repo.COMPLAINTS)
        .where(c.id == bindparam("cid"), c.status == "recorded")
        .values(agency_name=bindparam("agency", type_=String), tracking_id=bindparam("tid")),
        ("tid", "cid"),
    )
    with db.write() as conn:
        many.run(conn, [("71", ids[0]), ("72", ids[1])], agency="Dinas PU")
    with db.read() as conn:
        rows = conn.execute(select(c.id, c.tracking_id, c.agency_name).where(c.id.in_(ids)).order_by(c.id)).all()
    assert [tuple(r) for r in rows] == [(ids[0], "71", "Dinas PU"), (ids[1], "72", "Dinas PU")]


def test_refuses_what_it_cannot_run_as_built(db: Database) -> None:
    c = repo.C
    expanding = Many(update(repo.COMPLAINTS).where(c.id.in_([1, 2])).values(tracking_id=bindparam("tid")), ("tid",))
    needs_shared = Many(
        update(repo.COMPLAINTS)
        .where(c.id == bindparam("cid"))
        .values(revision=bindparam("rev", type_=Integer), tracking_id=bindparam("tid")),
        ("cid", "tid"),
    )
    with db.write() as conn:
        with pytest.raises(TypeError, match="expanding IN"):
            expanding.run(conn, [("1",)])
        with pytest.raises(TypeError, match="shared values"):
            needs_shared.run(conn, [(1, "1")])  # `rev` not given: never a silent NULL
        with pytest.raises(TypeError, match="shared values"):
            needs_shared.run(conn, [(1, "1")], rev=2, other=3)
        needs_shared.run(conn, [])  # nothing to do: no statement
