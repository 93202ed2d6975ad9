"""Filling an office's PostgreSQL from a SQLite desk database, fast: the benchmarks' way to
have the same 1,000,000 demo complaints on both engines without minutes of `demo-data`.

The schema comes from the desk's own migrations; the rows go in with COPY (the generated
queue key and search vector are computed by the server as they arrive), the secondary indexes
are dropped before and built again after, and the id sequences are moved past the copied ids.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import psycopg
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


def psycopg_dsn(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def copy_sqlite_into_postgres(sqlite_path: Path, url: str) -> dict[str, int]:
    """Copy the desk tables of `sqlite_path` into the (empty) database at `url`, migrated to
    head first. Returns rows copied per table."""
    open_database(url).dispose()
    src = sqlite3.connect(f"file:{sqlite_path}?mode=ro", uri=True)
    copied: dict[str, int] = {}
    try:
        with psycopg.connect(psycopg_dsn(url)) as pg, pg.cursor() as cur:
            cur.execute("SET maintenance_work_mem = '256MB'")
            cur.execute("SET synchronous_commit = off")
            cur.execute(
                "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i "
                "JOIN pg_class t ON t.oid = i.indrelid WHERE t.relname = ANY(%s) "
                "AND t.relnamespace = 'public'::regnamespace "
                "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)",
                (list(TABLES),),
            )
            indexes = cur.fetchall()
            for name, _definition in indexes:
                cur.execute(f"DROP INDEX {name}")
            for table in TABLES:
                copied[table] = _copy_table(src, cur, table)
            started = time.perf_counter()
            for _name, definition in indexes:
                cur.execute(definition)
            print(f"  indexes built again in {time.perf_counter() - started:.1f} s", flush=True)
            cur.execute(
                "SELECT table_name, pg_get_serial_sequence(table_name, 'id') FROM information_schema.columns "
                "WHERE table_schema = 'public' AND column_name = 'id' AND table_name = ANY(%s)",
                (list(TABLES),),
            )
            for table, sequence in cur.fetchall():
                if sequence:
                    cur.execute(
                        f"SELECT setval(%s, (SELECT coalesce(max(id), 0) + 1 FROM {table}), false)", (sequence,)
                    )
        with psycopg.connect(psycopg_dsn(url), autocommit=True) as pg:
            pg.execute("VACUUM ANALYZE")
    finally:
        src.close()
    return copied


def _copy_table(src: sqlite3.Connection, cur: psycopg.Cursor, table: str) -> int:
    cur.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' "
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
        for values in src.execute(f"SELECT {names} FROM {table}"):
            copy.write_row(values)
            count += 1
    print(f"  {table}: {count:,} rows in {time.perf_counter() - started:.1f} s", flush=True)
    return count
