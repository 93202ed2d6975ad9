"""Filling an office's PostgreSQL from a SQLite desk database, fast, and keeping it: the
benchmarks' way to have the same 1,000,000 demo complaints on both engines without minutes of
`demo-data` (or of row-by-row index upkeep) on every run.

`office_database(...)` returns a database on the server holding `count` demo complaints,
built once and kept (named by count, seed and the migrations' head; a run killed halfway
leaves a `_building` database that the next run drops and builds again; a copy built for an
older head is migrated forward and checked as below, or filled anew if that fails). A build:
1. migrates a new database to head with the desk's own Alembic migrations (so every table,
   function, sequence and column is exactly the migrated one);
2. takes the filled tables bare: drops their triggers, foreign keys (also those of other
   tables that point at them), primary and unique keys, checks and indexes, remembering
   each definition as the server prints it;
3. COPYs the rows in (one COPY per table; the stored generated columns, the queue key and
   the search vector, are computed by the server as rows arrive, set-wise, with no index or
   constraint to maintain);
4. adds the keys, indexes, foreign keys and triggers back, each once over the whole table,
   moves the id sequences past the copied ids, and VACUUM ANALYZEs;
5. checks that `pg_dump --schema-only` of the result equals that of a freshly migrated
   database, and only then gives it its final name.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
from psycopg import sql
from sqlalchemy.engine import make_url

from lapor_desk.storage.database import open_database

# In the order their foreign keys need.
TABLES = (
    "complaints",
    "complaint_events",
    "complaint_attachments",
    "complaint_approvals",
    "receipt_counters",
    "audit_entries",
    "audit_head",
)
PREFIX = "lapor_office_fill_"


def psycopg_dsn(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def with_database(url: str, name: str) -> str:
    return make_url(url).set(database=name).render_as_string(hide_password=False)


def schema_head() -> str:
    """The desk migrations' head revision (part of a cached database's name)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from lapor_desk.storage.database import MIGRATIONS_DIR

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    head = ScriptDirectory.from_config(config).get_current_head()
    return str(head)


def office_database(sqlite_path: Path, server_url: str, count: int, seed: int) -> str:
    """The URL of a database on `server_url`'s server with the desk tables of `sqlite_path`
    (the cached demo database of `count` complaints from `seed`), built once and kept. One
    kept for an older schema head is brought forward by the desk's own migrations (its
    upgrade path; seconds where a fill takes minutes) and checked like a new fill; if that
    fails, it is dropped and filled anew."""
    prefix = f"{PREFIX}{count}_seed{seed}_"
    name = prefix + schema_head()

    def fill(url: str) -> None:
        print(f"filling PostgreSQL database {name} from {sqlite_path.name} (kept for later runs) ...", flush=True)
        started = time.perf_counter()
        copy_sqlite_into_postgres(sqlite_path, url)
        differences = schema_differences(url, server_url)
        if differences:
            raise SystemExit("the filled database's schema differs from a migrated one:\n" + differences)
        print(f"filled in {time.perf_counter() - started:.0f} s", flush=True)

    return kept_database(server_url, prefix, name, lambda url, old: _migrated_forward(url, server_url, old, name), fill)


def kept_database(
    server_url: str, prefix: str, name: str, migrate: Callable[[str, str], bool], build: Callable[[str], None]
) -> str:
    """The URL of database `name` on `server_url`'s server, kept between runs. Other databases
    named `prefix...` are older heads' copies or killed builds (`..._building`): one older copy
    is renamed to `name_building` and brought forward by `migrate(url, old)`; if there is none or
    that fails, `build(url)` makes it anew. Renamed to `name` only once it is complete."""
    building = name + "_building"
    with psycopg.connect(psycopg_dsn(server_url), autocommit=True) as admin:
        found = admin.execute("SELECT datname FROM pg_database WHERE datname LIKE %s", (prefix + "%",))
        # startswith, not LIKE alone: LIKE's '_' matches any letter (seed1_ would take seed11_'s copy).
        existing = [r[0] for r in found if r[0].startswith(prefix)]
        if name in existing:
            return with_database(server_url, name)
        older = [n for n in existing if not n.endswith("_building")]
        for stale in existing:  # a build that was killed, and all but one older head's copy
            if stale not in older[:1]:
                admin.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(stale)))
        if older:
            admin.execute(
                sql.SQL("ALTER DATABASE {} RENAME TO {}").format(sql.Identifier(older[0]), sql.Identifier(building))
            )
    if not (older and migrate(with_database(server_url, building), older[0])):
        with psycopg.connect(psycopg_dsn(server_url), autocommit=True) as admin:
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(building)))
            admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(building)))
        build(with_database(server_url, building))
    with psycopg.connect(psycopg_dsn(server_url), autocommit=True) as admin:
        admin.execute(sql.SQL("ALTER DATABASE {} RENAME TO {}").format(sql.Identifier(building), sql.Identifier(name)))
    return with_database(server_url, name)


