"""Load test of the central server: many desks pushing batches at once, then a loss check.

    python benchmarks/central_load.py [--desks 200] [--batches 3] [--batch-size 20]
                                      [--backends sqlite,postgres] [--time-limit 120]

Starts a real `lapor-central serve` subprocess per backend on a loopback port (PostgreSQL
from --pg-url or LAPOR_TEST_POSTGRES_URL, in a fresh database dropped afterwards), drives
it from this process with one asyncio task per desk, prints complaints/s and p50/p99 batch
latency, then counts what the database holds: nothing may be lost or stored twice.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, func, select

from central import API_PREFIX
from central.db import CentralDatabase
from central.models import Complaint, Desk
from central.services.accounts import add_desk
from central.testing import fresh_postgres_database, running_server
from lapor_desk.sync.payload import payload_hash


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


def register_desks(db_url: str, count: int) -> dict[str, str]:
    db = CentralDatabase(db_url, pool_size=1)
    try:
        return db.write(
            lambda s: {code: add_desk(s, code, f"Meja beban {i}") for i in range(count) for code in [f"BENCH-{i:04d}"]}
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


async def post(conn: DeskConnection, batch: list[dict[str, Any]], stats: dict[str, Any]) -> tuple[int, Any]:
    """Send a batch; on a dropped connection send it again, as a desk would (it is idempotent)."""
    for attempt in range(5):
        try:
            return await conn.post_batch(API_PREFIX + "/complaints/batch", batch)
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
            status, body = await post(conn, batch, stats)
            stats["latencies"].append(time.perf_counter() - started)
            if status != 200:
                stats["http_errors"][status] += 1
                continue
            for item, result in zip(batch, body["results"], strict=True):
                stats["results"][result["status"]] += 1
                if result["status"] == "created":
                    stats["created_ids"].append(item["client_id"])
        if first is not None and time.monotonic() <= deadline:
            # A desk that lost the first answer resends: every item must come back "duplicate".
            status, body = await post(conn, first, stats)
            if status == 200:
                for result in body["results"]:
                    stats["resend"][result["status"]] += 1
    finally:
        await conn.close()


async def drive(port: int, tokens: dict[str, str], args: argparse.Namespace) -> dict[str, Any]:
    stats: dict[str, Any] = {
        "latencies": [],
        "results": Counter(),
        "resend": Counter(),
        "http_errors": Counter(),
        "transport_retries": Counter(),
        "created_ids": [],
        "stopped_early": 0,
    }
    deadline = time.monotonic() + args.time_limit
    started, cpu_started = time.perf_counter(), time.process_time()
    await asyncio.gather(
        *(
            run_desk(DeskConnection("127.0.0.1", port, token), code, args, deadline, stats)
            for code, token in tokens.items()
        )
    )
    stats["elapsed"] = time.perf_counter() - started
    stats["client_cpu"] = time.process_time() - cpu_started
    return stats


def count_stored(db_url: str) -> tuple[int, int]:
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            bench = select(Desk.id).where(Desk.code.like("BENCH-%"))
            total = conn.scalar(select(func.count()).select_from(Complaint).where(Complaint.desk_id.in_(bench)))
            distinct = conn.scalar(
                select(func.count(func.distinct(Complaint.client_id))).where(Complaint.desk_id.in_(bench))
            )
        return int(total or 0), int(distinct or 0)
    finally:
        engine.dispose()


def bench_backend(name: str, db_url: str | None, args: argparse.Namespace) -> bool:
    with tempfile.TemporaryDirectory(prefix="lapor-bench-") as tmp:
        url = db_url or f"sqlite:///{Path(tmp) / 'central.sqlite3'}"
        serve_args = ["--workers", str(args.workers)]
        with running_server(url, serve_args=serve_args, work_dir=Path(tmp)) as server:
            tokens = register_desks(url, args.desks)
            stats = asyncio.run(drive(server.port, tokens, args))
        stored, distinct = count_stored(url)
    lat = sorted(stats["latencies"])
    created = stats["results"]["created"]
    sent_ok = sum(stats["results"].values())
    p50 = statistics.median(lat) * 1000 if lat else float("nan")
    p99 = lat[min(len(lat) - 1, int(len(lat) * 0.99))] * 1000 if lat else float("nan")
    lost = len(set(stats["created_ids"])) - stored
    duplicated = stored - distinct
    print(
        f"\n== {name}: {args.desks} desks x {args.batches} batches x {args.batch_size} items, {args.workers} worker(s)"
    )
    print(f"   batches {len(lat)}, items answered {sent_ok}, results {dict(stats['results'])}")
    print(f"   throughput {created / stats['elapsed']:.0f} complaints/s ({created} in {stats['elapsed']:.1f}s)")
    print(
        f"   batch latency p50 {p50:.0f} ms, p99 {p99:.0f} ms (load generator CPU "
        f"{stats['client_cpu']:.1f}s on the same 2 cores)"
    )
    print(
        f"   resent first batches: {dict(stats['resend'])}; http errors: "
        f"{dict(stats['http_errors'])}; retried after a dropped connection: "
        f"{dict(stats['transport_retries'])}; "
        f"desks stopped by the time limit: {stats['stopped_early']}"
    )
    print(f"   stored {stored}, distinct client_ids {distinct}, lost {lost}, duplicated {duplicated}")
    ok = (
        lost == 0
        and duplicated == 0
        and stored == created == len(stats["created_ids"])
        and not stats["http_errors"]
        and set(stats["resend"]) <= {"duplicate"}
    )
    print("   check: " + ("OK, nothing lost or duplicated" if ok else "FAILED"))
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--desks", type=int, default=200)
    parser.add_argument("--batches", type=int, default=5)
    parser.add_argument("--batch-size", type=int, default=20)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--time-limit",
        type=float,
        default=120.0,
        help="seconds after which desks send no further batches",
    )
    parser.add_argument("--backends", default="sqlite,postgres")
    parser.add_argument("--pg-url", default=os.environ.get("LAPOR_TEST_POSTGRES_URL"))
    args = parser.parse_args()
    args.desks = max(1, min(args.desks, 2000))
    ok = True
    for backend in args.backends.split(","):
        if backend == "sqlite":
            ok &= bench_backend("SQLite", None, args)
        elif backend == "postgres":
            if not args.pg_url:
                print("\n== PostgreSQL: skipped (no --pg-url or LAPOR_TEST_POSTGRES_URL)")
                continue
            with fresh_postgres_database(args.pg_url, "lapor_central_bench_") as url:
                ok &= bench_backend("PostgreSQL", url, args)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
