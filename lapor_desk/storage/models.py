"""The desk database schema (SQLAlchemy 2 typed ORM). Changes need an Alembic revision."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Computed,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes stored as naive UTC, so SQLite sorts and compares them correctly."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class ComplaintRecord(Base):
    __tablename__ = "complaints"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    client_id: Mapped[str] = mapped_column(String(36), unique=True)
    desk_code: Mapped[str] = mapped_column(String(32))
    receipt_number: Mapped[str | None] = mapped_column(String(48), unique=True)
    status: Mapped[str] = mapped_column(String(16))
    revision: Mapped[int] = mapped_column(Integer, default=1)
    type: Mapped[str | None] = mapped_column(String(24))
    channel: Mapped[str | None] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(String(150), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    incident_date: Mapped[date | None] = mapped_column(Date)
    location_text: Mapped[str] = mapped_column(Text, default="")
    province_code: Mapped[str] = mapped_column(String(2), default="")
    regency_code: Mapped[str] = mapped_column(String(5), default="")
    district_code: Mapped[str] = mapped_column(String(8), default="")
    village_code: Mapped[str] = mapped_column(String(13), default="")
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    category_id: Mapped[str] = mapped_column(String(32), default="")
    agency_name: Mapped[str] = mapped_column(String(200), default="")
    is_anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    is_confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    reporter_name: Mapped[str] = mapped_column(String(100), default="")
    reporter_nik: Mapped[str] = mapped_column(String(16), default="")
    reporter_phone: Mapped[str] = mapped_column(String(20), default="")
    reporter_email: Mapped[str] = mapped_column(String(254), default="")
    reporter_address: Mapped[str] = mapped_column(Text, default="")
    consent_personal: Mapped[bool] = mapped_column(Boolean, default=False)
    inclusion_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    sex: Mapped[str | None] = mapped_column(String(8))
    age_band: Mapped[str | None] = mapped_column(String(10))
    disability_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    disability: Mapped[str | None] = mapped_column(String(10))
    disability_types: Mapped[str] = mapped_column(String(64), default="")
    accessibility_need: Mapped[str] = mapped_column(Text, default="")
    with_companion: Mapped[bool | None] = mapped_column(Boolean)
    officer_name: Mapped[str] = mapped_column(String(100), default="")
    officer_nip: Mapped[str] = mapped_column(String(18), default="")
    received_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    import_key: Mapped[str | None] = mapped_column(String(64), unique=True)
    duplicate_of_id: Mapped[int | None] = mapped_column(ForeignKey("complaints.id", ondelete="SET NULL"))
    tracking_id: Mapped[str | None] = mapped_column(String(20), index=True)
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    # The queue's order: received (else created) second * 10^8 + id mod 10^8, computed by
    # the database on each engine (migration 0010 has the two expressions); on SQLite also
    # the word index's rowid. Never written by the application.
    queue_key: Mapped[int | None] = mapped_column(BigInteger, Computed("queue_key"), unique=True)

    __table_args__ = (
        Index("ix_complaints_status_id", "status", "id"),
        Index("ix_complaints_type_id", "type", "id"),
        Index("ix_complaints_channel_id", "channel", "id"),
        Index("ix_complaints_received_at", "received_at"),
        Index("ix_complaints_reporter_nik", "reporter_nik", "received_at"),
        Index("ix_complaints_reporter_phone", "reporter_phone", "received_at"),
        Index("ix_complaints_status_queue_key", "status", "queue_key"),
    )


class ComplaintEventRecord(Base):
    __tablename__ = "complaint_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    kind: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(100), default="")
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class AttachmentRecord(Base):
    """A file attached to a complaint; the bytes live in the attachment store by SHA-256."""

    __tablename__ = "complaint_attachments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id", ondelete="CASCADE"), index=True)
    sha256: Mapped[str] = mapped_column(String(64))
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)

    __table_args__ = (UniqueConstraint("complaint_id", "sha256"),)


class ReceiptCounter(Base):
    """The last receipt serial handed out per desk and day; bumped atomically."""

    __tablename__ = "receipt_counters"

    desk_code: Mapped[str] = mapped_column(String(32), primary_key=True)
    day: Mapped[str] = mapped_column(String(8), primary_key=True)
    last_serial: Mapped[int] = mapped_column(Integer)
