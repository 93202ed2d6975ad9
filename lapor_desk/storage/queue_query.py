"""The queue's page and count: filters, the one search box, newest received first, keyset paging.

Order: `queue_key` (received, else created, then id; migration 0010) descending, so an
office's own new complaint is on top even after 20,000 older ones were imported. A page
continues after the last row shown (`before_id`), by that row's key, never by OFFSET.

The search box: numbers through their btree indexes (receipt in any case, LAPOR! tracking
ID, NIK, phone in any written form; `domain/search_key.py` decides what the text can be)
and words with prefixes (title, body, location, reporter name) through the word index
(FTS5 whose rowid is the queue key on SQLite, so hits come in queue order and a page stops
after `limit` hits; a tsvector with a GIN index on PostgreSQL). The two are separate
queries merged by key: one OR across a word index and btrees cannot use either.
"""

from __future__ import annotations

import heapq
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any, cast

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Connection,
    Select,
    String,
    Table,
    and_,
    func,
    literal_column,
    or_,
    select,
    table,
    text,
    type_coerce,
    union_all,
)

from lapor_desk.domain.enums import Status
from lapor_desk.domain.queue import QueueCount, QueueFilter, QueueRow, QueueSort
from lapor_desk.domain.search_key import SearchKey, search_key
from lapor_desk.storage.models import ComplaintRecord
from lapor_desk.storage.search import fts_query, tsquery

COMPLAINTS = cast(Table, ComplaintRecord.__table__)
C = COMPLAINTS.c
FTS = table("complaints_fts")
FTS_ROWID: ColumnElement[int] = literal_column("complaints_fts.rowid")
SEARCH_VECTOR: ColumnElement[Any] = literal_column("complaints.search_vector")
# Counting stops here: "lebih dari 10.000" is as useful as the exact figure and costs nothing.
COUNT_CAP = 10_000

# The queue reads its columns untyped (no per-value conversion): see QueueRow.
QUEUE_COLUMNS = tuple(
    type_coerce(column, column.type if name in ("id", "title", "queue_key") else String()).label(name)
    for name, column in (
        ("id", C.id),
        ("receipt_number", C.receipt_number),
        ("status", C.status),
        ("type", C.type),
        ("channel", C.channel),
        ("title", C.title),
        ("reporter", C.reporter_name),
        ("is_anonymous", C.is_anonymous),
        ("received_at_text", C.received_at),
        ("location_text", C.location_text),
        ("is_demo", C.is_demo),
        ("queue_key", C.queue_key),
    )
)
KEY = type_coerce(C.queue_key, BigInteger()).label("queue_key")
ROW_COLUMNS = QUEUE_COLUMNS  # a page's rows, with the key (last) that merges them


def queue_page(
    conn: Connection,
    filt: QueueFilter,
    *,
    before_id: int | None = None,
    limit: int = 200,
    deadline_cutoffs: Mapping[str, datetime] | None = None,
) -> list[QueueRow]:
    """One page of the queue, newest received first, after the row `before_id` (keyset).

    A deadline filter needs `deadline_cutoffs` (Deadlines.received_cutoffs): for each
    status with a clock, complaints received before that instant are in the state."""
    after: Any = None
    if before_id is not None:
        after = conn.execute(select(C.queue_key, C.status).where(C.id == before_id)).first()
        if after is None:
            return []  # the row the page continued from is gone: the caller reloads
    dialect = conn.dialect.name
    if filt.sort is not QueueSort.STATUS:
        key = None if after is None else int(after.queue_key)
        return _run(conn, _queries(dialect, filt, key, limit, deadline_cutoffs, ROW_COLUMNS), limit, filt.sort)
    # By status: one walk down ix_complaints_status_queue_key per status, in the workflow's
    # order, from the status of the row the page continues after.
    order = [s for s in Status if not filt.statuses or s in filt.statuses]
    start = 0 if after is None else order.index(Status(after.status)) if after.status in order else len(order)
    page: list[QueueRow] = []
    for status in order[start:]:
        key = int(after.queue_key) if after is not None and status == after.status else None
        one = replace(filt, statuses=(status,), sort=QueueSort.NEWEST)
        page += _run(
            conn, _queries(dialect, one, key, limit - len(page), deadline_cutoffs, ROW_COLUMNS), limit, one.sort
        )
        if len(page) >= limit:
            break
    return page[:limit]


