"""Backup and doctor at N complaints: seconds and peak RSS beside a raw sqlite3 backup of the
same file in the same run, and the GUI's longest stall while the window makes a backup
(through its backup dialog, progress bar and all).

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
import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import demo_database
from benchmarks.stall_watch import StallWatch

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


RUNS = ("plain", "plain", "plain", "encrypted")


def measure(code: str, *args: str, env: dict[str, str] | None = None) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, **(env or {})},
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def gui_stall(
    db: Path, home: Path, watch: Path | None = None, kinds: tuple[str, ...] = RUNS
) -> tuple[list[float], list[float], list[float]]:
    """Backups made the way an admin makes one: the window's backup dialog (Data menu), its
    button clicked, the copy on the read pool and each progress step a queued signal that
    moves the dialog's progress bar on the GUI thread, until the dialog says it is done.
    Three plain backups and one encrypted: their seconds, the longest event-loop gap during
    each, and the longest gap during as long a quiet period after each (the machine's own
    noise)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["LAPOR_DESK_HOME"] = str(home)
    from PySide6.QtCore import QEventLoop, QTimer

    from benchmarks.sync_push import _stall_probe_class
    from lapor_desk.desk import Desk
    from ui.admin.data_safety import BackupDialog
    from ui.shell.app import build_main_window, create_application

    app = create_application([])
    desk = Desk.open(f"sqlite:///{db}")
    # The window's own daily copy (due 30 s after start in this fresh home) is held off, so it
    # never runs beside a measured backup: at 1,000,000 complaints two copies would overlap.
    desk.backups.run_daily = lambda progress=None: None  # type: ignore[method-assign]
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
    assert window.data_safety is not None
    dialog = BackupDialog(window.data_safety, window)
    dialog.show()
    stalls: list[float] = []
    idle: list[float] = []
    seconds: list[float] = []
    for run, kind in enumerate(kinds):
        phrase = "benchmark passphrase" if kind == "encrypted" else ""
        target = home / (f"gui-backup-{run}.lapor-backup" if phrase else f"gui-backup-{run}.sqlite3")
        dialog.target.setText(str(target))
        dialog.encrypt.setChecked(bool(phrase))
        dialog.passphrase.setText(phrase)
        dialog.passphrase_again.setText(phrase)
        loop = QEventLoop()
        # Done when the dialog's buttons are usable again (its _backed_up or _failed ran).
        done = QTimer(interval=10)
        done.timeout.connect(lambda loop=loop: loop.quit() if dialog.backup_button.isEnabled() else None)
        probe = _stall_probe_class()()
        watcher = StallWatch(watch / f"run-{run}") if watch is not None else None
        with watcher or contextlib.nullcontext():
            probe.start()
            started = time.perf_counter()
            dialog.backup_button.click()
            done.start()
            loop.exec()
            elapsed = time.perf_counter() - started
            done.stop()
            probe.stop()
        if watcher is not None:
            print(f"run {run} ({'encrypted' if phrase else 'plain'}), longest stall {probe.longest:.0f} ms:")
            print(watcher.summary(), flush=True)
        if not target.exists() or dialog.progress.value() != 100:
            raise RuntimeError(f"the window's backup did not finish: {dialog.status.text()}")
        seconds.append(elapsed)
        stalls.append(probe.longest)
        # An office makes one such copy a day, not four in a row: each run's copy goes, so the
        # next does not measure a disk and a page cache already filled with the earlier ones.
        target.unlink()
        # The same length of time with nothing running: what the loaded machine costs by itself.
        quiet = _stall_probe_class()()
        wait = QEventLoop()
        QTimer.singleShot(int(elapsed * 1000), wait.quit)
        quiet.start()
        wait.exec()
        quiet.stop()
        idle.append(quiet.longest)
    dialog.close()
    window.close()
    desk.close()
    return seconds, stalls, idle


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1_000_000)
    parser.add_argument("--gui-only", action="store_true", help="only the window's backups and their stalls")
    parser.add_argument("--watch", type=Path, help="record what the GUI thread did in each stall over 30 ms, here")
    parser.add_argument(
        "--runs",
        default=",".join(RUNS),
        help="the window's backups, in order (plain or encrypted; default: %(default)s)",
    )
    args = parser.parse_args()
    db = demo_database(args.count)
    size_mb = db.stat().st_size / 1e6
    print(f"\nbackup and doctor at {args.count:,} complaints ({size_mb:,.0f} MB)\n")
    with tempfile.TemporaryDirectory(prefix="backup-bench-") as tmp:
        work = Path(tmp)
        if args.gui_only:
            return gui_report(db, work / "home", args.watch, tuple(args.runs.split(",")))
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
        gui_report(db, home, args.watch, tuple(args.runs.split(",")))


def gui_report(db: Path, home: Path, watch: Path | None = None, kinds: tuple[str, ...] = RUNS) -> None:
    seconds, stalls, idle = gui_stall(db, home, watch, kinds)
    runs = ", ".join(f"{stall:.0f} ms {kind}" for stall, kind in zip(stalls, kinds, strict=True))
    print(
        f"{'window backup, longest GUI stall':<34} {runs} "
        f"(backups {', '.join(f'{x:.2f}' for x in seconds)} s)   [target <= 50 ms]"
    )
    print(f"{'  same time, nothing running':<34} {', '.join(f'{x:.0f}' for x in idle)} ms")


if __name__ == "__main__":
    main()
