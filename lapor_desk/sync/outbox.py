"""The transactional outbox: a WriteHook that queues a complaint with the change itself.

Recording a complaint, and every later edit of a queued or synced one, writes the
payload of its current revision into `sync_items` in the writer's own transaction,
so the queue can never miss or invent a change. Drafts stay local.

Sources: intake and import changes are queued (an import digitises real paper
complaints, which is the desk's job). An imported complaint that carries its LAPOR!
tracking ID (an export of another desk, moved to this one) is already at the central: its
queue row is written as synced at revision 1, so it is never sent again as new; a later
edit queues revision 2 as for any synced complaint. Its tracking ID has no confirming
central identity yet (`confirmed_by` empty): a desk that already knows its central looks
it up by client ID at the next sync (lapor_desk/sync/reconcile.py) and sends it after all
if that central does not hold it; a desk that never synced adopts it with the first
identity it sees, as it does everything it holds. Demo data exists for training and benchmarks
and is not uploaded unless the desk's `sync.upload_demo` setting asks for it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Mapping, Sequence
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Connection, Table, bindparam, case, insert, select, update

from lapor_desk.domain.complaint import Complaint
from lapor_desk.domain.enums import Status
from lapor_desk.services.hooks import ComplaintChange
from lapor_desk.storage import repository as repo
from lapor_desk.sync import payload
from lapor_desk.sync.attachments import AttachmentSource, NoAttachments
from lapor_desk.sync.state import PAYLOADS, SAME_AS_PAYLOAD, chunks
from lapor_desk.sync.tables import SyncItem

ITEMS = cast(Table, SyncItem.__table__)
# Statuses whose content the central still accepts from the desk.
QUEUEABLE = frozenset({Status.RECORDED, Status.UNVERIFIED, Status.ON_HOLD})


class Outbox:
    def __init__(
        self, attachments: AttachmentSource | None = None, upload_demo: Callable[[], bool] = lambda: False
    ) -> None:
        self.attachments: AttachmentSource = attachments or NoAttachments()
        self.upload_demo = upload_demo

    def wants(self, change: ComplaintChange) -> bool:
        if change.status not in QUEUEABLE:
            return False
        if change.source == "demo" and not self.upload_demo():
            return False
        return change.created or change.recorded_now or bool(change.changed_fields)

    def after_write(self, conn: Connection, changes: Sequence[ComplaintChange]) -> None:
        wanted = {c.complaint_id: c for c in changes if self.wants(c)}
        at_central = {i for i, c in wanted.items() if c.created and c.at_central}
        known = {i: c.complaint for i, c in wanted.items() if c.complaint is not None}
        new = {i for i, c in wanted.items() if c.created}
        for chunk in chunks(list(wanted)):
            enqueue(conn, chunk, self.attachments, {i: wanted[i].at for i in chunk}, at_central, written=known, new=new)


def enqueue(
    conn: Connection,
    complaint_ids: Sequence[int],
    attachments: AttachmentSource,
    at: dict[int, datetime],
    at_central: Collection[int] = (),
    *,
    written: Mapping[int, Complaint] | None = None,
    new: Collection[int] = (),
) -> int:
    """Queue (or re-queue) the current revision of each complaint. Returns how many.
    `at_central`: new complaints the central already holds at this revision (imported with
    their tracking ID): their first queue row is written as synced, never sent as new.
    `written`: complaints as the writer left them in this transaction (not read again);
    `new`: complaints created in this transaction, which cannot have a queue row yet (a
    complaint's queue row goes with it when it is deleted), so none is looked for."""
    held = written or {}
    complaints = [held[i] for i in complaint_ids if i in held]
    unread = [i for i in complaint_ids if i not in held]
    if unread:
        rows = conn.execute(select(repo.COMPLAINTS).where(repo.C.id.in_(unread))).all()
        complaints += [repo.row_to_complaint(row) for row in rows]
    queued = [i for i in complaint_ids if i not in new]
    existing = {
        r.complaint_id: r
        for r in (
            conn.execute(
                select(ITEMS.c.complaint_id, PAYLOADS.c.payload, ITEMS.c.queued_at, ITEMS.c.revision, ITEMS.c.state)
                .outerjoin(PAYLOADS, PAYLOADS.c.complaint_id == ITEMS.c.complaint_id)
                .where(ITEMS.c.complaint_id.in_(queued))
            )
            if queued
            else ()
        )
    }
    # A complaint known to have no attachments has no refs to look up.
    with_files = [i for i in complaint_ids if i not in held or held[i].attachments]
    refs = attachments.refs(conn, with_files) if with_files else {}
    inserts: list[dict[str, Any]] = []
    new_payloads: list[tuple[int, str | None]] = []
    replaced: list[tuple[int, str | None]] = []
    for complaint in complaints:
        old = existing.get(complaint.id)
        if old is not None and old.revision == complaint.revision:
            continue  # this revision is queued (or was answered) already
        when = at.get(complaint.id) or complaint.updated_at
        assert when is not None
        recorded_at = _recorded_at(old.payload) if old is not None and old.payload else when
        mine = refs.get(complaint.id, [])
        body, digest = payload.build(complaint, recorded_at, mine)
        values = {
            "state": "pending",
            "revision": complaint.revision,
            "payload_hash": digest,
            "attachments": [a.sha256 for a in mine],
            "attempts": 0,
            "next_attempt_at": None,
            "errors": [],
        }
        if old is None:
            known = complaint.id in at_central
            inserts.append(
                dict(
                    values,
                    complaint_id=complaint.id,
                    client_id=complaint.client_id,
                    queued_at=when,
                    state="synced" if known else "pending",
                    synced_revision=complaint.revision if known else None,
                    accepted_payload=SAME_AS_PAYLOAD if known else None,
                )
            )
            new_payloads.append((complaint.id, body))
        else:
            # The accepted content was this row's payload (state.SAME_AS_PAYLOAD): keep it before
            # the payload is replaced. In SQL, from the payload as it is when the update runs
            # (the payload row is replaced only after this statement).
            old_body = select(PAYLOADS.c.payload).where(PAYLOADS.c.complaint_id == ITEMS.c.complaint_id)
            kept = case(
                (ITEMS.c.accepted_payload == SAME_AS_PAYLOAD, old_body.scalar_subquery()),
                else_=ITEMS.c.accepted_payload,
            )
            conn.execute(
                ITEMS.update()
                .where(ITEMS.c.complaint_id == complaint.id)
                .values(**values, queued_at=when, accepted_payload=kept)
            )
            replaced.append((complaint.id, body))
    if inserts:
        conn.execute(ITEMS.insert(), inserts)
    write_payloads(conn, new_payloads, new=True)
    write_payloads(conn, replaced, new=False)
    return len(complaints)


def write_payloads(conn: Connection, payloads: Sequence[tuple[int, str | None]], *, new: bool) -> None:
    """Store the payload of each queue row's (new) revision: `new` rows are inserted with their
    queue row, others replace the one there (an edit, or resolve restoring the accepted one)."""
    if not payloads:
        return
    if new:
        conn.execute(insert(PAYLOADS), [{"complaint_id": cid, "payload": body} for cid, body in payloads])
        return
    conn.execute(
        update(PAYLOADS).where(PAYLOADS.c.complaint_id == bindparam("cid")).values(payload=bindparam("body")),
        [{"cid": cid, "body": body} for cid, body in payloads],
    )


def enqueue_existing(conn: Connection, attachments: AttachmentSource, *, include_demo: bool, now: datetime) -> int:
    """Queue recorded complaints that have no queue row (written before the sync existed,
    or demo data when asked). Demo complaints are those whose `created` event says so."""
    missing = select(repo.C.id).where(
        repo.C.status == str(Status.RECORDED),
        ~select(ITEMS.c.complaint_id).where(ITEMS.c.complaint_id == repo.C.id).exists(),
    )
    if not include_demo:
        demo = select(repo.EVENTS.c.complaint_id).where(
            repo.EVENTS.c.complaint_id == repo.C.id,
            repo.EVENTS.c.kind == "created",
            repo.EVENTS.c.detail["source"].as_string() == "demo",
        )
        missing = missing.where(~demo.exists())
    ids = [r[0] for r in conn.execute(missing.order_by(repo.C.id))]
    done = 0
    for chunk in chunks(ids):
        done += enqueue(conn, chunk, attachments, {i: now for i in chunk})
    return done


def _recorded_at(old_payload: str) -> datetime:
    return datetime.fromisoformat(json.loads(old_payload)["desk_recorded_at"])
