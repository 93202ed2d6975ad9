"""Tables of the office's paper receipt blocks (issue 17): numbers kept in the desk drawer for
when the office server is down, entered later as the complaint's receipt number."""

from __future__ import annotations

from datetime import datetime
from typing import cast

from sqlalchemy import Connection, ForeignKey, Integer, String, Table, delete, insert, select
from sqlalchemy.orm import Mapped, mapped_column

from lapor_desk.storage.models import Base, UTCDateTime


class PaperBlockRecord(Base):
    """One reserved block: serials first..last of a desk code, usable between two times."""

    __tablename__ = "paper_receipt_blocks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    desk_code: Mapped[str] = mapped_column(String(32))
    first_serial: Mapped[int] = mapped_column(Integer)
    last_serial: Mapped[int] = mapped_column(Integer)
    reserved_at: Mapped[datetime] = mapped_column(UTCDateTime)
    valid_until: Mapped[datetime] = mapped_column(UTCDateTime)
    reserved_by: Mapped[str] = mapped_column(String(64))
    # Voided (a lost sheet): its unused numbers are refused from then on.
    voided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    voided_by: Mapped[str | None] = mapped_column(String(64))
    void_reason: Mapped[str | None] = mapped_column(String(200))


class PaperNumberRecord(Base):
    """One number of a block; `used_at` and `complaint_id` once a complaint was entered with it.
    The primary key makes a number exist once; the claim is one conditional UPDATE, so two
    counters entering the same number at once cannot both win."""

    __tablename__ = "paper_receipt_numbers"

    number: Mapped[str] = mapped_column(String(48), primary_key=True)
    block_id: Mapped[int] = mapped_column(ForeignKey("paper_receipt_blocks.id", ondelete="CASCADE"), index=True)
    serial: Mapped[int] = mapped_column(Integer)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    used_by: Mapped[str | None] = mapped_column(String(64))
    complaint_id: Mapped[int | None] = mapped_column(ForeignKey("complaints.id", ondelete="SET NULL"))


class DraftPaperReceiptRecord(Base):
    """The paper receipt number typed with a draft (as typed, checked when it is recorded)."""

    __tablename__ = "draft_paper_receipts"

    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id", ondelete="CASCADE"), primary_key=True)
    number: Mapped[str] = mapped_column(String(48))


PAPER_BLOCKS = cast(Table, PaperBlockRecord.__table__)
PAPER_NUMBERS = cast(Table, PaperNumberRecord.__table__)
DRAFT_PAPER = cast(Table, DraftPaperReceiptRecord.__table__)


def draft_paper_of(conn: Connection, complaint_id: int) -> str:
    """The paper receipt number typed with a draft, or ""."""
    found = conn.execute(select(DRAFT_PAPER.c.number).where(DRAFT_PAPER.c.complaint_id == complaint_id)).scalar()
    return found or ""


def keep_draft_paper(conn: Connection, complaint_id: int, number: str, *, new: bool) -> None:
    """Keep `number` with the draft (none: forget one kept before); a new draft has none yet."""
    if not new:
        conn.execute(delete(DRAFT_PAPER).where(DRAFT_PAPER.c.complaint_id == complaint_id))
    if number:
        conn.execute(insert(DRAFT_PAPER).values(complaint_id=complaint_id, number=number[:48]))
