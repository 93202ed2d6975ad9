"""What the GUI thread is doing while its event loop does not answer: evidence for a stall.

    with StallWatch(Path("/tmp/watch")) as watch:   # in the GUI process, its event loop running
        ...                                         # the work that stalls
    print(watch.summary())

Three parts, so each side is seen even when another is stuck:
- a heartbeat: a 2 ms QTimer on the GUI thread writes the time into an 8-byte shared file;
- an in-process watchdog thread: whenever the heartbeat is older than `threshold_ms`, it
  records the main thread's Python stack (`sys._current_frames()`) and how late it woke
  itself (a watchdog that wakes late was waiting for the GIL too);
- a separate sampler process (`python -m benchmarks.stall_watch PID HEARTBEAT OUT`), which
  needs no GIL: on the same condition it records every thread's state, wchan and kernel
  stack from /proc/PID/task/*.
"""

from __future__ import annotations

import gc
import json
import mmap
import os
import struct
import subprocess
import sys
import threading
import time
import traceback
from collections import Counter
from pathlib import Path
from typing import Any

BEAT = struct.Struct("d")


def _now() -> float:
    return time.clock_gettime(time.CLOCK_MONOTONIC)


def read_task(pid: int, tid: str, stack: bool) -> dict[str, str]:
    base = f"/proc/{pid}/task/{tid}"
    row = {"tid": tid}
    try:
        stat = Path(f"{base}/stat").read_text()
        row["comm"] = stat[stat.index("(") + 1 : stat.rindex(")")]
        row["state"] = stat[stat.rindex(")") + 2]
        row["wchan"] = Path(f"{base}/wchan").read_text()
        if stack:
            lines = Path(f"{base}/stack").read_text().split("\n")
            row["stack"] = " < ".join(line.split("] ", 1)[-1].split("+")[0] for line in lines if line)
    except OSError:
        pass
    return row


