"""The audit trail: an append-only, SHA-256-chained log of who did what, and when.

Each entry's hash is SHA-256 over the previous entry's hash and the entry's own
canonical content (seq, time, actor, role, action, target, detail as sorted compact
JSON). The chain's newest seq and hash are also kept in `audit_head`, written in the
same transaction, so that deleting the newest rows shows as well as editing or
deleting older ones. `verify()` re-walks the chain and names each row that broke.

The chain detects edits made behind the app's back with an SQLite tool; someone who
recomputes every later hash and the head can still rewrite history, and a tail cut with its
head row, or a trail wiped whole, still holds together. Copies of the head kept elsewhere
expose those: the anchor the central acknowledged at each sync (`audit_anchor.py`, passed
to `verify`) and the head printed on each monthly recap.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, func, insert, select, text, update

from lapor_desk.audit_anchor import Anchor
from lapor_desk.audit_append_pg import append_in_two_statements, content_around_seq
from lapor_desk.clock import Clock, system_clock
from lapor_desk.i18n import Message
from lapor_desk.services.hooks import CommitCarrier, ComplaintChange
from lapor_desk.storage.database import Database
from lapor_desk.storage.supervision_tables import AUDIT, AUDIT_HEAD

GENESIS = "0" * 64


class AuditAction(StrEnum):
    SIGN_IN = "sign_in"
    SIGN_IN_FAILED = "sign_in_failed"
    ACCOUNT_LOCKED = "account_locked"
    SIGN_OUT = "sign_out"
    VIEW_PERSONAL = "view_personal"
    SEARCH_PERSONAL = "search_personal"  # a search by NIK or phone (who looked a citizen up)
    CREATE = "create"
    EDIT = "edit"
    STATUS_CHANGE = "status_change"
    EXPORT = "export"
    SETTINGS_CHANGE = "settings_change"
    ACCOUNT_CHANGE = "account_change"
    CALENDAR_CHANGE = "calendar_change"
    REVIEW_DECISION = "review_decision"
    RESTORE = "restore"
    PURGE = "purge"
    PAPER_BLOCK_RESERVED = "paper_block_reserved"  # a block of paper receipt numbers
    PAPER_RECEIPT_USED = "paper_receipt_used"  # a complaint entered with a paper number
    PAPER_BLOCK_VOIDED = "paper_block_voided"  # a block withdrawn (a lost sheet)
    PAPER_SHEET_PRINTED = "paper_sheet_printed"  # a block's sheet printed, saved as PDF or shown
    REFUSED = "refused"  # the core's role check said no (a command line attempt, named)


ACTOR_MAX = 64  # audit_entries.actor's length: every entry's actor is cut to it here, once


@dataclass(frozen=True)
class Who:
    """Who acts, as the audit trail records it (a signed-in account or a named tool)."""

    username: str
    role: str = ""
    trainee: bool = False  # not recorded; lets the four-eyes hook see a trainee's work
    name: str = ""  # not recorded; the display name the complaint timeline shows


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: datetime
    actor: str
    role: str
    action: str
    target: str
    detail: dict[str, Any]


@dataclass(frozen=True)
class AuditFilter:
    actions: tuple[str, ...] = ()
    actor: str = ""
    target: str = ""
    since: datetime | None = None
    until: datetime | None = None


@dataclass(frozen=True)
class ChainProblem:
    seq: int  # the row that broke (for a deleted tail: the last row the head expects)
    kind: str  # edited | missing_before | tail_missing | head_missing | truncated | wiped | rewritten
    message_code: str
    params: dict[str, Any] = field(default_factory=dict)  # more for the message than {seq}

    @property
    def message_params(self) -> dict[str, Any]:
        """For `translate`: the anchor's source reads in the language shown."""
        params: dict[str, Any] = {"seq": self.seq, **self.params}
        if "source" in params:
            params["source"] = Message("audit_source_" + str(params["source"]))
        return params


