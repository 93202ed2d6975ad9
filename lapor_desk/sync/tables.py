"""The sync tables: one queue row per complaint, attempts, the pull cursor, reference data."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from lapor_desk.storage.models import Base, UTCDateTime


class SyncItem(Base):
    """The outbox and the sync state of one complaint (keyed by complaint id).

    `revision` is the latest local version to send (its payload is in `sync_payloads`);
    `sent_revision` is the one in flight; `synced_revision` the newest the central confirmed.
    The row holds no payload so that it stays narrow: a push rewrites it twice per complaint
    (claimed, then synced), and a ~1.4 KB row made each of those a page write per two rows.
    """

    __tablename__ = "sync_items"

    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id", ondelete="CASCADE"), primary_key=True)
    client_id: Mapped[str] = mapped_column(String(36), unique=True)
    state: Mapped[str] = mapped_column(String(12))  # pending | sending | synced | needs_fix
    revision: Mapped[int] = mapped_column(Integer)
    payload_hash: Mapped[str] = mapped_column(String(64))
    attachments: Mapped[list[str]] = mapped_column(JSON, default=list)  # sha256s referenced
    sent_revision: Mapped[int | None] = mapped_column(Integer)
    synced_revision: Mapped[int | None] = mapped_column(Integer)
    # The tracking ID itself is the complaint's (complaints.tracking_id, one column).
    # The central's database identity ("database_id/data_generation") that confirmed
    # the complaint's tracking ID; another identity means the central was restored or
    # replaced (lapor_desk/sync/reconcile.py).
    confirmed_by: Mapped[str | None] = mapped_column(String(80))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    errors: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    queued_at: Mapped[datetime] = mapped_column(UTCDateTime)
    synced_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # desk clock
    synced_at_server: Mapped[datetime | None] = mapped_column(UTCDateTime)  # central clock
    # The payload of the newest revision the central accepted: what "discard" restores.
    accepted_payload: Mapped[str | None] = mapped_column(Text)
    # The complaint's status at the central as its last answer said (a refusal included).
    central_status: Mapped[str | None] = mapped_column(String(20))

    __table_args__ = (
        Index("ix_sync_items_state_next", "state", "next_attempt_at"),
        Index("ix_sync_items_state_queued", "state", "queued_at"),  # the oldest waiting (0014)
    )


class SyncPayload(Base):
    """The payload (canonical JSON with payload_hash) of a queue row's `revision`: written when
    a revision is queued, read when it is sent, never touched by a state change (0017)."""

    __tablename__ = "sync_payloads"

    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id", ondelete="CASCADE"), primary_key=True)
    payload: Mapped[str | None] = mapped_column(Text)


class SyncAttempt(Base):
    """One HTTP exchange with the central, whatever came of it."""

    __tablename__ = "sync_attempts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)  # desk clock
    server_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # desk clock + known offset
    request: Mapped[str] = mapped_column(String(200))  # "POST /complaints/batch (120 items)"
    http_status: Mapped[int | None] = mapped_column(Integer)
    outcome: Mapped[str] = mapped_column(String(16))  # ok | retry | needs_fix | auth | ...
    problem_type: Mapped[str] = mapped_column(String(200), default="")
    message: Mapped[str] = mapped_column(Text, default="")
    duration_ms: Mapped[int] = mapped_column(Integer, default=0)
    request_id: Mapped[str] = mapped_column(String(100), default="")


class SyncAttemptItem(Base):
    """Which complaints (and revisions) an attempt carried, so a complaint shows its history."""

    __tablename__ = "sync_attempt_items"

    attempt_id: Mapped[int] = mapped_column(ForeignKey("sync_attempts.id", ondelete="CASCADE"), primary_key=True)
    complaint_id: Mapped[int] = mapped_column(
        ForeignKey("complaints.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    revision: Mapped[int] = mapped_column(Integer)
    result: Mapped[str] = mapped_column(String(16), default="")


class SyncMeta(Base):
    """Small named values: the updates cursor, the clock offset, the registration state."""

    __tablename__ = "sync_meta"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SyncReference(Base):
    """Reference lists from the central (categories, agencies, regions) and their ETag."""

    __tablename__ = "sync_reference"

    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    etag: Mapped[str] = mapped_column(String(100))
    content: Mapped[str] = mapped_column(Text)  # the items as JSON
    fetched_at: Mapped[datetime] = mapped_column(UTCDateTime)


class SyncReplySent(Base):
    """Reporters' replies and ratings (timeline events) the central has acknowledged."""

    __tablename__ = "sync_replies_sent"

    reply_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id", ondelete="CASCADE"), index=True)
    result: Mapped[str] = mapped_column(String(16))  # created | duplicate | refused | dropped
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # Why a refused one was refused (a 404: the central does not know the complaint).
    http_status: Mapped[int | None] = mapped_column(Integer)
    problem_type: Mapped[str] = mapped_column(String(200), default="", server_default="")
    message: Mapped[str] = mapped_column(Text, default="", server_default="")


class SyncFileConfirmed(Base):
    """A file the central confirmed it holds (HEAD 200 or a PUT taken), per central, so a
    cycle cut short never has to ask again about the files it already got through.

    `central` names the central: its database identity when it reports one, else its URL
    (see answers.central_key)."""

    __tablename__ = "sync_files_confirmed"

    central: Mapped[str] = mapped_column(String(200), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    confirmed_at: Mapped[datetime] = mapped_column(UTCDateTime)
