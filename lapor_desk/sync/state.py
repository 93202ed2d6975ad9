"""Queue rows and their transitions, each inside a transaction the caller opened.

States: pending (waiting, maybe with a next-attempt time), sending, synced (with the
tracking ID) and needs_fix (refused, with the central's field errors). A transition
triggered by an answer always names the revision that was sent, so a late answer to
an old send never marks a newer revision synced.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, TypeVar, cast

from sqlalchemy import (
    BindParameter,
    Connection,
    Integer,
    Select,
    Table,
    Text,
    and_,
    bindparam,
    func,
    insert,
    or_,
    select,
    type_coerce,
    update,
)

from lapor_desk.storage import repository as repo
from lapor_desk.storage.bulk import Many
from lapor_desk.storage.supervision_tables import APPROVALS
from lapor_desk.sync.tables import (
    SyncAttempt,
    SyncAttemptItem,
    SyncFileConfirmed,
    SyncItem,
    SyncMeta,
    SyncPayload,
    SyncReplySent,
)

ITEMS = cast(Table, SyncItem.__table__)
ATTEMPTS = cast(Table, SyncAttempt.__table__)
ATTEMPT_ITEMS = cast(Table, SyncAttemptItem.__table__)
META = cast(Table, SyncMeta.__table__)
# The payload of each queue row's revision, in its own table (0017): written by outbox.write_payloads.
PAYLOADS = cast(Table, SyncPayload.__table__)
S = ITEMS.c

WAITING = ("pending", "sending")
# `accepted_payload` when the content the central accepted is the row's own `payload` (the
# newest revision, taken as sent): the copy is made only when an edit replaces the payload
# (outbox.enqueue), not for every synced complaint; readers get it through item_state().
SAME_AS_PAYLOAD = ""
_T = TypeVar("_T")


@dataclass(frozen=True)
class Outgoing:
    complaint_id: int
    revision: int
    payload: str
    attachments: tuple[str, ...]  # sha256s
    attempts: int


@dataclass(frozen=True)
class QueueSummary:
    waiting: int
    oldest_queued_at: datetime | None
    needs_fix: int
    synced: int
    sending: int


@dataclass(frozen=True)
class Attention:
    complaint_id: int
    receipt_number: str
    title: str
    revision: int
    tracking_id: int | None
    errors: list[dict[str, Any]] = field(default_factory=list)


def reset_sending(conn: Connection) -> int:
    """After a crash or kill, whatever was in flight is simply pending again (the upsert is
    idempotent, so sending it twice is harmless)."""
    return conn.execute(update(ITEMS).where(S.state == "sending").values(state="pending")).rowcount


def clamp_next_attempts(conn: Connection, now: datetime, longest_s: float) -> int:
    """No next-attempt time lies further ahead than the longest back-off from now: a desk
    clock that ran days ahead and was then corrected must not leave items waiting."""
    latest = now + timedelta(seconds=longest_s)
    return conn.execute(
        update(ITEMS).where(S.state.in_(WAITING), S.next_attempt_at > latest).values(next_attempt_at=latest)
    ).rowcount


def _due_query(sqlite: bool, force: bool) -> Select[Any]:
    held = select(APPROVALS.c.complaint_id).where(
        APPROVALS.c.complaint_id == S.complaint_id, APPROVALS.c.state.in_(("waiting", "returned"))
    )
    cond = and_(S.state == "pending", S.complaint_id > bindparam("after_id", type_=Integer), ~held.exists())
    if not force:
        now = bindparam("now", type_=S.next_attempt_at.type)
        cond = and_(cond, or_(S.next_attempt_at.is_(None), S.next_attempt_at <= now))
    # The file list as stored text: most complaints have none, and decoding "[]" thousands
    # of times a minute is measurable.
    query = select(S.complaint_id, S.revision, PAYLOADS.c.payload, type_coerce(S.attachments, Text), S.attempts)
    query = query.join(PAYLOADS, PAYLOADS.c.complaint_id == S.complaint_id).order_by(S.complaint_id)
    limit = bindparam("limit", type_=Integer)
    if sqlite:
        # The queue positions first, then those payloads only: in one query SQLite read every
        # waiting row's payload (~1.3 KB) and sorted them all before the LIMIT, on every batch.
        chosen = select(S.complaint_id).where(cond).order_by(S.complaint_id).limit(limit).subquery()
        return query.join(chosen, chosen.c.complaint_id == S.complaint_id)
    return query.where(cond).limit(limit)  # PostgreSQL sorts the top rows before it joins: one query


# What to send next, built once per (SQLite?, force?): the push asks on every batch.
_DUE = {(sqlite, force): _due_query(sqlite, force) for sqlite in (True, False) for force in (True, False)}


def due(conn: Connection, now: datetime, limit: int, *, force: bool, after_id: int = 0) -> list[Outgoing]:
    """What to send next. A trainee's complaint waiting for a supervisor's approval (or
    returned with a note) stays here until approved (the four-eyes option, lapor_desk.review)."""
    params: dict[str, Any] = {"after_id": after_id, "limit": limit} | ({} if force else {"now": now})
    rows = conn.execute(_DUE[conn.dialect.name == "sqlite", force], params).all()  # one fetchall
    return [Outgoing(cid, rev, body, _file_list(files), attempts) for cid, rev, body, files, attempts in rows]


def _file_list(stored: str | list[str] | None) -> tuple[str, ...]:
    if isinstance(stored, list):  # PostgreSQL's driver hands a JSON column over decoded
        return tuple(stored)
    if not stored or stored == "[]" or stored == "null":
        return ()
    return tuple(json.loads(stored))


# A batch's queue rows by id: statements built once (an expanding IN, at most `chunks` long).
_IDS: BindParameter[list[int]] = bindparam("ids", expanding=True)
_UNMARK = update(ITEMS).where(S.complaint_id.in_(_IDS), S.state == "sending").values(state="pending")
_CLAIM = (
    update(ITEMS)
    .where(S.complaint_id.in_(_IDS), S.state == "pending")
    .values(state="sending", sent_revision=S.revision)
    .returning(S.complaint_id)
)


def unmark_sending(conn: Connection, items: Sequence[Outgoing]) -> None:
    """A prepared batch that was never sent goes back to pending as it was."""
    for chunk in chunks([i.complaint_id for i in items]):
        conn.execute(_UNMARK, {"ids": chunk})


def mark_sending(conn: Connection, items: Sequence[Outgoing]) -> list[Outgoing]:
    """Claim the items for sending; returns those claimed here. The claim is one conditional
    UPDATE (pending -> sending): of two engines claiming the same item at once (two counters
    of an office on one PostgreSQL), the second waits for the first's row lock, then finds the
    item no longer pending and leaves it out, so no item goes out twice."""
    claimed: set[int] = set()
    for chunk in chunks([i.complaint_id for i in items]):
        claimed.update(conn.execute(_CLAIM, {"ids": chunk}).scalars().all())
    return [i for i in items if i.complaint_id in claimed]


def refused(
    conn: Connection,
    complaint_id: int,
    sent_revision: int,
    errors: list[dict[str, Any]],
    tracking_id: int | None,
    central: str | None = None,
) -> bool:
    values: dict[str, Any] = {"state": "needs_fix", "errors": errors, "next_attempt_at": None}
    if tracking_id is not None:
        values["confirmed_by"] = central
    changed = bool(
        conn.execute(
            update(ITEMS).where(S.complaint_id == complaint_id, S.revision == sent_revision).values(**values)
        ).rowcount
    )
    if changed and tracking_id is not None:  # the central knows the complaint, refusing this revision
        repo.set_tracking_ids(conn, {complaint_id: tracking_id})
    return changed


def retry_later(conn: Connection, items: Sequence[Outgoing], now: datetime, delay_s: float) -> None:
    """Back to pending with one more attempt and a time before which it is not due (the
    caller keeps `delay_s` within the longest back-off, a Retry-After included)."""
    at = now + timedelta(seconds=delay_s)
    for chunk in chunks([i.complaint_id for i in items]):
        conn.execute(
            update(ITEMS)
            .where(S.complaint_id.in_(chunk), S.state.in_(WAITING))
            .values(state="pending", attempts=S.attempts + 1, next_attempt_at=at)
        )


def resend(conn: Connection, complaint_id: int) -> bool:
    """A clerk asks to send a refused complaint again as it is (e.g. after a clock fix)."""
    return bool(
        conn.execute(
            update(ITEMS)
            .where(S.complaint_id == complaint_id, S.state == "needs_fix")
            .values(state="pending", attempts=0, next_attempt_at=None)
        ).rowcount
    )


def log_attempt(
    conn: Connection,
    *,
    at: datetime,
    server_at: datetime | None,
    request: str,
    http_status: int | None,
    outcome: str,
    problem_type: str,
    message: str,
    duration_ms: int,
    request_id: str,
    items: Sequence[tuple[int, int, str]] = (),
) -> int:
    key = conn.execute(
        insert(ATTEMPTS).values(
            at=at,
            server_at=server_at,
            request=request[:200],
            http_status=http_status,
            outcome=outcome,
            problem_type=problem_type[:200],
            message=message,
            duration_ms=duration_ms,
            request_id=request_id[:100],
        )
    ).inserted_primary_key
    assert key is not None
    attempt_id = key[0]
    _ATTEMPT_ITEMS.run(conn, items, aid=attempt_id)
    return int(attempt_id)


_ATTEMPT_ITEMS = Many(
    insert(ATTEMPT_ITEMS).values(
        attempt_id=bindparam("aid", type_=Integer),
        complaint_id=bindparam("cid"),
        revision=bindparam("rev"),
        result=bindparam("res"),
    ),
    ("cid", "rev", "res"),
)


def summary(conn: Connection) -> QueueSummary:
    counts: dict[str, int] = {
        str(k): int(v) for k, v in conn.execute(select(S.state, func.count()).group_by(S.state)).all()
    }
    # One min() per state: each is the first entry of ix_sync_items_state_queued (an IN list
    # would make the engine read every waiting row).
    firsts = [conn.execute(select(func.min(S.queued_at)).where(S.state == state)).scalar() for state in WAITING]
    oldest = min((t for t in firsts if t is not None), default=None)
    if oldest is not None and oldest.tzinfo is None:
        from datetime import UTC

        oldest = oldest.replace(tzinfo=UTC)
    return QueueSummary(
        counts.get("pending", 0) + counts.get("sending", 0),
        oldest,
        counts.get("needs_fix", 0),
        counts.get("synced", 0),
        counts.get("sending", 0),
    )


def needs_attention(conn: Connection, limit: int = 200) -> list[Attention]:
    rows = conn.execute(
        select(S.complaint_id, repo.C.receipt_number, repo.C.title, S.revision, repo.C.tracking_id, S.errors)
        .join(repo.COMPLAINTS, repo.C.id == S.complaint_id)
        .where(S.state == "needs_fix")
        .order_by(S.complaint_id)
        .limit(limit)
    )
    return [
        Attention(
            r.complaint_id,
            r.receipt_number or "",
            r.title,
            r.revision,
            repo.tracking_number(r.tracking_id),
            list(r.errors or ()),
        )
        for r in rows
    ]


def item_state(conn: Connection, complaint_id: int) -> dict[str, Any] | None:
    row = conn.execute(
        select(ITEMS, PAYLOADS.c.payload, repo.C.tracking_id)
        .join(repo.COMPLAINTS, repo.C.id == S.complaint_id)
        .outerjoin(PAYLOADS, PAYLOADS.c.complaint_id == S.complaint_id)
        .where(S.complaint_id == complaint_id)
    ).first()
    if row is None:
        return None
    item = dict(row._mapping) | {"tracking_id": repo.tracking_number(row.tracking_id)}
    if item["accepted_payload"] == SAME_AS_PAYLOAD:
        item["accepted_payload"] = item["payload"]
    return item


def history(conn: Connection, complaint_id: int | None = None, limit: int = 100) -> list[dict[str, Any]]:
    """Attempts, newest first: all of them (the sync panel) or one complaint's."""
    q = select(ATTEMPTS)
    if complaint_id is not None:
        q = (
            select(ATTEMPTS, ATTEMPT_ITEMS.c.revision, ATTEMPT_ITEMS.c.result)
            .join(ATTEMPT_ITEMS, ATTEMPT_ITEMS.c.attempt_id == ATTEMPTS.c.id)
            .where(ATTEMPT_ITEMS.c.complaint_id == complaint_id)
        )
    rows = [dict(r._mapping) for r in conn.execute(q.order_by(ATTEMPTS.c.id.desc()).limit(limit))]
    if complaint_id is None:  # each attempt's items by result: a batch "ok" may still hold refusals
        by_id = {int(row["id"]): row for row in rows}
        for row in rows:
            row["item_results"] = {}
        for part in chunks(list(by_id)):
            counted = conn.execute(
                select(ATTEMPT_ITEMS.c.attempt_id, ATTEMPT_ITEMS.c.result, func.count())
                .where(ATTEMPT_ITEMS.c.attempt_id.in_(part))
                .group_by(ATTEMPT_ITEMS.c.attempt_id, ATTEMPT_ITEMS.c.result)
            )
            for attempt_id, res, n in counted:
                by_id[int(attempt_id)]["item_results"][str(res)] = int(n)
    return rows


