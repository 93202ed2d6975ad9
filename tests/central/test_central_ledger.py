"""The ID ledger written ahead in blocks: a central killed without its shutdown (no last
write of the exact marks) and then restored from an older backup still never issues a
tracking ID twice; a graceful stop keeps the marks exact, so the restore is detected."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
from pathlib import Path

import httpx
import pytest
from central_helpers import create

from central.testing import RunningServer


def _backup(db_file: Path, to: Path) -> None:
    with sqlite3.connect(db_file) as source, sqlite3.connect(to) as target:
        source.backup(target)
    source.close()
    target.close()


def _restore(backup: Path, db_file: Path) -> None:
    for suffix in ("-wal", "-shm"):
        Path(str(db_file) + suffix).unlink(missing_ok=True)
    _backup(backup, db_file)


@pytest.mark.parametrize("stop", ["kill", "graceful"])
def test_restored_after_a_stop_never_reissues_an_id(tmp_path: Path, stop: str) -> None:
    db_file = tmp_path / "central.sqlite3"
    server = RunningServer(f"sqlite:///{db_file}", ("--workers", "1"), tmp_path)
    server.desk_token = server.add_desk(server.desk_code)
    server.start()
    try:
        with httpx.Client(base_url=server.api_url, headers=server.auth(), timeout=60) as desk:
            before = [create(desk) for _ in range(3)]
            generation = desk.get("/health").json()["data_generation"]
            _backup(db_file, tmp_path / "backup.sqlite3")
            after = [create(desk) for _ in range(3)]
        if stop == "kill":
            os.kill(server.pid, signal.SIGKILL)
        server.stop()
        ledger = json.loads(next((tmp_path / "home").glob("id-ledger-*.json")).read_text())
        assert ledger["reserved_tracking_id"] >= max(after)  # written before those commits
        if stop == "graceful":
            assert ledger["tracking_id"] >= max(after)  # the exact mark, written at shutdown
        _restore(tmp_path / "backup.sqlite3", db_file)
        server.start()
        with httpx.Client(base_url=server.api_url, headers=server.auth(), timeout=60) as desk:
            fresh = create(desk)
            assert fresh > max(before + after)
            if stop == "graceful":
                assert desk.get("/health").json()["data_generation"] != generation
    finally:
        server.stop()