@dataclass
class VerifyReport:
    entries: int = 0
    problems: list[ChainProblem] = field(default_factory=list)
    # Anchors the trail no longer reaches because a backup was restored, as the restore's own
    # audit entry records: said, not counted as damage (audit_anchor.py, backups/restore.py).
    notices: list[ChainProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def canonical(detail: dict[str, Any]) -> str:
    return json.dumps(detail, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def entry_hash(
    prev_hash: str, seq: int, at: datetime, actor: str, role: str, action: str, target: str, detail_json: str
) -> str:
    """SHA-256 over the previous hash and the entry's canonical content (sorted compact JSON
    of seq, at, actor, role, action, target, detail), written around its seq
    (audit_append_pg.content_around_seq)."""
    before, after = content_around_seq(at, actor, role, action, target, detail_json)
    return hashlib.sha256((prev_hash + "\n" + before + str(seq) + after).encode("utf-8")).hexdigest()


# The key of the PostgreSQL advisory lock that serialises appends (a bigint from a fixed name).
AUDIT_LOCK_KEY = int.from_bytes(hashlib.sha256(b"lapor-desk audit chain").digest()[:8], "big", signed=True)


@dataclass(frozen=True)
class PendingEntry:
    """One entry waiting to be appended (AuditTrail.append_many); `at` None: the trail's clock."""

    who: Who
    action: AuditAction | str
    target: str = ""
    detail: dict[str, Any] = field(default_factory=dict)
    at: datetime | None = None


class AuditTrail:
    """Appends to and reads the chain. Appending needs the caller's write transaction."""

    def __init__(self, db: Database, clock: Clock = system_clock) -> None:
        self.db = db
        self.clock = clock

    def append(
        self,
        conn: Connection,
        who: Who,
        action: AuditAction | str,
        target: str = "",
        detail: dict[str, Any] | None = None,
        *,
        at: datetime | None = None,
    ) -> int:
        """Add one entry inside `conn`'s write transaction (BEGIN IMMEDIATE serialises writers)."""
        return self.append_many(conn, [PendingEntry(who, action, target, detail or {}, at)])

    def append_many(self, conn: Connection, entries: Sequence[PendingEntry]) -> int:
        """Add `entries` in order inside `conn`'s write transaction; returns the last seq.

        One turn at the chain for all of them, whatever their number. The chain's lock is the
        one every writer of an office waits for, held until the commit, so a save takes it once
        and as late as it can (the audit hook runs last): on PostgreSQL one statement locks
        and moves the head, a second inserts the entries and sets its hash (audit_append_pg);
        on SQLite, whose writers are serialised anyway, one read of the head, one insert and
        one head update."""
        if not entries:
            raise ValueError("nothing to append")
        now = self.clock()
        rows: list[dict[str, Any]] = []
        for entry in entries:
            # Stored as naive UTC with microseconds; hash exactly what a read returns.
            rows.append(
                {
                    "at": (entry.at or now).astimezone(UTC),
                    "actor": entry.who.username[:ACTOR_MAX],  # a name from a file may be longer
                    "role": entry.who.role,
                    "action": str(entry.action),
                    "target": entry.target,
                    "detail": canonical(entry.detail),
                }
            )
        if conn.dialect.name == "postgresql":
            # Several counters append at once: two statements (lock and move the head; insert
            # and set its hash), so the lock they share is held two round trips plus the commit
            # (one, when the second carries the COMMIT: storage.commit_with_last).
            last = append_in_two_statements(conn, rows)
            if last is not None:
                return last
        # SQLite writers are already serialised (BEGIN IMMEDIATE). On PostgreSQL this is the very
        # first entry: there is no head row to lock, so a transaction-scoped advisory lock makes
        # the counters take turns, and the head is read again (another may have written it).
        read_head = select(AUDIT_HEAD.c.seq, AUDIT_HEAD.c.hash).where(AUDIT_HEAD.c.id == 1).with_for_update()
        head = conn.execute(read_head).first()
        if head is None and conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": AUDIT_LOCK_KEY})
            head = conn.execute(read_head).first()
            if head is not None:  # another counter wrote the first entry meanwhile
                last = append_in_two_statements(conn, rows)
                assert last is not None  # the head row exists and this transaction holds its lock
                return last
        seq, prev = (head.seq, head.hash) if head else (0, GENESIS)
        for row in rows:
            seq += 1
            row.update(seq=seq, prev_hash=prev)
            row["hash"] = prev = entry_hash(
                prev, seq, row["at"], row["actor"], row["role"], row["action"], row["target"], row["detail"]
            )
        conn.execute(insert(AUDIT), rows)
        if head:
            conn.execute(update(AUDIT_HEAD).where(AUDIT_HEAD.c.id == 1).values(seq=seq, hash=prev))
        else:
            conn.execute(insert(AUDIT_HEAD).values(id=1, seq=seq, hash=prev))
        return seq

    def record(
        self, who: Who, action: AuditAction | str, target: str = "", detail: dict[str, Any] | None = None
    ) -> int:
        """Append in a transaction of its own (for reads that must be audited, e.g. a view)."""
        with self.db.write() as conn:
            return self.append(conn, who, action, target, detail)

    # --- reading (callers check the permission: see accounts.Guard)

    def page(
        self, filt: AuditFilter = AuditFilter(), before_seq: int | None = None, limit: int = 200
    ) -> list[AuditEntry]:
        """Newest first, by keyset on seq."""
        conditions: list[ColumnElement[bool]] = []
        if filt.actions:
            conditions.append(AUDIT.c.action.in_(filt.actions))
        if filt.actor:
            conditions.append(AUDIT.c.actor == filt.actor)
        if filt.target:
            conditions.append(AUDIT.c.target == filt.target)
        if filt.since is not None:
            conditions.append(AUDIT.c.at >= filt.since)
        if filt.until is not None:
            conditions.append(AUDIT.c.at < filt.until)
        if before_seq is not None:
            conditions.append(AUDIT.c.seq < before_seq)
        query = select(AUDIT).where(and_(True, *conditions)).order_by(AUDIT.c.seq.desc()).limit(limit)
        with self.db.read() as conn:
            return [
                AuditEntry(r.seq, r.at, r.actor, r.role, r.action, r.target, json.loads(r.detail))
                for r in conn.execute(query)
            ]

    def count(self) -> int:
        with self.db.read() as conn:
            return int(conn.execute(select(func.count()).select_from(AUDIT)).scalar_one())

    def head(self) -> tuple[int, str] | None:
        """The newest (seq, hash) as `audit_head` records it; None before the first entry."""
        with self.db.read() as conn:
            row = conn.execute(select(AUDIT_HEAD.c.seq, AUDIT_HEAD.c.hash).where(AUDIT_HEAD.c.id == 1)).first()
        return None if row is None else (int(row.seq), str(row.hash))

    def hash_at(self, seq: int) -> str | None:
        with self.db.read() as conn:
            return conn.execute(select(AUDIT.c.hash).where(AUDIT.c.seq == seq)).scalar()

    def verify(self, batch: int = 5000, anchors: Sequence[Anchor] = ()) -> VerifyReport:
        """Walk the whole chain; report every row whose content or link does not hold, and
        every anchor (a copy of an earlier head, see audit_anchor.py) the chain does not reach
        or does not match."""
        report = VerifyReport()
        expected_seq, prev = 1, GENESIS
        last_seq = 0
        anchored = {a.seq: "" for a in anchors}  # seq -> the hash the chain has there
        superseded: dict[tuple[int, str], dict[str, Any]] = {}  # by a restore entry in the chain
        with self.db.read() as conn:
            after = 0
            while True:
                rows = conn.execute(select(AUDIT).where(AUDIT.c.seq > after).order_by(AUDIT.c.seq).limit(batch)).all()
                if not rows:
                    break
                for r in rows:
                    report.entries += 1
                    if r.seq != expected_seq or r.prev_hash != prev:
                        report.problems.append(ChainProblem(r.seq, "missing_before", "audit_row_missing"))
                    recomputed = entry_hash(r.prev_hash, r.seq, r.at, r.actor, r.role, r.action, r.target, r.detail)
                    if recomputed != r.hash:
                        report.problems.append(ChainProblem(r.seq, "edited", "audit_row_edited"))
                    if r.seq in anchored:
                        anchored[r.seq] = r.hash
                    if r.action == AuditAction.RESTORE:
                        superseded.update(_superseded_by(r.detail, r.at))
                    # Go on from the stored hash, so each later break is reported on its own.
                    expected_seq, prev, last_seq = r.seq + 1, r.hash, r.seq
                after = rows[-1].seq
            head = conn.execute(select(AUDIT_HEAD.c.seq, AUDIT_HEAD.c.hash)).first()
        if head is None:
            if report.entries:
                report.problems.append(ChainProblem(last_seq, "head_missing", "audit_head_missing"))
        elif head.seq != last_seq or head.hash != prev:
            report.problems.append(ChainProblem(head.seq, "tail_missing", "audit_tail_missing"))
        for anchor in anchors:
            found = _against_anchor(anchor, report.entries, last_seq, anchored.get(anchor.seq, ""))
            restore = superseded.get((anchor.seq, anchor.hash))
            if found and restore is not None:
                params = {"source": anchor.source, **restore}
                report.notices.append(ChainProblem(anchor.seq, "superseded", "audit_anchor_superseded", params))
            else:
                report.problems.extend(found)
        return report

    def superseded_anchors(self) -> set[tuple[int, str]]:
        """The heads restores recorded as left behind (seq, hash): for the sync's next anchor."""
        with self.db.read() as conn:
            rows = conn.execute(select(AUDIT.c.detail, AUDIT.c.at).where(AUDIT.c.action == AuditAction.RESTORE)).all()
        return {key for r in rows for key in _superseded_by(r.detail, r.at)}


def _superseded_by(detail_json: str, at: datetime) -> dict[tuple[int, str], dict[str, Any]]:
    """The anchor a restore entry says it left behind, with what to tell about it."""
    try:
        detail = json.loads(detail_json) if detail_json else {}
        gone = detail.get("superseded_anchor") or {}
        key = (int(gone["seq"]), str(gone["hash"]))
    except (ValueError, TypeError, KeyError, AttributeError):
        return {}
    when = at if at.tzinfo else at.replace(tzinfo=UTC)
    return {key: {"restored_at": when.isoformat(timespec="seconds"), "backup": str(detail.get("from", ""))}}


def _against_anchor(anchor: Anchor, entries: int, last_seq: int, hash_there: str) -> list[ChainProblem]:
    params = {"source": anchor.source, "at": anchor.acknowledged_at.isoformat(timespec="seconds")}
    if entries == 0:
        return [ChainProblem(anchor.seq, "wiped", "audit_wiped", params)]
    if last_seq < anchor.seq:
        return [ChainProblem(anchor.seq, "truncated", "audit_truncated", {**params, "last": last_seq})]
    if hash_there != anchor.hash:
        # Missing at that seq (renumbered) or another hash there: history before the anchor changed.
        return [ChainProblem(anchor.seq, "rewritten", "audit_rewritten", params)]
    return []


class AuditWriteHook(CommitCarrier):
    """A WriteHook: every complaint create and edit is audited in its own write transaction.

    Bulk writers (demo data, import) get one entry per batch, not one per complaint.
    """

    def __init__(self, trail: AuditTrail) -> None:
        self.trail = trail

    def after_write(self, conn: Connection, changes: Sequence[ComplaintChange]) -> None:
        bulk = [c for c in changes if c.source not in ("intake", "sync")]
        pending: list[PendingEntry] = []
        for change in changes:
            who = change.who or Who(change.actor or "(tanpa nama)")
            target = f"complaint:{change.complaint_id}"
            if change.source not in ("intake", "sync"):
                if change.paper_receipt:  # an imported register's paper number: each use named
                    pending.append(_paper_used(change, who, target))
                continue
            action = AuditAction.CREATE if change.created else AuditAction.EDIT
            if change.created or change.changed_fields:
                pending.append(
                    PendingEntry(
                        who,
                        action,
                        target,
                        {
                            "fields": list(change.changed_fields),
                            "status": change.status,
                            "revision": change.revision,
                            "source": change.source,
                        },
                        at=change.at,
                    )
                )
            # Recording a draft, or a status the central sent (a sync write that changed no field).
            if change.recorded_now or (change.source == "sync" and not change.created and not change.changed_fields):
                pending.append(
                    PendingEntry(
                        who,
                        AuditAction.STATUS_CHANGE,
                        target,
                        {"status": change.status, "source": change.source},
                        at=change.at,
                    )
                )
            if change.paper_receipt:
                pending.append(_paper_used(change, who, target))
        if bulk:
            ids = [c.complaint_id for c in bulk]
            sources = sorted({c.source for c in bulk})
            who = bulk[0].who or Who(bulk[0].actor or "(tanpa nama)")
            pending.append(
                PendingEntry(
                    who,
                    AuditAction.CREATE,
                    "complaints",
                    {
                        "count": len(bulk),
                        "first_id": min(ids),
                        "last_id": max(ids),
                        "source": ",".join(sources),
                        "created": sum(1 for c in bulk if c.created),
                    },
                    at=bulk[-1].at,
                )
            )
        if pending:
            self.trail.append_many(conn, pending)


def _paper_used(change: ComplaintChange, who: Who, target: str) -> PendingEntry:
    return PendingEntry(who, AuditAction.PAPER_RECEIPT_USED, target, {"number": change.paper_receipt}, at=change.at)
