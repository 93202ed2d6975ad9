"""Load test of the central server: many desks pushing batches at once, then a loss check.

    python -m benchmarks.central_load [--desks 200] [--batches 5] [--batch-size 20]
                                      [--backends sqlite,postgres] [--mode burst,open]
                                      [--rate 1.0] [--duration 30] [--no-floor] [--profile N]

Starts a real `lapor-central serve` subprocess per backend on a loopback port (PostgreSQL
from --pg-url or LAPOR_TEST_POSTGRES_URL, in a fresh database dropped afterwards), drives
it from this process with one asyncio task per desk, prints complaints/s and p50/p95/p99
batch latency, then counts what the database holds: nothing may be lost or stored twice.

Modes: `burst` (closed loop: every desk sends its batches one after another, as fast as the
answers come: a backlog clearing) and `open` (every desk sends one batch every 1/--rate
seconds for --duration seconds, on a fixed schedule whatever the answers do; latency is
counted from the scheduled moment, so a slow server cannot hide it by slowing the clients).

On PostgreSQL the same run also measures the floor (benchmarks/central_floor.py: a bare
FastAPI endpoint, same workers, same PostgreSQL and table, same pydantic models, one
multi-row INSERT per batch) with the same load, and prints the central's ratio to it.
`--profile N` profiles N batches through the central in this process (CPU time, cProfile)
and prints where it went, by package and by function.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, func, make_url, select

from benchmarks.central_floor import DESK_CODE as FLOOR_DESK
from benchmarks.central_floor import ENV as FLOOR_ENV
from central import API_PREFIX
from central.cli import prepare
from central.db import CentralDatabase
from central.models import Complaint, Desk
from central.services.accounts import add_desk
from central.testing import free_port, fresh_postgres_database, running_server
from lapor_desk.sync.payload import payload_hash

CENTRAL_PATH = API_PREFIX + "/complaints/batch"
FLOOR_PATH = "/floor/batch"


def make_item(desk_code: str, n: int) -> dict[str, Any]:
    body: dict[str, Any] = {
        "client_id": str(uuid.uuid4()),
        "revision": 1,
        "receipt_number": f"{desk_code}/2026/{n:06d}",
        "desk_recorded_at": "2026-11-20T09:05:00+07:00",
        "attachments": [],
        "type": "pengaduan",
        "channel": "walk_in",
        "title": f"Lampu jalan padam nomor {n}",
        "body": "Lampu penerangan jalan di depan pasar padam sejak seminggu, jalan gelap malam hari.",
        "incident_date": "2026-11-10",
        "location_text": "Depan Pasar Baru",
        "province_code": "32",
        "regency_code": "32.04",
        "category_id": "infrastruktur.jalan",
        "reporter_name": "Warga Pelapor",
        "reporter_phone": "081234567890",
        "consent_personal": True,
        "officer_name": "Petugas Meja",
        "received_at": "2026-11-20T09:00:00+07:00",
    }
    body["payload_hash"] = payload_hash(body)
    return body


def register_desks(db_url: str, count: int, prefix: str = "BENCH-") -> dict[str, str]:
    db = CentralDatabase(db_url, pool_size=2)
    try:
        return db.write(
            lambda s: {
                code: add_desk(s, code, f"Meja beban {i}") for i in range(count) for code in [f"{prefix}{i:04d}"]
            }
        )
    finally:
        db.dispose()


class DeskConnection:
    """One keep-alive HTTP/1.1 connection per desk, written by hand.

    httpx's async pool spends more CPU than the server does at 200 connections on two
    cores, so the figures would measure the client; raw asyncio streams keep it light.
    """

    def __init__(self, host: str, port: int, token: str) -> None:
        self.host, self.port, self.token = host, port, token
        self._streams: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None

    async def post_batch(self, path: str, items: list[dict[str, Any]]) -> tuple[int, Any]:
        body = json.dumps({"items": items}, ensure_ascii=False).encode("utf-8")
        head = (
            f"POST {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n"
            f"Authorization: Bearer {self.token}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n\r\n"
        ).encode("ascii")
        if self._streams is None:
            self._streams = await asyncio.open_connection(self.host, self.port)
        reader, writer = self._streams
        try:
            writer.write(head + body)
            await writer.drain()
            status = int((await reader.readuntil(b"\r\n")).split()[1])
            length, closing = 0, False
            while (line := await reader.readuntil(b"\r\n")) != b"\r\n":
                name, _, value = line.decode("latin-1").partition(":")
                if name.lower() == "content-length":
                    length = int(value)
                elif name.lower() == "connection" and "close" in value.lower():
                    closing = True
            payload = json.loads(await reader.readexactly(length)) if length else None
        except (OSError, asyncio.IncompleteReadError, ValueError, IndexError):
            await self.close()
            raise
        if closing:
            await self.close()
        return status, payload

    async def close(self) -> None:
        if self._streams is not None:
            writer = self._streams[1]
            self._streams = None
            writer.close()
            with contextlib.suppress(OSError):
                await writer.wait_closed()


async def post(
    conn: DeskConnection, batch: list[dict[str, Any]], stats: dict[str, Any], path: str = CENTRAL_PATH
) -> tuple[int, Any]:
    """Send a batch; on a dropped connection send it again, as a desk would (it is idempotent)."""
    for attempt in range(5):
        try:
            return await conn.post_batch(path, batch)
        except (OSError, asyncio.IncompleteReadError, ValueError, IndexError) as exc:
            stats["transport_retries"][type(exc).__name__] += 1
            if attempt == 4:
                raise
    raise AssertionError("unreachable")


async def run_desk(
    conn: DeskConnection,
    code: str,
    args: argparse.Namespace,
    deadline: float,
    stats: dict[str, Any],
    path: str,
) -> None:
    first: list[dict[str, Any]] | None = None
    try:
        for b in range(args.batches):
            if time.monotonic() > deadline:
                stats["stopped_early"] += 1
                return
            batch = [make_item(code, b * args.batch_size + i) for i in range(args.batch_size)]
            first = first or batch
            started = time.perf_counter()
            status, body = await post(conn, batch, stats, path)
            stats["latencies"].append(time.perf_counter() - started)
            tally(batch, status, body, stats)
        if first is not None and path == CENTRAL_PATH and time.monotonic() <= deadline:
            # A desk that lost the first answer resends: every item must come back "duplicate".
            status, body = await post(conn, first, stats, path)
            if status == 200:
                for result in body["results"]:
                    stats["resend"][result["status"]] += 1
    finally:
        await conn.close()


async def drive(port: int, tokens: dict[str, str], args: argparse.Namespace, path: str) -> dict[str, Any]:
    stats = new_stats()
    deadline = time.monotonic() + args.time_limit
    started, cpu_started = time.perf_counter(), time.process_time()
    await asyncio.gather(
        *(
            run_desk(DeskConnection("127.0.0.1", port, token), code, args, deadline, stats, path)
            for code, token in tokens.items()
        )
    )
    stats["elapsed"] = time.perf_counter() - started
    stats["client_cpu"] = time.process_time() - cpu_started
    return stats


async def run_open_desk(
    host: str, port: int, token: str, code: str, path: str, args: argparse.Namespace, stats: dict[str, Any]
) -> None:
    """One batch every 1/rate seconds from a fixed start (a random phase per desk), each on
    an idle connection of the desk or a new one: the schedule never waits for answers."""
    interval = 1.0 / args.rate
    start = time.monotonic() + random.uniform(0, interval)  # noqa: S311 - spreading load
    idle: list[DeskConnection] = []
    tasks = []

    async def one(n: int, due: float) -> None:
        batch = [make_item(code, n * args.batch_size + i) for i in range(args.batch_size)]
        conn = idle.pop() if idle else DeskConnection(host, port, token)
        status, body = await post(conn, batch, stats, path)
        stats["latencies"].append(time.monotonic() - due)
        idle.append(conn)
        tally(batch, status, body, stats)

    n = 0
    while (due := start + n * interval) < start + args.duration:
        await asyncio.sleep(max(0.0, due - time.monotonic()))
        tasks.append(asyncio.create_task(one(n, due)))
        n += 1
    await asyncio.gather(*tasks)
    for conn in idle:
        await conn.close()


def tally(batch: list[dict[str, Any]], status: int, body: Any, stats: dict[str, Any]) -> None:
    if status != 200:
        stats["http_errors"][status] += 1
        return
    for item, result in zip(batch, body["results"], strict=True):
        stats["results"][result["status"]] += 1
        if result["status"] == "created":
            stats["created_ids"].append(item["client_id"])


def new_stats() -> dict[str, Any]:
    return {
        "latencies": [],
        "results": Counter(),
        "resend": Counter(),
        "http_errors": Counter(),
        "transport_retries": Counter(),
        "created_ids": [],
        "stopped_early": 0,
    }


async def drive_open(port: int, tokens: dict[str, str], args: argparse.Namespace, path: str) -> dict[str, Any]:
    stats = new_stats()
    started, cpu_started = time.perf_counter(), time.process_time()
    await asyncio.gather(
        *(run_open_desk("127.0.0.1", port, token, code, path, args, stats) for code, token in tokens.items())
    )
    stats["elapsed"] = time.perf_counter() - started
    stats["client_cpu"] = time.process_time() - cpu_started
    return stats


@contextlib.contextmanager
def running_floor(db_url: str, workers: int) -> Any:
    """The floor app under uvicorn on a free loopback port, on a database the central migrated."""
    db = CentralDatabase(db_url, pool_size=2)
    try:
        prepare(db)
        db.write(lambda s: add_desk(s, FLOOR_DESK, "Lantai"))
    finally:
        db.dispose()
    port = free_port()
    env = {**os.environ, FLOOR_ENV: db_url}
    process = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "benchmarks.central_floor:app_from_env", "--factory", "--port", str(port),
         "--workers", str(workers), "--log-level", "warning", "--backlog", "4096"],
        env=env,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("the floor server did not start") from None
                time.sleep(0.1)
        yield port, process.pid
    finally:
        process.terminate()
        process.wait(timeout=30)


def count_stored(db_url: str, like: str = "BENCH-%") -> tuple[int, int]:
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            desks = select(Desk.id).where(Desk.code.like(like))
            total = conn.scalar(select(func.count()).select_from(Complaint).where(Complaint.desk_id.in_(desks)))
            distinct = conn.scalar(
                select(func.count(func.distinct(Complaint.client_id))).where(Complaint.desk_id.in_(desks))
            )
        return int(total or 0), int(distinct or 0)
    finally:
        engine.dispose()


def run_load(
    port: int, tokens: dict[str, str], args: argparse.Namespace, mode: str, path: str, server_pid: int, db_url: str
) -> dict[str, Any]:
    """The load, with the CPU time the server's processes and its PostgreSQL backends spent
    meanwhile: CPU per complaint is the figure a loaded machine distorts least."""
    database = _database_name(db_url)
    server_before, pg_before = _tree_cpu(server_pid), _backend_cpu(database)
    if mode == "open":
        stats = asyncio.run(drive_open(port, tokens, args, path))
    else:
        stats = asyncio.run(drive(port, tokens, args, path))
    stats["server_cpu"] = _delta(server_before, _tree_cpu(server_pid))
    stats["database_cpu"] = _delta(pg_before, _backend_cpu(database)) if database else None
    return stats


_TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _cpu_of(pid: int) -> tuple[int, float] | None:
    """(parent pid, user + system CPU seconds) of a live process, from /proc (Linux)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = stat.rsplit(")", 1)[1].split()
    return int(fields[1]), (int(fields[11]) + int(fields[12])) / _TICK