class StallWatch:
    def __init__(self, folder: Path, threshold_ms: float = 30.0) -> None:
        from PySide6.QtCore import QTimer

        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self.threshold = threshold_ms / 1000
        self.beat_path = folder / "heartbeat"
        self.beat_path.write_bytes(BEAT.pack(_now()))
        self._fh = self.beat_path.open("r+b")
        self._map = mmap.mmap(self._fh.fileno(), BEAT.size)
        self.timer = QTimer(interval=2)
        self.timer.timeout.connect(self._beat)
        self.samples: list[dict[str, Any]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="stall-watch", daemon=True)
        self._main = threading.main_thread().ident
        self.kernel_out = folder / "kernel.jsonl"
        self._sampler: subprocess.Popen[bytes] | None = None
        self.collections: list[dict[str, Any]] = []  # every garbage collection: it holds the GIL throughout
        self._gc_started = 0.0

    def _beat(self) -> None:
        self._map[: BEAT.size] = BEAT.pack(_now())

    def _gc(self, phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            self._gc_started = _now()
            return
        took = _now() - self._gc_started
        self.collections.append(
            {
                "t": self._gc_started,
                "ms": took * 1000,
                "generation": info["generation"],
                "thread": threading.current_thread().name,
            }
        )

    @staticmethod
    def major_faults() -> int:
        """The GUI thread's major page faults so far: each one waited for the disk."""
        stat = Path(f"/proc/self/task/{threading.get_native_id()}/stat").read_text()
        return int(stat[stat.rindex(")") + 2 :].split()[9])

    def __enter__(self) -> StallWatch:
        self.faults_before = self.major_faults()
        self.tracked_objects = len(gc.get_objects())
        gc.callbacks.append(self._gc)
        self._beat()
        self.timer.start()
        self._thread.start()
        self._sampler = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.stall_watch", str(os.getpid()), str(self.beat_path)]
            + [str(self.kernel_out), str(self.threshold * 1000)]
        )
        return self

    def __exit__(self, *_exc: object) -> None:
        gc.callbacks.remove(self._gc)
        self.faults = self.major_faults() - self.faults_before
        self.timer.stop()
        self._stop.set()
        self._thread.join()
        if self._sampler is not None:
            self._sampler.terminate()
            self._sampler.wait()

    def _watch(self) -> None:
        wanted = _now()
        while not self._stop.is_set():
            wanted += 0.005
            time.sleep(max(0.0, wanted - _now()))
            woke = _now()
            late = woke - wanted
            wanted = max(wanted, woke)
            (beat,) = BEAT.unpack(self._map[: BEAT.size])
            lag = woke - beat
            if lag <= self.threshold:
                continue
            frames = sys._current_frames()
            frame = frames.get(self._main or 0)
            stack = traceback.format_stack(frame, limit=12) if frame is not None else []
            workers = {
                str(ident): [line.strip().replace("\n", " | ") for line in traceback.format_stack(f, limit=3)]
                for ident, f in frames.items()
                if ident not in (self._main, threading.get_ident())
            }
            self.samples.append(
                {
                    "t": woke,
                    "lag_ms": lag * 1000,
                    "watchdog_late_ms": late * 1000,
                    "python": [line.strip().replace("\n", " | ") for line in stack],
                    "workers": workers,
                }
            )

    def kernel_samples(self) -> list[dict[str, Any]]:
        if not self.kernel_out.exists():
            return []
        return [json.loads(line) for line in self.kernel_out.read_text().splitlines() if line.strip()]

    def summary(self) -> str:
        """Each stall (samples less than 20 ms apart) with its length and what the threads did."""
        out: list[str] = []
        kernel = self.kernel_samples()
        episodes: list[list[dict[str, Any]]] = []
        for sample in sorted(kernel, key=lambda s: s["t"]):
            if episodes and sample["t"] - episodes[-1][-1]["t"] < 0.02:
                episodes[-1].append(sample)
            else:
                episodes.append([sample])
        for episode in episodes:
            start, end = episode[0]["t"], episode[-1]["t"]
            longest = max(s["lag_ms"] for s in episode)
            out.append(f"stall ~{longest:.0f} ms ({len(episode)} kernel samples)")
            main: Counter[str] = Counter()
            others: Counter[str] = Counter()
            for s in episode:
                for task in s["tasks"]:
                    key = f"{task.get('comm')} {task.get('state')} {task.get('wchan')} :: {task.get('stack', '')[:260]}"
                    (main if task["tid"] == s["main"] else others)[key] += 1
            for key, n in main.most_common(3):
                out.append(f"  GUI   x{n}: {key}")
            for key, n in others.most_common(6):
                out.append(f"  other x{n}: {key}")
            python = [p for p in self.samples if start - 0.01 <= p["t"] <= end + 0.01]
            if python:
                late = max(p["watchdog_late_ms"] for p in python)
                out.append(f"  python samples {len(python)}, watchdog woke up to {late:.0f} ms late; GUI stack:")
                out.extend(f"    {line}" for line in python[-1]["python"][-4:])
                for ident, lines in python[-1]["workers"].items():
                    out.append(f"  thread {ident}: " + " <- ".join(reversed(lines))[:400])
            else:
                out.append("  no python sample: the watchdog thread could not run (GIL held or starved)")
        out.append(f"GUI thread's major page faults meanwhile: {self.faults}")
        slow = [c for c in self.collections if c["ms"] > 10]
        out.append(
            f"{len(self.collections)} garbage collections (heap of {self.tracked_objects:,} tracked objects), "
            f"{len(slow)} over 10 ms: "
            + ", ".join(f"gen {c['generation']} {c['ms']:.0f} ms on {c['thread']}" for c in slow[:10])
        )
        return "\n".join(out)


def sample(pid: int, beat_path: Path, out: Path, threshold_ms: float) -> None:
    """The sampler process: no GIL shared with the GUI, so it sees the stall from outside."""
    threshold = threshold_ms / 1000
    with beat_path.open("rb") as fh, out.open("a") as sink:
        beats = mmap.mmap(fh.fileno(), BEAT.size, access=mmap.ACCESS_READ)
        while Path(f"/proc/{pid}").exists():
            time.sleep(0.005)
            (beat,) = BEAT.unpack(beats[: BEAT.size])
            lag = _now() - beat
            if lag <= threshold:
                continue
            tasks = [read_task(pid, tid, stack=True) for tid in os.listdir(f"/proc/{pid}/task")]
            sink.write(json.dumps({"t": _now(), "lag_ms": lag * 1000, "main": str(pid), "tasks": tasks}) + "\n")
            sink.flush()


if __name__ == "__main__":
    sample(int(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), float(sys.argv[4]))
