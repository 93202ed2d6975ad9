"""`lapor-desk audit verify`: re-walk the audit chain and name every row that broke.

The chain is also checked against the anchor the central acknowledged (audit_anchor.py):
fetched from the central when it answers, else the last copy kept at the desk, and the
command says which one it used and how old it is.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from lapor_desk.audit_anchor import Anchor, distinct, newest
from lapor_desk.i18n import Message, translate
from lapor_desk.settings import SYNC_CENTRAL_URL
from lapor_desk.sync import anchor as anchor_sync
from lapor_desk.sync.transport import CentralClient

NAME = "audit"
HELP = "check the audit trail's hash chain"
# A verify should not hang on an absent central: it says so and uses the kept anchor.
CONNECT_TIMEOUT_S, READ_TIMEOUT_S = 5.0, 15.0


def configure(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="audit_command", required=True)
    sub.add_parser(
        "verify",
        help="detect edited, deleted, cut or rewritten audit rows (checked against the "
        "anchor the central acknowledged)",
    )


def run(args: argparse.Namespace, desk: Any) -> int:
    lang = desk.language
    trail = desk.supervision.audit
    store = desk.sync.anchors
    local = store.copies() if store is not None else []
    central, unreachable = _from_central(desk)
    if central is not None and store is not None and central.seq > max((a.seq for a in local), default=0):
        store.save(central)  # the newest the central acknowledged, kept for offline checks
    anchors = distinct([a for a in (central, *local) if a is not None])
    _say_anchor(central, local, unreachable, lang, desk.sync.clock())
    report = trail.verify(anchors=anchors)
    for notice in report.notices:
        print(translate(notice.message_code, lang, notice.message_params))
    if report.ok:
        print(translate("audit_ok", lang, {"count": report.entries}))
        return 0
    print(translate("audit_broken", lang, {"problems": len(report.problems), "count": report.entries}))
    for problem in report.problems:
        print("  " + translate(problem.message_code, lang, problem.message_params), file=sys.stderr)
    return 1


def _from_central(desk: Any) -> tuple[Anchor | None, str | None]:
    """(the central's anchor, None) when it answered; (None, why) when it could not be asked."""
    sync = desk.sync
    if not sync.configured:
        return None, None
    client = CentralClient(
        sync.settings.get(SYNC_CENTRAL_URL),
        sync.tokens.load(),
        connect_timeout_s=CONNECT_TIMEOUT_S,
        read_timeout_s=READ_TIMEOUT_S,
        **sync.connection(),
    )
    try:
        anchor, ex = anchor_sync.fetch(client)
    finally:
        client.close()
    if not ex.ok:
        return None, f"HTTP {ex.status}" if ex.status else ex.problem_type  # e.g. ConnectionError
    return anchor, None


def _say_anchor(central: Anchor | None, local: list[Anchor], unreachable: str | None, lang: str, now: Any) -> None:
    if central is not None:
        print(translate("audit_anchor_central", lang, {"seq": central.seq, "at": _when(central)}))
        return
    kept = newest(local)
    if kept is None:
        print(translate("audit_anchor_none", lang), file=sys.stderr)
        return
    source = Message("audit_source_" + kept.source)
    params = {
        "seq": kept.seq,
        "at": _when(kept),
        "days": max(0, (now - kept.acknowledged_at).days),
        "source": source,
        "detail": unreachable or "",
    }
    print(translate("audit_anchor_offline" if unreachable else "audit_anchor_local", lang, params))


def _when(anchor: Anchor) -> str:
    return anchor.acknowledged_at.isoformat(timespec="seconds")
