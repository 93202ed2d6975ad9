"""A PostgreSQL cluster of the test's own (initdb in a temporary folder, a free loopback port),
for tests that stop and start the server under a running central: never the shared one."""

from __future__ import annotations

import contextlib
import glob
import os
import shlex
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from central.testing import free_port


def _pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name))
    return Path(found[-1]) if found else None


class Cluster:
    def __init__(self, folder: Path, pg_bin: Path) -> None:
        self.folder, self.pg_bin = folder, pg_bin
        self.port = free_port()
        self.url = f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, *args: str) -> None:
        command = " ".join(shlex.quote(a) for a in args)
        if os.geteuid() == 0:  # PostgreSQL refuses to run as root (CI runs tests as root)
            done = subprocess.run(["su", "postgres", "-s", "/bin/sh", "-c", command], capture_output=True, text=True)
        else:
            done = subprocess.run(args, capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"{command}: {done.stderr or done.stdout}")

    def init(self) -> None:
        if os.geteuid() == 0:
            subprocess.run(["chown", "postgres", str(self.folder)], check=True)
        self._run(str(self.pg_bin / "initdb"), "-D", str(self.folder / "data"), "-A", "trust", "-U", "postgres")

    def start(self) -> None:
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c max_connections=100"
        self._run(
            str(self.pg_bin / "pg_ctl"), "-D", str(self.folder / "data"), "-l", str(self.folder / "log"),
            "-w", "-o", options, "start",
        )  # fmt: skip

    def stop(self, mode: str = "fast") -> None:
        self._run(str(self.pg_bin / "pg_ctl"), "-D", str(self.folder / "data"), "-m", mode, "-w", "stop")


@contextmanager
def own_cluster() -> Iterator[Cluster]:
    pg_bin = _pg_bin()
    if pg_bin is None or not (pg_bin / "initdb").exists():
        pytest.skip("PostgreSQL binaries (/usr/lib/postgresql/*/bin) not installed")
    # Directly under the temporary folder: the postgres user must be able to reach it.
    folder = Path(tempfile.mkdtemp(prefix="lapor-test-pg-"))
    cluster = Cluster(folder, pg_bin)
    cluster.init()
    cluster.start()
    try:
        yield cluster
    finally:
        with contextlib.suppress(RuntimeError):  # already stopped
            cluster.stop("immediate")
        shutil.rmtree(folder, ignore_errors=True)