def get_meta(conn: Connection, key: str) -> str | None:
    return conn.execute(select(META.c.value).where(META.c.key == key)).scalar()


def set_meta(conn: Connection, key: str, value: str) -> None:
    if conn.execute(update(META).where(META.c.key == key).values(value=value)).rowcount == 0:
        conn.execute(insert(META).values(key=key, value=value))


def chunks(ids: Sequence[_T], size: int = 400) -> list[Sequence[_T]]:
    """Slices small enough for an IN (...) list within SQLite's parameter limit."""
    return [ids[i : i + size] for i in range(0, len(ids), size)]


REPLIES_SENT = cast(Table, SyncReplySent.__table__)


@dataclass(frozen=True)
class OutgoingReply:
    reply_id: str
    complaint_id: int
    tracking_id: int
    body: dict[str, Any]


def replies_due(conn: Connection, limit: int = 100) -> list[OutgoingReply]:
    """Replies recorded at the desk for complaints the central knows, not yet acknowledged."""
    events = repo.EVENTS
    rows = conn.execute(
        select(events.c.complaint_id, events.c.at, events.c.detail, repo.C.tracking_id)
        .join(repo.COMPLAINTS, repo.C.id == events.c.complaint_id)
        .where(events.c.kind == "reporter_reply", repo.C.tracking_id.is_not(None))
        .order_by(events.c.id)
    ).all()
    sent = set(conn.execute(select(REPLIES_SENT.c.reply_id)).scalars())
    due: list[OutgoingReply] = []
    for complaint_id, at, detail, tracking_id in rows:
        reply_id = str((detail or {}).get("reply_id") or "")
        if not reply_id or reply_id in sent:
            continue
        text, rating = str(detail.get("text") or ""), detail.get("rating")
        body = {
            "reply_id": reply_id,
            "kind": "reply" if text else "rating",
            "text": text,
            "rating": rating,
            "recorded_at": at.isoformat(),
        }
        due.append(OutgoingReply(reply_id, complaint_id, int(tracking_id), body))
        if len(due) >= limit:
            break
    return due


