"""Resumable uploads: a file arrives in parts at stated offsets; the central says how much
it holds, takes the next part only where the last one ended, and checks the SHA-256 of the
whole before the file counts as received."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from central.models import AttachmentPart
from central.problems import Problem
from central.services import attachments
from central.services.sql import insert_for


@dataclass(frozen=True)
class PartState:
    offset: int  # bytes held so far (the size of the file once complete)
    complete: bool
    created: bool = False  # this call completed a file new to the central
    # The whole arrived but was refused (hash, type): its parts are dropped all the same, so
    # the caller commits and then raises this.
    refused: Problem | None = None

    def as_json(self, sha256: str) -> dict[str, object]:
        return {"sha256": sha256, "offset": self.offset, "complete": self.complete}


def held(session: Session, sha256: str) -> PartState:
    found = attachments.head(session, sha256)
    if found is not None:
        return PartState(found[0], True)
    offset = session.execute(
        select(func.coalesce(func.sum(func.length(AttachmentPart.content)), 0)).where(AttachmentPart.sha256 == sha256)
    ).scalar_one()
    return PartState(int(offset), False)


def add_part(session: Session, sha256: str, offset: int, total: int, content: bytes, *, max_bytes: int) -> PartState:
    """Take one part. A part that does not start where the held bytes end is refused with
    the offset to resume from (409); the last part completes the file after the check."""
    now = held(session, sha256)
    if now.complete:
        return now
    if total > max_bytes:
        raise Problem.coded("payload-too-large", "p_too_large", max=max_bytes).with_extra(max_bytes=max_bytes)
    totals = set(session.execute(select(AttachmentPart.total).where(AttachmentPart.sha256 == sha256)).scalars())
    if totals and totals != {total}:
        # the same address with another size: what is held cannot be this file; start over
        session.execute(delete(AttachmentPart).where(AttachmentPart.sha256 == sha256))
        now = PartState(0, False)
    if offset != now.offset:
        raise Problem.coded("conflict", "p_offset_mismatch", given=offset, offset=now.offset).with_extra(
            offset=now.offset
        )
    if offset + len(content) > total or (not content and offset < total):
        raise Problem.coded("malformed-request", "p_part_past_end", total=total)
    stmt = (
        insert_for(session, AttachmentPart)
        .values(sha256=sha256, offset=offset, total=total, content=content)
        .on_conflict_do_nothing(index_elements=["sha256", "offset"])
        .returning(AttachmentPart.offset)
    )
    if session.execute(stmt).scalar_one_or_none() is None:  # another upload of it got there first
        raise Problem.coded("conflict", "p_offset_mismatch", given=offset, offset=offset + len(content))
    end = offset + len(content)
    if end < total:
        return PartState(end, False)
    whole = b"".join(
        session.execute(
            select(AttachmentPart.content).where(AttachmentPart.sha256 == sha256).order_by(AttachmentPart.offset)
        ).scalars()
    )
    session.execute(delete(AttachmentPart).where(AttachmentPart.sha256 == sha256))
    actual = hashlib.sha256(whole).hexdigest()
    if actual != sha256:
        return PartState(
            0,
            False,
            refused=Problem.coded("hash-mismatch", "p_hash_mismatch", actual=actual).with_extra(
                expected=sha256, actual=actual
            ),
        )
    media_type = attachments.sniff(whole)
    if media_type is None:
        return PartState(0, False, refused=Problem.coded("unsupported-media-type", "p_media_type"))
    created = attachments.store(session, sha256, whole, media_type)
    return PartState(len(whole), True, created)
