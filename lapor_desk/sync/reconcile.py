"""After the central's identity changed (restored from an older backup, or replaced by
another database): ask it what it still holds of this desk, and repair the queue.

Every tracking ID the desk holds was confirmed by one identity (`sync_items.confirmed_by`,
"database_id/data_generation" from `/health`). When `/health` reports another one, each
complaint with a tracking ID from elsewhere is looked up by client ID
(`POST /complaints/lookup`, 500 at a time), and:

- not held by the central: its tracking ID is dropped (the front desk no longer shows
  it: a restored central may give that number to another complaint) and it is queued
  again, with its replies, so it arrives once more and gets a new tracking ID;
- held under another tracking ID: the desk takes the central's;
- held at an older revision, or with files the central lacks: queued again (the push
  sends the files, then the revision; a resend of the same revision is a harmless
  duplicate);
- otherwise confirmed as it is.

Each page is one transaction that also stamps the rows with the new identity, so a kill
in the middle resumes where it stopped. Last, the updates cursor goes back to 0 (the
restored or new central numbers its events differently; events already applied are
skipped by their cursor, see `updates.py`) and the identity is stored. The summary goes
to the log, to `sync_meta` ("last_reconcile", for the sync panel) and into the cycle
report (`lapor-desk sync` prints it).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Connection, and_, cast, delete, or_, select, update

from lapor_desk.storage import repository as repo
from lapor_desk.storage.database import Database
from lapor_desk.sync import state
from lapor_desk.sync.transport import Exchange

log = logging.getLogger(__name__)

PAGE = 500
S = state.S
META_IDENTITY = "central_identity"
META_REPORT = "last_reconcile"


@dataclass
class Reconciliation:
    """What a reconciliation found and did (also the core event the sync panel shows)."""

    previous: str
    current: str
    checked: int = 0
    confirmed: int = 0
    requeued: int = 0  # the central lost them: sent again, new tracking IDs
    retracked: int = 0  # the central holds them under another tracking ID
    resent: int = 0  # held at an older revision, or without all their files
    dropped_tracking_ids: list[int] = field(default_factory=list)
    at: str = ""

    def as_json(self) -> str:
        data = asdict(self)
        data["dropped_tracking_ids"] = data["dropped_tracking_ids"][:50]
        return json.dumps(data)


def identity_of(health: Any) -> str:
    """ "database_id/data_generation" from a /health body; "" from a central that has none."""
    if not isinstance(health, dict):
        return ""
    db, gen = str(health.get("database_id") or ""), str(health.get("data_generation") or "")
    return f"{db}/{gen}" if db else ""


def database_of(identity: str) -> str:
    return identity.split("/", 1)[0]


def needed(conn: Connection, identity: str) -> bool:
    """True when the central's identity differs from the one the desk last reconciled with.
    The first identity a desk ever sees is adopted for what it already holds (an upgrade
    from a desk without identities must not look up every complaint)."""
    if not identity:
        return False
    known = state.get_meta(conn, META_IDENTITY)
    if known is None:
        tracked = select(repo.C.id).where(repo.C.tracking_id.is_not(None))
        conn.execute(
            update(state.ITEMS)
            .where(S.complaint_id.in_(tracked), S.confirmed_by.is_(None))
            .values(confirmed_by=identity)
        )
        state.set_meta(conn, META_IDENTITY, identity)
        return False
    if known != identity:
        return True
    unconfirmed = select(S.complaint_id).join(repo.COMPLAINTS, repo.C.id == S.complaint_id)
    return conn.execute(unconfirmed.where(_unconfirmed(identity)).limit(1)).first() is not None


def _unconfirmed(identity: str) -> Any:
    """Items whose complaint has a tracking ID that this central's identity has not confirmed
    (a query joining sync_items with complaints)."""
    return and_(repo.C.tracking_id.is_not(None), or_(S.confirmed_by.is_(None), S.confirmed_by != identity))


def run(
    db: Database,
    lookup: Callable[[dict[str, Any]], Exchange],
    identity: str,
    now: Callable[[], datetime],
    held_files: set[str],
) -> Reconciliation:
    """Reconcile every complaint whose tracking ID another identity confirmed. `lookup` is
    the (patient) call to the central; it raises to stop the cycle. Files the central says
    it holds are added to `held_files` (no HEAD for them this cycle)."""
    with db.read() as conn:
        previous = state.get_meta(conn, META_IDENTITY) or ""
    out = Reconciliation(previous, identity)
    log.warning("the central's database identity changed (%s -> %s): reconciling", previous or "-", identity)
    after = 0
    while True:
        with db.read() as conn:
            rows = conn.execute(
                select(
                    S.complaint_id,
                    S.client_id,
                    cast(repo.C.tracking_id, BigInteger).label("tracking_id"),
                    S.state,
                    S.revision,
                    S.synced_revision,
                    S.attachments,
                )
                .join(repo.COMPLAINTS, repo.C.id == S.complaint_id)
                .where(_unconfirmed(identity), S.complaint_id > after)
                .order_by(S.complaint_id)
                .limit(PAGE)
            ).all()
        if not rows:
            break
        after = rows[-1].complaint_id
        shas = sorted({sha for r in rows for sha in (r.attachments or [])})
        ex = lookup(
            {
                "client_ids": [r.client_id for r in rows],
                "known_tracking_ids": [r.tracking_id for r in rows],
                "attachments": shas,
            }
        )
        body = ex.body
        found = {str(f["client_id"]): f for f in body.get("found") or [] if isinstance(f, dict)}
        held_files.update(str(s) for s in body.get("attachments_held") or [])
        with db.write() as conn:
            _apply_page(conn, rows, found, identity, now(), out)
    out.at = now().isoformat()
    with db.write() as conn:
        # The restored or new central numbers its events afresh: read them all again; those
        # already in a timeline are skipped by their cursor (updates.apply).
        state.set_meta(conn, "updates_cursor", "0")
        state.set_meta(conn, META_IDENTITY, identity)
        state.set_meta(conn, META_REPORT, out.as_json())
    log.warning(
        "reconciled with the central: %d checked, %d confirmed, %d sent again (lost), "
        "%d with a new tracking ID, %d resent (older revision or files missing); dropped tracking IDs %s",
        out.checked,
        out.confirmed,
        out.requeued,
        out.retracked,
        out.resent,
        out.dropped_tracking_ids[:20],
    )
    return out


def _apply_page(
    conn: Connection, rows: Any, found: dict[str, dict[str, Any]], identity: str, now: datetime, out: Reconciliation
) -> None:
    events: list[dict[str, Any]] = []
    ids = [r.complaint_id for r in rows]
    # Replies the central took go again for every complaint looked at: it may have lost them
    # too, and one it still has is answered as a duplicate. (Refused or dropped ones wait for
    # a person, as before.)
    sent = state.REPLIES_SENT.c
    for chunk in state.chunks(ids):
        conn.execute(
            delete(state.REPLIES_SENT).where(sent.complaint_id.in_(chunk), sent.result.in_(("created", "duplicate")))
        )
    for r in rows:
        out.checked += 1
        f = found.get(str(r.client_id))
        if f is None:
            _requeue(conn, r.complaint_id, identity, drop=True)
            repo.set_tracking_ids(conn, {r.complaint_id: None})
            out.requeued += 1
            out.dropped_tracking_ids.append(int(r.tracking_id))
            events.append(
                {
                    "complaint_id": r.complaint_id,
                    "at": now,
                    "kind": "sync_reconciled",
                    "actor": "sync",
                    "detail": {"dropped_tracking_id": r.tracking_id, "central": identity},
                }
            )
            continue
        tid = int(f["tracking_id"])
        values: dict[str, Any] = {"confirmed_by": identity}
        if tid != r.tracking_id:
            repo.set_tracking_ids(conn, {r.complaint_id: tid})
            out.retracked += 1
            out.dropped_tracking_ids.append(int(r.tracking_id))
            events.append(
                {
                    "complaint_id": r.complaint_id,
                    "at": now,
                    "kind": "sync_reconciled",
                    "actor": "sync",
                    "detail": {"dropped_tracking_id": r.tracking_id, "tracking_id": tid, "central": identity},
                }
            )
        behind = int(f.get("revision") or 0) < int(r.revision)
        if r.state == "synced" and (behind or f.get("missing_attachments")):
            values.update(state="pending", attempts=0, next_attempt_at=None)
            out.resent += 1
        elif tid == r.tracking_id:
            out.confirmed += 1
        values["synced_revision"] = int(f.get("revision") or 0) or None
        conn.execute(update(state.ITEMS).where(S.complaint_id == r.complaint_id).values(**values))
    repo.insert_events(conn, events)


def _requeue(conn: Connection, complaint_id: int, identity: str, *, drop: bool) -> None:
    values: dict[str, Any] = {
        "state": "pending",
        "attempts": 0,
        "next_attempt_at": None,
        "errors": [],
        "sent_revision": None,
        "synced_revision": None,
        "confirmed_by": identity,
    }
    if drop:
        repo.set_tracking_ids(conn, {complaint_id: None})
    conn.execute(update(state.ITEMS).where(S.complaint_id == complaint_id).values(**values))
