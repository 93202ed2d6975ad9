"""The office's book of paper receipt numbers: reserve a block, list it, check and use a number.

A supervisor (or admin) reserves a block while the database is up and prints it for the desk
drawer. When the office server cannot be reached, the clerk writes a number of the block and
the time on the citizen's paper receipt; once the server is back the complaint is entered
through the intake form with that number, which becomes its receipt number, and the paper's
time its received-at. Each number is used once: the use is a conditional UPDATE in the
complaint's own write transaction (`use_paper_number`), so two counters entering the same
number at once cannot both succeed, on SQLite or PostgreSQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func, insert, select, update

from lapor_desk.accounts.roles import Actor, Permission, SupervisionError, require
from lapor_desk.audit import AuditAction, AuditTrail
from lapor_desk.clock import Clock, system_clock
from lapor_desk.domain.messages import FieldMessage
from lapor_desk.paper.numbers import MAX_SERIAL, paper_number, shown_time
from lapor_desk.paper.use import paper_problems
from lapor_desk.settings import DESK_CODE, Settings
from lapor_desk.storage import repository as repo
from lapor_desk.storage.database import Database
from lapor_desk.storage.paper_tables import PAPER_BLOCKS, PAPER_NUMBERS

if TYPE_CHECKING:
    from lapor_desk.paper.sheet import PaperSheet

MAX_BLOCK = 500  # numbers in one block: a few sheets for the drawer
DEFAULT_DAYS = 365  # how long a block's numbers may be handed out
MAX_DAYS = 3 * 365
MAX_REASON = 200  # why a block was voided ("lembar hilang"), kept with it and in the audit
SERIALS_KEY = "PAPER"  # the receipt counters' row (desk, "PAPER") hands out the serials atomically

B, N = PAPER_BLOCKS.c, PAPER_NUMBERS.c


class PaperBlockRefused(SupervisionError):
    """A reservation the core refused (count or days out of range)."""


@dataclass(frozen=True)
class PaperBlock:
    id: int
    desk_code: str
    first_serial: int
    last_serial: int
    reserved_at: datetime
    valid_until: datetime
    reserved_by: str
    used: int = 0
    voided_at: datetime | None = None  # voided (a lost sheet): its unused numbers are refused
    voided_by: str = ""
    void_reason: str = ""

    @property
    def size(self) -> int:
        return self.last_serial - self.first_serial + 1

    @property
    def first_number(self) -> str:
        return paper_number(self.desk_code, self.first_serial)

    @property
    def last_number(self) -> str:
        return paper_number(self.desk_code, self.last_serial)


@dataclass(frozen=True)
class PaperNumber:
    number: str
    serial: int
    used_at: datetime | None
    receipt_of: int | None  # the complaint entered with it


class PaperReceiptBook:
    def __init__(self, db: Database, settings: Settings, audit: AuditTrail, clock: Clock = system_clock) -> None:
        self.db = db
        self.settings = settings
        self.audit = audit
        self.clock = clock

    def reserve(self, actor: Actor, count: int, days: int = DEFAULT_DAYS) -> PaperBlock:
        """A new block of `count` numbers for this office's desk code, usable for `days` days."""
        require(actor, Permission.RESERVE_PAPER)
        if not 1 <= count <= MAX_BLOCK:
            raise PaperBlockRefused("paper_block_count", max=MAX_BLOCK)
        if not 1 <= days <= MAX_DAYS:
            raise PaperBlockRefused("paper_block_days", max=MAX_DAYS)
        desk = self.settings.get(DESK_CODE)  # the office's, not one counter's: any counter may use it
        now = self.clock()
        with self.db.write() as conn:
            first = repo.reserve_receipt_serials(conn, desk, SERIALS_KEY, count)
            last = first + count - 1
            if last > MAX_SERIAL:  # a longer serial would not read as a paper number (rolled back)
                raise PaperBlockRefused("paper_block_serials_used_up", max=MAX_SERIAL)
            block_id = conn.execute(
                insert(PAPER_BLOCKS)
                .values(
                    desk_code=desk,
                    first_serial=first,
                    last_serial=last,
                    reserved_at=now,
                    valid_until=now + timedelta(days=days),
                    reserved_by=actor.username,
                )
                .returning(B.id)
            ).scalar_one()
            conn.execute(
                insert(PAPER_NUMBERS),
                [{"number": paper_number(desk, s), "block_id": block_id, "serial": s} for s in range(first, last + 1)],
            )
            self.audit.append(
                conn,
                actor.who,
                AuditAction.PAPER_BLOCK_RESERVED,
                f"paper_block:{block_id}",
                {"first": paper_number(desk, first), "last": paper_number(desk, last), "count": count, "days": days},
            )
        return self.block(actor, block_id)

    def void(self, actor: Actor, block_id: int, reason: str) -> PaperBlock:
        """Withdraw a block (its sheet was lost, or it is no longer wanted): from now on its
        unused numbers are refused; the numbers already used stay with their complaints."""
        require(actor, Permission.RESERVE_PAPER)
        reason = " ".join(reason.split())
        if not 1 <= len(reason) <= MAX_REASON:
            raise PaperBlockRefused("paper_void_reason", max=MAX_REASON)
        block = self.block(actor, block_id)
        if block.voided_at is not None:
            raise PaperBlockRefused("paper_block_already_voided", id=block_id, at=shown_time(block.voided_at))
        now = self.clock()
        with self.db.write() as conn:
            # Conditional: of two supervisors voiding it at once, one does (and is audited).
            done = conn.execute(
                update(PAPER_BLOCKS)
                .where(B.id == block_id, B.voided_at.is_(None))
                .values(voided_at=now, voided_by=actor.username, void_reason=reason)
            )
            if done.rowcount != 1:
                raise PaperBlockRefused("paper_block_already_voided", id=block_id, at=shown_time(now))
            # Counted after the UPDATE, which waited for any use holding the block (FOR SHARE).
            unused = conn.execute(select(func.count()).where(N.block_id == block_id, N.used_at.is_(None))).scalar_one()
            self.audit.append(
                conn,
                actor.who,
                AuditAction.PAPER_BLOCK_VOIDED,
                f"paper_block:{block_id}",
                {
                    "first": block.first_number,
                    "last": block.last_number,
                    "unused": unused,
                    "reason": reason,
                },
            )
        return self.block(actor, block_id)

    def sheet_printed(self, actor: Actor, block_id: int, how: str) -> None:
        """Audit a sheet printed, saved as PDF or shown as text: who has a copy of the numbers."""
        require(actor, Permission.RESERVE_PAPER)
        block = self.block(actor, block_id)
        with self.db.write() as conn:
            self.audit.append(
                conn,
                actor.who,
                AuditAction.PAPER_SHEET_PRINTED,
                f"paper_block:{block_id}",
                {"how": how, "first": block.first_number, "last": block.last_number},
            )

    def blocks(self, actor: Actor) -> list[PaperBlock]:
        """The office's blocks, newest first, each with how many of its numbers were used."""
        require(actor, Permission.RESERVE_PAPER)
        used = (
            select(N.block_id, func.count().label("used")).where(N.used_at.is_not(None)).group_by(N.block_id).subquery()
        )
        query = (
            select(PAPER_BLOCKS, func.coalesce(used.c.used, 0).label("used"))
            .outerjoin(used, used.c.block_id == B.id)
            .order_by(B.id.desc())
        )
        with self.db.read() as conn:
            return [_block(r) for r in conn.execute(query)]

    def block(self, actor: Actor, block_id: int) -> PaperBlock:
        found = next((b for b in self.blocks(actor) if b.id == block_id), None)
        if found is None:
            raise PaperBlockRefused("paper_block_not_found", id=block_id)
        return found

    def numbers(self, actor: Actor, block_id: int) -> list[PaperNumber]:
        require(actor, Permission.RESERVE_PAPER)
        query = select(N.number, N.serial, N.used_at, N.complaint_id).where(N.block_id == block_id).order_by(N.serial)
        with self.db.read() as conn:
            return [PaperNumber(r.number, r.serial, r.used_at, r.complaint_id) for r in conn.execute(query)]

    def sheet(self, actor: Actor, block_id: int, language: str = "id") -> PaperSheet:
        """The block as a sheet for the desk drawer (the UI prints it; `paper-receipts sheet`)."""
        from lapor_desk.paper.sheet import sheet_of

        block = self.block(actor, block_id)
        if block.voided_at is not None:  # its numbers are refused: no sheet goes back in a drawer
            raise PaperBlockRefused("paper_block_voided_sheet", id=block_id)
        return sheet_of(block, self.numbers(actor, block_id), self.settings, language)

    def check(self, typed: str, received_at: datetime | None) -> tuple[FieldMessage, ...]:
        """What the form shows at the paper number (and received-at) field before saving."""
        if not typed.strip():
            return ()
        with self.db.read() as conn:
            return paper_problems(conn, typed, received_at)


def _block(r: object) -> PaperBlock:
    return PaperBlock(
        r.id,  # type: ignore[attr-defined]
        r.desk_code,  # type: ignore[attr-defined]
        r.first_serial,  # type: ignore[attr-defined]
        r.last_serial,  # type: ignore[attr-defined]
        r.reserved_at,  # type: ignore[attr-defined]
        r.valid_until,  # type: ignore[attr-defined]
        r.reserved_by,  # type: ignore[attr-defined]
        int(r.used),  # type: ignore[attr-defined]
        r.voided_at,  # type: ignore[attr-defined]
        r.voided_by or "",  # type: ignore[attr-defined]
        r.void_reason or "",  # type: ignore[attr-defined]
    )
