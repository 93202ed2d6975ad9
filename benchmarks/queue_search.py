"""Queue search at scale: `python -m benchmarks.queue_search [--count 1000000] [--pg-url URL]`.

The queue's one search box (lapor_desk/storage/queue_query.py) by receipt number (typed in
lower case), NIK, phone (typed 0812-…), reporter name and a word prefix, each beside the
raw indexed query that finds the same rows in the same run: p50/p95 and the ratio. The
issue's target: p95 within 3x of the raw query at 1,000,000 complaints.

SQLite: the cached demo database (benchmarks/.cache, built once through `lapor-desk
demo-data`). PostgreSQL (with --pg-url or LAPOR_TEST_POSTGRES_URL): a fresh database filled
the same way, dropped afterwards. Each measured call searches for a different complaint
(values sampled from the database), so no single row stays warm.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import text

from benchmarks.common import demo_database, row, timed

COLUMNS = (
    "id, receipt_number, status, type, channel, title, reporter_name, is_anonymous, received_at, "
    "location_text, is_demo, queue_key"
)
RAW_NUMBER = "SELECT " + COLUMNS + " FROM complaints WHERE {where} ORDER BY queue_key DESC LIMIT 200"
RAW_WORDS = {
    "sqlite": (
        "SELECT c.id, c.receipt_number, c.status, c.type, c.channel, c.title, c.reporter_name, c.is_anonymous, "
        "c.received_at, c.location_text, c.is_demo, c.queue_key FROM complaints_fts "
        "JOIN complaints c ON c.queue_key = complaints_fts.rowid WHERE complaints_fts MATCH :q "
        "ORDER BY complaints_fts.rowid DESC LIMIT 200"
    ),
    "postgresql": (
        "SELECT " + COLUMNS + " FROM complaints WHERE search_vector @@ to_tsquery('simple'::regconfig, :q) "
        "ORDER BY queue_key DESC LIMIT 200"
    ),
}
PREFIXES = ("jal", "pusk", "lamp", "sek", "ktp", "air", "sam")


def samples(conn: Any, count: int, seed: int) -> list[Any]:
    """`count` complaints spread over the table: their receipt, NIK, phone and name."""
    top = int(conn.execute(text("SELECT max(id) FROM complaints")).scalar_one())
    rng = random.Random(seed)
    ids = rng.sample(range(1, top + 1), min(count, top))
    query = text("SELECT receipt_number, reporter_nik, reporter_phone, reporter_name FROM complaints WHERE id = :i")
    return [r for i in ids if (r := conn.execute(query, {"i": i}).first()) is not None and r.receipt_number]


def page_starts(conn_db: Any, count: int, seed: int) -> list[tuple[int, int]]:
    """`count` rows spread over the table, (id, queue_key): where a later page continues."""
    with conn_db.read() as conn:
        top = int(conn.execute(text("SELECT max(id) FROM complaints")).scalar_one())
        ids = random.Random(seed + 1).sample(range(1, top + 1), min(count, top))
        query = text("SELECT id, queue_key FROM complaints WHERE id = :i")
        return [(int(r[0]), int(r[1])) for i in ids if (r := conn.execute(query, {"i": i}).first()) is not None]


def cycle(values: list[Any]) -> Callable[[], Any]:
    state = {"i": 0}

    def next_value() -> Any:
        state["i"] = (state["i"] + 1) % len(values)
        return values[state["i"]]

    return next_value


def paired(
    values: list[Any], repeat: int, app: Callable[[Any], object], raw: Callable[[Any], object]
) -> tuple[list[float], list[float]]:
    """Milliseconds of the app's search and of the raw query, for the same value each time,
    taking turns at going first (so neither always finds the pages the other warmed)."""
    for value in values[:3]:
        app(value), raw(value)
    app_ms: list[float] = []
    raw_ms: list[float] = []
    for i in range(repeat):
        value = values[i % len(values)]
        pair = ((app, app_ms), (raw, raw_ms))
        for fn, out in pair if i % 2 else reversed(pair):
            start = time.perf_counter()
            fn(value)
            out.append((time.perf_counter() - start) * 1000)
    return app_ms, raw_ms


def measure(url: str, repeat: int, seed: int) -> list[str]:
    from lapor_desk.domain.queue import QueueFilter
    from lapor_desk.storage.database import Database
    from lapor_desk.storage.queue_query import queue_count, queue_page
    from lapor_desk.storage.search import fts_query, tsquery

    db = Database(url)
    lines = []
    try:
        with db.read() as conn:
            dialect = conn.dialect.name
            picked = samples(conn, max(repeat, 50), seed)
            total = int(conn.execute(text("SELECT count(*) FROM complaints")).scalar_one())
        words_of = fts_query if dialect == "sqlite" else tsquery
        lines.append(f"== {dialect}: {total:,} complaints, {len(picked)} sampled complaints searched in turn")

        def app(typed: str) -> int:
            with db.read() as conn:
                return len(queue_page(conn, QueueFilter(text=typed), limit=200))

        def app_page(before_id: int | None) -> int:
            with db.read() as conn:
                return len(queue_page(conn, QueueFilter(), before_id=before_id, limit=200))

        def raw(sql: str, params: dict[str, Any]) -> int:
            with db.engine.connect() as conn:
                return len(conn.execute(text(sql), params).all())

        def dashed(phone: str) -> str:  # +6281234567890 as a clerk types it: 0812-3456-7890
            national = "0" + phone[3:]
            return f"{national[:4]}-{national[4:8]}-{national[8:]}"

        cases: list[tuple[str, Callable[[Any], str], str, Callable[[Any], dict[str, Any]]]] = [
            (
                "receipt (lower case)",
                lambda s: s.receipt_number.lower(),
                RAW_NUMBER.format(where="upper(receipt_number) = :v"),
                lambda s: {"v": s.receipt_number.upper()},
            ),
            (
                "NIK",
                lambda s: s.reporter_nik,
                RAW_NUMBER.format(where="reporter_nik = :v"),
                lambda s: {"v": s.reporter_nik},
            ),
            (
                "phone (0812-…)",
                lambda s: dashed(s.reporter_phone),
                RAW_NUMBER.format(where="reporter_phone = :v"),
                lambda s: {"v": s.reporter_phone},
            ),
            (
                "reporter name",
                lambda s: s.reporter_name,
                RAW_WORDS[dialect],
                lambda s: {"q": words_of(s.reporter_name)},
            ),
        ]
        # The queue as opened (newest first, no filter) and a later page continued by keyset
        # from a sampled row, each beside the raw query over the same index.
        starts = page_starts(conn_db=db, count=max(repeat, 50), seed=seed)
        first_raw = "SELECT " + COLUMNS + " FROM complaints ORDER BY queue_key DESC LIMIT 200"
        app_ms, raw_ms = paired([None], repeat, lambda _v: app_page(None), lambda _v: raw(first_raw, {}))
        lines.append(row("queue page, first (newest)", app_ms, raw_ms, "target p95 <= 3x raw"))
        app_ms, raw_ms = paired(
            starts,
            repeat,
            lambda v: app_page(v[0]),
            lambda v: raw(RAW_NUMBER.format(where="queue_key < :k"), {"k": v[1]}),
        )
        lines.append(row("queue page, later (keyset)", app_ms, raw_ms, "target p95 <= 3x raw"))
        for label, typed, sql, params in cases:
            app_ms, raw_ms = paired(
                picked, repeat, lambda v, t=typed: app(t(v)), lambda v, s=sql, p=params: raw(s, p(v))
            )
            lines.append(row(f"search {label}", app_ms, raw_ms, "target p95 <= 3x raw"))
        app_ms, raw_ms = paired(
            list(PREFIXES), repeat, lambda v: app(v), lambda v: raw(RAW_WORDS[dialect], {"q": words_of(v)})
        )
        lines.append(row("search prefix (jal, pusk, …)", app_ms, raw_ms, "target p95 <= 3x raw"))
        nxt_c = cycle(list(PREFIXES))

        def count() -> None:
            with db.read() as conn:
                queue_count(conn, QueueFilter(text=nxt_c()))

        lines.append(row("count for a prefix (capped 10,000)", timed(count, max(repeat // 4, 5)), None))
    finally:
        db.dispose()
    return lines


def postgres_lines(admin_url: str, count: int, repeat: int, seed: int) -> list[str]:
    from central.testing import fresh_postgres_database

    with fresh_postgres_database(admin_url, prefix="lapor_bench_search_") as url:
        print(f"building {count:,} demo complaints on PostgreSQL ...", flush=True)
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "lapor_desk", "--db", url, "demo-data", "--count", str(count), "--seed", "1"],
            check=True,
            env=dict(os.environ, LAPOR_DESK_HOME=os.path.join(os.path.dirname(__file__), ".cache", "home-pg")),
        )
        from sqlalchemy import create_engine

        engine = create_engine(url, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.execute(text("VACUUM ANALYZE complaints"))
        engine.dispose()
        print(f"built in {time.perf_counter() - started:.0f} s", flush=True)
        return measure(url, repeat, seed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--pg-url", default=os.environ.get("LAPOR_TEST_POSTGRES_URL"))
    args = parser.parse_args()
    path = demo_database(args.count)
    lines = measure(f"sqlite:///{path}", args.repeat, args.seed)
    if args.pg_url:
        lines += postgres_lines(args.pg_url, args.count, args.repeat, args.seed)
    else:
        lines.append("== PostgreSQL: skipped (no --pg-url or LAPOR_TEST_POSTGRES_URL)")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