def _run(conn: Connection, queries: list[Select[Any]], limit: int, sort: QueueSort) -> list[QueueRow]:
    streams = [conn.execute(q).all() for q in queries]
    rows = streams[0] if len(streams) == 1 else _merged(streams, descending=sort is not QueueSort.OLDEST)
    seen: set[int] = set()
    page: list[QueueRow] = []
    for r in rows:
        if r[0] not in seen and len(page) < limit:
            seen.add(r[0])
            page.append(QueueRow(*r))
    return page


def rows_after_key(
    conn: Connection,
    filt: QueueFilter,
    after_key: int | None,
    limit: int,
    deadline_cutoffs: Mapping[str, datetime] | None = None,
) -> list[QueueRow]:
    """Rows after `after_key` in the filter's order (NEWEST or OLDEST): the deadline order's arms."""
    queries = _queries(conn.dialect.name, filt, after_key, limit, deadline_cutoffs, ROW_COLUMNS)
    return _run(conn, queries, limit, filt.sort)


def queue_count(
    conn: Connection,
    filt: QueueFilter,
    *,
    cap: int = COUNT_CAP,
    deadline_cutoffs: Mapping[str, datetime] | None = None,
) -> QueueCount:
    """The number of complaints the filter finds, counted up to `cap` (through the same indexes)."""
    queries = _queries(conn.dialect.name, filt, None, cap + 1, deadline_cutoffs, (C.id, KEY))
    if len(queries) == 1:
        found = int(conn.execute(select(func.count()).select_from(queries[0].subquery())).scalar_one())
    else:
        found = len({r[0] for q in queries for r in conn.execute(q)})
    return QueueCount(min(found, cap), found <= cap)


def queue_queries(
    dialect: str,
    filt: QueueFilter,
    after_key: int | None,
    limit: int,
    *,
    deadline_cutoffs: Mapping[str, datetime] | None = None,
) -> list[Select[Any]]:
    """The statements one page runs (a test reads their plans): rows after `after_key`."""
    return _queries(dialect, filt, after_key, limit, deadline_cutoffs, ROW_COLUMNS)


def _merged(streams: Sequence[Sequence[Any]], *, descending: bool) -> list[Any]:
    """Rows of several queries, each already in queue order (by key), as one list."""
    sign = -1 if descending else 1
    return list(heapq.merge(*streams, key=lambda r: sign * int(r[-1])))


def _queries(
    dialect: str,
    filt: QueueFilter,
    after: int | None,
    limit: int,
    cutoffs: Mapping[str, datetime] | None,
    columns: Sequence[Any],
) -> list[Select[Any]]:
    conditions = _filters(filt)
    newest = filt.sort is not QueueSort.OLDEST
    late = _late_statuses(filt, cutoffs)
    if late == {}:
        conditions.append(literal_column("0") == 1)  # only statuses without a clock: nothing is late
    if after is not None:
        conditions.append(C.queue_key < after if newest else C.queue_key > after)
    typed = filt.text.strip()
    if not typed:
        if late:
            return [_late_query(conditions, late, limit, columns, newest)]
        return [_ordered(select(*columns).where(and_(True, *conditions)), limit, newest)]
    if late:
        conditions.append(or_(*(and_(C.status == s, C.received_at < cut) for s, cut in late.items())))
    key = search_key(typed)
    out: list[Select[Any]] = []
    numbers = number_conditions(key)
    if numbers:
        out.append(_ordered(select(*columns).where(or_(*numbers), *conditions), limit, newest))
    words = None if key.is_number or key.is_receipt else _word_query(dialect, typed, conditions, limit, columns, newest)
    if words is not None:
        out.append(words)
    if not out:  # only punctuation typed: nothing matches
        out.append(select(*columns).where(literal_column("0") == 1))
    return out


