"""`lapor-desk sync --watch` as a real process: it keeps going, rides out an absent central,
and stops cleanly on SIGTERM and on Ctrl+C (SIGINT to its process group)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from central.testing import RunningServer, running_server
from lapor_desk.demo import DemoGenerator, pilot_places, write_demo_data
from lapor_desk.desk import Desk
from lapor_desk.sync import state

from central_db import arrived
from factories import walk_in
from sync_helpers import SERVE_ARGS, open_desk

DEADLINE_S = 60.0


def _until(
    condition: Callable[[], bool], what: str, proc: subprocess.Popen[bytes], deadline_s: float = DEADLINE_S
) -> None:
    """Poll an observable condition until it holds; fail with the process's output if not."""
    end = time.monotonic() + deadline_s
    delay = 0.01
    while not condition():
        assert proc.poll() is None, f"sync --watch exited ({proc.returncode}) while waiting for {what}"
        assert time.monotonic() < end, f"not within {deadline_s}s: {what}"
        time.sleep(delay)  # polling back-off between looks, not a guessed duration
        delay = min(delay * 2, 0.2)


def _watch(home: Path, out: Path) -> subprocess.Popen[bytes]:
    env = dict(os.environ, LAPOR_DESK_HOME=str(home), LAPOR_DESK_NO_KEYRING="1")
    env.pop("LAPOR_DESK_DB", None)
    with out.open("wb") as sink:
        # Its own session: Ctrl+C in a terminal signals the whole foreground group, as killpg does here.
        return subprocess.Popen(
            [sys.executable, "-m", "lapor_desk", "--db", f"sqlite:///{home / 'desk.sqlite3'}", "sync", "--watch"],
            env=env,
            stdout=sink,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


def _states(desk: Desk) -> dict[str, int]:
    with desk.db.read() as conn:
        return {
            str(k): int(v) for k, v in conn.execute(select(state.S.state, func.count()).group_by(state.S.state)).all()
        }


def _synced_client_ids(desk: Desk) -> set[str]:
    with desk.db.read() as conn:
        return set(conn.execute(select(state.S.client_id).where(state.S.state == "synced")).scalars())


def _stop(proc: subprocess.Popen[bytes], how: signal.Signals) -> int:
    if how is signal.SIGINT:
        os.killpg(proc.pid, signal.SIGINT)  # what Ctrl+C does
    else:
        proc.send_signal(how)
    return proc.wait(timeout=30)


@pytest.fixture
def own_central(tmp_path: Path) -> Iterator[RunningServer]:
    """A central of this test's own, which it stops and starts again."""
    with running_server(serve_args=SERVE_ARGS, work_dir=tmp_path / "central") as server:
        yield server


def test_watch_keeps_syncing_rides_out_an_absent_central_and_stops_on_sigterm(
    tmp_path: Path, own_central: RunningServer
) -> None:
    server = own_central
    home = tmp_path / "desk"
    desk = open_desk(home, server.api_url, server.desk_token)
    desk.settings.set_text("sync.interval_s", "1")
    out = tmp_path / "watch.txt"
    proc: subprocess.Popen[bytes] | None = None
    try:
        first = [desk.complaints.record(walk_in(title=f"Sebelum dijalankan nomor {i}")).complaint for i in range(5)]
        proc = _watch(home, out)
        _until(lambda: _states(desk) == {"synced": 5}, "the first five synced", proc)

        # Recorded while it runs (by another process, as the desk app would): picked up too.
        later = [desk.complaints.record(walk_in(title=f"Direkam saat berjalan nomor {i}")).complaint for i in range(3)]
        _until(lambda: _states(desk) == {"synced": 8}, "the three recorded meanwhile synced", proc)

        # The central goes away: the queue keeps what is recorded, the attempts say why.
        server.stop()
        away = [desk.complaints.record(walk_in(title=f"Saat pusat mati nomor {i}")).complaint for i in range(2)]
        _until(
            lambda: any(h["http_status"] is None and h["request"] == "GET /health" for h in _history(desk)),
            "a failed /health while the central is away",
            proc,
        )
        # Away long enough for a whole cycle to give up: the operator is told.
        _until(lambda: "Pusat tidak dapat dihubungi" in out.read_text(), "the watcher saying so", proc)
        assert _states(desk) == {"synced": 8, "pending": 2}
        # It comes back: the watcher notices on its own and sends what waited.
        server.start()
        _until(lambda: _states(desk) == {"synced": 10}, "the waiting two synced after the central returned", proc)
        # The cycle says so when it ends (its pull comes after the push): wait for that line,
        # or SIGTERM can stop the cycle between the two and the line is never written.
        _until(lambda: "Tersinkron 2," in out.read_text(), "the watcher telling it was back", proc)

        assert _stop(proc, signal.SIGTERM) == 0, out.read_text()
    finally:
        if proc is not None and proc.poll() is None:
            proc.kill()
            proc.wait()
        desk.close()
    said = out.read_text().splitlines()
    assert said[-1].startswith("Tersinkron 2,"), said  # and told when it was back
    assert "Traceback" not in "".join(said)
    remote = {r["client_id"]: r for r in arrived(server, server.desk_code)}
    assert set(remote) == {c.client_id for c in first + later + away}  # each once, none lost


def _history(desk: Desk) -> list[dict[str, object]]:
    assert desk.sync is not None
    return desk.sync.history(limit=20)


@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGINT], ids=["sigterm", "ctrl-c"])
def test_a_stop_signal_mid_push_ends_between_batches_with_nothing_in_limbo(
    tmp_path: Path, central: RunningServer, how: signal.Signals
) -> None:
    code = f"WATCH-{how.name}"
    token = central.add_desk(code)
    home = tmp_path / "desk"
    desk = open_desk(home, central.api_url, token)
    desk.settings.set_text("sync.batch_size", "10")
    desk.settings.set_text("sync.upload_demo", "1")
    total = 3000
    write_demo_data(desk.db, DemoGenerator(pilot_places(), seed=5, desk_code=code), total, hooks=desk.hooks)
    assert _states(desk) == {"pending": total}
    out = tmp_path / "watch.txt"
    proc = _watch(home, out)
    try:
        _until(lambda: _states(desk).get("synced", 0) >= 50, "the push under way", proc)
        assert _stop(proc, how) == 0, out.read_text()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    try:
        states = _states(desk)
        # It stopped between batches, soon: not at the end of the queue, nothing left "sending",
        # and the central holds exactly what the desk knows as synced (no answer was lost).
        assert states.get("sending", 0) == 0 and 0 < states.get("synced", 0) < total, states
        assert {r["client_id"] for r in arrived(central, code)} == _synced_client_ids(desk)
        assert "Traceback" not in out.read_text()

        # The next run finishes the queue, each complaint once.
        done = subprocess.run(
            [sys.executable, "-m", "lapor_desk", "--db", f"sqlite:///{home / 'desk.sqlite3'}", "sync"],
            env=dict(os.environ, LAPOR_DESK_HOME=str(home), LAPOR_DESK_NO_KEYRING="1"),
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 0, done.stdout + done.stderr
        assert _states(desk) == {"synced": total}
        remote = arrived(central, code)
        assert len(remote) == total and {r["client_id"] for r in remote} == _synced_client_ids(desk)
    finally:
        desk.close()
