"""`lapor-desk sync [--watch]`: one full cycle (exit 0 all sent, 2 needs fixing, 1 unreachable)."""

from __future__ import annotations

import argparse
import signal
import sys
from types import FrameType

from lapor_desk.desk import Desk
from lapor_desk.i18n import translate
from lapor_desk.settings import SYNC_INTERVAL_S

NAME = "sync"
HELP = "send queued complaints to the central and fetch their updates"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--watch", action="store_true", help="keep syncing on the configured interval")
    parser.add_argument("--include-existing", action="store_true",
                        help="first queue recorded complaints that have no queue entry yet")
    parser.add_argument("--include-demo", action="store_true",
                        help="with --include-existing: demo data too")


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
        def stop(_signum: int, _frame: FrameType | None) -> None:
            sync.stop_event.set()
        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        sync.watch(float(desk.settings.get(SYNC_INTERVAL_S)))
        return 0
    report = sync.run_cycle(force=True)
    status = sync.status()
    print(translate("sync_report", lang, {
        "synced": report.synced, "refused": report.refused, "updates": report.updates,
        "waiting": status.waiting, "needs_fix": status.needs_fix}))
    if report.outcome == "auth":
        print(translate("sync_registration_problem", lang, {"detail": report.message}), file=sys.stderr)
        return 1
    if report.outcome == "unreachable":
        print(translate("sync_unreachable", lang, {"detail": report.message}), file=sys.stderr)
        return 1
    if status.needs_fix:
        return 2
    return 0 if status.waiting == 0 else 1
