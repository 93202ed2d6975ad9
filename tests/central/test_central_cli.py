"""The operator CLI outside the server, the default data folder, and restarts."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from central_helpers import item, send

from central.testing import RunningServer, running_server


def run_cli(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LAPOR_CENTRAL_HOME": str(home)}
    env.pop("LAPOR_CENTRAL_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "central.cli", *args], capture_output=True, text=True, env=env, timeout=120
    )


def test_default_database_lives_in_the_data_folder_with_wal(tmp_path: Path) -> None:
    done = run_cli("desks", "add", "--code", "KAB-BDG-01", "--name", "Meja Bandung", home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("ldd_") and "sekali" in done.stderr
    db_file = tmp_path / "central.sqlite3"
    assert db_file.exists()
    with sqlite3.connect(db_file) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        stored = conn.execute("SELECT token_hash FROM desks").fetchone()[0]
    assert done.stdout.strip() not in stored  # only the hash is kept
    again = run_cli("desks", "add", "--code", "KAB-BDG-01", "--name", "x", home=tmp_path)
    assert again.returncode == 1 and "sudah terdaftar" in again.stderr
    bad = run_cli("desks", "add", "--code", "meja bandung", "--name", "x", home=tmp_path)
    assert bad.returncode == 1 and "invalid desk code" in bad.stderr
    missing = run_cli("complaints", "verify", "12345", "--agency", "X", home=tmp_path)
    assert missing.returncode == 1 and "12345" in missing.stderr


def test_restart_keeps_complaints_and_tokens(server: RunningServer) -> None:
    batch = [item(), item()]
    with httpx.Client(base_url=server.api_url, headers=server.auth()) as desk:
        first = send(desk, batch)
    server.restart()
    with httpx.Client(base_url=server.api_url, headers=server.auth()) as desk:
        again = send(desk, batch)
    assert [r["status"] for r in again] == ["duplicate", "duplicate"]
    assert [r["tracking_id"] for r in again] == [r["tracking_id"] for r in first]


def test_a_server_that_cannot_start_ends_the_wait_at_once_with_its_output(tmp_path: Path) -> None:
    """The test helper's start-up wait (generous, for loaded machines) is cut short by the
    process's exit, and the failure carries what the server said."""
    missing = tmp_path / "none.pem"
    bad_pair = ("--certfile", str(missing), "--keyfile", str(missing))
    with pytest.raises(RuntimeError) as info, running_server(serve_args=bad_pair, work_dir=tmp_path):
        pass
    assert "server exited (2) before it was healthy" in str(info.value)
    assert "unusable certificate or key" in str(info.value)
