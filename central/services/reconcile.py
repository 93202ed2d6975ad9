"""What the central holds of a desk's complaints and files: a desk asks after the central's
identity changed (restored from a backup, or replaced), and re-sends what is missing."""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from central.models import Attachment, Complaint
from central.services import identity
from central.services.intake import missing_attachments

log = logging.getLogger(__name__)

# How far above the central's sequence a desk's report may raise it: more than a province
# issues between two backups, far less than the 2**31 IDs there are.
MAX_REPORTED_JUMP = 5_000_000


def lookup(session: Session, desk_id: int, client_ids: list[str], shas: list[str], known_top: int) -> dict[str, Any]:
    """The desk's complaints among `client_ids`, the files among `shas` held here, and the
    sequence raised above the highest tracking ID the desk reports (should the ledger have
    been lost with the database, an ID a desk holds is still never issued again)."""
    if known_top:
        current = identity.sequence_value(session, "complaints")
        if known_top - current > MAX_REPORTED_JUMP:
            # Not an ID this central can have issued since its last backup: a buggy or hostile
            # desk must not push the sequence to its end (the next complaint would overflow).
            log.warning(
                "desk %d reported tracking ID %d, %d above the sequence; ignored",
                desk_id,
                known_top,
                known_top - current,
            )
        else:
            identity.raise_sequence(session, "complaints", known_top)
    rows = session.execute(
        select(
            Complaint.client_id,
            Complaint.tracking_id,
            Complaint.revision,
            Complaint.payload_hash,
            Complaint.status,
            Complaint.receipt_number,
        ).where(Complaint.desk_id == desk_id, Complaint.client_id.in_(client_ids))
    ).all()
    missing = missing_attachments(session, [r.tracking_id for r in rows])
    found = [
        {
            "client_id": r.client_id,
            "tracking_id": r.tracking_id,
            "revision": r.revision,
            "payload_hash": r.payload_hash,
            "status": r.status,
            "receipt_number": r.receipt_number,
            "missing_attachments": missing.get(r.tracking_id, []),
        }
        for r in rows
    ]
    held: list[str] = []
    for start in range(0, len(shas), 400):
        held += session.scalars(select(Attachment.sha256).where(Attachment.sha256.in_(shas[start : start + 400])))
    ident = identity.current(session)
    return {
        "found": found,
        "attachments_held": sorted(held),
        "database_id": ident.database_id,
        "data_generation": ident.data_generation,
    }
