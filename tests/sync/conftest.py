"""A real central server on loopback (central/testing.py) and desks that sync to it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from central.testing import RunningServer, running_server
from lapor_desk.desk import Desk

import sync_helpers
from desk_engines import PostgresDesks
from sync_helpers import SERVE_ARGS, TEST_PC, open_desk


@pytest.fixture(autouse=True)
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAPOR_DESK_NO_KEYRING", "1")


@pytest.fixture(scope="session")
def central(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    folder = tmp_path_factory.mktemp("central")
    with running_server(serve_args=SERVE_ARGS, work_dir=folder) as server:
        yield server


@pytest.fixture(autouse=True)
def shared_token_stays_on_the_test_pc(request: pytest.FixtureRequest) -> Iterator[None]:
    """The session central binds its desk token to the first installation that uses it. A test
    that registers that token from a home of its own (without `adopt(TEST_PC)`) would bind it to
    another PC, and every later test's sync would be refused as "another PC": catch it at the
    test that did it, say how to fix it, and release the token so the rest of the run is sound."""
    yield
    if "central" not in request.fixturenames:
        return
    server: RunningServer = request.getfixturevalue("central")
    if not server.db_url.startswith("sqlite:///"):
        return
    with sqlite3.connect(server.db_url.removeprefix("sqlite:///")) as raw:
        row = raw.execute("SELECT installation_id FROM desks WHERE code = ?", (server.desk_code,)).fetchone()
    raw.close()
    if row is not None and row[0] not in (None, TEST_PC):
        server.cli("desks", "rebind", server.desk_code)
        pytest.fail(
            f"this test bound the session's desk token to installation {row[0]}: give its desk "
            "home the test PC's ID first (sync_helpers.TEST_PC, lapor_desk.sync.installation.adopt)"
        )


@pytest.fixture
def both_engines(desk_engine: str, pg_desks: PostgresDesks | None, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The test's desks (open_desk) on each engine: a SQLite file in their home, or a fresh
    PostgreSQL database per home. A test module opts in with
    `pytestmark = pytest.mark.usefixtures("both_engines")`; it then runs once per engine."""
    if pg_desks is None:
        yield desk_engine
        return
    urls: dict[Path, str] = {}

    def database_for(home: Path) -> str:
        if home not in urls:
            urls[home] = pg_desks.fresh()
        return urls[home]

    monkeypatch.setattr(sync_helpers, "database_for", database_for)
    yield desk_engine
    for url in urls.values():
        pg_desks.release(url)


@pytest.fixture
def desk(tmp_path: Path, central: RunningServer, both_engines: str) -> Iterator[Desk]:
    d = open_desk(tmp_path / "desk", central.api_url, central.desk_token)
    yield d
    d.close()


@pytest.fixture(scope="session")
def big_central(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    """A central that takes files up to 12 MB (the 10 MB scans of the flaky-link tests)."""
    folder = tmp_path_factory.mktemp("central-big")
    with running_server(
        serve_args=("--workers", "1", "--flag-ttl-ms", "0", "--max-attachment-bytes", str(12 * 1024 * 1024)),
        work_dir=folder,
    ) as server:
        yield server
