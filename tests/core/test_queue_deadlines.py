"""The queue's deadline column and filter against states worked out here, on the 2026 calendar.

The expected states come from the 2026 holidays and joint leave days as the government
decree (SKB 3 Menteri) lists them, typed in below, and a plain day-by-day count: neither
the `holidays` package nor the SQL cutoffs are used to decide what should be late.
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import text

from lapor_desk.accounts import AccountService, Actor
from lapor_desk.audit import AuditTrail
from lapor_desk.deadlines import Closure, ClosureKind, DeskCalendar
from lapor_desk.domain.enums import Channel, Status
from lapor_desk.domain.queue import DeadlineState, QueueFilter, QueueRow, QueueSort
from lapor_desk.events import EventBus
from lapor_desk.services.complaints import ComplaintService
from lapor_desk.settings import Settings
from lapor_desk.storage.database import Database
from lapor_desk.storage.queue_query import queue_queries

from factories import PASSWORD, WIB, FixedClock, raw_sql, walk_in

# Libur nasional and cuti bersama 2026 (SKB 3 Menteri, 2025).
CLOSED_2026 = {
    date(2026, 1, 1),
    date(2026, 1, 16),
    date(2026, 2, 16),
    date(2026, 2, 17),
    date(2026, 3, 18),
    date(2026, 3, 19),
    date(2026, 3, 20),
    date(2026, 3, 21),
    date(2026, 3, 22),
    date(2026, 3, 23),
    date(2026, 3, 24),
    date(2026, 4, 3),
    date(2026, 4, 5),
    date(2026, 5, 1),
    date(2026, 5, 14),
    date(2026, 5, 15),
    date(2026, 5, 27),
    date(2026, 5, 28),
    date(2026, 5, 31),
    date(2026, 6, 1),
    date(2026, 6, 16),
    date(2026, 8, 17),
    date(2026, 8, 25),
    date(2026, 12, 24),
    date(2026, 12, 25),
}
CYCLE = (
    Status.RECORDED,
    Status.UNVERIFIED,
    Status.VERIFIED,
    Status.IN_PROGRESS,
    Status.COMPLETED,
    Status.ARCHIVED,
    Status.ON_HOLD,
    Status.VERIFIED,
    Status.RECORDED,
)
HOURS = (time(8, 0), time(23, 30), time(0, 30))  # late evening and just after midnight test the local day


def _working(day: date, extra: AbstractSet[date]) -> bool:
    return day.weekday() < 5 and day not in CLOSED_2026 and day not in extra


def _working_between(a: date, b: date) -> int:
    """Working days d with a < d <= b; negative when b is before a."""
    if b < a:
        return -_working_between(b, a)
    return sum(_working(a + timedelta(days=k), set()) for k in range(1, (b - a).days + 1))


def _add_working(day: date, n: int, extra: AbstractSet[date]) -> date:
    while n:
        day += timedelta(days=1)
        n -= _working(day, extra)
    return day


def expected(
    status: str, received: date, today: date, extra: AbstractSet[date] = frozenset()
) -> tuple[date, str] | None:
    """National profile: verify in 3 HK, first follow-up 3 + 5 HK, the whole case in 60 days."""
    if status in ("recorded", "unverified"):
        due = _add_working(received, 3, extra)
    elif status == "verified":
        due = _add_working(received, 8, extra)
    elif status == "in_progress":
        due = received + timedelta(days=60)
    else:
        return None
    if today > due:
        return due, "overdue"
    if due <= _add_working(today, 1, extra):
        return due, "due_soon"
    return due, "on_track"


class Desk:
    def __init__(self, db: Database, settings: Settings, clock: FixedClock) -> None:
        audit = AuditTrail(db, clock)
        self.calendar = DeskCalendar(db, audit, settings, clock)
        self.service = ComplaintService(db, settings, EventBus(), clock, deadlines=self.calendar.deadlines)
        self.clock = clock
        self.db = db
        self.received: dict[int, datetime] = {}
        self.status: dict[int, str] = {}
        self.channel: dict[int, str] = {}
        self.titles: dict[int, str] = {}

    def all_pages(self, filt: QueueFilter, size: int = 7) -> list[QueueRow]:
        rows: list[QueueRow] = []
        while True:
            page = self.service.queue_page(filt, rows[-1].id if rows else None, size)
            rows += page
            if len(page) < size:
                return rows

    def expect(
        self, today: date, state: DeadlineState, extra: AbstractSet[date] = frozenset(), only: set[int] | None = None
    ) -> list[int]:
        worse = {"overdue"} if state is DeadlineState.OVERDUE else {"overdue", "due_soon"}
        ids = []
        for cid, received in self.received.items():
            e = expected(self.status[cid], received.astimezone(WIB).date(), today, extra)
            if e is not None and e[1] in worse and (only is None or cid in only):
                ids.append(cid)
        return sorted(ids, key=lambda i: (self.received[i], i), reverse=True)  # the queue's order


@pytest.fixture
def desk(db: Database, settings: Settings) -> Iterator[Desk]:
    """Complaints received twice or three times a day from 12 Jan to 10 Apr 2026, over Lebaran."""
    clock = FixedClock(datetime(2026, 4, 30, 9, 0, tzinfo=WIB))
    d = Desk(db, settings, clock)
    day, n = date(2026, 1, 12), 0
    while day <= date(2026, 4, 10):
        for hour in HOURS[: 3 if day.day % 3 == 0 else 2]:
            received = datetime.combine(day, hour, tzinfo=WIB)
            channel = Channel.LETTER if n % 4 == 0 else Channel.WALK_IN
            title = f"Pengaduan nomor {n} " + ("sesudah Lebaran" if n % 5 == 0 else "jalan desa rusak")
            cid = d.service.record(
                walk_in(title=title, received_at=received, channel=channel, incident_date=date(2026, 1, 2))
            ).complaint.id
            d.received[cid], d.status[cid] = received, str(CYCLE[n % len(CYCLE)])
            d.channel[cid], d.titles[cid] = str(channel), title
            n += 1
        day += timedelta(days=1)
    with raw_sql(db) as raw:
        raw.executemany("UPDATE complaints SET status = ? WHERE id = ?", [(s, i) for i, s in d.status.items()])
    yield d


# Before Nyepi and Lebaran (the next working day is 25 Mar), on the Saturday of Idul Fitri,
# the first day back, and the Monday after Easter.
TODAYS = [
    datetime(2026, 3, 17, 10, 0, tzinfo=WIB),
    datetime(2026, 3, 21, 11, 0, tzinfo=WIB),
    datetime(2026, 3, 25, 7, 45, tzinfo=WIB),
    datetime(2026, 4, 6, 15, 0, tzinfo=WIB),
]


@pytest.mark.parametrize("now", TODAYS, ids=lambda n: n.date().isoformat())
@pytest.mark.parametrize("state", [DeadlineState.OVERDUE, DeadlineState.DUE_SOON])
def test_filter_matches_the_decree_calendar(desk: Desk, now: datetime, state: DeadlineState) -> None:
    desk.clock.now = now
    want = desk.expect(now.date(), state)
    got = [r.id for r in desk.all_pages(QueueFilter(deadline=state))]
    assert got == want  # every one, once, newest first across the keyset pages
    open_ids = {i for i, s in desk.status.items() if s in ("recorded", "unverified", "verified", "in_progress")}
    assert 5 < len(want) < len(open_ids)  # the day splits the open complaints: the test can fail


def test_the_lebaran_week_stretches_due_soon(desk: Desk) -> None:
    # On Tue 17 Mar the next working day is Wed 25 Mar, so "due within a working day" reaches
    # a week ahead; on Tue 10 Mar it reached Wednesday.
    def soon_dues(now: datetime) -> set[date]:
        desk.clock.now = now
        rows = desk.all_pages(QueueFilter(deadline=DeadlineState.DUE_SOON))
        assert all(r.deadline is not None for r in rows)
        return {r.deadline.due for r in rows if r.deadline and r.deadline.state is DeadlineState.DUE_SOON}

    lebaran = soon_dues(datetime(2026, 3, 17, 10, 0, tzinfo=WIB))
    assert max(lebaran) == date(2026, 3, 25) and min(lebaran) >= date(2026, 3, 17)
    assert date(2026, 3, 22) in lebaran  # a 60-day case due on a closed Sunday in between
    ordinary = soon_dues(datetime(2026, 3, 10, 10, 0, tzinfo=WIB))
    assert ordinary and max(ordinary) == date(2026, 3, 11)


@pytest.mark.parametrize("now", TODAYS[1:3], ids=lambda n: n.date().isoformat())
def test_each_row_carries_its_deadline(desk: Desk, now: datetime) -> None:
    desk.clock.now = now
    rows = desk.all_pages(QueueFilter(), size=50)
    assert len(rows) == len(desk.received)
    for row in rows:
        e = expected(desk.status[row.id], desk.received[row.id].astimezone(WIB).date(), now.date())
        if e is None:
            assert row.deadline is None
            continue
        assert row.deadline is not None, row
        assert (row.deadline.due, str(row.deadline.state), row.deadline.as_of) == (e[0], e[1], now.date())
        assert row.deadline.working_days_left == _working_between(now.date(), e[0]), row


def test_filter_with_other_filters(desk: Desk) -> None:
    now = TODAYS[2]
    desk.clock.now = now
    today = now.date()
    verified = {i for i, s in desk.status.items() if s == "verified"}
    got = [r.id for r in desk.all_pages(QueueFilter(deadline=DeadlineState.OVERDUE, statuses=(Status.VERIFIED,)))]
    assert got == desk.expect(today, DeadlineState.OVERDUE, only=verified) and got
    # A status without a clock is never late.
    assert desk.all_pages(QueueFilter(deadline=DeadlineState.OVERDUE, statuses=(Status.COMPLETED,))) == []
    letters = {i for i, c in desk.channel.items() if c == "letter"}
    got = [r.id for r in desk.all_pages(QueueFilter(deadline=DeadlineState.DUE_SOON, channel=Channel.LETTER))]
    assert got == desk.expect(today, DeadlineState.DUE_SOON, only=letters) and got
    # Through the full-text index (a different query path).
    lebaran = {i for i, t in desk.titles.items() if "Lebaran" in t}
    got = [r.id for r in desk.all_pages(QueueFilter(deadline=DeadlineState.OVERDUE, text="lebaran"))]
    assert got == desk.expect(today, DeadlineState.OVERDUE, only=lebaran) and got
    # Received dates bound by the desk's local days.
    start = datetime(2026, 3, 2, tzinfo=WIB)
    march = {i for i, r in desk.received.items() if start <= r < start + timedelta(days=7)}
    got = [
        r.id
        for r in desk.all_pages(
            QueueFilter(deadline=DeadlineState.OVERDUE, received_from=start, received_until=start + timedelta(days=7))
        )
    ]
    assert got == desk.expect(today, DeadlineState.OVERDUE, only=march) and got


def test_a_regional_closure_moves_the_filter(desk: Desk, db: Database) -> None:
    now = datetime(2026, 3, 31, 9, 0, tzinfo=WIB)  # a Tuesday
    desk.clock.now = now
    before = [r.id for r in desk.all_pages(QueueFilter(deadline=DeadlineState.OVERDUE))]
    admin = AccountService(db, AuditTrail(db, desk.clock), desk.clock).create_first_admin(
        "admin", "Admin Desa", PASSWORD
    )
    assert isinstance(admin, Actor)
    flood = {date(2026, 3, 26), date(2026, 3, 27)}  # the office shut by a flood
    desk.calendar.add(admin, [Closure(d, ClosureKind.REGIONAL, "Banjir") for d in flood])
    after = [r.id for r in desk.all_pages(QueueFilter(deadline=DeadlineState.OVERDUE))]
    assert after == desk.expect(now.date(), DeadlineState.OVERDUE, extra=flood)
    assert set(after) < set(before)  # two closed days more: fewer are late


def test_the_filter_needs_the_calendar(db: Database, settings: Settings, clock: FixedClock) -> None:
    bare = ComplaintService(db, settings, EventBus(), clock)
    bare.record(walk_in())
    assert [r.deadline for r in bare.queue_page(QueueFilter())] == [None]
    with pytest.raises(ValueError):
        bare.queue_page(QueueFilter(deadline=DeadlineState.OVERDUE))


@pytest.mark.sqlite_only  # reads SQLite's EXPLAIN QUERY PLAN
def test_the_late_query_walks_the_status_index(desk: Desk, db: Database) -> None:
    """One keyset walk per status down ix_complaints_status_queue_key, never a scan of the table."""
    cutoffs = desk.calendar.deadlines().received_cutoffs(TODAYS[2], DeadlineState.DUE_SOON)
    for filt in (
        QueueFilter(deadline=DeadlineState.DUE_SOON),
        QueueFilter(deadline=DeadlineState.DUE_SOON, statuses=(Status.VERIFIED,)),
    ):
        with db.read() as conn:
            key = conn.execute(text("SELECT max(queue_key) FROM complaints")).scalar_one()
            (query,) = queue_queries(conn.dialect.name, filt, key, 200, deadline_cutoffs=cutoffs)
            sql = str(query.compile(conn, compile_kwargs={"literal_binds": True}))
            plan = [r[-1] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql)]
        walks = [p for p in plan if "ix_complaints_status_queue_key (status=? AND queue_key<?)" in p]
        assert len(walks) == (4 if not filt.statuses else 1), plan
        assert not any(p.startswith("SCAN complaints") for p in plan), plan
        assert not any("TEMP B-TREE" in p for p in plan), plan


def test_cutoffs_are_local_midnights(desk: Desk) -> None:
    cutoffs = desk.calendar.deadlines().received_cutoffs(TODAYS[2], DeadlineState.OVERDUE)
    assert set(cutoffs) == {"recorded", "unverified", "verified", "in_progress"}
    for cut in cutoffs.values():
        local = cut.astimezone(WIB)
        assert local.time() == time(0) and cut.astimezone(UTC).hour == 17


def test_a_returning_citizens_lookup_carries_the_deadlines(desk: Desk) -> None:
    now = TODAYS[1]
    desk.clock.now = now
    rows = desk.service.lookup("3204051203850002")  # every complaint here has the factory's NIK
    assert len(rows) == 50  # the newest 50, as a lookup shows them
    for row in rows:
        e = expected(desk.status[row.id], desk.received[row.id].astimezone(WIB).date(), now.date())
        assert (None if row.deadline is None else (row.deadline.due, str(row.deadline.state))) == (
            None if e is None else (e[0], e[1])
        )


@pytest.mark.parametrize("now", TODAYS[1:3], ids=lambda n: n.date().isoformat())
def test_the_queue_sorts_by_next_deadline_page_by_page(desk: Desk, now: datetime) -> None:
    """Most urgent first across statuses and stages (the calendar's deadlines, not the receipt
    order), every complaint once across keyset pages; those with no clock after, newest first."""
    desk.clock.now = now

    def want(only: set[int] | None = None) -> list[int]:
        ids = [i for i in desk.received if only is None or i in only]
        due = {i: expected(desk.status[i], desk.received[i].astimezone(WIB).date(), now.date()) for i in ids}
        clocked = sorted((i for i in ids if due[i]), key=lambda i: (due[i][0], desk.received[i], i))  # type: ignore[index]
        rest = sorted((i for i in ids if not due[i]), key=lambda i: (desk.received[i], i), reverse=True)
        return clocked + rest

    rows = desk.all_pages(QueueFilter(sort=QueueSort.DEADLINE))
    assert [r.id for r in rows] == want()
    dues = [r.deadline.due for r in rows if r.deadline is not None]
    assert dues == sorted(dues) and len(set(dues)) > 10  # many deadlines, in order: the test can fail
    # with a word and a status filter the walks narrow the same way
    lebaran = {i for i, t in desk.titles.items() if "Lebaran" in t}
    got = desk.all_pages(QueueFilter(sort=QueueSort.DEADLINE, text="lebaran"))
    assert [r.id for r in got] == want(lebaran)
    verified = {i for i, s in desk.status.items() if s == "verified"}
    got = desk.all_pages(QueueFilter(sort=QueueSort.DEADLINE, statuses=(Status.VERIFIED,)))
    assert [r.id for r in got] == want(verified)
