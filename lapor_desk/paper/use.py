"""Using a paper receipt number inside a complaint's write transaction (see paper/book.py)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, select, update

from lapor_desk.domain.messages import FieldMessage, error
from lapor_desk.paper.numbers import paper_number, read_typed, shown_time
from lapor_desk.storage.paper_tables import PAPER_BLOCKS, PAPER_NUMBERS
from lapor_desk.storage.repository import C

FIELD = "paper_receipt"  # the intake form's field for the number written on the paper

B, N = PAPER_BLOCKS.c, PAPER_NUMBERS.c


def paper_problems(
    conn: Connection, typed: str, received_at: datetime | None, *, lock: bool = False
) -> tuple[FieldMessage, ...]:
    """Why this typed number (with the paper's time) cannot be used; () when it can.

    `lock` (inside a write transaction): hold the block's row FOR SHARE on PostgreSQL, so a
    void waits for this use to commit and a use waits for a void in progress (then sees it)."""
    read = read_typed(typed)
    if not read.shaped:
        return (error(FIELD, "paper_receipt_shape", example=paper_number("KAB-BDG-07", 1)),)
    if not read.check_ok:
        return (error(FIELD, "paper_receipt_mistyped"),)
    query = (
        select(N.used_at, N.complaint_id, B.id, B.reserved_at, B.valid_until, B.voided_at, B.void_reason)
        .join(PAPER_BLOCKS, B.id == N.block_id)
        .where(N.number == read.number)
    )
    row = conn.execute(query.with_for_update(read=True, of=PAPER_BLOCKS) if lock else query).first()
    if row is None:
        return (error(FIELD, "paper_receipt_unknown", number=read.number),)
    # Used through the form, or already standing on a complaint (an import of a register that
    # carried it): either way it cannot be a second complaint's receipt number.
    if row.used_at is not None or conn.execute(select(C.id).where(C.receipt_number == read.number)).first():
        return (error(FIELD, "paper_receipt_used", number=read.number),)
    if row.voided_at is not None:  # its sheet was lost (or withdrawn): none of it is taken now
        voided = shown_time(row.voided_at, received_at.tzinfo if received_at else None)
        return (error(FIELD, "paper_receipt_voided", number=read.number, id=row.id, at=voided, reason=row.void_reason),)
    # A paper's time is written to the minute: the block's own minute counts.
    start = row.reserved_at.replace(second=0, microsecond=0)
    if received_at is not None and not start <= received_at <= row.valid_until:
        zone = received_at.tzinfo
        return (
            error(
                "received_at",
                "paper_receipt_time_outside",
                start=shown_time(start, zone),
                end=shown_time(row.valid_until, zone),
            ),
        )
    return ()


def use_paper_number(
    conn: Connection, typed: str, received_at: datetime | None, now: datetime, actor: str
) -> tuple[str, tuple[FieldMessage, ...]]:
    """Mark the number used inside the caller's write transaction: (number, ()) or (_, problems).

    The UPDATE only takes a number still unused: of two counters entering it at once, the
    second's update finds it taken (PostgreSQL re-reads the row after the first commits)."""
    problems = paper_problems(conn, typed, received_at, lock=True)
    number = read_typed(typed).number
    if problems:
        return number, problems
    voided = select(B.id).where(B.id == N.block_id, B.voided_at.is_not(None)).exists()
    taken = conn.execute(
        update(PAPER_NUMBERS)
        .where(N.number == number, N.used_at.is_(None), ~voided)
        .values(used_at=now, used_by=actor[:64])
    )
    if taken.rowcount != 1:
        return number, (error(FIELD, "paper_receipt_used", number=number),)
    return number, ()


def link_paper_number(conn: Connection, number: str, complaint_id: int) -> None:
    conn.execute(update(PAPER_NUMBERS).where(N.number == number).values(complaint_id=complaint_id))