def _migrated_forward(url: str, server_url: str, old: str, name: str) -> bool:
    print(f"migrating the kept {old} to {name} ...", flush=True)
    started = time.perf_counter()
    try:
        open_database(url).dispose()
        with psycopg.connect(psycopg_dsn(url), autocommit=True) as pg:
            pg.execute("ANALYZE")
        differences = schema_differences(url, server_url)
    except Exception as exc:  # noqa: BLE001 - any failure: fill anew instead
        print(f"  could not migrate it ({exc}); filling anew", flush=True)
        return False
    if differences:
        print("  its schema differs from a migrated one; filling anew:\n" + differences, flush=True)
        return False
    print(f"  migrated in {time.perf_counter() - started:.0f} s", flush=True)
    return True


@contextmanager
def copy_of_database(url: str, prefix: str) -> Iterator[str]:
    """A copy of the database at `url` (CREATE DATABASE ... TEMPLATE, a file copy: seconds
    where a fill takes minutes) to write into; dropped afterwards, so the kept one stays as built."""
    name = prefix + uuid.uuid4().hex[:10]
    with psycopg.connect(psycopg_dsn(with_database(url, "postgres")), autocommit=True) as admin:
        admin.execute(
            sql.SQL("CREATE DATABASE {} TEMPLATE {} STRATEGY FILE_COPY").format(
                sql.Identifier(name), sql.Identifier(str(make_url(url).database))
            )
        )
    try:
        yield with_database(url, name)
    finally:
        with psycopg.connect(psycopg_dsn(with_database(url, "postgres")), autocommit=True) as admin:
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def copy_sqlite_into_postgres(sqlite_path: Path, url: str) -> dict[str, int]:
    """Copy the desk tables of `sqlite_path` into the (empty) database at `url`, migrated to
    head first, through bare tables (see the module's docstring). Returns rows per table."""
    open_database(url).dispose()
    src = sqlite3.connect(f"file:{sqlite_path}?mode=ro", uri=True)
    copied: dict[str, int] = {}
    try:
        with psycopg.connect(psycopg_dsn(url)) as pg, pg.cursor() as cur:
            cur.execute("SET maintenance_work_mem = '512MB'")
            cur.execute("SET synchronous_commit = off")
            restore = strip(cur, TABLES)
            for table in TABLES:
                copied[table] = _copy_table(src, cur, table)
            started = time.perf_counter()
            for statement in restore:
                cur.execute(statement)
            print(f"  keys, indexes and foreign keys added in {time.perf_counter() - started:.1f} s", flush=True)
            _move_sequences(cur)
        started = time.perf_counter()
        with psycopg.connect(psycopg_dsn(url), autocommit=True) as pg:
            pg.execute("VACUUM ANALYZE")
        print(f"  VACUUM ANALYZE in {time.perf_counter() - started:.1f} s", flush=True)
    finally:
        src.close()
    return copied


def strip(cur: psycopg.Cursor, tables: tuple[str, ...]) -> list[str]:
    """Drop every trigger, constraint (bar NOT NULL) and index of `tables`, and every foreign
    key pointing at them; returns the statements that add them back, in a workable order:
    keys and checks, indexes, foreign keys, triggers."""
    cur.execute(
        "SELECT c.oid, c.conname, c.conrelid::regclass::text, c.contype, pg_get_constraintdef(c.oid) "
        "FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid "
        "WHERE t.relnamespace = current_schema()::regnamespace AND c.contype IN ('p', 'u', 'f', 'c', 'x') "
        "AND (t.relname = ANY(%s) OR c.confrelid IN (SELECT oid FROM pg_class WHERE relname = ANY(%s) "
        "AND relnamespace = current_schema()::regnamespace)) ORDER BY c.contype = 'f' DESC, c.conname",
        (list(tables), list(tables)),
    )
    constraints = cur.fetchall()
    cur.execute(
        "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i "
        "JOIN pg_class t ON t.oid = i.indrelid WHERE t.relname = ANY(%s) "
        "AND t.relnamespace = current_schema()::regnamespace "
        "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.contype <> 'f') "
        "ORDER BY 1",
        (list(tables),),
    )
    indexes = cur.fetchall()
    cur.execute(
        "SELECT g.tgname, g.tgrelid::regclass::text, pg_get_triggerdef(g.oid) FROM pg_trigger g "
        "JOIN pg_class t ON t.oid = g.tgrelid WHERE NOT g.tgisinternal AND t.relname = ANY(%s) "
        "AND t.relnamespace = current_schema()::regnamespace ORDER BY 1",
        (list(tables),),
    )
    triggers = cur.fetchall()
    for name, table, _definition in triggers:
        cur.execute(sql.SQL("DROP TRIGGER {} ON {}").format(sql.Identifier(name), sql.SQL(table)))
    for _oid, name, table, _kind, _definition in constraints:  # foreign keys first
        cur.execute(sql.SQL("ALTER TABLE {} DROP CONSTRAINT {}").format(sql.SQL(table), sql.Identifier(name)))
    for name, _definition in indexes:
        cur.execute(sql.SQL("DROP INDEX {}").format(sql.SQL(name)))

    def add(table: str, name: str, definition: str) -> str:
        return f"ALTER TABLE {table} ADD CONSTRAINT {sql.Identifier(name).as_string(cur)} {definition}"

    keys = [add(t, n, d) for _o, n, t, k, d in constraints if k != "f"]
    foreign = [add(t, n, d) for _o, n, t, k, d in constraints if k == "f"]
    return keys + [d for _n, d in indexes] + foreign + [d for _n, _t, d in triggers]


