"""The central's database identity, and tracking/event IDs that are never handed out twice.

Identity. `/health` reports `database_id` (a UUID written into the database when it is
first prepared) and `data_generation` (a UUID that changes whenever the server finds its
data went back in time). A database replaced by an empty one has a new `database_id`; a
database restored from an older backup keeps its `database_id` but gets a new
`data_generation`. A desk keeps the pair with every confirmation and reconciles when it
changes (`lapor_desk/sync/reconcile.py`).

Never reusing an ID. Tracking IDs and event IDs (the desks' updates cursor) come from
sequences that live *inside* the database, so a restore winds them back. We keep their
high-water marks in a small ledger file *outside* the database (the server's data folder,
`LAPOR_CENTRAL_HOME`, or `LAPOR_CENTRAL_LEDGER`): a reserved mark, raised ahead in blocks
before any transaction that passes it commits, and the issued mark, kept exact to about a
second (see Ledger); `prepare` (before any worker starts) compares the database with the
ledger. A database whose IDs are below the ledger's was restored (new
generation); whatever the database, both sequences are raised above the ledger, so an ID
once issued is never issued again, also after the database is replaced. As a second line,
should the ledger be lost with the database, the desks report back the tracking IDs they
hold (`POST /complaints/lookup`) and the sequence is raised above those too.

Limits (documented in the README): a restore after which no complaint or event was
newer than the backup (only revisions changed) is not detected by the ledger; a desk
resends a newer revision on its next edit.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from sqlalchemy import CursorResult, func, select, text
from sqlalchemy.orm import Session

from central.config import data_dir
from central.models import Complaint, Event, ServerFlag

log = logging.getLogger(__name__)

DATABASE_ID = "database_id"
DATA_GENERATION = "data_generation"
LEDGER_ENV = "LAPOR_CENTRAL_LEDGER"


@dataclass(frozen=True)
class Identity:
    database_id: str
    data_generation: str


def ledger_for(db_url: str) -> Ledger | None:
    """One ledger per database URL, in the server's data folder (not beside a database file
    that a restore replaces); None for an in-memory database."""
    if db_url.startswith("sqlite") and (db_url.endswith(":memory:") or db_url.rstrip("/") == "sqlite:"):
        return None
    override = os.environ.get(LEDGER_ENV)
    if override:
        return Ledger(Path(override))
    digest = hashlib.sha256(db_url.encode("utf-8")).hexdigest()[:16]
    return Ledger(data_dir() / f"id-ledger-{digest}.json")


class Ledger:
    """High-water marks of the IDs issued, in a JSON file raised under an exclusive lock
    (several workers write it).

    Two marks per sequence. `reserved_*` covers every ID any transaction may commit: it is
    raised, `RESERVE` IDs ahead, before a transaction whose IDs pass it commits, so the file
    is written (and synced) once per `RESERVE` IDs, not once per batch, and at start the
    sequences continue above it: no ID is ever issued twice. `tracking_id`/`event_id` are the
    IDs actually issued, as exact as `EXACT_EVERY_S` allows (written at most that often while
    IDs are issued, and at shutdown): a database whose sequences are below them was restored
    (a new data generation). A crash loses at most that last second of exactness."""

    RESERVE = 1000
    EXACT_EVERY_S = 1.0

    def __init__(self, path: Path) -> None:
        self.path = path
        self._issued = {"tracking_id": 0, "event_id": 0}  # as last written
        self._reserved = {"tracking_id": 0, "event_id": 0}  # as last written or read
        self._seen = {"tracking_id": 0, "event_id": 0}  # the highest this process saw issued
        self._written_at = -1e9
        self._lock = threading.Lock()

    def read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def raise_to(
        self, *, tracking_id: int = 0, event_id: int = 0, database_id: str | None = None, reserve: int = 0
    ) -> None:
        """Write the issued marks (and the reserved ones `reserve` IDs above them) unless the file
        already holds as much."""
        with self._lock:
            self._write(tracking_id, event_id, database_id, reserve)

    def _write(self, tracking_id: int, event_id: int, database_id: str | None, reserve: int) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path.with_suffix(".lock"), "a+") as lock_handle:
            lock_file(lock_handle)
            data = self.read()
            issued = {
                "tracking_id": max(int(data.get("tracking_id", 0)), tracking_id),
                "event_id": max(int(data.get("event_id", 0)), event_id),
            }
            reserved = {
                name: max(int(data.get("reserved_" + name, 0)), issued[name], given + reserve)
                for name, given in (("tracking_id", tracking_id), ("event_id", event_id))
            }
            new = {
                **issued,
                "reserved_tracking_id": reserved["tracking_id"],
                "reserved_event_id": reserved["event_id"],
                DATABASE_ID: database_id or str(data.get(DATABASE_ID, "")),
            }
            if new != data:
                tmp = self.path.with_suffix(".tmp")
                with open(tmp, "w", encoding="utf-8") as handle:
                    json.dump(new, handle)
                    handle.flush()
                    os.fsync(handle.fileno())
                os.replace(tmp, self.path)
            self._issued, self._reserved = issued, reserved
            self._written_at = time.monotonic()

    def record(self, session: Session) -> None:
        """Before a write transaction commits: the reserved marks cover every ID it used (one
        lookup of both sequences, unless the work named the IDs it took (`issued_ids`); a file
        write once per RESERVE IDs, or once a second to keep the issued marks exact)."""
        named = session.info.get(_ISSUED)
        if named is not None:
            with self._lock:
                tid, eid = max(named[0], self._seen["tracking_id"]), self._seen["event_id"]
        else:
            tid, eid = sequence_values(session)
        with self._lock:
            self._seen = {
                "tracking_id": max(self._seen["tracking_id"], tid),
                "event_id": max(self._seen["event_id"], eid),
            }
            if tid > self._reserved["tracking_id"] or eid > self._reserved["event_id"]:
                self._write(tid, eid, None, self.RESERVE)
            elif (tid > self._issued["tracking_id"] or eid > self._issued["event_id"]) and (
                time.monotonic() - self._written_at >= self.EXACT_EVERY_S
            ):
                self._write(tid, eid, None, 0)

    def flush(self) -> None:
        """At shutdown: the issued marks as this process last saw them."""
        with self._lock:
            seen = self._seen
            if seen["tracking_id"] > self._issued["tracking_id"] or seen["event_id"] > self._issued["event_id"]:
                self._write(seen["tracking_id"], seen["event_id"], None, 0)


_ISSUED = "lapor_issued_ids"


def issued_ids(session: Session, *, tracking_id: int) -> None:
    """Tell the ID ledger that this transaction took no event ID and no tracking ID above
    `tracking_id` (0: none), so that it need not read the sequences before the commit."""
    session.info[_ISSUED] = (tracking_id,)


def lock_file(handle: Any) -> None:
    with contextlib.suppress(ImportError):  # the central runs on Linux; elsewhere one process
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)  # released when the file closes


def current(session: Session) -> Identity:
    rows = dict(
        session.execute(
            select(ServerFlag.key, ServerFlag.value).where(ServerFlag.key.in_((DATABASE_ID, DATA_GENERATION)))
        )
        .tuples()
        .all()
    )
    return Identity(rows.get(DATABASE_ID, ""), rows.get(DATA_GENERATION, ""))


def _set(session: Session, key: str, value: str) -> None:
    row = session.get(ServerFlag, key)
    if row is None:
        session.add(ServerFlag(key=key, value=value))
    else:
        row.value = value


def sequence_value(session: Session, table: str, *, rows: bool = True) -> int:
    """The last ID the table's sequence handed out; with `rows`, at least its highest row."""
    if session.get_bind().dialect.name == "sqlite":
        seq = session.execute(text("SELECT seq FROM sqlite_sequence WHERE name = :t"), {"t": table}).scalar()
    else:
        column = "tracking_id" if table == "complaints" else "id"
        seq = session.execute(
            text(
                f"SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END "  # noqa: S608
                f"FROM {_pg_sequence(session, table, column)}"
            )
        ).scalar()
    return max(int(seq or 0), _max_id(session, table) if rows else 0)


