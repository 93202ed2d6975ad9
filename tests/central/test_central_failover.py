"""The central's bad moments under load: a process killed mid-batch while another serves,
PostgreSQL stopped and started under a running central, the connection pool exhausted.
Nothing is lost or stored twice; the central answers 503 with Retry-After, never hangs."""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
from central_helpers import assert_problem, item, send
from pg_cluster import own_cluster
from sqlalchemy import create_engine, text

from central.testing import RunningServer, fresh_postgres_database

DESKS = 3
DEADLINE_S = 180.0


@pytest.fixture
def pg_url(postgres_admin_url: str) -> Iterator[str]:
    with fresh_postgres_database(postgres_admin_url, "lapor_central_failover_") as url:
        yield url


def _folder(path: Path) -> Path:
    path.mkdir(parents=True)
    return path


class Desk:
    """A desk's sync loop, reduced: a batch is sent until one central answers it (a dropped
    connection or a 5xx moves on to the next central, as a load balancer would); every 503
    must say when to come back."""

    def __init__(self, urls: list[str], token: str) -> None:
        self.urls, self.token = urls, token
        self.sent: dict[str, int] = {}  # client_id -> tracking_id
        self.unavailable = 0
        self.transport_errors = 0

    def push(self, batch: list[dict[str, Any]]) -> None:
        deadline = time.monotonic() + DEADLINE_S
        turn = 0
        while True:
            assert time.monotonic() < deadline, "a batch found no central to take it"
            url = self.urls[turn % len(self.urls)]
            turn += 1
            try:
                with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {self.token}"}, timeout=60) as c:
                    response = c.post("/complaints/batch", json={"items": batch})
            except httpx.TransportError:
                self.transport_errors += 1
                time.sleep(0.05)  # back-off before the retry, as a desk's sync does
                continue
            if response.status_code == 503:
                assert_problem(response, 503, "unavailable")
                assert response.headers["retry-after"].isdigit()
                self.unavailable += 1
                time.sleep(0.05)  # shorter than Retry-After: the test has no time to spare
                continue
            assert response.status_code == 200, response.text
            for entry, result in zip(batch, response.json()["results"], strict=True):
                assert result["status"] in ("created", "duplicate"), result
                known = self.sent.setdefault(entry["client_id"], result["tracking_id"])
                assert known == result["tracking_id"]
            return


def _load(desks: list[Desk], stop: threading.Event, batches_done: list[int]) -> ThreadPoolExecutor:
    pool = ThreadPoolExecutor(len(desks))

    def run(desk: Desk) -> None:
        while not stop.is_set():
            desk.push([item() for _ in range(10)])
            batches_done.append(1)

    for desk in desks:
        pool.submit(run, desk)
    return pool


def _wait_for(condition: Any, what: str, timeout: float = DEADLINE_S) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


