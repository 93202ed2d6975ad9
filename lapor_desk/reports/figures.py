"""Supervisor figures for a period: aggregate SQL over the covering index, plain data out.

Drafts are not complaints yet and are left out. Inclusion counts of 1-4 leave the core
only as "<5" (DOMAIN.md), so no screen or export can single a person out; 0 stays 0.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, and_, exists, func, literal_column, select, text

from lapor_desk.deadlines import Deadlines, local_midnight
from lapor_desk.domain.enums import Status
from lapor_desk.domain.queue import DeadlineState, Stage
from lapor_desk.review import deadline_condition
from lapor_desk.storage.repository import COMPLAINTS, EVENTS, C

SMALL = 5
SUPPRESSED = "<5"
# Timeline kinds that count as a follow-up by the agency (written by lapor_desk/sync/engine.py).
FOLLOW_UP_KINDS = ("central_follow_up",)
REPLY_KIND = "reporter_reply"  # the reporter's reply or satisfaction rating (ComplaintService.record_reply)
OPEN_BEFORE_FOLLOW_UP = (str(Status.RECORDED), str(Status.UNVERIFIED), str(Status.VERIFIED))
CLOSED = (str(Status.COMPLETED),)
NOT_STATED = "tidak_diisi"

Cell = int | str


def suppress(count: int) -> Cell:
    """1-4 become "<5"; 0 and 5 or more stay numbers."""
    return SUPPRESSED if 0 < count < SMALL else count


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # exclusive

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        nxt = date(year + (month == 12), month % 12 + 1, 1)
        return cls(date(year, month, 1), nxt)

    @classmethod
    def parse_month(cls, text_value: str) -> Period:
        year, month = text_value.split("-")
        if len(year) != 4 or not 1 <= int(month) <= 12:
            raise ValueError(text_value)
        return cls.month(int(year), int(month))

    def label(self) -> str:
        last = self.end - timedelta(days=1)
        return f"{self.start:%d-%m-%Y} s.d. {last:%d-%m-%Y}"


@dataclass(frozen=True)
class Compliance:
    """The first follow-up deadline (verify + follow-up HK from receipt) for the period's complaints."""

    on_time: int = 0
    late: int = 0
    overdue_open: int = 0  # no follow-up yet, deadline passed
    pending: int = 0  # no follow-up yet, deadline still ahead

    @property
    def rate(self) -> float | None:
        judged = self.on_time + self.late + self.overdue_open
        return None if judged == 0 else self.on_time / judged


@dataclass
class Figures:
    period: Period
    total: int = 0
    by_status: dict[str, int] = field(default_factory=dict)
    by_type: dict[str, int] = field(default_factory=dict)
    by_channel: dict[str, int] = field(default_factory=dict)
    by_topic: dict[str, int] = field(default_factory=dict)
    by_district: dict[str, int] = field(default_factory=dict)
    by_village: dict[str, Cell] = field(default_factory=dict)  # small areas: suppressed
    inclusion: dict[str, dict[str, Cell]] = field(default_factory=dict)  # suppressed
    completed: int = 0
    overdue_now: int = 0
    compliance: Compliance = Compliance()
    median_workdays_to_follow_up: float | None = None
    followed_up: int = 0
    satisfaction: dict[int, int] = field(default_factory=dict)  # rating 1-5 -> complaints (latest rating)

    @property
    def satisfaction_mean(self) -> float | None:
        rated = sum(self.satisfaction.values())
        return None if not rated else sum(r * n for r, n in self.satisfaction.items()) / rated

    @property
    def completion_rate(self) -> float | None:
        return None if not self.total else self.completed / self.total


def period_condition(period: Period, tz: Any) -> Any:
    return and_(
        C.received_at >= local_midnight(period.start, tz),
        C.received_at < local_midnight(period.end, tz),
        C.status != str(Status.DRAFT),
    )


def compute(conn: Connection, period: Period, deadlines: Deadlines, now: datetime) -> Figures:
    tz = now.tzinfo
    in_period = period_condition(period, tz)
    hint = "INDEXED BY ix_complaints_received_dims"
    fig = Figures(period)

    def grouped(*cols: Any) -> list[Any]:
        query = select(*cols, func.count()).where(in_period).group_by(*cols)
        if conn.dialect.name == "sqlite":
            query = query.with_hint(COMPLAINTS, hint, "sqlite")
        return list(conn.execute(query))

    for status, rtype, channel, n in grouped(C.status, C.type, C.channel):
        fig.total += n
        _add(fig.by_status, status, n)
        _add(fig.by_type, rtype or NOT_STATED, n)
        _add(fig.by_channel, channel or NOT_STATED, n)
    fig.completed = sum(fig.by_status.get(s, 0) for s in CLOSED)
    for topic, n in grouped(C.category_id):
        _add(fig.by_topic, topic or NOT_STATED, n)
    villages: Counter[str] = Counter()
    for district, village, n in grouped(C.district_code, C.village_code):
        _add(fig.by_district, district or NOT_STATED, n)
        villages[village or NOT_STATED] += n
    fig.by_village = {k: suppress(v) for k, v in sorted(villages.items())}
    fig.inclusion = _inclusion(grouped(C.sex, C.age_band, C.disability, C.disability_types, C.with_companion))
    overdue = deadline_condition(deadlines, now, DeadlineState.OVERDUE)
    fig.overdue_now = int(
        conn.execute(select(func.count()).select_from(COMPLAINTS).where(in_period, overdue)).scalar_one()
    )
    _follow_up_figures(conn, fig, in_period, deadlines, now)
    fig.satisfaction = _satisfaction(conn, in_period)
    return fig


