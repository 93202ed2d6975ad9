"""Every refusal from the central, with the actions that resolve it (issue #19).

`problems()` turns the sync tables into a list of `Problem`s, each naming what went wrong
(a `Kind`) and the `Action`s that end it; the needs-attention list, `lapor-desk sync` and
its exit code all read this one list. `SyncResolver` carries the actions out, each in one
transaction, checked against the actor's role and written to the audit trail.

A complaint the central has moved on (verified and later) is locked: the desk's edits are
refused for good. A refused edit is then either discarded (the content the central last
accepted comes back, from `sync_items.accepted_payload`) or turned into a supplement: the
new information goes to the central as a reply, and the content is restored likewise.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, delete, func, select, update

from lapor_desk.accounts.roles import Actor, Permission, require
from lapor_desk.audit import AuditAction, AuditTrail
from lapor_desk.clock import Clock, system_clock
from lapor_desk.domain.complaint import INPUT_FIELDS, Attachment, ComplaintInput
from lapor_desk.domain.enums import AgeBand, Channel, Disability, DisabilityType, ReportType, Sex, Status
from lapor_desk.events import ComplaintSaved, EventBus
from lapor_desk.i18n import CodedError
from lapor_desk.storage import repository as repo
from lapor_desk.storage.database import Database
from lapor_desk.sync import outbox, state
from lapor_desk.sync.attachments import AttachmentSource
from lapor_desk.sync.payload import payload_hash

# The central's statuses in which it still takes the desk's edits; every other one locks.
CENTRAL_EDITABLE = frozenset({"unverified", "on_hold"})
REFUSED_REPLY = "refused"
DROPPED_REPLY = "dropped"
_ATTACHMENT_CODES = frozenset(
    {
        "attachment_type",
        "attachment_too_big",
        "attachment_missing",
        "attachment_unreadable",
        "attachment_refused",
        "attachment_too_large",
        "sync_attachment_refused",
    }
)


class Kind(StrEnum):
    FIELDS = "fields"  # field errors: fix them in the form
    LOCKED = "locked"  # the central moved the complaint on: the edit can never go
    CONFLICT = "conflict"  # the same revision with other content is at the central
    ATTACHMENT = "attachment"  # a file refused (413/415) or gone from the desk's store
    TOO_LARGE = "too_large"  # the complaint alone is over the central's request limit
    REPLY_UNKNOWN = "reply_unknown"  # a reply to a complaint the central does not know (404)
    REPLY_REFUSED = "reply_refused"  # a reply refused otherwise
    REGISTRATION = "registration"  # 401/403: the desk's token


class Action(StrEnum):
    EDIT = "edit"  # open in the form, fix, save: a new revision goes
    NEW_REVISION = "new_revision"  # send the desk's content again as a revision above the central's
    DISCARD = "discard"  # drop the refused edit; the central's content comes back (supervisor)
    SUPPLEMENT = "supplement"  # send the edit as a supplement, then as discard (supervisor)
    RETRY_REPLY = "retry_reply"  # send the reply again (after the central or registration is fixed)
    DROP_REPLY = "drop_reply"  # keep the reply at the desk only (supervisor)
    REGISTER = "register"  # register again with a valid token


# Who may do what: the actions that throw a clerk's work away are a supervisor's call.
_PERMISSION = {
    Action.EDIT: Permission.RECORD,
    Action.NEW_REVISION: Permission.RECORD,
    Action.RETRY_REPLY: Permission.RECORD,
    Action.DISCARD: Permission.REVIEW,
    Action.SUPPLEMENT: Permission.REVIEW,
    Action.DROP_REPLY: Permission.REVIEW,
    Action.REGISTER: Permission.MANAGE_SETTINGS,
}


def permitted(actor: Actor, action: Action) -> bool:
    return actor.can(_PERMISSION[action])


class ResolveError(CodedError):
    """An action that cannot be carried out (the item moved on meanwhile, nothing to restore)."""


@dataclass(frozen=True)
class Problem:
    kind: Kind
    actions: tuple[Action, ...]
    complaint_id: int | None = None
    receipt_number: str = ""
    title: str = ""
    errors: list[dict[str, Any]] = field(default_factory=list)
    central_status: str = ""
    reply_id: str = ""
    message: str = ""  # the central's own words, for a reply or the registration

    @property
    def key(self) -> str:
        if self.reply_id:
            return f"reply:{self.reply_id}"
        return f"complaint:{self.complaint_id}" if self.complaint_id is not None else str(self.kind)


def is_locked(central_status: str | None, local_status: str | None = None) -> bool:
    """Whether the central refuses the desk's edits, from its last answer or the status feed."""
    if central_status:
        return central_status not in CENTRAL_EDITABLE
    return bool(local_status) and local_status not in ("draft", "recorded", *CENTRAL_EDITABLE)


