"""Tables of supervision (issue 6): accounts, the audit chain, calendar closures, approvals."""

from __future__ import annotations

from datetime import date, datetime
from typing import cast

from sqlalchemy import Boolean, Date, Float, ForeignKey, Index, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column

from lapor_desk.storage.models import Base, ComplaintEventRecord, ComplaintRecord, UTCDateTime


class AccountRecord(Base):
    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(100), default="")
    nip: Mapped[str] = mapped_column(String(18), default="")
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(255))
    is_trainee: Mapped[bool] = mapped_column(Boolean, default=False)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    failed_count: Mapped[int] = mapped_column(Integer, default=0)
    # A lock-out: when it began and when it ends, by the wall clock, and the system's monotonic
    # reading and boot when it began, so no clock change shortens it (see accounts/service.py).
    locked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    locked_mono: Mapped[float | None] = mapped_column(Float)
    locked_boot: Mapped[str] = mapped_column(String(64), default="", server_default="")
    failed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # the last failed sign-in
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class AuditEntryRecord(Base):
    """Append-only; each row's hash covers the previous row's hash and its own content."""

    __tablename__ = "audit_entries"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16), default="")
    action: Mapped[str] = mapped_column(String(32))
    target: Mapped[str] = mapped_column(String(64), default="")
    detail: Mapped[str] = mapped_column(Text, default="{}")  # canonical JSON, as hashed
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (
        Index("ix_audit_entries_action_seq", "action", "seq"),
        Index("ix_audit_entries_actor_seq", "actor", "seq"),
        Index("ix_audit_entries_target_seq", "target", "seq"),
    )


class AuditHeadRecord(Base):
    """The chain's last seq and hash, kept apart so that deleting the newest rows shows."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))


class CalendarClosureRecord(Base):
    """Joint leave days and regional closures an admin added on top of the `holidays` package."""

    __tablename__ = "calendar_closures"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # joint_leave | regional_closure
    note: Mapped[str] = mapped_column(String(200), default="")
    added_by: Mapped[str] = mapped_column(String(64), default="")
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ApprovalRecord(Base):
    """Four-eyes: a trainee's recorded complaint waits here until a supervisor decides."""

    __tablename__ = "complaint_approvals"

    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id", ondelete="CASCADE"), primary_key=True)
    state: Mapped[str] = mapped_column(String(12))  # waiting | approved | returned
    requested_by: Mapped[str] = mapped_column(String(64))
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime)
    decided_by: Mapped[str] = mapped_column(String(64), default="")
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_complaint_approvals_state", "state", "complaint_id"),)


# Indexes on others' tables that the supervisor figures need (created by revision 0004).
# A covering index for the dashboard: one range scan by received_at, no table lookups.
DASHBOARD_INDEX = Index(
    "ix_complaints_received_dims",
    ComplaintRecord.received_at,
    ComplaintRecord.status,
    ComplaintRecord.type,
    ComplaintRecord.channel,
    ComplaintRecord.category_id,
    ComplaintRecord.district_code,
    ComplaintRecord.village_code,
    ComplaintRecord.sex,
    ComplaintRecord.age_band,
    ComplaintRecord.disability,
    ComplaintRecord.disability_types,
    ComplaintRecord.with_companion,
)
# First follow-up per complaint without scanning every event.
EVENT_KIND_INDEX = Index(
    "ix_complaint_events_kind_complaint",
    ComplaintEventRecord.kind,
    ComplaintEventRecord.complaint_id,
    ComplaintEventRecord.at,
)

ACCOUNTS = cast(Table, AccountRecord.__table__)
AUDIT = cast(Table, AuditEntryRecord.__table__)
AUDIT_HEAD = cast(Table, AuditHeadRecord.__table__)
CLOSURES = cast(Table, CalendarClosureRecord.__table__)
APPROVALS = cast(Table, ApprovalRecord.__table__)
