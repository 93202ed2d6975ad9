"""The retention purge (UU PDP: keep personal data no longer than needed): complaints the
central confirmed more than `privacy.retention_days` ago lose the reporter's name, NIK,
phone, e-mail and address on this PC. The complaint, its receipt number and tracking ID
stay; a timeline event marks it, so a reprinted receipt says the data was removed.

Never touched: a complaint with unsent changes (its queue item is not synced at the
revision the complaint has), or one the central never confirmed. The copies of the
payload kept for the sync are scrubbed the same way. One run is one transaction and one
audit entry with the count. Not the central's copy, not attachments, not the audit trail
(hash-chained: it records field names and targets, not reporters' values)."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import and_, bindparam, exists, select, update

from lapor_desk.audit import AuditAction, AuditTrail, Who
from lapor_desk.clock import Clock, system_clock
from lapor_desk.domain.enums import EventKind
from lapor_desk.settings import RETENTION_DAYS, Settings
from lapor_desk.storage import repository as repo
from lapor_desk.storage.database import Database
from lapor_desk.sync.state import ITEMS, PAYLOADS

log = logging.getLogger(__name__)
PERSONAL_FIELDS = ("reporter_name", "reporter_nik", "reporter_phone", "reporter_email", "reporter_address")
CHUNK = 500


@dataclass(frozen=True)
class PurgeReport:
    purged: int
    retention_days: int
    skipped_unsent: int  # confirmed long ago, but with changes not yet sent: left whole


def scrub_payload(payload: str | None) -> str | None:
    if not payload:
        return payload
    try:
        data = json.loads(payload)
    except ValueError:
        return None
    if isinstance(data, dict):
        for name in PERSONAL_FIELDS:
            if name in data:
                data[name] = ""
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


class RetentionPurge:
    def __init__(self, db: Database, settings: Settings, clock: Clock = system_clock) -> None:
        self.db = db
        self.settings = settings
        self.clock = clock

    def run(self, who: Who) -> PurgeReport | None:
        """Purge what is due; None when retention is off (0 days)."""
        days = self.settings.get(RETENTION_DAYS)
        if days <= 0:
            return None
        now = self.clock()
        cutoff = now - timedelta(days=days)
        c, s, e = repo.C, ITEMS.c, repo.EVENTS.c
        already = exists().where(and_(e.complaint_id == c.id, e.kind == str(EventKind.PERSONAL_DATA_REMOVED)))
        confirmed_long_ago = and_(s.complaint_id == c.id, s.state == "synced", s.synced_at < cutoff)
        due = (
            select(c.id)
            .join(ITEMS, s.complaint_id == c.id)
            .where(confirmed_long_ago, ~already, s.synced_revision == c.revision, s.revision == c.revision)
        )
        unsent = (
            select(c.id)
            .join(ITEMS, s.complaint_id == c.id)
            .where(
                s.synced_at < cutoff,
                s.synced_revision.is_not(None),
                ~already,
                (s.state != "synced") | (s.revision != c.revision),
            )
        )
        with self.db.write() as conn:
            ids = list(conn.execute(due).scalars())
            skipped = len(list(conn.execute(unsent).scalars()))
            for start in range(0, len(ids), CHUNK):
                chunk = ids[start : start + CHUNK]
                repo.clear_fields(conn, chunk, PERSONAL_FIELDS)
                self._scrub_queue(conn, chunk)
                repo.insert_events(
                    conn,
                    [
                        {
                            "complaint_id": cid,
                            "at": now,
                            "kind": str(EventKind.PERSONAL_DATA_REMOVED),
                            "actor": who.username,
                            "detail": {"retention_days": days},
                        }
                        for cid in chunk
                    ],
                )
            AuditTrail(self.db, self.clock).append(
                conn,
                who,
                AuditAction.PURGE,
                "retention",
                {"count": len(ids), "retention_days": days, "cutoff": cutoff.isoformat(), "skipped_unsent": skipped},
            )
        log.info("retention purge: %d complaints, %d left for unsent changes", len(ids), skipped)
        return PurgeReport(len(ids), days, skipped)

    @staticmethod
    def _scrub_queue(conn: Any, ids: list[int]) -> None:
        # The queued payload (its own table since 0017) and the copy the central accepted.
        for table, column in ((PAYLOADS, "payload"), (ITEMS, "accepted_payload")):
            rows = conn.execute(
                select(table.c.complaint_id, table.c[column]).where(table.c.complaint_id.in_(ids))
            ).all()
            if not rows:
                continue
            stmt = update(table).where(table.c.complaint_id == bindparam("cid")).values({column: bindparam("new")})
            conn.execute(stmt, [{"cid": cid, "new": scrub_payload(body)} for cid, body in rows])
