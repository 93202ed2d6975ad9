"""Opening the desk database: engine, SQLite pragmas, transactions and migrations."""

from __future__ import annotations

import logging
import select
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext, suppress
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, DisconnectionError, OperationalError

from lapor_desk.storage.checks import check_desk_file
from lapor_desk.storage.commit_with_last import refuse_after_commit
from lapor_desk.storage.errors import StorageError, explain
from lapor_desk.storage.revisions import at_head
from lapor_desk.storage.write_turns import WriteTurns

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = 5000
PG_CONNECT_TIMEOUT_S = 5
# The oldest PostgreSQL the desk's schema and queries are tested on (server_version_num).
PG_MINIMUM = 130000


class Database:
    """One database, SQLite by default; PostgreSQL works through the same URL switch.

    Writes use `write()`, which on SQLite takes the file's write turn (storage.write_turns:
    writers queue and are woken in turn) and starts with BEGIN IMMEDIATE, so two writers never
    fail on a lock upgrade.
    """

    def __init__(self, url: str, *, echo: bool = False, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
        self.url = make_url(url)
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        self.path = Path(self.url.database) if self.is_sqlite and self.url.database else None
        kwargs: dict[str, Any] = {"echo": echo}
        if self.is_sqlite:
            if self.path is not None and not self.url.query.get("mode"):
                self.path.parent.mkdir(parents=True, exist_ok=True)
            kwargs["connect_args"] = {"check_same_thread": False, "timeout": busy_timeout_ms / 1000}
        elif self.url.get_backend_name() == "postgresql":
            # An office's server: say at once when it is unreachable (a connection the server
            # dropped is replaced unseen: _ping_after_idle).
            kwargs["connect_args"] = {"connect_timeout": PG_CONNECT_TIMEOUT_S}
        self.engine: Engine = create_engine(self.url, **kwargs)
        if self.url.get_backend_name() == "postgresql":
            _ping_after_idle(self.engine)
            refuse_after_commit(self.engine)  # a save's last statement may carry its commit
        if self.is_sqlite:
            event.listen(self.engine, "connect", partial(sqlite_on_connect, busy_timeout_ms))
            event.listen(self.engine, "begin", sqlite_on_begin)
        # SQLite: writers of the file take turns in order instead of sleeping in the busy handler.
        file = sqlite_file(url)
        self.turns = WriteTurns(file, busy_timeout_ms / 1000) if file is not None else None

    @property
    def location(self) -> str:
        return str(self.path) if self.path else self.url.render_as_string(hide_password=True)

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self._translated(), self.engine.connect() as conn, conn.begin():
            yield conn

    @contextmanager
    def write(self) -> Iterator[Connection]:
        with self._translated(), self.engine.connect() as raw:
            conn = raw.execution_options(sqlite_begin="IMMEDIATE")
            # SQLite: the write turn is taken last, right before BEGIN IMMEDIATE (the connection
            # is already out of the pool), and handed on right after the commit.
            turn = self.turns.turn() if self.turns is not None else nullcontext()
            with turn, conn.begin():
                yield conn

    @contextmanager
    def _translated(self) -> Iterator[None]:
        try:
            yield
        except (DBAPIError, sqlite3.Error) as exc:
            known = explain(exc, self.location, **self.server_info())
            if known is None:
                raise
            raise known from exc

    def server_info(self) -> dict[str, str]:
        """The server and role an office's PostgreSQL is reached as (no password); {} for SQLite."""
        if self.is_sqlite:
            return {}
        host = f"{self.url.host or 'localhost'}:{self.url.port or 5432}/{self.url.database or ''}"
        return {"server": host, "user": self.url.username or ""}

    def check_server(self) -> int | None:
        """PostgreSQL: refuse a server older than PG_MINIMUM; returns its server_version_num."""
        if self.url.get_backend_name() != "postgresql":
            return None
        with self._translated(), self.engine.connect() as conn:
            number = int(conn.exec_driver_sql("SHOW server_version_num").scalar_one())
        if number < PG_MINIMUM:
            raise StorageError(
                "db_server_too_old",
                server=self.server_info()["server"],
                version=f"{number // 10000}.{number % 10000}",
                minimum=str(PG_MINIMUM // 10000),
            )
        return number

    def dispose(self) -> None:
        self.engine.dispose()

    # --- migrations

    def _alembic_config(self, conn: Connection) -> Config:
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
        cfg.attributes["connection"] = conn
        return cfg

    def current_revision(self) -> str | None:
        from alembic.runtime.migration import MigrationContext

        with self._translated(), self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    def head_revision(self) -> str:
        from alembic.script import ScriptDirectory

        with self.engine.connect() as conn:
            head = ScriptDirectory.from_config(self._alembic_config(conn)).get_current_head()
        assert head is not None
        return head

    def migrate(self, backup_dir: Path | None = None, *, backup: bool = True) -> Path | None:
        """Bring the schema to head, copying the file aside first. Returns the backup path.

        Refuses a database from a newer version, which it leaves untouched. A database
        already at head (nearly every start) is recognised without importing alembic.
        """
        with self._translated(), self.engine.connect() as conn:
            if at_head(conn):
                return None
        from alembic import command
        from alembic.runtime.migration import MigrationContext
        from alembic.script import ScriptDirectory

        with self._translated(), self.engine.connect() as conn:
            script = ScriptDirectory.from_config(self._alembic_config(conn))
            current = MigrationContext.configure(conn).get_current_revision()
        head = script.get_current_head()
        if current == head:
            return None
        if current is not None and current not in {r.revision for r in script.walk_revisions()}:
            raise StorageError("db_newer_schema", revision=current)
        copy = None
        if backup and current is not None and self.path is not None and self.path.exists():
            copy = self._backup(backup_dir or self.path.parent / "backups", current)
        log.info("migrating %s from %s to %s", self.location, current, head)
        try:
            with self._translated(), self.engine.connect() as conn:
                command.upgrade(self._alembic_config(conn), "head")
                conn.commit()
        except StorageError as exc:
            if exc.code != "db_full":
                raise
            # The upgrade is one transaction: rolled back whole, the file is as it was.
            raise StorageError("db_migration_full", path=self.location, revision=current) from exc
        return copy

    def _backup(self, backup_dir: Path, revision: str) -> Path:
        """A consistent, checked, owner-only copy through SQLite's backup API (safe with WAL
        and readers); named so it joins the backup rotation."""
        from lapor_desk.backups.copy import online_copy
        from lapor_desk.backups.rotation import backup_name

        assert self.path is not None
        target = backup_dir / backup_name(self.path.stem, datetime.now(UTC), f"premigration-{revision}")
        online_copy(self.path, target)
        log.info("backed up %s to %s before migrating", self.path, target)
        return target


# A pooled connection idle longer than this is pinged before use (see _ping_after_idle).
PING_AFTER_IDLE_S = 1.0


def _ping_after_idle(engine: Engine) -> None:
    """A connection the office's server dropped (a restart, an idle time-out) is replaced
    unseen: one that sat in the pool longer than PING_AFTER_IDLE_S, or whose socket has
    something to say (a server ending a session writes its reason and closes; an idle
    connection otherwise hears nothing), is pinged when taken out, and a dead one is swapped
    for a new one. This is SQLAlchemy's pool_pre_ping, but without its round trip in every
    save: a counter saving in a burst takes its connection back within milliseconds, and
    looking at the socket costs no trip to the server."""

    @event.listens_for(engine, "checkin")
    def _checked_in(_dbapi_connection: Any, record: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _checked_out(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        since = record.info.get("idle_since")
        if since is None:
            return  # just connected
        if time.monotonic() - since > PING_AFTER_IDLE_S or _socket_speaks(dbapi_connection):
            try:
                engine.dialect.do_ping(dbapi_connection)
            except engine.dialect.loaded_dbapi.Error as exc:
                raise DisconnectionError("the connection was closed while idle") from exc


def _socket_speaks(dbapi_connection: Any) -> bool:
    """True when an idle connection's socket is readable (the server closed it or sent
    something) or cannot be looked at: then a ping decides."""
    try:
        readable, _, _ = select.select([dbapi_connection.fileno()], [], [], 0)
    except (OSError, ValueError, AttributeError):
        return True
    return bool(readable)


def sqlite_on_connect(busy_timeout_ms: int, dbapi_conn: sqlite3.Connection, _record: object) -> None:
    # We emit BEGIN ourselves (see sqlite_on_begin); pysqlite's implicit one is off.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    try:
        cur.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        cur.execute("PRAGMA foreign_keys = ON")
        with suppress(sqlite3.OperationalError):  # read-only media keeps the journal it has
            cur.execute("PRAGMA journal_mode = WAL")
        # FULL: a power cut after "saved" must not lose the complaint.
        cur.execute("PRAGMA synchronous = FULL")
    finally:
        cur.close()


def sqlite_on_begin(conn: Connection) -> None:
    mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def open_database(
    url: str, backup_dir: Path | None = None, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS, backup: bool = True
) -> Database:
    """Open and migrate; storage errors come out as StorageError with a clear message.

    `backup=False` is only for disposable files (benchmark caches): a desk always backs up.
    An empty, foreign or damaged SQLite file is refused before anything touches it."""
    sqlite_path = sqlite_file(url)
    if sqlite_path is not None:
        check_desk_file(sqlite_path, backup_dir or sqlite_path.parent / "backups")
    db = Database(url, busy_timeout_ms=busy_timeout_ms)
    try:
        db.check_server()
        db.migrate(backup_dir, backup=backup)
    except OperationalError as exc:
        known = explain(exc, db.location, **db.server_info())
        db.dispose()
        if known is None:
            raise
        raise known from exc
    except Exception:
        db.dispose()
        raise
    return db


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL, or None (another backend, in-memory, a URI with options)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    if parsed.database.startswith("file:"):
        return None
    return Path(parsed.database)
