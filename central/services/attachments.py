"""Content-addressed attachments: the bytes' own hash is their name; type by magic bytes."""

from __future__ import annotations

import io
import zipfile

from sqlalchemy import select
from sqlalchemy.orm import Session

from central.models import Attachment, utcnow
from central.services.sql import insert_for

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_OOXML = {
    "word/": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xl/": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "ppt/": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
}


def sniff(content: bytes) -> str | None:
    """The media type the bytes really are, among those accepted; None for anything else."""
    if content.startswith(b"%PDF-"):
        return "application/pdf"
    if content.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if content.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if content.startswith(_OLE):
        return "application/vnd.ms-office"  # legacy .doc/.xls/.ppt share one container
    if content.startswith(b"PK\x03\x04"):
        return _ooxml_type(content)
    return None


def _ooxml_type(content: bytes) -> str | None:
    # Any zip is not enough: an Office document has [Content_Types].xml and its part folder.
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as zf:
            names = zf.namelist()
    except (zipfile.BadZipFile, ValueError, OSError):
        return None
    if "[Content_Types].xml" not in names:
        return None
    for prefix, media_type in _OOXML.items():
        if any(n.startswith(prefix) for n in names):
            return media_type
    return None


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
