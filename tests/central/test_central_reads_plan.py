"""Reads at scale are index reads: the SQL the central really runs for `/updates` and the
operator's list and search, EXPLAINed on PostgreSQL over seeded rows. No sequential scan of
complaints or events, and the index meant for each read is the one used."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import event, select

from benchmarks.central_reads import RARE_STATUS, RARE_WORD, seed
from central.db import CentralDatabase
from central.models import LIST_COLUMNS, Desk
from central.services import feed
from central.services.complaints import ComplaintFilter, list_complaints
from central.testing import fresh_postgres_database

COUNT, DESKS = 30_000, 300


@pytest.fixture(scope="module")
def seeded(postgres_admin_url: str) -> Iterator[CentralDatabase]:
    with fresh_postgres_database(postgres_admin_url, "lapor_central_plan_") as url:
        seed(url, COUNT, DESKS)
        db = CentralDatabase(url, pool_size=2)
        try:
            yield db
        finally:
            db.dispose()


def _plans(db: CentralDatabase, read: Any) -> list[dict[str, Any]]:
    """Run `read(session)`, then EXPLAIN every SELECT it sent with the parameters it sent."""
    sent: list[tuple[str, Any]] = []

    def capture(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            sent.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", capture)
    try:
        with db.read() as session:
            read(session)
    finally:
        event.remove(db.engine, "before_cursor_execute", capture)
    plans = []
    with db.engine.connect() as conn:
        for statement, parameters in sent:
            raw = conn.exec_driver_sql("EXPLAIN (FORMAT JSON) " + statement, parameters).scalar()
            plans.append((raw if isinstance(raw, list) else json.loads(raw))[0]["Plan"])
    return plans


def _nodes(plan: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield plan
    for child in plan.get("Plans", []):
        yield from _nodes(child)


def _check(plans: list[dict[str, Any]], *indexes: str) -> None:
    nodes = [n for p in plans for n in _nodes(p)]
    described = [(n["Node Type"], n.get("Relation Name"), n.get("Index Name")) for n in nodes]
    seq = [d for d in described if d[0] == "Seq Scan" and d[1] in ("complaints", "events")]
    assert not seq, described
    used = {d[2] for d in described if d[2]}
    for index in indexes:
        assert index in used, (index, described)


def _desk_id(db: CentralDatabase, code: str) -> int:
    with db.read() as session:
        return int(session.scalar(select(Desk.id).where(Desk.code == code)))


def test_updates_page_reads_the_desk_cursor_index(seeded: CentralDatabase) -> None:
    desk_id = _desk_id(seeded, "SEED-00042")
    plans = _plans(seeded, lambda s: feed.updates(s, desk_id, 0, 100))
    _check(plans, "ix_events_desk_cursor")
    later = _plans(seeded, lambda s: feed.updates(s, desk_id, COUNT, 100))
    _check(later, "ix_events_desk_cursor")


@pytest.mark.parametrize(
    ("flt", "index"),
    [
        (ComplaintFilter(desk="SEED-00042"), "ix_complaints_desk_list"),
        (ComplaintFilter(desk="SEED-00042", status="unverified"), "ix_complaints_desk_list"),
        (ComplaintFilter(status=RARE_STATUS), "ix_complaints_status_tracking"),
        (ComplaintFilter(q="SEED-00043/2026/0000042"), "ix_complaints_receipt_upper"),
        (ComplaintFilter(q="0812-0000-4242"), "ix_complaints_phone_digits"),
        (ComplaintFilter(q="3204051200004242"), "ix_complaints_reporter_nik"),
        (ComplaintFilter(q=RARE_WORD), "ix_complaints_title_trgm"),
    ],
    ids=["desk", "desk-status", "status", "receipt", "phone", "nik", "words"],
)
def test_operator_list_and_search_read_an_index(seeded: CentralDatabase, flt: ComplaintFilter, index: str) -> None:
    plans = _plans(seeded, lambda s: list_complaints(s, flt))
    _check(plans, index)


def test_a_page_by_desk_is_read_from_the_index_alone(seeded: CentralDatabase) -> None:
    """The desk index carries the list's columns (migration 0009): no heap page per row."""
    with seeded.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM complaints")  # the visibility map an index-only scan needs
    plans = _plans(seeded, lambda s: list_complaints(s, ComplaintFilter(desk="SEED-00042")))
    scans = [n for p in plans for n in _nodes(p) if n.get("Relation Name") == "complaints"]
    assert [(n["Node Type"], n["Index Name"]) for n in scans] == [("Index Only Scan", "ix_complaints_desk_list")]


def test_the_list_columns_are_the_ones_the_desk_index_carries(seeded: CentralDatabase) -> None:
    with seeded.engine.connect() as conn:
        definition = conn.exec_driver_sql("SELECT pg_get_indexdef('ix_complaints_desk_list'::regclass)").scalar()
    assert str(definition).endswith(f"(desk_id, tracking_id) INCLUDE ({', '.join(LIST_COLUMNS)})")


def _spread_received_at(db: CentralDatabase) -> None:
    """Received over about 300 days in tracking-ID order, some up to four days late (a desk that
    synced its backlog later): what makes PostgreSQL's tracking-ID walk the wrong plan."""
    with db.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE complaints SET received_at = timestamptz '2027-01-01' "
            "+ (tracking_id - (SELECT min(tracking_id) FROM complaints)) * interval '15 minutes' "
            "- mod(tracking_id::bigint * 7919, 5) * interval '1 day'"
        )
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM ANALYZE complaints")


def _all_pages(db: CentralDatabase, flt: ComplaintFilter) -> list[int]:
    found: list[int] = []
    after: int | None = 0
    while after is not None:
        with db.read() as session:
            page = list_complaints(session, flt, after=after, limit=7)
        found += [int(item["tracking_id"]) for item in page["items"]]
        after = page["next_after"]
    return found


@pytest.mark.parametrize(
    ("begin", "end"),
    [("2027-06-01", "2027-06-02"), ("2027-06-01", "2027-06-08"), ("2027-09-01", None), (None, "2027-03-01")],
    ids=["a-day", "a-week", "since", "until"],
)
def test_a_date_filter_reads_the_received_at_index(seeded: CentralDatabase, begin: str | None, end: str | None) -> None:
    """The pages hold exactly the complaints received in the range, in tracking-ID order; a range
    with a start is read from ix_complaints_received_at alone, not by walking every complaint."""
    _spread_received_at(seeded)

    def moment(day: str | None) -> datetime | None:
        return datetime.fromisoformat(day).replace(tzinfo=UTC) if day else None

    flt = ComplaintFilter(received_from=moment(begin), received_to=moment(end))
    with seeded.engine.connect() as conn:
        expected = list(
            conn.exec_driver_sql(
                "SELECT tracking_id FROM complaints WHERE received_at >= coalesce(%(begin)s::timestamptz, '-infinity') "
                "AND received_at < coalesce(%(end)s::timestamptz, 'infinity') ORDER BY tracking_id",
                {"begin": flt.received_from, "end": flt.received_to},
            ).scalars()
        )
    assert 7 < len(expected) < COUNT
    assert _all_pages(seeded, flt) == expected
    plans = _plans(seeded, lambda s: list_complaints(s, flt))
    if begin:
        scans = [n for p in plans for n in _nodes(p) if n.get("Index Name") == "ix_complaints_received_at"]
        assert [n["Node Type"] for n in scans] == ["Index Only Scan"], plans
    _check(plans)
