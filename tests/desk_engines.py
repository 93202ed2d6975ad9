"""The desk database on each engine: a SQLite file, or a fresh PostgreSQL database per test.

The PostgreSQL variant needs the server `.ci/run` starts (LAPOR_TEST_POSTGRES_URL); without it
those variants are skipped, or fail when LAPOR_REQUIRE_POSTGRES=1 (CI), so a CI run can never
pass by quietly testing SQLite only. Each PostgreSQL test gets a database of its own: a new one
migrated to head, or one an earlier test used, emptied (see PostgresDesks).
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

PG_ENV = "LAPOR_TEST_POSTGRES_URL"
REQUIRE_PG_ENV = "LAPOR_REQUIRE_POSTGRES"
ENGINES = ("sqlite", "postgresql")
# Test folders whose tests that use a desk database run on both engines (the rest: SQLite).
BOTH_ENGINES_FOLDERS = frozenset({"core", "sync", "supervision"})
PREFIX = "lapor_desk_test_"


def postgres_admin_url() -> str:
    """The server's URL, or skip (fail under LAPOR_REQUIRE_POSTGRES=1) when there is none."""
    url = os.environ.get(PG_ENV)
    required = os.environ.get(REQUIRE_PG_ENV) == "1"
    if not url:
        if required:
            pytest.fail(f"{REQUIRE_PG_ENV}=1 but {PG_ENV} is not set")
        pytest.skip(f"{PG_ENV} not set")
    try:
        engine = create_engine(url)
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
    except Exception as exc:  # noqa: BLE001 - any failure to reach it means "no PostgreSQL"
        if required:
            pytest.fail(f"PostgreSQL at {PG_ENV} unreachable: {exc}")
        pytest.skip(f"PostgreSQL unreachable: {exc}")
    return url


class PostgresDesks:
    """Fresh desk databases on one server. Creating and dropping a database costs seconds on
    a loaded machine (DROP DATABASE waits for a checkpoint), so a database a test is done
    with is emptied (every table truncated, sequences restarted, its sessions ended) and
    handed to the next test; one whose schema a test changed is dropped instead."""

    def __init__(self, admin_url: str) -> None:
        self.admin_url = admin_url
        self.engine: Engine = create_engine(admin_url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
        self.head: str | None = None
        self.spare: list[str] = []
        self.created: list[str] = []

    def url_of(self, name: str) -> str:
        return make_url(self.admin_url).set(database=name).render_as_string(hide_password=False)

    def empty(self) -> str:
        """A new, empty database (no schema): for tests of migrating or of refusals."""
        name = PREFIX + uuid.uuid4().hex[:12]
        with self.engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        self.created.append(name)
        return self.url_of(name)

    def fresh(self) -> str:
        """A database with the desk's schema at head and no rows."""
        if self.spare:
            return self.url_of(self.spare.pop())
        from lapor_desk.storage.database import open_database

        url = self.empty()
        db = open_database(url)
        self.head = db.current_revision()
        db.dispose()
        return url

    def release(self, url: str) -> None:
        """Empty the database for the next test, or drop it if its schema is not at head."""
        name = make_url(url).database
        assert name is not None
        self._end_sessions(name)
        engine = create_engine(url, poolclass=NullPool)
        try:
            with engine.begin() as conn:
                version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
                if version != self.head or self.head is None:
                    raise LookupError(version)
                tables = conn.execute(
                    text(
                        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'alembic_version'"
                    )
                ).scalars()
                names = ", ".join(f'"{t}"' for t in tables)
                if names:
                    conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
        except Exception:  # noqa: BLE001 - a schema the test changed or broke: not for reuse
            engine.dispose()
            self.drop(url)
            return
        engine.dispose()
        self.spare.append(name)

    def _end_sessions(self, name: str) -> None:
        """Drop every session on `name`, as a server restart does, and return once they are gone
        (pg_terminate_backend only signals; a restart is over before anyone can save again)."""
        sessions = text("SELECT pid FROM pg_stat_activity WHERE datname = :n AND pid <> pg_backend_pid()")
        with self.engine.connect() as conn:
            conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n"), {"n": name})
            deadline = time.monotonic() + 30
            while conn.execute(sessions, {"n": name}).first() is not None and time.monotonic() < deadline:
                conn.rollback()  # a fresh snapshot of pg_stat_activity

    def drop(self, url: str) -> None:
        name = make_url(url).database
        with self.engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        if name in self.created:
            self.created.remove(name)
        if name in self.spare:
            self.spare.remove(name)

    def close(self) -> None:
        for name in list(self.created):
            self.drop(self.url_of(name))
        self.engine.dispose()


@contextmanager
def desk_database_url(engine: str, folder: Path, pg: PostgresDesks | None, name: str = "desk") -> Iterator[str]:
    """A desk database URL on `engine`: a SQLite file in `folder`, or a fresh PostgreSQL database."""
    if engine == "sqlite":
        yield f"sqlite:///{folder / f'{name}.sqlite3'}"
        return
    assert pg is not None
    url = pg.fresh()
    try:
        yield url
    finally:
        pg.release(url)


def engines_for(path: Path) -> tuple[str, ...]:
    """The engines a test file's desk databases run on."""
    parts = path.parts
    folder = parts[len(parts) - 1 - parts[::-1].index("tests") + 1] if "tests" in parts else ""
    return ENGINES if folder in BOTH_ENGINES_FOLDERS else ("sqlite",)
