"""An office's PostgreSQL database: create it and its role, and check the role's rights.

`create_office` is what `lapor-desk office-init` runs once on the office's server with an
admin connection (the `postgres` account): the role (LOGIN, with a password), the database
owned by it, the rights the desk needs on anything already there, then the schema migrated as
the role itself, and the same rights check `doctor` makes. Every step looks before it acts, so
running it again changes nothing (and joins an existing database instead of replacing it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg import sql
from sqlalchemy import Connection
from sqlalchemy.engine import URL, make_url

from lapor_desk.storage.database import PG_CONNECT_TIMEOUT_S, PG_MINIMUM, Database, open_database
from lapor_desk.storage.errors import StorageError, explain

# The rights `doctor` checks on every table of the office database (except alembic_version).
TABLE_RIGHTS = ("SELECT", "INSERT", "UPDATE", "DELETE")
# A PostgreSQL name the desk accepts for the role and the database: no quoting ever needed.
NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


@dataclass(frozen=True)
class OfficeSetup:
    """What `create_office` did: each step either done now or found done before."""

    url: str  # what every counter uses (no password in it)
    role_created: bool
    database_created: bool
    password_set: bool
    schema_before: str | None  # the schema revision found (None: the schema was created now)
    schema_now: str


def missing_rights(conn: Connection) -> list[str]:
    """ "RIGHT table" for each right the connected role lacks on the desk's tables."""
    missing = []
    tables = conn.exec_driver_sql(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
        " AND tablename <> 'alembic_version' ORDER BY tablename"
    ).scalars()
    for table in [str(t) for t in tables]:
        for right in TABLE_RIGHTS:
            ok = conn.exec_driver_sql(
                "SELECT has_table_privilege(current_user, %(t)s, %(r)s)", {"t": table, "r": right}
            ).scalar()
            if not ok:
                missing.append(f"{right} {table}")
    return missing


def check_name(kind: str, name: str) -> None:
    if not NAME.match(name):
        raise StorageError("office_bad_name", kind=kind, name=name)


def office_url(admin_url: str, database: str, role: str) -> URL:
    """The counters' address: the admin connection's server (localhost for its local socket),
    the office database and role."""
    admin = make_url(admin_url)
    return URL.create("postgresql+psycopg", role, None, admin.host or "localhost", admin.port, database, admin.query)


def create_office(
    admin_url: str, database: str, role: str, password: str, *, reset_password: bool = False
) -> OfficeSetup:
    """Create (or find) the office's role and database, grant the desk's rights, migrate the
    schema as the role, and check the rights as `doctor` does. Raises StorageError."""
    check_name("database", database)
    check_name("role", role)
    admin = make_url(admin_url)
    server = f"{admin.host or 'localhost'}:{admin.port or 5432}"
    who = {"server": f"{server}/{admin.database or ''}", "user": admin.username or ""}
    try:
        with _connect(admin) as conn:
            number = conn.info.server_version
            if number < PG_MINIMUM:
                raise StorageError(
                    "db_server_too_old",
                    server=server,
                    version=f"{number // 10000}.{number % 10000}",
                    minimum=str(PG_MINIMUM // 10000),
                )
            role_created = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone() is None
            password_set = role_created or reset_password
            if role_created:
                conn.execute(
                    sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(sql.Identifier(role), sql.Literal(password))
                )
            elif reset_password:
                conn.execute(
                    sql.SQL("ALTER ROLE {} LOGIN PASSWORD {}").format(sql.Identifier(role), sql.Literal(password))
                )
            database_created = (
                conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (database,)).fetchone() is None
            )
            if database_created:
                conn.execute(
                    sql.SQL("CREATE DATABASE {} OWNER {} ENCODING 'UTF8' TEMPLATE template0").format(
                        sql.Identifier(database), sql.Identifier(role)
                    )
                )
            conn.execute(sql.SQL("GRANT CONNECT, TEMPORARY ON DATABASE {} TO {}").format(*_ids(database, role)))
        with _connect(admin.set(database=database)) as conn:
            # Whatever is there already (a database made by hand, tables an admin created).
            for grant in (
                "GRANT USAGE, CREATE ON SCHEMA public TO {role}",
                "GRANT " + ", ".join(TABLE_RIGHTS) + " ON ALL TABLES IN SCHEMA public TO {role}",
                "GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {role}",
            ):
                conn.execute(sql.SQL(grant).format(role=sql.Identifier(role)))
    except psycopg.Error as exc:
        raise explain(exc, server, **who) or StorageError("db_cannot_open", detail=str(exc)) from exc
    url = office_url(admin_url, database, role)
    # The schema as the role itself, so its tables are its own (the password for this once).
    as_role = url.set(password=password).render_as_string(hide_password=False)
    probe = Database(as_role)
    try:
        before = probe.current_revision()
    finally:
        probe.dispose()
    db = open_database(as_role)
    try:
        head = db.head_revision()
        with db.read() as conn:
            missing = missing_rights(conn)
    finally:
        db.dispose()
    if missing:
        raise StorageError("db_no_rights", **db.server_info(), detail=", ".join(missing[:8]))
    return OfficeSetup(
        url.render_as_string(hide_password=True), role_created, database_created, password_set, before, head
    )


def _ids(*names: str) -> list[sql.Identifier]:
    return [sql.Identifier(n) for n in names]


def _connect(url: URL) -> Any:
    dsn = url.set(drivername="postgresql").render_as_string(hide_password=False)
    return psycopg.connect(dsn, autocommit=True, connect_timeout=PG_CONNECT_TIMEOUT_S)