def reply_sent(
    conn: Connection,
    reply: OutgoingReply,
    result: str,
    now: datetime,
    *,
    http_status: int | None = None,
    problem_type: str = "",
    message: str = "",
) -> None:
    conn.execute(
        insert(REPLIES_SENT).values(
            reply_id=reply.reply_id,
            complaint_id=reply.complaint_id,
            result=result,
            sent_at=now,
            http_status=http_status,
            problem_type=problem_type[:200],
            message=message,
        )
    )


FILES = cast(Table, SyncFileConfirmed.__table__)


def confirmed_files(conn: Connection, central: str, sha256s: Sequence[str]) -> set[str]:
    """Which of these files the central named `central` already confirmed it holds."""
    found: set[str] = set()
    for chunk in chunks(sorted(set(sha256s))):
        found.update(
            conn.execute(select(FILES.c.sha256).where(FILES.c.central == central, FILES.c.sha256.in_(chunk))).scalars()
        )
    return found


def confirm_file(conn: Connection, central: str, sha256: str, now: datetime) -> None:
    exists = conn.execute(select(FILES.c.sha256).where(FILES.c.central == central, FILES.c.sha256 == sha256)).first()
    if exists is None:
        conn.execute(insert(FILES).values(central=central, sha256=sha256, confirmed_at=now))
