"""The batch item of one complaint, in the contract's canonical JSON, with its hash."""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from enum import Enum
from typing import Any

from lapor_desk.domain.complaint import INPUT_FIELDS, Complaint
from lapor_desk.sync.attachments import AttachmentRef


def canonical(obj: dict[str, Any]) -> str:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def payload_hash(item: dict[str, Any]) -> str:
    """The contract's payload_hash: SHA-256 hex of the item without its payload_hash, as
    canonical JSON. The one definition the desk and the central both use."""
    body = {k: v for k, v in item.items() if k != "payload_hash"}
    # surrogatepass: a lone surrogate is refused by the field checks, never a crash here.
    return hashlib.sha256(canonical(body).encode("utf-8", "surrogatepass")).hexdigest()


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


def build(complaint: Complaint, recorded_at: datetime, attachments: list[AttachmentRef]) -> tuple[str, str]:
    """(payload JSON, payload_hash) for the complaint's current revision."""
    item: dict[str, Any] = {name: _plain(getattr(complaint, name)) for name in INPUT_FIELDS}
    item.update(
        client_id=complaint.client_id,
        revision=complaint.revision,
        receipt_number=complaint.receipt_number or "",
        desk_recorded_at=recorded_at.isoformat(),
        attachments=[a.as_json() for a in attachments],
    )
    digest = payload_hash(item)
    item["payload_hash"] = digest
    return canonical(item), digest
