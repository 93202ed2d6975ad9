"""Supervisor figures for a period: aggregate SQL over the covering index, plain data out.

Drafts are not complaints yet and are left out. Inclusion counts of 1-4 leave the core
only as "<5" (DOMAIN.md), so no screen or export can single a person out; 0 stays 0.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, and_, exists, func, literal_column, select, text

from lapor_desk.deadlines import Deadlines, DeadlineState, Stage, local_midnight
from lapor_desk.domain.enums import Status
from lapor_desk.review import deadline_condition
from lapor_desk.storage.repository import COMPLAINTS, EVENTS, C

SMALL = 5
SUPPRESSED = "<5"
# Timeline kinds that count as a follow-up by the agency (written by lapor_desk/sync/engine.py).
FOLLOW_UP_KINDS = ("central_follow_up",)
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

    @property
    def completion_rate(self) -> float | None:
        return None if not self.total else self.completed / self.total


def period_condition(period: Period, tz: Any) -> Any:
    return and_(C.received_at >= local_midnight(period.start, tz), C.received_at < local_midnight(period.end, tz),
                C.status != str(Status.DRAFT))


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
    fig.overdue_now = int(conn.execute(select(func.count()).select_from(COMPLAINTS).where(in_period, overdue))
                          .scalar_one())
    _follow_up_figures(conn, fig, in_period, deadlines, now)
    return fig


def _add(bucket: dict[str, int], key: str | None, n: int) -> None:
    key = key or NOT_STATED
    bucket[key] = bucket.get(key, 0) + n


def _inclusion(rows: Iterable[Any]) -> dict[str, dict[str, Cell]]:
    counts: dict[str, Counter[str]] = {k: Counter() for k in
                                        ("sex", "age_band", "youth", "disability", "disability_type", "companion")}
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
    tz, today = now.tzinfo, now.date()
    first = (select(EVENTS.c.complaint_id.label("cid"), func.min(EVENTS.c.at).label("first_at"))
             .where(EVENTS.c.kind.in_(FOLLOW_UP_KINDS)).group_by(EVENTS.c.complaint_id).subquery())
    rows = conn.execute(select(C.received_at, first.c.first_at)
                        .select_from(COMPLAINTS.join(first, first.c.cid == C.id)).where(in_period)).all()
    days: list[int] = []
    on_time = late = 0
    for received_at, first_at in rows:
        received = received_at.astimezone(tz).date()
        done = _aware(first_at).astimezone(tz).date()
        days.append(deadlines.calendar.working_days_between(received, done))
        if done <= deadlines.due_date(Stage.FOLLOW_UP, received):
            on_time += 1
        else:
            late += 1
    fig.followed_up = len(days)
    fig.median_workdays_to_follow_up = float(statistics.median(days)) if days else None
    # Open complaints without a follow-up, by local receipt day (few distinct days per period).
    offset = int((now.utcoffset() or timedelta(0)).total_seconds() // 60)
    no_follow_up = ~exists().where(EVENTS.c.kind.in_(FOLLOW_UP_KINDS), EVENTS.c.complaint_id == C.id)
    if conn.dialect.name == "sqlite":
        day_expr: Any = func.date(C.received_at, text(f"'{offset:+d} minutes'"))
    else:
        day_expr = func.date(C.received_at + literal_column(f"interval '{offset} minutes'"))
    overdue_open = pending = 0
    for day, n in conn.execute(select(day_expr, func.count()).where(
            in_period, C.status.in_(OPEN_BEFORE_FOLLOW_UP), no_follow_up).group_by(day_expr)):
        received = day if isinstance(day, date) else date.fromisoformat(str(day))
        if deadlines.due_date(Stage.FOLLOW_UP, received) < today:
            overdue_open += n
        else:
            pending += n
    fig.compliance = Compliance(on_time, late, overdue_open, pending)


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)
