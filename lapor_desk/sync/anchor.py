"""The sync's audit-anchor step: send the audit head, keep what the central acknowledges.

Run at the end of each cycle. It never fails the cycle: an anchor not sent now goes with
the next one. The head is not sent when the chain no longer holds an anchor the central
acknowledged before (cut short, wiped, rewritten): moving the central's anchor past the
damage would bury it, so the old anchor stays as the evidence `audit verify` names. The one
exception is an anchor a restore's audit entry names as left behind: the head is sent saying
which anchor it supersedes, and the central resets to it and records the reset.
"""

from __future__ import annotations

import logging

from lapor_desk.audit import AuditTrail
from lapor_desk.audit_anchor import Anchor, AnchorStore
from lapor_desk.sync.transport import CentralClient, Exchange

log = logging.getLogger(__name__)


def send_head(trail: AuditTrail, store: AnchorStore, client: CentralClient) -> Exchange | None:
    """PUT the head and store the central's answer (also a 409's: the anchor it holds).
    Returns the exchange, or None when there was nothing (fit) to send."""
    head = trail.head()
    if head is None:
        return None
    seq, digest = head
    supersedes: Anchor | None = None
    for anchor in store.copies():
        if anchor.seq > seq or trail.hash_at(anchor.seq) != anchor.hash:
            if (anchor.seq, anchor.hash) in trail.superseded_anchors():
                # A restore left it behind, as its audit entry says: the central may reset to us.
                supersedes = max(supersedes or anchor, anchor, key=lambda a: a.seq)
                continue
            log.warning("audit anchor not sent: the trail no longer holds row %d as acknowledged", anchor.seq)
            return None
    ex = client.put_audit_anchor(seq, digest, supersedes=(supersedes.seq, supersedes.hash) if supersedes else None)
    acknowledged = Anchor.from_central(ex.body) if ex.ok or ex.status == 409 else None
    if acknowledged is not None:
        store.save(acknowledged)
    elif ex.status == 409:
        log.warning("the central refused the audit anchor without saying its own: %s", ex.message)
    return ex


def fetch(client: CentralClient) -> tuple[Anchor | None, Exchange]:
    """The central's anchor for this desk (None when it has none or could not be asked)."""
    ex = client.get_audit_anchor()
    return (Anchor.from_central(ex.body) if ex.ok else None), ex
