"""A real central server on loopback (central/testing.py) and desks that sync to it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from central.testing import RunningServer, running_server
from lapor_desk.desk import Desk

from sync_helpers import SERVE_ARGS, open_desk


@pytest.fixture(autouse=True)
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAPOR_DESK_NO_KEYRING", "1")


@pytest.fixture(scope="session")
def central(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    folder = tmp_path_factory.mktemp("central")
    with running_server(serve_args=SERVE_ARGS, work_dir=folder) as server:
        yield server


@pytest.fixture
def desk(tmp_path: Path, central: RunningServer) -> Iterator[Desk]:
    d = open_desk(tmp_path / "desk", central.api_url, central.desk_token)
    yield d
    d.close()


@pytest.fixture(scope="session")
def big_central(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    """A central that takes files up to 12 MB (the 10 MB scans of the flaky-link tests)."""
    folder = tmp_path_factory.mktemp("central-big")
    with running_server(serve_args=("--workers", "1", "--flag-ttl-ms", "0", "--max-attachment-bytes",
                                    str(12 * 1024 * 1024)), work_dir=folder) as server:
        yield server