def kind_of(errors: Sequence[dict[str, Any]], central_status: str | None, local_status: str | None) -> Kind:
    codes = {str(e.get("code", "")) for e in errors}
    if "locked_status" in codes:
        return Kind.LOCKED
    if "revision_conflict" in codes:
        return Kind.CONFLICT
    if codes & _ATTACHMENT_CODES or any(str(e.get("field", "")).startswith("attachments") for e in errors):
        return Kind.ATTACHMENT
    if codes & {"request_too_large", "request_too_large_limit"}:
        return Kind.TOO_LARGE
    if is_locked(central_status, local_status):
        return Kind.LOCKED  # refused for a field, but locked since: it cannot be fixed by an edit
    return Kind.FIELDS


def actions_for(kind: Kind, *, restorable: bool, reopened: bool = False) -> tuple[Action, ...]:
    if kind is Kind.LOCKED:
        # Sent back to the reporter (on hold) since: the central takes the edit again.
        # Discard needs the content the central accepted (kept since this version of the desk).
        ways = (Action.SUPPLEMENT, Action.DISCARD) if restorable else (Action.SUPPLEMENT,)
        return (Action.NEW_REVISION, *ways) if reopened else ways
    if kind is Kind.CONFLICT:
        return (Action.NEW_REVISION, Action.DISCARD) if restorable else (Action.NEW_REVISION,)
    if kind is Kind.REGISTRATION:
        return (Action.REGISTER,)
    if kind in (Kind.REPLY_UNKNOWN, Kind.REPLY_REFUSED):
        return (Action.RETRY_REPLY, Action.DROP_REPLY)
    return (Action.EDIT, Action.DISCARD) if restorable else (Action.EDIT,)


def problems(conn: Connection, *, registration_problem: str = "", limit: int = 500) -> list[Problem]:
    """Everything waiting for a person, most harmful first: registration, complaints, replies."""
    out: list[Problem] = []
    if registration_problem:
        out.append(
            Problem(Kind.REGISTRATION, actions_for(Kind.REGISTRATION, restorable=False), message=registration_problem)
        )
    S = state.S
    rows = conn.execute(
        select(
            S.complaint_id,
            repo.C.receipt_number,
            repo.C.title,
            repo.C.status,
            S.errors,
            S.central_status,
            S.accepted_payload.is_not(None).label("restorable"),
        )
        .join(repo.COMPLAINTS, repo.C.id == S.complaint_id)
        .where(S.state == "needs_fix")
        .order_by(S.complaint_id)
        .limit(limit)
    )
    for r in rows:
        errors = list(r.errors or ())
        kind = kind_of(errors, r.central_status, r.status)
        reopened = kind is Kind.LOCKED and r.central_status in CENTRAL_EDITABLE
        out.append(
            Problem(
                kind,
                actions_for(kind, restorable=bool(r.restorable), reopened=reopened),
                r.complaint_id,
                r.receipt_number or "",
                r.title,
                errors,
                r.central_status or "",
            )
        )
    R = state.REPLIES_SENT.c
    replies = conn.execute(
        select(R.reply_id, R.complaint_id, R.http_status, R.message, repo.C.receipt_number, repo.C.title)
        .join(repo.COMPLAINTS, repo.C.id == R.complaint_id)
        .where(R.result == REFUSED_REPLY)
        .order_by(R.sent_at)
        .limit(limit)
    )
    for r in replies:
        kind = Kind.REPLY_UNKNOWN if r.http_status == 404 else Kind.REPLY_REFUSED
        out.append(
            Problem(
                kind,
                actions_for(kind, restorable=False),
                r.complaint_id,
                r.receipt_number or "",
                r.title,
                reply_id=r.reply_id,
                message=r.message or "",
            )
        )
    return out


