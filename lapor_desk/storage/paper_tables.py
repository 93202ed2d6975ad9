"""Tables of the office's paper receipt blocks (issue 17): numbers kept in the desk drawer for
when the office server is down, entered later as the complaint's receipt number."""

from __future__ import annotations

from datetime import datetime
from typing import cast

from sqlalchemy import ForeignKey, Integer, String, Table
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


PAPER_BLOCKS = cast(Table, PaperBlockRecord.__table__)
PAPER_NUMBERS = cast(Table, PaperNumberRecord.__table__)
