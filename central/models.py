"""The central server's tables (SQLAlchemy 2 typed ORM)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    DateTime,
    ForeignKey,
    Identity,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

TRACKING_ID_START = 1_000_001
BigId = BigInteger().with_variant(Integer, "sqlite")  # SQLite's rowid alias must be INTEGER


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in, aware UTC datetimes out, on SQLite and PostgreSQL alike."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UTCDateTime, dict[str, Any]: JSON, list[str]: JSON}


class Desk(Base):
    __tablename__ = "desks"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    revoked_at: Mapped[datetime | None]
    # One PC per registration: the installation that first used the token (None: not yet,
    # or released by `desks rebind`).
    installation_id: Mapped[str | None] = mapped_column(String(64))
    bound_at: Mapped[datetime | None]


class OperatorToken(Base):
    __tablename__ = "operator_tokens"
    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str] = mapped_column(String(100))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    revoked_at: Mapped[datetime | None]
    expires_at: Mapped[datetime | None]


class AuditAnchor(Base):
    """The newest audit-trail head a desk reported (its sequence and hash): a copy of the
    desk's head kept where the desk's own files cannot reach it (central/services/anchors.py)."""

    __tablename__ = "audit_anchors"
    desk_id: Mapped[int] = mapped_column(ForeignKey("desks.id"), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger)
    hash: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[datetime]
    # Resets after a restore at the desk (services/anchors.py): how many, and the last one's
    # superseded head, kept so the reset stays visible at the central.
    resets: Mapped[int] = mapped_column(default=0, server_default="0")
    superseded_seq: Mapped[int | None] = mapped_column(BigInteger, default=None)
    superseded_hash: Mapped[str | None] = mapped_column(String(64), default=None)
    reset_at: Mapped[datetime | None] = mapped_column(default=None)


# The columns of an admin list row besides tracking_id and the desk's code: on PostgreSQL the
# desk index carries them (migration 0009, which keeps its own frozen copy), so a page of one
# desk's complaints is an index-only read; the list (central.services.complaints) selects them.
LIST_COLUMNS = (
    "client_id",
    "receipt_number",
    "revision",
    "status",
    "type",
    "channel",
    "title",
    "category_id",
    "regency_code",
    "forwarded_agency",
    "received_at",
    "updated_at",
)


class Complaint(Base):
    __tablename__ = "complaints"
    __table_args__ = (
        UniqueConstraint("desk_id", "client_id", name="uq_complaints_desk_client"),
        # The admin list's keyset pages by desk or status (migrations 0008 and 0009, with the
        # expression and trigram indexes of central.services.search). By desk, PostgreSQL reads
        # the page from the index alone: it carries the list's columns (LIST_COLUMNS).
        Index(
            "ix_complaints_desk_list",
            "desk_id",
            "tracking_id",
            postgresql_include=list(LIST_COLUMNS),
        ),
        Index("ix_complaints_status_tracking", "status", "tracking_id"),
        Index("ix_complaints_received_at", "received_at", "tracking_id"),
        # An operator finds a complaint by the number a citizen reads out (central.services.search).
        Index("ix_complaints_receipt_number", "receipt_number"),
        Index("ix_complaints_reporter_nik", "reporter_nik"),
        Index("ix_complaints_reporter_phone", "reporter_phone"),
        Index("ix_complaints_desk_receipt", "desk_id", "receipt_number", unique=True),
        {"sqlite_autoincrement": True},
    )
    tracking_id: Mapped[int] = mapped_column(Integer, Identity(start=TRACKING_ID_START), primary_key=True)
    desk_id: Mapped[int] = mapped_column(ForeignKey("desks.id"))
    client_id: Mapped[str] = mapped_column(String(36))
    revision: Mapped[int]
    payload_hash: Mapped[str] = mapped_column(String(64))
    receipt_number: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(20))
    status_reason: Mapped[str] = mapped_column(Text, default="")
    forwarded_agency: Mapped[str] = mapped_column(String(200), default="")
    # The desk's fields (lapor_desk.domain.complaint.ComplaintInput), normalised.
    type: Mapped[str] = mapped_column(String(30))
    channel: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    incident_date: Mapped[date | None]
    location_text: Mapped[str] = mapped_column(Text, default="")
    province_code: Mapped[str] = mapped_column(String(2), default="")
    regency_code: Mapped[str] = mapped_column(String(5), default="")
    district_code: Mapped[str] = mapped_column(String(8), default="")
    village_code: Mapped[str] = mapped_column(String(13), default="")
    latitude: Mapped[float | None]
    longitude: Mapped[float | None]
    category_id: Mapped[str] = mapped_column(String(64), default="")
    agency_name: Mapped[str] = mapped_column(String(200), default="")
    is_anonymous: Mapped[bool] = mapped_column(default=False)
    is_confidential: Mapped[bool] = mapped_column(default=False)
    reporter_name: Mapped[str] = mapped_column(String(200), default="")
    reporter_nik: Mapped[str] = mapped_column(String(16), default="")
    reporter_phone: Mapped[str] = mapped_column(String(40), default="")
    reporter_email: Mapped[str] = mapped_column(String(254), default="")
    reporter_address: Mapped[str] = mapped_column(Text, default="")
    consent_personal: Mapped[bool] = mapped_column(default=False)
    inclusion_consent: Mapped[bool] = mapped_column(default=False)
    sex: Mapped[str | None] = mapped_column(String(10))
    age_band: Mapped[str | None] = mapped_column(String(10))
    disability_consent: Mapped[bool] = mapped_column(default=False)
    disability: Mapped[str | None] = mapped_column(String(10))
    disability_types: Mapped[list[str]] = mapped_column(default=list)
    accessibility_need: Mapped[str] = mapped_column(Text, default="")
    with_companion: Mapped[bool | None]
    officer_name: Mapped[str] = mapped_column(String(200), default="")
    officer_nip: Mapped[str] = mapped_column(String(18), default="")
    # received_at and desk_recorded_at are on the central's clock (the desk's stamp corrected
    # by the offset it measured); what the desk's own clock said is kept beside them.
    received_at: Mapped[datetime]
    desk_recorded_at: Mapped[datetime]
    received_at_desk_clock: Mapped[datetime | None]
    recorded_at_desk_clock: Mapped[datetime | None]
    desk_clock_offset_s: Mapped[float | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    status_changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_follow_up_at: Mapped[datetime | None]
    last_reply_at: Mapped[datetime | None]


class ComplaintAttachment(Base):
    """A complaint's reference to an attachment; the bytes may arrive later."""

    __tablename__ = "complaint_attachments"
    tracking_id: Mapped[int] = mapped_column(ForeignKey("complaints.tracking_id", ondelete="CASCADE"), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True, index=True)
    size: Mapped[int] = mapped_column(BigInteger)
    media_type: Mapped[str] = mapped_column(String(100))
    filename: Mapped[str] = mapped_column(String(255))