def _processes() -> dict[int, tuple[int, float]]:
    out: dict[int, tuple[int, float]] = {}
    for entry in Path("/proc").iterdir() if Path("/proc").is_dir() else ():
        if entry.name.isdigit() and (found := _cpu_of(int(entry.name))) is not None:
            out[int(entry.name)] = found
    return out


def _tree_cpu(pid: int) -> dict[int, float]:
    """CPU seconds of a process and its live descendants (uvicorn's workers), by pid."""
    table = _processes()
    tree, grew = {pid}, True
    while grew:
        more = {p for p, (parent, _cpu) in table.items() if parent in tree} - tree
        tree |= more
        grew = bool(more)
    return {p: table[p][1] for p in tree if p in table}


def _backend_cpu(database: str | None) -> dict[int, float]:
    """CPU seconds of the PostgreSQL backends serving `database` (their title names it)."""
    if not database:
        return {}
    out: dict[int, float] = {}
    for pid, (_parent, cpu) in _processes().items():
        with contextlib.suppress(OSError):
            title = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
            if title.startswith("postgres: ") and f" {database} " in title:
                out[pid] = cpu
    return out


def _delta(before: dict[int, float], after: dict[int, float]) -> float | None:
    """CPU spent between the two samples (a process that ended meanwhile is not counted)."""
    if not after:
        return None
    return sum(cpu - before.get(pid, 0.0) for pid, cpu in after.items())


