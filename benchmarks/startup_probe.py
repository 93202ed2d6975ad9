"""Child process for the start-up benchmark; prints `event milliseconds-since-start` lines.

usage: startup_probe.py floor|app DB_PATH
- floor: a bare PySide6 QWidget, shown; exits after its first paint.
- app:   the desk's own start-up path on DB_PATH; reports the first paint, the database
         open, a staff sign-in (done by the probe), the queue's first page, then pages
         through the queue and runs a search before reporting RSS.
Times are measured from the parent's launch (`BENCH_T0`, a time.time() stamp).
"""

from __future__ import annotations

import os
import resource
import sys
import time

T0 = float(os.environ["BENCH_T0"])


def mark(event: str) -> None:
    print(f"{event} {(time.time() - T0) * 1000:.1f}", flush=True)


def main() -> None:
    mode, db_path = sys.argv[1], sys.argv[2]
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    class FirstPaint(QObject):
        def __init__(self, then) -> None:
            super().__init__()
            self.then = then
            self.seen = False

        def eventFilter(self, obj, event) -> bool:  # noqa: N802
            if not self.seen and event.type() == QEvent.Type.Paint:
                self.seen = True
                mark("painted")
                QTimer.singleShot(0, self.then)
            return False

    if mode == "floor":
        app = QApplication([sys.argv[0]])
        watcher = FirstPaint(app.quit)
        app.installEventFilter(watcher)
        window = QWidget()
        window.resize(1200, 820)
        window.show()
        app.exec()
        return

    import argparse

    from lapor_desk.domain.queue import QueueFilter
    from ui.shell.app import create_application, launch

    app = create_application([sys.argv[0]])
    watcher = FirstPaint(lambda: None)
    app.installEventFilter(watcher)
    window = launch(app, argparse.Namespace(db=f"sqlite:///{db_path}"))  # the desk's own start-up
    attach = window.attach

    def attach_then_sign_in(desk) -> None:  # type: ignore[no-untyped-def]
        """Nobody sees the queue before signing in: do what the clerk does, as fast as scrypt allows."""
        attach(desk)
        mark("database")
        accounts = desk.supervision.accounts

        def sign_in():  # type: ignore[no-untyped-def]
            if accounts.needs_first_admin():
                return accounts.create_first_admin("bench", "Benchmark", "bench-password-1")
            return accounts.sign_in("bench", "bench-password-1")

        def signed_in(actor) -> None:  # type: ignore[no-untyped-def]
            mark("signed_in")
            window.session.begin(actor)  # builds the intake, queue and lookup screens from the session
            window.queue_model.page_loaded.connect(on_page)  # its first page is read in the background

        window.tasks.write(sign_in, signed_in)

    window.attach = attach_then_sign_in  # type: ignore[method-assign]
    state = {"pages": 0}

    def on_page(rows: int) -> None:
        model = window.queue_model
        state["pages"] += 1
        if state["pages"] == 1:
            mark("queue")
        if state["pages"] < 6 and model.canFetchMore():
            model.fetchMore()
        elif state["pages"] < 7:
            state["pages"] = 7
            model.set_filter(QueueFilter(text="jalan"))
        else:
            print(f"rows {model.rowCount()}", flush=True)
            print(f"rss_mb {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.1f}", flush=True)
            with open("/proc/self/statm") as statm:  # Linux: resident pages now, after the peaks
                print(f"rss_now_mb {int(statm.read().split()[1]) * resource.getpagesize() / 2**20:.1f}", flush=True)
            app.quit()

    app.exec()
    window.tasks.wait()
    if window.desk is not None:
        window.desk.close()


if __name__ == "__main__":
    main()
