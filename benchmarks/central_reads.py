"""Reads at national scale: the desks' `/updates` pages and the operator's list and search,
on a PostgreSQL central holding --count complaints and twice as many events.

    python -m benchmarks.central_reads [--count 1000000] [--desks 5000] [--requests 200]

Seeds a database with generated rows in a few INSERT ... SELECT statements into bare tables
(keys, foreign keys and indexes added back once afterwards) and keeps it on the server for
later runs (`seeded_database`: the server from --pg-url or LAPOR_BENCH_POSTGRES_URL), starts
a real `lapor-central serve` on it, and prints p50/p95 per kind of read (one client,
sequential requests: a latency measurement, not a load test).
tests/central/test_central_reads_plan.py uses `seed` at a small size and proves with
EXPLAIN that each of these reads is an index read.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import psycopg

from benchmarks.pg_fill import kept_database, psycopg_dsn, schema_dump, strip
from central.db import CentralDatabase
from central.models import TRACKING_ID_START
from central.services.accounts import add_desk, create_operator_token, rotate_desk_token
from central.testing import fresh_postgres_database, running_server

RARE_STATUS = "verified"  # one complaint in a hundred
RARE_WORD = "jembatan"  # in one title in a thousand
# v2: complaints received over 2026 (SEED_YEAR), some a few days late, for the date filters; the
# copies seeded before (all received at one instant) are left alone (drop them by hand).
CACHE_PREFIX = "lapor_central_reads_v2_"
SEED_YEAR = datetime(2026, 1, 1, tzinfo=UTC)


def seed(url: str, count: int, desks: int) -> dict[str, str]:
    """`desks` desks, `count` complaints spread over them, two events each; returns a token per
    the first desk's code and an operator token under "operator"."""
    db = CentralDatabase(url, pool_size=2)
    try:
        from central.cli import prepare

        prepare(db)
        tokens = db.write(lambda s: {"SEED-00001": add_desk(s, "SEED-00001", "Meja pertama")})
        tokens["operator"] = db.write(lambda s: create_operator_token(s, "reads"))
    finally:
        db.dispose()
    _fill(url, count, desks)
    return tokens


def new_tokens(url: str) -> dict[str, str]:
    """Fresh tokens for the first desk and an operator in a seeded database (a kept one: the
    tokens of its seeding are gone; only their hashes were stored)."""
    db = CentralDatabase(url, pool_size=2)
    try:
        tokens = db.write(lambda s: {"SEED-00001": rotate_desk_token(s, "SEED-00001")})
        tokens["operator"] = db.write(lambda s: create_operator_token(s, "reads"))
    finally:
        db.dispose()
    return tokens


def central_head() -> str:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from central.db import MIGRATIONS_DIR

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return str(ScriptDirectory.from_config(config).get_current_head())


def seeded_database(server_url: str, count: int, desks: int) -> str:
    """The URL of a database on `server_url`'s server seeded with `count` complaints over
    `desks` desks, built once and kept (named by count, desks and the central migrations'
    head). One kept for an older head is migrated forward and checked (seeded anew if that
    fails); a killed build leaves a `_building` database the next run drops. The reads do not
    change it; each run adds an operator token and rotates the first desk's token."""
    prefix = f"{CACHE_PREFIX}{count}_d{desks}_"
    name = prefix + central_head()

    def build(url: str) -> None:
        print(f"seeding {name} (kept for later runs) ...", flush=True)
        seed(url, count, desks)
        differences = central_schema_differences(url, server_url)
        if differences:
            raise SystemExit("the seeded database's schema differs from a migrated one:\n" + differences)

    return kept_database(server_url, prefix, name, lambda url, old: _migrated_forward(url, server_url, old), build)


def _migrated_forward(url: str, server_url: str, old: str) -> bool:
    print(f"migrating the kept {old} forward ...", flush=True)
    started = time.perf_counter()
    try:
        db = CentralDatabase(url, pool_size=2)
        try:
            from central.cli import prepare

            prepare(db)
        finally:
            db.dispose()
        with psycopg.connect(psycopg_dsn(url), autocommit=True) as pg:
            pg.execute("ANALYZE")
        differences = central_schema_differences(url, server_url)
    except Exception as exc:  # noqa: BLE001 - any failure: seed anew instead
        print(f"  could not migrate it ({exc}); seeding anew", flush=True)
        return False
    if differences:
        print("  its schema differs from a migrated one; seeding anew:\n" + differences, flush=True)
    else:
        print(f"  migrated (and analysed) in {time.perf_counter() - started:.0f} s", flush=True)
    return not differences


