"""SIGKILL a `lapor-desk sync` at random moments, then let it finish: nothing lost or doubled."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from central.testing import RunningServer

from central_db import arrived
from factories import url_of, walk_in
from sync_helpers import open_desk, queue_rows, unique_code

# Storage behaviour of the sync: on the office's PostgreSQL too.
pytestmark = pytest.mark.usefixtures("both_engines")

KILLS = 50  # trials in which the process really was killed mid-run
MAX_TRIALS = 120


def _start(home: Path, url: str) -> subprocess.Popen[bytes]:
    env = dict(os.environ, LAPOR_DESK_HOME=str(home), LAPOR_DESK_NO_KEYRING="1")
    env.pop("LAPOR_DESK_DB", None)
    return subprocess.Popen(
        [sys.executable, "-m", "lapor_desk", "--db", url, "sync"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def test_sigkill_at_random_moments_then_completion(tmp_path: Path, central: RunningServer) -> None:
    code = unique_code("KILL")
    token = central.add_desk(code)
    home = tmp_path / "desk"
    desk = open_desk(home, central.api_url, token)
    desk.settings.set_text("sync.batch_size", "7")  # many small transactions to land in
    rng = random.Random(2026)
    recorded: list[int] = []
    killed = finished = 0
    run_s = 1.0  # how long a run takes when left alone; kill moments spread across it
    try:
        for trial in range(MAX_TRIALS):
            if killed >= KILLS:
                break
            for n in range(12):
                recorded.append(desk.complaints.record(walk_in(title=f"Percobaan {trial} pengaduan {n}")).complaint.id)
            for cid in rng.sample(recorded, 3):  # edits of queued, in-flight or synced complaints
                c = desk.complaints.get(cid)
                if str(c.status) in ("recorded", "unverified"):
                    desk.complaints.record(walk_in(title=f"{c.title[:60]} diubah {trial}"), complaint_id=cid)
            proc = _start(home, url_of(desk.db))
            started = time.monotonic()
            try:
                proc.wait(timeout=rng.uniform(0.1, 1.0) * run_s)  # the kill moment, unless it ends first
                finished += 1
                run_s = time.monotonic() - started
            except subprocess.TimeoutExpired:
                os.kill(proc.pid, signal.SIGKILL)
                proc.wait()
                killed += 1
        assert killed >= KILLS, (killed, finished)
        for _ in range(5):  # then run it to completion
            proc = _start(home, url_of(desk.db))
            if proc.wait(timeout=120) == 0:
                break
        assert proc.returncode == 0

        with desk.db.read() as conn:
            items = {r.client_id: r for r in queue_rows(conn)}
        assert len(items) == len(recorded)
        assert all(r.state == "synced" and r.synced_revision == r.revision for r in items.values())
        remote = arrived(central, code)
        assert len(remote) == len(recorded)  # none lost, none doubled
        for r in remote:
            mine = items[r["client_id"]]
            assert (r["tracking_id"], r["revision"], r["payload_hash"]) == (
                mine.tracking_id,
                mine.revision,
                mine.payload_hash,
            )
            local = desk.complaints.get(mine.complaint_id)
            assert str(local.status) == r["status"] == "unverified"
    finally:
        desk.close()