def _satisfaction(conn: Connection, in_period: Any) -> dict[int, int]:
    """The latest rating each reporter gave (REPORTER_REPLY events with a rating)."""
    rating = EVENTS.c.detail["rating"].as_integer()
    latest = (
        select(func.max(EVENTS.c.id))
        .select_from(EVENTS.join(COMPLAINTS, C.id == EVENTS.c.complaint_id))
        .where(EVENTS.c.kind == REPLY_KIND, rating.is_not(None), in_period)
        .group_by(EVENTS.c.complaint_id)
    )
    rows = conn.execute(select(rating, func.count()).where(EVENTS.c.id.in_(latest)).group_by(rating))
    return {int(r): int(n) for r, n in rows if r is not None and 1 <= int(r) <= 5}


def _add(bucket: dict[str, int], key: str | None, n: int) -> None:
    key = key or NOT_STATED
    bucket[key] = bucket.get(key, 0) + n


def _inclusion(rows: Iterable[Any]) -> dict[str, dict[str, Cell]]:
    counts: dict[str, Counter[str]] = {
        k: Counter() for k in ("sex", "age_band", "youth", "disability", "disability_type", "companion")
    }
    for sex, band, disability, types, companion, n in rows:
        counts["sex"][sex or NOT_STATED] += n
        counts["age_band"][band or NOT_STATED] += n
        counts["youth"]["16_30" if band == "16_30" else ("lainnya" if band else NOT_STATED)] += n
        counts["disability"][disability or NOT_STATED] += n
        if disability == "yes":
            for t in (types or "").split(",") if types else [NOT_STATED]:
                counts["disability_type"][t] += n
        counts["companion"]["ya" if companion else ("tidak" if companion is not None else NOT_STATED)] += n
    return {dim: {k: suppress(v) for k, v in sorted(c.items())} for dim, c in counts.items()}


def _follow_up_figures(conn: Connection, fig: Figures, in_period: Any, deadlines: Deadlines, now: datetime) -> None:
    today = now.date()
    # Probe the (kind, complaint_id, at) index once per complaint of the period: cheaper than
    # grouping every follow-up the desk ever received.
    first_at = (
        select(func.min(EVENTS.c.at))
        .where(EVENTS.c.kind.in_(FOLLOW_UP_KINDS), EVENTS.c.complaint_id == C.id)
        .scalar_subquery()
        .label("first_at")
    )
    inner = select(C.received_at, first_at).where(in_period).subquery()
    # Counted by (local receipt day, local follow-up day): a few hundred pairs, not one row each.
    receipt_day, done_day = _local_day(conn, inner.c.received_at, now), _local_day(conn, inner.c.first_at, now)
    pairs = conn.execute(
        select(receipt_day, done_day, func.count()).where(inner.c.first_at.is_not(None)).group_by(receipt_day, done_day)
    ).all()
    days: Counter[int] = Counter()
    on_time = late = 0
    for received_text, done_text, n in pairs:
        received, done = _as_date(received_text), _as_date(done_text)
        days[deadlines.calendar.working_days_between(received, done)] += n
        if done <= deadlines.due_date(Stage.FOLLOW_UP, received):
            on_time += n
        else:
            late += n
    fig.followed_up = sum(days.values())
    fig.median_workdays_to_follow_up = _median(days)
    # Open complaints without a follow-up, by local receipt day (few distinct days per period).
    day_expr = _local_day(conn, C.received_at, now)
    no_follow_up = ~exists().where(EVENTS.c.kind.in_(FOLLOW_UP_KINDS), EVENTS.c.complaint_id == C.id)
    overdue_open = pending = 0
    for day, n in conn.execute(
        select(day_expr, func.count())
        .where(in_period, C.status.in_(OPEN_BEFORE_FOLLOW_UP), no_follow_up)
        .group_by(day_expr)
    ):
        received = _as_date(day)
        if deadlines.due_date(Stage.FOLLOW_UP, received) < today:
            overdue_open += n
        else:
            pending += n
    fig.compliance = Compliance(on_time, late, overdue_open, pending)


def _local_day(conn: Connection, column: Any, now: datetime) -> Any:
    """The desk's local calendar day of a stored UTC time, in SQL (Indonesia keeps no DST)."""
    offset = int((now.utcoffset() or timedelta(0)).total_seconds() // 60)
    if conn.dialect.name == "sqlite":
        return func.date(column, text(f"'{offset:+d} minutes'"))
    return func.date(column + literal_column(f"interval '{offset} minutes'"))


def _as_date(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _median(counts: Counter[int]) -> float | None:
    """The median of values given with their counts (as statistics.median would give)."""
    total = sum(counts.values())
    if not total:
        return None
    ordered = sorted(counts.items())

    def nth(k: int) -> int:  # the k-th value, 0-based
        seen = 0
        for value, n in ordered:
            seen += n
            if k < seen:
                return value
        raise IndexError(k)

    mid = total // 2
    return float(nth(mid)) if total % 2 else (nth(mid - 1) + nth(mid)) / 2