def central_schema_differences(url: str, server_url: str) -> str:
    """The seeding drops and rebuilds indexes: a diff against a freshly migrated central."""
    import difflib

    from central.cli import prepare

    with fresh_postgres_database(server_url, "lapor_central_schema_") as reference:
        db = CentralDatabase(reference, pool_size=2)
        try:
            prepare(db)
        finally:
            db.dispose()
        migrated = schema_dump(reference)
    diff = difflib.unified_diff(migrated.splitlines(), schema_dump(url).splitlines(), "migrated", "seeded", lineterm="")
    return "\n".join(diff)


def _fill(url: str, count: int, desks: int) -> None:
    with psycopg.connect(psycopg_dsn(url)) as pg, pg.cursor() as cur:
        cur.execute("SET synchronous_commit = off")
        cur.execute("SET maintenance_work_mem = '256MB'")
        # Into bare tables (benchmarks.pg_fill.strip: keys, unique constraints, foreign keys,
        # indexes and triggers dropped, then added back once each over the seeded rows): no
        # foreign-key check per row and no index grown row by row, trigram GIN ones above all.
        started = time.perf_counter()
        restore = strip(cur, ("complaints", "events"))
        cur.execute(
            "INSERT INTO desks (code, name, token_hash, created_at) "
            "SELECT 'SEED-' || lpad(g::text, 5, '0'), 'Meja', md5(g::text) || md5('t' || g::text), now() "
            "FROM generate_series(2, %(desks)s) g",
            {"desks": desks},
        )
        cur.execute(
            "INSERT INTO complaints (desk_id, client_id, revision, payload_hash, receipt_number, status, "
            "status_reason, forwarded_agency, type, channel, title, body, location_text, province_code, "
            "regency_code, district_code, village_code, category_id, agency_name, is_anonymous, "
            "is_confidential, reporter_name, reporter_nik, reporter_phone, reporter_email, reporter_address, "
            "consent_personal, inclusion_consent, disability_consent, disability_types, accessibility_need, "
            "officer_name, officer_nip, received_at, desk_recorded_at, created_at, updated_at, "
            "status_changed_at) "
            "SELECT d.id, md5(g::text)::uuid::text, 1, md5('h' || g), "
            "d.code || '/2026/' || lpad(g::text, 7, '0'), "
            "CASE WHEN mod(g, 100) = 0 THEN %(rare_status)s ELSE 'unverified' END, '', '', 'pengaduan', 'walk_in', "
            "CASE WHEN mod(g, 1000) = 0 THEN 'Jembatan desa runtuh nomor ' || g "
            "ELSE 'Lampu jalan padam nomor ' || g END, "
            "'Lampu penerangan jalan di depan pasar padam sejak seminggu, jalan gelap malam hari.', "
            "'Depan Pasar', '32', '32.04', '', '', 'infrastruktur.jalan', '', false, false, 'Warga', "
            "'32040512' || lpad(mod(g, 100000000)::text, 8, '0'), '0812' || lpad(g::text, 8, '0'), '', '', "
            "true, false, false, '[]', '', 'Petugas', '', "
            # received in tracking-ID order over the year, one in five up to four days late
            "timestamptz '2026-01-01' + g * (interval '365 days' / %(count)s) "
            "- mod(g::bigint * 7919, 5) * interval '1 day', now(), now(), now(), now() "
            "FROM generate_series(1, %(count)s) g "
            "JOIN desks d ON d.code = 'SEED-' || lpad((1 + mod(g, %(desks)s))::text, 5, '0')",
            {"count": count, "desks": desks, "rare_status": RARE_STATUS},
        )
        cur.execute(
            "INSERT INTO events (desk_id, tracking_id, kind, status, text, agency, actor, at) "
            "SELECT c.desk_id, c.tracking_id, k.kind, c.status, '', '', 'seed', now() "
            "FROM complaints c CROSS JOIN (VALUES ('status'), ('note')) k(kind) ORDER BY c.tracking_id"
        )
        print(f"  rows inserted in {time.perf_counter() - started:.0f} s", flush=True)
        started = time.perf_counter()
        for statement in restore:
            cur.execute(statement)
        print(f"  keys, indexes and foreign keys added in {time.perf_counter() - started:.0f} s", flush=True)
    started = time.perf_counter()
    with psycopg.connect(psycopg_dsn(url), autocommit=True) as pg:
        pg.execute("VACUUM ANALYZE")
    print(f"  VACUUM ANALYZE in {time.perf_counter() - started:.0f} s", flush=True)