def _move_sequences(cur: psycopg.Cursor) -> None:
    cur.execute(
        "SELECT table_name, column_name, pg_get_serial_sequence(quote_ident(table_name), column_name) "
        "FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ANY(%s)",
        (list(TABLES),),
    )
    for table, column, sequence in cur.fetchall():
        if sequence:
            cur.execute(
                sql.SQL("SELECT setval(%s, (SELECT coalesce(max({}), 0) + 1 FROM {}), false)").format(
                    sql.Identifier(column), sql.Identifier(table)
                ),
                (sequence,),
            )


def _copy_table(src: sqlite3.Connection, cur: psycopg.Cursor, table: str) -> int:
    cur.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
        "AND table_name = %s AND is_generated = 'NEVER' ORDER BY ordinal_position",
        (table,),
    )
    theirs = {r[1] for r in src.execute(f"PRAGMA table_info({table})")}
    columns = [r[0] for r in cur.fetchall() if r[0] in theirs]
    if not columns:
        return 0
    started, count = time.perf_counter(), 0
    names = ", ".join(columns)
    with cur.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
        rows = src.execute(f"SELECT {names} FROM {table}")
        while batch := rows.fetchmany(5000):
            for values in batch:
                copy.write_row(values)
            count += len(batch)
    print(f"  {table}: {count:,} rows in {time.perf_counter() - started:.1f} s", flush=True)
    return count


def pg_dump_binary() -> str:
    """pg_dump matching the newest installed server (the Debian wrapper may pick another)."""
    installed = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_dump"), key=lambda p: int(p.parts[-3]))
    if installed:
        return str(installed[-1])
    which = shutil.which("pg_dump")
    if which is None:
        raise SystemExit("pg_dump is not installed")
    return which


def schema_dump(url: str) -> str:
    """`pg_dump --schema-only` of the database at `url`, without comments, settings and the
    random \\restrict key newer pg_dumps print."""
    out = subprocess.run(
        [pg_dump_binary(), "--schema-only", "--no-owner", "--no-privileges", "--dbname", psycopg_dsn(url)],
        check=True,
        capture_output=True,
        text=True,
        env=dict(os.environ, PGCONNECT_TIMEOUT="30"),
    ).stdout
    kept = [
        line
        for line in out.splitlines()
        if line.strip()
        and not line.startswith(("--", "SET ", "SELECT pg_catalog.set_config", "\\restrict", "\\unrestrict"))
    ]
    return "\n".join(kept)


def schema_differences(url: str, server_url: str) -> str:
    """A unified diff between the schema of the database at `url` and that of a database
    freshly migrated to head on the same server ('' when they are the same)."""
    import difflib

    reference = f"lapor_schema_reference_{os.getpid()}"
    with psycopg.connect(psycopg_dsn(server_url), autocommit=True) as admin:
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(reference)))
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(reference)))
    try:
        open_database(with_database(server_url, reference)).dispose()
        migrated = schema_dump(with_database(server_url, reference))
    finally:
        with psycopg.connect(psycopg_dsn(server_url), autocommit=True) as admin:
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(reference)))
    filled = schema_dump(url)
    diff = difflib.unified_diff(migrated.splitlines(), filled.splitlines(), "migrated", "filled", lineterm="")
    return "\n".join(diff)
