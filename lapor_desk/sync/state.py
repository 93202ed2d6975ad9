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

from sqlalchemy import Connection, String, Table, Text, and_, bindparam, func, insert, or_, select, type_coerce, update

from lapor_desk.storage import repository as repo
from lapor_desk.storage.supervision_tables import APPROVALS
from lapor_desk.sync.binds import shared_value
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


def due(conn: Connection, now: datetime, limit: int, *, force: bool, after_id: int = 0) -> list[Outgoing]:
    """What to send next. A trainee's complaint waiting for a supervisor's approval (or
    returned with a note) stays here until approved (the four-eyes option, lapor_desk.review)."""
    held = select(APPROVALS.c.complaint_id).where(
        APPROVALS.c.complaint_id == S.complaint_id, APPROVALS.c.state.in_(("waiting", "returned"))
    )
    cond = and_(S.state == "pending", S.complaint_id > after_id, ~held.exists())
    if not force:
        cond = and_(cond, or_(S.next_attempt_at.is_(None), S.next_attempt_at <= now))
    # The file list as stored text: most complaints have none, and decoding "[]" thousands
    # of times a minute is measurable.
    query = select(S.complaint_id, S.revision, PAYLOADS.c.payload, type_coerce(S.attachments, Text), S.attempts)
    query = query.join(PAYLOADS, PAYLOADS.c.complaint_id == S.complaint_id).order_by(S.complaint_id)
    if conn.dialect.name == "sqlite":
        # The queue positions first, then those payloads only: in one query SQLite read every
        # waiting row's payload (~1.3 KB) and sorted them all before the LIMIT, on every batch.
        chosen = select(S.complaint_id).where(cond).order_by(S.complaint_id).limit(limit).subquery()
        query = query.join(chosen, chosen.c.complaint_id == S.complaint_id)
    else:  # PostgreSQL sorts the top rows before it joins: one query is quicker there
        query = query.where(cond).limit(limit)
    rows = conn.execute(query).all()  # one fetchall, not a fetch per row
    return [Outgoing(cid, rev, body, _file_list(files), attempts) for cid, rev, body, files, attempts in rows]


def _file_list(stored: str | list[str] | None) -> tuple[str, ...]:
    if isinstance(stored, list):  # PostgreSQL's driver hands a JSON column over decoded
        return tuple(stored)
    if not stored or stored == "[]" or stored == "null":
        return ()
    return tuple(json.loads(stored))


def unmark_sending(conn: Connection, items: Sequence[Outgoing]) -> None:
    """A prepared batch that was never sent goes back to pending as it was."""
    for chunk in chunks([i.complaint_id for i in items]):
        conn.execute(update(ITEMS).where(S.complaint_id.in_(chunk), S.state == "sending").values(state="pending"))


def mark_sending(conn: Connection, items: Sequence[Outgoing]) -> list[Outgoing]:
    """Claim the items for sending; returns those claimed here. The claim is one conditional
    UPDATE (pending -> sending): of two engines claiming the same item at once (two counters
    of an office on one PostgreSQL), the second waits for the first's row lock, then finds the
    item no longer pending and leaves it out, so no item goes out twice."""
    claimed: set[int] = set()
    for chunk in chunks([i.complaint_id for i in items]):
        claimed.update(
            conn.execute(
                update(ITEMS)
                .where(S.complaint_id.in_(chunk), S.state == "pending")
                .values(state="sending", sent_revision=S.revision)
                .returning(S.complaint_id)
            )
            .scalars()
            .all()
        )
    return [i for i in items if i.complaint_id in claimed]


@dataclass(frozen=True)
class Confirmed:
    """The central took this revision: `full` when it is still the newest local one."""

    complaint_id: int
    sent_revision: int
    tracking_id: int
    server_revision: int
    central_status: str | None
    full: bool
    # The central took the very revision sent: with `full`, the queue row's payload is
    # the content the central now holds (what "discard" restores).
    accepted: bool = False


def synced_batch(
    conn: Connection, confirmed: Sequence[Confirmed], now: datetime, server_now: datetime, central: str | None = None
) -> None:
    """Record the confirmed revisions of a batch answer, in the caller's write transaction, which also read
    the revisions `full` was decided on. One statement per queue row and one per complaint row,
    so each row is rewritten once, and no larger than it was: in the common case (the newest
    revision, taken as sent) the accepted payload is the row's own payload (SAME_AS_PAYLOAD,
    copied only if an edit replaces it), and the central's status goes in the same statement.
    The newest-revision statements also name the revision sent, so an edit queued meanwhile by
    another connection (an office's counter on PostgreSQL) stays pending. A revision queued
    while this one was on the way (`full` False) stays pending."""
    if not confirmed:
        return
    done = {"state": "synced", "attempts": 0, "next_attempt_at": None, "errors": []}
    done |= {"synced_at": now, "synced_at_server": server_now, "confirmed_by": central}
    done = {name: shared_value(conn, S[name], value) for name, value in done.items()}
    whole = [c for c in confirmed if c.full and c.accepted]
    if whole:
        conn.execute(
            update(ITEMS)
            .where(S.complaint_id == bindparam("cid"), S.revision == bindparam("rev"))
            .values(
                synced_revision=bindparam("srev"),
                accepted_payload=SAME_AS_PAYLOAD,
                central_status=func.coalesce(bindparam("cst", type_=String), S.central_status),
                **done,
            ),
            [
                {"cid": c.complaint_id, "rev": c.sent_revision, "srev": c.server_revision, "cst": c.central_status}
                for c in whole
            ],
        )
    for full, group in (
        (True, [c for c in confirmed if c.full and not c.accepted]),
        (False, [c for c in confirmed if not c.full]),
    ):
        if group:
            where = [S.complaint_id == bindparam("cid")] + ([S.revision == bindparam("rev")] if full else [])
            conn.execute(
                update(ITEMS)
                .where(*where)
                .values(synced_revision=bindparam("srev"), **(done if full else {"confirmed_by": central})),
                [{"cid": c.complaint_id, "rev": c.sent_revision, "srev": c.server_revision} for c in group],
            )
    # The tracking ID the central answered is the complaint's (one column); the central's status
    # replaces "recorded" ("recorded" over "recorded" changes nothing). Through the repository,
    # the one place that writes complaint rows.
    repo.confirm_tracking(
        conn,
        [
            (c.complaint_id, c.tracking_id, c.central_status if c.central_status != "recorded" else None)
            for c in confirmed
        ],
        replacing="recorded",
    )


def note_central(conn: Connection, accepted: Sequence[dict[str, Any]], central: Sequence[dict[str, Any]]) -> None:
    """Keep the payload the central accepted (`cid`, `acc`) and the status it reported
    (`cid`, `cst`): what a discarded edit restores, and whether the central locked it."""
    if accepted:
        conn.execute(
            update(ITEMS).where(S.complaint_id == bindparam("cid")).values(accepted_payload=bindparam("acc")),
            list(accepted),
        )
    if central:
        conn.execute(
            update(ITEMS).where(S.complaint_id == bindparam("cid")).values(central_status=bindparam("cst")),
            list(central),
        )


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
    if items:
        conn.execute(
            insert(ATTEMPT_ITEMS),
            [
                {"attempt_id": attempt_id, "complaint_id": cid, "revision": rev, "result": res}
                for cid, rev, res in items
            ],
        )
    return int(attempt_id)


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
