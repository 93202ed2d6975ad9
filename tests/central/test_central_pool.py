"""A request never holds one pooled connection while it waits for another (PostgreSQL's pool
has no overflow: a burst of sign-ins that each held one and wanted a second would wait out the
pool's timeout together and answer 503). With a pool of one connection such a request can
never finish, so these fail at once, not by timing, if it comes back."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from central_helpers import item
from sqlalchemy import text

import central.ratelimit as ratelimit
from central.db import CentralDatabase
from central.ratelimit import DeskRateLimit
from central.testing import RunningServer, cli_many, fresh_postgres_database, running_server


@pytest.fixture(scope="module")
def one_connection_server(postgres_admin_url: str) -> Iterator[RunningServer]:
    with (
        fresh_postgres_database(postgres_admin_url) as url,
        running_server(url, serve_args=("--workers", "1", "--pool-size", "1", "--rate-limit", "600")) as srv,
    ):
        yield srv


def _first_batch(server: RunningServer, token: str) -> int:
    headers = server.auth(token) | {"X-Lapor-Installation": f"pc-{uuid.uuid4()}"}
    r = httpx.post(server.api_url + "/complaints/batch", json={"items": [item()]}, headers=headers, timeout=120)
    assert r.status_code == 200, r.text
    assert r.json()["results"][0]["status"] == "created"
    return r.status_code


def test_new_desks_first_batches_bind_within_a_pool_of_one(one_connection_server: RunningServer) -> None:
    """Each first batch with an installation ID binds the installation (a write) besides the
    sign-in and the rate limit's upsert; one alone, then six new desks at once."""
    server = one_connection_server
    codes = [f"P-{uuid.uuid4().hex[:8].upper()}" for _ in range(7)]
    tokens = cli_many(
        server.db_url, [("desks", "add", "--code", c, "--name", f"Meja {c}") for c in codes], env=server._env
    )
    assert _first_batch(server, tokens[0]) == 200
    with ThreadPoolExecutor(max_workers=6) as pool:
        assert list(pool.map(lambda t: _first_batch(server, t), tokens[1:])) == [200] * 6
    # bound: the same token from another PC is refused
    r = httpx.get(server.api_url + "/updates", headers=server.auth(tokens[0]) | {"X-Lapor-Installation": "other-pc-1"})
    assert r.status_code == 403


def test_the_rate_limits_prune_runs_on_the_connection_held(
    postgres_admin_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The one-in-PRUNE_ONE_IN prune, made every time: with the sign-in's connection held and
    a pool of one, a prune on a second connection would time out."""
    monkeypatch.setattr(ratelimit, "PRUNE_ONE_IN", 1)
    with fresh_postgres_database(postgres_admin_url) as url:
        db = CentralDatabase(url, pool_size=1, pool_timeout_s=2.0)
        try:
            db.migrate()
            limit = DeskRateLimit(60, db)
            with db.read_one() as conn:
                conn.execute(text("INSERT INTO rate_buckets (key, tokens, at, ok) VALUES ('desk:old', 1, 0, true)"))
                assert limit.acquire("new", conn) == 0.0
                keys = set(conn.execute(text("SELECT key FROM rate_buckets")).scalars())
            assert keys == {"desk:new"}  # the full, old bucket pruned; the new one kept
        finally:
            db.dispose()
