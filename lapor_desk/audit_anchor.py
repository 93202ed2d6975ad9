"""The audit anchor: the head of the audit trail (seq and hash) as the central last acknowledged it.

The chain in `audit.py` catches an edited row, a deleted middle row and a cut tail, but a tail
cut together with its head row, a trail wiped whole, or one rewritten with every later hash
recomputed all leave a chain that holds together. Each sync sends the head to the central,
which keeps the newest per desk (`PUT /audit-anchor`); the anchor it acknowledges is kept
here twice, in the database (`sync_meta`) and in a 0600 file in the data folder, so wiping
the tables does not wipe the evidence. `audit verify` checks the chain against every copy it
has (and against the central's when it can reach it): a trail that ends before the anchor,
one that is empty, and one whose row at the anchor's seq has another hash are each named.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from lapor_desk.storage.database import Database
from lapor_desk.sync import state

META_KEY = "audit_anchor"
FILE_NAME = "audit-anchor.json"

CENTRAL = "central"
DATABASE = "database"
FILE = "file"


@dataclass(frozen=True)
class Anchor:
    seq: int
    hash: str
    acknowledged_at: datetime  # when the central acknowledged it (the central's clock if given)
    source: str = ""  # where this copy was read: central | database | file

    def to_json(self) -> str:
        return json.dumps({"seq": self.seq, "hash": self.hash, "acknowledged_at": self.acknowledged_at.isoformat()})

    @classmethod
    def from_json(cls, raw: str | None, source: str) -> Anchor | None:
        """None for a missing or unreadable copy (an unreadable one is as good as missing)."""
        if not raw:
            return None
        try:
            data = json.loads(raw)
            at = datetime.fromisoformat(str(data["acknowledged_at"]))
            seq, digest = data["seq"], data["hash"]
        except (ValueError, KeyError, TypeError):
            return None
        if not isinstance(seq, int) or isinstance(seq, bool) or seq < 1 or not _is_hex64(digest):
            return None
        return cls(seq, digest, at if at.tzinfo else at.replace(tzinfo=UTC), source)

    @classmethod
    def from_central(cls, body: object) -> Anchor | None:
        """The `anchor` of a central answer (`{anchor: {seq, hash, received_at}}`), if sound."""
        if not isinstance(body, dict) or not isinstance(body.get("anchor"), dict):
            return None
        data = body["anchor"]
        return cls.from_json(
            json.dumps({"seq": data.get("seq"), "hash": data.get("hash"), "acknowledged_at": data.get("received_at")}),
            CENTRAL,
        )


def _is_hex64(value: object) -> bool:
    return isinstance(value, str) and len(value) == 64 and all(c in "0123456789abcdef" for c in value)


class AnchorStore:
    """The two local copies of the last acknowledged anchor."""

    def __init__(self, db: Database, data_dir: Path) -> None:
        self.db = db
        self.file = data_dir / FILE_NAME

    def copies(self) -> list[Anchor]:
        """Every readable local copy (none, one or both)."""
        with self.db.read() as conn:
            in_db = Anchor.from_json(state.get_meta(conn, META_KEY), DATABASE)
        try:
            in_file = Anchor.from_json(self.file.read_text(encoding="utf-8"), FILE)
        except OSError:
            in_file = None
        return [a for a in (in_db, in_file) if a is not None]

    def save(self, anchor: Anchor) -> None:
        """Both copies; the file written whole (temporary file, fsync, rename), owner-only."""
        with self.db.write() as conn:
            state.set_meta(conn, META_KEY, anchor.to_json())
        self.file.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.file.parent, prefix=".audit-anchor-")
        try:
            os.chmod(tmp, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write(anchor.to_json())
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, self.file)
        finally:
            Path(tmp).unlink(missing_ok=True)


def distinct(anchors: list[Anchor]) -> list[Anchor]:
    """One of each (seq, hash), the first source kept (list the central's first)."""
    seen: set[tuple[int, str]] = set()
    out = []
    for a in anchors:
        if (a.seq, a.hash) not in seen:
            seen.add((a.seq, a.hash))
            out.append(a)
    return out


def newest(anchors: list[Anchor]) -> Anchor | None:
    return max(anchors, key=lambda a: (a.seq, a.acknowledged_at), default=None)