def _stored(url: str, tokens: dict[str, str]) -> dict[str, list[int]]:
    """client_id -> the tracking IDs stored for it (exactly one each, if all is well)."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT client_id, tracking_id FROM complaints")).all()
    finally:
        engine.dispose()
    out: dict[str, list[int]] = {}
    for cid, tid in rows:
        out.setdefault(cid, []).append(tid)
    return out


def _check_exactly_once(url: str, desks: list[Desk], tokens: dict[str, str]) -> None:
    stored = _stored(url, tokens)
    sent = {cid: tid for d in desks for cid, tid in d.sent.items()}
    assert sent, "no batch went through"
    assert {cid: [tid] for cid, tid in sent.items()} == stored


def _blocked_on_lock(url: str) -> bool:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            waiting = conn.execute(
                text(
                    "SELECT count(*) FROM pg_stat_activity"
                    " WHERE wait_event_type = 'Lock' AND datname = current_database()"
                )
            ).scalar()
    finally:
        engine.dispose()
    return bool(waiting)


def test_a_process_killed_mid_batch_loses_and_doubles_nothing(pg_url: str, tmp_path: Path) -> None:
    args = ("--workers", "1")
    doomed = RunningServer(pg_url, args, _folder(tmp_path / "a"))
    survivor = RunningServer(pg_url, args, _folder(tmp_path / "b"))
    tokens = {f"KAB-KIL-{n}": doomed.add_desk(f"KAB-KIL-{n}") for n in range(DESKS)}
    doomed.start()
    survivor.start()
    try:
        desks = [Desk([doomed.api_url, survivor.api_url], t) for t in tokens.values()]
        stop, done = threading.Event(), []
        load = _load(desks, stop, done)
        _wait_for(lambda: len(done) >= 6, "batches under load")
        # One batch is certainly half-way on the doomed process: it waits on a table lock.
        locker = create_engine(pg_url).connect()
        locker.execute(text("LOCK TABLE complaints IN ACCESS EXCLUSIVE MODE"))
        caught = Desk([doomed.api_url, survivor.api_url], next(iter(tokens.values())))
        caught_batch = [item() for _ in range(10)]
        in_flight = threading.Thread(target=caught.push, args=(caught_batch,))
        in_flight.start()
        _wait_for(lambda: _blocked_on_lock(pg_url), "a batch waiting inside its transaction")
        os.kill(doomed.pid, signal.SIGKILL)
        locker.rollback()
        locker.close()
        in_flight.join(timeout=DEADLINE_S)
        assert not in_flight.is_alive()
        before = len(done)
        _wait_for(lambda: len(done) >= before + 6, "batches after the kill")
        stop.set()
        load.shutdown(wait=True)
        assert caught.transport_errors >= 1  # its first answer never came: the retry went to the survivor
        assert set(caught.sent) == {i["client_id"] for i in caught_batch}
        _check_exactly_once(pg_url, [*desks, caught], tokens)
        # Every desk resends everything it sent: all duplicates, nothing new.
        with httpx.Client(base_url=survivor.api_url, headers=survivor.auth(desks[0].token), timeout=60) as c:
            sent = list(desks[0].sent)
            again = send(c, [item(client_id=cid) for cid in sent[:50]])
            assert [r["status"] for r in again] == ["duplicate"] * len(again)
            assert [r["tracking_id"] for r in again] == [desks[0].sent[cid] for cid in sent[:50]]
    finally:
        doomed.stop()
        survivor.stop()


def test_postgres_restarted_under_load_503_then_recovery_without_restarting_the_central(tmp_path: Path) -> None:
    with own_cluster() as cluster:
        central = RunningServer(cluster.url, ("--workers", "1", "--flag-ttl-ms", "0"), _folder(tmp_path / "c"))
        tokens = {f"KAB-PGR-{n}": central.add_desk(f"KAB-PGR-{n}") for n in range(DESKS)}
        central.start()
        pid = central.pid
        try:
            desks = [Desk([central.api_url], t) for t in tokens.values()]
            stop, done = threading.Event(), []
            load = _load(desks, stop, done)
            _wait_for(lambda: len(done) >= 6, "batches under load")
            cluster.stop("fast")
            # While PostgreSQL is down every request is a 503 with Retry-After, never a hang or a 500.
            with httpx.Client(base_url=central.api_url, headers=central.auth(desks[0].token), timeout=60) as c:
                for _ in range(3):
                    body = assert_problem(c.post("/complaints/batch", json={"items": [item()]}), 503, "unavailable")
                    assert body["detail"]
                    down = c.get("/updates")
                    assert_problem(down, 503, "unavailable")
                    assert down.headers["retry-after"].isdigit()
            cluster.start()
            before = len(done)
            _wait_for(lambda: len(done) >= before + 6, "batches after PostgreSQL came back")
            stop.set()
            load.shutdown(wait=True)
            assert central.pid == pid and central._process is not None and central._process.poll() is None
            _check_exactly_once(cluster.url, desks, tokens)
        finally:
            central.stop()


def test_an_exhausted_pool_is_a_503_not_a_hang(pg_url: str, tmp_path: Path) -> None:
    args = ("--workers", "1", "--pool-size", "1", "--pool-timeout-ms", "300", "--flag-ttl-ms", "600000")
    central = RunningServer(pg_url, args, _folder(tmp_path / "p"))
    token = central.add_desk("KAB-POOL-01")
    central.start()
    try:
        with httpx.Client(base_url=central.api_url, headers=central.auth(token), timeout=60) as c:
            assert c.get("/updates").status_code == 200  # the maintenance flag is read and kept
            locker = create_engine(pg_url).connect()
            locker.execute(text("LOCK TABLE complaints IN ACCESS EXCLUSIVE MODE"))
            batch = [item() for _ in range(3)]
            with ThreadPoolExecutor(1) as pool:
                first = pool.submit(
                    lambda: httpx.post(
                        central.api_url + "/complaints/batch",
                        json={"items": batch},
                        headers=central.auth(token),
                        timeout=120,
                    )
                )
                _wait_for(lambda: _blocked_on_lock(pg_url), "the batch holding the only connection")
                started = time.monotonic()
                busy = c.get("/updates")
                assert_problem(busy, 503, "unavailable")
                assert busy.headers["retry-after"].isdigit()
                assert time.monotonic() - started < 30  # the pool's time-out, not the client's
                locker.rollback()
                locker.close()
                answer = first.result(timeout=120)
            assert answer.status_code == 200 and [r["status"] for r in answer.json()["results"]] == ["created"] * 3
            assert c.get("/updates").status_code == 200
    finally:
        central.stop()
