"""The queue ordered by next deadline (most urgent first), paged by keyset like every other order.

A complaint's next deadline depends on its status's stage and on the working-day calendar,
so SQL cannot sort by it; but within one status it never falls as the receipt date rises.
So each status with a clock is one walk up ix_complaints_status_queue_key (oldest received
first = earliest deadline first), the walks are merged by (deadline, queue key), and a later
page starts each walk at the first receipt whose deadline is after the last row shown (found
by walking back over the calendar from that deadline, as Deadlines.received_before does).
Complaints with no clock (drafts, completed, on hold, …) follow, newest received first.
"""

from __future__ import annotations

import heapq
from collections.abc import Mapping
from dataclasses import replace
from datetime import date, datetime, timedelta

from sqlalchemy import Connection, select

from lapor_desk.deadlines import STAGE_OF_STATUS, Deadlines, local_midnight
from lapor_desk.domain.enums import Status
from lapor_desk.domain.queue import QueueFilter, QueueRow, QueueSort, Stage
from lapor_desk.storage.queue_query import C, rows_after_key

KEY_SECOND = 100_000_000  # queue_key = received second * this + id mod this (migration 0010)
MAX_WALK_DAYS = 400


def deadline_page(
    conn: Connection,
    filt: QueueFilter,
    before_id: int | None,
    limit: int,
    deadlines: Deadlines,
    now: datetime,
    cutoffs: Mapping[str, datetime] | None = None,
) -> list[QueueRow]:
    """One page in deadline order, after the row `before_id` (each row with its deadline)."""
    wanted = set(filt.statuses)
    clocked = [s for s in STAGE_OF_STATUS if not wanted or s in wanted]
    unclocked = [s for s in Status if s not in STAGE_OF_STATUS and (not wanted or s in wanted)]
    after = None
    if before_id is not None:
        after = conn.execute(select(C.queue_key, C.status, C.received_at).where(C.id == before_id)).first()
        if after is None:
            return []  # the row the page continued from is gone: the caller reloads
    page: list[QueueRow] = []
    if after is None or Status(after.status) in STAGE_OF_STATUS:
        page = _clocked(conn, filt, clocked, after, limit, deadlines, now, cutoffs)
    if len(page) < limit and unclocked:
        key = int(after.queue_key) if after is not None and Status(after.status) not in STAGE_OF_STATUS else None
        rest = replace(filt, statuses=tuple(unclocked), sort=QueueSort.NEWEST)
        page += rows_after_key(conn, rest, key, limit - len(page), cutoffs)
    return page


def _clocked(
    conn: Connection,
    filt: QueueFilter,
    statuses: list[Status],
    after: object,
    limit: int,
    deadlines: Deadlines,
    now: datetime,
    cutoffs: Mapping[str, datetime] | None,
) -> list[QueueRow]:
    tz = now.tzinfo
    last: tuple[date, int] | None = None
    if after is not None:
        received = getattr(after, "received_at")  # noqa: B009 - a Row's column
        stage = STAGE_OF_STATUS[Status(getattr(after, "status"))]  # noqa: B009
        last = (deadlines.due_date(stage, received.astimezone(tz).date()), int(getattr(after, "queue_key")))  # noqa: B009
    walks = []
    for status in statuses:
        stage = STAGE_OF_STATUS[status]
        start = None if last is None else _first_key_after(deadlines, stage, last, tz) - 1
        arm = replace(filt, statuses=(status,), sort=QueueSort.OLDEST)
        rows = rows_after_key(conn, arm, start, limit, cutoffs)
        dues = deadlines.for_rows(rows, now)
        walks.append([((d.due if (d := dues[r.id]) else date.max), r.queue_key, r) for r in rows])
    merged = heapq.merge(*walks, key=lambda t: (t[0], t[1]))
    return [r for _due, _key, r in merged if last is None or (_due, _key) > last][:limit]


def _first_key_after(deadlines: Deadlines, stage: Stage, last: tuple[date, int], tz: object) -> int:
    """The smallest queue key of this stage's complaints that come after `last` (due, key):
    due later than `last`'s deadline, or due the same day with a larger key."""
    due, key = last
    same_from = _first_receipt_due_on_or_after(deadlines, stage, due)
    later_from = _first_receipt_due_on_or_after(deadlines, stage, due + timedelta(days=1))
    same_key, later_key = (int(local_midnight(d, tz).timestamp()) * KEY_SECOND for d in (same_from, later_from))  # type: ignore[arg-type]
    return max(same_key, min(later_key, key + 1))


def _first_receipt_due_on_or_after(deadlines: Deadlines, stage: Stage, due: date) -> date:
    """The first receipt date whose deadline for `stage` is `due` or later (deadlines never
    fall before receipt, and never earlier for a later receipt: walk back from `due`)."""
    day = due
    while day > due - timedelta(days=MAX_WALK_DAYS) and deadlines.due_date(stage, day - timedelta(days=1)) >= due:
        day -= timedelta(days=1)
    return day