def sequence_values(session: Session) -> tuple[int, int]:
    """The last tracking ID and event ID the sequences handed out, in one round trip."""
    if session.get_bind().dialect.name == "sqlite":
        rows: dict[str, int] = dict(
            session.execute(text("SELECT name, seq FROM sqlite_sequence WHERE name IN ('complaints', 'events')"))
            .tuples()
            .all()
        )
        return int(rows.get("complaints") or 0), int(rows.get("events") or 0)
    last = "SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END FROM {}"
    tid, eid = session.execute(
        text(
            f"SELECT ({last.format(_pg_sequence(session, 'complaints', 'tracking_id'))}), "
            f"({last.format(_pg_sequence(session, 'events', 'id'))})"
        )
    ).one()
    return int(tid or 0), int(eid or 0)


def _max_id(session: Session, table: str) -> int:
    column = Complaint.tracking_id if table == "complaints" else Event.id
    return int(session.scalar(select(func.coalesce(func.max(column), 0))) or 0)


_PG_SEQUENCES: dict[tuple[str, str], str] = {}  # the names never change once migrated


def _pg_sequence(session: Session, table: str, column: str) -> str:
    if (table, column) not in _PG_SEQUENCES:
        name = session.execute(text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table, "c": column}).scalar()
        assert name, f"no sequence behind {table}.{column}"
        _PG_SEQUENCES[(table, column)] = str(name)
    return _PG_SEQUENCES[(table, column)]


