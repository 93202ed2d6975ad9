"""The PyInstaller one-folder bundle builds, runs headless commands and starts the desk."""

from __future__ import annotations

import os
import selectors
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("pyinstaller", path=str(Path(sys.executable).parent)) is None:
        pytest.fail("pyinstaller is part of the test extra: pip install -e '.[test]'")
    work = tmp_path_factory.mktemp("pyinstaller")
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
                    str(ROOT / "build.spec")], check=True, cwd=ROOT, timeout=900)
    return work / "dist" / "lapor-desk"


def test_bundle_leaves_the_central_server_out(bundle: Path) -> None:
    names = {p.name for p in bundle.rglob("*")}
    assert "lapor-desk" in names
    assert not any(n.startswith(("fastapi", "uvicorn", "psycopg")) for n in names)
    assert (bundle / "_internal" / "resources" / "translations" / "lapor_desk_en.qm").exists()
    # The calendar screen names holidays in Indonesian and English; the dashboard draws with QtCharts.
    for locale in ("id", "en_US"):
        assert (bundle / "_internal" / "holidays" / "locale" / locale / "LC_MESSAGES" / "ID.mo").exists()
    assert not (bundle / "_internal" / "holidays" / "locale" / "th").exists()
    assert any(n.startswith("QtCharts") for n in names)


def test_bundle_runs_headless_commands(bundle: Path, tmp_path: Path) -> None:
    env = dict(os.environ, LAPOR_DESK_HOME=str(tmp_path))
    version = subprocess.run([str(bundle / "lapor-desk"), "--version"], capture_output=True,
                             text=True, env=env, timeout=60, check=True)
    assert version.stdout.startswith("lapor-desk ")
    demo = subprocess.run([str(bundle / "lapor-desk"), "demo-data", "--count", "20"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert demo.returncode == 0, demo.stderr
    assert (tmp_path / "data" / "lapor-desk.sqlite3").exists()


def test_bundle_starts_the_desk_window(bundle: Path, tmp_path: Path) -> None:
    env = dict(os.environ, LAPOR_DESK_HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    # --debug sends the log to the console too, so we read "desk ready" from the pipe.
    proc = subprocess.Popen([str(bundle / "lapor-desk"), "--debug"], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    assert proc.stdout is not None
    seen: list[str] = []
    try:
        with selectors.DefaultSelector() as selector:
            selector.register(proc.stdout, selectors.EVENT_READ)
            deadline = time.monotonic() + 60
            while not any("desk ready" in line for line in seen):
                if not selector.select(timeout=max(deadline - time.monotonic(), 0)):
                    break  # nothing more within the deadline
                line = proc.stdout.readline()
                if not line:
                    break  # the process ended
                seen.append(line)
        assert any("desk ready" in line for line in seen), "".join(seen)
        assert proc.poll() is None, "".join(seen)  # still running: the window is up
    finally:
        proc.terminate()
        proc.wait(timeout=30)