def _database_name(db_url: str) -> str | None:
    return make_url(db_url).database if db_url.startswith("postgresql") else None


def report(title: str, stats: dict[str, Any], stored: int, distinct: int, *, resends: bool) -> tuple[bool, float]:
    """Print one side's figures; (nothing lost or doubled, complaints/s)."""
    lat = sorted(stats["latencies"])
    created = stats["results"]["created"]

    def pct(p: float) -> float:
        return lat[min(len(lat) - 1, int(len(lat) * p))] * 1000 if lat else float("nan")

    lost = len(set(stats["created_ids"])) - stored
    duplicated = stored - distinct
    rate = created / stats["elapsed"] if stats["elapsed"] else 0.0
    print(f"   {title}")
    print(f"     batches {len(lat)}, results {dict(stats['results'])}")
    print(f"     throughput {rate:.0f} complaints/s ({created} in {stats['elapsed']:.1f}s)")
    print(
        f"     batch latency p50 {statistics.median(lat) * 1000 if lat else float('nan'):.0f} ms, "
        f"p95 {pct(0.95):.0f} ms, p99 {pct(0.99):.0f} ms "
        f"(load generator CPU {stats['client_cpu']:.1f}s on the same cores)"
    )
    print(
        f"     resent first batches: {dict(stats['resend'])}; http errors: {dict(stats['http_errors'])}; "
        f"retried after a dropped connection: {dict(stats['transport_retries'])}; "
        f"desks stopped by the time limit: {stats['stopped_early']}"
    )
    print(f"     stored {stored}, distinct client_ids {distinct}, lost {lost}, duplicated {duplicated}")
    if created and stats.get("server_cpu") is not None:
        line = f"     CPU per complaint: server processes {stats['server_cpu'] / created * 1000:.3f} ms"
        if stats.get("database_cpu") is not None:
            line += f", PostgreSQL backends {stats['database_cpu'] / created * 1000:.3f} ms"
        print(line + f", load generator {stats['client_cpu'] / created * 1000:.3f} ms")
    ok = (
        lost == 0
        and duplicated == 0
        and stored == created == len(stats["created_ids"])
        and not stats["http_errors"]
        and (not resends or set(stats["resend"]) <= {"duplicate"})
    )
    print("     check: " + ("OK, nothing lost or duplicated" if ok else "FAILED"))
    return ok, rate