def _time(client: httpx.Client, path: str, params: dict[str, str | int], n: int) -> list[float]:
    out = []
    for _ in range(n):
        began = time.perf_counter()
        answer = client.get(path, params=params)
        out.append(time.perf_counter() - began)
        assert answer.status_code == 200, answer.text
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1_000_000)
    parser.add_argument("--desks", type=int, default=5000)
    parser.add_argument("--requests", type=int, default=200, help="per kind of read")
    parser.add_argument(
        "--pg-url",
        default=os.environ.get("LAPOR_BENCH_POSTGRES_URL") or os.environ.get("LAPOR_TEST_POSTGRES_URL"),
        help="the server; the seeded database is kept there for later runs (default: $LAPOR_BENCH_POSTGRES_URL, "
        "else $LAPOR_TEST_POSTGRES_URL)",
    )
    args = parser.parse_args()
    if not args.pg_url:
        print("needs --pg-url, LAPOR_BENCH_POSTGRES_URL or LAPOR_TEST_POSTGRES_URL")
        return 2
    began = time.perf_counter()
    url = seeded_database(args.pg_url, args.count, args.desks)
    tokens = new_tokens(url)
    print(f"{args.count} complaints, {2 * args.count} events, {args.desks} desks ready in "
          f"{time.perf_counter() - began:.0f}s")  # fmt: skip
    with (
        tempfile.TemporaryDirectory() as tmp,
        running_server(
            url, serve_args=("--workers", "2"), work_dir=Path(tmp), desk_code=f"BENCH-{uuid.uuid4().hex[:8].upper()}"
        ) as server,
    ):
        desk = httpx.Client(base_url=server.api_url, headers=server.auth(tokens["SEED-00001"]), timeout=60)
        admin = httpx.Client(base_url=server.api_url, headers=server.auth(tokens["operator"]), timeout=60)
        top = desk.get("/updates", params={"limit": 1000}).json()
        cursors = [int(u["cursor"]) for u in top["items"]] or [0]
        admin_path = "/admin/complaints"

        def a_desk() -> dict[str, str | int]:
            return {"desk": f"SEED-{random.randint(1, args.desks):05d}"}

        def a_receipt() -> dict[str, str | int]:
            g = random.randint(1, args.count)
            return {"q": f"SEED-{1 + g % args.desks:05d}/2026/{g:07d}"}

        def a_phone() -> dict[str, str | int]:
            return {"q": f"0812-{random.randint(0, 9999):04d}-{random.randint(0, 9999):04d}"}

        def a_day() -> dict[str, str | int]:
            day = SEED_YEAR + timedelta(days=random.randint(0, 364))
            return {"received_from": day.isoformat(), "received_to": (day + timedelta(days=1)).isoformat()}

        def last_week() -> dict[str, str | int]:
            return {"received_from": (SEED_YEAR + timedelta(days=358)).isoformat()}

        def status_later_page() -> dict[str, str | int]:
            return {"status": RARE_STATUS, "after": TRACKING_ID_START + random.randint(0, args.count)}

        reads = {
            "/updates page (100)": (desk, "/updates", lambda: {"after": random.choice(cursors), "limit": 100}),
            "admin list by desk": (admin, admin_path, a_desk),
            "admin list by status": (admin, admin_path, lambda: {"status": RARE_STATUS}),
            "admin status, later page": (admin, admin_path, status_later_page),
            "admin list by date (day)": (admin, admin_path, a_day),
            "admin list since a week": (admin, admin_path, last_week),
            "admin by desk and status": (admin, admin_path, lambda: {**a_desk(), "status": "unverified"}),
            "admin search word": (admin, admin_path, lambda: {"q": RARE_WORD}),
            "admin search receipt": (admin, admin_path, a_receipt),
            "admin search phone": (admin, admin_path, a_phone),
        }
        for name, (client, path, params) in reads.items():
            times = []
            for _ in range(args.requests):
                times += _time(client, path, params(), 1)
            times.sort()
            p95 = times[min(len(times) - 1, int(len(times) * 0.95))] * 1000
            print(f"   {name:24s} p50 {statistics.median(times) * 1000:6.1f} ms   p95 {p95:6.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