def raise_sequence(session: Session, table: str, above: int) -> bool:
    """Make the next ID of `table` greater than `above`. True when it had to move."""
    if sequence_value(session, table) >= above:
        return False
    if session.get_bind().dialect.name == "sqlite":
        moved = cast(
            CursorResult[Any],
            session.execute(text("UPDATE sqlite_sequence SET seq = :v WHERE name = :t"), {"v": above, "t": table}),
        )
        if moved.rowcount == 0:
            session.execute(text("INSERT INTO sqlite_sequence (name, seq) VALUES (:t, :v)"), {"v": above, "t": table})
    else:
        column = "tracking_id" if table == "complaints" else "id"
        session.execute(text("SELECT setval(:s, :v, true)"), {"s": _pg_sequence(session, table, column), "v": above})
    return True


def prepare(session: Session, ledger: Ledger) -> Identity:
    """At start, before any worker: give a new database its identity, detect a restore
    against the ledger, and raise the sequences above every ID ever issued."""
    ident = current(session)
    if not ident.database_id:
        ident = Identity(str(uuid.uuid4()), str(uuid.uuid4()))
        _set(session, DATABASE_ID, ident.database_id)
        _set(session, DATA_GENERATION, ident.data_generation)
    book = ledger.read()
    high_tid, high_eid = int(book.get("tracking_id", 0)), int(book.get("event_id", 0))
    # IDs up to the reserved marks may have been committed in the last second before a crash.
    top_tid = max(high_tid, int(book.get("reserved_tracking_id", 0)))
    top_eid = max(high_eid, int(book.get("reserved_event_id", 0)))
    behind = sequence_value(session, "complaints") < high_tid or sequence_value(session, "events") < high_eid
    if behind and book.get(DATABASE_ID) == ident.database_id:
        ident = Identity(ident.database_id, str(uuid.uuid4()))
        _set(session, DATA_GENERATION, ident.data_generation)
        log.warning(
            "the database is older than IDs this server issued (restored from a backup?): "
            "new data generation %s; tracking IDs continue above %d",
            ident.data_generation,
            top_tid,
        )
    raise_sequence(session, "complaints", top_tid)
    raise_sequence(session, "events", top_eid)
    session.flush()
    ledger.raise_to(
        tracking_id=sequence_value(session, "complaints"),
        event_id=sequence_value(session, "events"),
        database_id=ident.database_id,
    )
    return ident