def number_conditions(key: SearchKey) -> list[ColumnElement[bool]]:
    """What the typed text finds as a number, each through its own index."""
    found: list[ColumnElement[bool]] = []
    if key.receipt:
        found.append(func.upper(C.receipt_number) == key.receipt)  # ix_complaints_receipt_upper
    if key.tracking_id:
        found.append(C.tracking_id == str(int(key.tracking_id)))
    if key.nik:
        found.append(C.reporter_nik == key.nik)
    if key.phone:
        found.append(C.reporter_phone == key.phone)
    return found


def _word_query(
    dialect: str,
    typed: str,
    conditions: list[ColumnElement[bool]],
    limit: int,
    columns: Sequence[Any],
    newest: bool,
) -> Select[Any] | None:
    if dialect == "sqlite":
        match = fts_query(typed)
        if match is None:
            return None
        # Walk the FTS index in its native order (rowid = queue key, descending) and join each hit.
        found = cast(ColumnElement[bool], text("complaints_fts MATCH :match").bindparams(match=match))
        return (
            select(*columns)
            .select_from(FTS.join(COMPLAINTS, C.queue_key == FTS_ROWID))
            .where(found, *conditions)
            .order_by(FTS_ROWID.desc() if newest else FTS_ROWID.asc())
            .limit(limit)
        )
    query = tsquery(typed)
    if query is None:
        return None
    # Folded as the index is (migration 0013), so a word typed without its accents finds it.
    matches = SEARCH_VECTOR.op("@@")(func.to_tsquery(literal_column("'simple'::regconfig"), func.lapor_fold(query)))
    return _ordered(select(*columns).where(matches, *conditions), limit, newest)


def _ordered(query: Select[Any], limit: int, newest: bool = True) -> Select[Any]:
    return query.order_by(C.queue_key.desc() if newest else C.queue_key.asc()).limit(limit)


def _filters(filt: QueueFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if filt.statuses and filt.deadline is None:
        conditions.append(C.status.in_([str(s) for s in filt.statuses]))
    if filt.type is not None:
        conditions.append(C.type == str(filt.type))
    if filt.channel is not None:
        conditions.append(C.channel == str(filt.channel))
    if filt.received_from is not None:
        conditions.append(C.received_at >= filt.received_from)
    if filt.received_until is not None:
        conditions.append(C.received_at < filt.received_until)
    return conditions


def _late_statuses(filt: QueueFilter, cutoffs: Mapping[str, datetime] | None) -> dict[str, datetime] | None:
    """The statuses a deadline filter keeps, each with its receipt cutoff; None without the filter."""
    if filt.deadline is None:
        return None
    if cutoffs is None:
        raise ValueError("a deadline filter needs the desk calendar's cutoffs")
    wanted = {str(s) for s in filt.statuses}
    return {str(s): cut for s, cut in cutoffs.items() if not wanted or str(s) in wanted}


def _late_query(
    conditions: list[ColumnElement[bool]],
    late: Mapping[str, datetime],
    limit: int,
    columns: Sequence[Any],
    newest: bool,
) -> Select[Any]:
    """Late complaints newest first: one keyset walk down ix_complaints_status_queue_key per
    status, merged.

    One OR over the statuses would walk the whole order instead and read the whole table
    when few complaints are open (190 ms at 1,000,000 rows, worse on later pages); each
    walk here stops after `limit` hits, having skipped only that status's recent receipts."""
    arms = [
        _ordered(select(C.queue_key).where(*conditions, C.status == status, C.received_at < cutoff), limit, newest)
        .subquery()
        .select()
        for status, cutoff in late.items()
    ]
    ids = arms[0] if len(arms) == 1 else union_all(*arms)
    return _ordered(select(*columns).where(C.queue_key.in_(ids)), limit, newest)
