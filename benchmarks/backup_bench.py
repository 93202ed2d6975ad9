"""Backup and doctor at N complaints: seconds and peak RSS beside a raw sqlite3 backup of the
same file in the same run, and the GUI's longest stall while the window makes a backup.

    python -m benchmarks.backup_bench                    # 1,000,000 complaints (cached build)
    python -m benchmarks.backup_bench --count 100000     # a quicker look

Each measurement runs in a fresh subprocess, so its peak RSS (VmHWM, Linux) is its own. The app's backup is
the online backup API in 8 MiB steps, then `PRAGMA integrity_check` on the copy, fsync and
rename; the raw floor is one `sqlite3` `backup()` call and nothing else. Doctor opens the desk
(start-up `quick_check`), runs `integrity_check`, the FTS index check, the outbox summary and
the audit chain. Targets: GUI stall <= 50 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import demo_database

RAW = """
import json, sqlite3, sys, time
def hwm():  # VmHWM: this process's own peak (ru_maxrss would carry the forking parent's over exec)
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
src, dst = sys.argv[1], sys.argv[2]
t = time.perf_counter()
a = sqlite3.connect(src); b = sqlite3.connect(dst)
a.backup(b); b.close(); a.close()
print(json.dumps({"s": time.perf_counter() - t, "rss_mb": hwm()}))
"""

APP = """
import json, sys, time
def hwm():  # VmHWM: this process's own peak (ru_maxrss would carry the forking parent's over exec)
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
from pathlib import Path
from lapor_desk.backups.service import BackupService
from lapor_desk.settings import Settings
src, dst, phrase = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3] or None
service = BackupService(src, dst.parent, Settings(dst.parent / "settings.json"))
t = time.perf_counter()
service.create(dst, passphrase=phrase)
print(json.dumps({"s": time.perf_counter() - t, "rss_mb": hwm()}))
"""

DOCTOR = """
import json, sys, time
def hwm():  # VmHWM: this process's own peak (ru_maxrss would carry the forking parent's over exec)
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
from lapor_desk.cli import main
t = time.perf_counter()
code = main(["--db", sys.argv[1], "doctor"])
print(json.dumps({"s": time.perf_counter() - t, "code": code,
                  "rss_mb": hwm()}))
"""


def measure(code: str, *args: str, env: dict[str, str] | None = None) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, **(env or {})},
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def gui_stall(db: Path, home: Path) -> tuple[list[float], list[float], list[float]]:
    """Three window backups (read pool): their seconds, the longest event-loop gap during each,
    and the longest gap during as long a quiet period after each (the machine's own noise)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["LAPOR_DESK_HOME"] = str(home)
    from PySide6.QtCore import QEventLoop, QTimer

    from benchmarks.sync_push import _stall_probe_class
    from lapor_desk.desk import Desk
    from ui.shell.app import build_main_window, create_application

    app = create_application([])
    desk = Desk.open(f"sqlite:///{db}")
    window = build_main_window(app, desk)
    window.show()
    # Let the window settle first (first paint, the region index loading in the background),
    # in one event loop run ended by a timer, as benchmarks/sync_push.py does.
    settle_by = time.perf_counter() + 20
    settle = QEventLoop()
    look = QTimer(interval=20)
    look.timeout.connect(
        lambda: (
            settle.quit()
            if getattr(desk.complaints, "regions", None) is not None or time.perf_counter() > settle_by
            else None
        )
    )
    look.start()
    settle.exec()
    look.stop()
    window.tasks.wait()
    stalls: list[float] = []
    idle: list[float] = []
    seconds: list[float] = []
    for run in range(3):
        target = home / f"gui-backup-{run}.sqlite3"
        result: list[object] = []
        loop = QEventLoop()

        def finished(value: object, loop: QEventLoop = loop, result: list[object] = result) -> None:
            result.append(value)
            loop.quit()

        probe = _stall_probe_class()()
        probe.start()
        started = time.perf_counter()
        window.tasks.read(lambda target=target: desk.backups.create(target), finished, finished)
        loop.exec()
        elapsed = time.perf_counter() - started
        probe.stop()
        if isinstance(result[0], BaseException):
            raise result[0]
        seconds.append(elapsed)
        stalls.append(probe.longest)
        # The same length of time with nothing running: what the loaded machine costs by itself.
        quiet = _stall_probe_class()()
        wait = QEventLoop()
        QTimer.singleShot(int(elapsed * 1000), wait.quit)
        quiet.start()
        wait.exec()
        quiet.stop()
        idle.append(quiet.longest)
    window.close()
    desk.close()
    return seconds, stalls, idle


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1_000_000)
    args = parser.parse_args()
    db = demo_database(args.count)
    size_mb = db.stat().st_size / 1e6
    print(f"\nbackup and doctor at {args.count:,} complaints ({size_mb:,.0f} MB)\n")
    with tempfile.TemporaryDirectory(prefix="backup-bench-") as tmp:
        work = Path(tmp)
        raw = measure(RAW, str(db), str(work / "raw.sqlite3"))
        app = measure(APP, str(db), str(work / "out" / "app.sqlite3"), "")
        sealed = measure(APP, str(db), str(work / "out" / "app.lapor-backup"), "benchmark passphrase")
        home = work / "home"
        doctor = measure(DOCTOR, f"sqlite:///{db}", env={"LAPOR_DESK_HOME": str(home)})
        print(f"{'raw sqlite3 backup()':<34} {raw['s']:8.2f} s   peak RSS {raw['rss_mb']:7.1f} MB")
        print(
            f"{'lapor-desk backup (checked)':<34} {app['s']:8.2f} s   peak RSS {app['rss_mb']:7.1f} MB   "
            f"ratio {app['s'] / raw['s']:5.2f}x"
        )
        print(
            f"{'lapor-desk backup --encrypt':<34} {sealed['s']:8.2f} s   peak RSS {sealed['rss_mb']:7.1f} MB   "
            f"ratio {sealed['s'] / raw['s']:5.2f}x"
        )
        print(
            f"{'lapor-desk doctor':<34} {doctor['s']:8.2f} s   peak RSS {doctor['rss_mb']:7.1f} MB   "
            f"(exit {int(doctor['code'])}: no backup in its folder, not registered)"
        )
        seconds, stalls, idle = gui_stall(db, home)
        print(
            f"{'window backup, longest GUI stall':<34} {', '.join(f'{x:.0f}' for x in stalls)} ms over 3 runs "
            f"(backups {', '.join(f'{x:.2f}' for x in seconds)} s)   [target <= 50 ms]"
        )
        print(f"{'  same time, nothing running':<34} {', '.join(f'{x:.0f}' for x in idle)} ms")


if __name__ == "__main__":
    main()