def describe(mode: str, args: argparse.Namespace) -> str:
    if mode == "open":
        return (
            f"open loop: {args.desks} desks x one batch of {args.batch_size} every {1 / args.rate:.2f}s "
            f"for {args.duration:.0f}s"
        )
    return f"burst: {args.desks} desks x {args.batches} batches x {args.batch_size} items"


def bench_backend(name: str, db_url: str | None, args: argparse.Namespace, floor_url: str | None, mode: str) -> bool:
    print(f"\n== {name}, {describe(mode, args)}, {args.workers} worker(s)")
    with tempfile.TemporaryDirectory(prefix="lapor-bench-") as tmp:
        url = db_url or f"sqlite:///{Path(tmp) / 'central.sqlite3'}"
        serve_args = ["--workers", str(args.workers), "--pool-size", str(args.pool_size)]
        with running_server(url, serve_args=serve_args, work_dir=Path(tmp)) as server:
            tokens = register_desks(url, args.desks)
            stats = run_load(server.port, tokens, args, mode, CENTRAL_PATH, server.pid, url)
        stored, distinct = count_stored(url)
    ok, central_rate = report("central", stats, stored, distinct, resends=mode == "burst")
    if floor_url is None:
        return ok
    with running_floor(floor_url, args.workers) as (port, pid):
        codes = {f"FLOOR-{i:04d}": "-" for i in range(args.desks)}
        floor_stats = run_load(port, codes, args, mode, FLOOR_PATH, pid, floor_url)
    stored, distinct = count_stored(floor_url, FLOOR_DESK)
    good, floor_rate = report(
        "floor (bare FastAPI + pydantic + one INSERT)", floor_stats, stored, distinct, resends=False
    )
    if floor_rate:
        print(
            f"   central / floor throughput: {central_rate / floor_rate:.2f} "
            f"(the floor is {floor_rate / max(central_rate, 1.0):.1f}x the central)"
        )
    return ok and good