class Attachment(Base):
    """Content-addressed bytes, stored once whoever sends them."""

    __tablename__ = "attachments"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    media_type: Mapped[str] = mapped_column(String(100))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    received_at: Mapped[datetime] = mapped_column(default=utcnow)


class AttachmentPart(Base):
    """A piece of a file uploaded in parts (resumable): kept until the whole has arrived
    and its SHA-256 checked, then joined into `attachments` and dropped."""

    __tablename__ = "attachment_parts"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    offset: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    total: Mapped[int] = mapped_column(BigInteger)  # the whole file's size, as the first part said
    content: Mapped[bytes] = mapped_column(LargeBinary)
    received_at: Mapped[datetime] = mapped_column(default=utcnow)


class Event(Base):
    """What happened to a complaint, as the desk's updates feed shows it (id = cursor)."""

    __tablename__ = "events"
    __table_args__ = (Index("ix_events_desk_cursor", "desk_id", "id"), {"sqlite_autoincrement": True})
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    desk_id: Mapped[int] = mapped_column(ForeignKey("desks.id"))
    tracking_id: Mapped[int] = mapped_column(ForeignKey("complaints.tracking_id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text, default="")
    agency: Mapped[str] = mapped_column(String(200), default="")
    actor: Mapped[str] = mapped_column(String(100), default="")
    at: Mapped[datetime] = mapped_column(default=utcnow)


class Reply(Base):
    """A reporter's reply or satisfaction rating, recorded at a desk."""

    __tablename__ = "replies"
    __table_args__ = (UniqueConstraint("desk_id", "reply_id", name="uq_replies_desk_reply"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    desk_id: Mapped[int] = mapped_column(ForeignKey("desks.id"))
    reply_id: Mapped[str] = mapped_column(String(36))
    tracking_id: Mapped[int] = mapped_column(ForeignKey("complaints.tracking_id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    text: Mapped[str] = mapped_column(Text, default="")
    rating: Mapped[int | None]
    recorded_at: Mapped[datetime]
    received_at: Mapped[datetime] = mapped_column(default=utcnow)


class ReferenceSet(Base):
    """One reference list (categories, agencies, regions) as served, with its ETag."""

    __tablename__ = "reference_sets"
    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    etag: Mapped[str] = mapped_column(String(64))
    content: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class OperatorLookup(Base):
    """An operator's search by a reporter's NIK or phone: who looked for whom, and when
    (the number masked: the row proves the look-up without repeating the data)."""

    __tablename__ = "operator_lookups"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    operator: Mapped[str] = mapped_column(String(100))  # the token's label, or "cli"
    kind: Mapped[str] = mapped_column(String(10))  # nik | phone
    query: Mapped[str] = mapped_column(String(40))  # masked
    found: Mapped[str] = mapped_column(Text, default="")  # the tracking IDs it found


class RateBucket(Base):
    """One token bucket of the rate limit (central.ratelimit): a desk's ("desk:<id>") or a
    client address's ("addr:<ip>"), shared by every process; `at` in epoch seconds."""

    __tablename__ = "rate_buckets"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    tokens: Mapped[float]
    at: Mapped[float]
    ok: Mapped[bool]  # whether the last request that touched it was let through


class ServerFlag(Base):
    """Switches every worker reads from the database (maintenance)."""

    __tablename__ = "server_flags"
    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))