def refused_replies(conn: Connection) -> int:
    """Replies the central refused that wait for a person (they count as needing attention)."""
    R = state.REPLIES_SENT.c
    return int(
        conn.execute(select(func.count()).select_from(state.REPLIES_SENT).where(R.result == REFUSED_REPLY)).scalar()
        or 0
    )


def input_from_payload(item: dict[str, Any]) -> ComplaintInput:
    """A batch item (the contract's JSON) back into the desk's input."""
    enums = {"type": ReportType, "channel": Channel, "sex": Sex, "age_band": AgeBand, "disability": Disability}
    values: dict[str, Any] = {}
    for name in INPUT_FIELDS:
        value = item.get(name)
        if name in enums and value is not None:
            value = enums[name](value)
        elif name == "incident_date" and value:
            value = date.fromisoformat(value)
        elif name == "received_at" and value:
            value = datetime.fromisoformat(value)
        elif name == "disability_types":
            value = tuple(DisabilityType(v) for v in value or ())
        if value is not None or name in item:
            values[name] = value
    return ComplaintInput(**values)


def supplement_draft(current: ComplaintInput, accepted: ComplaintInput) -> str:
    """The refused edit in words, as a starting point for the supplement's text (the
    person sending it may reword it): one line per changed field, the desk's value."""
    lines = []
    for name in INPUT_FIELDS:
        new, old = getattr(current, name), getattr(accepted, name)
        if new != old:
            shown = ", ".join(str(v) for v in new) if isinstance(new, tuple) else ("" if new is None else str(new))
            lines.append(f"{name}: {shown}")
    return "\n".join(lines)