def profile(url: str, batches: int, batch_size: int) -> None:
    """N batches through the whole central app in this process, CPU time: first as served (on
    the thread pool), then N more under the profiler with the routes run inline instead (so one
    profiler sees them), grouped by package."""
    import cProfile
    import pstats

    import httpx
    from fastapi import dependencies, routing

    import central.api.desk
    import central.middleware
    from central.app import create_app
    from central.config import Settings

    async def inline(func: Any, *a: Any, **k: Any) -> Any:
        return func(*a, **k)

    db = CentralDatabase(url, pool_size=2)
    try:
        prepare(db)
    finally:
        db.dispose()
    tokens = register_desks(url, 10, prefix="BENCH-P")
    work = [
        (token, [make_item(code, b * batch_size + i) for i in range(batch_size)])
        for b in range(2 * batches // len(tokens) + 2)
        for code, token in tokens.items()
    ][: 2 * batches + 1]
    plain, profiled = work[1 : batches + 1], work[batches + 1 :]
    app = create_app(Settings(db_url=url))
    profiler = cProfile.Profile(time.process_time)
    trips = _count_round_trips()

    async def run() -> tuple[float, float]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:

            async def send(batches: list[tuple[str, list[dict[str, Any]]]]) -> float:
                began = time.process_time()
                for token, items in batches:
                    answer = await client.post(
                        CENTRAL_PATH, json={"items": items}, headers={"Authorization": f"Bearer {token}"}
                    )
                    assert answer.status_code == 200, answer.text
                return time.process_time() - began

            await send(work[:1])
            bare = await send(plain)  # without the profiler's own cost
            for module in (routing, dependencies.utils, central.middleware, central.api.desk):
                module.run_in_threadpool = inline  # type: ignore[attr-defined]
            trips.clear()
            profiler.enable()
            cpu = await send(profiled)
            profiler.disable()
            return bare, cpu

    bare, cpu = asyncio.run(run())
    count = batches * batch_size
    print(
        f"\n== profile: {batches} batches of {batch_size} in-process (central, its thread pool and its HTTP client): "
        f"CPU {bare / count * 1000:.2f} ms per complaint; under the profiler {cpu / count * 1000:.2f} ms"
    )
    per_batch = {kind: n / batches for kind, n in sorted(trips.items())}
    print(
        "   per batch: "
        + ", ".join(f"{n:.1f} {kind}" for kind, n in per_batch.items())
        + f"; about {sum(n for kind, n in per_batch.items() if 'not sent' not in kind):.1f} round trips"
    )
    stats = pstats.Stats(profiler)
    groups: Counter[str] = Counter()
    for (filename, _line, _name), (_cc, _nc, tottime, _ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        groups[_package(filename)] += tottime
    total = sum(groups.values()) or 1.0
    for package, seconds in groups.most_common(12):
        print(f"   {package:28s} {seconds:6.2f}s {seconds / total * 100:5.1f}%")
    stats.sort_stats("tottime").print_stats(20)


def _count_round_trips() -> Counter[str]:
    """What the central sends PostgreSQL, by kind: statements, BEGINs (psycopg sends one before
    a transaction's first statement), COMMITs/ROLLBACKs and the pool's pings; and how often a
    connection is taken from the pool."""
    from sqlalchemy import event
    from sqlalchemy.dialects.postgresql.psycopg import PGDialect_psycopg
    from sqlalchemy.engine import Engine
    from sqlalchemy.pool import Pool

    counts: Counter[str] = Counter()

    def on_statement(conn: Any, *_a: Any) -> None:
        counts["statements"] += 1
        autocommit = getattr(conn.connection.dbapi_connection, "autocommit", False)
        if conn.in_transaction() and not autocommit and not conn.info.get("began"):
            conn.info["began"] = True
            counts["BEGINs"] += 1

    def on_end(conn: Any) -> None:
        if conn.info.pop("began", False):
            counts["COMMITs/ROLLBACKs"] += 1

    event.listen(Engine, "before_cursor_execute", on_statement)
    event.listen(Engine, "commit", on_end)
    event.listen(Engine, "rollback", on_end)
    event.listen(Pool, "checkout", lambda *_a: counts.update(["connection checkouts (not sent)"]))
    ping = PGDialect_psycopg.do_ping

    def counted_ping(self: Any, dbapi_connection: Any) -> bool:
        counts["pings"] += 1
        return bool(ping(self, dbapi_connection))

    PGDialect_psycopg.do_ping = counted_ping  # type: ignore[method-assign]
    return counts


def _package(filename: str) -> str:
    for marker in ("/central/", "/lapor_desk/", "/benchmarks/"):
        if marker in filename and "site-packages" not in filename:
            return marker.strip("/") + ("/" + filename.rsplit("/", 1)[-1] if marker != "/benchmarks/" else "")
    if "site-packages/" in filename:
        return filename.split("site-packages/", 1)[1].split("/", 1)[0]
    if filename.startswith("~") or filename.startswith("<"):
        return "builtins (C: json, hashing, sockets...)"
    return "stdlib/" + filename.rsplit("/", 1)[-1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--desks", type=int, default=200)
    parser.add_argument("--batches", type=int, default=5)
    parser.add_argument("--batch-size", type=int, default=20)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--pool-size", type=int, default=20, help="the central's --pool-size")
    parser.add_argument("--mode", default="burst,open", help="burst, open, or both: burst,open (the default)")
    parser.add_argument("--rate", type=float, default=1.0, help="open loop: batches per second per desk")
    parser.add_argument("--duration", type=float, default=30.0, help="open loop: seconds of sending")
    parser.add_argument("--no-floor", action="store_true", help="skip the floor beside PostgreSQL")
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="profile N batches in-process (PostgreSQL)")
    parser.add_argument(
        "--time-limit",
        type=float,
        default=120.0,
        help="burst: seconds after which desks send no further batches",
    )
    parser.add_argument("--backends", default="sqlite,postgres")
    parser.add_argument("--pg-url", default=os.environ.get("LAPOR_TEST_POSTGRES_URL"))
    args = parser.parse_args()
    args.desks = max(1, min(args.desks, 2000))
    os.environ.setdefault("LAPOR_CENTRAL_HOME", tempfile.mkdtemp(prefix="lapor-bench-home-"))
    if args.profile:
        if not args.pg_url:
            print("--profile needs --pg-url or LAPOR_TEST_POSTGRES_URL")
            return 2
        with fresh_postgres_database(args.pg_url, "lapor_central_prof_") as url:
            profile(url, args.profile, args.batch_size)
        return 0
    ok = True
    for backend in args.backends.split(","):
        for mode in args.mode.split(","):
            if backend == "sqlite":
                ok &= bench_backend("SQLite", None, args, None, mode)
            elif backend == "postgres":
                if not args.pg_url:
                    print("\n== PostgreSQL: skipped (no --pg-url or LAPOR_TEST_POSTGRES_URL)")
                    break
                with contextlib.ExitStack() as stack:
                    url = stack.enter_context(fresh_postgres_database(args.pg_url, "lapor_central_bench_"))
                    floor = None
                    if not args.no_floor:
                        floor = stack.enter_context(fresh_postgres_database(args.pg_url, "lapor_central_floor_"))
                    ok &= bench_backend("PostgreSQL", url, args, floor, mode)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
