"""A real central server per backend (SQLite always, PostgreSQL when configured)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine, text

from central.testing import RunningServer, fresh_postgres_database, running_server

PG_ENV = "LAPOR_TEST_POSTGRES_URL"
REQUIRE_PG_ENV = "LAPOR_REQUIRE_POSTGRES"
# A small attachment limit keeps the oversize tests cheap; TTL 0 makes maintenance immediate.
SERVE_ARGS = ("--workers", "2", "--max-attachment-bytes", "2000000", "--flag-ttl-ms", "0")


@pytest.fixture(scope="session")
def postgres_admin_url() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        if os.environ.get(REQUIRE_PG_ENV) == "1":
            pytest.fail(f"{REQUIRE_PG_ENV}=1 but {PG_ENV} is not set")
        pytest.skip(f"{PG_ENV} not set")
    try:
        engine = create_engine(url)
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
    except Exception as exc:  # noqa: BLE001 - any failure to reach it means "no PostgreSQL"
        if os.environ.get(REQUIRE_PG_ENV) == "1":
            pytest.fail(f"PostgreSQL at {PG_ENV} unreachable: {exc}")
        pytest.skip(f"PostgreSQL unreachable: {exc}")
    return url


@pytest.fixture(scope="session")
def fresh_postgres(postgres_admin_url: str) -> Iterator[str]:
    """Yields a factory's first product: a new, empty database for this session."""
    yield from _fresh_database(postgres_admin_url)


def _fresh_database(admin_url: str) -> Iterator[str]:
    with fresh_postgres_database(admin_url) as url:
        yield url


@pytest.fixture(scope="session", params=["sqlite", "postgres"])
def server(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    folder: Path = tmp_path_factory.mktemp(f"central-{request.param}")
    url = None
    if request.param == "postgres":
        url = request.getfixturevalue("fresh_postgres")
    with running_server(url, serve_args=SERVE_ARGS, work_dir=folder) as srv:
        yield srv


@pytest.fixture
def desk_client(server: RunningServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.api_url, headers=server.auth(), timeout=60) as client:
        yield client


@pytest.fixture
def admin_client(server: RunningServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.api_url, headers=server.operator_auth, timeout=60) as client:
        yield client


@pytest.fixture(scope="session")
def other_desk_token(server: RunningServer) -> str:
    return server.add_desk("KOTA-DPS-02")