class SyncResolver:
    """The actions, each checked, done in one transaction, audited and announced."""

    def __init__(
        self,
        db: Database,
        bus: EventBus,
        audit: AuditTrail,
        attachments: AttachmentSource,
        clock: Clock = system_clock,
        on_change: Callable[[], None] = lambda: None,
    ) -> None:
        self.db = db
        self.on_change = on_change  # the sync status is published again after each action
        self.attachments = attachments
        self.bus = bus
        self.audit = audit
        self.clock = clock

    # --- complaints

    def discard(self, actor: Actor, complaint_id: int) -> None:
        """Drop the refused edit: the central's last accepted content, attachments and revision
        come back, and the queue row is synced again."""
        require(actor, _PERMISSION[Action.DISCARD])
        with self.db.write() as conn:
            restored = self._restore(conn, complaint_id)
            self.audit.append(
                conn,
                actor.who,
                AuditAction.EDIT,
                f"complaint:{complaint_id}",
                {"action": "discard_refused_edit", **restored},
            )
            repo.insert_events(conn, [_event(complaint_id, self.clock(), "sync_discarded", actor, restored)])
        self._announce(complaint_id)

    def supplement_draft(self, complaint_id: int) -> str:
        """The refused edit in words (what differs from the central's content), for the
        supplement's text box."""
        with self.db.read() as conn:
            complaint = repo.get_complaint(conn, complaint_id)
            item = state.item_state(conn, complaint_id)
        if complaint is None or item is None:
            raise ResolveError("sync_nothing_to_resolve")
        accepted = item.get("accepted_payload")
        base = input_from_payload(json.loads(accepted)) if accepted else ComplaintInput()
        return supplement_draft(complaint.as_input(), base)

    def supplement(self, actor: Actor, complaint_id: int, text: str) -> str:
        """Send a refused edit as a supplement (a reply the central takes whatever the status),
        then restore the central's content as `discard` does. Returns the reply's id."""
        require(actor, _PERMISSION[Action.SUPPLEMENT])
        text = _checked_text(text)
        with self.db.write() as conn:
            restored = self._restore(conn, complaint_id, keep_if_unknown=True)
            reply_id = self._add_supplement(conn, actor, complaint_id, text)
            self.audit.append(
                conn,
                actor.who,
                AuditAction.EDIT,
                f"complaint:{complaint_id}",
                {"action": "refused_edit_to_supplement", "reply_id": reply_id, **restored},
            )
        self._announce(complaint_id)
        return reply_id

    def add_supplement(self, actor: Actor, complaint_id: int, text: str) -> str:
        """*Tambah keterangan*: new information from the citizen on a complaint the central has
        locked, sent as a reply. Any clerk may add one; it is audited like an edit."""
        require(actor, Permission.RECORD)
        text = _checked_text(text)
        with self.db.write() as conn:
            if repo.get_complaint(conn, complaint_id) is None:
                raise ResolveError("not_found", id=complaint_id)
            reply_id = self._add_supplement(conn, actor, complaint_id, text)
            self.audit.append(
                conn,
                actor.who,
                AuditAction.EDIT,
                f"complaint:{complaint_id}",
                {"action": "supplement", "reply_id": reply_id},
            )
        self._announce(complaint_id)
        return reply_id

    def new_revision(self, actor: Actor, complaint_id: int) -> int:
        """A revision conflict: send the desk's content again as a revision above the
        central's (the central takes it while the complaint is still editable there)."""
        require(actor, _PERMISSION[Action.NEW_REVISION])
        with self.db.write() as conn:
            item = _needs_fix_item(conn, complaint_id)
            central = _revision_of(item["accepted_payload"]) or item["synced_revision"] or 0
            revision = max(int(item["revision"]), int(central)) + 1
            repo.update_complaint(conn, complaint_id, {"revision": revision})
            outbox.enqueue(conn, [complaint_id], self.attachments, {complaint_id: self.clock()})
            self.audit.append(
                conn,
                actor.who,
                AuditAction.EDIT,
                f"complaint:{complaint_id}",
                {"action": "resend_as_new_revision", "revision": revision},
            )
        self._announce(complaint_id)
        return revision

    # --- replies

    def retry_reply(self, actor: Actor, reply_id: str) -> None:
        """Send a refused reply again on the next cycle (the central may know it now)."""
        require(actor, _PERMISSION[Action.RETRY_REPLY])
        with self.db.write() as conn:
            cid = self._refused_reply(conn, reply_id)
            conn.execute(delete(state.REPLIES_SENT).where(state.REPLIES_SENT.c.reply_id == reply_id))
            self.audit.append(
                conn, actor.who, AuditAction.EDIT, f"complaint:{cid}", {"action": "retry_reply", "reply_id": reply_id}
            )
        self._announce(cid)

    def drop_reply(self, actor: Actor, reply_id: str) -> None:
        """Keep a refused reply at the desk only: it stays in the timeline, marked unsent."""
        require(actor, _PERMISSION[Action.DROP_REPLY])
        with self.db.write() as conn:
            cid = self._refused_reply(conn, reply_id)
            conn.execute(
                update(state.REPLIES_SENT).where(state.REPLIES_SENT.c.reply_id == reply_id).values(result=DROPPED_REPLY)
            )
            self.audit.append(
                conn, actor.who, AuditAction.EDIT, f"complaint:{cid}", {"action": "drop_reply", "reply_id": reply_id}
            )
        self._announce(cid)

    # --- inside the transaction

    def _restore(self, conn: Connection, complaint_id: int, *, keep_if_unknown: bool = False) -> dict[str, Any]:
        item = _needs_fix_item(conn, complaint_id)
        accepted = item["accepted_payload"]
        if not accepted:
            if not keep_if_unknown:
                raise ResolveError("sync_no_central_version")
            # Synced before the desk kept the central's content: the desk's copy stays as it is.
            conn.execute(
                update(state.ITEMS)
                .where(state.S.complaint_id == complaint_id)
                .values(state="synced", errors=[], next_attempt_at=None, attempts=0)
            )
            return {"refused_revision": item["revision"], "restored_revision": None}
        body = json.loads(accepted)
        row = repo.input_to_row(input_from_payload(body))
        revision = int(body["revision"])
        repo.update_complaint(conn, complaint_id, dict(row, revision=revision, updated_at=self.clock()))
        files = [
            Attachment(
                str(a["sha256"]), str(a.get("filename") or ""), str(a.get("media_type") or ""), int(a.get("size") or 0)
            )
            for a in body.get("attachments") or ()
        ]
        repo.replace_attachments(conn, complaint_id, files, self.clock())
        conn.execute(
            update(state.ITEMS)
            .where(state.S.complaint_id == complaint_id)
            .values(
                state="synced",
                revision=revision,
                payload_hash=body.get("payload_hash") or payload_hash(body),
                attachments=[f.sha256 for f in files],
                errors=[],
                next_attempt_at=None,
                attempts=0,
                sent_revision=None,
                synced_revision=revision,
            )
        )
        outbox.write_payloads(conn, [(complaint_id, accepted)], new=False)
        return {"refused_revision": item["revision"], "restored_revision": revision}

    def _add_supplement(self, conn: Connection, actor: Actor, complaint_id: int, text: str) -> str:
        reply_id = str(uuid.uuid4())
        repo.insert_events(
            conn,
            [
                _event(
                    complaint_id,
                    self.clock(),
                    "reporter_reply",
                    actor,
                    {"reply_id": reply_id, "text": text, "supplement": True},
                )
            ],
        )
        return reply_id

    @staticmethod
    def _refused_reply(conn: Connection, reply_id: str) -> int:
        R = state.REPLIES_SENT.c
        cid = conn.execute(select(R.complaint_id).where(R.reply_id == reply_id, R.result == REFUSED_REPLY)).scalar()
        if cid is None:
            raise ResolveError("sync_nothing_to_resolve")
        return int(cid)

    def _announce(self, complaint_id: int) -> None:
        with self.db.read() as conn:
            status = conn.execute(select(repo.C.status).where(repo.C.id == complaint_id)).scalar()
        self.bus.publish(ComplaintSaved(complaint_id, str(status or Status.RECORDED), False))
        self.on_change()


def _needs_fix_item(conn: Connection, complaint_id: int) -> dict[str, Any]:
    item = state.item_state(conn, complaint_id)
    if item is None or item["state"] != "needs_fix":
        raise ResolveError("sync_nothing_to_resolve")
    return item


def _revision_of(payload: str | None) -> int | None:
    return int(json.loads(payload)["revision"]) if payload else None


def _checked_text(text: str) -> str:
    from lapor_desk.domain.messages import ValidationFailed, ValidationResult, error
    from lapor_desk.services.complaints import REPLY_MAX

    text = text.strip()
    if not text:
        raise ValidationFailed(ValidationResult((error("reply_text", "reply_empty"),)))
    if len(text) > REPLY_MAX:
        raise ValidationFailed(ValidationResult((error("reply_text", "too_long", max=REPLY_MAX, length=len(text)),)))
    return text


def _event(complaint_id: int, at: datetime, kind: str, actor: Actor, detail: dict[str, Any]) -> dict[str, Any]:
    return {
        "complaint_id": complaint_id,
        "at": at,
        "kind": kind,
        "actor": actor.display_name or actor.username,
        "detail": detail,
    }
