"""The central database: engine, SQLite pragmas, retried write transactions, migrations."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, DisconnectionError
from sqlalchemy.orm import Session, sessionmaker

from central.services.identity import Ledger, lock_file
from lapor_desk.storage.database import sqlite_on_begin, sqlite_on_connect

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SQLITE_BUSY_TIMEOUT_MS = 30_000
# PostgreSQL: serialization failure, deadlock. Retrying the whole transaction is safe.
_RETRY_SQLSTATES = {"40001", "40P01"}
_RETRIES = 4
# Any constant: names the PostgreSQL advisory lock held while one process migrates.
SETUP_LOCK_KEY = 7_270_002

T = TypeVar("T")


class CentralDatabase:
    """One database for all workers. SQLite writes start with BEGIN IMMEDIATE and are
    queued behind a per-process lock, so threads never spin on SQLite's busy handler;
    across processes the busy timeout queues them."""

    def __init__(
        self, url: str, *, pool_size: int = 20, pool_timeout_s: float = 5.0, ledger: Ledger | None = None
    ) -> None:
        self.url = make_url(url)
        # The IDs issued, outside the database (central.services.identity): None in tests
        # that build a database by hand.
        self.ledger = ledger
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        kwargs: dict[str, Any] = {}
        if self.is_sqlite:
            if self.url.database and self.url.database != ":memory:":
                _private_sqlite(Path(self.url.database))
            kwargs["connect_args"] = {
                "check_same_thread": False,
                "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000,
            }
        else:
            # A worker runs sync routes on up to 40 threads; past `pool_size` connections a
            # request waits `pool_timeout_s` for one, then fails (503, Retry-After) instead of
            # hanging. pre_ping: a connection PostgreSQL dropped (a restart) is replaced unseen.
            kwargs.update(pool_size=pool_size, max_overflow=0, pool_timeout=pool_timeout_s)
        self.engine: Engine = create_engine(self.url, **kwargs)
        if not self.is_sqlite:
            _ping_after_idle(self.engine)
        if self.is_sqlite:
            # The desk's own set-up: WAL, foreign keys, a busy timeout, synchronous=FULL (an
            # answer must survive a crash), and BEGIN IMMEDIATE for writes.
            event.listen(self.engine, "connect", partial(sqlite_on_connect, SQLITE_BUSY_TIMEOUT_MS))
            event.listen(self.engine, "begin", sqlite_on_begin)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._write_lock = threading.Lock() if self.is_sqlite else None

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def read_one(self) -> Iterator[Connection]:
        """A connection for work that reads with a single statement (the sign-in's token
        lookup), without an ORM session: on PostgreSQL the statement is its own transaction
        (autocommit), so no BEGIN and COMMIT travel; on SQLite a read transaction."""
        if self.is_sqlite:
            with self.engine.connect() as conn:
                yield conn
            return
        with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            yield conn

    @contextmanager
    def _write_once(self, record_ids: bool = True) -> Iterator[Session]:
        with self._write_lock or nullcontext(), self._sessions() as session:
            if self.is_sqlite:
                session.connection(execution_options={"sqlite_begin": "IMMEDIATE"})
            try:
                yield session
                if self.ledger is not None and record_ids:
                    session.flush()
                    self.ledger.record(session)
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def write(self, work: Callable[[Session], T], *, record_ids: bool = True) -> T:
        """Run `work` in one write transaction, retrying it on deadlock or serialization failure.
        `record_ids=False`: the work issues no tracking or event ID, so the ID ledger is not read."""
        for attempt in range(_RETRIES):
            try:
                with self._write_once(record_ids) as session:
                    return work(session)
            except DBAPIError as exc:
                code = getattr(exc.orig, "sqlstate", None)
                if code not in _RETRY_SQLSTATES or attempt == _RETRIES - 1:
                    raise
                log.info("retrying a write after %s (attempt %d)", code, attempt + 1)
        raise AssertionError("unreachable")

    @contextmanager
    def setup_lock(self) -> Iterator[None]:
        """Held while a process migrates and prepares the database: on PostgreSQL a
        session-level advisory lock (every host), on SQLite an OS lock on a file beside the
        database (every process on the host); an in-memory database needs none."""
        if not self.is_sqlite:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": SETUP_LOCK_KEY})
                conn.commit()
                try:
                    yield
                finally:
                    conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": SETUP_LOCK_KEY})
                    conn.commit()
            return
        database = self.url.database
        if not database or database == ":memory:":
            yield
            return
        path = Path(database)
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path.with_name(path.name + ".setup-lock"), "a+") as handle:
            lock_file(handle)  # released when the file closes
            yield

    def migrate(self) -> None:
        with self.engine.connect() as conn:
            cfg = Config()
            cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            conn.commit()

    def dispose(self) -> None:
        self.engine.dispose()


PING_AFTER_IDLE_S = 1.0


def _ping_after_idle(engine: Engine) -> None:
    """A connection PostgreSQL dropped (a restart, an idle time-out) is replaced unseen: one
    that sat in the pool longer than PING_AFTER_IDLE_S is pinged when taken out, and a dead one
    is swapped for a new one (SQLAlchemy's pool_pre_ping, but only after idleness: under load
    a connection comes back to work within milliseconds and the ping was a round trip in every
    request). A connection that dies within that second fails its request, which answers 503
    with Retry-After; SQLAlchemy then renews the whole pool."""

    @event.listens_for(engine, "checkin")
    def _checked_in(_dbapi_connection: Any, record: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _checked_out(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        since = record.info.get("idle_since")
        if since is not None and time.monotonic() - since > PING_AFTER_IDLE_S:
            try:
                engine.dialect.do_ping(dbapi_connection)
            except engine.dialect.loaded_dbapi.Error as exc:
                raise DisconnectionError("the connection was closed while idle") from exc


def _private_sqlite(database: Path) -> None:
    """The central's database holds every desk's NIKs and attachments: owner-only, whatever the
    umask (0600 for the file, its -wal and -shm; 0700 for a folder this creates), and an older
    install's files tightened."""
    from central.config import data_dir
    from lapor_desk.paths import PRIVATE_DIR, restrict_new_files, sqlite_files, tighten, tighten_files

    restrict_new_files()
    if not database.parent.exists():
        database.parent.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    if database.parent.resolve() == data_dir().resolve():  # the server's own folder, not one chosen for it
        tighten([database.parent])
    tighten_files(sqlite_files(database))
