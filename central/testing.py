"""A real `lapor-central serve` subprocess on a free loopback port, for tests and benchmarks.

    with running_server("sqlite:///tmp/x.sqlite3") as server:
        httpx.get(server.api_url + "/health")

The desk's sync tests use it too. Nothing here mocks the database or HTTP.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import ssl
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import httpx

START_TIMEOUT_S = 300.0  # generous: a failure to start ends the wait at once (the process exits)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def cli(db_url: str, *args: str, env: dict[str, str] | None = None) -> str:
    """Run an operator command against the server's database; returns its stdout."""
    done = subprocess.run(
        [sys.executable, "-m", "central.cli", *args, "--db", db_url],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    if done.returncode != 0:
        raise RuntimeError(f"lapor-central {' '.join(args)} failed: {done.stderr.strip()}")
    return done.stdout.strip()


_MANY = """import json, sys
from central.cli import main
for args in json.loads(sys.argv[1]):
    code = main(args)
    if code:
        sys.exit(code)
    print("\\x1e", flush=True)
"""


def cli_many(db_url: str, commands: Sequence[Sequence[str]], env: dict[str, str] | None = None) -> list[str]:
    """Several operator commands in one process (one start-up instead of one each); their stdouts."""
    argv = [[*args, "--db", db_url] for args in commands]
    done = subprocess.run(
        [sys.executable, "-c", _MANY, json.dumps(argv)], capture_output=True, text=True, env=env, timeout=120
    )
    if done.returncode != 0:
        raise RuntimeError(f"lapor-central {commands} failed: {done.stderr.strip()}")
    return [out.strip() for out in done.stdout.split("\x1e\n")[: len(commands)]]


class RunningServer:
    """A server process; `stop()` and `restart()` keep the same port and database."""

    def __init__(self, db_url: str, serve_args: Sequence[str], log_dir: Path, ca_file: Path | None = None) -> None:
        self.db_url = db_url
        self.port = free_port()
        # HTTPS when serve_args name a certificate; `ca_file` is what the health poll trusts.
        scheme = "https" if "--certfile" in serve_args else "http"
        self.verify: ssl.SSLContext | bool = ssl.create_default_context(cafile=str(ca_file)) if ca_file else True
        self.base_url = f"{scheme}://127.0.0.1:{self.port}"
        self.api_url = self.base_url + "/api/v1"
        self._serve_args = list(serve_args)
        self._log_path = log_dir / f"central-{self.port}.log"
        self._env = {**os.environ, "LAPOR_CENTRAL_HOME": str(log_dir / "home")}
        self._process: subprocess.Popen[bytes] | None = None
        self.desk_code = "KAB-BDG-01"
        self.desk_token = ""
        self.operator_token = ""

    def cli(self, *args: str) -> str:
        return cli(self.db_url, *args, env=self._env)

    def add_desk(self, code: str, name: str | None = None) -> str:
        return self.cli("desks", "add", "--code", code, "--name", name or f"Meja {code}")

    def auth(self, token: str | None = None) -> dict[str, str]:
        return {"Authorization": f"Bearer {token or self.desk_token}"}

    @property
    def operator_auth(self) -> dict[str, str]:
        return self.auth(self.operator_token)

    @property
    def pid(self) -> int:
        """The serving process (with one worker, the one that handles requests)."""
        if self._process is None:
            raise RuntimeError("not running")
        return self._process.pid

    @property
    def log_text(self) -> str:
        return self._log_path.read_text(errors="replace") if self._log_path.exists() else ""

    def start(self) -> None:
        if self._process is not None:
            raise RuntimeError("already running")
        log = self._log_path.open("ab")
        self._process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "central.cli",
                "serve",
                "--db",
                self.db_url,
                "--port",
                str(self.port),
                *self._serve_args,
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            env=self._env,
        )
        log.close()
        self._wait_healthy()

    def _wait_healthy(self) -> None:
        """Until /health answers 200; ends at once, with the server's output, if the process exits.
        The deadline is generous (a loaded CI machine once took more than 60 s to start one)."""
        process = self._process
        assert process is not None
        deadline = time.monotonic() + START_TIMEOUT_S
        delay = 0.02
        last = "no answer yet"
        with httpx.Client(timeout=5.0, verify=self.verify) as client:
            while process.poll() is None and time.monotonic() < deadline:
                try:
                    answer = client.get(self.api_url + "/health")
                    if answer.status_code == 200:
                        return
                    last = f"HTTP {answer.status_code}"
                except httpx.TransportError as exc:
                    last = f"{type(exc).__name__}: {exc}"
                # Between polls, wait for the process itself: its exit ends the wait at once.
                with contextlib.suppress(subprocess.TimeoutExpired):
                    process.wait(timeout=delay)
                delay = min(delay * 2, 0.25)
        if process.poll() is not None:
            self._process = None
            raise RuntimeError(
                f"server exited ({process.returncode}) before it was healthy; its output:\n{self.log_text}"
            )
        self.stop()
        raise TimeoutError(
            f"server still not healthy after {START_TIMEOUT_S:.0f} s (last health poll: {last}); "
            f"its output:\n{self.log_text}"
        )

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)

    def restart(self) -> None:
        self.stop()
        self.start()


@contextmanager
def running_server(
    db_url: str | None = None,
    *,
    serve_args: Sequence[str] = (),
    desk_code: str = "KAB-BDG-01",
    work_dir: Path | None = None,
    ca_file: Path | None = None,
) -> Iterator[RunningServer]:
    """Start a server (SQLite in a temporary folder unless `db_url` is given), create a
    desk token and an operator token, and stop it on exit."""
    with tempfile.TemporaryDirectory(prefix="lapor-central-") as tmp:
        folder = work_dir or Path(tmp)
        url = db_url or f"sqlite:///{folder / 'central.sqlite3'}"
        server = RunningServer(url, serve_args, folder, ca_file)
        server.desk_code = desk_code
        # One operator process for both tokens (each `lapor-central` start-up costs seconds on CI).
        server.desk_token, server.operator_token = cli_many(
            url,
            [
                ("desks", "add", "--code", desk_code, "--name", f"Meja {desk_code}"),
                ("operator-token", "create", "--label", "test-operator"),
            ],
            env=server._env,
        )
        try:
            server.start()
            yield server
        finally:
            server.stop()


@contextmanager
def fresh_postgres_database(admin_url: str, prefix: str = "lapor_central_test_") -> Iterator[str]:
    """A new, empty PostgreSQL database on the server `admin_url` reaches; dropped afterwards."""
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = prefix + uuid.uuid4().hex[:10]
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()
