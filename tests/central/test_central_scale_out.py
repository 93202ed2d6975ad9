"""Several central processes on one PostgreSQL: real `lapor-central serve` subprocesses on two
loopback ports, one desk alternating between them, another over the shared rate limit, and
several processes migrating one new database at the same moment."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from central_helpers import assert_problem, item, send
from sqlalchemy import create_engine, text

from central.models import TRACKING_ID_START
from central.testing import RunningServer, fresh_postgres_database

RATE = 30  # per minute, per desk, for every process together
PROCESSES = 4


@pytest.fixture
def pg_url(postgres_admin_url: str) -> Iterator[str]:
    with fresh_postgres_database(postgres_admin_url, "lapor_central_scale_") as url:
        yield url


def _scalar(url: str, sql: str) -> object:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(text(sql)).scalar()
    finally:
        engine.dispose()


def test_processes_migrating_one_database_together_take_turns(pg_url: str, tmp_path: Path) -> None:
    """Each host has its own data folder (its own ID ledger); the advisory lock lets one
    migrate and prepare at a time, the others find the work done."""
    procs = []
    for n in range(PROCESSES):
        env = {**os.environ, "LAPOR_CENTRAL_HOME": str(tmp_path / f"host{n}")}
        procs.append(
            subprocess.Popen(
                [sys.executable, "-m", "central.cli", "migrate", "--db", pg_url],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
        )
    outcomes = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0] * PROCESSES, outcomes
    assert _scalar(pg_url, "SELECT count(*) FROM central_alembic_version") == 1
    assert _scalar(pg_url, "SELECT count(*) FROM server_flags WHERE key = 'database_id'") == 1
    assert _scalar(pg_url, "SELECT count(*) FROM rate_buckets") == 0  # the newest table is there


@pytest.fixture
def two_centrals(pg_url: str, tmp_path: Path) -> Iterator[tuple[RunningServer, RunningServer]]:
    args = ("--workers", "1", "--rate-limit", str(RATE))
    first = RunningServer(pg_url, args, _folder(tmp_path / "a"))
    second = RunningServer(pg_url, args, _folder(tmp_path / "b"))
    first.operator_token = first.cli("operator-token", "create", "--label", "scale-test")
    try:
        first.start()
        second.start()
        yield first, second
    finally:
        first.stop()
        second.stop()


def _folder(path: Path) -> Path:
    path.mkdir(parents=True)
    return path


def test_one_desk_alternating_between_two_processes_gets_each_complaint_once(
    two_centrals: tuple[RunningServer, RunningServer],
) -> None:
    first, second = two_centrals
    token = first.add_desk("KAB-ALT-01")
    centrals = [httpx.Client(base_url=s.api_url, headers=first.auth(token), timeout=60) for s in (first, second)]
    sent: dict[str, int] = {}
    try:
        for n in range(6):
            batch = [item() for _ in range(10)]
            here, there = centrals[n % 2], centrals[(n + 1) % 2]
            created = send(here, batch)
            assert [r["status"] for r in created] == ["created"] * 10
            # The answer was lost: the desk sends the batch again and the balancer picks the other process.
            again = send(there, batch)
            assert [r["status"] for r in again] == ["duplicate"] * 10
            assert [r["tracking_id"] for r in again] == [r["tracking_id"] for r in created]
            sent.update({i["client_id"]: r["tracking_id"] for i, r in zip(batch, created, strict=True)})
            # A revision sent to one process is what the other one knows.
            revised = item(revision=2, client_id=batch[0]["client_id"], title="Judul diperbaiki meja")
            (updated,) = send(there, [revised])
            assert updated["status"] == "updated" and updated["tracking_id"] == created[0]["tracking_id"]
            (resent,) = send(here, [revised])
            assert resent["status"] == "duplicate" and resent["revision"] == 2
        assert len(set(sent.values())) == len(sent) == 60
        stored: list[dict] = []
        with httpx.Client(base_url=second.api_url, headers=first.operator_auth, timeout=60) as admin:
            after = 0
            while True:
                page = admin.get("/admin/complaints", params={"desk": "KAB-ALT-01", "after": after, "limit": 500})
                stored += page.json()["items"]
                if page.json()["next_after"] is None:
                    break
                after = page.json()["next_after"]
        assert {c["client_id"]: c["tracking_id"] for c in stored} == sent
        assert len(stored) == 60
        # Tracking IDs come from the database's one sequence, whichever process took them (a
        # resend's INSERT ... ON CONFLICT draws values too: gaps, never the same ID twice).
        assert min(sent.values()) >= TRACKING_ID_START
    finally:
        for c in centrals:
            c.close()


def test_the_rate_limit_holds_across_processes(two_centrals: tuple[RunningServer, RunningServer]) -> None:
    first, second = two_centrals
    token = first.add_desk("KAB-HAM-02")
    answers: Counter[tuple[int, int]] = Counter()
    started = time.monotonic()
    with (
        httpx.Client(base_url=first.api_url, headers=first.auth(token), timeout=60) as one,
        httpx.Client(base_url=second.api_url, headers=first.auth(token), timeout=60) as two,
    ):
        for n in range(2 * RATE + 10):
            central = (one, two)[n % 2]
            response = central.get("/updates")
            if response.status_code == 429:
                assert_problem(response, 429, "rate-limited")
                assert int(response.headers["retry-after"]) >= 1
            else:
                assert response.status_code == 200, response.text
            answers[(n % 2, response.status_code)] += 1
    elapsed = time.monotonic() - started
    admitted = answers[(0, 200)] + answers[(1, 200)]
    # One budget: the burst, and what refilled while the desk hammered; never one per process.
    assert RATE <= admitted <= RATE + int(elapsed * RATE / 60) + 1, (answers, elapsed)
    assert answers[(0, 429)] > 0 and answers[(1, 429)] > 0, answers
    # Another desk still has its whole budget on either process.
    other = first.add_desk("KAB-CALM-03")
    for server in (first, second):
        assert httpx.get(server.api_url + "/updates", headers=first.auth(other), timeout=60).status_code == 200
