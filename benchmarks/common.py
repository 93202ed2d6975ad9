"""Shared pieces of the benchmarks: percentiles, a printed table, the cached demo database."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

# LAPOR_BENCH_CACHE lets several checkouts share one set of built databases (a 1,000,000
# complaint desk takes minutes to build).
CACHE = Path(os.environ.get("LAPOR_BENCH_CACHE") or Path(__file__).resolve().parent / ".cache")


def percentile(samples: list[float], pct: float) -> float:
    ordered = sorted(samples)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * pct / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def timed(fn: Callable[[], object], repeat: int, warmup: int = 3) -> list[float]:
    """Milliseconds per call, after a few warm-up calls."""
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def row(name: str, app: list[float], floor: list[float] | None, target: str = "") -> str:
    p50, p95, p99 = (percentile(app, p) for p in (50, 95, 99))
    text = f"{name:<34} p50 {p50:8.2f} ms  p95 {p95:8.2f} ms  p99 {p99:8.2f} ms"
    if floor:
        f50, f95 = percentile(floor, 50), percentile(floor, 95)
        text += f"   raw p50 {f50:7.2f} p95 {f95:7.2f}   ratio p95 {p95 / max(f95, 1e-6):5.2f}x"
    if target:
        text += f"   [{target}]"
    return text


def median(values: list[float]) -> float:
    return statistics.median(values)


def demo_database(count: int, seed: int = 1) -> Path:
    """A SQLite file with `count` demo complaints, built once through `lapor-desk demo-data`."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"desk-{count}-seed{seed}.sqlite3"
    marker = path.with_suffix(".complete")
    if marker.exists() and path.exists():
        from lapor_desk.storage.database import open_database

        # A cache built by an older schema is migrated in place (the desk's own upgrade
        # path, which is worth exercising at this size), not rebuilt; no backup of a cache.
        started = time.perf_counter()
        open_database(f"sqlite:///{path}", backup=False).dispose()
        if time.perf_counter() - started > 1:
            print(f"migrated the cached database in {time.perf_counter() - started:.1f} s", flush=True)
        return path
    for stale in CACHE.glob(path.name + "*"):
        stale.unlink()
    marker.unlink(missing_ok=True)
    print(f"building {count:,} demo complaints in {path} (cached for later runs) ...", flush=True)
    env = dict(os.environ, LAPOR_DESK_HOME=str(CACHE / "home"))
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "lapor_desk",
            "--db",
            f"sqlite:///{path}",
            "demo-data",
            "--count",
            str(count),
            "--seed",
            str(seed),
        ],
        check=True,
        env=env,
    )
    import sqlite3

    with sqlite3.connect(path) as conn:
        conn.execute("ANALYZE")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    print(f"built in {time.perf_counter() - started:.0f} s", flush=True)
    marker.write_text("ok")
    return path
