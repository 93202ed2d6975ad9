"""Cold start of the packaged desk beside a bare PySide6 window (offscreen).

    python benchmarks/bundle_start.py dist/pyinstaller/dist/lapor-desk [--runs 3]

Prints, per run, the milliseconds from launch to the bundle logging "desk ready" (window painted,
database opened and migrated: a fresh data folder on the first run, the same one after), and to a
bare PySide6 QWidget's first paint (benchmarks/startup_probe.py floor) in this Python.
"""

from __future__ import annotations

import argparse
import os
import selectors
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def bundle_ready_ms(bundle: Path, home: Path) -> float:
    env = dict(os.environ, LAPOR_DESK_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    proc = subprocess.Popen(
        [str(bundle / "lapor-desk"), "--debug"], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    assert proc.stdout is not None
    try:
        with selectors.DefaultSelector() as selector:
            selector.register(proc.stdout, selectors.EVENT_READ)
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline and selector.select(timeout=deadline - time.monotonic()):
                line = proc.stdout.readline()
                if not line:
                    break
                if "desk ready" in line:
                    return (time.perf_counter() - started) * 1000
        raise RuntimeError("the bundle never logged 'desk ready'")
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def bare_window_ms() -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BENCH_T0=repr(time.time()))
    out = subprocess.run(
        [sys.executable, str(HERE / "startup_probe.py"), "floor", "-"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    return next(float(line.split()[1]) for line in out.splitlines() if line.startswith("painted"))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for run in range(args.runs):
            desk = bundle_ready_ms(args.bundle, Path(tmp))
            print(
                f"run {run + 1}: bundle to 'desk ready' {desk:.0f} ms{' (new database)' if run == 0 else ''}; "
                f"bare PySide6 window painted {bare_window_ms():.0f} ms",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
