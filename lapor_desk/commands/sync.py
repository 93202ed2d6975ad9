"""`lapor-desk sync [--watch]`: one full cycle (exit 0 all sent, 2 needs fixing, 1 unreachable,
3 another sync of this database is running)."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from datetime import datetime
from types import FrameType

from lapor_desk.desk import Desk
from lapor_desk.i18n import translate
from lapor_desk.settings import SYNC_INTERVAL_S
from lapor_desk.sync import headless
from lapor_desk.sync.engine import CycleReport
from lapor_desk.sync.events import SyncStatus
from lapor_desk.sync.resolve import Kind
from lapor_desk.sync.service import SyncService

EXIT_BUSY = 3
NAME = "sync"
HELP = "send queued complaints to the central and fetch their updates"
STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--watch", action="store_true", help="keep syncing on the configured interval until SIGTERM or Ctrl+C"
    )
    parser.add_argument(
        "--include-existing", action="store_true", help="first queue recorded complaints that have no queue entry yet"
    )
    parser.add_argument("--include-demo", action="store_true", help="with --include-existing: demo data too")
    parser.add_argument(
        "--wait",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="when another sync of this database is running, wait this long for it (default: do not wait, exit 3)",
    )


def run(args: argparse.Namespace, desk: Desk) -> int:
    sync = desk.sync
    assert sync is not None
    lang = desk.language
    if not sync.configured:
        print(translate("sync_not_registered", lang), file=sys.stderr)
        return 1
    if args.include_existing:
        added = sync.enqueue_existing(include_demo=args.include_demo)
        print(translate("sync_enqueued_existing", lang, {"count": added}))
    if args.watch:
        return _watch(sync, float(desk.settings.get(SYNC_INTERVAL_S)), lang)
    report = sync.run_cycle(force=True, wait_s=max(0.0, args.wait))
    if report.outcome == "busy":
        print(translate("sync_busy", lang), file=sys.stderr)
        return EXIT_BUSY
    status = sync.status()
    _print_report(report, status, lang)
    return _print_problems(sync, report, status, lang, sync.clock())


def _print_problems(sync: SyncService, report: CycleReport, status: SyncStatus, lang: str, now: datetime) -> int:
    """Every problem the cycle met, with what to do; the exit status follows from them:
    1 when the central could not be reached or refused the token, 2 while anything the
    central refused waits for a person, else 0 when nothing is left to send."""
    problems = sync.problems()
    lines = [headless.clock_line(status.clock_offset_s, lang), headless.oldest_line(status, now, lang)]
    for line in lines:
        if line:
            print(line, file=sys.stderr)
    for problem in problems:
        print(headless.problem_line(problem, lang), file=sys.stderr)
    if report.outcome == "auth":
        if not any(p.kind is Kind.REGISTRATION for p in problems):
            print(translate("sync_registration_problem", lang, {"detail": report.message}), file=sys.stderr)
        return 1
    if report.outcome == "unreachable" and report.http_status == 429:
        wait = max(1, round(report.retry_after_s or 60))
        print(translate("sync_rate_limited", lang, {"seconds": wait, "count": status.waiting}), file=sys.stderr)
        return 1
    if report.outcome == "unreachable":
        print(translate("sync_unreachable", lang, {"detail": report.message}), file=sys.stderr)
        return 1
    if any(p.kind is not Kind.REGISTRATION for p in problems):
        return 2
    if status.waiting:
        print(translate("sync_waiting_later", lang, {"count": status.waiting}), file=sys.stderr)
        return 1
    return 0


def _registration_text(report: CycleReport, lang: str) -> str:
    if report.problem_code:  # the desk's own words (e.g. the token is bound to another PC)
        return translate(report.problem_code, lang)
    return translate("sync_registration_problem", lang, {"detail": report.message})


def _print_report(report: CycleReport, status: SyncStatus, lang: str) -> None:
    if report.reconciled is not None:
        r = report.reconciled
        print(
            translate(
                "sync_reconciled",
                lang,
                {
                    "checked": r.checked,
                    "confirmed": r.confirmed,
                    "requeued": r.requeued,
                    "retracked": r.retracked,
                    "resent": r.resent,
                },
            ),
            flush=True,
        )
    print(
        translate(
            "sync_report",
            lang,
            {
                "synced": report.synced,
                "refused": report.refused,
                "updates": report.updates,
                "waiting": status.waiting,
                "needs_fix": status.needs_fix,
            },
        ),
        flush=True,
    )


def _tell_news(sync: SyncService, lang: str, said: set[str]) -> None:
    """In --watch: new problems and a clock warning, once each while they stand."""
    status = sync.status()
    lines = [headless.clock_line(status.clock_offset_s, lang)]
    lines += [headless.problem_line(p, lang) for p in sync.problems() if p.kind is not Kind.REGISTRATION]
    current = {line for line in lines if line}
    for line in lines:
        if line and line not in said:
            print(line, flush=True)
    said.intersection_update(current)
    said.update(current)


def _watch(sync: SyncService, interval_s: float, lang: str) -> int:
    """Cycles on a worker thread until SIGTERM or Ctrl+C; exits 0 after the cycle under way
    stops between two batches (nothing is left half-sent: see SyncEngine.stopping).

    The main thread only waits for the worker. The signal handler, which always runs on the
    main thread, sets the stop event: had the main thread been inside a wait on that same
    event, the handler could deadlock on the event's own lock."""
    last = ["?"]

    def tell(report: CycleReport) -> None:
        # A line when something moved, or when the central goes away or comes back.
        changed = report.outcome != last[0]
        last[0] = report.outcome
        if report.outcome == "unreachable":
            if changed:
                print(translate("sync_unreachable", lang, {"detail": report.message}), flush=True)
        elif report.outcome == "busy":
            if changed:
                print(translate("sync_busy_watch", lang), flush=True)
        elif report.outcome == "auth":
            if changed:
                print(_registration_text(report, lang), flush=True)
        elif report.outcome != "stopped" and (
            changed or report.sent or report.updates or report.refused or report.reconciled is not None
        ):
            _print_report(report, sync.status(), lang)
        if report.outcome not in ("stopped", "busy"):
            _tell_news(sync, lang, said)

    said: set[str] = set()  # lines already printed: each problem and clock warning once while it stands

    failure: list[BaseException] = []

    def work() -> None:
        try:
            sync.watch(interval_s, on_cycle=tell)
        except BaseException as exc:  # noqa: BLE001  handed to the main thread below
            failure.append(exc)

    def stop(_signum: int, _frame: FrameType | None) -> None:
        sync.stop_event.set()

    previous = {sig: signal.signal(sig, stop) for sig in STOP_SIGNALS}
    worker = threading.Thread(target=work, name="sync-watch")
    worker.start()
    try:
        while worker.is_alive():
            worker.join(timeout=1.0)  # bounded, so Ctrl+C reaches the handler on Windows too
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    if failure:
        raise failure[0]
    return 0
