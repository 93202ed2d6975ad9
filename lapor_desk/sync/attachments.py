"""What the sync needs from attachment storage (issue 5), as a small interface.

The front-desk work stores attachments; the sync only asks which files a complaint
refers to and for their bytes. `StoredAttachments` reads the front desk's store;
`NoAttachments` answers "none" and the upload step is skipped cleanly.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from sqlalchemy import Connection, select

from lapor_desk.storage.models import AttachmentRecord


@dataclass(frozen=True)
class AttachmentRef:
    sha256: str
    size: int
    media_type: str
    filename: str

    def as_json(self) -> dict[str, object]:
        return {"sha256": self.sha256, "size": self.size, "media_type": self.media_type, "filename": self.filename}


class AttachmentSource(Protocol):
    def refs(self, conn: Connection, complaint_ids: Sequence[int]) -> dict[int, list[AttachmentRef]]:
        """The attachments of each complaint (inside the caller's transaction)."""

    def read(self, sha256: str) -> bytes:
        """The stored bytes; raises OSError when the file is gone."""


class NoAttachments:
    def refs(self, conn: Connection, complaint_ids: Sequence[int]) -> dict[int, list[AttachmentRef]]:
        return {}

    def read(self, sha256: str) -> bytes:
        raise FileNotFoundError(sha256)


class StoredAttachments:
    """The front desk's attachments: rows in `complaint_attachments`, bytes in the
    SHA-256-addressed store (lapor_desk.attachments.AttachmentStore)."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def refs(self, conn: Connection, complaint_ids: Sequence[int]) -> dict[int, list[AttachmentRef]]:
        table = AttachmentRecord.__table__
        rows = conn.execute(
            select(table.c.complaint_id, table.c.sha256, table.c.size, table.c.media_type, table.c.filename)
            .where(table.c.complaint_id.in_(list(complaint_ids)))
            .order_by(table.c.complaint_id, table.c.id)
        )
        out: dict[int, list[AttachmentRef]] = {}
        for cid, sha, size, media, name in rows:
            out.setdefault(cid, []).append(AttachmentRef(sha, size, media, name))
        return out

    def read(self, sha256: str) -> bytes:
        from lapor_desk.attachments import AttachmentStore

        content = AttachmentStore(self.root).path_for(sha256).read_bytes()
        if hashlib.sha256(content).hexdigest() != sha256:
            raise OSError(f"stored attachment {sha256[:12]} is damaged")
        return content
