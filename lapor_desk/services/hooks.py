"""Work that must happen in the same transaction as a complaint's change.

The sync outbox and the audit trail register a `WriteHook`; every writer of
complaints (the intake service, import, demo data) calls the hooks inside its
write transaction, so a change and what follows from it commit or fail together.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from sqlalchemy import Connection

from lapor_desk.storage.commit_with_last import COMMIT_WITH_LAST

if TYPE_CHECKING:
    from lapor_desk.audit import Who
    from lapor_desk.domain.complaint import Complaint


@dataclass(frozen=True)
class ComplaintChange:
    complaint_id: int
    status: str  # after the change
    revision: int  # after the change
    created: bool  # a new complaint
    recorded_now: bool  # went from draft (or nothing) to recorded in this change
    changed_fields: tuple[str, ...]  # input fields that differ from before (all, when created)
    actor: str
    at: datetime
    source: str = "intake"  # intake | import | demo
    # Created already holding a LAPOR! tracking ID (an import of an export): the central has
    # this complaint, so the outbox records it as synced instead of sending it as new.
    at_central: bool = False
    # The signed-in account that made the change (a DeskSession's call), passed down as an
    # argument; None for writers without one (import, demo data, sync): then `actor` names it.
    who: Who | None = None
    # Recorded with the number of a paper receipt (the server was down): the audit names it.
    paper_receipt: str = ""
    # The complaint as this change left it, when the writer holds it already (the intake
    # form's save): a hook uses it instead of reading the row again. None: read it.
    complaint: Complaint | None = None


class WriteHook(Protocol):
    def after_write(self, conn: Connection, changes: Sequence[ComplaintChange]) -> None:
        """Called inside the write transaction; raising rolls the whole change back."""


class CommitCarrier:
    """Marker base of a hook whose last statement may carry the COMMIT (the audit trail's
    append, storage.commit_with_last). Such a hook must be the last one when a writer asks
    for last_in_transaction: a statement after it would run after the commit."""


class CarrierNotLast(RuntimeError):
    """A programming error: a hook follows the one that may carry the commit."""


def check_commit_carrier_last(hooks: Sequence[WriteHook]) -> None:
    """Refuse, before anything is sent, a hook list where a CommitCarrier is not the last:
    that hook's statements would reach the server after the save had committed (the clerk
    would see an error for a saved complaint and save it again)."""
    carriers = [number for number, hook in enumerate(hooks, start=1) if isinstance(hook, CommitCarrier)]
    if carriers and carriers != [len(hooks)]:
        names = ", ".join(type(hook).__name__ for hook in hooks)
        raise CarrierNotLast(f"the hook that may carry the commit must be the only one and last: {names}")


def run_hooks(
    hooks: Sequence[WriteHook],
    conn: Connection,
    changes: Sequence[ComplaintChange],
    *,
    last_in_transaction: bool = False,
) -> None:
    """`last_in_transaction`: the caller writes nothing after the hooks, so the last hook's
    last statement may carry the commit (storage.commit_with_last; the audit trail's append,
    on PostgreSQL: the lock every counter waits for is let go one round trip sooner)."""
    if last_in_transaction:
        check_commit_carrier_last(hooks)
    if changes:
        for number, hook in enumerate(hooks, start=1):
            if last_in_transaction and number == len(hooks):
                conn = conn.execution_options(**{COMMIT_WITH_LAST: True})
            hook.after_write(conn, changes)
