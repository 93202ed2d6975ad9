"""Each desk's audit anchor: the newest head of its audit trail (sequence and hash).

A desk sends its head on every sync; the central keeps the newest and gives it back, so
a desk whose trail was cut short, wiped or rewritten with a SQLite tool cannot pass its
`audit verify` against the anchor. The anchor only moves forward: a lower sequence, or
the same sequence with another hash, is refused (409) and the stored anchor is returned.

One way back: a desk that restored a backup holds a trail that ends before the anchor. Its next
head names the anchor it supersedes; when that is exactly the anchor stored here, the new head
is accepted and the reset recorded (count, superseded head, when), so it stays visible in the
desk list instead of hiding what the restore left behind.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from central.models import AuditAnchor
from central.problems import Problem
from central.services.sql import insert_for


def as_dict(anchor: AuditAnchor | None) -> dict[str, Any] | None:
    if anchor is None:
        return None
    out: dict[str, Any] = {"seq": anchor.seq, "hash": anchor.hash, "received_at": anchor.received_at.isoformat()}
    if anchor.resets:
        out["resets"] = anchor.resets
        out["last_reset"] = {
            "superseded_seq": anchor.superseded_seq,
            "superseded_hash": anchor.superseded_hash,
            "at": anchor.reset_at.isoformat() if anchor.reset_at else None,
        }
    return out


def get(session: Session, desk_id: int) -> dict[str, Any] | None:
    return as_dict(session.get(AuditAnchor, desk_id))


def put(
    session: Session,
    desk_id: int,
    seq: int,
    digest: str,
    now: datetime,
    supersedes: tuple[int, str] | None = None,
) -> dict[str, Any]:
    """Store (seq, digest) if it moves the anchor forward, or if it `supersedes` exactly the
    anchor stored (a restore at the desk); the same anchor again is fine. Raises a 409 problem
    carrying the stored anchor otherwise."""
    session.execute(
        insert_for(session, AuditAnchor)
        .values(desk_id=desk_id, seq=seq, hash=digest, received_at=now)
        .on_conflict_do_nothing(index_elements=["desk_id"])
    )
    anchor = session.scalar(select(AuditAnchor).where(AuditAnchor.desk_id == desk_id).with_for_update())
    assert anchor is not None
    if supersedes is not None and supersedes == (anchor.seq, anchor.hash) and (seq, digest) != supersedes:
        anchor.superseded_seq, anchor.superseded_hash, anchor.reset_at = anchor.seq, anchor.hash, now
        anchor.resets = (anchor.resets or 0) + 1
        anchor.seq, anchor.hash, anchor.received_at = seq, digest, now
    elif seq > anchor.seq:
        anchor.seq, anchor.hash, anchor.received_at = seq, digest, now
    elif seq < anchor.seq or digest != anchor.hash:
        code = "p_anchor_behind" if seq < anchor.seq else "p_anchor_differs"
        raise Problem.coded("audit-anchor-conflict", code, seq=anchor.seq).with_extra(anchor=as_dict(anchor))
    session.flush()
    result = as_dict(anchor)
    assert result is not None
    return result
