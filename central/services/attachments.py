"""Content-addressed attachments: the bytes' own hash is their name; type by magic bytes."""

from __future__ import annotations

import io

from sqlalchemy import select
from sqlalchemy.orm import Session

from central.models import Attachment, utcnow
from central.services.sql import insert_for
from lapor_desk.attachments import ALLOWED
from lapor_desk.attachments import sniff as desk_sniff


def sniff(content: bytes) -> str | None:
    """The media type the bytes really are, among those accepted; None for anything else.

    The desk's own sniffer, so both sides accept exactly the same files."""
    media = desk_sniff(content[:8], io.BytesIO(content))
    return media if media in ALLOWED else None


def store(session: Session, sha256: str, content: bytes, media_type: str) -> bool:
    """Keep the bytes once; True if they were new. Safe when two desks send them at once."""
    stmt = (
        insert_for(session, Attachment)
        .values(
            sha256=sha256,
            size=len(content),
            media_type=media_type,
            content=content,
            received_at=utcnow(),
        )
        .on_conflict_do_nothing(index_elements=["sha256"])
        .returning(Attachment.sha256)
    )
    return session.execute(stmt).scalar_one_or_none() is not None


def head(session: Session, sha256: str) -> tuple[int, str] | None:
    row = session.execute(select(Attachment.size, Attachment.media_type).where(Attachment.sha256 == sha256)).first()
    return None if row is None else (row[0], row[1])


def content(session: Session, sha256: str) -> tuple[bytes, str] | None:
    row = session.execute(select(Attachment.content, Attachment.media_type).where(Attachment.sha256 == sha256)).first()
    return None if row is None else (row[0], row[1])
